"""An image's caption is one claim, however many sentences it is written in.

Captions are written as fragments: "Caption 1: Doraleh Port, Djibouti. September 18, 2026. A replenishment ship
moored at the pier." or, unlabelled, "Tiksi Airfield, Russia. SkySat image acquired 14 April 2026. Two Il-38
aircraft are parked on the apron." Cut into sentences, the place, the date and what the image shows fall into
three claims, none of them checkable; the caption joined is one claim with all three.
"""

from __future__ import annotations

import re

from .headers import DATE_PATTERN

__all__ = ["CAPTION_LABEL", "joined_captions"]

# "Figure 1:", "Fig. 2.", "Caption 3:", "Image 4 –", "1/ Photos:" (a thread's numbering)
CAPTION_LABEL = re.compile(r"\s*(?:\d{1,2}/\s*)?(?:Figure|Fig\.|Images?|Photos?|Pictures?|Captions?|Maps?)"
                           r"\s*\d*[a-z]?\s*[:.–—]", re.IGNORECASE)
# a caption's heading: only names, commas between ("Tiksi Airfield, Sakha Republic, Russia.", "Port of Berbera,
# Somaliland."), after a caption's label or not
_NAME = r"[A-Z][\w'’.–-]*(?:\s+(?:[A-Z][\w'’.–-]*|\d+|of|the|de|del|al|el|la|and|on))*"
_NAMES_ONLY = re.compile(rf"(?:{CAPTION_LABEL.pattern})?\s*{_NAME}(?:,\s+{_NAME}){{0,4}}\.?\s*")
# a caption's date line: "September 18, 2026.", "SkySat image acquired 14 April 2026."
_DATE_ONLY = re.compile(rf"\s*(?:[A-Z][\w-]*\s+)?(?:(?:satellite\s+)?(?:image|imagery|photo)\s+)?"
                        rf"(?:(?:acquired|captured|taken|collected|dated)\s+)?(?:on\s+)?(?:{DATE_PATTERN})\.?\s*",
                        re.IGNORECASE)
MAX_CAPTION = 600  # characters: a longer paragraph is prose, cut as usual
_MAX_HEADING_WORDS = 12


def joined_captions(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` (one paragraph's sentences) with each caption joined into one span.

    A paragraph of one line opening with a caption's label ("Figure 1:") is one caption; otherwise a heading of
    names or a date line alone joins the sentence after it on the same line.

    >>> t = "Caption 1: Doraleh Port, Djibouti. September 18, 2026. A tanker at the pier."
    >>> joined_captions(t, [(0, 34), (35, 54), (55, 77)])
    [(0, 77)]
    >>> t = "The frigate left. It returned on Monday."
    >>> joined_captions(t, [(0, 17), (18, 40)])
    [(0, 17), (18, 40)]
    """
    if not spans:
        return spans
    p0, p1 = spans[0][0], spans[-1][1]
    if p1 - p0 > MAX_CAPTION or "\n" in text[p0:p1]:
        return spans
    if CAPTION_LABEL.match(text, p0, p1):
        return [(p0, p1)]
    kinds = [_fragment(text, s0, s1) for s0, s1 in spans] + [None]
    out: list[tuple[int, int]] = []
    joining = False
    for i, (s0, s1) in enumerate(spans):
        if joining:
            out[-1] = (out[-1][0], s1)
        else:
            out.append((s0, s1))
        # a heading of one name ("Sevastopol.") only before a date line: "One. Two, three." is prose
        joining = kinds[i] in ("date", "names") or kinds[i] == "name" and kinds[i + 1] == "date"
    return out


def _fragment(text: str, s0: int, s1: int) -> str | None:
    """``"date"`` for a caption's date line, ``"names"`` for a heading of names with a comma between, ``"name"``
    for one name alone, else None."""
    if _DATE_ONLY.fullmatch(text, s0, s1):
        return "date"
    if len(text[s0:s1].split()) <= _MAX_HEADING_WORDS and _NAMES_ONLY.fullmatch(text, s0, s1) is not None:
        return "names" if "," in text[s0:s1] or CAPTION_LABEL.match(text, s0, s1) else "name"
    return None
