"""Places the tuning reports named that no list had, and two rules their labels showed (session 16, issue 11),
each tested on sentences written for it: an installation shares a name with one far away and the document says
which; "the naval base" is no shipyard named before it."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _places(text: str) -> list[list[str]]:
    analyses = analyze_document(text, date(2025, 6, 10), default_gazetteer(), load_taxonomy())
    return [[p.place.name for p in a.places] for a in analyses]


@pytest.mark.parametrize("sentence, place", [
    ("Four tankers loaded crude at Kozmino on Tuesday.", "Kozmino port"),
    ("A Tu-95MS was parked at Kamenny Ruchey air base on 2 June.", "Kamenny Ruchey air base"),
    ("Imagery shows a new frigate at the Tamano shipyard.", "Tamano shipyard"),
    ("The destroyer was alongside at Tuas Naval Base on Monday.", "Tuas Naval Base"),
    ("Two MiG-31s were seen at Savasleyka on 3 June.", "Savasleyka air base"),
    ("The frigate is being built at Fincantieri Marinette Marine in Wisconsin.", "Fincantieri Marinette Marine"),
    ("A bulker passed the Cape of Good Hope on Sunday.", "Cape of Good Hope"),
    ("Three P-8A aircraft flew from Naval Air Station Sigonella on 4 June.", "Naval Air Station Sigonella"),
    ("The ferry passed the Hook of Holland at noon.", "Hook of Holland"),
])
def test_installations_and_places_no_list_had(sentence, place):
    assert place in _places(sentence)[0]


def test_a_shared_installation_name_is_the_one_the_document_places():
    auckland = _places("HMNZS Aotearoa berthed at Devonport Naval Base in Auckland on Sunday.")[0]
    assert auckland[:2] == ["Devonport Naval Base Auckland", "Auckland"]
    plymouth = _places("HMS Somerset returned to Devonport Naval Base in Plymouth on Friday.\n\n"
                       "The frigate was seen at Devonport naval base on imagery.")
    assert plymouth == [["HMNB Devonport", "Plymouth"], ["HMNB Devonport"]]


def test_the_naval_base_is_no_shipyard_named_before_it():
    text = ("Imagery from 15 September shows a new frigate fitting out at the Shahid Darvishi shipyard in Bandar "
            "Abbas.\n\nTwo Kilo-class submarines were alongside at the main naval base.")
    assert _places(text)[1] == ["Bandar Abbas"]
    # a naval base named before still is the one
    text = ("The corvette left the Bandar Abbas naval base on Monday.\n\n"
            "Two Kilo-class submarines were alongside at the main naval base.")
    assert _places(text)[1] == ["Bandar Abbas naval base"]


def test_a_capital_its_country_names():
    assert "Port Victoria" in _places("The ship called at Port Victoria, Seychelles, on 2 June.")[0]


@pytest.mark.parametrize("text, not_a_place", [
    ("Navy spokesperson Rear Adm. Roy Vincent Trinidad said the corvette will be commissioned in May.", "Trinidad"),
    ("PH Navy's newest corvette arrives in Subic\n\nBy Priam Nepomuceno\n\nThe corvette docked on Monday.",
     "Nepomuceno"),
    ("Fourth U.S. destroyer arrives at Rota naval base.", "Fürth"),
])
def test_a_surname_after_given_names_and_an_ordinal_are_no_places(text, not_a_place):
    assert not_a_place not in [name for names in _places(text) for name in names]


def test_straits_the_gazetteer_has():
    assert "Miyako Strait" in _places("Two destroyers sailed through the Miyako Strait on Monday.")[0]
    assert "Tsushima Strait" in _places("Four bombers flew over the Tsushima Strait on Monday.")[0]
