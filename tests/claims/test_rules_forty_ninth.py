"""Session 37 (issue 11): rules written after the forty-ninth held-out set's first scoring (the F-22s at Al Dhafra,
the US build-up at Muwaffaq Salti) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 3, 6)
_MUWAFFAQ = "Al Azraq / Al Shaheed Muwaffaq Salti Air Base"


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    # an aerodrome airportsdata files as "A / B": either half, without its honorific or its article
    ("F-15Es were parked at Muwaffaq Salti Air Base on Monday.", [[_MUWAFFAQ]]),
    ("Tankers refuelled at Al Shaheed Muwaffaq Salti Air Base.", [[_MUWAFFAQ]]),
    ("Belgian jets flew from the Azraq air base.", [[_MUWAFFAQ]]),
    ("A Dash 8 landed at Rockcliffe Airport on Sunday.", [["Ottawa / Rockcliffe Airport"]]),
    # control: a half that is only a generic word names no airport
    ("The jets landed at the International Airport.", [[]]),
])
def test_an_aerodrome_filed_under_two_names_is_found_by_either(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The F-22s are based at Joint Base Langley-Eustis in Virginia.", [["Langley Afb Airport", "Virginia"]]),
    ("Two C-17s left Joint Base Andrews on Monday.", [["Joint Base Andrews Airport"]]),
    # control: a curated joint base keeps its own entry
    ("The tankers flew from Joint Base McGuire-Dix-Lakehurst.", [["McGuire Air Force Base"]]),
])
def test_a_us_joint_base_is_its_air_force_base(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The jets landed at Al-Dhafra Air Base in Abu Dhabi.", [["Al Dhafra Air Base", "Abu Dhabi"]]),
    ("The jets landed at Hmeimim air base in Latakia.", [["Hmeimim Air Base", "Latakia"]]),
    # controls: an unnamed base, or one no list has, is the airfield of the town after it
    ("The jets landed at the Russian air base in Latakia.", [["Bassel Al-Assad International Airport"]]),
    ("Transports began landing at the Zokniai airfield in Siauliai.", [["Siauliai International Airport"]]),
])
def test_a_town_after_a_listed_air_base_is_where_it_lies_not_its_airport(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pentagon seeks money for a Jordan air base", [["Jordan"]]),
    ("A militia claimed another attack on the Emirates on Tuesday.", [["United Arab Emirates"]]),
    ("The group threatened to hit the UAE harder than before.", [["United Arab Emirates"]]),
    ("France's Rafales flew over Abu Dhabi.", [["France", "Abu Dhabi"]]),
    # controls: the airline, and the acronym as an adjective
    ("The airline resumed Emirates flights to Kabul.", [["Kabul"]]),
    ("UAE forces intercepted the missile.", [[]]),
])
def test_a_country_s_air_base_the_emirates_and_aircraft_named_like_villages(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Houthis struck the port on January 17, 24 and 31.", ["2024-01-17", "2024-01-24", "2024-01-31"]),
    ("The Houthis struck the port on 17, 24 and 31 January.", ["2024-01-17", "2024-01-24", "2024-01-31"]),
    # control: a count after a date's comma is no day
    ("On January 17, 24 people were hurt at the port.", ["2024-01-17"]),
])
def test_a_list_of_days_in_one_month_is_every_day_of_it(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [d.label for d in a.dates] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Raptors landed at the base on Saturday.", ["fighter"]),
    ("Six Strike Eagles were on the ramp.", ["fighter"]),
    ("Troops fired Patriot interceptor missiles at the drones.", []),
    ("The unit is the 1st Fighter Wing, based in Virginia.", []),
    # control: fighters named beside their unit are still fighters
    ("F-16s of the 35th Fighter Wing returned to the base.", ["fighter"]),
])
def test_aircraft_by_name_and_units_and_missiles_that_are_no_aircraft(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert sorted({o.cls for o in a.objects}) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("US officials would not say how many F-22s had deployed.", [False]),
    ("The Pentagon declined to say how long the bombers would stay at the base.", [False]),
    ("On Friday, President Biden said he was weighing a limited strike on Hodeidah port.", [False]),
    ("Pentagon budget calls for $143 million buildup at Hmeimim Air Base", [False]),
    ("Souda Bay has become a key hub for US warships since 2020.", [False]),
    ("Budget papers say Hmeimim Air Base has too little ramp space to launch combat sorties.", [False]),
    # controls: a refusal beside what photos showed; an installation done
    ("Officials declined to give the number of jets, but photos showed six F-22s at Al Dhafra Air Base.", [True]),
    ("Soldiers installed new air defences at Al Dhafra Air Base on Monday.", [True]),
])
def test_a_refusal_a_choice_weighed_a_hub_and_a_lack_of_space_are_no_sight(text, expected):
    assert _checkable(text) == expected
