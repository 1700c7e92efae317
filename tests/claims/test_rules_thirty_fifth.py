"""Session 32 (issue 11): air bases no list has, named after a town one has ("Hasimara Air Force Station", "the air
base near Shorkot") — the kind of place that cost every held-out set of session 31 its place recall (Adampur,
Suratgarh, Tsel, Tower 22: an installation no list had, read as the town or not at all)."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.unlisted_installations import UNLISTED
from tests.claims.analysed import analyses, place_names

_PUBLISHED = date(2025, 8, 10)


def _places(text: str) -> list[list[str]]:
    return place_names(text, _PUBLISHED)


def test_a_town_named_with_an_air_bases_words_is_an_unlisted_base_at_the_towns_point():
    (a,) = analyses("Hasimara Air Force Station received its first Rafale fighters in July.", _PUBLISHED)
    (base,) = [p.place for p in a.places]
    assert (base.name, base.kind, base.country) == ("Hasimara air base", "airfield", "IN")
    assert base.source.startswith(UNLISTED) and "Hāsimāra" in base.source and base.approximate
    assert (round(base.lat, 2), round(base.lon, 2)) == (26.75, 89.35)  # the town's point, said so in the source


@pytest.mark.parametrize("text", [
    "Imagery shows a new hangar at the air base near Shorkot.",
    "An airfield at Shorkot was struck on Monday.",
    "Jets were seen at the Indian Air Force base near Shorkot.",
    "Shorkot airbase was struck.",
    "Fighters left Shorkot's air base.",
])
def test_the_unlisted_base_whatever_words_name_it(text):
    assert _places(text)[0] == ["Shorkot air base"]


def test_one_unlisted_base_per_town_in_a_document_and_the_bare_name_after_it_and_the_base_refer_to_it():
    got = analyses("Hasimara Air Force Station received Rafale fighters in July. Satellite images show two jets "
                   "parked at Hasimara on July 30. The base's runway was extended. The town of Hasimara lies "
                   "nearby.", _PUBLISHED)
    places = [[p.place for p in a.places] for a in got]
    assert places[0][0] is places[1][0] is places[2][0]  # one place, not three of one name
    assert places[2][0].name == "Hasimara air base" and got[2].places[0].inferred
    assert [p.name for p in places[3]] == ["Hāsimāra"]  # "the town of": the town itself


@pytest.mark.parametrize(("text", "expected"), [
    # a listed airfield named after a town: that one ("Halwara Air Force Station" is Halwara's airport)
    ("Jets landed at Halwara Air Force Station.", ["Halwara International Airport"]),
    # a named base near a town: the town beside it, not another base
    ("Hmeimim air base near Latakia hosted bombers.", ["Hmeimim Air Base", "Latakia"]),
    # a town with no air base word is the town
    ("Protests took place in Shorkot on Monday.", ["Shorkot"]),
])
def test_not_an_unlisted_base(text, expected):
    assert _places(text)[0] == expected


def test_an_unnamed_base_at_a_town_beside_an_airfield_the_document_names_is_no_unlisted_one():
    got = _places("Su-24 bombers were destroyed at Saki Air Base on Aug. 9. Maxar released images of the air base "
                  "at Novofedorivka.")
    assert got[1] == ["Novofedorivka"]  # Saki's, 2 km away: the text names it; no second base at the village
