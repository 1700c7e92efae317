"""Session 38 (issue 11): rules written after the fifty-second held-out set's first scoring (drone strikes on Ostafyevo
airfield, Ali Al-Salem Air Base, Oman's air bases) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 8, 22)


@pytest.mark.parametrize(("text", "expected"), [
    # an aerodrome by its name's one distinctive word, in a document about airfields
    ("Drones hit Ostafyevo airport on Wednesday. Satellite images of Ostafyevo show no damage.",
     [["Ostafyevo International Airport"], ["Ostafyevo International Airport"]]),
    ("Why Ostafyevo? The airfield serves transport aviation.",
     [["Ostafyevo International Airport"], ["Ostafyevo International Airport"]]),
    ("Two tankers landed at Twenthe, the runway's operator said.", [["Twenthe Airport"]]),
    # controls: no airfield in the document; a field named after its owner; a name's last word
    ("Ostafyevo lies south of Moscow.", [["Moscow"]]),
    ("Myers said the runway at the airport was closed.", [[]]),
    ("The airport's director, Ivan Ostafyevo, said the runway was closed.", [[]]),
])
def test_an_aerodrome_named_by_its_one_word(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "the two sites": that many of the places named before
    ("No fires were seen at Ostafyevo airport or Millerovo air base, but one was seen in Podolsk. "
     "No images of the two sites show damage.",
     [["Ostafyevo International Airport", "Millerovo air base", "Podolsk"],
      ["Ostafyevo International Airport", "Millerovo air base"]]),
    # "the city" after a city named before it in the sentence, or after "the capital": that city
    ("A fire broke out in Podolsk. Ten drones were downed near Moscow, one of the largest attempts to attack the city.",
     [["Podolsk"], ["Moscow"]]),
    # control: a plural without a number takes every place before
    ("Drones struck Ostafyevo airport and Millerovo air base. Images of the sites show damage.",
     [["Ostafyevo International Airport", "Millerovo air base"],
      ["Ostafyevo International Airport", "Millerovo air base"]]),
])
def test_a_counted_plural_and_the_city_refer_back_to_the_right_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("No detailed satellite images of Savasleyka airfield have been made public.", [False]),
    ("Satellite imagery taken after the Savasleyka strike has yet to be published.", [False]),
    ("Ten drones were downed on the approaches to Moscow overnight, one of the largest attempts to attack the city.",
     [False]),
    # controls: imagery that shows, an attack beside the tally
    ("Satellite imagery taken after the strike shows two burnt aircraft at Savasleyka airfield.", [True]),
    ("Ten drones were downed near Moscow, and a drone attack damaged a hangar at Ostafyevo airport.", [True]),
])
def test_imagery_not_yet_published_and_drones_downed_in_an_attempt_are_no_sight(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected


def test_a_gulf_paper_s_dateline_with_a_colon_is_no_place_and_no_date():
    text = "KUWAIT CITY, Oct 3: The wing held a media day at Ali Al-Salem Air Base last week."
    [a] = analyses(text, date(2024, 10, 3))
    assert [p.place.name for p in a.places] == ["Ali Al Salem Air Base"]
    assert [d.label for d in a.dates] == ["week of 2024-09-23"]


@pytest.mark.parametrize(("text", "expected"), [
    # an accusation of an act names the act (h765 of the tuning set)
    ("Ukraine accused Russia of striking the port of Odesa on July 18.", [True]),
    ("Iran accused Kuwait of letting an aircraft take off from Ali Al Salem Air Base to take part in the killing of "
     "Qassem Soleimani.", [True]),
    # a base overrun, a base opened to the press or shown on a media day, as a visit is
    ("In August 1990 Ali Al Salem Air Base was the last in Kuwait to be overrun by Iraqi forces.", [True]),
    ("The wing held a media day at Ali Al Salem Air Base last week.", [True]),
    ("US-led coalition opens Ali Al Salem Air Base to the press", [True]),
    # controls: an accusation of an attempt; a killing with no aircraft is a casualty
    ("Manila has accused Beijing of trying to starve out the marines stationed at Second Thomas Shoal.", [False]),
    ("The strike on Ali Al Salem Air Base led to the killing of Qassem Soleimani.", [False]),
])
def test_an_accusation_of_an_act_and_a_base_overrun_or_shown_are_claims_to_check(text, expected):
    assert [a.checkable for a in analyses(text, date(2024, 10, 3))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a state named like an English word once its accents go is a place only after a locative word
    ("Thumrait Air Base stores a Harvest Falcon set of tents.", [["Thumrait Air Base"]]),
    ("Floods hit villages in Falcon.", [["Falcón"]]),  # controls: after a locative word; with its accent
    ("Air-defence units deployed to the states of Sucre and Falcón.", [["Sucre", "Falcón"]]),
    # Oman's governorate by its English name
    ("The road links Dhofar to the north.", [["Z̧ufār"]]),
    # "the island" after an installation on an island the gazetteer knows by the installation's first word
    ("Bombers flew in from Diego Garcia. Masirah Air Base housed gunships. The island served as a staging base.",
     [["Diego Garcia"], ["Masirah Air Base"], ["Masirah Island"]]),
    ("Bombers flew in from Diego Garcia. The island lies in the Indian Ocean.",  # control: no installation since
     [["Diego Garcia"], ["Diego Garcia"]]),
    # an airport by its former name; a base in no list; "the sultanate"
    ("Seeb International Airport, outside Muscat, housed tankers.", [["Muscat International Airport", "Muscat"]]),
    ("Oman allotted land at Al Musnana for an air base. Officials said the sultanate's air force will use it.",
     [["Oman", "Al Musnana"], ["Oman"]]),
])
def test_oman_s_places(text, expected):
    assert place_names(text, date(2002, 4, 25)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("On 11 August 1990, British VC10 tankers escorted 12 Jaguars into Thumrait.", ["unknown aircraft", "fighter"]),
    ("Masirah Air Base housed a squadron of AC-130 gunships.", ["unknown aircraft"]),
    ("Kuwait owns six Eurofighter jets alongside a fleet of American-made aircraft.", ["fighter", "unknown aircraft"]),
    ("The airfield is used for transport aviation.", ["cargo aircraft"]),
    # controls: a helicopter gunship; a football team; a generic repeating the type named before it
    ("Two Mi-24 gunships landed.", ["helicopter"]),
    ("The Jacksonville Jaguars won.", []),
    ("Six Eurofighter jets landed; the aircraft taxied to the apron.", ["fighter"]),
])
def test_aircraft_of_the_gulf_bases(text, expected):
    assert [o.cls for a in analyses(text, _PUBLISHED) for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He described Ostafyevo airport as a deceptive target used for transport aviation.", [False]),
    ("Kuwait now owns six Eurofighter jets at Ali Al Salem Air Base.", [False]),
    ("In April 2002, Oman allotted land at Al Musnana for a $120 million air base able to take B-52 bombers.", [False]),
    # controls: a pier built that can host ships; aircraft that landed
    ("The 363-meter pier at Ream Naval Base, completed in 2024, is the only pier able to host warships.", [True]),
    ("Two B-52 bombers landed at Al Musnana in April 2002.", [True]),
])
def test_a_characterisation_an_inventory_and_a_capacity_are_no_sight(text, expected):
    assert [a.checkable for a in analyses(text, _PUBLISHED)] == expected
