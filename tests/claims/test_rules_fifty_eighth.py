"""Session 40 (issue 11): rules written after the fifty-eighth held-out set's first scoring (the Menagh air base and
the Jirah military airport taken in 2013, Mosul airport and the Ghazlani base retaken in 2017) — each case a sentence
written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2017, 3, 1)


@pytest.mark.parametrize(("text", "expected"), [
    # Syrian and Iraqi installations in no list, under the spellings reports give them
    ("Shelling hit the Menagh military airport on Friday.", [["Menagh Air Base"]]),
    ("Helicopters left Minnigh air base.", [["Menagh Air Base"]]),
    ("Troops held the Nayrab air base.", [["Nayrab Air Base"]]),
    ("Fighting reached the Ghozlani military complex.", [["Ghazlani Base"]]),
    ("Militants held the Thawra dam for years.", [["Tabqa Dam"]]),
    ("Jets took off from the Kwayris air base.", [["Kuweires Air Base"]]),
    ("Rebels entered the Al-Jarrah military airport.", [["Jirah Air Base"]]),
])
def test_installations_in_no_list(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a listed airfield's name with an Arabic article the list does not write, and before "military airport"
    ("Rebels entered the Al-Jirah air base.", [["Jirah Air Base"]]),
    ("Rebels entered the Jirah military airport.", [["Jirah Air Base"]]),
    # control: an article that is the name's own stays
    ("Jets landed at Al Udeid Air Base.", [["Al Udeid Air Base"]]),
])
def test_an_airfield_without_its_article(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Rebels overran the town of Tabqa in the neighbouring province of Raqa.", [["Al-Tabqa", "Ar Raqqah"]]),
    # an armed group's name is no place
    ("The Islamic State of Iraq and the Levant took the base.", [[]]),
    ("The Islamic State of Iraq and Syria took the base.", [[]]),
    ("Troops were sent to Iraq.", [["Iraq"]]),  # control
])
def test_raqa_and_a_groups_name(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_the_citys_airport_is_the_airport_of_the_city_named_before():
    text = "Iraqi forces closing in on Mosul stormed the city's airport on Thursday."
    assert place_names(text, _PUBLISHED) == [["Mosul", "Mosul International Airport"]]


@pytest.mark.parametrize(("text", "expected"), [
    # "the military complex" is the military complex named before
    ("Troops took the airport and the Ghozlani military complex on Thursday. Militants had captured the military "
     "complex, which includes barracks and training grounds near the highway, in 2014.",
     ["Ghazlani Base"]),
    # "the airport" past a town named long after it in the sentence
    ("Troops stormed Mosul airport on Thursday. Militants captured the airport, with its barracks and hangars and "
     "training grounds, when they overran Mosul in 2014.", ["Mosul", "Mosul International Airport"]),
    # control: a town before "the airport" is its own ("image of Berbera … the runway extension at the airport")
    ("Jets flew from Al Jufra air base. A new image of Berbera shows the runway extension at the airport.",
     ["Berbera"]),
])
def test_the_installation_named_before(text, expected):
    assert place_names(text, _PUBLISHED)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Islamist rebels took full control of the Minnigh air base at dawn on Tuesday.", [True]),
    ("The rebels laid siege to the Menagh air base in December 2012.", [True]),
    ("Rebels overrun military airport in north Syria", [True]),
    ('"The Mosul airport has militarily fallen," the spokesman said on Thursday.', [True]),
    ("A suicide bomber blew himself up at the gate of the Menagh air base on Monday.", [True]),
    # the act told with its toll after it
    ("Rebels seized the Jirah military airport on Tuesday, killing and capturing around 40 troops.", [True]),
    # controls: a toll alone; territory taken
    ("Around 40 troops were killed at the airport on Tuesday.", [False]),
    ("Rebels took full control of the province on Tuesday.", [False]),
])
def test_a_base_taken_besieged_or_fallen(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("A suicide bomber blew himself up at the gate.", []),
    ("Two Tu-22M3 bombers landed at Engels.", ["bomber"]),  # control
])
def test_a_suicide_bomber_is_a_man(text, expected):
    assert [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects] == expected


def test_a_day_after_rebels_did_something_is_the_day_before():
    text = "Rebels seized a military airport on Tuesday. The capture came a day after Islamist rebels overran Tabqa."
    assert [f"{d.label}|{d.precision}" for d in analyses(text, date(2013, 2, 12))[1].dates] == ["2013-02-11|day"]
