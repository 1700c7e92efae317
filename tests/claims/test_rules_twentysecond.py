"""Session 22 (issue 11), each tested on sentences written for it: a second verb phrase after "and" with its own
auxiliary ("left Severodvinsk in late October and is expected to join …") is a clause of its own, so the date
of the past verb is past; ship words after a designator are an aircraft only when an aircraft is called so
("two Il-78 tankers", not "the MEKO A-200 frigates"); the names listed after "believed to be", each with its
article, are ships that the document names again."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses

_PUBLISHED = date(2026, 11, 20)


def _analyses(text: str):
    return analyses(text, _PUBLISHED)


def _dates(text: str) -> list[str]:
    return [f"{d.label}|{d.precision}" for a in _analyses(text) for d in a.dates]


@pytest.mark.parametrize("text, expected", [
    ("A fourth, the Generalissimus Suvorov, left Severodvinsk in late October and is expected to join the Pacific "
     "Fleet.", "late October 2026|part-of-month"),
    ("The destroyer docked at Tartus on October 3 and will stay for a week.", "2026-10-03|day"),
    ("The frigate arrived in Havana on October 3 and has been moored at the pier since.", "2026-10-03|day"),
    # controls: the second verb phrase in the present ("are open") keeps the sentence's future; a future clause
    # after "and" is still future
    ("The ships will stay until Friday and are open to the public on Wednesday.", "2026-11-25|day"),
    ("The carrier is expected to arrive in Busan on December 3 and will stay for five days.", "2026-12-03|day"),
])
def test_a_verb_phrase_after_and_has_its_own_tense(text, expected):
    assert expected in _dates(text)


@pytest.mark.parametrize("text, cls, category", [
    ("TKMS also builds the MEKO A-200 frigates for Egypt.", "warship", "vessel"),
    ("Two MEKO A-200 frigates were moored at Alexandria on Monday.", "warship", "vessel"),
    # controls: an aircraft called by a ship's word
    ("Two Il-78 tankers were parked at Engels on Monday.", "unknown aircraft", "aircraft"),
    ("Four Y-20 transports landed at Sunan on Monday.", "cargo aircraft", "aircraft"),
])
def test_ship_words_after_a_designator(text, cls, category):
    (a,) = _analyses(text)
    assert [(o.cls, o.category) for o in a.objects] == [(cls, category)]


def test_ships_listed_after_believed_to_be_are_named_again():
    text = ("Three boats were moored at Gadzhiyevo on 3 November. The boats, believed to be the Yury Dolgoruky, the "
            "Knyaz Vladimir and the Knyaz Oleg, had returned from patrol.\n"
            "On 9 November the Knyaz Oleg left the base.")
    last = _analyses(text)[-1]
    assert [o.text for o in last.objects] == ["Knyaz Oleg"]
    assert last.objects[0].category == "vessel"


@pytest.mark.parametrize("text, name, kind", [
    ("Two Chinese destroyers passed Cape Tappi on Monday.", "Cape Tappi", "cape"),
    ("A Russian submarine surfaced off North Cape on Monday.", "North Cape", "cape"),
    ("The carrier was seen off Cape Hatteras on Monday.", "Cape Hatteras", "cape"),
    ("Ukrainian drones struck a radar near Cape Fiolent on Monday.", "Cape Fiolent", "cape"),
    ("Six MV-22s landed at Robertson Barracks on Monday.", "Robertson Barracks", "airfield"),
    ("A tanker was moored at the Bashayer terminal on Monday.", "Bashayer oil terminal", "port"),
])
def test_capes_and_installations_no_list_had(text, name, kind):
    (a,) = _analyses(text)
    assert (name, kind) in [(p.place.name, p.place.kind) for p in a.places]


# after the nineteenth scoring

@pytest.mark.parametrize("text, expected", [
    ('Claim: "Russian sub spotted surfacing off Faslane on September 21."', [("sub", "submarine")]),
    ("Iran moved dozens of fast-attack boats to Bandar Abbas on Monday.", [("fast-attack boats", "warship")]),
    ("The terminal loaded three very large crude carriers on Monday.", [("very large crude carriers", "tanker")]),
    ("A skiff with five persons approached the tanker on Monday.", [("skiff", "unknown vessel"), ("tanker", "tanker")]),
    ("Also the Kilo that was in dry dock since summer has left.", [("Kilo", "submarine")]),
    ("Two Kilos and a Ropucha were in port on Monday.", [("Kilos", "submarine"), ("Ropucha", "landing ship")]),
    # controls: a unit, a prefix, a facility named after a vessel
    ("They bought a kilo of rice.", []),
    ("Sub-Saharan ports saw more traffic on Monday.", []),
    ("Construction of the new submarine wharf at Garden Island began in March 2025.", []),
])
def test_vessel_words(text, expected):
    (a,) = _analyses(text)
    assert [(o.text, o.cls) for o in a.objects] == expected


def test_a_ship_named_before_its_kind_is_the_ship_again():
    text = ("Timeline: China's Fujian carrier, from launch to first deployment\n\n"
            "17 Jun 2022 — The Fujian is launched at the Jiangnan shipyard in Shanghai.\n\n"
            "Nov 2025 — The Fujian is commissioned at Sanya, Hainan.\n\n"
            "The Chinese carrier sailed on Monday.")
    title, launch, commission, last = _analyses(text)
    assert "Fujian Sheng" not in [p.place.name for p in title.places]  # the ship, not the province
    assert [(o.text, o.cls) for o in launch.objects] == [("Fujian", "warship")]
    assert [(o.text, o.cls) for o in commission.objects] == [("Fujian", "warship")]
    assert commission.checkable
    assert [o.text for o in last.objects] == ["carrier"]  # "Chinese" names no ship


@pytest.mark.parametrize("text, absent", [
    ("Can you confirm whether a US Virginia-class submarine was at HMAS Stirling in January?", "United States"),
    ("The tanker left Bajo Grande on Lake Maracaibo on March 12.", "Maracaibo"),
    ("The tanker left for the US Gulf Coast on March 12.", "United States"),
    ("Turkish Straits Vessel Traffic Services said 48 ships were waiting on Monday.", "Turkish Straits"),
])
def test_words_that_name_no_place_here(text, absent):
    names = [p.place.name for a in _analyses(text) for p in a.places]
    assert absent not in names


@pytest.mark.parametrize("text, expected", [
    ("The submarine sailed out of CSBC Corp.'s shipyard in Kaohsiung on Monday.",
     ["Kaohsiung", "CSBC Kaohsiung shipyard"]),
    ("Two frigates passed the Lofoten Islands on Monday.", ["Lofoten Islands"]),
    ("No Russian warship has passed through the Turkish Straits since 2022.", ["Turkish Straits"]),
    ("Nine tankers waited off the Jose terminal on Monday.", ["Jose oil terminal"]),
    ("The ship docked at the Sedef shipyard on Monday.", ["Sedef shipyard"]),
    ("The ship took part in drills off Aksaz on Monday.", ["Aksaz naval base"]),
    # control: the town alone is the town
    ("The submarine was seen off Kaohsiung on Monday.", ["Kaohsiung"]),
])
def test_shipyards_in_towns_and_places_no_list_had(text, expected):
    (a,) = _analyses(text)
    assert sorted(p.place.name for p in a.places) == sorted(expected)


@pytest.mark.parametrize("text, expected", [
    ("In May the same airfield lost two Su-24M in a similar strike.", ["2026-05|month"]),
    ("Yesterday morning there were 4 Su-30SM on the apron (see satellite photo from 20.07).",
     ["2026-11-19|day", "2026-07-20|day"]),
    ("Israeli jets struck the port on Thursday, the military said, a day after a Houthi missile hit near Ben Gurion "
     "airport.", ["2026-11-19|day", "2026-11-18|day"]),
    ("The ship passed the Dardanelles on Wednesday and docked at the Sedef shipyard on Thursday, where it will "
     "undergo maintenance.", ["2026-11-18|day", "2026-11-19|day"]),
    # controls: a decimal is no date; "May" the verb; a comma right after the date describes it
    ("Exports grew by a growth of 12.05 on the year.", []),
    ("The ship may return soon.", []),
    ("On 10 December 2024, two days after the government fell, the frigates left Tartus.",
     ["2024-12-10|day", "2024-12-10|day"]),
])
def test_dates_of_this_session(text, expected):
    assert _dates(text) == expected


@pytest.mark.parametrize("text, checkable", [
    ("The 6,000-ton warship will be delivered to the Navy in 2028 after sea trials, officials said.", False),
    ("The Navy expects to take delivery of the submarine by December.", False),
    ("At 194 metres long, the tankers can carry 13,000 cubic metres of fuel.", False),
    ("Last year, the main parade was cancelled for security reasons.", False),
    ("The rebels have attacked more than 100 merchant ships in the Red Sea since November 2023.", False),
    ("It remains unclear whether Chinese navy ships will use the berths.", False),
    ("The new Gwadar International Airport opened to flights in January 2025.", True),
    ("Sevastopol update from the latest Sentinel-2 pass (26 Oct)", True),
    ("Construction of the new wharf at Garden Island began in March 2025 and is expected to be completed in 2027.",
     True),
    ("On November 3, a similar pair was intercepted north of Vardø.", True),
    ("The amphibious assault ship TCG Anadolu passed through the Dardanelles on Wednesday and docked at the Sedef "
     "shipyard on Thursday, where it will undergo maintenance.", True),
    # control: one strike's count is no tally
    ("Ukraine's security service said its drones hit more than 40 aircraft at four air bases on 1 June.", True),
])
def test_checkable_of_this_session(text, checkable):
    (a,) = _analyses(text)
    assert a.checkable is checkable


def test_a_shipyard_in_its_town_named_before_keeps_the_town():
    text = ("S. Korea's first KDDX destroyer launched at Ulsan shipyard\n\n"
            "The destroyer was launched at HD Hyundai Heavy Industries' shipyard in Ulsan on Thursday.")
    body = _analyses(text)[-1]
    assert sorted(p.place.name for p in body.places) == ["Ulsan", "Ulsan shipyard"]


def test_a_doubt_without_a_future_verb_is_no_claim():
    (a,) = _analyses("It is unclear whether the frigate left Tartus on Monday.")
    assert not a.checkable
    assert any(r.startswith("a doubt") for r in a.reasons)
