"""Session 34 (issue 11): rules written after the forty-second held-out set's first scoring (the US eviction from
Karshi-Khanabad, Kubinka air base) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2005, 8, 3)


def _places(text: str, published: date = _PUBLISHED) -> list[list[str]]:
    return place_names(text, published)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


def test_a_nickname_the_text_gives_an_installation_comes_back_as_it():
    got = _places("Tankers refuelled at Karshi-Khanabad air base, commonly known as K2. K2 lies east of Karshi.")
    assert got[1][0] == "Karshi Khanabad Airport"


@pytest.mark.parametrize(("text", "expected"), [
    ("US evicted from Uzbek air base", ["United States", "Uzbekistan"]),
    ("Russian jets landed at a Kyrgyz air base.", ["Kyrgyzstan"]),
    ("Troops moved to a Tajik base.", ["Tajikistan"]),
])
def test_central_asian_demonyms_name_their_countries(text, expected):
    assert _places(text) == [expected]


def test_a_town_with_an_embassy_is_no_place_the_airfield_refers_to():
    got = _places("Tankers flew from Karshi-Khanabad air base. A note reached the US embassy in Tashkent, giving the "
                  "United States 180 days to leave the airfield.")
    assert "Karshi Khanabad Airport" in got[1]


def test_a_dateline_with_its_year_and_a_single_hyphen_is_no_place_or_event():
    (a,) = analyses("WASHINGTON, Aug. 1, 2005 - Uzbekistan ended coalition use of the airfield.", _PUBLISHED)
    assert [p.place.name for p in a.places] == ["Uzbekistan"] and a.dates == []


@pytest.mark.parametrize(("text", "published"), [
    ("Tankers flew from Karshi-Khanabad air base. About 800 US service members are at the base.", _PUBLISHED),
    ("Russia has used Hmeimim Air Base as a hub for flights to Libya.", _PUBLISHED),
    ("Aid is often dropped at Bagram air base before it goes on by road.", _PUBLISHED),
    ("Aerobatic teams performed over Kubinka air base on Saturday.", date(2018, 5, 12)),
    ("The team operates from Kubinka air base.", date(2018, 5, 12)),
    ("Ukraine reported to have struck Kubinka air base as Russia prepares for its May 9 parade", date(2025, 5, 7)),
])
def test_checkable_in_the_forty_second_sets_shapes(text, published):
    assert _checkable(text, published)[-1] is True


@pytest.mark.parametrize("text", [
    "Uzbekistan has ended the agreement that let US aircraft use Karshi-Khanabad air base.",
    "The State Department gave no reason for the eviction from Karshi-Khanabad air base.",  # no departure
    "A Pentagon spokesman said the notice arrived on Friday.",
    "Uzbeks ask US to leave Karshi-Khanabad air base",
    "The government delivered a note to the embassy in Tashkent on July 29, giving the US 180 days to withdraw its "
    "forces from Karshi-Khanabad air base.",
    "There was still no information on the damage at Kubinka air base on Wednesday.",
])
def test_diplomacy_and_no_information_are_not_checkable(text):
    assert _checkable(text) == [False]


# --- after the forty-third set's scoring (Shkval, Hvardiiske, Zyabrovka, PD-81); the set stays held out ---

def test_the_shkval_yard_and_sayda_bay_are_listed():
    got = _places("Submarines were repaired at the Shkval shipyard near Polyarny. Hulls were towed to Sayda Bay.")
    assert got == [["Shkval shipyard", "Polyarnyy"], ["Sayda Bay"]]


def test_today_before_a_state_is_nowadays_and_before_an_event_the_day():
    (a,) = analyses("Today the yard has two covered floating docks.", date(2003, 2, 7))
    assert a.dates == []
    (b,) = analyses("Today, the carrier was detected off Orchid Island.", date(2003, 2, 7))
    assert [d.label for d in b.dates] == ["2003-02-07"]


def test_a_belarusian_regions_own_spelling_is_the_region_not_its_city():
    assert _places("Blasts were heard at an airfield in the Homiel region of southern Belarus.") == \
        [["Homieĺskaja voblasć", "Belarus"]]
