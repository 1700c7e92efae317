"""The publication date a document states in its header, in the many ways publishers write it.

A header is the first few lines of a document: a labelled date (``Published: 14 March 2025``,
``Issued: 21 June 2025 0840 UTC``, ``By Staff | Published Aug. 12, 2025 | Updated Aug. 13, 2025``,
``Answered on: 16 June 2025``), a line holding only a date and a time (``May 6, 2025 9:14 AM GMT+0``,
``2025.05.08 (Thu) 10:15``, ``Published 12.02.2025``), or a heading that ends with its date (``Regular Press
Conference on March 10, 2025``, ``USPA press service, 14.09.2025``). Only full dates, with a year, count.
"""

from __future__ import annotations

import calendar
import re
from datetime import date

__all__ = ["DATELINE", "DATELINE_PATTERN", "DATE_PATTERN", "MONTH_PATTERN", "dateline_agency", "dateline_date",
           "glossed_today", "header_date",
           "is_date_line", "is_header_line", "labelled_date_before", "month_number", "update_stamps"]

_MONTHS = ("january february march april may june july august september october november december").split()
MONTH_PATTERN = "(?:" + "|".join(m.capitalize() for m in _MONTHS) + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)"
_WEEKDAY = r"(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
_WEEKDAY_NAME = "(?:" + "|".join(calendar.day_name) + ")"  # written out: "Friday, May 26 --" is no dateline
_ORD = r"(?:st|nd|rd|th)?"
# a French communiqué's date line: "Toulon, le 15 mai 2025"
_FRENCH_MONTHS = {name: number for number, names in enumerate(
    ("janvier", "février fevrier", "mars", "avril", "mai", "juin", "juillet", "août aout", "septembre", "octobre",
     "novembre", "décembre decembre"), 1) for name in names.split()}  # with and without their accents
_FRENCH_MONTH = "(?:" + "|".join(_FRENCH_MONTHS) + ")"
# one full date, in the order publishers write it; named groups say which part is which
_DATE = (rf"(?:{_WEEKDAY},?\s+)?(?:"
         r"(?P<iy>\d{4})(?P<is>[-./])\s?(?P<im>\d{1,2})(?P=is)\s?(?P<id>\d{1,2})(?!\d)"   # 2025-05-08, 2026. 10. 14.
         r"|(?P<ed>\d{1,2})(?P<es>[./-])(?P<em>\d{1,2})(?P=es)(?P<ey>\d{4})"          # 14.09.2025, 14/09/2025, 04-03-2025
         rf"|(?P<dd>\d{{1,2}}){_ORD}\s+(?:of\s+)?(?P<dm>{MONTH_PATTERN})\.?,?\s+(?P<dy>\d{{4}})"  # 12 Feb 2025
         rf"|(?P<mm>{MONTH_PATTERN})\.?\s+(?P<md>\d{{1,2}}){_ORD},?\s+(?P<my>\d{{4}})"            # Nov. 18, 2025
         rf"|(?P<fd>\d{{1,2}})(?:er)?\s+(?P<fm>{_FRENCH_MONTH})\s+(?P<fy>\d{{4}})"                 # le 15 mai 2025
         rf"|(?P<zd>\d{{2}})\d{{4}}Z\s+(?P<zm>{MONTH_PATTERN})\s+(?P<zy>\d{{2}})(?!\d)"           # 031200Z SEP 25 (NAVAREA)
         rf")(?:\s*\({_WEEKDAY}\))?")
DATE_PATTERN = _DATE  # one full date (named groups: at most once in a pattern)
# a time after a date: "9:14 AM GMT+0", "- 14:20" (Tasnim), "11:05:30" (Xinhua), "4:40PM by PIB Delhi" (India's PIB)
_TIME = (r"(?:(?:,?\s*(?:at\s+)?|\s+[-–|]\s+)\d{1,2}(?:[:.]\d{2}(?::\d{2})?|\d{2}(?=\s*(?:UTC|GMT|Z\b)))"
         r"(?:\s*[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*(?:UTC|GMT|Z|[A-Z]{2,5})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?(?:\s+by\s+[A-Z][\w .'’-]{1,40})?)?")
