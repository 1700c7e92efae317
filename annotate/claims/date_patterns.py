"""The words and patterns dates are written with: month and weekday names, counts, seasons, holidays, and the
regular expressions ``dates.find_dates`` reads each kind of date mention with (its resolution stays there)."""

from __future__ import annotations

import calendar
import re

_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|" \
         r"Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?|" \
         r"JAN|FEB|MAR|APR|MAY|JUN|JUL|AUG|SEPT?|OCT|NOV|DEC)"  # capitals: UKMTO, NAVTEX ("on 05 JUL")
_SEASONS = {"spring": (3, 3), "summer": (6, 3), "autumn": (9, 3), "fall": (9, 3), "winter": (12, 3)}
_NUMBERS = {"a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
            "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
            "fifteen": 15, "twenty": 20, "thirty": 30, "several": 3, "a few": 3, "few": 3,
            "a couple of": 2}  # "a couple of days ago"
# the words a relative date counts with ("eleven days later"; "few" only after "a")
_COUNT_WORDS = "|".join(sorted((w for w in _NUMBERS if w != "few"), key=len, reverse=True))
_WEEKDAYS = {d.lower(): i for i, d in enumerate(calendar.day_name)}
_HOLIDAYS = {"Christmas Day": (12, 25), "Christmas Eve": (12, 24), "New Year's Day": (1, 1), "New Year's Eve": (12, 31),
             "Boxing Day": (12, 26)}
_WEEKDAY = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# a two-digit year after a short month, as in Indian releases and NAVAREA warnings ("on 24 Mar 25", "08 TO 12 SEP
# 25"), only where no noun follows it ("on 5 May 20 ships left" counts ships)
_TWO_DIGIT_YEAR = (r"(?<=[a-zA-Z.])(?<![a-z]{4})\s+(?P<yy>[0-3]\d)(?![\d:])"
                   r"(?=\s*(?:[,.;:)]|$|\s+(?i:for|at|in|on|to|and|after|before|from|when|while|until)\b))")
# the space inside a date: a line break of wrapped text, never a blank line ("on 30 Aug.\n\n2/ The Tu-95s": the
# next numbered post is no day of August)
_GAP = r"(?=\s)[^\S\n]*(?:\n[^\S\n]*)?"
# not a group named after a day: Libya's "17 February Brigade", Congo's "23 March Movement"
_NO_GROUP = r"(?!(?:,?\s+(?:19|20)\d\d)?\s+(?:Brigades?|Battalions?|Movement|Revolution|Regiment|Coalition|Martyrs)\b)"
# "on November 6 last year": the day in the year before (after) publication's, one date
_DAY_YEAR_REL = r"\s+(?:of\s+)?(?P<dyrel>last|this|next)\s+year"

# a part of a month: "early", "mid", "late", "the end of" …
_PART = (r"\b(?P<part>early|mid|late|the end of|the beginning of|the start of|the middle of|"
         r"the (?:first|second|latter) half of)")
