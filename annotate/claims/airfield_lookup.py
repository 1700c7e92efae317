"""Airfields found where a list files them under a name reporting does not use.

* :class:`AirfieldGrid`: the listed airfields by where they lie, for a town's air base that a list names otherwise
  (Harir's air base is airportsdata's "Bashur Airfield").
* :func:`joint_base`: a US joint base by the air force base it merged ("Joint Base Langley-Eustis" is Langley AFB).
* :func:`named_base_before`: whether an air base's word ends a name the gazetteer has ("Al-Dhafra Air Base in Abu
  Dhabi": the base is named, the city after it is where it lies).
* :func:`airfields_named_alone`: an aerodrome by its name's one distinctive word, in a document about airfields
  ("Ostafyevo" for Ostafyevo International Airport).
"""

from __future__ import annotations

import math
import re
from typing import Callable, Iterable

from .place_model import Place, PlaceMention, km_to_nearest

__all__ = ["AirfieldGrid", "airfields_named_alone", "joint_base", "named_base_before"]


class AirfieldGrid:
    """The airfields among ``places``, one cell per degree of latitude and longitude."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._cells: dict[tuple[int, int], list[Place]] = {}
        for place in {id(p): p for p in places}.values():
            if place.kind == "airfield" and place.lat is not None and place.lon is not None:
                self._cells.setdefault((math.floor(place.lat), math.floor(place.lon)), []).append(place)

    def nearest(self, town: Place, km: float) -> Place | None:
        """The airfield nearest ``town`` and within ``km`` of it (of two as near, the first by name), or ``None``."""
        if town.lat is None or town.lon is None:
            return None
        lat, lon = math.floor(town.lat), math.floor(town.lon)
        near = [p for dy in (-1, 0, 1) for dx in (-1, 0, 1) for p in self._cells.get((lat + dy, lon + dx), ())]
        scored = [(km_to_nearest(p, [(town.lat, town.lon)]), p.name, p) for p in near]
        best = min(scored, default=None, key=lambda s: s[:2])
        return best[2] if best is not None and best[0] <= km else None


def joint_base(key: str, lookup: Callable[[str], Place | None]) -> Place | None:
    """The air force base a US joint base (``key``, an index key: "joint base langley eustis") merged with another
    installation: the first of its names that is a listed air force base's ("Langley AFB"; Fort Eustis is the
    Army's)."""
    for word in key.split(" ")[2:]:
        for suffix in (" afb", " air force base"):
            base = lookup(word + suffix)
            if base is not None and base.kind == "airfield":
                return base
    return None


# the kind of airfield an installation's name ends with, and the capitalised words of the name before it
_AIR_KIND_WORD = re.compile(r"(?i:air\s*base|airfield|air\s+station|air\s+force\s+(?:base|station))")
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}$")


def named_base_before(text: str, airbase: re.Match, lookup: Callable[[str], Place | None]) -> bool:
    """Whether the words before the air base's word that ``airbase`` found end, with it, a name ``lookup`` knows
    ("Al-Dhafra Air Base in Abu Dhabi", "Hmeimim air base in Latakia": the base is named and the city beside it — not
    "the Zokniai airfield in Siauliai", which no list has, and so is Siauliai's)."""
    kind = _AIR_KIND_WORD.match(airbase.group())
    names = _NAME_WORDS_BEFORE.search(text, max(0, airbase.start() - 60), airbase.start())
    if kind is None or names is None:
        return False
    words = names.group().split()
    return any(lookup(" ".join(words[-k:] + [kind.group()])) is not None for k in range(1, len(words) + 1))


# a document about airfields says so somewhere
_AIRFIELD_WORD = re.compile(r"(?i:\b(?:air\s*bases?|airfields?|airports?|aerodromes?|airstrips?|runways?)\b)")
# one capitalised word standing alone: not the first of a longer capitalised name (nor the last: _NAME_BEFORE)
_ALONE = re.compile(r"(?<![\w'’-])[A-Z][a-z]{4,}(?:-[A-Z]?[a-z]+)*(?![\w-])(?!\s+[A-Z])")
# a capitalised word before it (not a possessive): the last word of a longer name ("Sergei Sobyanin")
_NAME_BEFORE = re.compile(r"(?<![\w'’-])[A-Z][\w-]*\s+$")
_MAX_WORDS = 2000  # distinct words looked up per document (bounded cost on any text)


def airfields_named_alone(text: str, spans: list[tuple[int, int]], sentences: list[list[PlaceMention]],
                          bare_airfield: Callable[[str], Place | None]) -> None:
    """Add, in place, an aerodrome named by its name's one distinctive word alone ("Ostafyevo" for Ostafyevo
    International Airport; ``bare_airfield(word)``, which knows only words no place has as its name), where no
    other place was found there — in a document that speaks of airfields, airports or runways somewhere."""
    if _AIRFIELD_WORD.search(text) is None:
        return
    known: dict[str, Place | None] = {}
    for (s, e), mentions in zip(spans, sentences):
        added = False
        for hit in _ALONE.finditer(text, s, e):
            word = hit.group()
            before = _NAME_BEFORE.search(text, max(s, hit.start() - 30), hit.start())
            if before is not None and before.start() > s:
                continue  # the name's last word; a sentence's first word before it is no name ("Why Ostafyevo?")
            if word not in known:
                if len(known) >= _MAX_WORDS:
                    continue
                known[word] = bare_airfield(word)
            place = known[word]
            if place is not None and not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                mentions.append(PlaceMention(hit.start(), hit.end(), word, place))
                added = True
        if added:
            mentions.sort(key=lambda m: m.start)
