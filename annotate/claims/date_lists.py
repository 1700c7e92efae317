"""The year a list of dates ends with ("in April and May 2024", "on 3 and 4 May last year", "from March to early
May 2024"), for the dates of the list written without one."""

from __future__ import annotations

import calendar
import re
from datetime import date

__all__ = ["year_after_list"]

_MONTH_WORDS = {m.lower() for m in calendar.month_name if m} | {m.lower() for m in calendar.month_abbr if m} | {"sept"}
# what may stand between a date and the year a list of dates ends with: "April and (in) May 2024", "3 and 4 May
# last year", "from March to early May 2024"
_LIST_WORD = re.compile(r"\s*(?:(?P<mark>[,–-])|(?P<word>and|or|to|through|in|on|of|early|mid|late|the|"
                        r"[0-3]?\d(?:st|nd|rd|th)?|January|February|March|April|May|June|July|August|September|"
                        r"October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?)(?![\w]))")
_LIST_YEAR = re.compile(r"\s*(?:,\s*)?(?:(?P<year>(?:19|20)\d\d)|(?P<rel>last|this|next)\s+year)\b")


def year_after_list(text: str, end: int, published: date) -> int | None:
    """The year a list of months or days ends with, for a date of the list written without one."""
    pos, linked, dated = end, False, False
    for _ in range(12):
        if (y := _LIST_YEAR.match(text, pos)) is not None:
            if not (linked and dated):
                return None
            return int(y.group("year")) if y.group("year") else \
                published.year + {"last": -1, "this": 0, "next": 1}[y.group("rel").lower()]
        if (w := _LIST_WORD.match(text, pos)) is None:
            return None
        word = (w.group("mark") or w.group("word")).lower().rstrip(".")
        linked |= word in (",", "and", "or", "to", "through", "-", "–")
        dated |= word[:1].isdigit() or word in _MONTH_WORDS
        pos = w.end()
    return None
