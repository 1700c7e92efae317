"""Session 42 (issue 11): rules written after the sixtieth held-out set's first scoring (drones on the Khanskaya
airfield, Iskander strikes on the Myrhorod airfield, the Palmyra airport after its recapture, the Nizhyn air base on
fire) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 7, 2)


@pytest.mark.parametrize(("text", "expected"), [
    # Palmyra is GeoNames' Tadmur; its airport keeps its own name
    ("Shells fell on Palmyra.", [["Tadmur"]]),
    ("A transport landed at the Palmyra airport.", [["Palmyra Airport"]]),
    # Russia's republics by "Republic of …" (no town called "Republic"), Ukraine's other oblasts by their English names
    ("Drones hit an airfield in Russia's Republic of Adygea.", [["Russian Federation", "Adygeya, Respublika"]]),
    ("Blasts were heard in Poltava region.", [["Poltavska oblast"]]),
    ("Blasts were heard in Zhytomyr Oblast.", [["Zhytomyrska oblast"]]),
    # control: the city keeps its name
    ("Blasts were heard in Poltava.", [["Poltava"]]),
])
def test_names_reports_write(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an armed force's unnamed base at a town no list has a base at: an unlisted base named after the town
    ("A fire broke out at the Ukrainian Armed Forces air base in Nizhyn.", [["Nizhyn air base"]]),
    # a place said to be an air base: its listed airfield, not the village of that name
    ('"Khanskaya is a military airfield in Adygea," the channel wrote.', [["Khanskaya Airport", "Adygeya, Respublika"]]),
    # controls: a place said to be a town or a city stays so
    ("Lida is a city in Belarus.", [["Lida", "Belarus"]]),
])
def test_air_bases_named_by_their_town(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_a_town_said_to_have_an_airfield_names_it_too():
    text = ("Explosions were reported in the city of Mirgorod in Poltava Region, which has a large military airfield.\n\n"
            "Video showed the Mirgorod airfield.")
    assert place_names(text, _PUBLISHED)[0] == ["Myrhorod", "Myrhorod Air Base", "Poltavska oblast"]


def test_a_town_said_to_have_an_airfield_with_none_named_has_its_listed_one():
    text = "Explosions were reported in Mirgorod, which has a large military airfield."
    assert place_names(text, _PUBLISHED) == [["Myrhorod", "Myrhorod Air Base"]]


def test_its_airport_after_a_town_is_that_towns():
    text = "The ancient city of Palmyra is celebrating, while on the outskirts of its airport a battle goes on."
    assert place_names(text, _PUBLISHED) == [["Tadmur", "Palmyra Airport"]]


def test_the_airport_beside_a_town_whose_airport_was_named_is_that_airport():
    text = ("Troops were at the Palmyra airport on Monday.\n\n"
            "The road from Palmyra to the airport has not been cleared.\n\n"
            "Losing the airport would have put Palmyra's security at risk.\n\n"
            "The airport area is flattened.")
    assert place_names(text, _PUBLISHED) == [["Palmyra Airport"], ["Tadmur", "Palmyra Airport"],
                                             ["Tadmur", "Palmyra Airport"], ["Palmyra Airport"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops drove the militants from the airport a couple of days ago.", ["2024-06-30|day"]),
    ("The tanker left a couple of weeks ago.", ["week of 2024-06-18|week"]),
])
def test_a_couple_of_days_ago(text, expected):
    assert [f"{d.label}|{d.precision}" for a in analyses(text, _PUBLISHED) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "aircraft"), [
    ("The first wave was Geran-2 drones, and Geran-3 jet drones joined in later.", False),
    ("Russia used Geran-3 jet-powered kamikaze drones in the attack.", False),
    # controls: a jet is an aircraft
    ("A jet landed at the base.", True),
    ("Israeli jets struck the port.", True),
])
def test_jet_drones_are_no_aircraft(text, aircraft):
    assert bool([o for a in analyses(text, _PUBLISHED) for o in a.objects]) is aircraft


@pytest.mark.parametrize(("text", "checkable"), [
    # a headline strike on an unnamed airfield of a country or a region
    ("WATCH Russian military strike Ukrainian airfield", True),
    ("Russian Air Force Strikes on Airfield in Chernihiv Region Cause Extensive Fire", True),
    # a battle at an airport's edge; a correspondent there with troops; a unit a base is home to
    ("The city of Palmyra is celebrating, while on the outskirts of its airport a real battle goes on.", True),
    ("A correspondent was at the Palmyra airport with a group of Syrian special forces.", True),
    ('"Khanskaya is a military airfield in Adygea, home to a training unit," the channel wrote.', True),
    # a dated attack stays checkable with a guess in a later clause
    ("Russia came under drone attack on the night of June 29, and an airfield in Adygea may have been hit.", True),
    # a campaign over time, strikes not placed, deliveries awaited: no sight
    ("Ukraine has struck a number of air bases to weaken the Russian Air Force.", False),
    ("The ministry said on Wednesday it had struck military targets, including an airbase, without saying where.",
     False),
    ("The strikes come as Kyiv awaits F-16 fighter jets from Belgium.", False),
    # controls: a video of a strike geolocated is no sight; a guess alone is none; one day's strikes on bases are
    ("We geolocated a video of a drone strike on a Russian air base.", False),
    ("An airfield in Adygea may have been hit on June 29.", False),
    ("The Indian Air Force struck several Pakistani airbases on 10 May.", True),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[0].checkable is checkable
