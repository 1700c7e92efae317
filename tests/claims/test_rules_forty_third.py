"""Session 35 (issue 11): rules written after the forty-third held-out set's first scoring (the Shkval yard at
Polyarny, the drone strike near Hvardiiske, the blasts at Zyabrovka, the PD-81 dock) — each case a sentence written
for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2022, 8, 17)


def _places(text: str, published: date = _PUBLISHED) -> list[list[str]]:
    return place_names(text, published)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize("text", ["Shipyard No. 10 repaired the submarines.", "Navy Yard No 10 repaired them."])
def test_a_listed_name_with_an_abbreviation_is_found_as_written(text):
    assert _places(text, date(2003, 2, 7)) == [["Shkval shipyard"]]


def test_the_town_by_the_airfield_is_the_one_meant_and_both_are_named():
    (a,) = analyses("A drone hit a Russian airfield near Hvardiiske in Crimea on Tuesday.", _PUBLISHED)
    got = {p.place.name: (round(p.place.lat, 2), round(p.place.lon, 2)) for p in a.places}
    assert got["Hvardiiske"] == (45.10, 34.00) and "Gvardeyskoye air base" in got


def test_an_unnamed_airfield_at_a_town_on_the_peninsula_is_the_listed_one():
    got = _places("The strike came a week after a strike on another Russian airfield on the peninsula, at Saky.")
    assert got == [["Saki Air Base"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops guard the air base at Hasimara.", ["Hasimara air base"]),
    ("Troops guard the air base near Hasimara.", ["Hāsimāra", "Hasimara air base"]),
])
def test_an_unnamed_air_base_at_a_town_is_the_base_near_it_the_base_and_the_town(text, expected):
    assert _places(text) == [expected]


def test_a_crimean_base_is_in_ukraine():
    assert _places("Drone hits ammunition dump at Crimean air base") == [["Ukraine"]]


def test_zyabrovka_air_base_is_listed():
    got = _places("At least eight blasts were reported at Zyabrovka. Ziabrauka airfield lies south-east of Gomel.")
    assert got == [["Zyabrovka air base"], ["Zyabrovka air base", "Gomel"]]
