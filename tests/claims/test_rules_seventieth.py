"""Session 47 (issue 11): rules written after the seventieth held-out set's first scoring (Kufra airport in
south-eastern Libya, 2016–2026: its runways, its flights resumed, the RSF's airbridge through it) — each case a
sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 6, 12)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # Kufra's airport under the spellings reports give it; the town by its own name and spelling (GeoNames' Al Jawf)
    ("Work began at Al Kufrah Airport.", [["Kufra Airport"]]),
    ("Kafrah Airport will close for a month.", [["Kufra Airport"]]),
    ("Supplies went through the Kufrah airstrip.", [["Kufra Airport"]]),
    ("Kufra municipality spoke.", [["Kufra"]]),
    ("Twelve cargo landings were counted at Kufrah.", [["Kufra"]]),
    # La Abraq's airport by the name the Libya Herald gives it
    ("The first flight came from Labrak.", [["La Abraq Airport"]]),
    # "the airstrip" is the airstrip named before, past the town named since (as "the airfield")
    ("Supplies went through the Kufrah airstrip. An Il-76 flew to Kufrah on Monday. Two more landed at the airstrip.",
     [["Kufra Airport"], ["Kufra"], ["Kufra Airport"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an Il-76 under its maker's hyphenated name, an Ilyushin by its maker alone: the airlifter
    ("One Ilyushin-76 flew to Kufrah from Dubai.", ["cargo aircraft"]),
    ("Two Ilyushin planes landed at the airstrip.", ["cargo aircraft"]),
    # an airline called a carrier is no aircraft carrier; a carrier counted is one
    ("A weekly flight to Tripoli by the same carrier is planned.", []),
    ("Two carriers sailed from Norfolk.", ["warship"]),
])
def test_objects(text, expected):
    assert [o.cls for o in analyses(text, _PUBLISHED)[0].objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a flight "planned from Sunday" is the Sunday to come; one that "landed on Sunday" the Sunday before
    ("A weekly flight to Tripoli is planned from Sunday.", ["2024-06-16|day"]),
    ("A weekly flight to Tripoli landed on Sunday.", ["2024-06-09|day"]),
])
def test_dates(text, expected):
    assert [f"{d.label}|{d.precision}" for d in analyses(text, _PUBLISHED)[0].dates] == expected


@pytest.mark.parametrize(("text", "checkable"), [
    # a transport minister's talks are no transport
    ("The transport minister held talks in Tripoli about restarting Sebha airport.", False),
    ("Trucks transported fuel to Sebha airport on Monday.", True),
    # flights counted at a place are there to see; flights counted with no place are not
    ("Analysts identified at least 105 cargo landings at Kufrah between April 1 and November 1.", True),
    ("Analysts identified at least 105 cargo landings between April 1 and November 1.", False),
    # runway work under way, its end expected, is construction to look at; work only planned is not
    ("Kufra Airport was closed. Workers are rehabilitating a section of it, and the work is expected to be finished "
     "within a month.", True),
    ("Kufra Airport was closed. Workers are expected to rehabilitate a section of it within a month.", False),
    ("The spokesman said maintenance work had begun on the runway at Kufra Airport.", True),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[-1].checkable is checkable