_PATTERNS = [
    ("iso", r"\b(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b"),
    # day.month.year, as in European government statements ("18.05.2025"); day/month/year only when the
    # day cannot be a month ("18/05/2025"), since "05/06/2025" is read both ways
    ("dmy", r"\b(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y2>(?:19|20)\d\d)\b|"
            r"\b(?P<d3>1[3-9]|2\d|3[01])/(?P<m3>0?[1-9]|1[0-2])/(?P<y3>(?:19|20)\d\d)\b|"
            # and without its year after a preposition, as in Russian and Ukrainian posts ("photo from 20.07")
            r"(?:(?<=\bfrom )|(?<=\bon )|(?<=\bdated )|(?<=\())(?P<d4>0[1-9]|[12]\d|3[01])\.(?P<m4>0[1-9]|1[0-2])"
            r"(?![\d.]\d|\s*(?:%|m\b|km\b|metres|meters|per\b|percent|tonnes|tons|knots|hours|mm\b))\b"),
    # "in the week of May 5": that week
    ("day", rf"\b(?P<day>[0-3]?\d)\s+{_MONTH}{_TWO_DIGIT_YEAR}"),  # "24 Mar 25": before "Mar 25" is read as a day
    # a military date-time group: day, hour and minute, Z, month, two-digit year ("121500Z SEP 25")
    ("day", rf"\b(?P<day>[0-3]\d)\d{{4}}Z\s+{_MONTH}\s+(?P<yy>\d\d)\b"),
    ("weekof", rf"\bweek\s+of\s+{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"),
    ("weekof", rf"\bweek\s+of\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"),
    # "in the week to November 16", "the seven days ending 16 November": the week that ends on that day
    ("weekto", rf"\bthe\s+(?:week|seven\s+days)\s+(?:to|ending|ended|through)\s+{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
               r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"),
    ("weekto", rf"\bthe\s+(?:week|seven\s+days)\s+(?:to|ending|ended|through)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}"
               r"(?:,?\s+(?P<year>(?:19|20)\d\d))?\b"),
    ("day", rf"\b{_MONTH}{_GAP}(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?:,?{_GAP}(?P<year>(?:19|20)\d\d)|{_DAY_YEAR_REL})?\b"
            r"(?=\s*(?:-|–|to|through)\s*[0-3]?\d,?\s+(?P<ryear>(?:19|20)\d\d)\b)?"),  # "October 3-7, 2024"
    # (not a group named after a day: Libya's "17 February Brigade", Congo's "23 March Movement")
    ("day", rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?{_GAP}(?:of\s+)?{_MONTH}{_NO_GROUP}(?:,?{_GAP}(?P<year>(?:19|20)\d\d)|"
            rf"{_DAY_YEAR_REL})?\b"),
    ("part", rf"{_PART}[\s-]+{_MONTH}"
             rf"(?:,?\s+(?P<year>(?:19|20)\d\d)|\s+(?:of\s+)?(?P<pyrel>last|this|next)\s+year)?\b"),  # "mid-July this year"
    # "at the end of last month", "early this month": that part of the month before (of) publication's
    ("partrel", rf"{_PART}[\s-]+(?P<prel>last|this|next)\s+month\b"),
    ("season", r"\b(?:(?P<rel>last|this|next|past)\s+)?(?:the\s+)?(?P<season>spring|summer|autumn|fall|winter)"
               r"(?:\s+(?:of\s+)?(?P<year>(?:19|20)\d\d))?\b(?!\s+of\s+(?!(?:19|20)\d\d))"),  # not "the fall of Assad"
    # "in January last year", "March of next year": that month of the year before (after) publication's
    # ("in January that year", "April of that same year", "December of the same year": that month of the year of the
    # date before it)
    ("monthyear", rf"\b{_MONTH}\s+(?:of\s+)?(?P<myrel>last|this|next|that(?:\s+same)?|the\s+same)\s+year\b"),
    # "next September", "last March": the next (latest) such month after (before) publication's
    ("relmonth", rf"\b(?P<mrel>[Nn]ext|[Ll]ast|[Cc]oming)\s+{_MONTH}\b"),
    # the first day of a range: "between 8 and 12 September", "8-12 Sept." (the second is a day of its own)
    # (or of a list: "on 17, 24 and 31 January")
    ("rangestart", r"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?(?=(?:\s*,\s*[0-3]?\d(?:st|nd|rd|th)?)*"
                   r"\s*,?\s*(?:and|to|TO|-|–|through)\s*[0-3]?\d(?:st|nd|rd|th)?\s+"
                   rf"(?:of\s+)?{_MONTH}(?:,?\s+(?P<year>(?:19|20)\d\d)|{_TWO_DIGIT_YEAR})?\b)"),
    # the last day of a range: "September 8-12", "Sept. 8 to 12" (counted in the month of the day before it)
    # or "Nov. 1 and 2" when no noun follows ("on May 5 and 6 destroyers sailed" counts ships)
    # (or a list's next day: "January 17, 24 and 31", not "January 17, 24 people")
    ("rangeend", r"(?<=\d)\s*(?:,(?=\s*[0-3]?\d(?:\s*,\s*[0-3]?\d)*\s*,?\s*(?:and|or)\s*[0-3]?\d\b)|"
                 r"-|–|to|through|and(?=\s*[0-3]?\d\b(?!\s+(?!(?:after|before|in|at|on|when|as|and|to|from|with|while|but|respectively|for|during|over|near|off|show|shows|were|was|are|is|taken|seen|[a-z]+ed)\b)[a-z])))\s*(?P<rend>[0-3]?\d)\b(?![\d%:.,]\d|\s*(?:km|nm|kilomet|miles?|nautical|per\b|%|percent|ships?|vessels?|boats?|"
                 r"aircraft|planes?|jets?|tonnes?|tons?|metres?|meters?|feet|hours?|days?))"),
    # (not a submarine class named by NATO's alphabet: "two of the November class")
    ("month", rf"\b{_MONTH}{_NO_GROUP}(?:,?\s+(?P<year>(?:19|20)\d\d))?\b(?![\s-]+class\b)"),
    ("year", r"\b(?:in|of|since|during|by|early|late|mid|between|from|until|till|to|before|after|through)[\s-]+"
             r"(?:at\s+least\s+|as\s+early\s+as\s+)?(?P<year>(?:19|20)\d\d)\b"),  # "since at least 2019"
    # a year as an attribute ("a 2023 attack", "the 1990 agreement"), not a quantity ("a 2000 km trip"); a
    # timeline's entry ("2019 – The United States and Greece sign …")
    ("year", r"\b(?:a|an|the|its|their|his|her)\s+(?P<year>(?:19|20)\d\d)(?=\s+(?!(?:km|kilometres|kilometers|"
             r"miles|nm|metres|meters|feet|ft|tons|tonnes|t|people|troops|men|soldiers|sailors)\b)[a-z])"),
    ("year", r"(?m)^(?P<year>(?:19|20)\d\d)(?=\s*[–—-]\s)"),
    # the second year of a pair or range: "in 2023 and 2024", "between 2014 and 2016", "from 2019 to 2021"
    ("year", r"(?<=(?:19|20)\d\d)\s+(?:and|or|to|through|until)\s+(?P<year>(?:19|20)\d\d)\b"),
    ("named", r"\b(?P<named>yesterday|today|last week|last month|last year|this week|this month|this year|"
              r"next year|next week|next month|this morning|this afternoon|this evening|tonight|last night|"
              # a breaking report's own moment: "announced minutes ago"
              r"(?:a\s+few\s+|several\s+|\d{1,2}\s+)?(?:minutes|moments)\s+ago)\b"),
    # "on Monday", "Last Monday,", "late on Sunday", "since Tuesday", "Monday's strike", "Sunday night"
    ("weekday", r"(?:\b(?i:on|last|this|next|since|until|by|into|from|between|overnight|early\s+on|late\s+on|early|late|"
                r"(?:the\s+)?(?:early|small)\s+hours\s+of|(?:the\s+)?(?:morning|night|evening|afternoon)\s+of)\s+(?P<weekday>" + _WEEKDAY + r")\b|"
                # the second day of a pair or range: "on Saturday and Sunday", "between Monday and Wednesday"
                r"(?<=day)(?:,\s+|,?\s+(?:and|or|to|through|until)\s+)(?P<weekday4>" + _WEEKDAY + r")\b|"
                r"\b(?P<weekday2>" + _WEEKDAY + r")(?:['’]s\b|\s+(?i:morning|afternoon|evening|night)\b)|"
                # AP style, no "on": "police said Saturday", "state media reported Saturday"
                # and after other verbs: "satellite imagery showed Monday", "the ship arrived Sunday"
                r"\b(?i:said|says|told|shows?|showed|saw|left|flew|sank|struck|held|began|came|went|met|taken|seen|shown|"
                r"took\s+place|[a-z]{2,}ed)\s+(?P<weekday3>" + _WEEKDAY + r")\b|"
                # a time before the day, AP style: "at 10 a.m. Tuesday", "around 3:30 p.m. Sunday"
                r"\b\d{1,2}(?::\d\d)?\s*(?:a\.m\.|p\.m\.|am|pm)\s+(?P<weekday5>" + _WEEKDAY + r")\b|"
                # the day as an event's attribute: "The Saturday test", "the Friday strike on the port"
                r"\b(?i:the)\s+(?P<weekday6>" + _WEEKDAY + r")\s+(?=(?:[a-z-]+\s+)?(?:test|launch|strike|attack|raid|"
                r"explosion|blast|fire|incident|flight|visit|drill|exercise|images?|imagery|photos?|pictures?)\b))"),
    ("holiday", r"\b(?P<holiday>Christmas Day|Christmas Eve|New Year's Day|New Year’s Day|New Year's Eve|"
                r"New Year’s Eve|Boxing Day)\b"
                # (not when its date follows: "on Christmas Day, December 25, 2003" is that day, not last Christmas)
                r"(?!,?\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d|\d{1,2}\s+"
                r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)))"),
    # (not the end of a range: "two to three weeks earlier" names no one date; nor a bound: "less than a week after")
    ("relative", r"(?<!\bto )(?<!\bor )(?<!\bthan )\b(?P<count>" + _COUNT_WORDS + r"|\d{1,2})\s+"
                 r"(?P<unit>day|days|week|weeks|fortnight|fortnights|month|months|year|years)\s+"
                 r"(?P<dir>later|earlier|before|after|ago)\b"),
    # "added the following year" (not "over the following year": a duration, no date)
    ("next", r"(?<!\bover )(?<!\bduring )(?<!\bwithin )(?<!\bthroughout )\bthe\s+(?P<nextunit>next|following|previous)\s+"
             r"(?P<unit2>day|week|month|year|morning|afternoon|evening|night)\b"),
    # (not an anniversary: "two years to the day after the last C-130 left")
    ("beforeafter", r"(?<!\bto\s)\bthe\s+(?P<unit3>day|week|month)\s+(?P<ba>before|after)\b"),
    ("same", r"\b(?:the\s+same|that|(?:earlier|later)\s+in\s+the(?=\s+(?:day|afternoon|evening|night)\b))\s+(?P<unit4>day|week|month|date|morning|afternoon|evening|night)\b"),
    # "earlier in the month", "later that week", "earlier this month": the anchor's (publication's) month
    ("within", r"\b(?:earlier|later)\s+(?P<this>in\s+the|this|that)\s+(?P<unit5>week|month|year)\b"),
    # "over the past day", "in the last 24 hours": the day before publication
    ("pastday", r"\b(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?:day|24\s+hours|twenty-four\s+hours)\b"),
    ("yearend", r"\b(?:the\s+)?end\s+of\s+(?:the|this)\s+year\b|\byear[\s-]end\b"),
    ("ordinal", r"\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Ss]ince)\s+the\s+(?P<ordinal>[0-3]?\d)(?:st|nd|rd|th)\b(?!\s+(?:of\s+)?[A-Z])"),
]
_COMPILED = [(kind, re.compile(p, re.IGNORECASE if kind in ("season", "named", "relative", "next", "year", "part",
                                                              "partrel", "beforeafter", "same", "yearend", "within", "pastday") else 0)) for kind, p in _PATTERNS]
