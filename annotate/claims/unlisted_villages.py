"""Villages and named sites no list has, where the report says what they are: "the oil depot in the village of
Kryachky", "the Al-Anad military base", "the Al-Hawban area".

GeoNames' towns and villages stop at a thousand people and at the spellings it keeps; reports name the hamlet beside
a depot or an airfield under a spelling of their own. Such a name, after "the village of" (or hamlet, settlement), is
a place of the claim all the same: an **unlisted village**, with no coordinates (nothing says where it lies), so that
the claim says which place it names and a reader can look for it — never a point made up. One document has one such
village per name; the name alone later ("Kryachky was hit again") is the same place, found again as any village's
name is (:func:`annotate.claims.document_places.cued_names_again`). A base, camp, area or district named with an
Arabic article that no list has is such a place too (an **unlisted base**, or an area kept as a village is, so that its
bare name later is found again).
"""

from __future__ import annotations

import re

from .place_model import SETTLEMENT_KINDS, Place, PlaceMention

__all__ = ["UNLISTED_BASE", "UNLISTED_VILLAGE", "unlisted_villages"]

UNLISTED_VILLAGE = "unlisted village: named so by the report; no list has it, so no point"
UNLISTED_BASE = "unlisted base: named so by the report; no list has it, so no point"
# "the village of Kryachky", "the small village of Kabamba", "the settlement of Novyi Bykiv"
_VILLAGE_OF = re.compile(r"\b(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:village|hamlet|settlement)\s+of\s+"
                         r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")
# each of a list: "to take the villages of Al Remaila, Al Kibeba, Al Shiheta and Al Bejaya" (the names found one by
# one after the list's start, so that the cost stays linear)
_VILLAGES_OF = re.compile(r"\b(?:the\s+)?(?:[a-z][\w-]*\s+)?(?:villages|hamlets|settlements)\s+of\s+(?=[A-Z])")
_NEXT_NAME = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?P<more>,\s+(?:and\s+)?(?=[A-Z])|,?\s+and\s+"
                        r"(?=[A-Z]))?")
_MAX_LISTED = 12  # names read after "the villages of" in one sentence, all its lists together
# "the Al-Anad military base", "the Al-Janad camp": a named base or camp no list has (an Arabic article before its
# name, as Yemen's, Syria's and Iraq's are written); "the Al-Hawban area", "the al-Taziah district": a named part of
# a town or a province, called by its name alone
_NAMED_BASE = re.compile(r"\bthe\s+(?P<name>(?:[Aa]l|[Ee]l)-[A-Z][\w'’-]+(?:\s+(?:military\s+base|base|camp)|"
                         r"(?=\s+(?P<part>area|district)\b)))")
_OF_AFTER = re.compile(r"\s+of\s+(?:the\s+(?:city|town)\s+of\s+)?")
_MAX_NAMES = 200  # a document names a bounded number of villages of its own (bounded cost on any text)


def unlisted_villages(text: str, spans: list[tuple[int, int]], sentences: list[list[PlaceMention]]) -> None:
    """Add, in place, an unlisted village for each name after "the village of" (and an unlisted base or area for
    each "the Al-… base", "the Al-… area") where no place was found at that name."""
    made: dict[str, Place] = {}
    for (s, e), mentions in zip(spans, sentences):
        for m in (*_VILLAGE_OF.finditer(text, s, e), *_listed_villages(text, s, e), *_NAMED_BASE.finditer(text, s, e)):
            name = m.group("name")
            at, end = m.start("name"), m.end("name")
            kind, source = ("village", UNLISTED_VILLAGE) if m.re is not _NAMED_BASE or m.group("part") else \
                ("facility", UNLISTED_BASE)  # (an area found again by its name alone, as a village is)
            # (one base per name: "the Al-Anad base" after "the Al-Anad military base" is that one)
            key = name if kind == "village" else name.split()[0]
            if any(p.start < end and at < p.end for p in mentions) or (key not in made and len(made) >= _MAX_NAMES):
                continue
            if m.re is _NAMED_BASE and m.group("part") and (of := _OF_AFTER.match(text, m.end("part"))) and \
                    any(p.start == of.end() and p.place.kind in SETTLEMENT_KINDS for p in mentions):
                continue  # "the Al-Maqrin area of Atbara": a town's neighbourhood, no place of its own (not "the
                # Al-Hawban area of Taiz Governorate", a province's)
            place = made.setdefault(key, Place(name, kind, None, None, None, source, True, 3.0))
            mentions.append(PlaceMention(at, end, name, place))
            mentions.sort(key=lambda p: p.start)


def _listed_villages(text: str, start: int, end: int) -> list[re.Match]:
    """The names of a list after "the villages of" (each a match with a ``name`` group), up to :data:`_MAX_LISTED`."""
    names: list[re.Match] = []
    for m in _VILLAGES_OF.finditer(text, start, end):
        at = m.end()
        while len(names) < _MAX_LISTED and (name := _NEXT_NAME.match(text, at, end)) is not None:
            names.append(name)
            if name.group("more") is None:
                break
            at = name.end()
    return names
