"""Session 34 (issue 11): rules written after the fortieth held-out set's first scoring (Ramstein's airlift, China's
mock carrier in the Taklamakan) — each case a sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2022, 3, 15)


def _places(text: str, published: date = _PUBLISHED) -> list[list[str]]:
    return place_names(text, published)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


def test_a_datelines_base_is_what_its_short_form_means_later():
    got = _places("Tankers to rotate out of Ramstein\n\nRAMSTEIN AIR BASE, Germany — Two KC-46 tankers arrived on "
                  "Monday.\n\nThey flew in and out of Ramstein all week.\n\nRamstein is home to the 86th Airlift Wing.")
    assert got[0] == ["Ramstein"]  # the headline, above the dateline: the town of the airport's list
    assert got[1] == []  # the dateline is where the report was filed, no place of the sentence
    assert got[2] == ["Ramstein Air Base"] and got[3] == ["Ramstein Air Base"]


def test_without_a_dateline_the_town_is_read_after_out_of_and_before_is_home_to():
    assert _places("The C-17s flew out of Ramstein. Ramstein is home to a wing.") == [["Ramstein"], ["Ramstein"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("US Air Forces in Europe moved two tankers to Germany.", ["Germany"]),  # a command's name, no country
    ("A C-17 left McGuire Air Force Base on Monday.", ["McGuire Air Force Base"]),
    ("Tankers flew from Joint Base McGuire-Dix-Lakehurst.", ["McGuire Air Force Base"]),
    ("Rhein-Main Air Base handled the airlift in 1991.", ["Rhein-Main Air Base"]),
])
def test_names_read_right_in_the_fortieth_sets_shapes(text, expected):
    assert _places(text) == [expected]


def test_the_same_range_refers_back_but_a_weapons_range_does_not():
    got = _places("Targets were built near the town of Ruoqiang. Two more sit at the same range. The missile test "
                  "range was expanded. Its range is 1,500 km.")
    assert got[1:] == [["Ruoqiang"], ["Ruoqiang"], []]


def test_on_base_refers_back_to_the_base():
    got = _places("Spangdahlem Air Base received the evacuees. By Friday 5,000 people were on base.")
    assert got[1] == ["Spangdahlem Air Base"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Three C-17 cargo jets landed at Ramstein.", ["cargo aircraft"]),  # one object, not a second unknown aircraft
    ('China fired DF-26 "carrier killer" missiles into the sea.', []),  # a missile's nickname, no carrier
    ("Australia to expand Darwin port as US warships visit", ["warship"]),  # a verb after the ships, no "visit"
    ("The warship visit was cancelled.", []),
])
def test_objects_read_right_in_the_fortieth_sets_shapes(text, expected):
    (a,) = analyses(text, _PUBLISHED)
    assert [o.cls for o in a.objects] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pair of KC-46 tankers to rotate through Spangdahlem", False),  # a headline's infinitive: to come
    ("F-35 fighters to deploy to Lask air base", False),
    ("Australia to expand Darwin port as US warships visit", True),  # … and what happens meanwhile
    ("Spangdahlem Air Base became the main staging hub for the airlift.", True),
    ("The images were taken by Planet Labs in October.", True),
    ("The images were taken by Planet Labs.", False),  # no date: no claim to check
    ("This hub is the main stop because of its ability to refuel C-17 transports.", False),  # a capacity
    ("The wing provides all the heavy maintenance for C-5 Galaxy transports.", False),  # a service
    ("Rhein-Main Air Base, near Frankfurt, was the Air Force's main airlift hub until it closed.", False),
    ("Changi Naval Base, opened in 2004, is the only facility with a pier for carriers.", True),  # (a tuning label)
])
def test_checkable_in_the_fortieth_sets_shapes(text, expected):
    assert _checkable(text) == [expected]
