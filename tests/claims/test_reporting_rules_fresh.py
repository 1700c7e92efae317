"""Rules found by reading fresh reports as a user would (session 14, issue 11), each on sentences written for
it: a desk's stamp under a headline, "the country" of the people named, a fleet or a treasury of a country is
no place, a ferry port holds no ferry, a side's claim about its own forces is not checkable."""

from __future__ import annotations

from datetime import date

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.headers import header_date
from annotate.model.taxonomy import load_taxonomy

from .test_place_rules_eighth import _places


def _analyses(text: str):
    return analyze_document(text, date(2025, 3, 3), default_gazetteer(), load_taxonomy())


def test_a_desks_stamp_under_the_headline_is_a_header():
    text = "Baltic watch: shadow fleet tankers off Gotland\nPosted 3 March 2025 by the Baltic OSINT desk\n\nShips left."
    assert header_date(text) == date(2025, 3, 3)
    assert [text[a.start:a.end] for a in _analyses(text)][0] == "Baltic watch: shadow fleet tankers off Gotland"


def test_the_country_is_the_country_of_the_people_named_before_it():
    text = ("A German P-8A from Nordholz joined the patrol.\n"
            "Finnish officials said on Friday that the crew had been allowed to leave the country.\n")
    assert _places(text, "Finnish officials") == ["Finland"]


def test_a_fleet_or_a_treasury_of_a_country_is_no_place():
    assert _places("U.S. 6th Fleet Public Affairs", "Fleet") == []
    assert _places("The tanker was sanctioned by the U.S. Treasury in 2024.", "The tanker") == []


def test_a_ferry_port_or_a_submarine_pier_holds_no_vessel():
    (a,) = _analyses("In August, drones hit the Kavkaz ferry port in Krasnodar Krai.")
    assert [o.cls for o in a.objects] == []
    (a,) = _analyses("Four of them were moored at the eastern submarine pier.")
    assert [o.cls for o in a.objects] == []


def test_a_sides_claim_about_its_own_forces_is_not_checkable():
    (a,) = _analyses("Russian Defense Ministry claimed its forces destroyed 12 naval drones heading toward Novorossiysk.")
    assert not a.checkable
    (a,) = _analyses("Ukrainian drones destroyed two patrol boats near Novorossiysk on Sunday.")
    assert a.checkable


def test_a_sources_name_before_a_bar_and_a_stamp_is_a_header():
    text = ("Indian Navy commissions INS Arnala at Visakhapatnam\n"
            "Ministry of Defence | Posted On: 18 JUN 2025 5:32PM by PIB Delhi\n\nThe ship was commissioned today.")
    assert header_date(text) == date(2025, 6, 18)
    assert [text[a.start:a.end] for a in _analyses(text)][0] == "Indian Navy commissions INS Arnala at Visakhapatnam"


def test_a_chinese_province_after_a_locative_word_but_never_a_ship_named_after_it():
    assert _places("J-16 fighters took off from an air base in Fujian.", "J-16") == ["Fujian Sheng"]
    assert _places("Aircraft were seen over Guangdong province.", "Aircraft") == ["Guangdong Sheng"]
    assert _places("Imagery from September 10 shows the Liaoning and the Shandong alongside.", "Imagery") == []
    assert _places("Two Type 075 ships, Hainan and Guangxi, sailed south.", "Two Type") == []
    assert "Jilin" in _places("The frigate was named after the city of Jilin.", "The frigate")


def test_another_spelling_is_no_place_where_the_text_puts_the_name_in_another_country():
    # "Longtian" is one letter from Longtan Air Base in Taiwan; "in Fujian" says it is not that one
    assert "Longtan Air Base" not in _places("J-16 fighters took off from Longtian air base in Fujian.", "J-16")


def test_a_company_named_after_its_country_is_no_place():
    assert _places("The vessel was converted at the Iran Marine Industrial Company shipyard in Bushehr.",
                   "The vessel") == ["Bushehr"]


def test_a_fact_checkers_word_about_its_own_work_is_not_checkable():
    (a,) = _analyses("We have previously checked claims about Russian warships near the UK.")
    assert not a.checkable


def test_air_bases_listed_before_their_kind_are_the_air_bases_wherever_they_are():
    text = "The strike hit 41 aircraft at Olenya, Belaya, Dyagilevo and Ivanovo air bases."
    assert _places(text, "The strike") == ["Belaya Air Base", "Dyagilevo Air Base", "Ivanovo South Airport",
                                           "Olenya air base"]  # not the village of Belaya in Ukraine
    # a word that names no place before a kind names no installation either ("Russian Mission Airport")
    assert "Russian Mission Airport" not in _places("Ukraine hits Russian airfield in Crimea", "Ukraine hits")


def test_a_ports_named_anchorage_is_not_anchorage_alaska():
    assert _places("The car carrier later anchored at the Eastern Anchorage.", "The car carrier") == []
    assert _places("Two F-22s landed in Anchorage on Monday.", "Two F-22s") == ["Anchorage"]
