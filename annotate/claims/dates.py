"""Dates in a report, resolved against its publication date, with their precision.

Each mention gets a window ``[start, end)`` of calendar days and a precision:
``day``, ``week``, ``part-of-month`` (early/mid/late), ``month``, ``season`` or ``year``.
A mention without a year is the most recent one on or before publication
("in November" in a report of 2025-07-02 → 2024-11), unless its own clause is in
the future tense ("is expected to arrive in November" → the next November).
Relative phrases ("a month later", "two days earlier", "the next day", "the day
before", "on the 24th") resolve from the previous date in the text (wire copy puts each sentence in its
own paragraph, so paragraphs do not break the chain; a heading does), else from the
publication, and are marked ``inferred``. Bare numbers are never dates:
only month names, ISO dates, seasons, years with "in"/"of", and relative
phrases are read.
"""

from __future__ import annotations

import bisect
import calendar
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .date_lists import _WEEKDAY_NAMED, _WEEKDAY_THEN_DAY, YEAR_OFFSETS, on_weekday, year_after_list
from .date_patterns import _COMPILED, _HOLIDAYS, _MONTHS, _NUMBERS, _SEASONS, _WEEKDAY, _WEEKDAYS
from .date_tense import is_future, is_future_in_past
from .headers import is_date_line, labelled_date_before, update_stamps

__all__ = ["DateMention", "find_dates"]

@dataclass(frozen=True)
class DateMention:
    start: int
    end: int
    text: str
    window_start: date
    window_end: date  # exclusive
    precision: str
    inferred: bool = False

    @property
    def label(self) -> str:
        s = self.window_start
        if self.precision == "day":
            return s.isoformat()
        if self.precision == "month":
            return f"{s:%Y-%m}"
        if self.precision == "year":
            return f"{s.year}"
        if self.precision == "season":
            name = {3: "spring", 6: "summer", 9: "autumn", 12: "winter"}[s.month]
            return f"{name} {s.year}" + (f"–{s.year + 1}" if s.month == 12 else "")
        if self.precision == "part-of-month":
            part = "early" if s.day == 1 else "mid" if s.day == 11 else "late"
            return f"{part} {s:%B %Y}"
        return f"week of {s.isoformat()}"

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.label,
                "window": [self.window_start.isoformat(), self.window_end.isoformat()],
                "precision": self.precision, "inferred": self.inferred}


def _month_end(y: int, m: int) -> date:
    return date(y + (m == 12), m % 12 + 1, 1)


def _add_months(d: date, n: int) -> date:
    total = d.year * 12 + d.month - 1 + n
    y, m = divmod(total, 12)
    return date(y, m + 1, min(d.day, calendar.monthrange(y, m + 1)[1]))


def _last_year_for(month: int, day: int, published: date) -> int:
    """The year that puts month/day most recently on or before publication."""
    y = published.year
    try:
        return y if date(y, month, min(day, 28 if month == 2 else day)) <= published else y - 1
    except ValueError:
        return y - 1


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
            d = date(_last_year_for(month, day, published), month, day)
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
        y = year or _last_year_for(month, day, published)
        d = date(y, month, day)
        return d, d + timedelta(days=1), "day", False
    if kind == "part":
        month = _MONTHS[g["month"].lower().rstrip(".")]
        y = year or _last_year_for(month, 1, published)
        part = g["part"].lower()
        first, end = date(y, month, 1), _month_end(y, month)
        if part in ("early", "the beginning of", "the start of", "the first half of"):
            return first, date(y, month, 11), "part-of-month", False
        if part in ("mid", "the middle of"):
            return date(y, month, 11), date(y, month, 21), "part-of-month", False
        return date(y, month, 21), end, "part-of-month", False
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
        if named in ("today", "this morning", "this afternoon", "this evening", "tonight"):
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
    if kind == "monthyear":  # "in January last year"
        y = published.year + YEAR_OFFSETS[g["myrel"].lower()]
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
        return _shifted(anchor.window_start if anchor else published, unit, 0)
    if kind == "yearend":  # "by the end of the year": this year
        return date(published.year, 1, 1), date(published.year + 1, 1, 1), "year", True
    if kind == "beforeafter":
        n = -1 if g["ba"].lower() == "before" else 1
        return _shifted(previous.window_start if previous else published, g["unit3"].lower(), n)
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
        return _shifted(anchor.window_start if anchor else published, unit, n)
    return None


def _counted(g: dict) -> tuple[int, str]:
    """A relative date's count and unit: "two days" (2, "day"), "a fortnight" (2, "week")."""
    count = g["count"].lower()
    n = int(count) if count.isdigit() else _NUMBERS[count]
    unit = g["unit"].lower().rstrip("s")
    return (2 * n, "week") if unit == "fortnight" else (n, unit)


_DURATION_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# a capitalised name between an article (or a ship noun) and a month: "the Unaizah May 4", "the supply ship
# Julie May 12" (a boat, not a date)
_NAME_BEFORE = re.compile(r"\b(?:the|a|an|ship|vessel|boat|tanker|carrier|tug|ferry|freighter|trawler)\s+"
                          r"(?!(?:" + _WEEKDAY + r"|Early|Mid|Late|End|Start|Middle|Beginning)\b)"
                          r"[A-Z][a-z]+\s+$")
