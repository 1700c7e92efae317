"""Place rules added after the fifth held-out scoring (issue 11), each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
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


# added after the sixth held-out scoring
@pytest.mark.parametrize("text, names", [
    ("The ships are moored in Vladivostok's Golden Horn Bay.", ["Vladivostok"]),  # a feature's name, no town
    ("The ship left the yard in Shanghai and headed down the Huangpu river.", ["Shanghai"]),  # a river's name
    ("Flights to Sydney were diverted after a Virgin Australia pilot heard the warning.", ["Sydney"]),
    ("The ship remains pierside at Naval Station Norfolk, Va., after repairs.", ["Naval Station Norfolk"]),  # the naval base, not an airfield
    ("The tanker switched off its transponder as it passed Skagen.", ["Skagen"]),  # "passed" puts it on the map
    ("The carrier operated about 300 km southeast of Pingtung.", ["Pingtung"]),
    ("Fighting continued near Pokrovsk and Kupiansk.", ["Pokrovsk", "Kupyansk"]),  # the second of a pair
    ("The strikes also hit Ivanovo Severny.", ["Ivanovo"]),  # a side of a town, no surname
    ("Two tankers were seen off Johor.", ["Johor"]),
])
def test_names_in_context_sixth_set(gazetteer, text, names):
    assert _names(gazetteer, text) == names


def test_a_country_ending_a_sentence_is_no_organisation_of_the_next_one(gazetteer):
    text = "Warships deployed near Venezuela.\nMarines trained in Puerto Rico."
    names = [m.place.name for m in gazetteer.find(text, 0, text.index("\n"))]
    assert names == ["Venezuela, Bolivarian Republic of"]


def test_a_dateline_without_an_agency_is_not_part_of_the_claim():
    text = "May 22, 2025\nYOKOSUKA NAVAL BASE, Japan — The carrier left Yokosuka on Thursday."
    assert _carried(text, "The carrier left") == ["Yokosuka"]


@pytest.mark.parametrize("text, sentence, carried", [
    # a noun with its place written after it refers to nothing before
    ("Marines trained at Roosevelt Roads near Ceiba. Images show ten aircraft on the apron at Roosevelt Roads.",
     "Images show", ["Roosevelt Roads"]),
    # a noun phrase that holds a name is that place, not a reference back
    ("The ship left the Hudong-Zhonghua shipyard on 12 January. Imagery shows it near the Jiangnan shipyard.",
     "Imagery shows", ["Jiangnan shipyard"]),
    # the parts of a launch site refer back to it, with two words before the noun
    ("Imagery shows a new building at the Sohae launch pad. At the vertical engine test stand, scorch marks remain.",
     "At the vertical", ["Sohae Satellite Launching Station"]),
    # "the area" after a place named in the same sentence is that place's
    ("Two tankers were escorted to Pengerang. Another tanker was seen off Johor but left the area.",
     "Another tanker", ["Johor"]),
])
def test_references_back_sixth_set(text, sentence, carried):
    assert _carried(text, sentence) == carried


# added after the seventh held-out scoring
@pytest.mark.parametrize("text, names", [
    ("On September 2, U.S. Southern Command forces struck a boat.", []),  # a command of the country
    ("A fishing vessel was intercepted in the North Natuna Sea.", []),  # a sea, not the islands
    ("A China Coast Guard ship was seen near the Natuna Islands.", ["Natuna Islands"]),
    ("An aircraft flew from Kangerlussuaq to Qaanaaq.", ["Kangerlussuaq", "Qaanaaq"]),  # towns known by airports
    ("Kangerlussuaq said nothing.", []),  # … only after a locative word
    ("Vietnam has reclaimed land at Barque Canada Reef.", ["Viet Nam", "Barque Canada Reef"]),
])
def test_names_in_context_seventh_set(gazetteer, text, names):
    assert _names(gazetteer, text) == names
