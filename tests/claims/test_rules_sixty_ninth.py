"""Session 46 (issue 11): rules written after the sixty-ninth held-out set's first scoring (Germany's air transport
base at Termez in Uzbekistan, 2005–2023; the RSF's drones on El Obeid, 2025–2026) — each case a sentence written for
the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2023, 3, 29)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # the Termez base under the names the Bundeswehr and the press give it; Karshi-Khanabad by its name alone
    ("Planes landed at Termiz airport.", [["Termez Airport"]]),
    ("Germany closed the Strategic Air Transport Base Termez.", [["Germany", "Termez Airport"]]),
    ("The Termez base has been in use since 2001.", [["Termez Airport"]]),
    ("The American air base at Karshi-Khanabad closed in 2005.", [["Karshi Khanabad Airport"]]),
    # a force's name "in" a country is an organisation (as "the African Union Mission in Somalia"); a force in a
    # country is there
    ("The International Security Assistance Force in Afghanistan used the base.", [[]]),
    ("Troops of the peacekeeping force in Afghanistan rotated.", [["Afghanistan"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an aircraft maker's troop transport is an aircraft; a troop transport alone is a ship
    ("Soldiers changed from Airbus troop transports into helicopters.", ["cargo aircraft", "helicopter"]),
    ("A troop transport docked at Tartus.", ["landing ship"]),
])
def test_objects(text, expected):
    assert [o.cls for o in analyses(text, _PUBLISHED)[0].objects] == expected


@pytest.mark.parametrize(("text", "checkable"), [
    # an airport modernised is construction to look at (an economy is not)
    ("Germany helped to modernise the airport in Termiz on Tuesday.", True),
    ("Germany helped to modernise its economy on Tuesday.", False),
    # daily strikes over weeks are a tally; one day's strikes a claim
    ("The RSF hit El Obeid with daily drone strikes for weeks.", False),
    ("The RSF hit El Obeid with drone strikes on Monday.", True),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[0].checkable is checkable
