"""Session 43 (issue 11): rules written after the sixty-third held-out set's first scoring (the Merowe air base seized
and retaken in 2023, the Nyala airport struck and used for drones in 2024–2025, the Vasylkiv airfield destroyed and
Mykolaiv airport shelled in 2022, the battle for Benghazi's Benina airport in 2014) — each case a sentence written for
the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.headers import is_header_line
from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 6, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline with the date first and the city in brackets says where the report was filed, no place of the claim
    ("June 9, 2024 (KHARTOUM) – Troops seized the airport at Merowe on Sunday.", [["Merowe Airport"]]),
    # the spellings reports give Merowe, its airport and Vasylkiv
    ("Fighters left Meroe at dawn.", [["Merowe"]]),
    ("Soldiers gathered at Marawi Airport.", [["Merowe Airport"]]),
    ("Shells fell on Vasilkov overnight.", [["Vasylkiv"]]),
    # a state named by an English word, with its kind after it; the word alone stays no place
    ("Troops moved into the Northern State.", [["Northern State"]]),
    ("Northern forces advanced.", [[]]),
    # a town's airport under its name with "international" in the list's: "Mykolaiv airport"
    ("Missiles hit Kherson airport and Mykolaiv airport.",
     [["Kherson International Airport", "Mykolaiv International Airport"]]),
    # the airport beside a town is the airfield a list knows by the town's name (not the town)
    ("The battle for the airport near Vasylkiv goes on.", [["Vasylkiv air base"]]),
    ("Officials closed the airport east of Benghazi.", [["Benina International Airport"]]),
    # "the Kiev region" is the oblast, not the city
    ("An oil depot burned in the Kiev region.", [["Kyivska oblast"]]),
    # a news agency's acronym is no town
    ("Egypt's MENA agency reported clashes.", [["Egypt"]]),
    # controls: "the airport of" a town in a report naming none stays the town; a town alone stays the town
    ("Drones struck the port and the airport of Port Sudan.", [["Port Sudan"]]),
    ("Drones struck Benghazi.", [["Benghazi"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the airport" after a town named for its office, where the airport was named by the town before: the airport
    ("Missiles hit Mykolaiv International Airport. The Mykolaiv administration confirmed it. Missiles struck the "
     "airport again.", "Mykolaiv International Airport"),
    # "the RSF-controlled airport" refers back to the airport named before: a holder, not a name
    ("Drones were seen at Nyala Airport. Images show aircraft at the RSF-controlled airport.", "Nyala Airport"),
])
def test_the_airport_refers_back(text, expected):
    assert expected in [p.place.name for p in analyses(text, _PUBLISHED)[-1].places]


def test_the_airport_after_a_town_alone_stays_the_town():  # control: no airport named before
    assert [p.place.name for p in analyses("Shelling hit Mykolaiv. Missiles struck the airport.", _PUBLISHED)[-1].places] \
        == ["Mykolayiv"]


@pytest.mark.parametrize("line", ["Nyala, September (Darfur24)", "UNIAN, 27.02.22", "Sudan Events – Agencies"])
def test_bylines(line):
    assert is_header_line(line)


@pytest.mark.parametrize("line", ["Cargo plane lands at Nyala Airport", "Russia launched a missile strike."])
def test_headlines_are_no_bylines(line):  # controls
    assert not is_header_line(line)


@pytest.mark.parametrize(("text", "expected"), [
    # both days of "May 5 and 6" before a participle
    ("Satellite images from May 5 and 6 analysed by the lab show damage.", ["2024-05-05|day", "2024-05-06|day"]),
    # a group named after a day is no date
    ("Warplanes attacked the 17 February Brigade.", []),
    ("The 23 March Movement rebels took the town.", []),
    # controls: a count after a day list; a plain date
    ("On May 5 and 6 destroyers sailed.", ["2024-05-05|day"]),
    ("He arrived on 17 February.", ["2024-02-17|day"]),
])
def test_dates(text, expected):
    assert [f"{d.label}|{d.precision}" for a in analyses(text, _PUBLISHED) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "fighters"), [
    # an armed group's own fighters are people
    ("The RSF said the troops had surrendered to its fighters at the base in Merowe.", False),
    # control: an air force's fighters stay aircraft
    ("Poland scrambled its fighters over Rzeszow.", True),
])
def test_a_groups_own_fighters_are_people(text, fighters):
    assert ("fighter" in [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects]) is fighters


@pytest.mark.parametrize(("text", "checkable"), [
    # a base the scene of a battle, troops detained there, a base regained, an airport left or closed
    ("The airport at Merowe was the scene of a fierce battle in August.", True),
    ("On Saturday a video showed officers being detained at the Merowe air base.", True),
    ("Troops regained control of the air base at Merowe airport on Sunday.", True),
    ("RSF vehicles pulled out of Merowe Airport on Sunday.", True),
    ("Government closes Benina airport as clashes grow", True),
    # a battle with its toll after a colon
    ("The battle for Benina airport flared up again on Friday: at least 13 soldiers were killed.", True),
    # a run of attacks, a siege of weeks: no sight
    ("Port Sudan was hit by a series of drone attacks on critical infrastructure.", False),
    ("For weeks the positions in Benghazi have been under fire from air raids.", False),
    # controls: a toll alone; a single dated attack
    ("At least 13 soldiers were killed in Benghazi on Friday.", False),
    ("Drones struck Port Sudan airport on Sunday.", True),
])
def test_checkable(text, checkable):
    assert any(a.checkable for a in analyses(text, _PUBLISHED)) is checkable


def test_a_village_no_list_has_is_a_place_without_a_point():
    found = analyses("Rockets hit the oil depot in the village of Kryachky. Kryachky burned again.", _PUBLISHED)
    places = [[(p.place.name, p.place.kind, p.place.lat) for p in a.places] for a in found]
    assert places == [[("Kryachky", "village", None)], [("Kryachky", "village", None)]]
    assert found[0].places[0].place is found[1].places[0].place  # one village per name in a document


def test_a_listed_village_keeps_its_point():  # control
    [a] = analyses("Explosions were heard in the village of Novofedorivka.", _PUBLISHED)
    assert [(p.place.name, round(p.place.lat)) for p in a.places] == [("Novofedorivka", 45)]

