"""Session 34 (issue 11): rules written after the forty-first held-out set's first scoring (Manas, Aviano and
Decimomannu, the K-1 base near Kirkuk, Lop Nur) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2021, 5, 20)


def _places(text: str, published: date = _PUBLISHED) -> list[list[str]]:
    return place_names(text, published)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


def test_a_transit_centre_is_its_airport_and_its_short_form_too():
    got = _places("The Manas Transit Center closed in June 2014. Soldiers took apart a canteen at Manas.")
    assert got == [["Manas International Airport"], ["Manas International Airport"]]  # not the Kyrgyz city, 270 km off


def test_a_base_known_by_a_letter_and_a_number_comes_back_by_it():
    got = _places("Rockets hit the K1 military base on Friday. K1 lies north-west of Kirkuk.")
    assert got == [["K-1 Air Base"], ["K-1 Air Base", "Kirkuk"]]


def test_an_addressed_government_is_no_place_the_base_refers_to():
    got = _places("Tankers flew from Manas Air Base. Last June parliament gave Washington a year to close the base.")
    assert got[1] == ["Washington", "Manas International Airport"]


def test_the_base_near_the_capital_is_the_installation_named_before():
    got = _places("Tankers flew from Manas Air Base. The base near the capital Bishkek handled many flights.")
    assert got[1] == ["Bishkek", "Manas International Airport"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Rockets struck an Iraqi military base near the oil-rich city of Kirkuk.", ["Kirkuk"]),  # the town says which
    ("Work resumed in the remote Xinjiang region.", ["Xinjiang Uygur Zizhiqu"]),
    ("New roads were seen at Lop Nur.", ["Lop Nur"]),
    ("Aviano F-16s train at Decimomannu", ["Aviano", "Decimomannu"]),  # the jets' home, no "Mr Aviano F"
])
def test_names_read_right_in_the_forty_first_sets_shapes(text, expected):
    assert _places(text) == [expected]


def test_a_regions_adjective_picks_the_base_in_that_region():
    got = _places("Decimomannu Airport in Sardinia hosted F-16s. Each day jets took off from Aviano Air Base and "
                  "landed at Decimomannu Airport. Four were photographed over the Sardinian base.")
    assert got[2] == ["Decimomannu Airport"]  # not Aviano, written first in the sentence before


def test_home_bases_in_general_refer_to_no_place():
    got = _places("F-16s flew from Aviano Air Base to Decimomannu Airport. Under the concept, combat aircraft leave "
                  "their home bases.")
    assert got[1] == []


def test_a_day_range_before_for_and_a_deadline_in_a_future_clause():
    (a,) = analyses("Several jets flew there between Jan. 13 and 16 for the drill.", date(2020, 1, 28))
    assert [d.label for d in a.dates] == ["2020-01-13", "2020-01-16"]
    (b,) = analyses('"We will have all personnel moved no later than July 10," the colonel said on Thursday.',
                    date(2014, 3, 6))
    assert [d.label for d in b.dates] == ["2014-07-10", "2014-03-06"]


@pytest.mark.parametrize("text", [
    "US air base in Kyrgyzstan packs up after 12 years",
    "On Thursday soldiers were taking apart a canteen at Manas Air Base.",
    "Police found a rocket launcher in a truck near the K1 military base.",
    "A new tunnel is spotted at a Chinese nuclear test site",
    "Satellite images hint at work at Lop Nur",
    "China appears to be reactivating its Lop Nur test site.",
    "The photos, obtained from Planet Labs, show coverings erected on a hillside.",
    "Imagery first caught soldiers levelling ground near Lop Nur in October 2020.",
])
def test_checkable_in_the_forty_first_sets_shapes(text):
    assert _checkable(text) == [True]


@pytest.mark.parametrize("text", [
    "Under the concept, combat aircraft leave their home bases for other airfields.",
    "Under the agreement, Russian warships may use the port of Tartus.",
    "The base lies on the coast opposite Mariupol, data from the company that took the photos, showed.",
])
def test_a_rule_in_general_and_a_description_are_not_checkable(text):
    assert _checkable(text) == [False]
