"""Session 24 (issue 11), each tested on sentences written for it, from the twenty-first held-out set's misses: a
nationality is no other spelling of a place ("the Libyan port" is no Libáň); a ship's name is looked for before
the place inside it ("the Bohai Zhu Zhu" is no Zhuzhou); "the port visit", "the island superstructure" refer to no
place; "Beirut's port" is the town (as "the port of Beirut"); a settlement after a town's possessive, far from it,
is a local name no list has; a country before a headline's verb in the present is a noun ("US reopens …"); a span's
end follows its start; "next Monday"; "planned for September"; coast guards by their initials; "transport dock";
a definite generic beside counted specific ships is a ship of its own; and what makes a sentence checkable or not
(a fact check's "Fact-check: No, …", "are closely tracking", "scheduled for delivery", "displaces 40,000 tonnes",
"could not find … in imagery", damage "but no crew member was injured", "water cannon", "geolocated the video",
"was not affected", "after protests")."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2026, 9, 15)  # a Tuesday


def _analyses(text: str, published: date = _PUBLISHED):
    return analyses(text, published)


def _places(text: str) -> list[list[str]]:
    return place_names(text, _PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("The cargo ship docked in the Libyan port of Tobruk on August 28.", ["Tobruk"]),
    ("Two of the ferries, the Bohai Zhu Zhu and the Zhonghua Fuxing, took part in drills near Pingtan.", ["Pingtan"]),
    ("The skyline in the video matches Beirut's port.", ["Beirut"]),
    ("Tartus's harbour was empty on Monday.", ["Ţarţūs"]),
    ("Imagery shows six ferries berthed at Xiamen's Dongdu port.", ["Xiamen"]),
    ("US reopens former Navy base in Puerto Rico", ["United States", "Puerto Rico"]),
    # controls: the installation written after the town, a possessive's own installation, a settlement near its
    # possessive town, a country as an adjective
    ("The Beirut port was hit on Monday.", ["Beirut port"]),
    ("Pyongyang's Sunan airport was busy on Monday.", ["Pyongyang", "Sunan International Airport"]),
    ("US forces gathered at Souda Bay.", ["Souda Bay naval base"]),
])
def test_places_of_one_sentence(text, expected):
    assert _places(text) == [expected]


@pytest.mark.parametrize("second", [
    "The port visit follows two weeks of flight operations in the Ionian Sea.",
    "Work on the carrier continues, with the island superstructure installed.",
    "The frigate was hit on its port side.",
])
def test_a_kind_word_qualifying_another_noun_refers_to_no_place(second):
    text = "The carrier arrived at Souda Bay on Sunday, beside the works on Changxing Island.\n" + second
    assert _places(text)[1] == []


def test_a_kind_word_alone_still_refers_back():
    text = "The carrier arrived at Souda Bay on Sunday.\nThe port was busy."
    assert _places(text) == [["Souda Bay naval base"], ["Souda Bay naval base"]]


def _dates(text: str, published: date = _PUBLISHED) -> list[str]:
    return [d.label for a in _analyses(text, published) for d in a.dates]


@pytest.mark.parametrize("text, expected", [
    # a past clause, but a span's end is not before its start
    ("The agency had issued a warning on Sept. 11 closing the area for drills until Sept. 18.",
     ["2026-09-11", "2026-09-18"]),
    ("I'll check again next Monday.", ["2026-09-21"]),
    ("He said on July 28 that the aircraft were taking part in joint drills planned for September.",
     ["2026-07-28", "2026-09"]),
    # controls: "until" without a start before it, in a past clause (a month ahead: last year's — a day up to a
    # week ahead is this year's since session 33); a past weekday
    ("The base was closed until Oct. 18.", ["2025-10-18"]),
    ("The ship left on Monday.", ["2026-09-14"]),
])
def test_dates(text, expected):
    assert _dates(text) == expected


def _objects(text: str) -> list[list[str]]:
    return [[o.cls for o in a.objects] for a in _analyses(text)]


@pytest.mark.parametrize("text, expected", [
    ("At least seven CCG vessels were monitored near the shoal.", ["warship"]),
    ("The transport dock USS San Antonio was anchored off Ceiba.", ["landing ship"]),
    ("Images show the ship moored at the pier alongside two Moudge-class frigates.", ["unknown vessel", "warship"]),
    # control: "the ship" after its own class is that ship, not another
    ("The frigate arrived on Monday and the ship moored at the pier.", ["warship"]),
])
def test_objects(text, expected):
    assert _objects(text) == [expected]


def _checkable(text: str) -> bool:
    (a,) = _analyses(text, date(2026, 9, 23))
    return a.checkable


@pytest.mark.parametrize("text, expected", [
    ("Fact-check: No, the US does not have zero aircraft carriers near Iran", False),
    ("South Korean and U.S. intelligence authorities are closely tracking the vessels' activities.", False),
    ("The remaining three ships, being built at Garden Reach Shipbuilders in Kolkata, are scheduled for delivery "
     "by the end of 2026.", False),
    ("The Type 076 displaces over 40,000 tonnes.", False),
    ("We could not find the Russian ships in imagery of the area from 2 and 3 March, but a destroyer was visible "
     "near Chabahar on 3 March.", True),
    ("The BFAR vessel sustained damage to its mast, but no crew member was injured.", True),
    ("PCG statement on China Coast Guard water cannon use at Bajo de Masinloc", True),
    ("We geolocated a video posted on a Telegram channel on August 30 to the quay at Tobruk.", True),
    ("The CPC terminal near Novorossiysk, which handles Kazakh crude, was not affected.", True),
    ("Roosevelt Roads was closed in 2004 after protests over Navy bombing exercises on Vieques.", True),
    # controls: casualties, a denial of casualties alone, a ship tracking another, footage geolocated by others
    ("Two sailors were killed when the ship was hit at Sevastopol.", False),
    ("No crew were injured.", False),
    ("A U.S. Navy destroyer, the USS Truxtun, was tracking the submarine.", True),
    ("Russian forces advanced near Pokrovsk, according to geolocated footage published on February 27.", False),
    ("Ukraine protests the deployment of warships to Sevastopol.", False),
])
def test_checkable(text, expected):
    assert _checkable(text) is expected
