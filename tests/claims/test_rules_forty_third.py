"""Session 35 (issue 11): rules written after the forty-third held-out set's first scoring (the Shkval yard at
Polyarny, the drone strike near Hvardiiske, the blasts at Zyabrovka, the PD-81 dock) — each case a sentence written
for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2022, 8, 17)


def _places(text: str, published: date = _PUBLISHED) -> list[list[str]]:
    return place_names(text, published)


def _checkable(text: str, published: date = _PUBLISHED) -> list[bool]:
    return [a.checkable for a in analyses(text, published)]


@pytest.mark.parametrize("text", ["Shipyard No. 10 repaired the submarines.", "Navy Yard No 10 repaired them."])
def test_a_listed_name_with_an_abbreviation_is_found_as_written(text):
    assert _places(text, date(2003, 2, 7)) == [["Shkval shipyard"]]


def test_the_town_by_the_airfield_is_the_one_meant_and_both_are_named():
    (a,) = analyses("A drone hit a Russian airfield near Hvardiiske in Crimea on Tuesday.", _PUBLISHED)
    got = {p.place.name: (round(p.place.lat, 2), round(p.place.lon, 2)) for p in a.places}
    assert got["Hvardiiske"] == (45.10, 34.00) and "Gvardeyskoye air base" in got


def test_an_unnamed_airfield_at_a_town_on_the_peninsula_is_the_listed_one():
    got = _places("The strike came a week after a strike on another Russian airfield on the peninsula, at Saky.")
    assert got == [["Saki Air Base"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Troops guard the air base at Hasimara.", ["Hasimara air base"]),
    ("Troops guard the air base near Hasimara.", ["Hāsimāra", "Hasimara air base"]),
])
def test_an_unnamed_air_base_at_a_town_is_the_base_near_it_the_base_and_the_town(text, expected):
    assert _places(text) == [expected]


def test_a_crimean_base_is_in_ukraine():
    assert _places("Drone hits ammunition dump at Crimean air base") == [["Ukraine"]]


def test_zyabrovka_air_base_is_listed():
    got = _places("At least eight blasts were reported at Zyabrovka. Ziabrauka airfield lies south-east of Gomel.")
    assert got == [["Zyabrovka air base"], ["Zyabrovka air base", "Gomel"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("The floating dock lay idle at a nuclear submarine base for 30 years.", []),
    ("The submarine bases on the Kola Peninsula were reorganised.", []),
    ("Longpo submarine base, Hainan.", ["submarine"]),  # a caption: what the image shows
    ("The plan is to revive ship repair in the city.", []),
    ("The ship was repaired at the yard.", ["unknown vessel"]),
])
def test_a_base_or_an_industry_named_after_vessels_is_no_vessel(text, expected):
    (a,) = analyses(text, date(2025, 8, 21))
    assert [o.cls for o in a.objects] == expected


@pytest.mark.parametrize(("text", "published"), [
    ("Today the Shkval yard has two covered floating docks.", date(2003, 2, 7)),
    ("A drone blew up an ammunition dump at Saki Air Base on Tuesday.", _PUBLISHED),
])
def test_checkable_in_the_forty_third_sets_shapes(text, published):
    assert _checkable(text, published)[-1] is True


@pytest.mark.parametrize(("text", "published"), [
    ("When the first submarines reached the fleet, the Shkval yard was adapted to dock and repair them.",
     date(2003, 2, 7)),
    ("The jets at Saki Air Base support Russia's Black Sea Fleet.", _PUBLISHED),
    ("Russia denied that any aircraft were damaged or that any attack took place.", _PUBLISHED),
    ("Officials said the blasts at Saki Air Base were an accident caused by an aircraft engine fire.", _PUBLISHED),
    ("Shipbuilders in Murmansk put their faith in a 46-year-old floating dock", date(2025, 8, 21)),
    ("The dock was built in Trogir, Croatia, in 1979 and acquired by the Russian Navy in 1992.", date(2025, 8, 21)),
])
def test_a_capability_a_role_a_denial_a_cause_and_history_are_not_checkable(text, published):
    assert _checkable(text, published) == [False]


# --- after the forty-fourth set's scoring (Kant, Ayni, the Sub Sea Baby strike, Massawa) ---

def test_the_ayni_airfield_is_the_listed_base_not_a_village_of_that_name():
    (a,) = analyses("Su-25s arrived at the Ayni airfield in Tajikistan.", date(2016, 12, 9))
    base = a.places[0].place
    assert (base.name, round(base.lat, 1), round(base.lon, 1)) == ("Ayni air base", 38.5, 68.7)  # not Ayní, 100 km N


def test_a_military_district_is_no_place():
    assert _places("A spokesman for Russia's Central Military District spoke.") == [["Russian Federation"]]


def test_us_before_a_headline_verb_is_the_country():
    assert "United States" in _places("Russia to expand air base as US leaves Kyrgyzstan", date(2013, 10, 26))[0]


@pytest.mark.parametrize(("text", "expected"), [
    ("Su-25s were seen with the attack aircraft of the regiment.", ["fighter", "fighter"]),
    ("About ten A-10 ground-attack aircraft arrived at Aviano on Friday.", ["unknown aircraft"]),
])
def test_attack_aircraft_are_fighters_unless_a_designator_says_which(text, expected):
    (a,) = analyses(text, date(2011, 3, 26))
    assert [o.cls for o in a.objects] == expected


def test_a_contingent_at_a_base_is_checkable():
    assert _checkable("Kant air base has a contingent of 250 Russian officers and 150 soldiers.") == [True]


@pytest.mark.parametrize(("text", "published"), [
    ("Once the exercise is over, the Su-25s will fly back to Kant air base, the spokesman said.", date(2016, 12, 9)),
    ("According to the SBU, the submarine at Novorossiysk carried four launchers for Kalibr cruise missiles.",
     date(2025, 12, 15)),
    ("It is the first visit by a Russian warship to Massawa in the country's modern history.", date(2024, 3, 30)),
    ("Foreign Minister Sergei Lavrov praised Massawa's logistics capabilities during a visit to Eritrea last year.",
     date(2024, 3, 30)),
    ("Russia has long sought a permanent presence for its warships at Massawa.", date(2024, 3, 30)),
])
def test_a_future_return_a_fit_a_record_praise_and_an_aim_are_not_checkable(text, published):
    assert _checkable(text, published) == [False]


def test_a_far_town_named_like_an_airfield_among_the_documents_places_is_the_airfield():
    got = _places("Russia will expand Kant air base near Bishkek. The US plans to pull its flights out of Manas.",
                  date(2013, 10, 26))
    assert got[1] == ["Manas International Airport"]  # not the town of Manas, 270 km away


def test_a_town_near_the_documents_places_stays_the_town():
    got = _places("Jets left Kant air base near Bishkek. Kant lies east of Bishkek.", date(2013, 10, 26))
    assert "Kant" in got[1] or "Kant air base" in got[1]


def test_cologne_is_koeln():
    assert _places("Tornados are flying from Nörvenich air base near Cologne.", date(2025, 6, 1)) == \
        [["Norvenich Airport", "Köln"]]


def test_a_town_where_something_was_said_is_no_place_the_base_means():
    got = _places("Kant Air Base lies near Bishkek. Atambayev told a press conference in Bishkek that Russia should "
                  "leave the air base.", date(2016, 12, 9))
    assert "Kant air base" in got[1]


@pytest.mark.parametrize(("text", "expected"), [
    ("Kant hosts 10 fighters and about a dozen other transport and training aircraft.",
     ["fighter", "cargo aircraft", "unknown aircraft"]),
    ("Moscow said no ship or submarine of the fleet had been damaged.", ["unknown vessel", "submarine"]),
    ("The submarine and its ship escort left.", ["submarine"]),  # control: "ship" after the specific kind
])
def test_a_generic_beside_another_kind_is_an_object_of_its_own(text, expected):
    (a,) = analyses(text, date(2013, 10, 26))
    assert [o.cls for o in a.objects] == expected


# --- after the forty-fifth set's scoring (MH-139s for Malmstrom and Maxwell); the set stays held out ---

def test_an_anniversary_is_no_day_after():
    (a,) = analyses("The helicopter arrived on Wednesday, two years to the day after the last C-130 left the base.",
                    date(2024, 4, 4))
    assert [d.label for d in a.dates] == ["2024-04-03"]
    (b,) = analyses("The helicopter arrived on Wednesday. The crew left the day after.", date(2024, 4, 4))[1:]
    assert [d.label for d in b.dates] == ["2024-04-04"]  # control: the day after a date
