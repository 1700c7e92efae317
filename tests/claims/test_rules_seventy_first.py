"""Session 47 (issue 11): rules written after the seventy-first held-out set's first scoring (Boko Haram's raid on
Maiduguri's air force base, December 2013; France's bases in Chad handed over, December 2024 – January 2025) — each
case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2025, 1, 15)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # the French bases in Chad under the names reports give them, at the airports they stood on; a base (not a naval
    # one) in a town the airfield a list calls "<town> base"
    ("Troops left the base in Faya on Monday.", [["Faya Largeau Airport"]]),
    ("The base at Faya-Largeau was handed over.", [["Faya Largeau Airport"]]),
    ("The naval base at Baltiysk closed.", [["Baltiysk"]]),
    ("France hands over Abeche base.", [["France", "Abeche Airport"]]),
    ("France handed over the Sergent Adji Kossei air base.", [["France", "N'Djamena International Airport"]]),
    ("Officials in Faya said so.", [["Faya-Largeau"]]),
    # "the capital" is the capital of the country the sentence's own place is in, not the latest capital named
    ("N'Djamena ended its agreement with Paris. French troops left the base in Faya and headed to the capital.",
     [["N'Djamena", "Paris"], ["Faya Largeau Airport", "N'Djamena"]]),
    # a country keeping troops "in the country" keeps them in another: the country of the sentences before
    ("Officials in N'Djamena spoke. France had around 1,000 troops in the country.", [["N'Djamena"], ["France", "Chad"]]),
    ("France had around 1,000 troops in the country.", [["France"]]),
    # a town named like the airbase named before is the town where it is a capital or has an airport of its own
    ("Boko Haram attack Maiduguri airbase\n\nA curfew was imposed in Maiduguri, and its civilian airport was closed.",
     [["Maiduguri International Airport"], ["Maiduguri", "Maiduguri International Airport"]]),
    ("Boko Haram attack Maiduguri airbase\n\nA state of emergency covers Borno state, of which Maiduguri is the capital.",
     [["Maiduguri International Airport"], ["Borno", "Maiduguri"]]),
    ("Boko Haram attack Maiduguri airbase\n\nTwo helicopters burned at Maiduguri.",
     [["Maiduguri International Airport"], ["Maiduguri International Airport"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # aircraft counted apart beside helicopters counted apart are aircraft of another kind; boats beside submarines
    # are the submarines
    ("Three disused aircraft and two helicopters were damaged.", ["unknown aircraft", "helicopter"]),
    ("Two helicopters and three decommissioned military aircraft were damaged.", ["helicopter", "unknown aircraft"]),
    ("Taiwan operates two Hai Lung-class submarines and two World War II-era boats used for training.", ["submarine"]),
    # fighters repelled are people
    ("The fighters had been repelled and had suffered serious casualties.", []),
    ("Two fighters were seen at the base.", ["fighter"]),
])
def test_objects(text, expected):
    assert [o.cls for o in analyses(text, _PUBLISHED)[0].objects] == expected


@pytest.mark.parametrize(("text", "checkable"), [
    # a base handed over is there to see; a letter handed over is not
    ("France hands over first military base in Chad", True),
    ("French military base in Chad handed over after end of defence agreement", True),
    ("France hands over a letter to Chad", False),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[-1].checkable is checkable
