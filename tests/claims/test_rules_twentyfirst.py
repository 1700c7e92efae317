"""Session 21 (issue 11), each tested on sentences written for it: a one-word state or province of the US, Canada
or Australia is that state — not a foreign city or town of its name (Virginia was a city in South Africa, Ontario
one in California, Colorado a town in Brazil) and not nothing where the name is also an English word (Michigan)."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _analysis(text: str):
    (a,) = analyze_document(text, date(2026, 2, 18), default_gazetteer(), load_taxonomy())
    return a


@pytest.mark.parametrize("sentence, state, country", [
    ("The carrier left Norfolk, Virginia, on 3 February.", "Virginia", "US"),
    ("Two B-1B bombers flew from an air base in Michigan.", "Michigan", "US"),
    ("The exercise was held in Colorado last week.", "Colorado", "US"),
    ("Drones were seen over a plant in Ontario on 3 February.", "Ontario", "CA"),
    ("The frigate returned to Maryland after trials.", "Maryland", "US"),
])
def test_a_federal_state_is_the_state(sentence, state, country):
    places = [(p.place.name, p.place.kind, p.place.country) for p in _analysis(sentence).places]
    assert (state, "region", country) in places


@pytest.mark.parametrize("sentence, place", [
    ("The destroyer arrived in Washington on 3 February.", ("Washington", "city", "US")),  # the capital keeps it
    ("The tanker called at Georgia's port of Poti.", ("Georgia", "country", "GE")),  # a country keeps its name
])
def test_a_city_or_country_of_the_name_keeps_it(sentence, place):
    assert place in [(p.place.name, p.place.kind, p.place.country) for p in _analysis(sentence).places]
