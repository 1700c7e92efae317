"""Session 45 (issue 11): rules written after the sixty-sixth held-out set's first scoring (Kulbakino airfield retaken
in 2022, the fight for Wadi Saeedna air base in 2023, rockets at six Israeli air bases in 2021, al-Shabaab's attack on
Baledogle in 2019, explosions at Melitopol's airfield in 2022, Mukalla's Riyan airport reopened in 2016 and 2019) —
each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2022, 9, 7)  # a Wednesday


@pytest.mark.parametrize(("text", "expected"), [
    # air bases no list has, and a listed one by its name alone
    ("Ukrainian troops held the Kulbakino airfield.", [["Kulbakino air base"]]),
    ("Shells fell on Wadi Sayedna air base.", [["Wadi Seidna air base"]]),
    ("Drones flew from Balidogle airport.", [["Baledogle air base"]]),
    ("Rockets were fired at the Palmachim and Hatzor bases.", [["Palmachim air base", "Hatzor Air Base"]]),
    # regions by their English names
    ("Fighting went on in the Lower Shabelle region.", [["Shabeellaha Hoose"]]),
    ("Troops patrolled the Hadramaut coast.", [["Ḩaḑramawt"]]),
    # an airfield in a town "Russian-occupied": the town's air base
    ("Explosions were heard at the airfield in Russian-occupied Melitopol.", [["Melitopol air base"]]),
    # a demonym before a people's forces or officials, not Ethiopia's Somali region
    ("Somali commandos guarded Mogadishu.", [["Mogadishu"]]),
    ("A Somali security official spoke in Mogadishu.", [["Mogadishu"]]),
    # an organisation of a country, no place
    ("The US Defense Secretary toured the Nevatim air base.", [["Nevatim Air Base"]]),
    ("A plane of the Emirates Red Crescent landed in Aden.", [["Aden"]]),
    # the river, not Sudan's River Nile state (the state is "River Nile state")
    ("Fighters tried to cross the River Nile near Khartoum.", [["Khartoum"]]),
    ("Drones struck Atbara in River Nile state.", [["Atbara", "River Nile"]]),
    # a town's mayor before his name: the town (a region's governor is not the city's)
    ("Melitopol Mayor Ivan Fedorov spoke on television.", [["Melitopol"]]),
    ("Saratov Governor Roman Busargin spoke on television.", [[]]),
    # a town's possessive with its Arabic article: the town and its airport
    ("Troops patrolled al-Mukalla's airport.", [["Mukalla", "Mukalla International Airport"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_a_headlines_airport_in_a_town_is_the_one_the_report_names():
    text = "Soldiers retook airport in Mykolaiv\n\nThey retook the Kulbakino airfield in Mykolaiv on Tuesday."
    assert place_names(text, _PUBLISHED) == [["Kulbakino air base"], ["Kulbakino air base", "Mykolayiv"]]


def test_a_base_near_the_capital_is_the_one_named_before():
    text = "The army held the Wadi Seidna air base. Rebels tried to advance on its main air base near the capital, Khartoum."
    assert place_names(text, _PUBLISHED)[-1] == ["Khartoum", "Wadi Seidna air base"]


def test_any_of_its_bases_refers_to_none():
    text = "Rockets were fired at Ramon air base. The army said no rocket had hit any of its air bases."
    assert place_names(text, _PUBLISHED)[-1] == []


def test_the_military_town_is_the_base_named_before():
    text = "Explosions hit the Melitopol airfield. Mayor Fedorov said. Wrecked helicopters were removed from the " \
        "military town."
    assert place_names(text, _PUBLISHED)[-1] == ["Melitopol air base"]


@pytest.mark.parametrize(("text", "checkable"), [
    # a base taken back, fought for or advanced on
    ("The Kulbakino airport has been taken back.", True),
    ("The army fights to keep the Wadi Seidna air base.", True),
    ("Rebels tried to advance on the Wadi Seidna air base.", True),
    # a headline's attack on an unnamed base or airstrip
    ("Militants attack US military base in Africa", True),
    ("Al-Shabaab strikes US drone airstrip", True),
    # an airport opened again; a unit training at the base
    ("Yemen's Mukalla airport opens after two years", True),
    ("US special forces train Somali commandos at the base in Baledogle.", True),
    # history, a denial, a headline's toll
    ("The Hatzor base is an airport built by British forces in 1942.", False),
    ("The army said there was no indication that rockets hit Nevatim on Tuesday.", False),
    ("US airstrikes kill 10 militants after attack on airfield", False),
    # controls: a headline naming no base; a sentence's (not a headline's) attack on an unnamed base
    ("Militants attack army convoy", False),
    ("Militants said they would attack a military base.", False),
])
def test_checkable(text, checkable):
    assert any(a.checkable for a in analyses(text, _PUBLISHED)) is checkable
