"""Session 40 (issue 11): rules written after the fifty-seventh held-out set's first scoring (the Abu al-Duhur air base
lost and retaken, the Qayyarah air base retaken, strikes on the Mezzeh military airport, the Moscow-region drone
attack) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2016, 7, 20)


@pytest.mark.parametrize(("text", "expected"), [
    # a Syrian air base no list has, under the spellings reports give it
    ("Rebels shelled the Abu al-Dhuhur airbase on Friday.", [["Abu al-Duhur Air Base"]]),
    ("Troops entered Abu Duhur military airport.", [["Abu al-Duhur Air Base"]]),
    # the Mezzeh airport by its written forms (airportsdata: "Mezze Airport"), and the city beside it
    ("Explosions shook the Al-Mezzeh military airport in Damascus overnight.", [["Mezze Airport", "Damascus"]]),
    ("A fire broke out at Mazzeh air base.", [["Mezze Airport"]]),
])
def test_the_abu_al_duhur_and_mezzeh_airports(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town's military airport in a report that names the military airport there: that one, not the civil airport
    ("Jets strike Damascus military airport\n\nJets struck the Mezzeh military airport on Sunday.",
     [["Mezze Airport"], ["Mezze Airport"]]),
    # control: with no other airfield named, the city's airport stays
    ("Flights resumed at Damascus airport on Sunday.", [["Damascus International Airport"]]),
])
def test_a_towns_military_airport_is_not_its_international_one(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # an Arab town by its name without the article: GeoNames' village, not an airport list's city point
    ("Troops reached the town of Qayyarah on Tuesday.", [["Al Qayyārah"]]),
    ("Fighting continued near Qayyarah.", [["Al Qayyārah"]]),
])
def test_an_arab_town_without_its_article(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Civilians fled from Nineveh province.", [["Nīnawá"]]),
    ("Arrests were made in Erbil governorate.", [["Arbīl"]]),
    ("Shelling hit villages in Deraa province.", [["Dar'ā"]]),
    ("Shelling hit villages in Raqqa Province.", [["Ar Raqqah"]]),
])
def test_governorates_by_their_english_names(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # two names sharing one plural noun: both
    ("Drones fell over the Domodedovo and Ramenskoye districts.", [["Domodedovo", "Ramenskoye"]]),
    # control: "the" before a town's name alone is a ship's or a river's
    ("The Domodedovo sailed at noon.", [[]]),
])
def test_two_names_sharing_a_plural_noun(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_the_site_is_the_installation_named_before_a_town_named_since():
    text = ("Iraqi forces took the Qayyarah Air Base on Saturday. Troops will use it to retake the city of Mosul. "
            "Engineers inspected the site on Sunday.")
    assert place_names(text, _PUBLISHED)[2] == ["Qayyarah West Airport"]


@pytest.mark.parametrize(("text", "expected"), [
    # a town the sentence does not put the act at, or a region, is not the base meant
    ("Iraqi forces took the Qayyarah Air Base on Saturday. The militants fled towards Mosul after the base fell.",
     ["Mosul", "Qayyarah West Airport"]),
    ("Rebels besieged the Abu al-Duhur air base. Troops held the base for two years, their last stronghold in "
     "Idlib province.", ["Idlib", "Abu al-Duhur Air Base"]),
    # control: the town where the act happened is the base's ("loaded at Tartus … from the base")
    ("Russia flew Su-24s from Hmeimim Air Base. A landing ship was loaded at Tartus with equipment from the base.",
     ["Ţarţūs"]),
])
def test_a_town_beside_the_base_is_not_the_base(text, expected):
    assert place_names(text, _PUBLISHED)[-1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At the end of last month, troops retook Fallujah.", ["late June 2016|part-of-month"]),
    ("Early this month the frigate left Tartus.", ["early July 2016|part-of-month"]),
    ("In the middle of next month the ship is due in Tartus.", ["mid August 2016|part-of-month"]),
    ("Last month the frigate left Tartus.", ["2016-06|month"]),  # control
])
def test_a_part_of_a_month_named_relatively(text, expected):
    assert [f"{d.label}|{d.precision}" for a in analyses(text, _PUBLISHED) for d in a.dates] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Israeli jets struck the port of Latakia on Monday.", ["fighter"]),
    ("The Indian jets also bombed a training camp.", ["fighter"]),
    ("The jets landed at Lajes Field on Monday.", ["unknown aircraft"]),  # control: jets that only fly
    # fighters who are people
    ("Army units in coordination with allied fighters took the base.", []),
    ("Pro-government fighters entered the town.", []),
    ("Two allied fighters escorted the bomber.", ["fighter", "bomber"]),  # control: counted aircraft
])
def test_striking_jets_and_allied_fighters(text, expected):
    assert [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a base fallen, with where it lies between; an airfield evacuated; a site surveyed
    ("The Abu al-Duhur air base in the north-western province of Idlib has fallen to the rebels.", [True]),
    ("The air force evacuated the besieged Abu al-Duhur airfield after days of fighting.", [True]),
    ("Engineers carried out a survey of the base on Sunday.", [True]),
    # a visit for talks; aircraft only as support of an advance
    ("The defence secretary arrived in Iraq on Monday to meet commanders.", [False]),
    ("The advance was made with the support of Russian warplanes.", [False]),
    # controls: territory fallen; a squadron's arrival; warplanes seen
    ("Most of Idlib province had already fallen to the rebels.", [False]),
    ("Six Typhoons arrived in Romania on Monday to meet the NATO commitment.", [True]),
    ("Russian warplanes were seen over the base on Monday.", [True]),
])
def test_a_base_fallen_evacuated_or_surveyed_and_no_sights(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected
