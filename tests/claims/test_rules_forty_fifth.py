"""Session 36 (issue 11): rules written after the forty-fifth held-out set's first scoring (MH-139 helicopters for
Malmstrom and Maxwell) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 5, 6)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Guards at Malmstrom AFB checked the trucks.", ["Malmstrom Air Force Base"]),
    ("A UH-1N left F. E. Warren AFB for the missile field.", ["F.E. Warren Air Force Base"]),
    ("The 90th Missile Wing at F.E. Warren Air Force Base runs the drill.", ["F.E. Warren Air Force Base"]),
])
def test_an_icbm_base_no_aerodrome_list_has_is_found(text, expected):
    assert place_names(text, _PUBLISHED) == [expected]


def test_the_base_s_short_form_after_its_full_name_is_the_base():
    got = place_names("Convoys leave Malmstrom Air Force Base daily. Malmstrom officials declined to comment.",
                      _PUBLISHED)
    assert got == [["Malmstrom Air Force Base"], ["Malmstrom Air Force Base"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Crews from Wyoming drove the convoy.", ("Wyoming", "region")),
    ("The exercise ended in Delaware.", ("Delaware", "region")),
    ("Officials in Oregon said nothing.", ("Oregon", "region")),
    ("Officials in Washington said nothing.", ("Washington", "city")),  # control: the capital keeps its name
])
def test_a_state_named_alone_is_the_state_not_a_town_of_its_name(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [(p.place.name, p.place.kind) for p in a.places] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two UH-1Ns were parked on the pad.", ["helicopter"]),
    ("More HH-60Ws are parked there.", ["helicopter"]),
    ("An AH-1Z stood by.", ["helicopter"]),
    ("A CH-4 drone stood by.", []),  # control: China's CH-4 is a drone
])
def test_a_us_helicopter_designator_names_a_helicopter_whatever_its_number(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [o.cls for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The squadron uses landing zones around Montgomery for training.", [False]),
    ("A landing ship docked at Sevastopol.", [True]),  # control: a vessel type, then the act
    ("Two helicopters were landing at Montgomery.", [True]),  # control: the act itself
])
def test_landing_before_a_noun_is_no_landing(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minot may eventually receive twelve of the new helicopters.", [False]),
    ("Minot may receive twelve of the new helicopters next year.", [False]),
    ("Twelve helicopters were parked at Minot.", [True]),  # control
])
def test_what_a_base_may_one_day_receive_is_not_there_yet(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The aircraft is the first for the 40th Helicopter Squadron.", [False]),
    ("The first helicopter for the squadron arrived at Minot Air Force Base on Monday.", [True]),  # control
])
def test_being_a_unit_s_first_is_a_record_not_a_sight(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minot AFB getting new helicopters for missile field security", [False]),
    ("Minot AFB receiving 12 helicopters", [False]),
    ("First new helicopter arrives at Minot AFB", [True]),  # control: the arrival itself
])
def test_a_headline_s_progressive_without_its_auxiliary_is_to_come(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wyoming has 150 silos spread across three states.", [True]),
    ("North Dakota has 15 launch pads.", [True]),
    ("Most airfields have 2,500-meter runways.", [False]),  # control: no count of them
])
def test_structures_counted_in_hundreds_at_a_place(text, expected):
    assert _checkable(text) == expected
