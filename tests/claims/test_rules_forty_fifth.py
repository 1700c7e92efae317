"""Session 36 (issue 11): rules written after the forty-fifth held-out set's first scoring (MH-139 helicopters for
Malmstrom and Maxwell) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2024, 5, 6)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Guards at Malmstrom AFB checked the trucks.", ["Malmstrom Air Force Base"]),
    ("A UH-1N left F. E. Warren AFB for the missile field.", ["F.E. Warren Air Force Base"]),
    ("The 90th Missile Wing at F.E. Warren Air Force Base runs the drill.", ["F.E. Warren Air Force Base"]),
])
def test_an_icbm_base_no_aerodrome_list_has_is_found(text, expected):
    assert place_names(text, _PUBLISHED) == [expected]


def test_the_base_s_short_form_after_its_full_name_is_the_base():
    got = place_names("Convoys leave Malmstrom Air Force Base daily. Malmstrom officials declined to comment.",
                      _PUBLISHED)
    assert got == [["Malmstrom Air Force Base"], ["Malmstrom Air Force Base"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Crews from Wyoming drove the convoy.", ("Wyoming", "region")),
    ("The exercise ended in Delaware.", ("Delaware", "region")),
    ("Officials in Oregon said nothing.", ("Oregon", "region")),
    ("Officials in Washington said nothing.", ("Washington", "city")),  # control: the capital keeps its name
])
def test_a_state_named_alone_is_the_state_not_a_town_of_its_name(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [(p.place.name, p.place.kind) for p in a.places] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Two UH-1Ns were parked on the pad.", ["helicopter"]),
    ("More HH-60Ws are parked there.", ["helicopter"]),
    ("An AH-1Z stood by.", ["helicopter"]),
    ("A CH-4 drone stood by.", []),  # control: China's CH-4 is a drone
])
def test_a_us_helicopter_designator_names_a_helicopter_whatever_its_number(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [o.cls for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The squadron uses landing zones around Montgomery for training.", [False]),
    ("A landing ship docked at Sevastopol.", [True]),  # control: a vessel type, then the act
    ("Two helicopters were landing at Montgomery.", [True]),  # control: the act itself
])
def test_landing_before_a_noun_is_no_landing(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minot may eventually receive twelve of the new helicopters.", [False]),
    ("Minot may receive twelve of the new helicopters next year.", [False]),
    ("Twelve helicopters were parked at Minot.", [True]),  # control
])
def test_what_a_base_may_one_day_receive_is_not_there_yet(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The aircraft is the first for the 40th Helicopter Squadron.", [False]),
    ("The first helicopter for the squadron arrived at Minot Air Force Base on Monday.", [True]),  # control
])
def test_being_a_unit_s_first_is_a_record_not_a_sight(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Minot AFB getting new helicopters for missile field security", [False]),
    ("Minot AFB receiving 12 helicopters", [False]),
    ("First new helicopter arrives at Minot AFB", [True]),  # control: the arrival itself
])
def test_a_headline_s_progressive_without_its_auxiliary_is_to_come(text, expected):
    assert _checkable(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Wyoming has 150 silos spread across three states.", [True]),
    ("North Dakota has 15 launch pads.", [True]),
    ("Most airfields have 2,500-meter runways.", [False]),  # control: no count of them
])
def test_structures_counted_in_hundreds_at_a_place(text, expected):
    assert _checkable(text) == expected


# --- after the forty-sixth set's scoring (Manda Bay, Air Base 201, Prince Sultan Air Base) ---

@pytest.mark.parametrize(("text", "expected"), [
    ("Al-Shabaab fighters stormed the airstrip. A fighter posed beside a burning plane.",
     [[], ["unknown aircraft"]]),
    # controls: a report that names fighter aircraft another way keeps its bare "fighters"
    ("Hamas fighters crossed the fence. Two fighter jets flew over. The fighters returned to base.",
     [[], ["fighter"], ["fighter"]]),
    ("Two fighters took off from the base.", [["fighter"]]),
])
def test_a_report_s_fighters_are_people_once_an_armed_group_s_are(text, expected):
    assert [[o.cls for o in a.objects] for a in analyses(text, date(2020, 1, 7))] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Two Su-30s and other aircraft were parked at the base.", ["fighter", "unknown aircraft"]),
    ("Two helicopters and several other aircraft were parked there.", ["helicopter", "unknown aircraft"]),
    ("Two Su-30s were parked; the aircraft had flown in from Lipetsk.", ["fighter"]),  # control: the same ones
])
def test_other_aircraft_beside_a_specific_kind_are_objects_of_their_own(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [o.cls for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The United States military left the base at Agadez.", ["Agadez"]),
    ("Niger's junta has given the US until 15 September to leave.", ["Niger", "United States"]),
    ("Japan deploys a unit to Yonaguni amid China tensions.", ["Japan", "Yonaguni"]),
    ("Jets landed at Akrotiri as the Israel-Iran conflict escalated.", ["RAF Akrotiri"]),
    ("The United States left the base at Agadez.", ["United States", "Agadez"]),  # control: the state acts
    ("Tensions with Iran grew.", ["Iran, Islamic Republic of"]),  # control: a noun
])
def test_a_country_as_an_attribute_or_a_topic_is_no_place(text, expected):
    assert place_names(text, date(2024, 8, 5)) == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("The junta has given the US until 15 September to leave the country.", ["2024-09-15"]),
    ("The junta gave Washington until September to close the base.", ["2024-09"]),
    ("The crew worked until March to repair the ship.", ["2024-03"]),  # control: no deadline, the past
])
def test_a_deadline_given_is_still_to_come(text, expected):
    (a,) = analyses(text, date(2024, 8, 5))
    assert [d.label for d in a.dates] == expected


def test_the_airfield_refers_back_to_a_base_the_text_wrote_as_an_airfield():
    got = place_names("Militants attacked Manda Bay Airfield on Sunday. The airfield lies near the coast.",
                      date(2020, 1, 7))
    assert got == [["Camp Simba"], ["Camp Simba"]]


def test_niger_s_air_bases_are_found_by_their_numbers():
    assert place_names("Drones flew from Air Base 201 and from Air Base 101.", date(2024, 8, 5)) == \
        [["Air Base 201", "Diori Hamani International Airport"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Militants raided the Manda airstrip on Sunday.", [True]),
    ("US completes withdrawal from drone base in Niger", [True]),
    ("The army has completed its withdrawal from Air Base 201, after the junta ordered the troops to leave.", [True]),
    ("An air raid siren sounded in Lamu.", [False]),  # controls
    ("Troops were seen at Tartus. This is a drawdown, not a withdrawal.", [True, False]),
    ("The junta ordered the troops to leave Air Base 201.", [False]),
])
def test_a_raid_and_a_withdrawal_are_acts_at_a_place(text, expected):
    assert _checkable(text, date(2024, 8, 5)) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The drone base near Agadez was built for $100 million.", [False]),
    ("The runway is to be upgraded so that F-22s can fly from the base, and a battery is to be installed.", [False]),
    # controls (the first kept from before: "will be towed" had been read as a past act)
    ("The government said the tanker Eventin, which lost power off Rügen on Friday, will be towed to Sassnitz.",
     [True]),
    ("A new hangar was built at Air Base 201 last month.", [True]),
    ("A Patriot battery was installed at the base near Riyadh.", [True]),
    ("The ship, which sailed from San Diego in April, will operate from Changi Naval Base.", [False]),
])
def test_a_cost_and_a_passive_to_come_are_no_sight_an_incident_beside_them_is(text, expected):
    assert _checkable(text, date(2024, 8, 5)) == expected
