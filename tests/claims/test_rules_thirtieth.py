"""Session 30 (issue 11), each tested on sentences written for it, from the thirtieth held-out set's misses (a set
paraphrased from real reporting on missile and drone strikes on airfields in occupied Ukraine and southern Russia, an
oil terminal, and the Zaporizhzhia nuclear power plant): power plants no list had; unnamed airfields near or in
occupied towns; "the town of X" after its airfield; "the regions of A and B"; demonstratives and plural heads that
refer back; the nuclear plant beside a thermal one; what makes a strike, a spill or a fire checkable, and what rules a
sentence out (a doubt, a tally over a period, a place's description, its history)."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.documents import load_document
from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2025, 7, 1)  # a Tuesday


def _places(text: str) -> list[list[str]]:
    return place_names(text, _PUBLISHED)


def _checkable(text: str) -> list[bool]:
    return [a.checkable for a in analyses(text, _PUBLISHED)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Smoke rose over the Zaporizhzhia NPP on Friday.", "Zaporizhzhia Nuclear Power Plant"),
    ("A convoy parked near the Zaporizhzhia nuclear power plant.", "Zaporizhzhia Nuclear Power Plant"),
    ("Ash blew from the Zaporizhzhia TPP after the shelling.", "Zaporizhzhia thermal power plant"),
])
def test_the_zaporizhzhia_power_plants_are_facilities_of_their_own_not_the_city(text, expected):
    assert _places(text)[0] == [expected]


@pytest.mark.parametrize(("text", "expected"), [
    ("Missiles struck an airfield near occupied Berdiansk overnight.", ["Berdyansk Airport"]),
    ("Craters covered the military airfield in Russia's Yeysk.", ["Russian Federation", "Yeysk air base"]),
    ("Strikes hit the airfields in Luhansk and Berdyansk on Monday.",
     ["Luhansk International Airport", "Berdyansk Airport"]),
    ("Rockets hit airfields near occupied Berdiansk and Luhansk.", ["Berdyansk Airport", "Luhansk International Airport"]),
])
def test_unnamed_airfields_in_or_near_a_town_are_the_aerodromes_named_after_it(text, expected):
    assert _places(text)[0] == expected


def test_a_named_air_base_near_a_town_keeps_the_town():
    assert _places("Jets left Hmeimim air base near Latakia on Monday.")[0] == ["Hmeimim Air Base", "Latakia"]


def test_the_town_of_a_name_stays_the_town_and_the_airfield_in_it_is_the_one_named_before():
    text = ("Blast at the military airfield in Russia's Yeysk. Smoke rose near the airfield in the town of Yeysk, "
            "Krasnodar Territory.")
    second = _places(text)[1]
    assert "Yeysk" in second and "Yeysk air base" in second


def test_the_regions_of_two_names_are_regions_not_their_cities():
    places = _places("Drones flew over the Ukrainian regions of Zaporizhzhia and Kherson. A blast shook an airfield "
                     "in the southern region of Krasnodar.")
    assert places == [["Zaporizka oblast", "Khersonska oblast"], ["Krasnodarskiy kray"]]


@pytest.mark.parametrize(("text", "expected"), [
    ("Ukraine says it destroyed Russian drone base", ["Ukraine", "Russian Federation"]),
    ("Satellite images show the ruins of a Russian warehouse.", ["Russian Federation"]),
])
def test_a_country_s_unnamed_drone_base_or_warehouse_names_the_country(text, expected):
    assert _places(text)[0] == expected


def test_a_plural_of_bases_names_no_country():
    assert _places("Experts note that Russian military bases are watched closely.")[0] == []


def test_this_airfield_refers_back_past_a_town_named_after_it():
    text = "The airfield in Yeysk lies far from the front. Aircraft from this airfield bombed Mariupol in 2022."
    assert _places(text)[1] == ["Mariupol", "Yeysk air base"]


def test_the_airfield_runways_after_two_airfields_carry_both():
    text = ("Missiles struck airfields near occupied Berdiansk and Luhansk. Officials said the airfield runways had "
            "been damaged.")
    assert sorted(_places(text)[1]) == ["Berdyansk Airport", "Luhansk International Airport"]


def test_the_nuclear_plant_is_the_nuclear_one_named_before_not_the_thermal_one_beside_it():
    text = ("Fires were seen near the Zaporizhzhia NPP on Wednesday. The images show smoke near the nuclear plant and "
            "over the ash dump of the Zaporizhzhia TPP.")
    assert sorted(_places(text)[1]) == ["Zaporizhzhia Nuclear Power Plant", "Zaporizhzhia thermal power plant"]


def test_port_buildings_refer_back_to_the_port():
    text = "Drones struck the port of Tuapse overnight. Port buildings were also damaged."
    assert _places(text)[1] == ["Tuapse"]


@pytest.mark.parametrize("text", [
    "Drones struck the port of Tuapse on Sunday. The slick in the sea reaches four kilometres.",
    "Drones struck the port of Tuapse on Sunday. Three heat signatures were recorded in the area of the port.",
    "Drones struck the port of Tuapse on Sunday. Satellites recorded two hits on the pipeline.",
    "Fires raged across the Primorsko-Akhtarsk airfield. Compared with older images, one launch station was "
    "destroyed.",
    "Drones hit Russian base overnight",
    "Reports spoke of a blast near a Russian airfield in the region of Krasnodar.",
    "Ukrainian intelligence struck at night: Russian air base in flames",
    "Russian troops appear to still hold the airport at Chornobaivka.",
    "Analysts said Russia had moved an air defence battery away from the Primorsko-Akhtarsk base a day earlier, "
    "which probably made the strike possible.",
])
def test_strikes_spills_heat_and_who_holds_a_place_are_checkable(text):
    assert _checkable(text)[-1] is True


@pytest.mark.parametrize("text", [
    "It is not yet known whether the Yeysk airfield itself was damaged.",
    "Because of cloud, it is not yet possible to assess the damage at the Tuapse terminal.",
    "Monday's strikes on the Luhansk airfield were the first known use of the missile.",
    "No oil spill was reported at the Tuapse terminal, the port said on Monday.",
    "On 18 October officials said that over the past day their forces had destroyed six helicopters.",
    "Kirovskoye airfield is an important military facility that Russian forces use as a base for aircraft.",
    "The base lies on the Sea of Azov opposite the city of Mariupol.",
    "The damaged berth at Tuapse was commissioned in 2013.",
    "Russia said on Friday that it had shot down 114 drones during a Ukrainian attack on refineries.",
    "On Monday Russia launched 77 drones at Ukraine from near the Primorsko-Akhtarsk base.",
    "Inspectors were preparing to visit the Zaporizhzhia NPP on Monday.",
])
def test_doubts_tallies_descriptions_and_history_are_not_checkable(text):
    assert _checkable(text) == [False]


def test_a_place_s_history_within_a_few_years_stays_checkable():
    assert _checkable("The new pier at Tuapse was built in 2024.") == [True]


def test_a_blast_whose_cause_is_under_investigation_is_no_sighting():
    text = "A blast hit the Shahid Rajaee port on Saturday. The cause of the blast is under investigation."
    assert _checkable(text) == [True, False]


def test_a_quotation_s_today_is_the_day_its_speaker_said_it():
    text = '"Today we thank our partners," the minister wrote on Telegram on Monday.'
    assert [d.label for d in analyses(text, date(2025, 7, 2))[0].dates] == ["2025-06-30", "2025-06-30"]
    unquoted = "Today the minister thanked the partners, he wrote on Telegram on Monday."
    assert [d.label for d in analyses(unquoted, date(2025, 7, 2))[0].dates] == ["2025-07-02", "2025-06-30"]


# after the thirty-first set (Pakistani air bases, Iranian missile bases, Nevatim)

@pytest.mark.parametrize(("text", "expected"), [
    ("Craters marked PAF Base Mushaf on Sunday.", ["Mushaf Air Base"]),
    ("Trucks burned at Nur Khan on Saturday.", ["Nur Khan Air Base"]),
    ("A roof collapsed at the Murid airbase.", ["Murid Air Base"]),
    ("Missiles hit Bholari and Rafiqui overnight.", ["Bholari Air Base", "Rafiqui Air Base"]),
    ("Smoke rose over Tel Nof on Tuesday.", ["Tel Nof air base"]),
    ("Plumes rose from the Tehran Oil Refinery.", ["Shahr Rey refinery"]),
])
def test_air_bases_and_a_refinery_by_the_names_reports_use(text, expected):
    assert _places(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("The runway at Tabriz lies in Iran's East Azerbaijan province.", "Āz̄ārbāyjān-e Shārqī"),
    ("Images show a hole in a hangar at a key Israeli military air base.", "Israel"),
    ("New imagery shows Pakistani base complex razed", "Pakistan"),
])
def test_a_province_s_english_name_and_a_country_s_unnamed_base(text, expected):
    assert expected in _places(text)[0]


def test_a_dateline_with_two_hyphens_is_no_date_of_the_first_sentence(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("Headline here\n\nNew Delhi, May 26 -- Missiles hit the Murid airbase on Saturday, officials "
                    "said.\n", encoding="utf-8")
    doc = load_document(path)
    first = [a for a in analyses(doc.text, doc.published) if "Murid" in doc.text[a.start:a.end]][0]
    assert doc.published is not None and (doc.published.month, doc.published.day) == (5, 26)
    assert [d.text for d in first.dates] == ["on Saturday"] and [p.place.name for p in first.places] == ["Murid Air Base"]


def test_a_reporting_name_in_lower_case_is_no_aircraft():
    assert analyses("He said this was a classic way to close a runway.", _PUBLISHED)[0].objects == []
    assert [o.cls for o in analyses("A Classic was parked at Tabriz.", _PUBLISHED)[0].objects] == ["airliner"]


def test_tankers_after_a_refuelling_designator_are_aircraft():
    objects = analyses("The base hosts Il-78 mid-air refuelling tankers.", _PUBLISHED)[0].objects
    assert {o.cls for o in objects} == {"unknown aircraft"}


@pytest.mark.parametrize("text", [
    "Satellite images had shown that the strike hit two trucks.",
    "Images from June 15 show buildings hit at the Kermanshah base. Some structures are completely wrecked.",
    "Overall, the damage at the air base in southern Israel was slight.",
])
def test_damage_an_image_shows_or_at_a_country_s_base_is_checkable(text):
    assert _checkable(text)[-1] is True


@pytest.mark.parametrize("text", [
    "It is not clear from the imagery whether any aircraft were in the hangar at Nevatim.",
    "Operation Sindoor was a coordinated precision strike operation launched on 7 May 2025.",
    "Located in Chaklala, Rawalpindi, Nur Khan Air Base is a vital installation.",
    "The army said on Monday that it had destroyed about a third of Iran's missile launchers.",
    "The strike on Isfahan on Friday suggests that both countries want to avoid an escalation.",
])
def test_doubts_descriptions_shares_and_wishes_are_not_checkable(text):
    assert _checkable(text) == [False]


def test_a_guess_at_the_cause_beside_damage_seen_leaves_it_checkable():
    text = ("Images show Nur Khan Air Base after the strike. According to the analysis, the damage is limited to a "
            "small area near the apron, probably linked to burning fuel trucks.")
    assert _checkable(text) == [True, True]


def test_a_weekday_before_a_date_and_a_dash_is_no_dateline():
    from annotate.claims.headers import DATELINE
    assert DATELINE.match("New Delhi, May 26 -- Missiles hit the base.") is not None
    assert DATELINE.match("Friday, May 26 -- Missiles hit the base.") is None
