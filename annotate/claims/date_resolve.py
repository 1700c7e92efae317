"""Resolution of one date mention against the publication (or the date before it): the window of calendar days its
phrase names and its precision, in the past unless its clause is in the future (see :mod:`.dates`)."""

from __future__ import annotations

import calendar
import re
from datetime import date, timedelta
from typing import TYPE_CHECKING

from .date_lists import YEAR_OFFSETS
from .date_patterns import _HOLIDAYS, _MONTHS, _NUMBERS, _SEASONS, _WEEKDAY, _WEEKDAYS

if TYPE_CHECKING:
    from .dates import DateMention

__all__ = ["event_date"]  # and _resolve, private to the claims package, which dates.find_dates calls


# "two days before it arrived", "a day after the strike": counted from an event, not from the last date written
# (or its doers: "came a day after Islamist rebels overran the town")
_EVENT_AFTER = re.compile(r"\s+(?:it|they|he|she|we|the|a|an|its|their|this|that|(?:[A-Z][\w-]*\s+)?(?:rebels|"
                          r"forces|troops|militants|fighters|jihadists|insurgents|soldiers))\b", re.IGNORECASE)
# an actor's name after "after", then a verb: "a day after Ukraine's military intelligence claimed", not a date
_NAMED_EVENT_AFTER = re.compile(r"\s+(?!(?:" + "|".join(m for m in calendar.month_name if m) + "|" + _WEEKDAY +
                                r")\b)[A-Z][\w'’-]+(?:\s+[\w'’()-]+){0,4}\s+[a-z]+ed\b")
# a sentence's end between two offsets ("… May 5. Two days after …"), abbreviations aside
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
# "The launch came a day after the leader inspected a factory": the event after "after" is that long before the
# date last written (the launch's), not after it
_CAME_BEFORE = re.compile(r"\b(?:came|comes|happened|occurred|took\s+place)\s+$", re.IGNORECASE)
_APPOSITION = re.compile(r"\s*,\s*")
_THAN_AFTER = re.compile(r"\s+than\b", re.IGNORECASE)


def _weekday_of(m: re.Match) -> str:
    """The weekday a "weekday" match names, whichever of its forms matched."""
    return m.group("weekday") or m.group("weekday2") or m.group("weekday3") or m.group("weekday4") or \
        m.group("weekday5") or m.group("weekday6")


def _uncounted(m: re.Match, previous: DateMention | None, lead: DateMention | None) -> bool:
    """Whether a relative phrase gives no date: a comparison ("a year later than planned"), a count from an event
    with no date written before it ("five years after Moscow agreed"), or years from an event ("a year after the
    fall of the government"), which are not counted from the last date written."""
    if _THAN_AFTER.match(m.string, m.end()):
        return True
    if m.group("dir").lower() not in ("before", "after"):
        return False
    if previous is None and lead is None:
        return True
    return m.group("unit").startswith("year") and not _appositive(m, previous)


def _appositive(m: re.Match, previous: DateMention | None) -> bool:
    """Whether ``m`` follows the date written last with only a comma between ("on 10 December 2024, two days
    after the government fell")."""
    return previous is not None and _APPOSITION.fullmatch(m.string, previous.end, m.start()) is not None


def _set_off(m: re.Match, previous: DateMention) -> bool:
    """Whether ``m`` follows a comma in the sentence of the date written last."""
    return m.string[max(0, m.start() - 2):m.start()].rstrip().endswith(",") and \
        _SENTENCE_BREAK.search(m.string, previous.end, m.start()) is None


def _after_named_event(m: re.Match, previous: DateMention | None) -> bool:
    """Whether ``m``, set off by a comma, counts after an event someone named did (", a day after Ukraine's
    military intelligence claimed", ", two days after Moscow announced") in the sentence of the date written last:
    it describes that date."""
    return previous is not None and (m.group("dir") or "").lower() == "after" and \
        _NAMED_EVENT_AFTER.match(m.string, m.end()) is not None and _set_off(m, previous)


