"""Session 39 (issue 11): rules written after the fifty-fifth held-out set's first scoring (a Su-34 burned at Shagol,
Tal Afar airport taken from the Islamic State, a second US drone base in Jordan) — each case a sentence written for the
rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.place_model import _norm
from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 1, 5)


@pytest.mark.parametrize(("text", "expected"), [
    # a named airfield before its kind word and a town after it: the airfield and the town
    ("A Su-34 caught fire at the Shagol military airfield near Chelyabinsk.", [["Shagol air base", "Chelyabinsk"]]),
    ("A Su-34 burned out at the Shagol airfield in Chelyabinsk.", [["Shagol air base", "Chelyabinsk"]]),
    # a town's airfield named generically, in a document about another airfield by that town: that one
    ("Su-34 burned at Chelyabinsk airfield\n\nA Su-34 burned out at the Shagol airfield in Chelyabinsk.",
     [["Shagol air base"], ["Shagol air base", "Chelyabinsk"]]),
    # controls: the generic name alone is the list's; an airfield's own name with another kind word is itself
    ("Su-34s landed at Chelyabinsk airfield.", [["Chelyabinsk Balandino Airport"]]),
    ("Nothing new at Donskoye airfield. Two Su-27s stood at Chkalovsk.", [["Donskoye air base"], ["Chkalovsk air base"]]),
])
def test_an_airfield_and_its_town(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_an_ayn_written_as_a_quote_mark_is_an_apostrophe():
    assert _norm("Tall ‘Afar") == _norm("Tall 'Afar") == _norm("Tall `Afar") == "tall afar"


@pytest.mark.parametrize(("text", "expected"), [
    ("Militias reached Tal Afar on Wednesday.", [["Tall ‘Afar"]]),
    ("Militia captures key airport in Tal Afar", [["Tall Afar Army Air Field"]]),
    # a town described by where it lies keeps its sense after the airfield named after it
    ("Militia captures key airport in Tal Afar\n\nTal Afar is about 43 miles west of Mosul.",
     [["Tall Afar Army Air Field"], ["Tall ‘Afar", "Mosul"]]),
    ("It is the second drone base in Jordan, after Muwaffaq Salti.",
     [["Jordan", "Al Azraq / Al Shaheed Muwaffaq Salti Air Base"]]),
    # "the country" before countries named later in the sentence: the one named before
    ("A drone base was found in Jordan. Drones use an air base in the northeast of the country, near Iraq and Syria.",
     [["Jordan"], ["Iraq", "Syrian Arab Republic", "Jordan"]]),
    # control: the base named before stays the base ("the airport in Tal Afar" is not the town)
    ("Militia captures key airport in Tal Afar\n\nThe militia holds the airport.",
     [["Tall Afar Army Air Field"], ["Tall Afar Army Air Field"]]),
])
def test_tal_afar_and_jordan(text, expected):
    assert place_names(text, date(2016, 11, 17)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Shagol is home to a training aviation regiment.", [True]),
    ("Militias have taken Tal Afar air base.", [True]),
    ("The airport of Tal Afar has been liberated.", [True]),
    ("The Tal Afar airport has fallen to our forces.", [True]),
    ("They drove the fighters from an air base west of Mosul on Wednesday.", [True]),
    ("The militia began the third and final phase of its offensive west of Mosul on Monday.", [True]),
    ("Militias captured Tal Afar air base. They were clearing the airport of militants.", [True, True]),
    # controls: a doubt; a town's size; an offensive to come
    ("It is not clear whether the airport at Tal Afar was hit.", [False]),
    ("Tal Afar is home to 200,000 people.", [False]),
    ("The offensive west of Mosul is expected to begin next week.", [False]),
])
def test_a_base_taken_and_a_unit_it_is_home_to(text, expected):
    assert [a.checkable for a in analyses(text, date(2016, 11, 17))] == expected
