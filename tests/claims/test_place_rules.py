"""Place rules added after the fifth held-out scoring (issue 11), each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def _names(gazetteer, text: str) -> list[str]:
    return [m.place.name for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, names", [
    ("According to The Moscow Times, a frigate left Baltiysk.", ["Baltiysk"]),  # a newspaper
    ("The New York Times reviewed the images of Sevastopol.", ["Sevastopol"]),
    ("U.S. Central Command forces struck targets near Sanaa.", ["Sanaa"]),  # an organisation of the country
    ("Two China Coast Guard vessels shadowed the convoy.", []),
    ("China's Defense Ministry did not comment.", ["China"]),  # a possessive still names the country
    ("The Yasen-M-class nuclear-powered submarine Kazan left port.", []),  # a ship's name after its kind
    ("The Chinese amphibious assault ship Guangxi sailed south.", []),
    ("Mobile launchers called Iskanders were seen.", []),  # another spelling of a town needs a locative word
    ("A tanker was escorted past Dover on Monday.", ["Dover"]),  # a town named like an English word, with a cue
    ("Dover said the plan was sound.", []),  # … and without one
    ("The ship then passed the Bosphorus.", ["Bosphorus"]),
    ("Militia boats gathered at Whitsun Reef and near Second Thomas Shoal.", ["Whitsun Reef", "Second Thomas Shoal"]),
    ("Flights landed at Al Khadim on Friday.", ["Al Khadim air base"]),
    ("A tanker was hit west of Hodeidah.", ["Al Ḩudaydah"]),
    ("A helicopter from RNAS Culdrose tracked the submarine.", ["RNAS Culdrose"]),
    ("Drills were held off Pingtan.", ["Pingtan"]),
])
def test_names_in_context(gazetteer, text, names):
    assert _names(gazetteer, text) == names


def test_a_name_two_cities_share_is_the_bigger_one(gazetteer):
    (m,) = gazetteer.find("The frigate called at Alexandria.")
    assert m.place.country == "EG"


def _carried(text: str, sentence: str) -> list[str]:
    analyses = analyze_document(text, date(2025, 6, 1), default_gazetteer(), load_taxonomy())
    (a,) = [a for a in analyses if sentence in text[a.start:a.end]]
    return sorted(p.place.name for p in a.places)


def test_a_reef_is_referred_back_to():
    text = "Militia vessels returned to Whitsun Reef in May. Imagery showed 40 boats at the reef on 20 May."
    assert _carried(text, "Imagery showed") == ["Whitsun Reef"]


def test_a_place_beside_the_base_is_not_the_base():
    text = "A new pier was built at Yulin naval base in May. The base, near the city of Sanya, hosts a carrier."
    assert _carried(text, "The base, near") == ["Sanya", "Yulin naval base"]


def test_a_noun_qualified_by_a_nationality_refers_only_to_a_place_of_that_country():
    text = ("The landing ship was moored at Tobruk on 3 May. Flights came from Hmeimim on 4 May. "
            "Officials denied any plan to move the Libyan ports to Russia.")
    assert _carried(text, "Officials denied") == ["Russian Federation", "Tobruk"]
    text2 = ("Flights came from Hmeimim on 4 May. The landing ship was moored at Tobruk on 3 May. "
             "Officials denied any plan to move the Syrian bases to Libya.")
    assert _carried(text2, "Officials denied") == ["Hmeimim Air Base", "Libya"]


def test_a_country_is_no_base_a_noun_refers_to():
    text = "Chkalovsk air base had ten jets on 3 May. Russia moved more aircraft to the base on 9 May."
    assert _carried(text, "Russia moved") == ["Chkalovsk air base", "Russian Federation"]
