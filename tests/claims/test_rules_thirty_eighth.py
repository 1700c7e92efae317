"""Session 33 (issue 11): rules written after the thirty-eighth held-out set's first scoring (Perim, Šiauliai,
Kapustin Yar, Duqm) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 4, 12)


def _places(text: str, published: date = _PUBLISHED) -> list[list[str]]:
    return place_names(text, published)


@pytest.mark.parametrize("text", [
    "Russia launched a missile from the Kapustin Yar test site.",
    "Airspace was closed ahead of a test at the Kapustin Yar range.",
    "A launch from the Kapustin Yar missile range was reported.",
    "Workers were seen at the Kapustin Yar proving ground.",
])
def test_a_village_named_before_a_ranges_or_test_sites_word_is_that_village(text):
    assert _places(text)[0][-1] == "Kapustin Yar"


def test_a_village_found_once_with_its_cue_comes_back_without_one():
    got = _places("Russia launched a missile from the Kapustin Yar test site. Kapustin Yar was founded in 1946. "
                  "Kapustin Yar Street is elsewhere.")
    assert got[1] == ["Kapustin Yar"]
    assert got[2] == []  # the first words of a longer name are no mention of the village


def test_without_the_cue_anywhere_the_village_is_not_read():
    assert _places("Kapustin Yar was founded in 1946.") == [[]]


def test_the_first_word_of_a_longer_name_is_no_airfield_of_that_word():
    # "State" is the first word of the range's name, not Mc Kenzie Bridge State Airport in Oregon
    assert _places("The USSR's State Central Test Range was used to test anti-aircraft missiles.") == [[]]
    assert _places("The jets were intercepted by F-35s from Ørland.") == [["Ørland Airport"]]


def test_a_qualified_base_refers_back_past_a_place_of_another_country_and_is_remembered():
    got = _places("Four F-15C fighters will arrive at the Šiauliai air base in northern Lithuania. The aircraft will "
                  "take off from RAF Lakenheath in the United Kingdom on December 30. Washington is also sending 150 "
                  "service members to the Lithuanian base. The three Baltic countries pay four million dollars a "
                  "year to maintain the base.", date(2013, 12, 26))
    assert got[2] == ["Washington", "Siauliai International Airport"]
    assert got[3] == ["Siauliai International Airport"]  # the base carried last, not RAF Lakenheath


def test_a_qualified_noun_beside_a_place_of_another_country_refers_to_no_town():
    got = _places("Moscow and Khartoum agreed to build a naval centre near Port Sudan. Images reviewed by Al "
                  "Jazeera's Sanad agency show an empty shoreline north of the city's Flamingo naval base, where the "
                  "Russian facility was to be built.")
    assert "Moscow" not in got[1] and "Flamingo naval base" in got[1]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two detachments are based at Šiauliai and the third at Estonia's Amari base.", "Amari Air Base"),
    ("NATO polices their airspace in four-month rotations from Amari, Estonia.", "Amari Air Base"),
])
def test_an_air_base_known_to_no_town_list_by_its_first_word(text, expected):
    assert expected in _places(text)[0]


def test_a_year_less_day_a_few_days_after_publication_is_that_years_even_in_the_past_tense():
    (a,) = analyses("On 25 March the minister signed an order allowing air policing from 29 March.", date(2004, 3, 27))
    assert [d.label for d in a.dates] == ["2004-03-25", "2004-03-29"]
    (b,) = analyses("The destroyer docked at the base on 20 April.", date(2004, 3, 27))
    assert [d.label for d in b.dates] == ["2003-04-20"]  # weeks ahead: last year's, as before


def test_an_airstrip_refers_back_to_the_island_named_before():
    got = _places("A runway is being built on Perim island. Work on the airstrip began a month ago.")
    assert got[1] == ["Perim"]


def test_an_outlets_verification_unit_is_no_place():
    assert _places("Satellite images analysed by Al Jazeera's Sanad verification agency show work.") == [[]]


def test_governments_that_agreed_are_no_place_a_later_noun_refers_to():
    got = _places("Five years after Moscow and Khartoum first agreed to build a naval centre near Port Sudan, images "
                  "show little. Images show an empty stretch of shoreline north of the city's Flamingo naval base.")
    assert "Moscow" not in got[1] and "Port Sudan" in got[1]


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize("text", [
    "Mysterious airstrip appears on a Yemeni island",
    "Air base being built on volcanic island off Yemen",
    "Two new hangar-like structures appeared on a concrete pad south of the runway at Perim after Feb. 24.",
])
def test_checkable_building_on_an_island_and_structures_appearing_on_a_pad(text):
    assert _checkable(text) == [True]


@pytest.mark.parametrize("text", [
    "The three Baltic nations joined NATO in 2004 and have no fighter jets of their own.",
    "On 25 March the minister signed an order allowing NATO aircraft to carry out air policing from 29 March.",
    "Poland has committed MiG-29 fighters to police Baltic skies in the past.",
    "The aircraft are bringing in equipment for the fighters and the personnel who will operate them at Šiauliai.",
])
def test_political_acts_and_commitments_are_not_checkable_nor_is_a_future_relative_clause_a_sighting(text):
    got = _checkable(text)
    assert got == [text.startswith("The aircraft are")]  # the aircraft bringing equipment is, despite "who will"


def test_a_town_before_an_industry_zones_capitalised_words_is_the_town():
    assert _places("A fire was reported at the Fujairah Oil Industry Zone.") == [["Fujairah"]]


def test_a_place_at_a_distance_is_a_landmark_and_the_site_still_refers_back():
    got = _places("Work was seen at the Kapustin Yar range. The site, 100 km from Volgograd, remains a key centre.")
    assert got[1] == ["Volgograd", "Kapustin Yar"]


# --- after the thirty-ninth set's scoring (Powidz, Dingxin, Votkinsk) ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Opened in April 2023, the Powidz Army Prepositioned Stocks-2 (APS-2) site stores tanks.", ["Powidz"]),
    ("The Powidz APS-2 facility took in 14 tanks.", ["Powidz"]),
    ("The Votkinsk Machine Building Plant makes missiles.", ["Votkinsk"]),
])
def test_a_facility_named_after_a_settlement_names_the_settlement(text, expected):
    assert _places(text) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The hub holds hundreds of M2 Bradley infantry fighting vehicles.", []),  # a vehicle, not a town
    ("The attack targeted a facility that makes Russia's Iskander missiles.", ["Russian Federation"]),  # no Iskandar
    ("In 1958 the China Air Weapon Test and Training Range was built.", []),  # a range's name of its own
    ("After the attack, regional airports, including Izhevsk, halted operations.", ["Izhevsk Airport"]),
    ("Drones hit Russia's Udmurtia region.", ["Russian Federation", "Udmurtskaya Respublika"]),
    ("Officials in the Udmurt Republic confirmed the attack.", ["Udmurtskaya Respublika"]),
])
def test_names_read_right_in_the_thirty_ninth_sets_shapes(text, expected):
    assert _places(text) == [expected]


def test_a_holiday_with_its_date_after_it_is_that_date_only():
    (a,) = analyses("The final practice took place on Christmas Day, December 25, 2003.", date(2008, 12, 4))
    assert [d.label for d in a.dates] == ["2003-12-25"]
    (b,) = analyses("The ships left on Christmas Day.", date(2008, 12, 30))
    assert [d.label for d in b.dates] == ["2008-12-25"]  # alone, still the holiday


@pytest.mark.parametrize("text", [
    "M1 Abrams tanks were lined up at the Powidz depot on Oct. 1, 2024.",
    "A sprawling US Army weapons depot in central Poland opened this week.",
    "After the attack, regional airports, including Izhevsk, halted operations.",
])
def test_checkable_a_depots_stock_an_opening_and_halted_operations(text):
    assert _checkable(text, date(2024, 10, 10)) == [True]
