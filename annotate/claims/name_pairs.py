"""Two place names read together by what follows them: the two ends of a route ("the Moscow-Simferopol train") and
two names before a plural kind they share ("the Belgorod and Krasnodar regions", "the Fordow and Natanz sites") or
after it ("the regions of Zaporizhzhia and Kherson")."""

from __future__ import annotations

import re
from collections.abc import Callable

from .place_model import Place, PlaceMention

__all__ = ["route_ends", "shared_kind"]

_ROUTE = re.compile(r"\b([A-Z][a-z]+)[-–]([A-Z][a-z]+)\s+(?:train|route|flight|highway|railway|road|pipeline|ferry|"
                    r"ferry\s+line|line|motorway|express|crossing)\b")
_SHARED_KIND = re.compile(r"\b([A-Z][\w'’-]+),?\s+and\s+([A-Z][\w'’-]+)\s+(?P<kind>regions|oblasts|provinces|sites|"
                          r"facilities|air\s+bases|airfields)\b")
# the kind before the names: "the Ukrainian regions of Zaporizhzhia and Kherson", "the southern region of Krasnodar"
_KIND_OF = re.compile(r"\b(?P<kind>regions?|oblasts?|provinces?)\s+of\s+([A-Z][\w'’-]+)(?:,?\s+and\s+([A-Z][\w'’-]+))?")


def route_ends(text: str, start: int, end: int, named: list[PlaceMention],
               lookup: Callable[[str], Place | None]) -> list[PlaceMention]:
    """Both cities of a route in ``text[start:end]`` that no mention in ``named`` covers: "the Moscow-Simferopol
    train", "the Kerch-Kavkaz ferry line"."""
    out = []
    for m in _ROUTE.finditer(text, start, end):
        ends = [(m.start(k), m.end(k), lookup(m.group(k))) for k in (1, 2)]
        if all(p is not None and p.kind in ("city", "town", "port") for _, _, p in ends):
            out += [PlaceMention(a, b, text[a:b], p) for a, b, p in ends
                    if not any(n.start < b and a < n.end for n in named)]
    return out


def shared_kind(text: str, start: int, end: int, lookup: Callable[[str], Place | None]) -> list[PlaceMention]:
    """Both names before a plural kind they share, each read with that kind: "over the Belgorod and Krasnodar
    regions" (two regions, not the city of Krasnodar), "the Fordow and Natanz sites" (two facilities)."""
    out = []
    for m in _SHARED_KIND.finditer(text, start, end):
        out += _read_with_kind(text, m, (1, 2), lookup, ("region", "facility", "airfield"))
    for m in _KIND_OF.finditer(text, start, end):  # "the regions of Zaporizhzhia and Kherson"
        out += _read_with_kind(text, m, (2, 3), lookup, ("region",))
    return out


def _read_with_kind(text: str, m: re.Match, groups: tuple[int, int], lookup: Callable[[str], Place | None],
                    kinds: tuple[str, ...]) -> list[PlaceMention]:
    """Each name in ``groups`` of ``m`` read with the match's kind ("Krasnodar" + "region"), if every one of them is
    a place of one of ``kinds``; else none."""
    kind = m.group("kind").lower().rstrip("s").replace("facilitie", "facility")
    ends = [(m.start(k), m.end(k), lookup(f"{m.group(k)} {kind}")) for k in groups if m.group(k)]
    if not all(p is not None and p.kind in kinds for _, _, p in ends):
        return []
    return [PlaceMention(a, b, text[a:b], p, vague=p.kind == "region") for a, b, p in ends]
