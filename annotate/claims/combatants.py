"""Fighters who are people, not aircraft: "Taliban fighters", "al-Shabaab fighters attacked the airfield" — and,
once a report has used the word so, its other bare "fighters" ("a fighter taking a selfie next to a Dash 8")."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .objects import ObjectMention

__all__ = ["ARMED_GROUP_BEFORE", "people_around", "people_called_fighters"]

# an armed group's fighters are people: "Taliban fighters", "rebel fighters", "Hamas fighters", "al-Shabaab fighters"
_GROUPS = (r"\b(?:Taliban|rebel|militant|insurgent|Hamas|Hezbollah|Houthi|ISIS|IS|Islamic\s+State|Wagner|jihadist|"
           r"opposition|Kurdish|tribal|foreign|armed|guerrilla|resistance|Shabaa?b|Qaeda|Boko\s+Haram|PKK|YPG|Islamist|"
           r"separatist|Tuareg|JNIM|GSIM|AQIM|ISWAP|HTS|SDF|RSF|M23|FARC|pro-government|pro-regime|loyalist|Nusra|"
           # "units of our armed forces in coordination with allied fighters" (not "two allied fighters escorted the
           # bomber": counted aircraft)
           # the wounded: "treating wounded fighters" (an aircraft is damaged, not wounded)
           r"Peshmerga|militia|wounded|injured|(?<=with\s)allied|(?<=and\s)allied)")
ARMED_GROUP_BEFORE = re.compile(_GROUPS + r"\s+$", re.IGNORECASE)
# what only people do or are: "fighters from the al-Qaida-linked Jabhat al-Nusra", "the fighters took the base",
# "left 34 fighters dead", "hundreds of fighters were killed" (a toll only after a count: "two fighters were lost")
_PEOPLE_AFTER = re.compile(r"\s+(?:from\s+(?:the\s+)?(?:[\w-]+-(?:linked|affiliated|allied|backed|aligned)\s+|" + _GROUPS +
                           r")|(?:had\s+|have\s+)?(?:took(?!\s+off)|seized|captured|stormed|overran|broke\s+into|fled|surrendered|"
                           r"retreated|withdrew)\b|"
                           # "the fighters had been repelled and had suffered serious casualties"
                           r"(?:had\s+been\s+|have\s+been\s+|were\s+|was\s+)(?:repelled|repulsed|routed)\b|"
                           r"(?P<toll>(?:were\s+|was\s+)?(?:dead|killed|wounded|injured)\b))")
_COUNTED_BEFORE = re.compile(r"\b(?:\d[\d,]*|dozens|hundreds|scores)\s+(?:of\s+)?$")


def people_around(text: str, start: int, end: int, limit: int) -> bool:
    """Whether the "fighters" at ``text[start:end]`` are people by the words after them (up to ``limit``): from a
    group, doing what only troops on the ground do, or a count of them dead."""
    after = _PEOPLE_AFTER.match(text, end, limit)
    return after is not None and (after.group("toll") is None or
                                  _COUNTED_BEFORE.search(text, max(0, start - 16), start) is not None)


_GROUP_FIGHTERS = re.compile(_GROUPS + r"\s+fighters\b", re.IGNORECASE)
_BARE = re.compile(r"fighters?", re.IGNORECASE)
# or a group's own, in a report naming an armed group: "the RSF said … troops had surrendered to its fighters"
_OWN_FIGHTERS = re.compile(r"\b(?:its|their)\s+fighters\b", re.IGNORECASE)
_NAMED_GROUP = re.compile(r"\b(?:Taliban|Hamas|Hezbollah|Houthis?|ISIS|Islamic\s+State|Wagner|Shabaa?b|Qaeda|Boko\s+Haram|"
                          r"PKK|YPG|HTS|SDF|RSF|Rapid\s+Support\s+Forces|M23|FARC|Nusra|Ansar\s+al-Sharia)\b")


def people_called_fighters(text: str, objects: list[list[ObjectMention]]) -> list[list[ObjectMention]]:
    """``objects`` (per sentence) without the bare "fighter(s)" of a report whose fighters are an armed group's
    people — where it names no fighter aircraft any other way ("fighter jets", "warplanes", "Su-27s"): one sense
    per document."""
    if not _GROUP_FIGHTERS.search(text) and not (_OWN_FIGHTERS.search(text) and _NAMED_GROUP.search(text)):
        return objects
    bare = [o for found in objects for o in found if o.cls == "fighter" and _BARE.fullmatch(o.text)]
    if not bare or any(o.cls == "fighter" and not _BARE.fullmatch(o.text) for found in objects for o in found):
        return objects
    return [[o for o in found if o not in bare] for found in objects]
