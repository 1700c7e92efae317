"""Place rules and curated places added after the eleventh held-out scoring (issue 11), each on sentences
written for them."""

from __future__ import annotations

import pytest

from annotate.claims.gazetteer_build import default_gazetteer

from .test_place_rules_eighth import _names, _places  # the same helpers


@pytest.mark.parametrize("text, names", [
    # an installation named after a town, the town's name before its kind
    ("A fire broke out at the Ust-Luga fuel terminal on Tuesday.", ["Ust-Luga port"]),
    ("Tankers loaded at the Chornomorsk grain terminal.", ["Chornomorsk port"]),
    ("Cranes stood idle at the Haifa port.", ["Haifa"]),  # no port of that name: the town, not the naval base
    ("Three corvettes left the naval base at Baltiysk.", ["Baltiysk"]),  # kind, "at", name: the town
    # curated island groups, reefs, straits and canals
    ("Coast guard ships entered the waters off Uotsuri Island near the Senkaku Islands.",
     ["Uotsuri Island", "Senkaku Islands"]),
    ("China expanded its facilities on Duncan Island and at North Reef.", ["China", "Duncan Island", "North Reef"]),
    ("The ship entered the Indian Ocean through the Malacca Strait.", ["Strait of Malacca"]),
    ("The carrier group passed through the Bashi Channel.", ["Bashi Channel"]),
    ("Transits through the Panama Canal have recovered.", ["Panama Canal"]),
    ("TKMS is listed in Frankfurt.", ["Frankfurt am Main"]),  # not Frankfort, Kentucky
    # an authority named after a place is no place
    ("The Suez Canal Authority said traffic had recovered.", []),
])
def test_names_found(text, names):
    assert _names(default_gazetteer(), text) == names


@pytest.mark.parametrize("text, sentence, places", [
    # ships listed after a plural kind without a comma are ships, not places
    ("The carrier Shandong, accompanied by the destroyers Yan'an and Zhanjiang, arrived in Hong Kong on Thursday.",
     "The carrier Shandong", ["Hong Kong"]),
    ("Two of them, the Aframax tankers Eventin II and Kira K, moored alongside each other.", "Two of them", []),
])
def test_places_of_sentences(text, sentence, places):
    assert _places(text, sentence) == places
