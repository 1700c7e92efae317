"""Session 37 (issue 11): rules written after the fifty-first held-out set's first scoring (drone attacks on Harir air
base, the Zavety Ilyicha naval base) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2023, 11, 17)


@pytest.mark.parametrize(("text", "expected"), [
    # a town's air base that a list files under another name: the listed airfield at the town
    ("Suicide drones struck Harir airbase on Friday.", [["Bashur Airfield"]]),
    ("An explosion was heard at the Harir base near Erbil.", [["Bashur Airfield", "Erbil"]]),
    ("A drone targeted al-Harir airbase near Erbil on Saturday.", [["Bashur Airfield", "Erbil"]]),
    # controls: a city's base, and an airport, are no air base of the town
    ("Japan will expand its Djibouti base.", [["Japan", "Djibouti"]]),
    ("The navy keeps missile boats at its Eilat base.", [["Eilat"]]),
])
def test_a_town_s_air_base_is_the_listed_airfield_at_the_town(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The Islamic Resistance in Iraq claimed the attack.", [[]]),
    ("Al-Qaeda in the Islamic Maghreb claimed it.", [[]]),
    ("US forces in Iraq were attacked.", [["Iraq"]]),  # control
])
def test_an_armed_group_s_name_names_no_country(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("In 1982, two submarines of the November class arrived.", ["1982"]),
    ("Two November-class submarines arrived in 1982.", ["1982"]),
    ("Two submarines arrived in November 1982.", ["1982-11"]),  # control
])
def test_a_submarine_class_named_like_a_month_is_no_date(text, expected):
    assert [d.label for a in analyses(text, _PUBLISHED) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The fleet promised to remove one submarine from the base at Vanino each year.", [False]),
    ("US forces in Iraq have been on high alert amid dozens of attacks on their bases since October.", [False]),
    ("The US answered with three strikes on Iran-linked sites in Syria.", [True]),
])
def test_a_promise_and_a_tally_are_no_sight_and_strikes_on_sites_are(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected
