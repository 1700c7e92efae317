"""Checkable rules added after the eleventh held-out scoring (issue 11), each on sentences written for it: an
activity at a named place, or on a date, is checkable without an object word; claims reported as someone's,
guesses, debunks, designs, purchases, schedules and bans are not."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _checkable(text: str) -> bool:
    (a,) = analyze_document(text, date(2025, 6, 4), default_gazetteer(), load_taxonomy())
    return a.checkable


@pytest.mark.parametrize("text", [
    "Fire breaks out at the Tuapse refinery after drone attack",  # an activity at a named place, no date
    "The missiles were launched from the Wonsan area at around 8:10 a.m.",
    "The North last fired ballistic missiles on March 10.",  # an activity on a date, no place found
    "In January last year, drones struck the same complex.",
    "The MiG-29s had not been seen at Wonsan since October 2023 and are probably based further north.",
])
def test_an_activity_at_a_place_or_on_a_date_is_checkable(text):
    assert _checkable(text)


@pytest.mark.parametrize("text", [
    "Russian milbloggers claimed that Russian forces seized Udachne on Monday.",
    "ISW cannot independently verify the claim that the strikes damaged 41 aircraft on June 1.",
    "The fighters are probably from a unit based at Suixi.",
    "Fact Check: Old video falsely shared as Russian strike on Odesa port",
    "Viral image of a submarine near Visakhapatnam is AI-generated",
    "A second, larger amphibious ship is being designed at the Istanbul Naval Shipyard.",
    "Berlin approved the purchase of eight frigates in June.",
    "The navy plans to buy a Chinese-built submarine.",  # "-built" is an adjective, not a ship built
    "Frigate Steel Cut Set For Kiel",
    "The military expects another missile test in May.",
    "Insurers expect war-risk premiums to fall in July.",
    "The visit ends on Monday.",
    "Greek authorities banned such transfers in Laconian Gulf in 2024.",
])
def test_reported_guessed_debunked_or_planned_is_not_checkable(text):
    assert not _checkable(text)
