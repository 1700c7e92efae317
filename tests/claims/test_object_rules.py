"""Object rules added after the fifth held-out scoring (issue 11), each on sentences written for it."""

from __future__ import annotations

import pytest

from annotate.claims.objects import find_objects
from annotate.model.taxonomy import load_taxonomy


@pytest.mark.parametrize("text, classes", [
    ("HMS Iron Duke shadowed the convoy.", ["warship"]),  # a hull prefix and a name: a warship
    ("JS Kaga and USNS Big Horn sailed together.", ["warship"]),  # USNS: an auxiliary, no warship by its prefix
    ("A grounded tank landing ship, the BRP Sierra Madre, is manned.", ["landing ship"]),  # its kind is given
    ("A coast guard cutter followed them.", ["warship"]),
    ("The battlecruiser stayed at the pier.", ["warship"]),
    ("Two Akula boats and a Yasen-M submarine sailed.", ["submarine"]),  # a class name before a vessel word
    ("The port handled 30 vessels, including 12 tankers.", ["tanker", "unknown vessel"]),  # a count and its parts
    ("Two enemy ships and a frigate were seen.", ["unknown vessel", "warship"]),  # one side's ships
    ("There is one enemy ship, a carrier of cruise missiles.", ["warship"]),  # one ship, described
    ("A tanker was approached by a small craft.", ["tanker", "unknown vessel"]),  # a kind without a class
    ("The vessel, a tanker, was hit.", ["tanker"]),  # the same vessel
])
def test_vessel_classes(text, classes):
    assert sorted({o.cls for o in find_objects(text, load_taxonomy())}) == sorted(classes)


def _checkable(text: str) -> bool:
    from datetime import date

    from annotate.claims.analysis import analyze_document
    from annotate.claims.gazetteer_build import default_gazetteer

    (a,) = analyze_document(text, date(2025, 6, 1), default_gazetteer(), load_taxonomy())
    return a.checkable


@pytest.mark.parametrize("text, checkable", [
    ("Are Russian frigates stationed at Tartus?", False),  # a question
    ("Ships are advised to avoid the port of Aden from 3 May.", False),  # an advice
    ("Vietnam protested the deployments at Cam Ranh on 12 May.", False),  # a diplomatic act
    ("Russia denied on 12 May that a frigate docked at Tartus on 3 May.", True),  # the denied sighting is a claim
    ("North Korea fired two missiles from the Wonsan area on 12 May.", True),  # a launch is observable
    ("On 12 May the fleet held drills off Qingdao.", True),
    ("The fuel tanks match satellite imagery of Engels from 28 March.", True),
])
def test_what_can_be_checked_from_above(text, checkable):
    assert _checkable(text) is checkable


# added after the sixth held-out scoring
@pytest.mark.parametrize("text, classes", [
    ("A Chinese Navy helicopter flew within 10 feet of a BFAR aircraft.", ["helicopter", "unknown aircraft"]),
    ("Radar imagery shows a vessel of the tanker's size alongside a second tanker.", ["tanker", "unknown vessel"]),
    ("The frigate returned; the ship had been at sea for a month.", ["warship"]),  # "the ship" is the frigate
    ("Two J-20 fighters and a Y-9 patrol aircraft flew past.", ["fighter", "unknown aircraft"]),
    ("A detachment of Pacific Fleet ships led by the corvette Sovershenny returned.", ["warship"]),
    ("A Swedish Air Force JAS 39 Gripen kept watch.", ["fighter"]),  # an aircraft by its name
    ("Two Rafales and F/A-18 Super Hornets flew.", ["fighter"]),
    ("Carriers are not expected to return to the route.", []),  # shipping lines
    ("Two carriers sailed together.", ["warship"]),
])
def test_object_classes_sixth_set(text, classes):
    assert sorted({o.cls for o in find_objects(text, load_taxonomy())}) == sorted(classes)


@pytest.mark.parametrize("text, checkable", [
    ("Scorch marks suggest an engine test took place.", False),  # no place, no date
    ("Scorch marks at Sohae suggest an engine test took place on 3 May.", True),
    ("North Korea last attempted a satellite launch from Sohae in May 2024.", True),
    ("Iran did launch missiles at Haifa on June 22.", True),
    ("A second pier, under construction since June 2024, now extends 120 metres.", True),
    ("Satellite images show new structures at Ream.", True),
    ("The footage shows Engels, not Morozovsk.", False),  # where a video was filmed
])
def test_what_can_be_checked_from_above_sixth_set(text, checkable):
    assert _checkable(text) is checkable


# added after the seventh held-out scoring
@pytest.mark.parametrize("text, classes", [
    ("A third vessel, possibly a fast attack craft, is moored at the port.", ["warship"]),  # one object
    ("The inspection vessel HDMS Knud Rasmussen arrived in Nuuk.", ["warship"]),  # a navy's inspection vessel
    ("A vessel and a frigate were moored.", ["unknown vessel", "warship"]),  # two objects
])
def test_object_classes_seventh_set(text, classes):
    assert sorted({o.cls for o in find_objects(text, load_taxonomy())}) == sorted(classes)