def _event_anchored(m: re.Match) -> bool:
    return (m.group("dir") or "").lower() in ("before", "after") and bool(_EVENT_AFTER.match(m.string, m.end()))


# "five days after the U.S. strike": the event's own noun, to find the date written beside it before ("the U.S.
# strike of June 22"); "Images from two days earlier": a dated image before ("images taken on Sunday")
_EVENT_NOUN = re.compile(r"\s+the\s+(?:[\w.'’-]+\s+){0,2}?(?P<noun>strikes?|attacks?|raids?|explosions?|blasts?|bombing|"
                         r"launch|fire|incident|collision|operation)\b", re.IGNORECASE)
_IMAGERY_BEFORE = re.compile(r"\b(?:images?|imagery|photos?|photographs?|pictures?)\s+(?:[\w-]+\s+){0,2}?"
                             r"(?:from|of|taken|captured|dated|collected|acquired)(?:\s+(?:on|in))?\s+$", re.IGNORECASE)


def event_date(m: re.Match, dates: list[DateMention]) -> DateMention | None:
    """The date an event counted from was given earlier ("the U.S. strike of June 22" … "five days after the U.S.
    strike"), or for a relative image date the latest dated image ("images taken on Sunday … Images from two days
    earlier"); None when the text gave neither."""
    text = m.string
    if _event_anchored(m) and (noun := _EVENT_NOUN.match(text, m.end())) is not None:
        word = noun.group("noun").lower().rstrip("s")
        for d in reversed(dates):
            near = text[max(0, d.start - 24):d.start].lower() + " " + text[d.end:d.end + 24].lower()
            if d.precision == "day" and word in near:
                return d
    if _IMAGERY_BEFORE.search(text, max(0, m.start() - 40), m.start()):
        return next((d for d in reversed(dates) if d.precision == "day" and
                     _IMAGERY_BEFORE.search(text, max(0, d.start - 40), d.start)), None)
    return None


def _month_end(y: int, m: int) -> date:
    return date(y + (m == 12), m % 12 + 1, 1)


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


_DAYS_AHEAD = 7  # a year-less day this close after publication is that year's, even in a past-tense clause


def _last_year_for(month: int, day: int, published: date, ahead: int = 0) -> int:
    """The year that puts month/day most recently on or before publication — or, for a day, in the publication's
    year when that is at most ``ahead`` days after it: "an order allowing air policing from 29 March" in a report
    of 27 March is two days ahead, not a year back (a report that meant last year's would say so)."""
    y = published.year
    try:
        this_year = date(y, month, min(day, 28 if month == 2 else day))
    except ValueError:
        return y - 1
    return y if this_year <= published + timedelta(days=ahead) else y - 1


