"""Session 45 (issue 11): rules written after the sixty-seventh held-out set's first scoring (al-Shabaab's mortar
attacks on the airports of Kismayo, Baidoa and Mogadishu, the seizure of Beledweyne's airport, troops flown into it,
the first plane to land at Buloburte's airstrip, 2015–2022) — each case a sentence written for the rule, not one of
the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2021, 11, 30)  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    # Somalia's airports and camps under the names reports give them
    ("Mortars hit Kismayo airport.", [["Kisimayu Airport"]]),
    ("Troops guarded Shafi Gaduud Airport.", [["Baidoa Airport"]]),
    ("A plane landed at Ugaas Khalif Airport in Beletweyne.", [["Belet Uen Airport", "Beledweyne"]]),
    ("Shells fell inside the Halane camp.", [["Halane base camp"]]),
    # the federal member states and the towns' other spellings
    ("Fighting spread across South West State and Jubaland.", [["South West State", "Jubaland"]]),
    ("A plane landed in Buloburte.", [["Buulobarde"]]),
    # an organisation's name, no place: the African Union's mission, a state's government, a capital's airport
    ("The African Union Mission in Somalia said the airport was hit.", [[]]),
    ("HirShabelle state government has not commented.", [[]]),
    # a demonym, not Ethiopia's Somali Region (which keeps its name with "Region")
    ("The Somali town of Jowhar was calm.", [["Jawhar"]]),
    ("Troops moved into Ethiopia's Somali region.", [["Ethiopia", "Somali"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected


def test_the_airport_before_a_town_is_that_towns():
    text = "The group used mortars in the attack on the airport and on a military base in Baidoa."
    assert place_names(text, _PUBLISHED) == [["Baidoa", "Baidoa Airport"]]


def test_a_neighbourhood_without_a_point_is_not_the_town_meant():
    text = "Mortars hit the airport and a base in Baidoa. A base in the Wadajir neighbourhood of the city was " \
        "attacked. Officials said the attack on the airport failed."
    assert place_names(text, _PUBLISHED)[1:] == [["Baidoa"], ["Baidoa Airport"]]


def test_the_town_prefers_a_town_to_a_city_named_beside_it():
    text = "Flights from Mogadishu to Buloburte resumed. Troops drove the militants out of the town."
    assert place_names(text, _PUBLISHED)[-1] == ["Buulobarde"]


def test_a_civilian_plane_is_an_airliner():
    assert [o.cls for o in analyses("A civilian plane landed in Baidoa.", _PUBLISHED)[0].objects] == ["airliner"]


@pytest.mark.parametrize(("text", "checkable"), [
    # shelling, skirmishes, a base that was a target, troops flown in, flights halted, guards at a base
    ("Terrorists shell Kismayo airport", True),
    ("Mortar rounds rain down on Baidoa", True),
    ("There was a skirmish at the checkpoint guarding Baidoa airport.", True),
    ("The Halane camp in Mogadishu was also a target.", True),
    ("Troops were flown from Mogadishu to Beledweyne on Tuesday.", True),
    ("Landings and takeoffs at Baidoa airport have been halted.", True),
    ("The airport and the Halane camp are guarded by African Union troops.", True),
    ("Al-Shabaab attacks troops, airport in Somalia", True),
    # a run of attacks; a refusal to comment
    ("Al-Shabaab has carried out several mortar attacks on Baidoa airport.", False),
    ("Officials declined to comment on the attack on Baidoa airport.", False),
    # controls: flights suspended at an airport the tuning set reads as no sight (h49); a single attack
    ("Flights at the airport were suspended.", False),
    ("Al-Shabaab carried out a mortar attack on Baidoa airport on Monday.", True),
])
def test_checkable(text, checkable):
    assert any(a.checkable for a in analyses(text, _PUBLISHED)) is checkable
