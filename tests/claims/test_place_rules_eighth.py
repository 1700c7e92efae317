"""Place rules added after the eighth held-out scoring (issue 11), each on sentences written for it."""

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


def _places(text: str, sentence: str) -> list[str]:
    """The places of the sentence holding ``sentence``, named and carried, sorted."""
    analyses = analyze_document(text, date(2025, 6, 1), default_gazetteer(), load_taxonomy())
    (a,) = [a for a in analyses if sentence in text[a.start:a.end]]
    return sorted(p.place.name for p in a.places)


@pytest.mark.parametrize("text, names", [
    # places no list had, and names written in other ways
    ("Four Il-76 were seen at Maaten al-Sarra near the border.", ["Maaten al-Sarra air base"]),
    ("Flights landed at al-Khadim airbase east of Benghazi.", ["Al Khadim air base", "Benghazi"]),  # a lower-case article
    ("A ferry burned at the port of Kavkaz.", ["Kavkaz"]),
    ("The tanker was seen off Tanjung Pelepas.", ["Tanjung Pelepas"]),
    ("A submarine was detected near Amami-Oshima.", ["Amami-Oshima"]),
    ("Missile boats were unveiled on Qeshm Island.", ["Qeshm Island"]),
    ("Bombers flew over the Kola Peninsula.", ["Kola Peninsula"]),
    ("A French frigate took over off Brittany.", ["Bretagne"]),  # an English name of a French region
    ("The ship will patrol around the Malvinas.", ["Falkland Islands (Malvinas)"]),
    ("A patrol ship sailed to the Falkland Islands.", ["Falkland Islands (Malvinas)"]),
    ("Destroyers passed 100 km northeast of Tsushima.", ["Tsushima Island"]),  # the island, not the Aichi town
    # not places: a fleet, a city's authority, an aircraft's or a ship's name, an adjective before a designator
    ("Russia's Baltic Fleet held exercises near Baltiysk.", ["Russian Federation", "Baltiysk"]),
    ("Drones hit a ship in Izmail, the Odesa regional administration said.", ["Izmayil"]),
    ("A Navy P-3 Orion flew over the fishing fleet.", []),
    ("The submarine ARA San Juan sank in 2017.", []),
    ("Dewey sailed with the frigate HMCS Ville de Québec.", []),
    ("Two U.S. B-1B bombers flew off the coast.", []),
    ("Cargo ships left the Syrian port of Tartus.", ["Ţarţūs"]),  # the port is named: not a vague Syria
    # a later item of a list after a locative word is a place like the first
    ("Vessels were damaged in strikes on Odesa, Chornomorsk and Pivdennyi.", ["Odesa", "Chornomors’k", "Pivdennyi port"]),
])
def test_names_in_context_eighth_set(gazetteer, text, names):
    assert _names(gazetteer, text) == names


@pytest.mark.parametrize("text, sentence, places", [
    # an installation named in full, then by the town it is named after
    ("Engels airbase: bombers back\nImagery shows eleven Tu-95MS bombers on the main apron at Engels.",
     "Imagery shows", ["Engels Airbase"]),
    ("A Typhoon from RAF Lossiemouth flew north. A P-8 from Lossiemouth tracked a submarine.", "A P-8",
     ["RAF Lossiemouth"]),
    ("The carrier sailed into the Karwar naval base on Monday. The Navy plans to base a carrier at Karwar.",
     "The Navy plans", ["INS Kadamba"]),
    # … but not where the installation is at the town's very point (Novorossiysk's naval base)
    ("A ship listed at the Novorossiysk naval base. Ships have been moving to Novorossiysk since 2023.",
     "Ships have been", ["Novorossiysk"]),
    # an air base named after a town: written so, or where the sentence puts aircraft there
    ("Vietnam has also expanded the airbase at Cam Ranh.", "Vietnam has", ["Cam Ranh Airport", "Viet Nam"]),
    ("At Ukrainka in the Amur region, imagery shows five Tu-95MS bombers.", "At Ukrainka",
     ["Amurskaya oblast'", "Ukrainka air base"]),
    ("The strikes targeted Dyagilevo air base near Ryazan.", "The strikes", ["Dyagilevo Air Base", "Ryazan’"]),
    # "the harbour" of an island; "the boat basin"; "the country" of the latest place
    ("Imagery shows J-10 fighters at Woody Island. Two destroyers were moored in the harbour.", "Two destroyers",
     ["Woody Island"]),
    ("A submarine was seen at the Sinpo shipyard. A test submarine remains in the secure boat basin.",
     "A test submarine", ["Sinpo shipyard"]),
    ("Russian cargo ships left the Syrian port of Tartus as Moscow's future in the country remained unclear.",
     "Russian cargo", ["Moscow", "Syrian Arab Republic", "Ţarţūs"]),
])
def test_references_in_the_document_eighth_set(text, sentence, places):
    assert _places(text, sentence) == places


def test_a_dateline_with_a_country_is_not_part_of_the_claim():
    text = "GDYNIA, Poland, Jan. 16, 2025 (AP) — A Polish minesweeper left Gdynia on Thursday."
    analyses = analyze_document(text, date(2025, 1, 16), default_gazetteer(), load_taxonomy())
    assert [p.place.name for p in analyses[0].places] == ["Gdynia"]
    assert [d.label for d in analyses[0].dates] == ["2025-01-16"]
