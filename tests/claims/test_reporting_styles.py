"""Rules added after the fourth held-out scoring (issue 11), each on sentences written for it: ship names that
look like places, installations named after their kind, AP-style weekdays, holidays, "the fall of …",
appositive event dates, mission versions of aircraft, captions, and more nouns that refer back."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.dates import find_dates
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.objects import find_objects
from annotate.model.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def _labels(text: str, published: date) -> list[tuple[str, str]]:
    return [(d.text, d.label) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, names", [
    ("The carrier USS George Washington left Yokosuka.", ["Yokosuka"]),  # a hull prefix: a ship's name
    ("The destroyer Yinchuan passed the strait near Busan.", ["Busan"]),  # "the <kind> X": a ship's name
    ("The Angara, a cargo vessel, docked at Rajin.", ["Rajin"]),  # "the X," is no town
    ("The Angara has been sanctioned since 2022.", []),
    ("A crane was moved to the Sinpo construction hall.", ["Sinp’o"]),  # "the X <noun>" still names X
])
def test_ship_names_that_look_like_places_are_not_places(gazetteer, text, names):
    assert [m.place.name for m in gazetteer.find(text)] == names


@pytest.mark.parametrize("text, name", [
    ("Jets flew in from Marine Corps Air Station Iwakuni.", "Iwakuni Marine Corps Air Station"),
    ("Flights out of Clark on Wednesday counted the vessels.", "Clark Air Base"),
    ("Chinese ships were at Ream on Monday.", "Ream Naval Base"),
    ("Transits of the Bab el-Mandeb Strait rose.", "Bab-el-Mandeb"),
    ("Aircraft were tracked southwest of Penghu.", "Penghu"),
    ("The bombers headed north toward Sakhalin.", "Sakhalinskaya oblast'"),
])
def test_installations_and_islands_of_interest(gazetteer, text, name):
    assert name in [m.place.name for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, names", [
    ("South Korean and US forces will exercise.", []),  # "US forces": an adjective
    ("Sanctions by the US and the UK followed.", ["United States", "United Kingdom"]),
    ("U.S. 7th Fleet Public Affairs", []),  # a country's fleet is an organisation, as its navy is (session 14)
    ("Sailors of the U.S. 7th Fleet met in Japan.", ["Japan"]),
])
def test_short_country_names_as_nouns_not_adjectives(gazetteer, text, names):
    assert [m.place.name for m in gazetteer.find(text)] == names


def test_ap_weekdays_holidays_and_the_fall_of_a_ruler():
    got = _labels("Police said Saturday they boarded a tanker that cut a cable on Christmas Day.", date(2025, 12, 27))
    assert got == [("said Saturday", "2025-12-27"), ("Christmas Day", "2025-12-25")]
    assert _labels("Tartus after the fall of Assad.", date(2025, 3, 3)) == []
    assert _labels("Ships left in the fall of 2024.", date(2025, 3, 3)) == [("the fall of 2024", "autumn 2024")]


def test_the_following_day_counts_from_the_latest_day_and_an_apposition_keeps_its_date():
    got = _labels("It departed on May 15.\nIt had been in dock in April.\nJets flew aboard the following day.",
                  date(2025, 5, 16))
    assert got[-1] == ("the following day", "2025-05-16")
    got = _labels("Figure 2: The area on 10 December 2024, two days after the government fell.", date(2025, 3, 3))
    assert [label for _, label in got] == ["2024-12-10", "2024-12-10"]


@pytest.mark.parametrize("text, classes", [
    ("A Y-8 anti-submarine aircraft and a Y-8 transport were tracked.", ["unknown aircraft", "cargo aircraft"]),
    ("F/A-18 Super Hornets flew aboard from the air station.", ["fighter"]),
    ("Carrier Air Wing 5 flew aboard.", []),
    ("The fleet lost a third of its surface combatants.", ["warship"]),
    ("Aircraft and navy vessels were employed.", ["unknown aircraft", "warship"]),
    ("The floating workshop PM-138 and a Kilo-class submarine.", ["unknown vessel", "submarine"]),
])
def test_more_object_phrases(text, classes):
    assert [o.cls for o in find_objects(text, load_taxonomy())] == classes


@pytest.mark.parametrize("text, checkable", [
    ("Figure 1: The Russian naval facility at Tartus on 21 February 2025.", True),  # a caption with place and day
    ("North Korea staged a military parade in Pyongyang on Friday night.", True),
    ("Russia did strike port infrastructure in Izmail on July 3.", True),
    ("Footage from March 1 shows a fire at Tuapse.", True),
    ("We expect the Cambodian navy to take delivery of two corvettes at Ream later this year.", False),
])
def test_captions_strikes_fires_and_parades_are_observable(gazetteer, text, checkable):
    (a,) = analyze_document(text, date(2025, 10, 11), gazetteer, load_taxonomy())
    assert a.checkable is checkable, a.reasons


@pytest.mark.parametrize("text, carried", [
    ("Drones struck the refinery at Tuapse on March 1.\nFootage shows a fire at the refinery's loading terminal.",
     ["Tuapse"]),
    ("Vehicles were seen in Pyongyang.\nMore gathered on the city's outskirts.", ["Pyongyang"]),
    ("Frigates were at Tartus on 21 February.\nThe same area was empty in December.", ["Ţarţūs"]),
])
def test_more_nouns_refer_back(gazetteer, text, carried):
    last = analyze_document(text, date(2025, 3, 3), gazetteer, load_taxonomy())[-1]
    assert [p.place.name for p in last.places if p.inferred] == carried


def test_a_dateline_with_a_double_hyphen_leaves_no_dash_on_the_claim(gazetteer):
    text = "date 2025-10-11\nSEOUL, Oct. 11 (Yonhap) -- Two Il-76 aircraft landed at Pyongyang airport on Thursday.\n"
    (a,) = analyze_document(text, date(2025, 10, 11), gazetteer, load_taxonomy())
    assert text[a.start:a.end].startswith("Two Il-76")
