"""Session 31 (issue 11), each tested on sentences written for it, from the thirty-second held-out set's misses (a set
paraphrased from real reporting on the Iranian strikes on Al Udeid and Ain al-Asad, Pakistan's claims about Adampur,
Fordow after the US strikes, Yongbyon, and the Wagner camp at Tsel): the spellings reports give places the lists have
under other names; a town beside the air base named after it; "the US" as a subject before an adverb or in a
question; names inside an outlet's, an institute's or an aircraft's; what "the base" refers back to; and what makes a
hedged, warned, measured or unconfirmed sentence checkable or not."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2025, 7, 11)  # a Friday


def _places(text: str) -> list[list[str]]:
    return place_names(text, _PUBLISHED)


def _checkable(text: str) -> list[bool]:
    return [a.checkable for a in analyses(text, _PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Jets left al-Udeid on Monday.", "Al Udeid Air Base"),
    ("Missiles hit Ain al-Assad overnight.", "Al Asad Air Base"),
    ("Rockets landed near Irbil on Monday.", "Erbil"),
    ("Several missiles were fired at Arbil.", "Erbil"),
    ("A tent camp rose near Asipovichy.", "Osipovichi"),
    ("Troops massed in Anbar province.", "Al Anbār"),
    ("Smoke rose over the Basrah governorate.", "Al Başrah"),
])
def test_places_under_the_spellings_reports_use(text, expected):
    assert expected in _places(text)[0]


def test_a_town_beside_the_air_base_named_after_it_is_that_base_not_a_namesake_far_away():
    places = _places("Jets flew from the Indian Air Force base at Adampur in Punjab. An S-400 battery stands at Adampur.")
    assert "Adampur air base" in places[0] and places[1] == ["Adampur air base"]
    assert _places("Prime Minister Modi visited AFS Adampur on Tuesday.")[0] == ["Adampur air base"]


@pytest.mark.parametrize("text", [
    "Did the US underestimate the strike?",
    "The US reportedly moved its bombers.",
    "The US also sent two destroyers.",
])
def test_the_us_before_an_adverb_or_in_a_question_is_the_country(text):
    assert "United States" in _places(text)[0]


@pytest.mark.parametrize("text", [
    "The base hosts US and coalition troops.",
    "US supply ships left the port.",
])
def test_the_us_before_a_noun_is_an_adjective(text):
    assert "United States" not in _places(text)[0]


def test_a_demonym_base_without_an_article_names_the_country():
    assert "Qatar" in _places("Missile damaged dome in Qatari base")[0]


@pytest.mark.parametrize("text", [
    "The images were first reported by the news site Iran International.",
    "The pilots arrived in a C-130J Super Hercules aircraft.",
    "The photos were shared by the Middlebury Institute of International Studies at Monterey.",
])
def test_names_inside_an_outlet_an_aircraft_or_an_institute_are_no_places(text):
    assert _places(text)[0] == []


def test_a_capital_spoken_to_does_not_stop_the_base_referring_back():
    places = _places("Iran struck Al Udeid Air Base. Tehran warned Washington ahead of time and fired missiles at the base.")
    assert "Al Udeid Air Base" in places[1]


def test_the_base_a_short_distance_from_a_city_is_the_base_named_before():
    places = _places("Modi visited the Adampur air force base. The base, a short distance from Jalandhar, hosts jets.")
    assert "Adampur air base" in places[1] and "Jalandhar" in places[1]


def test_the_base_in_a_region_is_the_base_named_before_in_that_country():
    places = _places("Iran hit the Al Asad air base. Five buildings were damaged at the base in Anbar province.")
    assert "Al Asad Air Base" in places[1]


def test_the_second_base_is_not_the_first():
    places = _places("Iran hit the Al Asad air base. The damage at the second base, in Irbil, was light.")
    assert places[1] == ["Erbil"]


def test_a_camp_and_a_plant_s_hall_refer_back():
    places = _places("Wagner built a camp at Tsel. In the northern part of the camp, vehicles were moved.")
    assert places[1] == ["Tsel"]
    places = _places("Work continues at Yongbyon's uranium enrichment plant. The plant's Cascade Hall #2 was covered.")
    assert places == [["Yongbyon nuclear complex"], ["Yongbyon nuclear complex"]]


@pytest.mark.parametrize("text", [
    "New satellite images suggest that the attack on Al Udeid may have struck a radome.",
    "Satellite imagery shows what could be a new camp at Tsel.",
    "Iran warned Washington ahead of time and fired missiles at Al Udeid.",
    "Al Udeid Air Base appears largely unaffected in the imagery.",
    "The base at Adampur probably suffered damage, according to satellite images.",
    "An S-400 battery was set up at Adampur in 2023.",
    "Another photo shows no sign of damage.",
    "A second missile appears to have struck a hangar.",
    "The attack targeted two military bases in Iraq.",
    "Forty bombs were dropped on Fordow.",
    "Unusual activity was seen near the tunnel entrances.",
    "The hall measured about 40 meters by 12 meters.",
    "Dozens of tents have been taken down since early August.",
    "The first signs of construction at Tsel appeared in June.",
    "US says missile hit radar at Qatar base",
    "Planet Labs images captured the radome at Al Udeid on June 23.",
])
def test_hedged_warned_measured_and_dismantled_are_checkable(text):
    assert _checkable(text) == [True]


@pytest.mark.parametrize("text", [
    "Neither Washington nor Doha has confirmed the damage.",
    "The day after the attack, Trump thanked Iran for the early warning.",
    "The extent of the damage at the other base was unclear.",
    "The images show that Iran can count the strike a success.",
    "Pakistan claimed in a press conference that it destroyed the base at Adampur.",
    "Iranian media claimed the strike was a direct hit.",
    "Satellite imagery of a shipyard suggests the country may be preparing to launch a submarine.",
    "Air Force Station Adampur played a key role in the 1965 war.",
])
def test_unconfirmed_timed_unclear_claimed_and_planned_are_not_checkable(text):
    assert _checkable(text) == [False]


def test_damage_after_a_place_stays_that_place_s_across_one_sentence_paragraphs():
    text = "Drones struck Saki air base on Monday.\n\nImages from Tuesday were released.\n\nBurn marks were also seen."
    assert _checkable(text)[2] is True


# ---- after the thirty-third set (a test site's parts, the Syrian navy's ports, Sirsa, Balakot)

def test_a_test_site_s_parts_refer_back_to_the_site():
    text = ("Imagery shows activity at the Punggye-ri Nuclear Test Facility. At the North Portal, water is still being "
            "pumped out. Refurbishment at Tunnel No. 3 has been under way for months. No activity is seen at the West "
            "or South Portals.")
    assert _places(text) == [["Punggye-ri nuclear test site"]] * 4
    assert _checkable(text) == [True, True, True, True]


def test_a_place_before_a_headline_noun_is_no_given_name():
    assert _places("Punggye-ri Update: Ongoing Activity")[0] == ["Punggye-ri nuclear test site"]
    assert _places("Vladimir Putin visited Sochi.")[0] == ["Sochi"]


def test_the_ports_of_a_name_whose_towns_lie_far_away_are_the_port():
    places = _places("Israel sank 15 vessels in the ports of Al-Bayda and Latakia. Protests in Al-Bayda grew.")
    assert places[0] == ["Israel", "Al-Bayda port", "Latakia"] and places[1] == ["Al Bayḑā’"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Images show the madrasa at Balakot intact.", "Balakot"),
    ("Pakistan claimed hits on the airfields at Suratgarh and Sirsa.", "Suratgarh air base"),
])
def test_places_no_list_had(text, expected):
    assert expected in _places(text)[0]


@pytest.mark.parametrize("text", [
    "Israeli warplanes struck the port.",
    "Two warplanes landed at the base.",
])
def test_warplanes_are_fighters(text):
    assert [o.cls for o in analyses(text, _PUBLISHED)[0].objects] == ["fighter"]


@pytest.mark.parametrize("text", [
    "The image of Balakot is virtually unchanged from a 2018 photo.",
    "There are no visible holes in the roofs.",
    "A satellite image of Sinpo gives a rare view of the yard.",
    "Two small trailers appear to be parked on the road.",
    "The large canopy in the parking lot remains in place.",
    "Over 40 personnel are seen in the courtyard.",
    "In October 2022, a long shelter was installed at Punggye-ri.",
    "Activity continues at Punggye-ri.",
    "A probable compressor building stands about 45 meters from the entrance.",
])
def test_a_site_s_states_and_work_are_checkable(text):
    assert _checkable(text) == [True]


@pytest.mark.parametrize("text", [
    "The activity at the North Portal of Punggye-ri may serve several purposes.",
    "The strikes on Latakia were among more than 300 raids across Syria.",
    "Defence Minister Israel Katz called it a decisive strike that destroyed the fleet.",
    "Assad is believed to have fled Syria on an Il-76.",
    "The government rejected claims that the Sirsa airfield had been destroyed.",
    "He said Pakistan had tried to spread misinformation about the airfields at Suratgarh and Sirsa.",
])
def test_purposes_tallies_judgements_beliefs_and_rebuttals_are_not_checkable(text):
    assert _checkable(text) == [False]


# ---- after the thirty-fourth set (Bagram, Tower 22)

@pytest.mark.parametrize(("text", "expected"), [
    ("A drone hit Tower 22 on Sunday.", "Tower 22"),
    ("Troops at the Al Tanf garrison were put on alert.", "Al Tanf garrison"),
])
def test_outposts_no_list_had(text, expected):
    assert expected in _places(text)[0]


def test_a_town_known_only_by_its_airport_is_the_air_base_named_after_it():
    places = _places("A look at Bagram Air Base. US forces left Bagram in early July 2021.")
    assert places[1] == ["Bagram Air Base"]


def test_the_outpost_refers_back_but_the_only_outpost_there_does_not():
    assert _places("A drone hit Tower 22. A satellite picture shows the outpost.")[1] == ["Tower 22"]
    assert _places("Ships circled Second Thomas Shoal. A wreck remains the only Philippine outpost there.")[1] == []


def test_the_us_before_president_is_an_adjective():
    assert "United States" not in _places("US President Donald Trump demanded Bagram back.")[0]


@pytest.mark.parametrize("text", [
    "Tower 22 houses 350 US troops.",
    "The Taliban had posted soldiers to guard the airfield outside Kabul.",
    "At Kabul airport activity has fallen.",
    "Tower 22 has since grown into a logistics hub.",
])
def test_who_a_base_holds_and_how_busy_it_is_are_checkable(text):
    assert _checkable(text) == [True]


def test_when_a_base_was_built_decades_ago_is_history():
    assert _checkable("The Soviet Union built the base at Bagram in the 1950s.") == [False]
