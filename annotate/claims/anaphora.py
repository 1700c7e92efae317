"""Places a sentence refers back to: "the port", "its berth", "the same piers", "the naval facility", "the strait".

Each such noun phrase takes a place from the latest earlier sentence that names one it can refer to, the
best fitting there — for a port noun a place written as a port ("the Syrian port of Tartus", "Wonsan
port") or a port, naval base or shipyard, else a town; for an airfield noun an airfield, else a town;
"the strait" a strait — unless the sentence itself names one. Carried places are marked ``inferred``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .gazetteer import PlaceMention

__all__ = ["PlaceMemory"]

_SEA = ("port", "harbour", "harbor", "pier", "quay", "berth", "jetty", "dock", "drydock", "anchorage", "roadstead",
        "shipyard", "yard", "slipway", "naval base", "bay", "terminal", "shoal")
_AIR = ("air base", "airfield", "airport", "apron", "runway", "hangar")
_OTHER = ("base", "site", "facility", "strait", "island", "area", "refinery", "depot", "plant", "city", "town")
_ANAPHORA = re.compile(r"\b(?:the|that|this|its|their)\s+(?:same\s+)?(?:(?!(?:" + "|".join(_SEA + _AIR + _OTHER)
                       + r")\b)[a-z]+\s+)?(?P<noun>" + "|".join(sorted(_SEA + _AIR + _OTHER, key=len, reverse=True))
                       + r")(?:s|es)?(?:'s)?\b", re.IGNORECASE)
_PORT_WORDS = re.compile(r"\bport\s+of\s+$|\bharbou?r\s+of\s+$", re.IGNORECASE)
_PORT_AFTER = re.compile(r"\s+(?:port|harbou?r)\b", re.IGNORECASE)
_TOWNS = ("city", "town", "village")


def _fits(noun: str, mention: PlaceMention, written_as_port: bool) -> int:
    """How well a place fits the noun: 2 = its own kind, 1 = a town it lies in, 0 = not at all."""
    kind = mention.place.kind
    if noun in _SEA:
        return 2 if written_as_port or kind in ("port", "naval base", "shipyard") else 1 if kind in _TOWNS else 0
    if noun in _AIR:
        return 2 if kind == "airfield" else 1 if kind in _TOWNS else 0
    if noun in ("strait", "island"):
        return 2 if kind == noun else 0
    if noun in ("city", "town"):
        return 2 if kind in _TOWNS else 0
    return 2  # "the base", "the site", "the facility": any named place


@dataclass
class PlaceMemory:
    """The specific places named so far in a document, sentence by sentence, most recent last (each with
    whether the text wrote it as a port)."""

    seen: list[list[tuple[PlaceMention, bool]]] = field(default_factory=list)

    def refer(self, text: str, start: int, end: int, named: list[PlaceMention]) -> list[PlaceMention]:
        """Places ``text[start:end]`` refers back to (inferred), then remember the ones it names."""
        specific = [(p, self._as_port(text, p)) for p in named if not p.vague]
        carried: list[PlaceMention] = []
        for m in _ANAPHORA.finditer(text, start, end):
            noun = m.group("noun").lower()
            if any(_fits(noun, p, port) for p, port in specific) and noun not in ("strait", "island", "shoal"):
                continue  # the sentence names the place itself
            if any(_fits(noun, p, False) == 2 for p, _ in specific):
                continue
            for sentence in reversed(self.seen):  # the latest sentence with a place that fits; its best fit
                fit, place = max(((_fits(noun, p, port), p) for p, port in sentence), key=lambda x: x[0],
                                 default=(0, None))
                if fit:
                    if all(c.place != place.place for c in carried + [p for p, _ in specific]):
                        carried.append(replace(place, inferred=True))
                    break
        if specific:
            self.seen.append(specific)
        return carried

    @staticmethod
    def _as_port(text: str, p: PlaceMention) -> bool:
        return bool(_PORT_WORDS.search(text, max(0, p.start - 12), p.start) or _PORT_AFTER.match(text, p.end))