_LABEL = r"(?:date|dated|published|posted|issued|released|answered|recorded|updated|last\s+updated)"
_LABELLED = re.compile(rf"(?:^|[|•·—–(]\s*|\s[-–]\s+)(?P<label>{_LABEL})\s*(?:on|at)?\s*:?\s*(?P<date>{_DATE})",
                       re.IGNORECASE | re.MULTILINE)
_DATE_LINE = re.compile(rf"\s*(?:{_LABEL}\s*(?:on)?\s*:?\s*)?(?P<date>{_DATE})\.?{_TIME}\s*", re.IGNORECASE)
_ENDS_WITH_DATE = re.compile(rf"(?P<date>{_DATE}){_TIME}\s*$", re.IGNORECASE)
_BODY_SENTENCE = re.compile(r".{60,}[.!?][\"'”’)]?\s*$")
_CAPTION = re.compile(r"\s*(?:Figure|Fig\.|Image|Photo|Picture|Map|Caption)\b", re.IGNORECASE)  # its date is the image's

# A wire dateline, the three ways agencies and navies write it: "SEOUL, March 14 (Yonhap) —", "GDYNIA, Poland,
# Jan. 16, 2025 (AP) —" (a country or state between the city and the date), "YOKOSUKA, Japan (Nov. 3, 2025) –"
# (US Navy releases: the date in the brackets, no agency). The year is optional only in the first form.
DATELINE_PATTERN = (
    r"(?:(?P<city>[A-Z][A-Za-z .'’/-]{1,40})(?:,\s+[A-Z][A-Za-z .'’-]{1,30}|\s+\[[A-Z][A-Za-z .'’-]{1,30}\])?"
    # "TRIPOLI/LONDON, March 4 (Reuters)", ANI's "Taipei [Taiwan], March 13 (ANI):"
    rf"(?:,\s+(?P<month>{MONTH_PATTERN})\.?\s+(?P<day>\d{{1,2}})(?:,\s+(?P<year>\d{{4}}))?\s+\((?P<agency>[^)\n]{{1,40}})\)"
    # CNA's, without a dash: "Taipei, June 18 (CNA) Taiwan's military …"
    r"(?:\s*[:\-–—]{1,2}|\s+(?=[A-Z]))"
    rf"|\s+\((?P<month2>{MONTH_PATTERN})\.?\s+(?P<day2>\d{{1,2}}),\s+(?P<year2>\d{{4}})\)\s*[:\-–—]{{1,2}})"
    # TASS's: "SEVEROMORSK, July 27. /TASS/.", "KALININGRAD, October 17, 2025. /TASS/."
    rf"|(?P<city5>[A-Z][A-Za-z .'’-]{{1,40}}),\s+(?P<month5>{MONTH_PATTERN})\.?\s+(?P<day5>\d{{1,2}})"
    rf"(?:,\s+(?P<year5>\d{{4}}))?\.\s+/(?P<agency5>[A-Z][\w-]{{1,15}})/\."
    # TASS's rewritten without the agency: "TEHRAN, August 23. Russia's military aircraft left …" (the city in capitals),
    # and the Gulf papers', a colon after the date: "KUWAIT CITY, Oct 3: The 386th Air Expeditionary Wing …"
    rf"|(?P<city8>[A-Z][A-Z .'’-]{{2,40}}),\s+(?P<month8>{MONTH_PATTERN})\.?\s+(?P<day8>\d{{1,2}})"
    rf"(?:,\s+(?P<year8>\d{{4}}))?[.:]\s+(?=[A-Z])"
    # the agency after the date: "Tehran, Feb 23, 2026, IRNA -- The 102nd flotilla …"
    rf"|(?P<city6>[A-Z][A-Za-z .'’-]{{1,40}}),\s+(?P<month6>{MONTH_PATTERN})\.?\s+(?P<day6>\d{{1,2}}),\s+"
    r"(?P<year6>\d{4}),\s+(?P<agency6>[A-Z][A-Za-z]{1,15})\s*[-–—]{1,2}"
    # the agency first: "IRNA – Tehran, Nov. 2, 2025 – The 103rd flotilla …"
    rf"|(?P<agency3>[A-Z][A-Za-z]{{1,15}})\s+[–—-]\s+[A-Z][A-Za-z .'’-]{{1,40}},\s+(?P<month3>{MONTH_PATTERN})\.?\s+"
    r"(?P<day3>\d{1,2}),\s+(?P<year3>\d{4})\s+[–—-]"
    # no agency, a double hyphen or a dash (syndicated copy): "New Delhi, May 26 -- The damage …" (not a weekday's)
    r"|(?!" + _WEEKDAY_NAME + r"\b)(?P<city7>[A-Z][A-Za-z .'’-]{1,40}),\s+"
    # (a single hyphen after a year: "WASHINGTON, Aug. 1, 2005 - Uzbekistan has …")
    rf"(?P<month7>{MONTH_PATTERN})\.?\s+(?P<day7>\d{{1,2}})(?:,\s+(?P<year7>\d{{4}}))?\s+(?:--|–|—|-(?<=\d{{4}}\s-))\s"
    # the date first, the city in capitals in brackets (Sudan Tribune): "April 15, 2023 (KHARTOUM) – The …"
    rf"|(?P<month9>{MONTH_PATTERN})\.?\s+(?P<day9>\d{{1,2}}),\s+(?P<year9>\d{{4}})\s+\((?P<city9>[A-Z][A-Z .'’-]{{2,40}})\)"
    r"\s*[:\-–—]{1,2}"
    # the day first, a weekday before it and the agency in brackets (European and Arab papers): "CAIRO, Tuesday 8
    # October 2019 (Alwasat) –", "Tripoli, 9 December 2019 (Agenzia Nova) –", ANI's "Amdjarass [Chad], 22nd July
    # (ANI/WAM):"
    r"|(?P<city10>[A-Z][A-Za-z .'’-]{1,40})(?:\s+\[[A-Z][A-Za-z .'’-]{1,30}\])?,\s+(?:" + _WEEKDAY_NAME + r",?\s+)?"
    r"(?P<day10>\d{1,2})(?:st|nd|rd|th)?\s+"
    rf"(?P<month10>{MONTH_PATTERN})\.?(?:,?\s+(?P<year10>\d{{4}}))?\s+\((?P<agency10>[^)\n]{{1,40}})\)\s*[:\-–—]{{1,2}}"
    # the country and the date with no comma between (Garowe Online): "GALKAYO, Somalia May 30 (Garowe Online) –"
    rf"|(?P<city11>[A-Z][A-Z .'’-]{{2,40}}),\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?\s+(?P<month11>{MONTH_PATTERN})\.?\s+"
    r"(?P<day11>\d{1,2})(?:,\s+(?P<year11>\d{4}))?\s+\((?P<agency11>[^)\n]{1,40})\)\s*[:\-–—]{1,2})")
DATELINE = re.compile("^" + DATELINE_PATTERN, re.MULTILINE)
# "at about 8 a.m. today (Jan. 25, 2025)": a text that dates its own "today"
_GLOSSED_TODAY = re.compile(rf"\btoday\s*\(\s*(?P<date>{_DATE})\s*\)", re.IGNORECASE)


def _full_date(m: re.Match, day_first: bool | None = None) -> date | None:
    """The date named by the ``date`` group of a match of a pattern built on :data:`_DATE`, or ``None`` when it
    names no real day or could be either order and ``day_first`` (how the text writes its other dates) is not
    known."""
    g = m.groupdict()
    try:
        if g["iy"]:
            return date(int(g["iy"]), int(g["im"]), int(g["id"]))
        if g["ey"]:
            first, second = int(g["ed"]), int(g["em"])
            if g["es"] == "/" and first <= 12 and second <= 12 and first != second:
                if day_first is None:
                    return None  # 05/06/2025: May 6 in the US, 5 June elsewhere
                day, month = (first, second) if day_first else (second, first)
                return date(int(g["ey"]), month, day)
            day, month = (second, first) if second > 12 else (first, second)
            return date(int(g["ey"]), month, day)
        if g["dy"]:
            return date(int(g["dy"]), month_number(g["dm"]), int(g["dd"]))
        if g["my"]:
            return date(int(g["my"]), month_number(g["mm"]), int(g["md"]))
        if g["fy"]:
            return date(int(g["fy"]), _FRENCH_MONTHS[g["fm"].lower()], int(g["fd"]))
        if g["zy"]:  # a military date-time group: day, hour and minute, Z, month, two-digit year
            return date(2000 + int(g["zy"]), month_number(g["zm"]), int(g["zd"]))
    except ValueError:
        return None
    return None


def _title_case(line: str) -> bool:
    """A title's capitals ("Russia's Black Sea Fleet Has Left Sevastopol. Where Did It Go?"): most words of four
    letters or more begin with a capital — a headline, not the body's first sentence."""
    words = [w for w in re.findall(r"[^\W\d_][\w'’-]*", line) if len(w) >= 4]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def month_number(name: str) -> int:
    key = name.lower()[:3]
    return next(i for i, m in enumerate(_MONTHS, 1) if m[:3] == key)


def header_date(text: str, lines: int = 8) -> date | None:
    """The publication date stated in the first ``lines`` lines of ``text``, or ``None``.

    In order of trust: a date after a publication label (``Published``, ``Issued``, ``Posted``, ``Released``,
    ``Answered``, ``Date``); a line that is only a date (and a time); a heading before the body that ends with
    a date; a date after ``Updated``. The first of the most trusted kind wins.

    >>> header_date("date 2025-03-14 Seoul, March 14 (Yonhap) -- North Korea ..."), header_date("Published: 14 March 2025")
    (datetime.date(2025, 3, 14), datetime.date(2025, 3, 14))
    >>> header_date("Posted on Mar. 2, 2024 | Imagery"), header_date("The date 2025-03-14 was mentioned later.")
    (datetime.date(2024, 3, 2), None)
    >>> header_date("By Staff | Published Aug. 12, 2025 | Updated Aug. 13, 2025"), header_date("2025.05.08 (Thu) 10:15")
    (datetime.date(2025, 8, 12), datetime.date(2025, 5, 8))
    """
    found: dict[int, date] = {}
    in_body = False
    day_first = _writes_day_first(text)
    all_lines = text.splitlines()
    for line in all_lines[:lines]:
        candidates = [(3 if _an_update(m.group("label")) else 0, m) for m in _LABELLED.finditer(line)]
        if m := _TIME_FIRST.fullmatch(line):  # "Published 4:12 AM EST, November 18, 2025"
            candidates.append((3 if _an_update(line) else 0, m))
        if not in_body and (m := _DATE_LINE.fullmatch(line)):
            candidates.append((1, m))
        elif not in_body and len(line) <= 160 and not _CAPTION.match(line) and (m := _ENDS_WITH_DATE.search(line)):
            candidates.append((2, m))
        elif not in_body and _stamp_line(line) and (m := _ANY_DATE.search(line)):
            candidates.append((1, m))  # "Naval News, 12 September 2025 — Alex Luck"
        for rank, m in candidates:
            if (when := _full_date(m, day_first)) is not None:
                found.setdefault(rank, when)
        in_body = in_body or bool(_BODY_SENTENCE.match(line)) and not _title_case(line)
    if not found:  # a stamp after the body, as some sites print it: "… Published 4:12 AM EST, November 18, 2025"
        for line in all_lines[max(lines, len(all_lines) - 3):]:
            m = _TIME_FIRST.fullmatch(line) or _LABELLED.match(line.strip())
            if m and not _an_update(m.group(0)) and \
                    (when := _full_date(m, day_first)) is not None:
                return when
    return found[min(found)] if found else None


def _an_update(stamp: str) -> bool:
    """Whether a labelled stamp ("Updated …", "Last updated …") dates an update, not the publication."""
    return stamp.lower().lstrip().startswith(("updated", "last"))


_DAY_MONTH = re.compile(rf"\b\d{{1,2}}{_ORD}\s+(?:of\s+)?{MONTH_PATTERN}\b")
_MONTH_DAY = re.compile(rf"\b{MONTH_PATTERN}\.?\s+\d{{1,2}}(?!\d)")


def _writes_day_first(text: str) -> bool | None:
    """Whether the text writes its dates day first ("1 October") or month first ("October 1"), where it writes
    more of one kind than of the other; ``None`` where it cannot tell. Decides "02/10/2025" in a header."""
    head = text[:20_000]
    day_first, month_first = len(_DAY_MONTH.findall(head)), len(_MONTH_DAY.findall(head))
    return None if day_first == month_first else day_first > month_first


def dateline_date(m: re.Match) -> tuple[int, int, int | None]:
    """``(month, day, year or None)`` of a :data:`DATELINE` match."""
    form = next((f for f in ("2", "3", "5", "6", "7", "8", "9", "10", "11") if m.group("month" + f)), "")  # which form of dateline matched
    year = m.groupdict().get("year" + form)
    return month_number(m.group("month" + form)), int(m.group("day" + form)), int(year) if year else None


def dateline_agency(m: re.Match) -> str | None:
    """The agency a :data:`DATELINE` match names ("Yonhap", "IRNA", "TASS"), if any."""
    agency = (m.group("agency") or m.group("agency3") or m.group("agency5") or m.group("agency6")
              or m.group("agency10") or m.group("agency11"))
    return agency.strip() if agency else None


def glossed_today(text: str) -> date | None:
    """The date a text gives its own "today" ("fired … at about 8 a.m. today (Jan. 25, 2025)"), or ``None``.

    >>> glossed_today("North Korea fired missiles at 8 a.m. today (Jan. 25, 2025)."), glossed_today("today (or so)")
    (datetime.date(2025, 1, 25), None)
    """
    m = _GLOSSED_TODAY.search(text)
    return _full_date(m) if m else None


def is_date_line(line: str) -> bool:
    """Whether ``line`` holds nothing but a (labelled) date and a time: a header, not a claim."""
    return _DATE_LINE.fullmatch(line) is not None


# a byline ending with the date: "By BBC Verify, 22 April 2025", "By Staff | May 2, 2025"
_BYLINE = re.compile(rf"\s*[Bb]y\s[^\n]{{1,80}}?[,|–—-]\s*(?P<date>{_DATE}){_TIME}\s*")
# an agency's stamp, the time before the date: "Updated 6:12 PM AST, September 15, 2025"
_TIME_FIRST = re.compile(rf"\s*{_LABEL}\s*:?\s*\d{{1,2}}[:.]\d{{2}}\s*(?:[AaPp]\.?[Mm]\.?)?\s*(?:[A-Z]{{2,5}})?,?\s*(?P<date>{_DATE})\s*",
                         re.IGNORECASE)


# a stamp's other words: labels, "on", "by", "at", names (capitalised), time zones; no verb, no sentence
_STAMP_WORDS = {"on", "at", "by", "of", "and", "the", "staff", "published", "posted", "updated", "update", "issued",
                "released", "release", "media", "press", "last", "modified", "date", "dated", "am", "pm", "desk", "team",
                "newsroom", "bureau", "editors", "editor", "correspondent", "reporters", "reporter", "source", "author",
                "news", "item", "min", "read", "ago", "hours", "hour", "minutes", "days",
                # particles of names and places: "Ministerie van Defensie", "Toulon, le 15 mai 2025"
                "van", "von", "der", "de", "du", "la", "le", "da", "del"}
_ANY_DATE = re.compile(rf"(?P<date>{_DATE})", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_][\w'’.]*")
# a wire dateline on a line of its own: "TOKYO, Kyodo", "BEIRUT (AP)"
_DATELINE_ALONE = re.compile(r"\s*[A-Z][A-Z'’.-]{2,}(?: [A-Z][A-Z'’.-]+){0,2}(?:,\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?|"
                             r"\s+\([A-Za-z .]{1,20}\))\s*")
# or with the month it was filed and the paper's name (Darfur24's "Nyala, September (Darfur24)"), an agency and a date
# of a two-digit year (UNIAN's "UNIAN, 27.02.22"), a paper's name and its wire source ("Sudan Events – Agencies")
_SOURCE_ALONE = re.compile(rf"\s*(?:[A-Z][\w'’-]+(?: [A-Z][\w'’-]+){{0,2}},\s+{MONTH_PATTERN}(?:\s+\d{{1,2}})?\s+"
                           r"\([A-Z][\w .-]{1,30}\)|[A-Z]{2,10},\s+\d{1,2}\.\d{1,2}\.\d{2}|"
                           r"[A-Z][\w'’.&-]*(?: [A-Z][\w'’.&-]*){0,3}\s+[–—-]\s+(?:[Aa]gencies|[Ww]ires|[Nn]ewsroom))\s*")


# a place and the date, a period after it: "Wilhelmshaven, 16.12.2025."
_PLACE_COMMA_DATE = re.compile(rf"\s*[A-Z][\w .'’-]{{0,40}},\s*{_DATE}\.\s*")


def _stamp_line(line: str) -> bool:
    """A short line holding a full date among header words only: "Posted on 23 October 2025 by Navy Lookout
    staff", "Baqir Sajjad Syed | Published April 26, 2025", "COLOMBO, August 05, 2025 21:14 IST", "Update 1,
    08 Jul 2025 06:10 UTC", "Media release, 4 March 2025" — not a caption, not a sentence."""
    if len(line) > 100 or _CAPTION.match(line) or re.search(r"[.!?][\"'”’)]?\s*$", line) and \
            not re.search(r"\b[AaPp]\.[Mm]\.\s*$", line) and not _PLACE_COMMA_DATE.fullmatch(line):
        return False
    m = _ANY_DATE.search(line)
    if m is None or _full_date(m) is None:
        return False
    words = _WORD.findall(line[:m.start()] + " " + line[m.end():])
    labelled = [w for w in words if w.lower().rstrip(".") in _STAMP_WORDS]
    # other words are capitalised: a name, a place, a time zone — at most three without a label ("Russian Offensive
    # Campaign Assessment, March 1, 2025" is a title)
    return len(words) <= 7 and all(w in labelled or w[:1].isupper() for w in words) and \
        (bool(labelled) or len(words) <= 3) or _source_stamp(line, m) or _named_stamp(line)


def _named_stamp(line: str) -> bool:
    """A source's name, a bar, and a stamp: "Ministry of Defence | Posted On: 18 JUN 2025 5:32PM by PIB Delhi"."""
    name, bar, stamp = line.partition("|")
    words = _WORD.findall(name)
    return bool(bar) and "|" not in stamp and 0 < len(words) <= 5 and \
        all(w[:1].isupper() or w.lower() in _STAMP_WORDS for w in words) and _stamp_line(stamp.strip())


# a separator between a stamp's parts: "Naval News, 12 September 2025 — Alex Luck", "Source | Date | Author"
_MARK = r"[|•·—–]"
_PART_END = re.compile(rf"(?:{_MARK}|,|\s-)\s*$")
_PART_START = re.compile(rf"\s*(?:{_MARK}|,|-\s)")
_PARTS = re.compile(rf"\s*(?:{_MARK}|,|\s-\s)\s*")
_MARKED = re.compile(rf"{_MARK}|\s-\s")  # a separator other than a comma
_DATE_TIME = re.compile(rf"(?P<date>{_DATE}){_TIME}", re.IGNORECASE)
_FIELD_LABEL = re.compile(r"\s*(?:source|editor|author|by)\s*:", re.IGNORECASE)


def _source_stamp(line: str, found: re.Match) -> bool:
    """A source's or an author's name and a full date, each a part of its own between separators: "Naval News,
    12 September 2025 — Alex Luck", "RUSI Commentary | Sidharth Kaushal | 30 April 2025", "IDF Spokesperson's
    Unit | 07.07.2025", "gCaptain | October 6, 2025" — names only (capitalised words, "of", "the", "by"), at most
    two parts of five words beside the date."""
    m = _DATE_TIME.match(line, found.start()) or found
    before, after = line[:m.start()], line[m.end():]
    if before.strip() and not _PART_END.search(before) or after.strip() and not _PART_START.match(after):
        return False
    raw = [p for p in _PARTS.split(before + " | " + after) if _WORD.search(p)]
    parts = [_WORD.findall(p) for p in raw]
    if len(parts) == 1 and len(parts[0]) > 3 and not _MARKED.search(line):
        return False  # "Russian Offensive Campaign Assessment, March 1, 2025": a dated title, a claim
    return 0 < len(parts) <= 2 and all(
        len(words) <= 5 and (_FIELD_LABEL.match(text) is not None or  # "Editor: huaxia": a field, any case
                             all(w.lower().rstrip(".") in _STAMP_WORDS or any(c.isupper() for c in w) for w in words))
        for text, words in zip(raw, parts))


def is_header_line(line: str) -> bool:
    """Whether ``line`` is a header line: a date (and a time), a labelled date, a byline ending with a date, an
    agency's stamp ("Updated 6:12 PM AST, September 15, 2025"), a short line of a date among header words, or a
    wire dateline alone ("TOKYO, Kyodo") — never part of a headline's sentence.

    >>> [is_header_line(s) for s in ("Published 14 Nov 2025", "By BBC Verify, 22 April 2025", "Two ships docked.")]
    [True, True, False]
    >>> [is_header_line(s) for s in ("Posted on 23 October 2025 by Navy Lookout staff", "TOKYO, Kyodo",
    ...                              "Figure 1: Mischief Reef on 28 August 2025.", "Ships left Tartus on 3 May 2025")]
    [True, True, False, False]
    """
    return is_date_line(line) or bool(_BYLINE.fullmatch(line) or _TIME_FIRST.fullmatch(line)) or \
        _stamp_line(line) or bool(_DATELINE_ALONE.fullmatch(line) or _SOURCE_ALONE.fullmatch(line))


def labelled_date_before(text: str, line_start: int, start: int) -> bool:
    """Whether a date found at ``start`` is the one after a publication label on its line (``Published: …``)."""
    return any(m.start("date") <= start < m.end("date") for m in _LABELLED.finditer(text, line_start, start + 60))


def update_stamps(text: str, published: date) -> list[tuple[int, date]]:
    """``(offset, date)`` of the dated header lines later than the publication ("Update 1, 08 Jul 2025 06:10 UTC"
    in a warning published on 7 July): what "yesterday" and "today" below each count from."""
    out = []
    for line in re.finditer(r"[^\n]+", text):
        if len(line.group()) <= 100 and is_header_line(line.group()) and \
                (when := header_date(line.group(), 1)) is not None and when > published:
            out.append((line.end(), when))
    return out
