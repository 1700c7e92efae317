"""Session 21 (issue 11), each tested on sentences written for it: a one-word state or province of the US, Canada
or Australia is that state — not a foreign city or town of its name (Virginia was a city in South Africa, Ontario
one in California, Colorado a town in Brazil) and not nothing where the name is also an English word (Michigan);
a blank line is no space inside a date ("on 30 Aug." then the thread's next post "2/ …" was read as 2 August); "the
week to November 16" is the week that ends on that day, not the day; a caption line ("Caption 1: Port Sudan, October
28, 2025") is no publication date; a ship named in the headline above the body where it is introduced is
the ship ("MSDF's Kaga completes …" was the city of Kaga); a helicopter destroyer is a warship, no helicopter; a city
of 100,000 or more never gives way to a town or village of its name nearer the document's other places; a town
followed by its state or country ("Portsmouth, Virginia") is the one there; islands,
reefs and peninsulas no list had (Tanegashima, Rozul Reef, Sirri, the Korean Peninsula); a group named after its
ship ("the Iwo Jima Amphibious Ready Group") is no place; a year opening a sentence ("Last year, … on October 29",
"In 2024, … in March") is the year of its dates; ", a day after Ukraine's military intelligence claimed" describes the
date written before it; a ship named with a title ("the Knyaz Vladimir") gives no place; "the Baltic ports of Primorsk and
Ust-Luga" names both villages; a "port of call" refers back to no port; "an MV-22" alone is an aircraft; parts of the
world ("South-east Asia", "the Middle East") are no towns of their names."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.dates import find_dates
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _analysis(text: str):
    (a,) = analyze_document(text, date(2026, 2, 18), default_gazetteer(), load_taxonomy())
    return a


@pytest.mark.parametrize("sentence, state, country", [
    ("The carrier left Norfolk, Virginia, on 3 February.", "Virginia", "US"),
    ("Two B-1B bombers flew from an air base in Michigan.", "Michigan", "US"),
    ("The exercise was held in Colorado last week.", "Colorado", "US"),
    ("Drones were seen over a plant in Ontario on 3 February.", "Ontario", "CA"),
    ("The frigate returned to Maryland after trials.", "Maryland", "US"),
])
def test_a_federal_state_is_the_state(sentence, state, country):
    places = [(p.place.name, p.place.kind, p.place.country) for p in _analysis(sentence).places]
    assert (state, "region", country) in places


@pytest.mark.parametrize("sentence, place", [
    ("The destroyer arrived in Washington on 3 February.", ("Washington", "city", "US")),  # the capital keeps it
    ("The tanker called at Georgia's port of Poti.", ("Georgia", "country", "GE")),  # a country keeps its name
])
def test_a_city_or_country_of_the_name_keeps_it(sentence, place):
    assert place in [(p.place.name, p.place.kind, p.place.country) for p in _analysis(sentence).places]


@pytest.mark.parametrize("text, dates", [
    ("That's up from 6 Tu-22M3 on 30 Aug.\n\n2/ The Tu-95s were gone.", ["2026-08-30|day"]),
    ("Imagery of 13 Sep.\n\n4/ Nothing new at Severomorsk-3.", ["2026-09-13|day"]),
    ("The frigate left on 30 Aug.\n\n2025 was a busy year for the base.", ["2026-08-30|day"]),
    # controls: a line break of wrapped text stays inside the date
    ("The destroyer docked on May\n18, 2025 at Tartus.", ["2025-05-18|day"]),
    ("The destroyer docked on 18\nMay at Tartus.", ["2026-05-18|day"]),
])
def test_a_blank_line_is_no_space_inside_a_date(text, dates):
    assert [f"{d.label}|{d.precision}" for d in find_dates(text, date(2026, 9, 15))] == dates


@pytest.mark.parametrize("text, dates", [
    ("Fourteen tankers loaded at Ain Sukhna in the week to November 16.", ["week of 2026-11-10|week"]),
    ("Over the seven days ending 16 November, two frigates were tracked.", ["week of 2026-11-10|week"]),
    ("Transits rose in the week ended May 3, 2025.", ["week of 2025-04-27|week"]),
    # control: a stay of a week is no week of the calendar
    ("The submarine stayed for a week to November 16.", ["2026-11-16|day"]),
])
def test_the_week_to_a_day_is_that_week(text, dates):
    assert [f"{d.label}|{d.precision}" for d in find_dates(text, date(2026, 11, 20))] == dates


def test_a_caption_line_is_no_publication_date():
    from annotate.claims.headers import header_date

    assert header_date("Caption 1: Port Sudan, October 28, 2025\nTwo tankers at the oil terminal.") is None
    assert header_date("Port Sudan, October 28, 2025\nTwo tankers at the oil terminal.") is not None  # a dateline


_KURE = ("MSDF's Kaga completes F-35B carrier conversion at Kure\nThe Japan Times\n\n"
         "The helicopter destroyer Kaga returned to Kure on 4 March. "
         "In October 2024, two F-35Bs from San Diego landed on the Kaga off Yokosuka.")


def _document(text: str):
    analyses = analyze_document(text, date(2026, 3, 5), default_gazetteer(), load_taxonomy())
    return [(text[a.start:a.end], a) for a in analyses]


def test_a_ship_named_in_the_headline_is_the_ship_not_a_town():
    (headline, a), *_ = _document(_KURE)
    assert headline.startswith("MSDF's Kaga")
    assert [p.place.name for p in a.places] == ["Kure"]  # not the city of Kaga
    assert ("Kaga", "warship") in [(o.text, o.cls) for o in a.objects]


def test_a_helicopter_destroyer_is_a_warship_and_no_helicopter():
    _, (_, a), _ = _document(_KURE)
    assert [(o.text, o.cls) for o in a.objects] == [("helicopter destroyer", "warship")]


def test_a_city_keeps_its_name_against_a_village_nearer_the_other_places():
    *_, (_, a) = _document(_KURE)
    (san_diego,) = [p.place for p in a.places if p.text == "San Diego"]
    assert (san_diego.country, san_diego.kind) == ("US", "city")


@pytest.mark.parametrize("text, at, headline", [
    ("MSDF's Kaga completes conversion\nThe Japan Times\n\nThe destroyer Kaga returned.", 7, True),
    ("Yle News\nEagle S released, sails from Porvoo\nFriday 7.3.2025\n\nThe tanker Eagle S left.", 9, True),
    # controls: the body, a first line of prose, a document of one line
    ("MSDF's Kaga completes conversion\n\nThe destroyer Kaga returned. The Kaga left.", 60, False),
    ("The Kaga left Kure on 3 March, said the destroyer Kaga's captain.\nMore prose.", 4, False),
    ("Kaga completes conversion", 0, False),
])
def test_what_lies_above_the_body(text, at, headline):
    from annotate.claims.ship_names import _in_headline

    assert _in_headline(text, at) is headline


@pytest.mark.parametrize("sentence, place", [
    ("A Dongdiao-class ship sailed between Tanegashima and Yakushima on 19 January.", "Tanegashima"),
    ("A Dongdiao-class ship sailed between Tanegashima and Yakushima on 19 January.", "Yakushima"),
    ("Militia vessels were anchored at Rozul Reef on 3 February.", "Iroquois Reef"),
    ("Two Iranian fast boats were seen off Sirri Island.", "Sirri Island"),
    ("The frigate sailed past Lolland on 3 February.", "Lolland"),
    ("B-52s flew over the Korean Peninsula on 3 February.", "Korean Peninsula"),
])
def test_islands_reefs_and_peninsulas_no_list_had(sentence, place):
    assert place in [p.place.name for p in _analysis(sentence).places]


@pytest.mark.parametrize("sentence", [
    "The Iwo Jima Amphibious Ready Group remains in the Caribbean.",
    "Ships of the Iwo Jima ARG were tracked on 3 February.",
    "The Iwo Jima Expeditionary Strike Group sailed on 3 February.",
])
def test_a_group_named_after_its_ship_is_no_place(sentence):
    assert "Iwo Jima" not in [p.place.name for p in _analysis(sentence).places]


def test_the_island_of_that_name_stays_a_place():
    assert "Iwo Jima" in [p.place.name for p in _analysis("Two P-1s landed on Iwo Jima on 3 February.").places]


def test_new_zealand_is_no_danish_island():
    assert [p.place.name for p in _analysis("The Royal New Zealand Navy's ship berthed at Auckland.").places] == \
        ["Auckland"]  # a navy of the country, and no Danish island of "Zealand" inside its name


@pytest.mark.parametrize("sentence, name, country, state", [
    ("The carrier remains at a shipyard in Portsmouth, Virginia, for maintenance.", "Portsmouth", "US", "US-VA"),
    ("The submarine visited Portsmouth, New Hampshire, on 3 February.", "Portsmouth", "US", "US-NH"),
    ("The destroyer visited Perth, Scotland, on 3 February.", "Perth", "GB", "GB-SCT"),
    # control: unqualified, the biggest place of the name
    ("The destroyer visited Portsmouth on 3 February.", "Portsmouth", "GB", None),
])
def test_a_town_followed_by_its_state_or_country_is_the_one_there(sentence, name, country, state):
    (place,) = [p.place for p in _analysis(sentence).places if p.text == name]
    assert place.country == country and (state is None or place.code == state)


@pytest.mark.parametrize("text, dates", [
    ("Last year, the Knyaz Oleg fired a Bulava missile from the White Sea on October 29.",
     ["2025|year", "2025-10-29|day"]),
    ("In 2024, the ship docked in March.", ["2024|year", "2024-03|month"]),
    ("Last year the frigate docked at Tartus in March.", ["2025|year", "2025-03|month"]),
    # controls: a year inside the sentence is no lead for the dates after it
    ("The ship has been there since 2022 and was photographed in July.", ["2022|year", "2026-07|month"]),
    ("The pier that hosted two frigates last year was empty on April 17.", ["2025|year", "2026-04-17|day"]),
])
def test_a_year_that_opens_the_sentence_is_the_year_of_its_dates(text, dates):
    assert [f"{d.label}|{d.precision}" for d in find_dates(text, date(2026, 11, 5))] == dates


@pytest.mark.parametrize("text, dates", [
    ("Satellite images taken on May 5 show damage to a ferry at Port Kavkaz, a day after Ukraine's military "
     "intelligence (HUR) claimed a drone strike on the port.", ["2026-05-05|day"]),
    ("Imagery from 2 May shows the frigate gone, two days after Moscow announced the drills.", ["2026-05-02|day"]),
    # controls: counted from the date when the phrase is the clause's own time, or another sentence's date
    ("The ship arrived on 3 February and left two days later.", ["2026-02-03|day", "2026-02-05|day"]),
    ("The ship arrived on 3 February. Two days after Russia announced the drills, it left.",
     ["2026-02-03|day", "2026-02-05|day"]),
])
def test_a_count_after_a_named_event_set_off_by_a_comma_describes_the_date(text, dates):
    assert sorted({f"{d.label}|{d.precision}" for d in find_dates(text, date(2026, 5, 6))}) == dates


@pytest.mark.parametrize("sentence, not_a_place", [
    ("The three boats, believed to be the Yury Dolgoruky, the Knyaz Vladimir and the Knyaz Oleg, are at "
     "Gadzhiyevo.", "Vladimir"),
    ("A fourth, the Generalissimus Suvorov, left Severodvinsk in late October.", "Suvorov"),
])
def test_a_ship_named_with_a_title_is_no_place(sentence, not_a_place):
    assert not_a_place not in [p.text for p in _analysis(sentence).places]


def test_the_ports_of_a_list_of_villages_are_places():
    names = [p.place.name for p in _analysis("Russian crude exports from the Baltic ports of Primorsk and Ust-Luga "
                                             "held steady.").places]
    assert names == ["Primorsk", "Ust’-Luga"]


def test_a_port_of_call_refers_back_to_no_port():
    text = "An explosion occurred 24NM west of Mokha, Yemen. The vessel is proceeding to its next port of call. " \
           "The crew reached the port."
    analyses = analyze_document(text, date(2026, 2, 18), default_gazetteer(), load_taxonomy())
    assert [[p.place.name for p in a.places] for a in analyses] == [["Mokha", "Yemen"], [], ["Mokha"]]


@pytest.mark.parametrize("sentence, designator", [
    ("In 2023 an MV-22 crashed on Melville Island.", "MV-22"),
    ("Two CV-22s landed at Yokota on 3 February.", "CV-22s"),
])
def test_the_osprey_by_its_designator_alone(sentence, designator):
    assert (designator, "unknown aircraft") in [(o.text, o.cls) for o in _analysis(sentence).objects]


@pytest.mark.parametrize("sentence", [
    "Changi Naval Base is the only facility in South-east Asia with a pier long enough for a carrier.",
    "Tensions in the Middle East rose after the frigate left.",
    "The carrier sailed for Asia on 3 February.",
])
def test_parts_of_the_world_are_no_towns(sentence):
    assert [p.place.kind for p in _analysis(sentence).places] in ([], ["naval base"])
