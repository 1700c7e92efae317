"""Session 42 (issue 11): rules written after the sixty-second held-out set's first scoring (the Kavumu airport seized
in 2025, missiles at the Dumair airport in 2018, strikes on Starokostiantyniv in 2023–2024) — each case a sentence
written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2025, 2, 14)


@pytest.mark.parametrize(("text", "expected"), [
    # airportsdata's airfields under the names reports give them
    ("Rebels took control of Kavumu airport on Friday.", [["Bukavu Kavumu Airport"]]),
    ("Missiles were aimed at the Dumair military airport.", [["Dumayr Air Base"]]),
    # a surname after a given name that only resembles a place's name is no place
    ("The deputy head, Serhiy Tyurin, reported the attack.", [[]]),
    ("The brigade is named after Petro Franko.", [[]]),
    # controls: a place's own name after a capitalised word stays a place
    ("Shells fell in Turin.", [["Turin"]]),
    ("Drones hit Kursk overnight.", [["Kursk"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "bombers"), [
    ("In Soviet times the town hosted the 63rd Bomber Division.", False),
    ("Two bombers landed at the base.", True),  # control
])
def test_a_bomber_division_is_a_unit(text, bombers):
    assert ("bomber" in [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects]) is bombers
