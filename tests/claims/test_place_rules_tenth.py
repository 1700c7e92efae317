"""Place rules added after the tenth held-out scoring (issue 11), each on sentences written for it."""

from __future__ import annotations

import pytest

from annotate.claims.gazetteer_build import default_gazetteer

from .test_place_rules_eighth import _names, _places  # the same helpers


@pytest.mark.parametrize("text, names", [
    # a country in a title-case headline is no person's first name; a possessive country is no organisation's
    ("Taiwan Seizes Fishing Boat After Cable Cut", ["Taiwan, Province of China"]),
    ("Destroyers Leave Cambodia's Ream Naval Base", ["Cambodia", "Ream Naval Base"]),
    # … but a country that is also a first name still is, before a surname
    ("Israel Katz said the strikes would continue.", []),
    # courts, self-defence forces, strike groups, envoys and newspapers named after a place are no places
    ("Helsinki District Court will hear the case in May.", []),
    ("The Japan Maritime Self-Defense Force tracked the ships.", []),
    ("The UK Carrier Strike Group sailed.", []),
    ("The visit by US Secretary of State Antony Blinken ended.", []),
    ("The Cyprus Mail reported new arrivals.", []),
    # an installation's kind after a town's name, or after a list of them
    ("F-15 fighters scrambled from Chitose and Naha air bases.", ["Chitose Air Base", "Naha Airport"]),
    ("A P-8 flew from Evenes air station.", ["Harstad/Narvik Airport Evenes"]),
    # a name no town has, after a locative word in a sentence with aircraft: the airfield
    ("Two F-16s took off from Ørland.", ["Ørland Airport"]),
    # a demonym before an installation word names no installation (only the country, vaguely)
    ("A Russian airfield was struck.", ["Russian Federation"]),
    # the second of a pair after "left", a village
    ("Submarines left Gadzhiyevo and Zaozersk.", ["Gadzhiyevo submarine base", "Zaozërsk"]),
    # short forms of country names (session 13, before the eleventh set)
    ("Missiles were fired from N. Korea on Monday.", ["Korea, Democratic People's Republic of"]),
    ("S. Korea scrambles jets as bombers near the ROK.", ["Korea, Republic of", "Korea, Republic of"]),
    ("Coast guard ships from the PRC sailed to the UAE.", ["China", "United Arab Emirates"]),
])
def test_names_found(text, names):
    assert _names(default_gazetteer(), text) == names


@pytest.mark.parametrize("text, sentence, places", [
    # ships named after a plural kind are ships, not places, and nothing later refers back to them
    ("Two Type 052D destroyers, Kunming and Changsha, arrived at Ream Naval Base on Monday. "
     "The destroyers, Kunming and Changsha, were moored at the pier.", "were moored at the pier",
     ["Ream Naval Base"]),
    # a name after a plural kind is no ship's name
    ("Of the four Kilo-class submarines Russia built for the fleet, one was hit.", "Of the four", ["Russian Federation"]),
    # an island's runway, apron and flight line
    ("A new hangar stands on Great Coco Island. A transport aircraft was parked on the apron.", "was parked",
     ["Great Coco Island"]),
    ("Bombers landed at RAF Akrotiri. Spotters counted eight fighters on the flight line.", "Spotters counted",
     ["RAF Akrotiri"]),
    # a landmark beside the place is no antecedent: "near Latakia" … "the port" is Tartus
    ("Two frigates left Tartus in December. At Hmeimim air base near Latakia, 20 aircraft remained. "
     "Officials cancelled the lease on the port.", "cancelled the lease", ["Ţarţūs"]),
    ("Jets landed at RAF Akrotiri, residents of nearby Limassol said. Officials said the bases were busy.",
     "the bases were busy", ["RAF Akrotiri"]),
    # an installation's short name before its full name (a headline above the body)
    ("New hull spotted at Hudong-Zhonghua\n\nImagery shows a third hull at the Hudong-Zhonghua shipyard.", "New hull",
     ["Hudong-Zhonghua shipyard"]),
])
def test_places_referred_back_to(text, sentence, places):
    assert _places(text, sentence) == places


@pytest.mark.parametrize("text, sentence, places", [
    # a month after "from" is no airfield's name
    ("Imagery from October 5 shows four MiG-29 fighters at Sondok air base.", "Imagery from", ["Sondok air base"]),
    # the short name of a base named in full earlier is the base, not an airfield of that name elsewhere
    ("Bombers flew from Whiteman Air Force Base in Missouri. B-2s flying from Whiteman struck the sites.",
     "B-2s flying", ["Whiteman Afb Airport"]),
    # a modifier with a number before the noun: "the new 363-meter pier"
    ("Two corvettes docked at Ream Naval Base. They were the first to berth at the new 363-meter pier.",
     "They were the first", ["Ream Naval Base"]),
])
def test_more_places_after_the_tenth_set(text, sentence, places):
    assert _places(text, sentence) == places