@pytest.mark.parametrize("text, checkable", [
    ("She made a port call in Djibouti on 4 March.", True),
    ("The assault ship USS Iwo Jima remains off Venezuela, and F-35 aircraft will arrive this month.", True),
    ("The ships will remain in Havana until June 17.", False),  # a state to come
    ("A strip of reclaimed land at Pearson Reef was completed in May.", True),
])
def test_what_can_be_checked_from_above_seventh_set(text, checkable):
    assert _checkable(text) is checkable


# added after the eighth held-out scoring
@pytest.mark.parametrize("text, classes", [
    ("Two destroyers and one Dubna-class replenishment oiler sailed southwest.", ["warship", "tanker"]),
    ("The group comprises a cruiser and the replenishment vessel Weishanhu.", ["warship", "tanker"]),
    ("Two tankers were seized by Iraqi coast guard boats.", ["tanker", "warship"]),
    ("HMS Somerset and a Typhoon from RAF Lossiemouth monitored the spy ship.", ["warship", "fighter", "unknown vessel"]),
    # a hull-prefixed name beside another ship's class is a warship of its own …
    ("Earlier this month, HMS Somerset escorted the Russian submarine Novorossiysk past Dover.", ["warship", "submarine"]),
    # … but the class right before it, or after "is the", is its own
    ("The landing ship BRP Sierra Madre is grounded.", ["landing ship"]),
    ("INS Vaghsheer is the sixth and last Kalvari-class submarine.", ["submarine"]),
    # a definite generic opening the sentence refers back, not to a vessel named after it
    ("The two ships were monitored by a frigate throughout the transit.", ["unknown vessel", "warship"]),
    ("The vessel seen in the photo is the TCG Bayraktar, an amphibious ship.", ["landing ship"]),
])
def test_object_classes_eighth_set(text, classes):
    assert sorted({o.cls for o in find_objects(text, load_taxonomy())}) == sorted(classes)


@pytest.mark.parametrize("text, checkable", [
    ("The new revetments at Engels remain empty.", True),  # a state an image shows now, at a named place
    ("Further north, at Obock, no new construction was visible.", True),
    ("Dredging continues at Vietnam's outposts on Barque Canada Reef.", True),
    ("Venezuela's armed forces have deployed air-defence units to Falcón.", True),
    ("We expect some of the aircraft at Engels to deploy to Olenya.", False),  # an expectation, however long
    ("The carrier group is expected in Tokyo Bay in September.", False),
    ("The ship, the last of four built in France, will patrol around the Malvinas.", False),  # the main verb's tense
    ("The frigate, which will be retired, docked at Tartus on May 18.", True),
    ("B-52 bombers rotated through Andersen in February, and we expect a task force to arrive this summer.", True),
    ("Kim Jong-un ordered the ship restored before a meeting in late June.", False),  # an order
    ("Today, OFAC is sanctioning 21 tankers that shipped oil to China.", False),  # a legal act
    ("How a sanctioned cargo ship carried coal to Nampo in May.", True),  # an adjective, not the act
    ("We rate the claim that the ferry sank at Kavkaz on 20 August as unproven.", False),  # a verdict
    ("The claim that the base at Tartus is empty is false.", False),
    ("To ask the Secretary of State how many Russian warships have been escorted since 1 January 2025.", False),
])
def test_what_can_be_checked_from_above_eighth_set(text, checkable):
    assert _checkable(text) is checkable


# added after the ninth held-out scoring
@pytest.mark.parametrize("text, classes", [
    # a vessel or aircraft word naming a facility, people or a count is no object
    ("Four new hardened aircraft shelters have been completed.", []),
    ("A small boat basin under construction could serve patrol boats.", ["warship"]),
    ("Ship trackers said the frigate had left.", ["warship"]),
    ("India has raised concerns over such vessels, which can map the seabed for submarine operations.", []),
    ("Defence will not comment on the number of aircraft in future rotations.", []),
    ("Two aircraft carriers were seen in the harbour.", ["warship"]),  # not a facility
    # kinds of tanker and of warship in the trade's own words
    ("The aframax had loaded fuel oil at the terminal.", ["tanker"]),
    ("One Fuchi-class supply ship sailed northwest.", ["tanker"]),
    ("Russia keeps three Kalibr missile carriers in the Black Sea.", ["warship"]),
    ("Most of the fleet's surface ships are now based in Novorossiysk.", ["warship"]),
    ("A resupply boat reached the shoal.", ["unknown vessel"]),
    # designators and names
    ("A Philippine Air Force C-208 flew over the shoal.", ["unknown aircraft"]),
    ("The Su-24s we saw there in June are gone.", ["bomber"]),
    ("Six Typhoons arrived on Saturday.", ["fighter"]),
    ("Additional Typhoon fighters and Voyager tanker aircraft have landed.", ["fighter", "unknown aircraft"]),
    # the pursued is another object than the pursuer; a definite generic beside a new indefinite one is not it
    ("Two Italian F-35 fighters took off to identify the jet.", ["fighter", "unknown aircraft"]),
    ("A coast guard boat escorted the two ships to the end of the strait.", ["warship", "unknown vessel"]),
    ("Six Typhoons arrived, joining the aircraft already based there.", ["fighter", "unknown aircraft"]),
    ("Satellite images show the ship berthed at the harbour next to a container ship.", ["unknown vessel", "cargo ship"]),
    ("The boat, the Unaizah May 4, reached the grounded warship.", ["unknown vessel", "warship"]),
    ("The ship, a Ropucha-class landing ship, left port.", ["landing ship"]),  # an apposition naming its kind
])
def test_object_classes_ninth_set(text, classes):
    assert sorted({o.cls for o in find_objects(text, load_taxonomy())}) == sorted(classes)