def _resolve(kind: str, m: re.Match, published: date, previous: DateMention | None, future: bool = False,
             lead: DateMention | None = None, day_anchor: DateMention | None = None):
    if kind == "relative" and _uncounted(m, previous, lead):
        return None
    event = kind == "relative" and _event_anchored(m)
    # "taken on June 2, the day after the operation": the day already given, said another way
    glossed = kind == "beforeafter" and m.group("ba").lower() == "after" and previous is not None and \
        previous.precision == "day" and _appositive(m, previous)
    if event and _appositive(m, previous) or glossed or kind == "relative" and _after_named_event(m, previous):
        # "on 10 December 2024, two days after the government fell", "images taken on May 5 show …, a day after
        # Ukraine's military intelligence claimed a strike": the date already given, described by the event
        return previous.window_start, previous.window_end, previous.precision, True
    set_off = event and previous is not None and _set_off(m, previous)
    if event and previous is not None and m.group("dir").lower() == "after" and \
            (_CAME_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) or
             set_off and m.group("unit").lower().startswith(("day", "week"))):
        # "The launch came a day after the leader inspected …", "jets struck the port on Thursday, the military
        # said, a day after a Houthi missile hit …": the event was that long before the date written
        n, unit = _counted(m.groupdict())
        anchor = previous if set_off else lead or previous  # "The launch": the report's own event
        return _shifted(anchor.window_start, unit, -n)
    resolved = _resolve_past(kind, m, published, lead if event and lead else previous, day_anchor)
    if (future or m.group().lower().startswith("next")) and kind == "weekday" and \
            not m.group().lower().startswith("last"):  # "will begin on Monday", "I'll check again next Monday"
        wd = _WEEKDAYS[_weekday_of(m).lower()]
        d = published + timedelta(days=(wd - published.weekday()) % 7 or 7)
        return d, d + timedelta(days=1), "day", False
    if not future or resolved is None or kind not in ("day", "weekof", "weekto", "rangestart", "part", "month", "season") or \
            m.groupdict().get("year"):
        return resolved
    start, end, precision, inferred = resolved
    if end > published:  # already current or ahead
        return resolved
    shift = (published.year - start.year) + (1 if start.replace(year=published.year) < published else 0)
    try:
        moved = start.replace(year=start.year + shift)
    except ValueError:  # 29 February itself
        return resolved
    # the window keeps its length: "28 February" read in a leap year ends on the 29th, which next year lacks
    return moved, moved + (end - start) if precision == "day" else end.replace(year=end.year + shift), precision, inferred


def _part_of_month(part: str, y: int, month: int) -> tuple[date, date, str, bool]:
    """The window of "early", "mid" or "late" (and their longer forms) ``month`` of year ``y``."""
    if part in ("early", "the beginning of", "the start of", "the first half of"):
        return date(y, month, 1), date(y, month, 11), "part-of-month", False
    if part in ("mid", "the middle of"):
        return date(y, month, 11), date(y, month, 21), "part-of-month", False
    return date(y, month, 21), _month_end(y, month), "part-of-month", False


