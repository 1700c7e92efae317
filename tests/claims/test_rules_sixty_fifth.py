"""Session 44 (issue 11): rules written after the sixty-fifth held-out set's first scoring (strikes on the Kanatove and
Oleksandriia airfields in 2022, on Zintan's airport in 2015, on the Ghardabiya air base by Sirte in 2019, on Shiraz's
airport in 2026, around Taiz airport in 2021; lawmakers at Dezful's Vahdati air base in 2025) — each case a sentence
written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.unlisted_installations import UNLISTED
from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2021, 9, 8)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline with the day first, a weekday and the agency in brackets: no place, no date of its own
    ("TUNIS, Monday 6 September 2021 (Alwasat) – Warplanes bombed Misrata's airport on Sunday.",
     [["Misratah", "Misrata International Airport"]]),
    ("Rome, 6 September 2021 (Agenzia Nova) – Jets struck the port of Tobruk.", [["Tobruk"]]),
    # the spellings reports give listed airfields
    ("Missiles hit the Kanatovo airfield overnight.", [["Kanatove air base"]]),
    ("Jets bombed the Qardabiya air base.", [["Gardabya Airport"]]),
    ("Flights resumed at Sirte International Airport.", [["Gardabya Airport"]]),
    ("Drones struck the Vahdati Air Base.", [["Dezful Airport"]]),
    # a listed airport by its city, named as a city: both
    ("The airport of the Iranian city of Shiraz was hit.",
     [["Shiraz", "Shiraz Shahid Dastghaib International Airport"]]),
    ("Airport in Iranian city of Shiraz hit by missiles", [["Shiraz", "Shiraz Shahid Dastghaib International Airport"]]),
    # a town's mayor: the town
    ("The mayor of Oleksandriia said the city was calm.", [["Oleksandriya"]]),
    # Yemen's governorates as provinces
    ("Jets flew over Yemen's Taiz province.", [["Yemen", "Tāʻizz"]]),
    ("Fighting went on in Marib province.", [["Ma’rib"]]),
    # controls: the city alone; an airfield in a city the text leaves open; an airport beside a port
    ("Shells hit Taiz.", [["Taiz"]]),
    ("A fuel tanker exploded at an airfield in the Russian city of Ryazan.", [["Ryazan’"]]),
    ("Drones struck the port and the airport of Port Sudan.", [["Port Sudan"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "town"), [
    ("A warplane bombed Zintan Airport.", None),
    ("An air strike hit the airport of Zintan.", None),
    ("Occupiers fire missile at airfield in city of Oleksandriia", "Oleksandriya"),
    ("Missiles struck the infrastructure of an airfield in the city of Oleksandriia.", "Oleksandriya"),
])
def test_an_airport_no_list_has_is_its_towns_unlisted_base(text, town):
    places = analyses(text, _PUBLISHED)[0].places
    bases = [p.place for p in places if p.place.kind == "airfield"]
    assert len(bases) == 1 and bases[0].source.startswith(UNLISTED)
    assert bases[0].name.endswith(" air base")
    assert [p.place.name for p in places if p.place.kind != "airfield"] == ([town] if town else [])


def test_the_mayor_of_a_town_with_an_unlisted_base_is_the_towns():
    text = "A missile struck an airfield in Oleksandriia. The mayor of Oleksandriia said two people died."
    assert [p.place.name for p in analyses(text, _PUBLISHED)[-1].places] == ["Oleksandriya"]


def test_a_base_named_otherwise_keeps_the_town_it_lies_in():
    text = "Lawmakers toured Dezful airbase. They praised the Fourth Fighter Base Vahdati in Dezful."
    assert [p.place.name for p in analyses(text, _PUBLISHED)[-1].places] == ["Dezful Airport", "Dezful"]


@pytest.mark.parametrize(("text", "expected"), [
    # "December of the same year": the year of the date before it
    ("The town fell in May 2016 and was retaken in December of the same year.", ["2016-05|month", "2016-12|month"]),
    # a dateline's date is no event's
    ("CAIRO, Tuesday 7 September 2021 (Alwasat) – The air base was bombed on Monday.", ["2021-09-06|day"]),
])
def test_dates(text, expected):
    assert [f"{d.label}|{d.precision}" for a in analyses(text, _PUBLISHED) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "checkable"), [
    # an airport's flights cancelled (not an event called off)
    ("Flights were cancelled at Misrata Airport on Tuesday.", True),
    ("The parade in Tripoli was cancelled on Tuesday.", False),
    # air raids on a base (not the sirens)
    ("Haftar's air raids on the Qardabiya base", True),
    ("Air raid sirens sounded in Kyiv.", False),
    # an attack prepared, not made
    ("The Houthis had been preparing a missile attack on Aden.", False),
    # an event said to have been (not what a place is)
    ("There was a missile strike on the airfield in Oleksandriia on Friday.", True),
    ("Rhein-Main Air Base, near Frankfurt, was the Air Force's main airlift hub.", False),
])
def test_checkable(text, checkable):
    assert any(a.checkable for a in analyses(text, _PUBLISHED)) is checkable


@pytest.mark.parametrize(("text", "expected"), [
    # a named base, camp, area or district no list has (an Arabic article before its name): a place without a point
    ("Missiles struck the Al-Anad military base.", ["Al-Anad military base"]),
    ("Jets hit depots near the Al-Janad camp.", ["Al-Janad camp"]),
    ("Jets hit sites in the Al-Hawban area. The bombing targeted Al-Hawban again.", ["Al-Hawban", "Al-Hawban"]),
    # control: a listed base is found as it is, none made
    ("Missiles struck the Al-Udeid base.", ["Al Udeid Air Base"]),
])
def test_unlisted_named_bases_and_areas(text, expected):
    places = [p.place for a in analyses(text, _PUBLISHED) for p in a.places]
    assert [p.name for p in places] == expected
    assert all(p.lat is None for p in places if p.name.startswith("Al-"))


def test_one_unlisted_base_per_name():
    text = "Missiles struck the Al-Anad military base on Monday. Soldiers said the Al-Anad base was hit again."
    places = [p.place for a in analyses(text, _PUBLISHED) for p in a.places]
    assert [p.name for p in places] == ["Al-Anad military base", "Al-Anad military base"]
    assert places[0] is places[1]
