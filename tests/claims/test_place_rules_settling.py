"""Places the document around a name decides (issue 11, after the eleventh set joined the tuning set), each on
sentences written for them: a namesake chosen by the document's other places, a capital named by its country,
air bases listed before "bases", and names that are where a report was filed or who published it."""

from __future__ import annotations

from datetime import date

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.sentences import sentence_spans
from annotate.model.taxonomy import load_taxonomy

from .test_place_rules_eighth import _names, _places  # the same helpers


def _found(text: str, sentence: str) -> list:
    analyses = analyze_document(text, date(2025, 6, 1), default_gazetteer(), load_taxonomy())
    (a,) = [a for a in analyses if sentence in text[a.start:a.end]]
    return a.places


def test_a_namesake_off_whose_coast_ships_sail_is_chosen_by_the_other_places():
    text = ("Three Chinese warships sailed south past Sydney on Monday.\n"
            "On Tuesday they exercised off the coast of Eden.\n")
    (eden,) = [p for p in _found(text, "On Tuesday") if p.text == "Eden"]
    assert eden.place.country == "AU"  # not Eden, North Carolina
    text = "A tornado hit the town of Eden in North Carolina on Monday.\n"
    (eden,) = [p for p in _found(text, "A tornado") if p.text == "Eden"]
    assert eden.place.country == "US"


def test_the_capital_of_a_nationality():
    assert _places("The ships docked in the Cuban capital on Wednesday.", "The ships") == ["Havana"]
    assert _places("Tanks paraded through the Syrian capital.", "Tanks") == ["Damascus"]


def test_towns_listed_before_bases_are_their_air_bases_where_aircraft_are():
    assert _names(default_gazetteer(), "F-15 jets from Komatsu and Naha bases intercepted them.") == \
        ["Komatsu Airport", "Naha Airport"]


def test_a_source_line_under_the_headline_is_no_sentence():
    text = "Old video falsely shared as strike on Odesa port\nAFP Fact Check, Kyiv\nPublished 17 February 2025\n\n" \
           "A video claims to show a missile hitting a ship in the port of Odesa."
    sentences = [text[s:e] for s, e in sentence_spans(text)]
    assert sentences[0] == "Old video falsely shared as strike on Odesa port"
    assert not any("Kyiv" in s for s in sentences)


def test_a_dateline_before_a_colon_is_no_place_but_a_headline_topic_is():
    text = ("Research ship spotted near the Andaman Islands\nNDTV | August 25, 2025\n\n"
            "New Delhi: A Chinese research vessel has been tracked east of the islands, days before a missile test in "
            "the Bay of Bengal, sources said.\n")
    assert "New Delhi" not in _places(text, "A Chinese research vessel") and \
        "Delhi" not in _places(text, "A Chinese research vessel")
    text = "Published: 5 October 2025\nKaliningrad: Iskanders return to Chernyakhovsk\nThe launchers came back.\n"
    assert "Kaliningrad" in _places(text, "Iskanders return")


def test_a_newspaper_named_after_a_place_is_no_place():
    assert _places("Flight data were reviewed by the Times of Malta.", "Flight data") == []


def test_the_yard_is_the_latest_shipyard_before_a_naval_base_named_since():
    text = ("TKMS will cut steel for the first frigate at its Kiel shipyard early next year.\n"
            "The frigates will replace ships based at Wilhelmshaven naval base.\n"
            "Images taken at the yard last week show a new assembly hall on the site of the former slipway.\n")
    assert _places(text, "Images taken at the yard") == ["Kiel shipyard"]


def test_the_base_and_its_pier_are_the_base_before_a_port_named_since():
    text = ("Two Chinese corvettes docked at Cambodia's Ream Naval Base on April 5.\n"
            "A Japanese destroyer visited Sihanoukville port in February.\n"
            "Images from March 28 show a dry dock under construction next to the pier.\n"
            "The United States has long voiced concern that the base could host Chinese forces.\n")
    assert _places(text, "Images from March 28") == ["Ream Naval Base"]
    assert _places(text, "The United States") == ["Ream Naval Base", "United States"]


def test_the_canal_and_the_waterway_refer_back_to_a_canal():
    text = ("Daily transits through the Panama Canal have returned to 36.\n"
            "LNG carriers have started returning to the waterway.\n"
            "The canal handled 423 million tons of cargo.\n")
    assert _places(text, "LNG carriers") == ["Panama Canal"]
    assert _places(text, "The canal handled") == ["Panama Canal"]


def test_a_named_bay_refers_back_to_nothing():
    text = "The ship anchored off the Andaman Islands.\nIndia plans a missile test in the Bay of Bengal.\n"
    assert _places(text, "India plans") == ["India"]


def test_the_port_city_a_ship_arrived_at_is_the_sentences_own_place():
    text = ("Seoul's military said two bombers were spotted last week.\n"
            "The USS George Washington arrived at the southeastern port city of Busan on Friday.\n")
    assert _places(text, "The USS George Washington") == ["Busan"]  # not Seoul, carried over
    text = "Two frigates docked at Ream Naval Base, near the port city of Sihanoukville.\nThe pier was empty.\n"
    assert _places(text, "The pier was empty") == ["Ream Naval Base"]  # a landmark beside it is no antecedent
