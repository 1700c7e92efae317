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
import re
from dataclasses import dataclass, replace
from datetime import date, timedelta

from .date_lists import _WEEKDAY_NAMED, _WEEKDAY_THEN_DAY, on_weekday, year_after_list
from .date_patterns import _COMPILED, _WEEKDAY, _WEEKDAYS
from .date_resolve import _SENTENCE_BREAK, _resolve, event_date
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



_DURATION_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
# a capitalised name between an article (or a ship noun) and a month: "the Unaizah May 4", "the supply ship
# Julie May 12" (a boat, not a date)
_NAME_BEFORE = re.compile(r"\b(?:the|a|an|ship|vessel|boat|tanker|carrier|tug|ferry|freighter|trawler)\s+"
                          r"(?!(?:" + _WEEKDAY + r"|Early|Mid|Late|End|Start|Middle|Beginning)\b)"
                          r"[A-Z][a-z]+\s+$")
# "since December 2023, … on June 2": a duration's start gives no year to the dates after it
_SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
# a wire dateline ("SEOUL, March 14 (Yonhap) —"): not an event of the report
# or a US Navy one ("YOKOSUKA, Japan (Nov. 3, 2025) –")
_DATELINE_AFTER = re.compile(r"(?:,?\s+(?:19|20)\d\d)?\s*\([^)\n]{1,40}\)\s*[:\-–—]|\)\s*[:\-–—]")


def _in_header(text: str, start: int, end: int) -> bool:
    """Whether the date at ``start`` is the document's own (a header or a dateline), not an event of the report."""
    # (a header line is short: its line break is searched within _HEADER_REACH of the date, so that a text without
    # line breaks stays linear; a longer line is no date line, and its label is looked for that far back)
    reach = max(0, start - _HEADER_REACH)
    line_start = _line_start(text, start)
    line_end = text.find("\n", end, end + _HEADER_REACH)
    whole = (line_start > reach or reach == 0) and (line_end >= 0 or len(text) <= end + _HEADER_REACH)
    return (labelled_date_before(text, line_start, start) or
            whole and is_date_line(text[line_start:None if line_end < 0 else line_end]) or
            bool(_DATELINE_AFTER.match(text, end)))


_HEADER_REACH = 400  # characters


def _line_start(text: str, at: int) -> int:
    """Where the line holding ``at`` starts, looked for within ``_HEADER_REACH`` characters before it (else there)."""
    reach = max(0, at - _HEADER_REACH)
    return text.rfind("\n", reach, at) + 1 or reach


_SENTENCE_END_BEFORE = re.compile(r"[a-z0-9][.!?]\s|\n")


def _aside(text: str, start: int, end: int, later: int) -> bool:
    """Whether the date at ``start:end`` sits in an aside between commas that closes before ``later`` ("The tanker,
    sanctioned in 2024, arrived on Oct. 19": 2024 is no year for Oct. 19; "In 2024, it arrived on Oct. 19" is)."""
    before = text[max(0, start - 200):start]
    ends = [m.end() for m in _SENTENCE_END_BEFORE.finditer(before)]  # not after "U.S."
    return "," in before[ends[-1] if ends else 0:] and "," in text[end:later]


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
    dated_weekdays: dict[int, tuple[date, date]] = {}  # "Friday, September 8, 2023": the document's Friday
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
        if kind == "same" and (anchor := day_anchor or previous) is not None and \
                _in_header(text, anchor.start, anchor.end):
            continue  # "images collected on the same day" before any date of the report's own: no date yet
        try:
            future = listed is None and is_future(text, s, e)
            if kind == "relative" and (dated := event_date(m, out)) is not None:
                resolved = _resolve(kind, m, here, dated, future, dated, dated)
            else:
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
        elif kind == "day" and precision == "day" and m.groupdict().get("year") and out and out[-1] is previous \
                and previous.precision == "day" and _WEEKDAY_THEN_DAY.fullmatch(text, previous.end, s) and \
                _WEEKDAY_NAMED.search(previous.text) is not None:
            # "on Friday, September 8, 2023": the weekday is the date's own, not the Friday before publication
            out[-1] = previous = replace(previous, window_start=start, window_end=end)
            dated_weekdays[start.weekday()] = (start, end)
        if kind == "weekday" and m.group("weekday") and m.group(0).lower().startswith("on ") and \
                (named_day := dated_weekdays.get(start.weekday())) is not None and named_day[0] < start and \
                (start - named_day[0]).days < 14:
            # "… on Friday, September 8, 2023. … exploded in Gao on Friday": the Friday the report dated, not the
            # Friday before its publication
            start, end = named_day
        if kind == "weekday" and future and published is not None and start > published and \
                is_future_in_past(text, s, e) and \
                (gone := next((d for d in reversed(out) if d.precision == "day" and d.window_start <= published and
                               d.window_start.weekday() == start.weekday() and
                               (published - d.window_start).days < 7), None)) is not None:
            # "left on Thursday, August 18 … were scheduled to stay until Thursday": the Thursday the report dated
            start, end = gone.window_start, gone.window_end
        mention = DateMention(s, e, text[s:e], start, end, precision, inferred)
        out.append(mention)
        previous = mention
        if precision == "day":
            day_anchor = mention  # "the following day" counts from the latest day, not from "in April"
        if lead is None and not _in_header(text, s, e):
            lead = mention
    _quoted_today(text, out)
    out[:] = [m for m in out if not (m.text.lower() == "today" and _NOWADAYS.match(text, m.start))]
    return out


# "Today the yard has two covered floating docks": nowadays, a state — no day (not "Today, the carrier was detected")
_NOWADAYS = re.compile(r"(?<![\w,] )Today,?\s+(?:the|its|their|this|that|these|it|they)\b(?:\s+[\w'’-]+){0,3}?\s+"
                       r"(?:has|have|is|are|hosts|houses|remains|lies|holds|serves|contains|employs|includes)\b")


_QUOTE_CLOSE = re.compile(r"[”\"]")
# who said a quotation, and on what day: '"Today special thanks …," the president wrote on Telegram on Tuesday'
_SAID_ON = re.compile(r"[”\"]\s*,?\s+(?:[\w.'’-]+\s+){0,6}?(?:said|wrote|told\s+\w+|posted|added|stated|tweeted)\b"
                      r"[^.!?\n]{0,40}$")


def _quoted_today(text: str, out: list[DateMention]) -> None:
    """A quotation's "today" is the day its speaker said it, when the sentence gives that day after the quotation
    (replaced in ``out``); a report may be published a day or more later."""
    for k, m in enumerate(out):
        if m.text.lower() != "today":
            continue
        line = _line_start(text, m.start)
        if "“" not in text[line:m.start] and text.count('"', line, m.start) % 2 == 0:
            continue  # not inside a quotation
        close = _QUOTE_CLOSE.search(text, m.end, min(len(text), m.end + 300))
        if close is None or "\n" in text[m.end:close.start()]:
            continue
        said = next((d for d in out[k + 1:] if d.precision == "day" and 0 < d.start - close.start() < 120 and
                     _SAID_ON.search(text, close.start(), d.start)), None)
        if said is not None:
            out[k] = replace(m, window_start=said.window_start, window_end=said.window_end)
