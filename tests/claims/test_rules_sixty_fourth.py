"""Session 43 (issue 11): rules written after the sixty-fourth held-out set's first scoring (drone strikes on Misrata's
air college in 2019, Kinzhal missiles on the Ozerne air base in 2025, drones over Khartoum's airport in 2025) — each
case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2025, 10, 24)  # a Friday


@pytest.mark.parametrize(("text", "expected"), [
    # the city under the name wire copy writes (not airportsdata's "Misrata" at its airport's point)
    ("Explosions were heard across Misrata.", [["Misratah"]]),
    # the air force academy on the airport's military side, by its names and "in" its town
    ("Drones struck the Misrata Air College overnight.", [["Misrata International Airport"]]),
    ("The air college in Misrata was attacked.", [["Misrata International Airport"]]),
    # a possessive town before its installation is named too
    ("Drones struck Misrata's air college.", [["Misratah", "Misrata International Airport"]]),
    # Russian and Arabic spellings
    ("Missiles hit the Ozernoye airfield.", [["Ozerne air base"]]),
    ("A drone struck a market in Al Fasher.", [["El Fasher"]]),
    ("A drone strike hit the town of Murzuq.", [["Murzuk"]]),
    ("Jets took off from the Al-Jufra Airbase.", [["Al Jufra air base"]]),
    # controls
    ("Flights landed at Misrata Airport.", [["Misrata International Airport"]]),
    ("Troops gathered in Zhytomyr.", [["Zhytomyr"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_the_air_college_refers_back():
    text = "Drones struck the Misrata Air College. Fires burned inside the Air College."
    assert [p.place.name for p in analyses(text, _PUBLISHED)[-1].places] == ["Misrata International Airport"]


def test_the_base_of_a_countrys_government_is_no_reference():
    text = "Drones struck Misrata Airport. Misrata is seen as the main base of Libya's UN-backed government."
    assert "Misrata International Airport" not in [p.place.name for p in analyses(text, _PUBLISHED)[-1].places]


@pytest.mark.parametrize(("text", "expected"), [
    # a past clause's weekday before a plan as it stood: the latest such day
    ("The RSF began attacking the airport on Tuesday, just as it was due to reopen.", ["2025-10-21|day"]),
    # control: a future clause's weekday, the next one
    ("The ship will arrive on Tuesday.", ["2025-10-28|day"]),
])
def test_dates(text, expected):
    assert [f"{d.label}|{d.precision}" for a in analyses(text, _PUBLISHED) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "checkable"), [
    # attacks on an airport, its first flight after a closure
    ("The RSF began attacking Khartoum International Airport on Tuesday, just as it was due to reopen.", True),
    ("Khartoum International Airport received its first civilian passenger flight on Wednesday.", True),
    # drones intercepted flying over an airport, "the fourth day in a row of such attacks": a tally
    ("Air defences intercepted RSF drones flying over Khartoum International Airport on Friday, the fourth day in a "
     "row of such attacks.", False),
    # control: a drone launched from a country and intercepted stays what it was
    ("The Israeli Air Force intercepted a drone launched from Yemen over Eilat on Friday.", True),
])
def test_checkable(text, checkable):
    assert any(a.checkable for a in analyses(text, _PUBLISHED)) is checkable
