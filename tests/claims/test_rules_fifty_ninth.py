"""Session 41 (issue 11): rules written after the fifty-ninth held-out set's first scoring (the Taftanaz base taken
in 2013, the Shindand base rebuilt in 2011, the Deir ez-Zor airport surrounded in 2015 and 2017) — each case a
sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2016, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # the Taftanaz base, in no list, under the names reports give it
    ("Helicopters flew from the Taftanaz military airport.", [["Taftanaz Air Base"]]),
    ("Jets bombed Taftanaz base after its fall.", [["Taftanaz Air Base"]]),
    # Deir ez-Zor as The New Arab and AFP spell it, and its governorate
    ("Shells fell on the city of Deir az-Zour.", [["Deir ez-Zor"]]),
    ("Convoys left Deir al-Zour province.", [["Dayr az Zawr"]]),
    # a town's name of several words before an installation's kind: its listed airfield, under its own name too
    ("Jets landed at the Deir ez-Zor military airbase.", [["Deir ez-Zor Airport"]]),
    ("Jets landed at the Deir Ezzor military airbase.", [["Deir ez-Zor Airport"]]),
    ("Jets landed at the Nizhny Novgorod military airfield.", [["Nizhny Novgorod International Airport"]]),
    # controls: the town alone stays the town; a one-word town keeps its rule
    ("Shells fell on Deir Ezzor.", [["Deir ez-Zor"]]),
    ("Militants surrounded the Mosul military airbase.", [["Mosul International Airport"]]),
])
def test_installations_and_spellings(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a country named before "military airport" is where it is, not an army's name
    ("Militants attacked an east Syria military airport.", [["Syrian Arab Republic"]]),
    # control: a country's military is an organisation
    ("The Syria military said nothing.", [[]]),
])
def test_a_country_before_military_airport(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_a_town_airbase_no_list_has_is_the_named_base_by_that_town():
    text = ("Rebels capture key Idlib airbase\n\n"
            "Opposition fighters overran the Taftanaz airbase on Friday after weeks of fighting.")
    assert place_names(text, _PUBLISHED) == [["Taftanaz Air Base"], ["Taftanaz Air Base"]]


def test_a_town_airbase_no_list_has_stays_so_without_a_named_base_nearby():
    # control: no other airfield named in the report: the base at the town, as before
    assert place_names("Rebels capture key Idlib airbase.", _PUBLISHED) == [["Idlib air base"]]


@pytest.mark.parametrize(("text", "people"), [
    ("Fighters from the al-Qaida-linked Nusra Front broke into the base.", True),
    ("Hours after the fighters took the base, jets bombed it.", True),  # the fighters are people (the jets aircraft)
    ("Heavy fighting has left 34 fighters dead.", True),
    # controls: fighters from a place, or a team of aircraft, are aircraft
    ("Fighters from Kubinka escorted the bombers.", False),
    ("Four fighters from the Russian Knights landed at the base.", False),
])
def test_fighters_who_are_people(text, people):
    fighters = [o for a in analyses(text, _PUBLISHED) for o in a.objects
                if o.cls == "fighter" and o.text.lower().startswith("fighter")]
    assert (not fighters) == people


@pytest.mark.parametrize(("text", "checkable"), [
    ("IS militants encircle key Deir az-Zour airbase.", True),
    ("The militants closed in on the airbase at Deir ez-Zor on Monday.", True),
    ("The gains cut the airport off from the city of Deir ez-Zor on Monday.", True),
    ("Rebels are now in full control of the Taftanaz air base.", True),
    ("Many soldiers fled the Taftanaz base at dawn.", True),
    ("On Monday the group took control of a key area around a military airbase in Deir ez-Zor.", True),
    ("Rebels broke into it on Wednesday evening.", True),
    # an act with its toll after a comma; the toll of another event in a relative clause is no act's
    ("Islamists have taken several checkpoints around the Deir ez-Zor airport, and fighting has left 34 dead.", True),
    ("ISIS attacks east Syria military airport, 34 killed.", True),
    ("A car bomb in Damascus, which killed 12, was condemned.", False),
    # a rank among its kind, and a view of a place, are no sight
    ("Rebels said Taftanaz was the largest helicopter base in northern Syria.", False),
    ("The Deir ez-Zor airport is seen as central to the air war.", False),
    # control: a rank said of an act stays the act's
    ("Jets struck the Taftanaz air base on Friday.", True),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[0].checkable is checkable


@pytest.mark.parametrize("text", ["Two fighters took off from the Taftanaz base.", "Fighters took off at dawn."])
def test_fighters_that_take_off_are_aircraft(text):
    # control: "took" is a base taken, "took off" a flight
    assert "fighter" in [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects]
