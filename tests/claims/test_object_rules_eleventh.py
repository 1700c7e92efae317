"""Object rules added after the eleventh held-out scoring (issue 11), each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _classes(text: str) -> list[list[str]]:
    analyses = analyze_document(text, date(2025, 6, 4), default_gazetteer(), load_taxonomy())
    return [sorted({o.cls for o in a.objects}) for a in analyses]


@pytest.mark.parametrize("text, classes", [
    ("The minelayer Pohjanmaa and a Swedish submarine rescue ship were searching.", ["unknown vessel", "warship"]),
    ("The sustainment vessel HMNZS Aotearoa berthed at Devonport.", ["tanker"]),  # its kind, not its prefix's
    ("Iran has seized at least five commercial vessels since April.", ["cargo ship"]),
    ("More Ospreys and several CH-53E helicopters arrived.", ["helicopter", "unknown aircraft"]),
    ("A Navy EA-18G squadron arrived at Misawa.", ["unknown aircraft"]),
    ("Indian Navy P-8I aircraft from INS Rajali have been watching the coast.", ["unknown aircraft"]),  # an air station
])
def test_classes(text, classes):
    assert _classes(text)[0] == classes


def test_a_ship_named_by_its_prefix_first_takes_the_kind_given_later():
    text = ("TCG Anadolu returns to Aksaz after drill\n\nThe amphibious assault ship TCG Anadolu returned on Monday. "
            "Anadolu will visit Alexandria in April.")
    assert _classes(text)[1:] == [["landing ship"], ["landing ship"]]


def test_a_name_in_apposition_after_a_kind_is_that_ship_later():
    text = ("The first Type 076 amphibious assault ship, Sichuan, began sea trials on Friday. "
            "Sichuan was launched at the yard in December.")
    assert _classes(text)[1] == ["landing ship"]
