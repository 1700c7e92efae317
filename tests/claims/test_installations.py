"""The curated installations (``installations.toml``): each is found under its own name and aliases, and lies
near the town it is named after — a check of the hand-set coordinates against GeoNames."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from annotate.claims import gazetteer as gazetteer_module
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.place_model import TOWN_KM, km_to_nearest

_FILE = Path(gazetteer_module.__file__).with_name("installations.toml")
_ENTRIES = tomllib.loads(_FILE.read_text(encoding="utf-8"))["place"]
_KIND_WORDS = {"naval", "base", "shipyard", "port", "yard", "dockyard", "submarine", "oil", "terminal", "peninsula"}


@pytest.fixture(scope="module")
def gazetteer():
    return default_gazetteer()


def test_the_file_is_loaded_with_sources_for_its_coordinates():
    assert len(_ENTRIES) >= 150
    assert "Wikipedia" in _FILE.read_text(encoding="utf-8").split("place = [")[0]


@pytest.mark.parametrize("entry", _ENTRIES, ids=[e["name"] for e in _ENTRIES])
def test_found_under_its_name_and_aliases(gazetteer, entry):
    for name in (entry["name"], *entry.get("aliases", ())):
        place = gazetteer.lookup(name)
        assert place is not None and place.name == entry["name"], (name, place)


# named after a district GeoNames' cities1000 lacks; the only town of the name lies elsewhere in China
_DISTRICTS = {"Wuchang shipyard": "Wuchang, Heilongjiang (the yard is in Wuhan)",
              "Xiangshan naval base": "Xiangshan, Guangxi (the base is in Ningbo's Xiangshan county)",
              # named after the province: the base lies 47 km north of the city of Hamadan
              "Hamadan Air Base": "Hamadan province (the base is 47 km north of the city)"}


def _town(gazetteer, entry):
    """The settlement of the same country ``entry`` is named after ("Toulon" for "Toulon naval base") — of
    several, the nearest."""
    words = [w for w in entry["name"].split() if w.lower() not in _KIND_WORDS]
    if len(words) == len(entry["name"].split()) or not words or entry["name"] in _DISTRICTS:
        return None  # not named "<town> <kind>"
    towns = [p for p in (gazetteer.lookup(" ".join(words)), *gazetteer.homonyms(" ".join(words)))
             if p is not None and p.kind in ("city", "town", "village") and p.country == entry["country"]]
    return min(towns, key=lambda p: km_to_nearest(p, [(entry["lat"], entry["lon"])]), default=None)


def test_each_lies_near_the_town_it_is_named_after(gazetteer):
    """Toulon naval base near Toulon, Naval Dockyard Visakhapatnam near Visakhapatnam: the hand-set coordinates
    agree with GeoNames' for every entry named after a town it has."""
    checked, far = 0, []
    for entry in _ENTRIES:
        town = _town(gazetteer, entry)
        if town is None:
            continue
        checked += 1
        km = km_to_nearest(town, [(entry["lat"], entry["lon"])])
        if km > TOWN_KM:
            far.append(f"{entry['name']}: {km:,.0f} km from {town.name} ({town.lat}, {town.lon})")
    assert checked >= 60, checked
    assert not far, far
