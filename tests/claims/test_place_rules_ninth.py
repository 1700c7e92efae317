"""Place rules added after the ninth held-out scoring (issue 11), each on sentences written for it."""

from __future__ import annotations

import pytest

from annotate.claims.gazetteer_build import default_gazetteer

from .test_place_rules_eighth import _names, _places  # the same helpers


@pytest.mark.parametrize("text, names", [
    # an apostrophe inside a name is no word boundary: Sana'a, not Sanya
    ("Jets struck a fuel depot near Sanaa airport.", ["Sana'a International Airport"]),
    # a city named like an English word, right after a locative word only
    ("The research vessel docked at Male on Thursday.", ["Male"]),
    ("Male sailors were seen on the deck.", []),
    ("The frigate will sail in March.", []),
    # a settlement's name before its installation, after "at the"; not an acronym
    ("Two tankers waited at the Skagen anchorage.", ["Skagen"]),
    ("Two destroyers were moored at the NATO pier.", []),
    # a demonym before "waters" names no country; a generic placed in a named place is that place's
    ("The tanker was escorted into Iranian waters.", []),
    ("Ukraine hit a Russian airfield in Crimea.", ["Ukraine", "Ukraine"]),
    # agencies and missions named like towns
    ("President Xi boarded the carrier, according to Xinhua.", []),
    ("Two fighters of NATO's Baltic Air Policing mission took off.", []),
    # short names of airfields: the last of several names before "Airport", a service prefix dropped
    ("The strikes followed a drone attack on Ramon Airport in Eilat.", ["Ilan and Asaf Ramon Airport", "Eilat"]),
    ("British jets at Akrotiri were refuelled.", ["RAF Akrotiri"]),
    # curated, each with its source (islands.toml)
    ("A Russian fighter violated the airspace near Vaindloo island.", ["Vaindloo"]),
    ("A survey ship returned to Vanguard Bank.", ["Vanguard Bank"]),
    ("MiG-29s are based at Sondok air base.", ["Sondok air base"]),
    ("Construction continued on Great Coco Island.", ["Great Coco Island"]),
])
def test_names_found(text, names):
    assert _names(default_gazetteer(), text) == names


@pytest.mark.parametrize("text, sentence, places", [
    # a capitalised word before the noun makes a name, not a reference back
    ("A destroyer anchored about 20 km from Kirkenes. The ships left the fjord and sailed towards the Kola Bay.",
     "The ships left", []),
    # "the dock landing ship" is a vessel, not the dock of the base named before
    ("Jets arrived at Roosevelt Roads. The dock landing ship USS San Antonio was seen offshore.",
     "The dock landing ship", []),
    # a plural refers to every best-fitting place
    ("Drills began around Abu Musa and Greater Tunb. Helicopters flew over the islands.",
     "Helicopters flew", ["Abu Musa", "Greater Tunb"]),
    # "the shoal" is the latest shoal, before another island
    ("A boat was hit near Second Thomas Shoal. Cutters escorted it from Puerto Princesa in Palawan. "
     "Chinese ships were monitored around the shoal.", "Chinese ships were monitored", ["Second Thomas Shoal"]),
    # "entered the area" is vague; "the same area" of a caption is the place before
    ("A survey ship anchored near Vanguard Bank. It entered the area again on Friday.", "It entered the area", []),
    ("Figure 1: The naval base at Tartus on 2 December 2024.\nFigure 2: The same area on 10 December 2024.",
     "Figure 2", ["Ţarţūs"]),
])
def test_places_referred_back_to(text, sentence, places):
    assert _places(text, sentence) == places


def test_a_reference_back_reaches_a_bounded_number_of_sentences():
    """References back look at the last dozen sentences that name places, so that a long text of them costs time in
    proportion to its length (it grew with the square of it): a shoal named thirteen place-naming sentences earlier
    is not "the shoal", one named twelve earlier is."""
    near = "A boat was hit near Second Thomas Shoal.\n" + "Officials met in Manila.\n" * 11
    far = near + "Officials met in Manila.\n"
    last = "Ships were monitored around the shoal."
    assert _places(near + last, last) == ["Second Thomas Shoal"]
    assert _places(far + last, last) == []
