"""Session 37 (issue 11): rules written after the fiftieth held-out set's first scoring (gunfire at Ouagadougou's air
base, Camp Humphreys, a sail training ship at Korsakov) — each case a sentence written for the rule, not one of the
set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2023, 8, 1)


@pytest.mark.parametrize(("text", "expected"), [
    ("Apache helicopters flew from Camp Humphreys on Monday.", [["Camp Humphreys"]]),
    ("US troops left Yongsan Garrison in 2018.", [["Yongsan Garrison"]]),
    ("The ship called at Bering Island.", [["Bering Island"]]),
    ("The ship will sail on to the Shantar Islands.", [["Shantar Islands"]]),
    ("Gunfire was heard in the capital of Burkina on Tuesday.", [["Burkina Faso"]]),
])
def test_installations_islands_and_a_country_s_short_name_no_list_had(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Shots were heard near an air base in the centre of Ouagadougou.", [["Ouagadougou Airport"]]),
    # control: a base in a city's centre with no airfield of its own stays the city
    ("Shots were heard near a barracks in the centre of Ouagadougou.", [["Ouagadougou"]]),
])
def test_an_air_base_in_part_of_a_city_is_the_city_s_airfield(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Soldiers mutinied in Burkina Faso. The gunfire came a year after a coup in the West African country.",
     [["Burkina Faso"], ["Burkina Faso"]]),
    ("Troops landed in Qatar. Officials in the Gulf state confirmed it.", [["Qatar"], ["Qatar"]]),
    ("Helicopters were seen at Camp Humphreys. Trump will visit the $10.7 billion, 3,500-acre base in the city of "
     "Pyeongtaek.", [["Camp Humphreys"], ["Pyeongtaek", "Camp Humphreys"]]),
])
def test_a_country_by_its_part_of_the_world_and_a_base_by_its_cost_refer_back(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Captain Traore seized power on September 30, 2022, after Damiba had taken it in January that year.",
     ["2022-09-30", "2022-01"]),
    ("The base was bombed in 2017, and again in April of that same year.", ["2017", "2017-04"]),
    # a bound is no date: "less than a week after"
    ("It came on July 31, 2023, less than a week after soldiers seized power in Niger.", ["2023-07-31"]),
])
def test_a_month_that_year_is_the_year_before_it_and_a_bound_is_no_date(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [d.label for d in a.dates] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Gunshots rang out near Ouagadougou Airport early on Tuesday.", [True]),
    ("Heavy gunfire was heard at the air base in Ouagadougou on Sunday.", [True]),
    ("Shooting broke out at a military camp in Ouagadougou on Sunday.", [True]),
    # controls: the gunfire as a reference, and missiles shot down, are no act at a place
    ("Mutiny in Burkina Faso. The gunfire came ten months after a coup in the country, in October 2022.",
     [False, False]),
    ("Qatar was shooting down missiles over Doha on Monday.", [False]),
])
def test_gunfire_and_shooting_at_a_place_are_acts(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected
