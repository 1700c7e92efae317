"""Session 25 (issue 11), each tested on sentences written for it, from the twenty-second held-out set's misses:
places ("Land's End" is no airport of "Land"; "the Vietnam War" names no country; Devonport by the document's
other places; "the same yard" is the yard before, not the port the sentence names; "the dockyard" is the Naval
Dockyard before any shipyard named since; "the $175 million wharf" refers back; "the installation in Town" names
the town too; "that no foreign base" refers to nothing; Antelope Reef and Tien Sa port are listed), dates ("since
at least 2019", "took place Thursday", "between May and August", "since 2024, and … November 16"), objects (what a
ship or an aircraft monitors or tracks is another one; a count of aircraft listed after a colon; "1 official
ship"; "mine countermeasures ship"; "cutter-suction dredgers") and what makes a sentence checkable or not."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2026, 9, 17)  # a Thursday


def _analyses(text: str):
    return analyses(text, _PUBLISHED)


def _places(text: str) -> list[list[str]]:
    return place_names(text, _PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("The patrol ship passed Land's End before dawn with a helicopter overhead.", ["Land's End"]),
    ("The destroyer anchored off Da Nang, the first such visit since the end of the Vietnam War.", ["Da Nang"]),
    ("The frigate was refitted at the Naval Dockyard in Visakhapatnam in March.",
     ["Naval Dockyard Visakhapatnam", "Visakhapatnam"]),
    ("Imagery shows new dredging at Antelope Reef.", ["Antelope Reef"]),
    ("The cruiser moored at Tien Sa port for four days.", ["Tien Sa port"]),
    # controls: Vietnam as a noun, an installation named without a town
    ("Vietnam protested the reclamation work.", ["Viet Nam"]),
    ("Two tankers berthed at the Naval Dockyard on Monday.", []),
])
def test_places_of_one_sentence(text, expected):
    assert _places(text) == [expected]


def test_devonport_is_the_naval_base_of_the_document_around_it():
    uk = "The frigate sailed from Plymouth on Monday.\nHMS Kent returned to Devonport on Tuesday."
    nz = "The tanker left Auckland on Monday.\nHMNZS Aotearoa returned to Devonport on Tuesday."
    au = "The ferry left Devonport for Melbourne on Tuesday."
    assert _places(uk)[1] == ["HMNB Devonport"]
    assert _places(nz)[1] == ["Devonport Naval Base Auckland"]
    assert _places(au)[0] == ["Devonport", "Melbourne"]


def test_the_same_yard_is_the_yard_before_not_the_port_the_sentence_names():
    text = ("The destroyer was launched at the Chongjin shipyard on Thursday.\n"
            "A sister ship was damaged at the same yard in May and later repaired at Rajin.")
    assert _places(text)[1] == ["Rajin", "Chongjin"]


def test_the_dockyard_is_the_dockyard_named_before_a_shipyard_named_since():
    text = ("The frigate was commissioned at the Naval Dockyard in Mumbai on Monday.\n"
            "It was built by Mazagon Dock Shipbuilders.\n"
            "Imagery shows the frigate at the dockyard's north wharf.")
    assert _places(text)[2] == ["Naval Dockyard Mumbai"]


def test_a_wharf_after_a_price_refers_back():
    text = ("The supply ship arrived at Lombrum Naval Base on Saturday.\n"
            "The $175 million wharf was completed in September.")
    assert _places(text)[1] == ["Lombrum naval base"]


def test_that_no_base_refers_to_nothing():
    text = ("Two corvettes are berthed at Ream Naval Base.\n"
            "Officials said in July that no foreign base would be allowed in Cambodia.")
    assert _places(text)[1] == ["Cambodia"]


@pytest.mark.parametrize("text, expected", [
    ("The photo has circulated online since at least 2019.", ["2019|year"]),
    ("The launch took place Thursday at the yard, state media said.", ["2026-09-17|day"]),
    ("The pier was built between May and August 2026.", ["2026-05|month", "2026-08|month"]),
    ("The frigate has been based at Sevastopol since 2025, and imagery from September 12 shows it there.",
     ["2025|year", "2026-09-12|day"]),
])
def test_dates(text, expected):
    assert [f"{d.label}|{d.precision}" for a in _analyses(text) for d in a.dates] == expected


@pytest.mark.parametrize("text, expected", [
    ("A destroyer and a P-3C patrol aircraft monitored the vessels.", ["warship", "unknown aircraft", "unknown vessel"]),
    ("A P-8I aircraft had been tracking the vessel since September 9.", ["unknown aircraft", "unknown vessel"]),
    ("Imagery shows four aircraft on the apron at Hmeimim Air Base: two Il-76s, an An-124 and a Su-35.",
     ["unknown aircraft", "cargo aircraft", "fighter"]),
    ("Radar tracked 9 PLAN vessels and 1 official ship near the island.", ["warship", "unknown vessel"]),
    ("The navy sent a mine countermeasures ship to the cable.", ["warship"]),
    ("Eight cutter-suction dredgers were working on the reef.", ["unknown vessel"]),
    # controls: a definite generic repeating the specific one, a coast guard cutter
    ("The frigate Tromp left the harbour; the ship will return next week.", ["warship"]),
    ("The USCG cutter Stone arrived on Monday.", ["warship"]),
])
def test_objects(text, expected):
    assert sorted({o.cls for a in _analyses(text) for o in a.objects}) == sorted(expected)


@pytest.mark.parametrize("text, checkable", [
    # tallies and inventories
    ("The freighter is the third vessel detained in Estonian waters in less than a year.", False),
    ("Since January 2024, the group has attacked more than 60 merchant ships in the Gulf of Aden.", False),
    ("We count 14 arrivals of Il-76 aircraft at Hmeimim between September 1 and September 12.", False),
    ("The Air Force has some 45 B-1 bombers in its inventory.", False),
    # a fact check's label before its verdict
    ("Fact Check: Video of sinking frigate is from 2019, not a new attack on Novorossiysk", False),
    ("PolitiFact | No, China has not moved its carriers to Hainan", False),
    # to come, guessed, declined
    ("A third Type 076 ship is planned but not yet funded.", False),
    ("Russian forces have likely moved Su-34 bombers to Saki Air Base.", False),
    ("The ministry does not comment on the submarine's position.", False),
    ("The $175 million wharf can berth vessels up to 200 metres long.", False),
    ("The ROC Armed Forces have monitored the situation and responded with CAP aircraft.", False),
    # what a fixed-wing aircraft is, a design figure
    ("The Type 076 displaces about 40,000 tonnes and has a catapult for fixed-wing aircraft.", False),
    # seen, done, reported by a maritime agency
    ("UKMTO said the incident happened 60 nautical miles west of Hodeidah on Monday.", True),
    ("China's Djibouti base adds a second pier", True),
    ("North Korea fires ballistic missiles into East Sea: JCS", True),
    ("11 of the 19 sorties crossed the median line and entered Taiwan's ADIZ.", True),
    # controls: monitored as what was seen; a capability that images show; a past verb beside a design figure
    ("A frigate and 20 militia vessels were monitored near Scarborough Shoal on Monday.", True),
    ("The base can berth an aircraft carrier, satellite images show.", True),
])
def test_checkable(text, checkable):
    assert _analyses(text)[0].checkable is checkable


def test_the_port_after_an_oil_terminal_is_the_towns_port():
    text = ("Three warships left the port of Novorossiysk on Monday.\n"
            "A tanker was loading at the Sheskharis oil terminal.\n"
            "Drones struck a patrol ship at the port on Tuesday.")
    assert _places(text)[2] == ["Novorossiysk"]
    # control: "the terminal" is the terminal
    assert _places(text.replace("at the port on", "at the terminal on"))[2] == ["Sheskharis oil terminal"]
