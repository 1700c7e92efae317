"""Session 42 (issue 11): rules written after the sixty-first held-out set's first scoring (the Al-Watiya air base
taken in 2020, the Mitiga airport shelled in 2019–2020, the Goma airport seized in 2012, rockets on the Balad air base
in 2021–2022) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2020, 5, 18)  # a Monday


@pytest.mark.parametrize(("text", "expected"), [
    # the Balad air base by the names reports give it (airportsdata: "Balad Southeast Air Base", 20 km from the town)
    ("Rockets hit Balad Air Base overnight.", [["Balad Southeast Air Base"]]),
    ("Three rockets struck the Al-Balad airbase.", [["Balad Southeast Air Base"]]),
    # the Al-Watiya base, in no list
    ("Government forces entered Al-Watiya on Monday.", [["Al-Watiya Air Base"]]),
    ("Drones struck the Al-Watiyah Airbase.", [["Al-Watiya Air Base"]]),
    # towns and cities under the names wire copy writes
    ("The forces retook towns including Sabratha and Surman.", [["Şabrātah", "Şurmān"]]),
    ("A flight from Medina in Saudi Arabia landed.", [["Madinah", "Saudi Arabia"]]),
    ("Pilgrims returned from Mecca.", [["Makkah"]]),
    # the Congo of Kinshasa, not of Brazzaville
    ("Rebels in the Democratic Republic of Congo seized the town.", [["Congo, The Democratic Republic of the"]]),
    ("DR Congo rebels seized the town.", [["Congo, The Democratic Republic of the"]]),
    # control: the Republic of the Congo keeps its name
    ("A ship docked in the Republic of the Congo.", [["Congo"]]),
])
def test_names_reports_write(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_a_dateline_with_the_time_filed_is_no_place():
    text = "BEIRUT, LEBANON (1:10 P.M.) – Government forces captured the Al-Watiyah Airbase."
    assert place_names(text, _PUBLISHED) == [["Al-Watiya Air Base"]]


def test_a_towns_unnamed_airport_is_the_airport_the_report_names_by_it():
    text = ("Flights at Tripoli airport remain suspended\n\n"
            "Rockets fell on the only working airport in the Libyan capital on Friday.\n\n"
            "The management of Mitiga airport suspended flights.")
    assert place_names(text, _PUBLISHED) == [["Mitiga Airport"], ["Mitiga Airport"], ["Mitiga Airport"]]


@pytest.mark.parametrize(("text", "town"), [
    # controls: with no airport named, the city stays the city; a named airport's town stays the town
    ("Rockets fell on the only working airport in the Libyan capital on Friday.", "Tripoli"),
    ("Israeli jets struck the Mezzeh military airport in Damascus.", "Damascus"),
])
def test_a_towns_airport_without_one_named_stays_the_town(text, town):
    assert town in place_names(text, _PUBLISHED)[0]


def test_the_capital_is_the_capital_named_as_a_landmark():
    text = ("Forces took the base, about 130 km southwest of Tripoli.\n\n"
            "In April, they regained control of the coast from the capital to the border.")
    assert place_names(text, _PUBLISHED)[1] == ["Tripoli"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The forces announced minutes ago that they had captured the base.", ["2020-05-18|day"]),
    ("A few moments ago the ship left port.", ["2020-05-18|day"]),
])
def test_minutes_ago_is_the_day_of_publication(text, expected):
    assert [f"{d.label}|{d.precision}" for a in analyses(text, _PUBLISHED) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "checkable"), [
    # an airport's flights stopped or started again; a base under someone's control, or announced so
    ("Flights were briefly suspended on Saturday at Mitiga airport.", True),
    ("Officials had halted air navigation at Mitiga airport on Friday.", True),
    ("Flights resumed at Mitiga airport around midday.", True),
    ("Flights suspended at Libya airport", True),
    ("The Goma airport is under the control of the M23, an official said on Tuesday.", True),
    ("Al-Juwaili announces GNA control of Al-Watiya base", True),
    # rockets with no losses: the landing is the claim
    ('The rockets landed at Balad Air Base and caused no "significant losses," the cell said.', True),
    # a base's past, a history of attacks, a habit, an attempt: no sight
    ("Mitiga, east of Tripoli, is a former military airbase that has served civilian traffic since 2014.", False),
    ("Mitiga has been targeted before in fighting between the two sides.", False),
    ("Troops sometimes visit Balad Air Base on short trips.", False),
    ("The GNA has been trying to capture the Al-Watiya base for a month.", False),
    # controls: a civilian airport's flights halted by another place's incident; rockets that killed
    ("The civilian airport in the Volgograd region briefly halted flights because of an incident at Marinovka.", False),
    # control: ground taken around a base is no flight grounded (nowhere said but the country: no sight)
    ("Troops took control of the ground around an air base in Syria.", False),
    ("The rockets hit Balad Air Base and killed two soldiers.", False),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[0].checkable is checkable
