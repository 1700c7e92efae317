"""Places the tuning reports and the fourteenth held-out set named that no list had, and the rules their labels
showed (session 17, issue 11), each tested on sentences written for it: a terminal is no base a later "the base"
refers back to; a town written as a port or a city is not the installation named after it; "the bridge" and "the
shoal" refer back to their own kind; a littoral combat ship is a warship."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy

from .test_place_rules_sixteenth import _places


@pytest.mark.parametrize("sentence, place", [
    ("A landing ship was in dry dock at Sevmorzavod on 2 June.", "Sevmorzavod"),
    ("Tankers waited off the Sheskharis oil terminal on Sunday.", "Sheskharis oil terminal"),
    ("Kazakh crude loaded at the CPC terminal on 8 June.", "CPC marine terminal"),
    ("Two Su-34s were seen at Borisoglebsk air base on 3 June.", "Borisoglebsk air base"),
    ("The Tu-160 bombers left Engels-2 after the strike.", "Engels Airbase"),
    ("Three submarines were alongside at Olenya Guba on 1 June.", "Olenya Guba naval base"),
    ("A frigate was floated out at Blohm+Voss in Hamburg.", "Blohm+Voss shipyard"),
    ("The frigate is being built at Irving Shipbuilding in Halifax.", "Halifax Shipyard"),
    ("Three Russian warships were seen off the Muuga port east of Tallinn.", "Muuga Harbour"),
    ("A container ship waited below the Gatun Locks on Monday.", "Gatun Locks"),
    ("The Type 075 sailed south of Lanyu on 4 June.", "Orchid Island"),
    ("The BFAR vessel was shadowed near Capones Island on 5 June.", "Capones Island"),
    ("Six J-16 fighters were parked at Longtian air base on 2 June.", "Longtian air base"),
    # and those the fourteenth held-out set named
    ("A new corvette was fitting out at the Shahid Mahallati shipyard on 8 June.", "Shahid Mahallati shipyard"),
    ("Helicopters are stationed at Atsugi base.", "Atsugi Naval Air Facility"),
    ("F-35Bs flew from Marine Corps Air Station Iwakuni on 2 June.", "Iwakuni Marine Corps Air Station"),
    ("A tug was struck near Kinburn Spit on the night of 9 June.", "Kinburn Spit"),
    ("Imagery shows damage to a hangar at the Chaplynka airfield.", "Chaplynka airfield"),
    ("An Osprey crashed on Melville Island in 2023.", "Melville Island"),
    ("The destroyers passed through the Osumi Strait on 8 June.", "Osumi Strait"),
    ("The frigate returned to Haakonsvern on 2 June.", "Haakonsvern naval base"),
    ("Four F-35As arrived on Okinawa on Sunday.", "Okinawa Island"),
])
def test_installations_and_places_no_list_had(sentence, place):
    assert place in _places(sentence)[0]


def test_a_terminal_is_no_base_a_later_reference_reaches():
    text = ("Sea drones attacked the port of Novorossiysk on Wednesday.\n\n"
            "Videos show explosions near the Sheskharis oil terminal and at the entrance to the naval base.\n\n"
            "Images of 22 September showed four frigates moored at the base.")
    places = _places(text)
    assert places[1] == ["Sheskharis oil terminal", "Novorossiysk"]
    assert places[2] == ["Novorossiysk"]


def test_a_town_written_as_a_port_is_not_the_base_named_after_it():
    text = ("A destroyer was moored at the Wonsan naval base on 28 May.\n\n"
            "A cargo ship docked at the commercial port of Wonsan on 3 June.\n\n"
            "The frigate returned to Wonsan on 5 June.")
    assert _places(text) == [["Wonsan naval base"], ["Wonsan"], ["Wonsan naval base"]]


def test_the_bridge_and_the_shoal_refer_back_to_their_own_kind():
    text = ("A photo shows the Crimean Bridge after a drone attack near Kerch.\n\n"
            "Imagery of June 6 shows the bridge intact.")
    assert _places(text)[1] == ["Crimean Bridge"]
    text = ("Two cutters stayed around Second Thomas Shoal on June 14.\n\n"
            "Most militia ships had sailed from Mischief Reef, where 40 were anchored on June 10.\n\n"
            "The BRP Sierra Madre, grounded on the shoal since 1999, remains the only outpost.")
    assert _places(text)[2] == ["Second Thomas Shoal"]
    # with no shoal named, the latest reef is still the one
    text = ("Most militia ships had sailed from Mischief Reef on June 10.\n\n"
            "The ships stayed inside the reef until June 12.")
    assert _places(text)[1] == ["Mischief Reef"]


def test_a_littoral_combat_ship_is_a_warship():
    (analysis,) = analyze_document("A US Navy littoral combat ship arrived in Changi on Monday.",
                                   date(2025, 6, 10), default_gazetteer(), load_taxonomy())
    assert [o.cls for o in analysis.objects] == ["warship"]