# "two days before it arrived", "a day after the strike": counted from an event, not from the last date written
_EVENT_AFTER = re.compile(r"\s+(?:it|they|he|she|we|the|a|an|its|their|this|that)\b", re.IGNORECASE)
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
# "since December 2023, … on June 2": a duration's start gives no year to the dates after it
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# a wire dateline ("SEOUL, March 14 (Yonhap) —"): not an event of the report
# or a US Navy one ("YOKOSUKA, Japan (Nov. 3, 2025) –")
_DATELINE_AFTER = re.compile(r"(?:,?\s+(?:19|20)\d\d)?\s*\([^)\n]{1,40}\)\s*[:\-–—]|\)\s*[:\-–—]")


def _weekday_of(m: re.Match) -> str:
    """The weekday a "weekday" match names, whichever of its forms matched."""
    return m.group("weekday") or m.group("weekday2") or m.group("weekday3") or m.group("weekday4") or \
        m.group("weekday5")


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


def _in_header(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start`` is the document's own (a header or a dateline), not an event of the report."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    return (labelled_date_before(text, line_start, start) or is_date_line(text[line_start:None if line_end < 0 else line_end])
            or bool(_DATELINE_AFTER.match(text, end)))


_SENTENCE_END_BEFORE = re.compile(r"[a-z0-9][.!?]\s|\n")


def _aside(text: str, start: int, end: int, later: int) -> bool:
    """Whether the date at ``start:end`` sits in an aside between commas that closes before ``later`` ("The tanker,
    sanctioned in 2024, arrived on Oct. 19": 2024 is no year for Oct. 19; "In 2024, it arrived on Oct. 19" is)."""
    before = text[max(0, start - 200):start]
    ends = [m.end() for m in _SENTENCE_END_BEFORE.finditer(before)]  # not after "U.S."
    return "," in before[ends[-1] if ends else 0:] and "," in text[end:later]


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


_YEARLESS = ("day", "weekof", "weekto", "rangestart", "part")
_LISTED = (*_YEARLESS, "month")
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_EVE_OF = re.compile(r"\b[Oo]n\s+the\s+eve\s+of\b[^.;,]*$")
_THAT_YEAR = re.compile(r"\s+of\s+(?:that|the\s+same)\s+year\b")  # "attacks in 2017, … bombed it in April of that year"
# a year mention's whole text that can open a sentence: "In 2024", "During 2023", "Last year"
_YEAR_WORDS = re.compile(r"(?:(?:in|during)\s+)?(?:(?:19|20)\d\d|(?:last|this|next)\s+year)", re.IGNORECASE)
_LEAD_BEFORE = re.compile(r"(?:^|[.!?]\s+|\n)$")


def _year_lead(text: str, previous: DateMention) -> bool:
    """Whether ``previous`` is a year that opens its sentence ("In 2024, …", "Last year, …"): the year of the
    sentence's dates without one, months included ("Last year, … in March"); a year inside the sentence ("since
    2022 … in July", "… two frigates last year was empty … from April 17") is no lead."""
    return bool(_YEAR_WORDS.fullmatch(previous.text)) and \
        bool(_LEAD_BEFORE.search(text, max(0, previous.start - 16), previous.start))


_UNTIL_BEFORE = re.compile(r"\b(?:until|till|through|to)\s+$", re.IGNORECASE)


def _a_year_later(d: date) -> date:
    return d.replace(year=d.year + 1) if (d.month, d.day) != (2, 29) else date(d.year + 1, 3, 1)


def find_dates(text: str, published: date | None) -> list[DateMention]:
    """Every date mention in ``text``, in order, resolved against ``published`` (today when unknown)."""
    published = published or date.today()
    spans: list[tuple[int, int, str, re.Match]] = []
    taken_starts: list[int] = []  # sorted, parallel to taken_ends: earlier patterns win overlaps
    taken_ends: list[int] = []
    for kind, rx in _COMPILED:
        for m in rx.finditer(text):
            i = bisect.bisect_left(taken_starts, m.end())
            if i and taken_ends[i - 1] > m.start():
                continue
            if kind == "month" and m.group("month") == "May" and not m.group("year") and \
                    not re.match(r"\s*(?:,|\.|\bthis\b|$)", text[m.end():m.end() + 6]) and \
                    not re.search(r"\b(?:[Ii]n|of|[Ss]ince|[Dd]uring|[Uu]ntil|by|[Ee]arly|[Ll]ate|mid|[Bb]etween|[Ff]rom)\s+$",
                                  text[max(0, m.start() - 8):m.start()]):
                continue  # "May" the verb, not the month
            if kind == "month" and not m.group("year") and (m.group("month").isupper() or m.group("month").rstrip(".") in (
                    "Mar", "Jun", "Jul", "Dec", "Sep", "Oct", "Nov", "Jan", "Feb", "Apr", "Aug")):
                continue  # an abbreviation alone is too ambiguous
            if kind == "season" and m.group("season").lower() == "fall" and not (
                    m.group("rel") or m.group("year") or re.search(r"\b(?:the|in|early|late|mid)[\s-]+$",
                                                                  text[max(0, m.start() - 8):m.start()], re.I)):
                continue  # "as diversions fall": the verb, not the season
            if kind == "relative" and _DURATION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "loitered for a week before it sailed": how long, not when
            if kind in ("day", "month") and _NAME_BEFORE.search(text, max(0, m.start() - 40), m.start()):
                continue  # "the Unaizah May 4": a boat's name
            spans.append((m.start(), m.end(), kind, m))
            j = bisect.bisect_left(taken_starts, m.start())
            taken_starts.insert(j, m.start())
            taken_ends.insert(j, m.end())
    spans.sort()
    out: list[DateMention] = []
    previous = None
    day_anchor = None
    lead = None  # the report's first event date: what "two days before it arrived" counts from
    stamps = update_stamps(text, published)
    for s, e, kind, m in spans:
        if previous is not None and re.search(r"\n#", text[previous.end:s]):
            previous = None  # a new section (a heading): relative dates start again from the publication
        here = next((d for at, d in reversed(stamps) if at <= s), published)  # "Update 1, 08 Jul 2025": its "yesterday"
        if previous is not None and kind in _LISTED and not m.groupdict().get("year") and \
                (kind in _YEARLESS and _YEAR.search(previous.text) or _year_lead(text, previous) or
                 _THAT_YEAR.match(text, e) and previous.precision == "year") and \
                "\n" not in text[previous.end:s] and \
                not _aside(text, previous.start, previous.end, s) and \
                not _SINCE_BEFORE.search(text, max(0, previous.start - 8), previous.start) and \
                not previous.text.lower().startswith("since"):  # "based there since 2024, and imagery from Nov. 16"
            # "7 July 2025 — … is attacked; it sinks on 8 July": the year of the entry's own date, not publication's;
            # "In 2024, … on Oct. 19", "Last year, … in March": that year's
            here = previous.window_end - timedelta(days=1) if previous.precision == "year" else \
                previous.window_start + timedelta(days=182)
        listed = year_after_list(text, e, here) if kind in _LISTED and not m.groupdict().get("year") and \
            not m.groupdict().get("dyrel") else None
        if listed is not None:
            here = date(listed, 12, 31)  # "in April and May 2024", "on 3 and 4 May last year": the list's year
        try:
            future = listed is None and is_future(text, s, e)
            resolved = _resolve(kind, m, here, previous, future, lead, day_anchor)
            if resolved is not None and not future and listed is None and kind in _YEARLESS + ("month",) and \
                    is_future_in_past(text, s, e):
                ahead = _resolve(kind, m, here, previous, True, lead, day_anchor)
                if ahead is not None and (ahead[0] - here).days < (here - resolved[0]).days:
                    resolved = ahead  # "was due to be commissioned in December", said in November: this December
        except (ValueError, KeyError):
            resolved = None
        if resolved is None:
            continue
        start, end, precision, inferred = resolved
        if precision == "day" and _EVE_OF.search(text, max(0, s - 90), s):
            start, end = start - timedelta(days=1), end - timedelta(days=1)  # "On the eve of the attack on June 22"
        if kind == "day" and not m.groupdict().get("year") and previous is not None and previous.precision == "day" \
                and start < previous.window_start and _UNTIL_BEFORE.search(text, max(0, s - 12), s) and \
                not _SENTENCE_BREAK.search(text, previous.end, s):
            # "a warning on Sept. 11 closing the area until Sept. 18": a span's end is not before its start, though
            # the end be after publication and the clause past
            start, end = _a_year_later(start), _a_year_later(start) + (end - start)
        if kind == "weekday" and m.group("weekday4") and out and out[-1] is previous and previous.precision == "day" \
                and previous.window_start > start and previous.window_start - start < timedelta(days=7):
            # "between Monday and Wednesday" in Monday's paper: the Monday before that Wednesday
            out[-1] = previous = DateMention(previous.start, previous.end, previous.text,
                                             previous.window_start - timedelta(days=7),
                                             previous.window_end - timedelta(days=7), "day", previous.inferred)
        if kind == "day" and precision == "day" and not m.groupdict().get("year") and out and out[-1] is previous \
                and previous.precision == "day" and _WEEKDAY_THEN_DAY.fullmatch(text, previous.end, s) and \
                (named := _WEEKDAY_NAMED.search(previous.text)) is not None:
            # "on Saturday 22 August": one day, in the year whose 22 August is a Saturday (of the years beside
            # publication's, the nearest to it), which the weekday alone resolved too
            start, end = on_weekday(start, _WEEKDAYS[named.group().lower()], here)
            out[-1] = previous = replace(previous, window_start=start, window_end=end)
        mention = DateMention(s, e, text[s:e], start, end, precision, inferred)
        out.append(mention)
        previous = mention
        if precision == "day":
            day_anchor = mention  # "the following day" counts from the latest day, not from "in April"
        if lead is None and not _in_header(text, s, e):
            lead = mention
    return out
