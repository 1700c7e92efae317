"""Session 23 (issue 11), each tested on sentences written for it, from the twentieth held-out set's misses: a
village a listed port is named after needs no locative word ("Primorsk loaded 14 tankers"); "Naval Base Karwar"
is no base named "Naval", and its town's name alone after it is the base; the NATO alphabet's submarine classes are
no other spelling of a place ("a Kilo sub" is no Kiel); ship names listed after a plural class reach further
back ("the submarines Petropavlovsk-Kamchatsky and Volkhov"); "SINGAPORE - " is a dateline; Istanbul's Tuzla,
Dalzavod, Fort Hill Wharf and "Souda naval base" are in the lists; "the shoal" refers back past an island named
beside it; "the new piers at Longpo" name a place no list has, not the one before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2026, 11, 20)


def _analyses(text: str, published: date = _PUBLISHED):
    return analyses(text, published)


def _places(text: str) -> list[list[str]]:
    return place_names(text, _PUBLISHED)


@pytest.mark.parametrize("text, expected", [
    ("Primorsk, the other Baltic crude outlet, loaded 14 tankers last week.", ["Primorsk"]),
    ("Ust-Luga exports recover after drone attack", ["Ust’-Luga"]),
    ("Vysotsk loaded three tankers on Monday.", ["Vysotsk"]),
    # controls: a village no listed installation is named after still needs a locative word; after one it is found
    ("Smolenka loaded three tankers on Monday.", []),
    ("Three tankers loaded at Primorsk on Monday.", ["Primorsk"]),
])
def test_a_village_a_listed_port_is_named_after(text, expected):
    assert _places(text) == [expected]


def test_naval_base_before_a_town_is_its_kind_and_the_town_alone_is_the_base_after_it():
    text = ("INS Vikrant arrived at Naval Base Karwar on 23 January after a deployment.\n"
            "The carrier will undergo maintenance at Karwar before the exercise.")
    assert _places(text) == [["INS Kadamba"], ["INS Kadamba"]]


def test_a_town_before_its_base_is_named_stays_the_town_and_after_it_is_the_base():
    # the headline's town comes first, so only the short form of "Naval Base Karwar" makes the last one the base
    text = ("INS Vikrant arrives at Karwar\n"
            "The carrier arrived at Naval Base Karwar on 23 January after a deployment.\n"
            "The carrier will undergo maintenance at Karwar before the exercise.")
    assert _places(text) == [["Karwar"], ["INS Kadamba"], ["INS Kadamba"]]


@pytest.mark.parametrize("text", [
    "Also a Kilo sub in the floating dock.",
    "Two Romeo subs and an Oscar sat at the pier.",
    "A Tango was seen at the pier.",
])
def test_submarine_classes_of_the_nato_alphabet_are_no_spellings(text):
    assert _places(text) == [[]]


def test_a_place_named_like_a_nato_word_keeps_its_name():
    assert _places("Two tankers left Lima on Monday.") == [["Lima"]]


def test_the_second_of_two_long_ship_names_after_a_plural():
    text = "Earlier in September, the submarines Petropavlovsk-Kamchatsky and Volkhov returned to Vilyuchinsk."
    assert _places(text) == [["Vilyuchinsk"]]


@pytest.mark.parametrize("dash", ["-", "—"])
def test_a_capitals_dateline_before_a_spaced_hyphen(dash):
    text = (f"US ship arrives for deployment\n"
            f"SINGAPORE {dash} The US Navy littoral combat ship USS Santa Barbara arrived at Changi Naval Base on "
            f"March 30.")
    assert _places(text)[-1] == ["Changi Naval Base"]


def test_a_hyphenated_word_in_capitals_is_no_dateline():
    text = "The destroyer left Busan.\nUS-ROK drills - the first this year - began at Busan on Monday."
    assert _places(text)[-1] == ["Busan"]


@pytest.mark.parametrize("text, expected", [
    ("Two more ships of the class are under construction at private yards in Tuzla.", (40.82, 29.30)),
    ("Refugees reached Tuzla, in Bosnia and Herzegovina, near Sarajevo.", (44.54, 18.67)),
])
def test_tuzla_by_the_places_around_it(text, expected):
    tuzla = next(p.place for a in _analyses(text) for p in a.places if p.text == "Tuzla")
    assert (round(tuzla.lat, 2), round(tuzla.lon, 2)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Also a Kilo sub in the floating dock at Dalzavod.", ["Dalzavod"]),
    ("Landing ship HMAS Choules berthed at Darwin's Fort Hill Wharf on Saturday.", ["Darwin", "Fort Hill Wharf"]),
    ("Hellenic Navy frigate Kimon arrives at Souda naval base", ["Souda Bay naval base"]),
])
def test_installations_added_from_the_twentieth_set(text, expected):
    assert _places(text) == [expected]


def test_the_town_alone_after_souda_naval_base_is_the_base():
    text = "The frigate arrived at Souda naval base on 23 June.\nIt will remain at Souda until 30 June."
    assert _places(text) == [["Souda Bay naval base"], ["Souda Bay naval base"]]


def test_the_shoal_refers_back_past_an_island_named_beside_it():
    text = ("Chinese ships blocked two boats near Second Thomas Shoal on Monday.\n"
            "The shoal lies about 200 kilometers west of the Philippine island of Palawan.")
    assert _places(text)[-1] == ["Palawan", "Second Thomas Shoal"]


def test_a_reference_followed_by_an_unknown_name_is_not_the_place_before():
    text = ("The carrier was back at Yulin Naval Base in Sanya in November.\n"
            "Next issue: the new piers at Longpo.")
    assert _places(text)[-1] == []


@pytest.mark.parametrize("text", [
    "The ship caught fire at its berth on the Danube and was extinguished by morning.",
    "Syria's new authorities cancelled a 49-year lease for the port on Jan. 20.",
    "The frigate docked at the port at 6 a.m. on Monday.",
])
def test_a_reference_followed_by_a_month_or_a_river_still_refers_back(text):
    assert "Ţarţūs" in _places("Two frigates arrived at Tartus on Monday.\n" + text)[-1]


def _dates(text: str, published: date = _PUBLISHED) -> list[str]:
    return [f"{d.label}|{d.precision}" for a in _analyses(text, published) for d in a.dates]


def _objects(text: str) -> list[list[str]]:
    return [[o.cls for o in a.objects] for a in _analyses(text)]


@pytest.mark.parametrize("text, expected", [
    # published Monday 17 August 2026: 22 August 2026 is a Saturday, 22 August 2025 a Friday
    ("Members of the public can tour HMAS Choules on Saturday 22 August.", {"2026-08-22|day"}),
    ("The ship arrived on Friday 22 August.", {"2025-08-22|day"}),
    # controls: a weekday that agrees with the nearest year; a weekday written wrong (3 August is a Friday in no
    # year beside 2026) leaves the written day
    ("The ship arrived on Saturday, 15 August.", {"2026-08-15|day"}),
    ("The ship arrived on Friday 3 August.", {"2026-08-03|day"}),
])
def test_a_weekday_before_a_day_chooses_its_year(text, expected):
    assert set(_dates(text, date(2026, 8, 17))) == expected


@pytest.mark.parametrize("text, expected", [
    ('A video claims to show a submarine entering Havana harbour "this Monday".', "2026-07-13|day"),
    ("This Monday the frigate left Tartus.", "2026-07-13|day"),
    # control: a future verb takes the next one
    ("The frigate will arrive this Friday.", "2026-07-17|day"),
])
def test_this_weekday(text, expected):
    assert _dates(text, date(2026, 7, 15)) == [expected]


@pytest.mark.parametrize("text, expected", [
    ("The second Belharra, HS Nearchos, is due to be delivered at Lorient in the autumn.", "autumn 2026|season"),
    ("The frigate is expected to be commissioned in May.", "2027-05|month"),
    # control: a past expectation keeps the past participle's past
    ("The frigate was expected to be commissioned in May but was delayed.", "2026-05|month"),
])
def test_is_due_to_be_done_is_future(text, expected):
    assert _dates(text, date(2026, 6, 24)) == [expected]


def test_a_ship_named_again_by_its_hull_prefix_is_the_class_given_before():
    text = ("HMAS Choules arrives in Darwin\n\n"
            "Landing ship HMAS Choules berthed at Darwin on Saturday.\n\n"
            "Members of the public can tour HMAS Choules on Saturday 22 August.")
    # the headline's prefix alone is a warship (as the labels read headlines), the body's later mention the
    # landing ship the body called it
    assert _objects(text) == [["warship"], ["landing ship"], ["landing ship"]]


@pytest.mark.parametrize("text, expected", [
    ("The crews fired at sea and air targets simulating enemy aircraft, the press service said.", [[]]),
    ("A mock enemy ship was sunk by the frigate.", [["warship"]]),
    ("Northern Fleet's flagship back in Severomorsk", [["warship"]]),
    ("The second Belharra, HS Nearchos, is due to be delivered at Lorient.", [["warship"]]),
    # controls: aircraft that simulate, and ships after a word of simulation further back
    ("Two aircraft simulated strikes on ships.", [["unknown aircraft", "unknown vessel"]]),
    ("The HS2 line opened on Monday.", [[]]),
])
def test_objects_from_the_twentieth_set(text, expected):
    assert _objects(text) == expected


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in _analyses(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("UKMTO has received a report of an incident 35NM west of Hodeidah, Yemen.", True),
    ("At the Sinpo Naval Base, activity is normal.", True),
    ("Activity at the Sohae site remained low in October.", True),
    ("The frigate will remain at Souda until 30 June for training with the US Navy's destroyer USS Roosevelt, which "
     "arrived on 22 June.", True),
    ("Spain's defense ministry said the deployment had been agreed in September.", False),
    ("The Russian embassy in Havana has announced no naval visit for July.", False),
    ("The ports of Greater Odesa have handled more than 100 million tons of cargo since the corridor opened in "
     "August 2023.", False),
    ("Members of the public can tour HMAS Choules at Darwin on Saturday 28 November.", False),
    # controls: an incident without a distance, a future verb without a past clause, a tally without "since", a
    # day no later than the day after publication
    ("The ministry called the incident regrettable.", False),
    ("The frigate will remain at Souda until 30 June for training.", False),
    ("Tugs handled more than 100 ships at Novorossiysk on Monday.", True),
    ("A second merchant vessel reported a similar approach west of Assab at 0630 UTC today.", True),
])
def test_checkable_from_the_twentieth_set(text, expected):
    assert _checkable(text) == [expected]
