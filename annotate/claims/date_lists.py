"""The year of a date written without one, from what is written beside it: the year a list of dates ends with
("in April and May 2024", "on 3 and 4 May last year", "from March to early May 2024"), or the weekday before it
("on Saturday 22 August": the year whose 22 August is a Saturday)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from .date_patterns import _WEEKDAY
from .headers import MONTH_PATTERN

__all__ = ["YEAR_OFFSETS", "on_weekday", "year_after_list"]

# "last year", "this year", "next year": the year before, of, after publication's
YEAR_OFFSETS = {"last": -1, "this": 0, "next": 1}
# what may stand between a date and the year a list of dates ends with: "April and (in) May 2024", "3 and 4 May
# last year", "from March to early May 2024"
_LIST_WORD = re.compile(r"\s*(?:(?P<mark>[,–-])|(?:(?P<day>[0-3]?\d(?:st|nd|rd|th)?)|(?P<month>" + MONTH_PATTERN +
                        r"\.?)|(?P<word>and|or|to|through|in|on|of|early|mid|late|the))(?![\w]))")
_LIST_YEAR = re.compile(r"\s*(?:,\s*)?(?:(?P<year>(?:19|20)\d\d)|(?P<rel>last|this|next)\s+year)\b")


def year_after_list(text: str, end: int, published: date) -> int | None:
    """The year a list of months or days ends with, for a date of the list written without one."""
    pos, linked, dated = end, False, False
    for _ in range(12):
        if (y := _LIST_YEAR.match(text, pos)) is not None:
            if not (linked and dated):
                return None
            return int(y.group("year")) if y.group("year") else published.year + YEAR_OFFSETS[y.group("rel").lower()]
        if (w := _LIST_WORD.match(text, pos)) is None:
            return None
        linked |= (w.group("mark") or w.group("word") or "") in (",", "-", "–", "and", "or", "to", "through")
        dated |= bool(w.group("day") or w.group("month"))
        pos = w.end()
    return None


# a weekday, then the day it names: "on Saturday 22 August", "Friday, the 14th"
_WEEKDAY_THEN_DAY = re.compile(r",?\s{1,2}(?:the\s+)?")
_WEEKDAY_NAMED = re.compile(r"\b" + _WEEKDAY + r"\b", re.IGNORECASE)


def on_weekday(day: date, weekday: int, published: date) -> tuple[date, date]:
    """``day`` moved to the year (publication's, the one before or after) in which it falls on ``weekday``, the
    nearest such to ``published``; unchanged when none does (a weekday written wrong)."""
    fits = []
    for year in (published.year - 1, published.year, published.year + 1):
        try:
            d = day.replace(year=year)
        except ValueError:  # 29 February
            continue
        if d.weekday() == weekday:
            fits.append(d)
    if day.weekday() == weekday or not fits:
        return day, day + timedelta(days=1)
    best = min(fits, key=lambda d: abs((d - published).days))
    return best, best + timedelta(days=1)
