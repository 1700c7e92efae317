"""The default gazetteer: the packaged lists, our curated files and the user's, added in rising priority to a
:class:`~annotate.claims.gazetteer.Gazetteer`, built once and kept on disk (``gazetteer_cache``) until one of its
inputs changes."""

from __future__ import annotations

import os
from dataclasses import replace
from functools import lru_cache
from pathlib import Path
from typing import Iterable

from .gazetteer import Gazetteer
from .place_model import INSTALLATION_KINDS, Place

__all__ = ["default_gazetteer", "user_places_paths"]

_HERE = Path(__file__)
_CURATED = tuple(_HERE.with_name(n) for n in ("places.toml", "islands.toml", "installations.toml"))
# the code a built index depends on: a change to any of them builds it again
_CODE = tuple(_HERE.with_name(n) for n in ("gazetteer.py", "gazetteer_build.py", "place_sources.py", "place_model.py",
                                           "region_names.py"))


def user_places_paths() -> list[Path]:
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "annotate"
    return [base / "places.toml", base / "places.csv"]


@lru_cache(maxsize=8)
def _build(extra: tuple[str, ...]) -> Gazetteer:
    from .gazetteer_cache import cached_build

    inputs = [*_CODE, *_CURATED, *map(Path, extra)]
    return cached_build("gazetteer", inputs, lambda: _build_index(extra), _announce)


def _announce(path: Path) -> None:
    import sys

    print(f"Indexing 290,000 place names once (about 20 s); later runs read them from {path.parent}",
          file=sys.stderr, flush=True)


def _build_index(extra: tuple[str, ...]) -> Gazetteer:
    from .place_sources import bare_airfield_names, curated_places, packaged_places

    g = Gazetteer([])
    spellings = []
    for place, aliases, *soft in packaged_places():
        # towns and ICAO-only aerodromes never take a name from a bigger place or an IATA airport
        weak = place.kind in ("town", "village") or (place.kind == "airfield" and len(place.code or "") == 4) or \
            (place.kind == "region" and bool(soft) and place.name in soft[0])  # a one-word state
        g.add(place, *aliases, soft=tuple(soft[0]) if soft else (), name_soft=weak)
        if len(soft) > 1:
            spellings.append((place, soft[1]))
    curated = [entry for path in _CURATED for entry in curated_places(path, "curated")]
    for place, aliases in curated:
        g.add(place, *aliases)
    for place, _ in curated:
        if place.kind in INSTALLATION_KINDS:
            g.mark_landmark(place)
    for file in extra:
        if Path(file).is_file():
            for place, aliases in curated_places(Path(file), f"user:{Path(file).name}"):
                g.add(replace_source(place), *aliases)
    for place, names in spellings:  # other spellings only take names no place has as its own
        g.add_spellings(place, names)
    for word, name in bare_airfield_names():  # "Ostafyevo" for Ostafyevo International Airport, where nothing
        g.add_bare_airfield(word, name)    # else has the name
    g.index_variants()
    return g


def replace_source(place: Place) -> Place:
    """User places match like curated ones (no common-word filtering)."""
    return replace(place, source="curated") if place.source.startswith("user:") else place


def default_gazetteer(extra: Iterable[str | os.PathLike] = ()) -> Gazetteer:
    """The packaged and curated places, plus the user's files and ``extra`` ones (TOML or CSV)."""
    return _build(tuple(str(p) for p in (*user_places_paths(), *extra)))
