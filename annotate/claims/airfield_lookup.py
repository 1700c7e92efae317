"""Airfields found where a list files them under a name reporting does not use.

* :class:`AirfieldGrid`: the listed airfields by where they lie, for a town's air base that a list names otherwise
  (Harir's air base is airportsdata's "Bashur Airfield").
* :func:`joint_base`: a US joint base by the air force base it merged ("Joint Base Langley-Eustis" is Langley AFB).
* :func:`named_base_before`: whether an air base's word ends a name the gazetteer has ("Al-Dhafra Air Base in Abu
  Dhabi": the base is named, the city after it is where it lies).
* :func:`airfields_named_alone`: an aerodrome by its name's one distinctive word, in a document about airfields
  ("Ostafyevo" for Ostafyevo International Airport).
* :func:`town_airfields_meant`: a town's airfield named generically ("Chelyabinsk airfield") in a document about
  another airfield by that town (Shagol), which it then is.
"""

from __future__ import annotations

import math
import re
from typing import Callable, Iterable

from .place_model import Place, PlaceMention, km_to_nearest
from .unlisted_installations import UNLISTED

__all__ = ["AirfieldGrid", "airfields_named_alone", "joint_base", "named_base_before", "town_airfields_meant"]


class AirfieldGrid:
    """The airfields among ``places``, one cell per degree of latitude and longitude."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._cells: dict[tuple[int, int], list[Place]] = {}
        self._places: set[Place] = set()
        for place in {id(p): p for p in places}.values():
            self.add(place)

    def add(self, place: Place) -> None:
        """Add ``place`` if it is an airfield with a point (and not there already)."""
        if place.kind == "airfield" and place.lat is not None and place.lon is not None and place not in self._places:
            self._places.add(place)
            self._cells.setdefault((math.floor(place.lat), math.floor(place.lon)), []).append(place)

    def places(self) -> set[Place]:
        """The airfields in the grid."""
        return self._places

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
_AIR_KIND_WORD = re.compile(r"(?i:air\s*base|airfield|airport|air\s+station|air\s+force\s+(?:base|station))")
_NAME_WORDS_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,4}$")


def named_base_before(text: str, airbase: re.Match, lookup: Callable[[str], Place | None]) -> bool:
    """Whether the words before the air base's word that ``airbase`` found end, with it, a name ``lookup`` knows, or
    name an airfield by themselves ("Al-Dhafra Air Base in Abu Dhabi", "Hmeimim air base in Latakia", "the Shagol
    airfield in Chelyabinsk": the base is named and the city beside it — not "the Zokniai airfield in Siauliai", which
    no list has, and so is Siauliai's)."""
    kind = _AIR_KIND_WORD.search(airbase.group())  # (after a modifier: "the Shagol military airfield near …")
    names = _NAME_WORDS_BEFORE.search(text, max(0, airbase.start() - 60), airbase.start())
    if kind is None or names is None:
        return False
    words = names.group().split()
    # the name with the kind word, or alone as an airfield's ("the Shagol airfield in Chelyabinsk": Shagol air base)
    return any(lookup(" ".join(words[-k:] + [kind.group()])) is not None or
               getattr(lookup(" ".join(words[-k:])), "kind", None) == "airfield" for k in range(1, len(words) + 1))


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


# a town's name and an airfield's generic word, as a list's alias has it: "Chelyabinsk airfield", "Sevastopol airport"
_GENERIC_AIRFIELD = re.compile(r"(?:[A-Z][\w'’-]*\s+){1,2}(?i:airfield|airport|air\s*base|aerodrome)")
# a town's military airfield, which its civil international airport is not: "Damascus military airport"
_MILITARY_AIRFIELD_WORD_AFTER = re.compile(r"\s+military\s+(?:airport|airfield|air\s*base)\b", re.IGNORECASE)
_AIRFIELD_WORD_AFTER = re.compile(r"\s+(?:military\s+)?(?:airfield|airport|air\s*base|aerodrome)\b", re.IGNORECASE)
_TOWN_KM = 40.0  # another airfield this near the one named generically is the same town's
# a town's unnamed airport before its name: "the only working airport in the Libyan capital"
# (not a named one's town: "the Mezzeh military airport in Damascus")
# (or beside it: "the battle for the airport near Vasylkiv", "closed the airport east of Benghazi" — the group
# "beside")
# (a headline's without its article: "Ukrainian soldiers recaptured airport in Mykolaiv")
_AIRPORT_OF_TOWN_BEFORE = re.compile(r"(?:\b(?i:the|an?)\s+(?:[a-z][\w-]*\s+){0,3}?|"
                                     # (not a named one's kind: "the Dumair military airport north-east of Damascus")
                                     r"\b(?!(?i:the|an?|military|international|civil(?:ian)?|main|old|new)\b)[a-z][a-z-]+\s+)"
                                     r"airport\s+(?:in|of|at|(?P<beside>near|"
                                     r"outside|(?:north|south|east|west)(?:-?(?:east|west))?\s+of))\s+(?:the\s+)?$")
# the kind words of an airfield's name: what is left is what names it ("Chelyabinsk Balandino"; "Donskoye" for both
# "Donskoye airfield" and "Donskoye air base") — a text naming it with fewer words names only its town
_KIND_WORDS = re.compile(r"\b(?:international|army|military|air|force|base|airbase|airport|airfield|field|aerodrome|"
                         r"station)\b", re.IGNORECASE)


def _core(name: str) -> list[str]:
    """The words that name an airfield, its kind words left out ("Saky airfield": "saky")."""
    return _KIND_WORDS.sub(" ", name.lower()).split()


def town_airfields_meant(sentences: list[list[PlaceMention]], text: str = "",
                         listed: Callable[[Place, str], Place | None] | None = None) -> None:
    """Replace, in place, an airfield named only by its town and a generic word ("Chelyabinsk airfield", a list's
    alias for Chelyabinsk Balandino Airport) with the document's other airfield by that town ("the Shagol airfield in
    Chelyabinsk"), where the document never names the first by a name of its own — a report on a strike at Shagol
    calls it "Chelyabinsk airfield" in its headline; "Damascus military airport" is not Damascus International, when
    the report names the Mezzeh military airport; "a key Idlib airbase", in no list, is the Taftanaz air base the
    report names 14 km away. Linear: each place is decided once, against the airfields named
    in its own and the neighbouring cells of a degree. A town named for its airport ("the airport near Vasylkiv")
    is the airport the document names by it, else (beside the town, not in it) the airfield ``listed(town, name)``
    knows by its name."""
    generic: set[Place] = set()
    named = AirfieldGrid(())  # the airfields the document names by a name of their own
    towns: list[tuple[list[PlaceMention], int]] = []  # a town named for its airport: "the airport in the capital"
    for found in sentences:
        for k, m in enumerate(found):
            if m.place.kind == "airfield" and m.place.lat is not None:
                # (or a base no list has, named after its town so: "Idlib airbase"; or a town's international
                # airport by the town's name and "airport": "flights at Tripoli airport" in a report on Mitiga)
                if _GENERIC_AIRFIELD.fullmatch(m.text) and len(_core(m.place.name)) > len(_core(m.text)) or \
                        m.place.source.startswith(UNLISTED) and _AIRFIELD_WORD_AFTER.match(text, m.end) or \
                        "International" in m.place.name and (_MILITARY_AIRFIELD_WORD_AFTER.match(text, m.end) or
                                                             _GENERIC_AIRFIELD.fullmatch(m.text) and
                                                             m.text.endswith(" airport")):
                    generic.add(m.place)
                else:
                    named.add(m.place)
            elif m.place.kind in ("city", "town") and m.place.lat is not None and text and \
                    (before := _AIRPORT_OF_TOWN_BEFORE.search(text, max(0, m.start - 60), m.start)):
                towns.append((found, k, before.group("beside") is not None))
    for found, k, beside in towns:  # the airport the document names by the town: that one, not the town
        # (or, beside a town, the airport a list knows by its name: "the airport near Vasylkiv"; "the airport of
        # Port Sudan" in a report naming none stays the town)
        if (airport := named.nearest(found[k].place, _TOWN_KM) or
                (listed(found[k].place, found[k].text) if listed is not None and beside else None)) is not None:
            found[k] = PlaceMention(found[k].start, found[k].end, found[k].text, airport, match="exact", score=1.0)
    meant = {place: other for place in generic - named.places()
             if (other := named.nearest(place, _TOWN_KM)) is not None}
    if meant:  # (every mention of a place meant is a generic one: any other would have put it among the named)
        for found in sentences:
            for k, m in enumerate(found):
                if m.place in meant:
                    found[k] = PlaceMention(m.start, m.end, m.text, meant[m.place], match="exact", score=1.0)
