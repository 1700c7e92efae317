"""Places from the tuning reports' misses that no list had (session 19, issue 11), each tested on sentences
written for it: air bases airportsdata lists only by ICAO code under a service's prefix ("RAAF Base Amberley",
"RAF Wittering") or as an "Air Force Station"; Russia's republics, British counties and other regions by their
English names; the curated air bases, naval bases, islands and straits added this session."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy

from .test_place_rules_sixteenth import _places


@pytest.mark.parametrize("sentence, places", [
    # ICAO-only aerodromes whose name has the service first, or another suffix
    ("Two P-8As landed at RAAF Base Amberley on 3 June.", ["RAAF Base Amberley"]),
    ("Two F-35As flew from RAAF Scherger on 3 June.", ["RAAF Scherger"]),
    ("A P-8A arrived at RAAF Base Scherger on 3 June.", ["RAAF Scherger"]),
    ("An A400M landed at RAF Wittering on 3 June.", ["RAF Wittering"]),
    ("Rafales were parked at Ambala Air Force Station on 3 June.", ["Ambala Air Force Station"]),
    # curated air bases and naval bases
    ("Satellite images from 3 June show Su-34s at Millerovo air base.", ["Millerovo air base"]),
    ("Tu-22M3 bombers were moved to Shatalovo air base on 3 June.", ["Shatalovo air base"]),
    ("Hundreds of vehicles were at the Mirim parade training ground on 3 June.", ["Mirim parade training ground"]),
    ("A new pier was built at Lombrum naval base on Manus Island in 2024.", ["Lombrum naval base", "Manus Island"]),
    ("Two Kilo-class submarines sailed from their base at Rakushka on 3 June.", ["Rakushka submarine base"]),
    ("The ship was launched at the Kockums shipyard on 3 June.", ["Kockums shipyard"]),
    ("Two C-17s landed at Joint Base Elmendorf-Richardson on 3 June.", ["Elmendorf Afb Airport"]),
    # an aircraft's model after "a"/"an" is no place of that name
    ("A Falcon 50 flew from Lann-Bihoué on 3 June.", ["Lann-Bihoué"]),
    ("A Challenger 650 landed at Kadena Air Base on 3 June.", ["Kadena Air Base"]),
    ("A court in Falcón ruled on 3 June.", ["Falcón"]),
    # islands and straits
    ("Two tankers anchored east of Gogland on 7 September.", ["Gogland"]),
    ("The tanker sailed through the Great Belt on 2 November.", ["Great Belt"]),
    ("A new runway on Itu Aba was finished in May 2024.", ["Itu Aba"]),
])
def test_places_no_list_had(sentence, places):
    assert _places(sentence) == [places]


@pytest.mark.parametrize("sentence, places", [
    ("A drone struck an oil depot in Dagestan on 3 June.", ["Dagestan, Respublika"]),
    ("Tiksi Airfield lies in Yakutia.", ["Tiksi Airport", "Saha, Respublika"]),
    ("The US Air Force flies F-35s from RAF Lakenheath in Suffolk.", ["RAF Lakenheath", "Suffolk"]),
    ("Two cruise missiles hit Zaporizhia Oblast on 3 June.", ["Zaporizka oblast"]),
    ("The ships sailed past the Peloponnese on 3 June.", ["Pelopónnisos"]),
    ("The port of Berbera in Somaliland was expanded in 2021.", ["Berbera", "Somaliland"]),
])
def test_regions_by_their_english_names(sentence, places):
    assert _places(sentence) == [places]


# after the sixteenth held-out scoring
@pytest.mark.parametrize("sentence, places", [
    ("The corvettes Stoikiy and Soobrazitelny and the landing ships Kaliningrad and Minsk sailed past.", []),
    ("Of the six improved Kilo-class submarines Russia built, four left.", ["Russian Federation"]),
    ("The ships sailed to Kaliningrad and Minsk.", ["Kaliningrad", "Minsk"]),
    ("The aircraft operated from the Korean base, a South Korean Navy official said.", []),
    ("The aircraft operated from a South Korean base.", ["Korea, Republic of"]),
    ("Korean Navy P-3C aircraft track ships passing through the Korea Strait.", ["Korea Strait"]),
    ("The destroyers arrived off Trinidad on Tuesday.", ["Trinidad"]),
    ("F-35Bs were parked at Roosevelt Roads in Ceiba, Puerto Rico.", ["Roosevelt Roads", "Ceiba", "Puerto Rico"]),
    ("Venezuela moved fighter jets to the Libertador air base on 3 June.",
     ["Venezuela, Bolivarian Republic of", "Libertador Air Base"]),
    ("Black Hawks flew to Stefanovikeio air base on 3 June.", ["Stefanovikeio Air Base"]),
    ("A drone hit the Flamingo naval base on 3 June.", ["Flamingo naval base"]),
    ("North Korea fired missiles from South Pyongan Province on 3 June.",
     ["Korea, Democratic People's Republic of", "Phyeongannamto"]),
    ("Polish F-16s from Krzesiny air base scrambled on 3 June.", ["Krzesiny Military Air Base"]),
])
def test_places_after_the_sixteenth_scoring(sentence, places):
    assert _places(sentence) == [places]


@pytest.mark.parametrize("sentence, classes", [
    ("A US-flagged roll-on/roll-off ship unloaded 600 vehicles.", ["cargo ship"]),
    ("Poland ordered 96 Apaches in 2024.", ["helicopter"]),
    ("Two Chinooks landed at the base.", ["helicopter"]),
    ("The Apache tribe met on Monday.", []),
])
def test_objects_after_the_sixteenth_scoring(sentence, classes):
    analyses = analyze_document(sentence, date(2025, 6, 10), default_gazetteer(), load_taxonomy())
    assert [sorted({o.cls for o in a.objects}) for a in analyses] == [classes]
