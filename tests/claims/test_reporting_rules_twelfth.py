"""Rules found in the twelfth held-out set's misses (session 15, issue 11), each tested on sentences written for
it, not on the set's documents: publishers' stamps and datelines the header reader did not know, two-digit
years, a ship's prefix and a clock time that pysbd took for a sentence end."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.documents import load_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.headers import header_date
from annotate.claims.sentences import sentence_spans
from annotate.model.taxonomy import load_taxonomy


def _analyses(text: str, published: date = date(2025, 6, 10)):
    return analyze_document(text, published, default_gazetteer(), load_taxonomy())


def _dates(text: str, published: date = date(2025, 6, 10)) -> list[str]:
    return [f"{d.label}|{d.precision}" for a in _analyses(text, published) for d in a.dates]


@pytest.mark.parametrize("header, published", [
    ("Tankers queue off Primorsk\n\nBy Staff\nFebruary 3, 2025 8:02 AM GMT+3 Updated 2 hours ago\n", date(2025, 2, 3)),
    ("Frigate commissioned\nSource: Xinhua | 2025-04-02 10:15:30 | Editor: huaxia\n", date(2025, 4, 2)),
    ("Drones hit a corvette\nby Anna Kovalenko · March 9, 2025 11:20 AM · 3 min read\n", date(2025, 3, 9)),
    ("Frigate escorts tankers\nMinisterie van Defensie | Nieuwsbericht | 17-02-2025\n", date(2025, 2, 17)),
    ("Communiqué – Marine nationale\nBrest, le 3 février 2025\n", date(2025, 2, 3)),
    ("Transcript: The Harbour Watch, episode 8 (recorded 12 May 2025)\n", date(2025, 5, 12)),
    ("NAVAREA I 0112/25\n141030Z FEB 25\nNORTH SEA.\n", date(2025, 2, 14)),
])
def test_publishers_stamps_the_header_reader_did_not_know(header, published):
    assert header_date(header) == published


def test_a_dateline_with_the_agency_first_or_without_a_dash(tmp_path):
    (tmp_path / "a.txt").write_text("TASR – Bratislava, Mar. 4, 2025 – Two frigates docked at Split on Monday.\n",
                                    encoding="utf-8")
    (tmp_path / "b.txt").write_text("Manila, May 20 (PNA) The frigate left Subic on Monday.\n", encoding="utf-8")
    a, b = load_document(tmp_path / "a.txt"), load_document(tmp_path / "b.txt")
    assert a.published == date(2025, 3, 4)
    (claim,) = _analyses(a.text, a.published)
    assert [p.place.name for p in claim.places] == ["Split"]  # Bratislava is where the agency wrote from
    assert [d.label for d in claim.dates] == ["2025-03-03"]
    (claim,) = _analyses(b.text, date(2025, 5, 20))
    assert "Manila" not in [p.place.name for p in claim.places]


def test_a_two_digit_year_after_a_short_month_or_in_a_date_time_group():
    assert _dates("The ship arrived at Port Louis on 24 Mar 25 for a three-day call.") == ["2025-03-24|day"]
    assert _dates("FIRING EXERCISES DAILY 08 TO 12 SEP 25 IN AREA BOUNDED BY 34-20N 032-10E.") == \
        ["2025-09-08|day", "2025-09-12|day"]
    assert _dates("CANCEL THIS MESSAGE 121500Z SEP 25.") == ["2025-09-12|day"]
    # a number of ships after a date is no year
    assert not any(d.startswith("2020") for d in _dates("On 5 Jun 20 ships left the port."))


def test_a_ships_prefix_or_a_clock_time_before_a_day_is_no_sentence_end():
    for text in ("The Dutch frigate Zr.Ms. Tromp escorted four merchant ships.",
                 "Aircraft were detected from 6 a.m. Tuesday to 6 a.m. Wednesday."):
        assert [text[a:b] for a, b in sentence_spans(text)] == [text]
    text = "They left at 6 a.m. The ship sailed."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["They left at 6 a.m.", "The ship sailed."]


def _places(text: str, sentence: str | None = None) -> list[str]:
    (a,) = [a for a in _analyses(text) if sentence is None or sentence in text[a.start:a.end]]
    return sorted(p.place.name for p in a.places)


def test_no_airfield_named_by_a_first_word_a_ships_name_or_an_acronym():
    # "The" was "The Pas Airport" (an alias "the airport" made from the city's first word), "Turva" a Brazilian
    # farm strip's last name, "ESPO" Espoo's alternate spelling "Espo"
    assert _places("The first F-35 fighters arrived at Misawa Air Base on Monday.") == ["Misawa Air Base"]
    assert _places("The Border Guard's Turva patrol vessel and a helicopter took part.") == []
    assert _places("Loadings of ESPO crude resumed after a storm, traders said.") == []
    assert _places("The jets landed at Frankfurt airport.") == ["Frankfurt am Main International Airport"]


def test_a_region_with_its_kind_after_it():
    assert _places("A destroyer collided with a fishing boat off Yokosuka in Kanagawa Prefecture.") == \
        ["Kanagawa", "Yokosuka"]
    assert _places("The yard is in Okayama Prefecture.") == ["Okayama"]
    assert _places("Two ships docked in Zambales province.") == ["Zambales"]


def test_a_countrys_fleet_or_centre_and_water_named_after_a_place_are_no_places():
    assert _places("Yokosuka is home to the US Seventh Fleet.") == ["Yokosuka"]
    assert _places("A tanker was hit off Fujairah, the UK Maritime Trade Operations centre said.") == ["Fujairah"]
    assert _places("No Chinese navy vessel has entered Manila Bay, the navy said.") == []
    assert _places("The minister said the navy would increase patrols in the Gulf of Gdańsk.") == []


def test_a_base_named_after_a_far_city_and_a_port_in_capitals():
    # "Yulin base" is the naval base on Hainan, not the city of Yulin in Guangxi; so is "Yulin" after it
    text = "New pier at Yulin base.\nThe carrier Shandong has been based at Yulin since December 2019.\n"
    assert _places(text, "New pier") == ["Yulin naval base"]
    text = ("Images show the Yulin naval base near Sanya.\n"
            "The carrier Shandong has been based at Yulin since December 2019.\n")
    assert _places(text, "The carrier") == ["Yulin naval base"]
    assert _places("Drones hit an oil depot serving Engels bomber base.") == ["Engels Airbase"]
    # "the Hodeidah Port" was read as a ship or a river ("the Angara"): a capitalised kind follows
    assert _places("Fighter jets struck the Hodeidah Port on Tuesday.") == ["Al Ḩudaydah"]


def test_a_tass_dateline_is_no_sentence(tmp_path):
    text = "SEVEROMORSK, July 27. /TASS/. The cruiser Pyotr Veliky lined up for the parade on Sunday.\n"
    (claim,) = _analyses(text, date(2025, 7, 27))
    assert text[claim.start:claim.end].startswith("The cruiser")
    assert [p.place.name for p in claim.places] == []


def _objects(text: str) -> list[str]:
    (a,) = _analyses(text)
    return sorted(o.cls for o in a.objects)


@pytest.mark.parametrize("text, classes", [
    ("The 8,000-teu boxship struck two bulkers at anchor.", ["cargo ship", "cargo ship"]),
    ("Coal carriers and a heavy-lift ship waited off the port.", ["cargo ship", "cargo ship"]),
    ("Four patrol craft escorted the convoy.", ["warship"]),
    ("A Fuyu-class fast combat support ship sailed with them.", ["tanker"]),
    ("The Iwo Jima Amphibious Ready Group remains in the Caribbean.", ["landing ship"]),
    # sea drones and a bomber base are no objects
    ("Ukrainian uncrewed surface vessels struck a patrol ship near Novorossiysk.", ["warship"]),
    ("Drones hit a depot serving the bomber base.", []),
    # a prefixed name with its kind in apposition is that kind only
    ("The TCG Anadolu, our amphibious assault ship, sailed from Aksaz.", ["landing ship"]),
    ("INS Ikshak, the Indian Navy's third large survey vessel, arrived.", ["unknown vessel"]),
    ("Zr.Ms. Tromp escorts merchant ships in the Red Sea.", ["cargo ship", "warship"]),
])
def test_kinds_of_vessel_the_twelfth_set_named(text, classes):
    assert _objects(text) == sorted(classes)


@pytest.mark.parametrize("text", [
    "Old Video Of Burning Tanker Viral As Strike On Gwadar Port",
    "No, China does not have warships stationed at Gwadar.",
    "Video of burning ship is from a 2019 fire, not a strike in the Red Sea",
    "FACT CHECK: Photo of a Russian submarine in Kiel harbour is EDITED",
    "The frigate is scheduled to return to Karwar in April.",
    "Non-military vessels of the fleet may still transit the straits.",
    "Navy to commission two more submarines at Changi",
    "Pyongyang has not announced a launch date for the submarine.",
    "Treasury Sanctions Shadow Fleet Tankers Carrying Iranian Oil",
    "Officials said they suspected the drones were launched from ships off Skagen.",
    "The ports have been attacked more than 30 times since July 2023.",
    "The Royal Navy says it shadowed Russian warships 40 times last year.",
])
def test_verdicts_schedules_modals_suspicions_and_tallies_are_not_checkable(text):
    (a,) = _analyses(text)
    assert not a.checkable


@pytest.mark.parametrize("text", [
    "Russia has also deepened the harbour at Ochamchire in Abkhazia.",
    "Hull number 16 was confirmed passing between Okinawa Island and Miyako Island on May 26.",
    "Cam Ranh hosted the Soviet Navy's largest overseas base until 2002.",
    "Two subsea cables between Finland and Germany were cut on November 17.",
    "Iran's navy rebuilds at Bandar Abbas",
    "A post viewed more than 300,000 times shows a destroyer at Gwadar.",
])
def test_what_else_imagery_sees_done_is_checkable(text):
    (a,) = _analyses(text)
    assert a.checkable


def test_a_title_case_headline_under_a_ministrys_name_is_no_source_line():
    text = "Ministry of Defence\nINS Sunayna Visits Port Louis, Mauritius\nPosted On: 26 MAR 2025 4:15PM by PIB Delhi\n"
    assert any("INS Sunayna Visits Port Louis, Mauritius" in text[a.start:a.end] for a in _analyses(text))
    text = "Drone debris found in Odesa\nAFP Fact Check, Kyiv\n\nA video shows a strike."
    assert "AFP Fact Check, Kyiv" not in [text[a.start:a.end] for a in _analyses(text)]
