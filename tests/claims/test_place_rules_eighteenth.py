"""Place rules from the tuning reports' misses (session 18, issue 11), each tested on sentences written for it:
a container line's name before a ship's is no town; a state's formal name before its navy names no place; "US
and British aircraft" is two adjectives; a ship routed "via Suez" goes through the canal; an airport written
with "International" or an en dash is still the airport."""

from __future__ import annotations

import pytest

from .test_place_rules_sixteenth import _places


@pytest.mark.parametrize("sentence, places", [
    # a container ship's name that holds a city's
    ("The 15,000 teu Maersk Hangzhou transited the canal on 11 May.", []),
    ("The MSC Busan left Busan on 3 May.", ["Busan"]),
    ("The Ever Given ran aground in March 2021.", []),
    # a state's formal name before its armed service
    ("The Republic of Singapore Navy's frigate RSS Formidable sailed on 2 June.", []),
    ("The Republic of Singapore Air Force sent two F-16s to Singapore.", ["Singapore"]),
    # two adjectives before one noun
    ("On 12 January 2024 US and British aircraft struck targets near Hodeidah airport.",
     ["Hodeidah International Airport"]),
    ("The US and Britain sent four ships on 3 June.", ["United States", "United Kingdom"]),
    # a route through a city's canal, not the city
    ("Container lines return to Suez as Red Sea risks ease.", ["Suez Canal"]),
    ("Some carriers still route via Suez, the line said.", ["Suez Canal"]),
    ("The ship sailed to Suez on 3 May.", ["Suez"]),
    # an airport as reporting writes it
    ("Two C-130s are parked at Djibouti–Ambouli International Airport on 3 May.", ["Djibouti-Ambouli Airport"]),
    ("Two C-130s are parked at Djibouti-Ambouli International Airport on 3 May.", ["Djibouti-Ambouli Airport"]),
])
def test_places_named_in_the_sentence(sentence, places):
    assert _places(sentence) == [places]


@pytest.mark.parametrize("sentence, places", [
    # an acronym, a demonym, an armed group, a cape, an aircraft's model: no place of that name
    ("Two Su-30 fighters flew towards NATO airspace on 16 August.", []),
    ("The Somali government in Mogadishu protested on Thursday.", ["Mogadishu"]),
    ("Souda Bay last hosted such a deployment after the Hamas attack on Israel.", ["Souda Bay naval base", "Israel"]),
    ("Two B-52 bombers flew over Cape York on Tuesday.", []),
    ("The ship sailed from Cape Town on 3 June.", ["Cape Town"]),
    ("The submarine was escorted by an Atlantique 2 maritime patrol aircraft.", []),
    # ("Baltic" is no place; Vysotsk, the village a listed oil terminal is named after, is since session 23)
    ("Vysotsk has taken a larger share of Russia's Baltic exports.", ["Vysotsk", "Russian Federation"]),
    # a country as the subject of an irregular verb is a noun, as an attribute it is not
    ("The UAE began building a base in 2017.", ["United Arab Emirates"]),
    ("The U.S. sent the submarine USS Helena on Sunday.", ["United States"]),
    ("US forces left on Sunday.", []),
    # installations under the names reporting gives them
    ("Typhoons flew from the Mihail Kogălniceanu Air Base on 14 August.", ["Mihail Kogalniceanu International Airport"]),
    ("Tiksi Airfield, Sakha Republic, Russia.", ["Tiksi Airport", "Saha, Respublika", "Russian Federation"]),
    ("A submarine was detected near HM Naval Base Clyde on 2 September.", ["HMNB Clyde"]),
])
def test_names_that_are_not_the_place_they_spell(sentence, places):
    assert _places(sentence) == [places]


@pytest.mark.parametrize("text, first_sentence_places", [
    ("Nairobi (AFP) – Satellite images show new hangars at Berbera airport.", ["Berbera Airport"]),
    ("TRIPOLI/LONDON, March 4 (Reuters) - Russian flights to Libya have doubled.", ["Libya"]),
])
def test_a_title_case_or_two_city_dateline_is_no_place_of_the_claim(text, first_sentence_places):
    assert _places(text)[0] == first_sentence_places