def _resolve_past(kind: str, m: re.Match, published: date, previous: DateMention | None,
                  day_anchor: DateMention | None = None):
    g = m.groupdict()
    year = int(g["year"]) if g.get("year") else int(g["ryear"]) if g.get("ryear") else \
        2000 + int(g["yy"]) if g.get("yy") else None
    if g.get("dyrel"):
        year = published.year + YEAR_OFFSETS[g["dyrel"].lower()]
    if kind == "iso":
        d = date(int(g["y"]), int(g["m"]), int(g["d"]))
        return d, d + timedelta(days=1), "day", False
    if kind == "dmy" and g.get("d4"):
        month, day = int(g["m4"]), int(g["d4"])
        try:
            d = date(_last_year_for(month, day, published, _DAYS_AHEAD), month, day)
        except ValueError:
            return None
        return d, d + timedelta(days=1), "day", False
    if kind == "dmy":
        d = date(int(g["y2"] or g["y3"]), int(g["m2"] or g["m3"]), int(g["d2"] or g["d3"]))
        return d, d + timedelta(days=1), "day", False
    if kind == "weekof":
        found = _resolve_past("day", m, published, previous, day_anchor)
        return (found[0], found[0] + timedelta(days=7), "week", False) if found else None
    if kind == "weekto":
        found = _resolve_past("day", m, published, previous, day_anchor)
        return (found[0] - timedelta(days=6), found[1], "week", False) if found else None
    if kind in ("day", "rangestart"):
        month, day = _MONTHS[g["month"].lower().rstrip(".")], int(g["day"])
        if not 1 <= day <= 31:
            return None
        y = year or _last_year_for(month, day, published, _DAYS_AHEAD)
        d = date(y, month, day)
        return d, d + timedelta(days=1), "day", False
    if kind == "part":
        month = _MONTHS[g["month"].lower().rstrip(".")]
        y = year or (published.year + YEAR_OFFSETS[g["pyrel"].lower()] if g.get("pyrel") else
                     _last_year_for(month, 1, published))
        return _part_of_month(g["part"].lower(), y, month)
    if kind == "partrel":  # "at the end of last month": of the month before publication's
        first = _add_months(published.replace(day=1), YEAR_OFFSETS[g["prel"].lower()])
        return _part_of_month(g["part"].lower(), first.year, first.month)
    if kind == "month":
        month = _MONTHS[g["month"].lower().rstrip(".")]
        y = year or _last_year_for(month, 1, published)
        return date(y, month, 1), _month_end(y, month), "month", False
    if kind == "season":
        first_month, length = _SEASONS[g["season"].lower()]
        if year:
            y = year
        else:
            y = published.year
            while date(y, first_month, 1) > published:
                y -= 1
            if (g.get("rel") or "").lower() in ("last", "past") and date(y, first_month, 1) <= published < \
                    _add_months(date(y, first_month, 1), length):
                y -= 1
        start = date(y, first_month, 1)
        return start, _add_months(start, length), "season", False
    if kind == "year":
        return date(year, 1, 1), date(year + 1, 1, 1), "year", False
    if kind == "named":
        named = g["named"].lower()
        if named == "yesterday":
            d = published - timedelta(days=1)
            return d, published, "day", False
        if named in ("today", "this morning", "this afternoon", "this evening", "tonight") or \
                named.endswith(("minutes ago", "moments ago")):
            return published, published + timedelta(days=1), "day", False
        if named == "last night":
            return published - timedelta(days=1), published, "day", False
        if named in ("last week", "this week", "next week"):
            monday = published - timedelta(days=published.weekday()) + timedelta(
                weeks={"last week": -1, "this week": 0, "next week": 1}[named])
            return monday, monday + timedelta(days=7), "week", False
        if named in ("last month", "this month", "next month"):
            first = _add_months(published.replace(day=1), {"last month": -1, "this month": 0, "next month": 1}[named])
            return first, _add_months(first, 1), "month", False
        y = published.year - (named == "last year") + (named == "next year")
        return date(y, 1, 1), date(y + 1, 1, 1), "year", False
    if kind == "weekday":
        wd = _WEEKDAYS[_weekday_of(m).lower()]
        back = (published.weekday() - wd) % 7
        if back == 0 and m.group().lower().startswith("last"):
            back = 7  # "last Thursday" in Thursday's paper: a week ago; "said on Thursday": today
        d = published - timedelta(days=back)
        return d, d + timedelta(days=1), "day", False
    if kind == "ordinal":  # "on the 24th": that day of the anchor's month, else the latest on or before publication
        day = int(g["ordinal"])
        if not 1 <= day <= 31:
            return None
        if previous is not None and previous.precision in ("day", "part-of-month", "month", "week"):
            y, month = previous.window_start.year, previous.window_start.month
            if previous.precision == "day" and day < previous.window_start.day:
                # "from 31 October … on the 1st": the 1st nearest the anchor, the next month's when it is nearer
                # and not after publication
                ny, nm = (y + 1, 1) if month == 12 else (y, month + 1)
                later = date(ny, nm, day)
                if later - previous.window_start < previous.window_start - date(y, month, day) and later <= published:
                    y, month = ny, nm
        else:
            y, month = published.year, published.month
            if day > published.day:
                y, month = (y - 1, 12) if month == 1 else (y, month - 1)
        d = date(y, month, day)
        return d, d + timedelta(days=1), "day", True
    if kind == "holiday":
        month, day = _HOLIDAYS[g["holiday"].replace("’", "'")]
        d = date(_last_year_for(month, day, published), month, day)
        return d, d + timedelta(days=1), "day", False
    if kind == "monthyear":  # "in January last year"; "in January that year": the year of the date before it
        rel = g["myrel"].lower()
        if rel.startswith(("that", "the")):  # "that (same) year", "the same year"
            if previous is None:
                return None
            y = previous.window_start.year
        else:
            y = published.year + YEAR_OFFSETS[rel]
        first = date(y, _MONTHS[g["month"].lower().rstrip(".")], 1)
        return first, _add_months(first, 1), "month", False
    if kind == "relmonth":
        month = _MONTHS[g["month"].lower().rstrip(".")]
        y = published.year
        if g["mrel"].lower() == "last":
            y -= month >= published.month
        else:
            y += month <= published.month
        return date(y, month, 1), _month_end(y, month), "month", False
    if kind == "rangeend":  # only right after a day of its own ("September 8-12")
        if previous is None or previous.precision != "day" or previous.end != m.start():
            return None
        d = previous.window_start.replace(day=int(g["rend"]))
        return (d, d + timedelta(days=1), "day", previous.inferred) if d > previous.window_start else None
    if kind == "within":
        anchor = published if g["this"].lower() == "this" or previous is None else previous.window_start
        if g["unit5"].lower() == "week":  # "earlier in the week": the anchor's week, from its Monday
            anchor -= timedelta(days=anchor.weekday())
        return _shifted(anchor, g["unit5"].lower(), 0)
    if kind == "pastday":
        d = published - timedelta(days=1)
        return d, published, "day", True
    if kind == "same":  # "the same day": the anchor's day (week, month); a day or a date is the last day written
        unit = g["unit4"].lower()
        unit = "day" if unit in ("date", "morning", "afternoon", "evening", "night") else unit
        anchor = day_anchor if unit == "day" and day_anchor is not None else previous
        # (none before it: "images collected on the same day" are of one day, which no date has named yet)
        return _shifted(anchor.window_start, unit, 0) if anchor else None
    if kind == "yearend":  # "by the end of the year": this year
        return date(published.year, 1, 1), date(published.year + 1, 1, 1), "year", True
    if kind == "beforeafter":
        n, unit = (-1 if g["ba"].lower() == "before" else 1), g["unit3"].lower()
        if previous is not None and unit == "day" and previous.precision == "year":
            previous = day_anchor  # "built three years ago … images taken the day before": no day in a year
        return _shifted(previous.window_start if previous else published, unit, n)
    if kind in ("relative", "next"):
        if kind == "next":
            unit = g["unit2"].lower()
            unit = "day" if unit in ("morning", "afternoon", "evening", "night") else unit
            n = -1 if g["nextunit"].lower() == "previous" else 1
            anchor = day_anchor if unit == "day" and day_anchor is not None else previous
        else:
            n, unit = _counted(g)
            direction = g["dir"].lower()
            if direction in ("earlier", "before", "ago"):
                n = -n
            anchor = None if direction == "ago" else previous
            if anchor is not None and unit == "day" and anchor.precision != "day" and day_anchor is not None:
                anchor = day_anchor  # "began on October 28 … loaded in mid-October … two days later": from the 28th
            elif anchor is not None and unit == "day" and anchor.precision == "year":
                anchor = None  # "built three years ago … images taken the day before": no day to count from but
                # publication's
        return _shifted(anchor.window_start if anchor else published, unit, n)
    return None


def _counted(g: dict) -> tuple[int, str]:
    """A relative date's count and unit: "two days" (2, "day"), "a fortnight" (2, "week")."""
    count = g["count"].lower()
    n = int(count) if count.isdigit() else _NUMBERS[count]
    unit = g["unit"].lower().rstrip("s")
    return (2 * n, "week") if unit == "fortnight" else (n, unit)


def _shifted(base: date, unit: str, n: int):
    """The window ``n`` days, weeks, months or years from ``base``, at that precision (inferred)."""
    if unit == "day":
        d = base + timedelta(days=n)
        return d, d + timedelta(days=1), "day", True
    if unit == "week":
        d = base + timedelta(weeks=n)
        return d, d + timedelta(days=7), "week", True
    if unit == "month":
        d = _add_months(base.replace(day=1), n)
        return d, _add_months(d, 1), "month", True
    y = base.year + n
    return date(y, 1, 1), date(y + 1, 1, 1), "year", True