@pytest.mark.parametrize("text, checkable", [
    ("Satellite images reveal damage at the port of Salif.", True),  # what an image reveals at a named place
    ("A Chinese balloon was detected northwest of Keelung on 26 May.", True),
    ("Several of the flights originated at Hmeimim in December.", True),
    ("Four new hardened aircraft shelters have been completed at Wonsan Kalma airport.", True),
    ("Video does not show a Chinese aircraft carrier in Hambantota.", False),  # a fact check's verdict
    ("Imagery from 9 June does not show any warship at Hambantota.", True),  # an absence an image shows
])
def test_what_can_be_checked_from_above_ninth_set(text, checkable):
    assert _checkable(text) is checkable


# added after the tenth held-out scoring
@pytest.mark.parametrize("text, classes", [
    ("Two border guard boats removed the buoys.", ["warship"]),
    ("Five PLAN vessels were detected.", ["warship"]),
    ("The small missile ship Zelenyy Dol fired.", ["warship"]),
    ("Two landing helicopter docks were moored.", ["landing ship"]),  # no helicopter
    ("The destroyer programme could yield six ships.", ["unknown vessel"]),  # a programme is no destroyer
    ("A moratorium on research ship visits lapsed.", []),
    # a definite generic before a ship's own name is that ship, another than the warship beside it
    ("A coast guard cutter fired its water cannon at the vessel Bayani Star.", ["warship", "unknown vessel"]),
    # a generic described by its size beside another vessel
    ("Images show the 4,000-ton ship floating beside the hall, with a tug alongside.", ["unknown vessel", "tug"]),
    # a generic in apposition with a hull-prefixed name is that ship
    ("A signals intelligence ship, HSwMS Orion, was tracked.", ["warship"]),
    ("A second ship, HMS Venturer, will follow.", ["warship"]),
    ("Two Voyagers and an A400M transport were parked.", ["unknown aircraft", "cargo aircraft"]),
])
def test_object_classes_tenth_set(text, classes):
    assert sorted({o.cls for o in find_objects(text, load_taxonomy())}) == sorted(classes)


@pytest.mark.parametrize("text, checkable", [
    ("Fact Check\nVideo does not show a Russian submarine in Havana", False),  # a verdict under a label line
    ("No, this photo doesn't show a US carrier in the Taiwan Strait", False),
    ("The fighters may have been moved from Sondok air base.", False),  # speculation on the very verb
    ("The new shelters at Buchel Airport are due to be completed by June 2026.", False),
    ("The first F-35s are to arrive at Buchel Airport in 2027.", False),
    ('The naval chief said the submarines would "greatly enhance" security at Karachi.', False),
    ("India objected to the visit of the research vessel to Hambantota on 4 August.", False),
    ("The ministry said it was closely monitoring the carrier near Pratas Island on 3 May.", False),
    # an act with its toll as a clause after it is the act (session 40: the tuning set labelled it so four times in
    # seven — h313, h458, h621, h751 — and the other three were relabelled; the toll alone stays no sight)
    ("Strikes on a boat off Venezuela on 2 September, killing 11 people.", True),
    ("Eleven people were killed off Venezuela on 2 September.", False),
    ("Construction of new revetments at Wonsan Kalma airport started in late May.", True),
    ("The runway at RAF Akrotiri was lengthened in 2023.", True),
    ("The naval base at Bandar Abbas appears undamaged in the same images.", True),
    ("Satellite imagery from April 8 shows the pier at Ream Naval Base empty.", True),
    ("7/ Images: Engels airbase 31 May 2025.", True),  # a thread's caption (dated before the test's publication, 1 June 2025)
    ("Videos posted by residents show explosions over Novorossiysk.", True),
])
def test_what_can_be_checked_from_above_tenth_set(text, checkable):
    assert _checkable(text) is checkable
