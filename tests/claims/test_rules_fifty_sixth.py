"""Session 39 (issue 11): rules written after the fifty-sixth held-out set's first scoring (the drone at the Khalino
airfield, the oil tank fire at the Kursk airfield) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses

_PUBLISHED = date(2023, 9, 25)


@pytest.mark.parametrize(("text", "expected"), [
    ("The attack killed the commander of the 14th Guards Fighter Aviation Regiment.", []),
    ("Su-27 fighters of the 689th Guards Fighter Aviation Regiment left Chkalovsk.", ["fighter"]),  # control
])
def test_a_fighter_aviation_regiment_is_a_unit(text, expected):
    assert [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a claim whose "that" comes after an adverbial of time and a clause
    ("Russian authorities claimed on the morning of 24 September, when Kursk was celebrating its city day, that a "
     "drone had hit a building in Kursk.", [False]),
    # a count of attacks over a few days: a tally
    ("It was the third attack on Russian airfields in two days, after strikes at Ryazan and near Saratov.", [False]),
    # controls: the same events told as events
    ("A drone hit a building in Kursk on 24 September.", [True]),
    ("Drones struck the airfield near Saratov on Monday.", [True]),
])
def test_claimed_after_an_adverbial_and_a_count_of_attacks(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected
