"""Session 36 (issue 11): rules written after the forty-seventh held-out set's first scoring (the attack on Bamako
airport, the drones at Erbil) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 9, 19)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants stormed Bamako airport before dawn.", [["Senou Airport"]]),
    ("Militants stormed the airport in Bamako before dawn.", [["Senou Airport"]]),
    ("Flights resumed at Enugu airport.", [["Akanu Ibiam International Airport"]]),
    # control: a city with an air base of its own is not the nearest airport's
    ("Jets hit Nur Khan Air Base in Rawalpindi.", [["Nur Khan Air Base", "Rawalpindi"]]),
])
def test_a_city_s_airport_filed_under_its_village_is_found_by_the_city_s_name(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_iraq_s_kurdistan_region_is_a_place_and_iraq_after_it_too():
    assert place_names("Drones struck near Erbil in the Kurdistan region of Iraq.", _PUBLISHED) == \
        [["Erbil", "Kurdistan Region", "Iraq"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones attacked the base on September 11. Earlier in the day, blasts were heard near it.",
     [["2021-09-11"], ["2021-09-11"]]),
    ("Drones attacked the base on September 11. Later in the evening, sirens sounded.", [["2021-09-11"], ["2021-09-11"]]),
    # control: the tuning set dates no "later in the morning"
    ("An oil slick was seen on October 20. Another was seen later in the morning.", [["2021-10-20"], []]),
])
def test_earlier_or_later_in_the_day_is_the_anchor_s_day(text, expected):
    assert [[d.label for d in a.dates] for a in analyses(text, date(2021, 10, 22))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Attackers set fire to the presidential Boeing 737-700.", ["airliner"]),
    ("An Airbus A320 was parked on the apron.", ["airliner"]),
    ("They also damaged a Beechcraft 1900D turboprop.", ["unknown aircraft"]),
    ("A Cessna 208B Grand Caravan aircraft flew over the shoal.", ["unknown aircraft"]),  # one, not two
    ("Boeing said its profits rose.", []),  # control: the maker alone
])
def test_an_aircraft_named_by_maker_and_model_is_an_object(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [o.cls for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The aircraft was doing humanitarian work for the World Food Programme.", [False]),
    ("A source said the attack had set off the C-RAM defence system at Erbil airport.", [False]),
    ("Erbil airport has been attacked several times in the past year.", [False]),
    ("Militias have stepped up attacks on US bases in Iraq since January.", [False]),
    ("The aircraft was damaged at Bamako airport.", [True]),  # controls
    ("The attack set off sirens and destroyed a hangar at Erbil airport.", [True]),
    ("Drones attacked Erbil airport on Sunday.", [True]),
])
def test_a_role_an_alarm_and_a_tally_of_attacks_are_no_sight(text, expected):
    assert _checkable(text) == expected
