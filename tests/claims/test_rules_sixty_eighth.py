"""Session 46 (issue 11): rules written after the sixty-eighth held-out set's first scoring (the RSF's drones on
Atbara's airport, artillery base and power station, mortars on Galkayo's airport, Bosaso's airport under its several
names, 2008–2025) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 9, 17)  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    # Somalia's airports under the names reports give them, the towns' spellings, the Bari region; Sudan's Merowe Dam
    ("Planes landed at Bandar Qassim International Airport.", [["Bosaso Airport"]]),
    ("Flights were diverted to Egal International in Hargeisa.", [["Egal International Airport", "Hargeisa"]]),
    ("Shells hit Aden Abdulle International Airport.", [["Aden Adde International Airport"]]),
    ("Mortars hit Galkayo airport.", [["Galcaio Airport"]]),
    ("Galkayo lies in central Somalia.", [["Gaalkacyo", "Somalia"]]),
    ("Flights link Bossaso with Sharjah.", [["Bosaso", "Sharjah"]]),
    ("The airport lies in the Bari region.", [["Bari region"]]),
    ("Drones were aimed at the Merowe Dam.", [["Merowe Dam"]]),
    # a town's named area is a neighbourhood, no place (a province's is: h1051's "the Al-Hawban area of Taiz
    # Governorate")
    ("Drones hit the Al-Souq area of Kassala.", [["Kassala"]]),
    ("Jets struck the Al-Hawban area of Taiz Governorate.", [["Al-Hawban", "Tāʻizz"]]),
    # Sudan's River Nile state by "province" too; the river stays water
    ("Fighting reached River Nile province.", [["River Nile"]]),
    ("Troops crossed the River Nile.", [[]]),
    # a region's administration is its government, no place (the head of a city's administration names the city)
    ("The Puntland administration said the airport was safe.", [[]]),
    ("This was said by Vitaly Kim, head of the Mykolaiv military state administration.", [["Mykolayiv"]]),
    # a dateline with the country and the date and no comma between is no place of the claim
    ("BOSASO, Somalia June 2 (Garowe Online) – Residents heard blasts in Garowe on Sunday.", [["Garowe"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_the_dateline_without_a_comma_dates_nothing_in_the_claim():
    text = "BOSASO, Somalia June 2 (Garowe Online) – Residents heard blasts in Garowe on Sunday."
    assert [(d.label, d.precision) for d in analyses(text, _PUBLISHED)[0].dates] == [("2024-09-15", "day")]


def test_the_capital_is_the_countrys_when_none_was_named():
    text = "Sudan's army spoke on Friday. Drones hit Kassala, a city east of the capital."
    assert place_names(text, _PUBLISHED)[1] == ["Kassala", "Khartoum"]


def test_a_city_named_as_a_provinces_capital_is_the_capital_meant():
    text = "Iraq's army advanced. He called on the people of Nineveh province, of which Mosul is the capital, to rise."
    assert place_names(text, _PUBLISHED)[1] == ["Nīnawá", "Mosul"]


def test_its_airport_after_the_citys_is_the_citys():
    text = "Drones hit Kassala. They were aimed at the city's army base and its airport."
    assert sorted(place_names(text, _PUBLISHED)[1]) == ["Kassala", "Kassala Airport"]


def test_the_airport_next_to_an_unnamed_base_is_the_one_named_before():
    text = "Airlines avoided Bosaso Airport. The army has a base next to the airport."
    assert place_names(text, _PUBLISHED)[1] == ["Bosaso Airport"]


@pytest.mark.parametrize(("text", "checkable"), [
    # repeated fire is a tally; one day's fire is a claim
    ("Kassala has been hit by repeated drone fire this month.", False),
    ("Kassala was hit by drone fire on Monday.", True),
    # what people believe happened is no sight
    ("Witnesses believe the shells were fired from the east of Kassala.", False),
    # a refusal to land is no flight there; a landing is
    ("Several airlines refused to land at Kassala Airport on Monday.", False),
    ("Several airlines landed at Kassala Airport on Monday.", True),
    # a permission or a possibility is no aircraft there
    ("Large aircraft can now use Kassala Airport.", False),
    ("Kassala Airport is the only place where planes can divert in an emergency.", False),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[0].checkable is checkable
