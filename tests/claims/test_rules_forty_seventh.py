"""Session 36 (issue 11): rules written after the forty-seventh held-out set's first scoring (the attack on Bamako
airport, the drones at Erbil) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 9, 19)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants stormed Bamako airport before dawn.", [["Senou Airport"]]),
    ("Militants stormed the airport in Bamako before dawn.", [["Senou Airport"]]),
    ("Flights resumed at Enugu airport.", [["Akanu Ibiam International Airport"]]),
    # control: a city with an air base of its own is not the nearest airport's
    ("Jets hit Nur Khan Air Base in Rawalpindi.", [["Nur Khan Air Base", "Rawalpindi"]]),
])
def test_a_city_s_airport_filed_under_its_village_is_found_by_the_city_s_name(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_iraq_s_kurdistan_region_is_a_place_and_iraq_after_it_too():
    assert place_names("Drones struck near Erbil in the Kurdistan region of Iraq.", _PUBLISHED) == \
        [["Erbil", "Kurdistan Region", "Iraq"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Drones attacked the base on September 11. Earlier in the day, blasts were heard near it.",
     [["2021-09-11"], ["2021-09-11"]]),
    ("Drones attacked the base on September 11. Later in the evening, sirens sounded.", [["2021-09-11"], ["2021-09-11"]]),
    # control: the tuning set dates no "later in the morning"
    ("An oil slick was seen on October 20. Another was seen later in the morning.", [["2021-10-20"], []]),
])
def test_earlier_or_later_in_the_day_is_the_anchor_s_day(text, expected):
    assert [[d.label for d in a.dates] for a in analyses(text, date(2021, 10, 22))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Attackers set fire to the presidential Boeing 737-700.", ["airliner"]),
    ("An Airbus A320 was parked on the apron.", ["airliner"]),
    ("They also damaged a Beechcraft 1900D turboprop.", ["unknown aircraft"]),
    ("A Cessna 208B Grand Caravan aircraft flew over the shoal.", ["unknown aircraft"]),  # one, not two
    ("Boeing said its profits rose.", []),  # control: the maker alone
])
def test_an_aircraft_named_by_maker_and_model_is_an_object(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [o.cls for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The aircraft was doing humanitarian work for the World Food Programme.", [False]),
    ("A source said the attack had set off the C-RAM defence system at Erbil airport.", [False]),
    ("Erbil airport has been attacked several times in the past year.", [False]),
    ("Militias have stepped up attacks on US bases in Iraq since January.", [False]),
    ("The aircraft was damaged at Bamako airport.", [True]),  # controls
    ("The attack set off sirens and destroyed a hangar at Erbil airport.", [True]),
    ("Drones attacked Erbil airport on Sunday.", [True]),
])
def test_a_role_an_alarm_and_a_tally_of_attacks_are_no_sight(text, expected):
    assert _checkable(text) == expected


# --- after the forty-eighth set's scoring (Timbuktu and Gao airports) ---

def test_a_country_inside_an_organisation_s_name_the_text_gives_elsewhere_is_no_place():
    got = place_names("Sky Mali cancels flights to Timbuktu\n\nThe airline Sky Mali said it had cancelled them.",
                      date(2023, 9, 12))
    assert got == [["Timbuktu"], []]
    # control: a country after a sentence's first word, with no organisation of that name elsewhere
    assert place_names("In Mali, flights stopped.", date(2023, 9, 12)) == [["Mali"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("A boat sank on the Niger River near Gao.", [["Gao"]]),
    ("Militants attacked the airport and military base of Gao on Friday.", [["Gao Airport"]]),
    ("Drones struck the port and the airport of Port Sudan.", [["Port Sudan"]]),  # control: h49's labels
    ("Troops crossed into Niger.", [["Niger"]]),  # control
])
def test_a_river_named_after_a_country_and_an_airport_and_base_of_a_town(text, expected):
    assert place_names(text, date(2023, 9, 18))[:1] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("GSIM fighters fired mortars at the airport. Two fighters were seen on the road.", [[], []]),
    ("JNIM fighters shot down a Mi-8 helicopter.", [["helicopter"]]),
    ("The militants destroyed an unknown number of aircraft.", [["unknown aircraft"]]),
    ("The ministry would not comment on the number of aircraft.", [[]]),  # control: a kind, no aircraft there
    ("RAF fighters took off.", [["fighter"]]),  # control: an air force's acronym
])
def test_armed_groups_by_acronym_and_an_unknown_number_of_aircraft(text, expected):
    assert [[o.cls for o in a.objects] for a in analyses(text, date(2023, 9, 18))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants attacked Gao on Friday, September 8, 2023.", [["2023-09-08", "2023-09-08"]]),
    ("Militants attacked Gao on Sunday, Jan. 5, 2020.", [["2020-01-05", "2020-01-05"]]),
    ("Militants attacked Gao on Friday, September 8, 2023. Two vehicles exploded in Gao on Friday.",
     [["2023-09-08", "2023-09-08"], ["2023-09-08"]]),
    ("Two vehicles exploded in Gao on Friday.", [["2023-09-15"]]),  # control: the Friday before publication
])
def test_a_weekday_given_with_its_date_is_that_date_and_so_is_the_document_s_next_mention_of_it(text, expected):
    assert [[d.label for d in a.dates] for a in analyses(text, date(2023, 9, 18))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Three shells fell near Timbuktu airport on Monday morning.", [True]),
    ("Two suicide vehicles exploded in Gao on Friday.", [True]),
    ("Al-Qaeda attacks airports and army positions in Mali", [True]),
    ("Because of shelling, the Zaporizhzhia plant was cut off from the grid for the first time in the plant's history.",
     [False]),
    ("Mali condemned the attacks.", [False]),  # controls
])
def test_shelling_and_explosions_are_acts_and_an_attack_on_a_country_s_airports_too(text, expected):
    assert _checkable(text, date(2023, 9, 18)) == expected
