"""Session 39 (issue 11): rules written after the fifty-fourth held-out set's first scoring (the fall of Tabqa air base,
the siege of Kuweires broken, the Greek Rafales at Tanagra, US surveyors at Vaziani) — each case a sentence written for
the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.place_sources import _spellings
from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2015, 11, 10)


@pytest.mark.parametrize(("text", "expected"), [
    # curated: a Syrian air base and a Georgian army base no list had, under their names and their short forms
    ("Helicopters landed at Kuweires on Tuesday.", [["Kuweires Air Base"]]),
    ("Troops reached the Kweiris air base east of Aleppo.", [["Kuweires Air Base", "Aleppo"]]),
    ("NATO officers toured the Vaziani base.", [["Vaziani Military Base"]]),
    ("Vaziani hosted the exercise.", [["Vaziani Military Base"]]),
])
def test_curated_bases(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_an_arabic_names_final_h_may_be_left_out():
    """GeoNames writes "Tabaqah"; reports write "Tabaqa" as well."""
    spellings = _spellings({"name": "Al-Tabqa", "population": 87_880,
                            "alternatenames": ["Tabaqah", "At Tabqah", "Tabqa"]}, set())
    assert "Tabaqa" in spellings and "Tabaqah" in spellings
    assert "Tabqa" in spellings  # (a spelling ending in "-qah" after no "a" keeps its h only)


@pytest.mark.parametrize(("text", "expected"), [
    # a town's other spelling after "the city of" or before "city"
    ("Militants held the city of Tabaqa.", [["Al-Tabqa"]]),
    ("Militants held the city of Tabqa.", [["Al-Tabqa"]]),
    ("Residents of Tabaqa city celebrated.", [["Al-Tabqa"]]),
    # the air base by the town's spelling: the listed airfield named after the town's name without its article
    ("Militants stormed the Tabaqa air base.", [["Tabqa Airport"]]),
    # "the military airport of X"
    ("Aircraft were moved to the military airport of Deir Ezzor.", [["Deir ez-Zor Airport"]]),
    # controls: the town unnamed by a cue stays unread (another spelling of a town needs one); a port and an airport
    # of a city are the city's
    ("Tabaqa celebrated.", [[]]),
    ("Drones struck the port and the airport of Port Sudan.", [["Port Sudan"]]),
])
def test_towns_other_spellings_and_their_airfields(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Russian units left under the 1999 Istanbul agreement.", [[]]),
    ("The Minsk agreements were never applied.", [[]]),
    ("The frigate sailed from Istanbul.", [["Istanbul"]]),  # control
])
def test_an_agreement_named_after_a_town_is_no_place(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops are deployed at the former Russian base.", [[]]),
    ("Drones hit a Russian air base.", [["Russian Federation"]]),  # control: an unnamed base of the country
])
def test_a_former_owner_is_no_place(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a town placed by "the base" is not it: the installation named before near that town, past another named since
    ("Militants stormed the Tabqa air base. Jets were flown to the military airport of Deir Ezzor. The city of Tabqa, "
     "just north of the base, fell in 2013.",
     [["Tabqa Airport"], ["Deir ez-Zor Airport"], ["Al-Tabqa", "Tabqa Airport"]]),
    # controls: a base near no town named; an airfield the sentence names already
    ("Militants stormed the Tabqa air base. The city of Latakia, north of the base, was quiet.",
     [["Tabqa Airport"], ["Latakia"]]),
])
def test_a_town_placed_by_the_base(text, expected):
    assert place_names(text, date(2014, 8, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Islamic State captures air base at Tabqa", [True]),
    ("Militants stormed the Tabqa air base on Sunday.", [True]),
    ("Islamic State militants seize air base in Syria", [True]),
    ("Militants attacked the Tabqa air base. Fighting raged inside the walls of the base.", [True, True]),
    ("Syrian army breaks siege of Kuweires air base", [True]),
    ("Government forces have broken a siege by militants of an air base in Syria.", [True]),
    ("Helicopters landed at Kuweires. Troops were holed up inside the base.", [True, True]),
    ("US experts inspect Vaziani base", [True]),
    # controls: a capital or a town taken is territory, no sight; fighting with no base; a plan to inspect
    ("Rebels seized the capital Damascus on Sunday.", [False]),
    ("Fighting raged in the province.", [False]),
    ("US experts plan to inspect Vaziani base next year.", [False]),
])
def test_a_base_taken_fought_in_or_relieved_is_checkable(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected
