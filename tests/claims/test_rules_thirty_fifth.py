"""Session 32 (issue 11): air bases no list has, named after a town one has ("Hasimara Air Force Station", "the air
base near Shorkot") — the kind of place that cost every held-out set of session 31 its place recall (Adampur,
Suratgarh, Tsel, Tower 22: an installation no list had, read as the town or not at all)."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.unlisted_installations import UNLISTED
from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2025, 8, 10)


def _places(text: str) -> list[list[str]]:
    return place_names(text, _PUBLISHED)


def _checkable(text: str) -> list[bool]:
    return [a.checkable for a in analyses(text, _PUBLISHED)]


def test_a_town_named_with_an_air_bases_words_is_an_unlisted_base_at_the_towns_point():
    (a,) = analyses("Hasimara Air Force Station received its first Rafale fighters in July.", _PUBLISHED)
    (base,) = [p.place for p in a.places]
    assert (base.name, base.kind, base.country) == ("Hasimara air base", "airfield", "IN")
    assert base.source.startswith(UNLISTED) and "Hāsimāra" in base.source and base.approximate
    assert (round(base.lat, 2), round(base.lon, 2)) == (26.75, 89.35)  # the town's point, said so in the source


@pytest.mark.parametrize("text", [
    "Imagery shows a new hangar at the air base near Shorkot.",
    "An airfield at Shorkot was struck on Monday.",
    "Jets were seen at the Indian Air Force base near Shorkot.",
    "Shorkot airbase was struck.",
    "Fighters left Shorkot's air base.",
])
def test_the_unlisted_base_whatever_words_name_it(text):
    # (session 35: "near" names the town too, as the tuning set labels "the airfield near Mozdok" with Mozdok)
    assert _places(text)[0] == (["Shorkot", "Shorkot air base"] if " near " in text else ["Shorkot air base"])


def test_one_unlisted_base_per_town_in_a_document_and_the_bare_name_after_it_and_the_base_refer_to_it():
    got = analyses("Hasimara Air Force Station received Rafale fighters in July. Satellite images show two jets "
                   "parked at Hasimara on July 30. The base's runway was extended. The town of Hasimara lies "
                   "nearby.", _PUBLISHED)
    places = [[p.place for p in a.places] for a in got]
    assert places[0][0] is places[1][0] is places[2][0]  # one place, not three of one name
    assert places[2][0].name == "Hasimara air base" and got[2].places[0].inferred
    assert [p.name for p in places[3]] == ["Hāsimāra"]  # "the town of": the town itself


@pytest.mark.parametrize(("text", "expected"), [
    # a listed airfield named after a town: that one ("Halwara Air Force Station" is Halwara's airport)
    ("Jets landed at Halwara Air Force Station.", ["Halwara International Airport"]),
    # a named base near a town: the town beside it, not another base
    ("Hmeimim air base near Latakia hosted bombers.", ["Hmeimim Air Base", "Latakia"]),
    # a town with no air base word is the town
    ("Protests took place in Shorkot on Monday.", ["Shorkot"]),
])
def test_not_an_unlisted_base(text, expected):
    assert _places(text)[0] == expected


def test_a_named_base_described_as_an_air_base_near_a_town_makes_no_unlisted_base_of_the_town():
    got = _places("Dyagilevo, an air base near Shorkot, was hit. Jets were seen at the air base near Shorkot.")
    assert "Shorkot air base" not in got[0] and got[1] == ["Shorkot", "Shorkot air base"]  # (session 35: and the town)


def test_an_unnamed_base_at_a_town_beside_an_airfield_the_document_names_is_no_unlisted_one():
    got = _places("Su-24 bombers were destroyed at Saki Air Base on Aug. 9. Maxar released images of the air base "
                  "at Novofedorivka.")
    assert got[1] == ["Novofedorivka"]  # Saki's, 2 km away: the text names it; no second base at the village


# ---- after the thirty-fifth set's scoring (Shigatse, Hotan, Hamedan, Plesetsk, Novaya Zemlya, Sohae, Incirlik)

_TUESDAY = date(2016, 8, 23)


@pytest.mark.parametrize(("text", "expected"), [
    ("China has stationed six J-20 fighters at the dual-use Shigatse airport.", "Shigatse Peace Airport"),
    ("Fighters were seen at Shigatse on Monday.", "Shigatse"),
    ("Soldiers clashed near Tawang on Friday.", "Tawang"),
    ("Leh, the main town of Ladakh, lies to the south.", "Leh"),
    ("Troops faced off at Doklam for 73 days.", "Doklam"),
    ("Forces clashed in the Galwan Valley on June 15.", "Galwan Valley"),
    ("Images show a crater at the Plesetsk Cosmodrome.", "Plesetsk Cosmodrome"),
    ("Fighter jets were deployed close to Arunachal.", "Arunāchal Pradesh"),
    ("Russian aircraft left Iran's Shahid Nojeh airbase.", "Hamadan Air Base"),
    ("Jets were seen at Hamedan air base on Aug. 17.", "Hamadan Air Base"),
])
def test_places_the_lists_lacked_under_the_names_reports_give(text, expected):
    assert expected in _places(text)[0]


@pytest.mark.parametrize(("text", "expected"), [
    # a town known only by its airport, named as one of "airfields such as …": the airport
    ("The PLAAF deployed J-20s at western airfields such as Hotan in Xinjiang.", "Hotan Airport"),
    # a list of towns before "airbases": each one's airfield, by the town's other name too (Yarkant is Shache)
    ("China's Hotan, Yarkant and Kashgar airbases are close to Ladakh.", "Shache Airport"),
])
def test_airfields_named_by_their_towns(text, expected):
    assert expected in _places(text)[0]


def test_a_list_of_bases_ending_in_a_full_name_makes_no_unlisted_base_of_the_first():
    assert "Subic" in _places("US forces use bases such as Subic and Basa Air Base.")[0]


def test_a_tass_dateline_without_its_agency_is_no_place():
    got = place_names("TEHRAN, August 23. Russia's military aircraft left the Hamadan Air Base on Thursday.", _TUESDAY)
    assert "Tehran" not in got[0] and "Hamadan Air Base" in got[0]


def test_a_newspaper_named_daily_is_no_place():
    assert _places("Access to Incirlik Air Base was restored, Daily Sabah reported.")[0] == ["Incirlik Air Base"]


@pytest.mark.parametrize("noun", ["the west tunnel entrance", "the silo"])
def test_a_sites_parts_refer_back_to_it(noun):
    got = _places(f"Images show a crater at the Plesetsk Cosmodrome. Trucks were seen at {noun}.")
    assert got[1] == ["Plesetsk Cosmodrome"]


def _dates(text: str, published: date) -> list[list[str]]:
    return [[f"{d.label}|{d.precision}" for d in a.dates] for a in analyses(text, published)]


def test_a_plan_as_it_stood_until_a_weekday_is_the_weekday_the_report_dated():
    got = _dates("Russia's aircraft left the base on Thursday, August 18. The jets were scheduled to stay at the base "
                 "until Thursday and then return home, he said.", _TUESDAY)
    assert got[1] == ["2016-08-18|day"]  # not the Thursday to come (August 25)


def test_a_weekday_plan_still_to_come_is_the_next_one():
    got = _dates("The ships arrived on Monday. The crews will hold an exercise on Thursday.", date(2026, 6, 24))
    assert got[1] == ["2026-06-25|day"]


@pytest.mark.parametrize(("text", "expected"), [
    ("The Saturday test is the fourth known failure of the missile.", ["2024-09-21|day"]),
    ("Farm buildings at the site were demolished two to three weeks earlier.", []),  # a range: no one date
])
def test_weekdays_as_an_events_attribute_and_ranges_of_weeks(text, expected):
    assert _dates(text, date(2024, 9, 27))[0] == expected


def test_the_same_day_before_any_date_of_the_report_is_no_date():
    got = _dates("date 2024-05-31\nSeveral images collected on the same day show the jets arrived on May 27.", date(2024, 5, 31))
    assert got[-1] == ["2024-05-27|day"]


@pytest.mark.parametrize("text", [
    "China puts new runway into service at Hotan airbase.",
    "The 3,700-metre runway at Hotan airbase is now in use.",
    "The jets stayed at the Hamadan Air Base until at least September 26.",
    "Kim Jong-un inspected the Sohae Satellite Launching Station in March 2022 and called for its modernisation.",
    "Movement in and out of Incirlik Air Base was blocked on Saturday.",
    "It already hosts KJ-500 early warning aircraft and drones that can carry out attack missions.",
])
def test_checkable(text):
    assert _checkable(text)[0]


@pytest.mark.parametrize("text", [
    "Images from September 28 show a truck near the launch pad at Novaya Zemlya. By noon, the trailer was gone and "
    "the shelter was back in its usual position.",
    "Images show a crater at the Plesetsk Cosmodrome. Changes were seen at the west high bay of a new building.",
])
def test_a_state_or_a_sighting_after_a_sentence_that_named_the_place_is_checkable(text):
    assert _checkable(text)[1]


@pytest.mark.parametrize("text", [
    "A senior Indian defence official said the twin-engine fighters are likely at Shigatse for trials.",
    "Images show a crater at the Plesetsk Cosmodrome. The command has not observed any change.",
    "Images show a crater at the Plesetsk Cosmodrome. The raid is seen as part of a wider effort.",
])
def test_not_checkable(text):
    assert not _checkable(text)[-1]


# ---- after the thirty-sixth set's scoring (Kabul's airport, Kandahar and Mazar-i-Sharif in 2021, Sigonella)

_KABUL = date(2021, 8, 16)


def test_kabul_airport_under_its_name_since_2014():
    got = place_names("Images show crowds at Kabul's Hamid Karzai International Airport. Another image shows "
                      "traffic at Kabul's international airport.", _KABUL)
    assert got[0] == ["Kabul", "Kabul International Airport"]  # the city of its possessive, the airport of another name
    # (session 43: a city's possessive names the city too, as the tuning set reads "Port Sudan's airport" in h49, h477
    # and h616; h889's label, which this case was written for, now reads so too)
    assert got[1] == ["Kabul", "Kabul International Airport"]


def test_the_capital_alone_is_the_capital_city_named_before():
    got = place_names("Images show crowds at Kabul's Hamid Karzai International Airport. With the capital under "
                      "Taliban control, people rushed to the airport.", _KABUL)
    assert "Kabul" in got[1]
    assert "Kabul" not in place_names("The capital of the province was shelled.", _KABUL)[0]


def test_an_armed_groups_fighters_are_people():
    got = [[o.cls for o in a.objects] for a in analyses(
        "Taliban fighters posed with Black Hawk helicopters. Rebel fighters seized the base.", _KABUL)]
    assert got == [["helicopter"], []]


@pytest.mark.parametrize("text", [
    "A drone took off from Sigonella this morning on a mission towards Ukraine.",
    "Global Hawk drones have taken off from Sigonella in recent days.",
    "The drone flew for a long time over the Burgas area in Bulgaria.",
    "In November, the last of the five drones was delivered to Sigonella.",
    "Hundreds of people rushed to Kabul International Airport on Monday.",
    "Aerial view of Kabul international airport",
])
def test_checkable_flights_deliveries_crowds_and_an_images_title(text):
    assert _checkable(text)[0]


@pytest.mark.parametrize("text", [
    "The Afghan air force operated 211 aircraft in total, according to a July report.",
    "The Defense Department has not confirmed how many of those aircraft the Taliban have captured.",
    "The alert level at the Sigonella air base is unchanged but constantly evolving.",
    "All variants of the Global Hawk are built in part in Moss Point, Mississippi.",
    "The Taliban have access to US military aircraft.",
    "The new submarine will be delivered to the Sattahip naval base in 2026, the navy said.",
])
def test_not_checkable_inventories_unconfirmed_counts_alert_levels_and_factories(text):
    assert not _checkable(text)[0]


# ---- after the thirty-seventh set's scoring (the Abd al-Kuri airstrip)

_AP = date(2024, 3, 14)  # a Thursday


def test_abd_al_kuri_and_a_runway_with_a_decimal_length_referring_back_to_it():
    got = place_names("Images show trucks on the runway on Abd al-Kuri Island. A 290-meter segment of the "
                      "2.4-kilometer runway was still missing.", _AP)
    assert got == [["Abd al-Kuri"], ["Abd al-Kuri"]]
    assert place_names("Abd al-Kuri is one of four islands in the Socotra archipelago.", _AP)[0] == \
        ["Abd al-Kuri", "Socotra"]


def test_weekdays_listed_with_commas_are_each_a_day():
    got = _dates("Photos of the site taken on Monday, Tuesday and Wednesday showed vehicles.", _AP)
    assert got[0] == ["2024-03-11|day", "2024-03-12|day", "2024-03-13|day"]


def test_commercial_aircraft_are_airliners():
    (a,) = analyses("Jets landed, though not the largest commercial aircraft.", _AP)
    assert "airliner" in [o.cls for o in a.objects]


@pytest.mark.parametrize("text", [
    "The runway on Abd al-Kuri measures nearly three kilometres.",
    "The UAE has sped up work on a 2.5-kilometre runway on Abd al-Kuri island.",
    "A report says an airport on Yemen's Abd al-Kuri Island is nearly complete.",
    "Construction could first be seen on Abd al-Kuri in January 2022.",
    "An airstrip appears on a remote island off Yemen, images from Jan. 7 show.",
])
def test_checkable_a_sites_work_and_size(text):
    assert _checkable(text)[0]


@pytest.mark.parametrize("text", [
    "The runway on Abd al-Kuri is likely built by the United Arab Emirates.",
    "Once completed, the runway on Abd al-Kuri would allow private jets and other aircraft to land there, though "
    "likely not heavy bombers.",
    "The clip first appeared on a Russian defence ministry channel on Monday.",
])
def test_not_checkable_a_guessed_builder_what_a_runway_would_allow_and_a_clip(text):
    assert not _checkable(text)[0]
