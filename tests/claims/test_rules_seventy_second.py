"""Session 48 (issue 11): rules written after the seventy-second held-out set's first scoring (the UAE's airlift into
Amdjarass in Chad and its airport, 2023; an RSF drone on Dongola airport, April 2025; US troops and drones to Garoua,
October 2015) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2023, 9, 29)  # a Friday


@pytest.mark.parametrize(("text", "expected"), [
    # the NYT's "U.A.E."; a country before a verb in the present is the country, not an adjective
    ("U.A.E. sends planes to Chad.", [["United Arab Emirates", "Chad"]]),
    ("Reporters visited the depot the UAE runs in Berbera.", [["United Arab Emirates", "Berbera"]]),
    ("UAE troops arrived in Aden.", [["Aden"]]),
    # an airfield and something else in a town: the base no list has and the town
    ("The mission flies from an airfield and a clinic in Iriba, a town in Chad.", [["Iriba", "Iriba air base", "Chad"]]),
    # "the runway" is the latest airfield named, past a town named since; with none named, the town
    ("Cargo planes use an airfield and a depot in Iriba. Few refugees registered in Iriba. A camp went up at the edge "
     "of the runway.", [["Iriba", "Iriba air base"], ["Iriba"], ["Iriba air base"]]),
    ("Few refugees registered in Iriba. A camp went up at the edge of the runway.", [["Iriba"], ["Iriba"]]),
    # ANI's dateline, the day first with an ordinal: where the report was filed, no place of the claim
    ("Kandahar [Afghanistan], 3rd March (ANI): A convoy reached the city.", [[]]),
    # a region's governor names the region; a city's name before "governor" is the region's office, not the city
    ("Northern State's governor toured Merowe.", [["Northern State", "Merowe"]]),
    ("Saratov governor Roman Busargin said debris fell.", [[]]),
    # every town of a list after "the airports in", names of two words too
    ("Flights resumed at the airports in Kassala and El Fasher.", [["Kassala Airport", "El Fasher Airport"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_ani_dateline_is_no_date_of_the_claim():
    assert [a.dates for a in analyses("Kandahar [Afghanistan], 3rd March (ANI): A convoy reached the city.",
                                      _PUBLISHED)] == [[]]


@pytest.mark.parametrize(("text", "expected"), [
    # wounded fighters are people; fighters that land are aircraft
    ("Medics treated wounded fighters at the hospital.", []),
    ("Two fighters landed at the base.", ["fighter"]),
])
def test_objects(text, expected):
    assert [o.cls for o in analyses(text, _PUBLISHED)[0].objects] == expected


@pytest.mark.parametrize(("text", "checkable"), [
    # a hospital set up or opened is built work a tile shows; talks opened are not
    ("The army set up a field hospital near Adré.", True),
    ("Aid groups opened a 40-bed hospital at Adré last month.", True),
    ("Aid groups opened talks at Adré last month.", False),
    # an act's own toll, none, is a casualty sentence; an act that hit something, its toll beside it, is not
    ("The strike on Merowe Airport caused no casualties.", False),
    ("The strike hit a hangar at Dongola Airport but caused no casualties.", True),
])
def test_checkable(text, checkable):
    assert analyses(text, _PUBLISHED)[-1].checkable is checkable
