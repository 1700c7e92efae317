"""Whether a date's own clause speaks of the future ("is expected to arrive in May") or the past.

A year-less date resolves to the latest such date on or before publication unless its clause is in the future
tense; this module answers only that question, for :func:`annotate.claims.dates.find_dates`.
"""

from __future__ import annotations

import re

__all__ = ["IRREGULAR_PAST", "is_future", "is_future_in_past"]

_FUTURE = re.compile(r"\b(?:(?:will|would|shall|should|won't)(?:\s+(?:not\s+)?(?:be|have)(?:\s+been)?\s+\w+)?|(?:is|are)(?:\s+not)?\s+(?:expected|scheduled|due|set|slated|planned|going)\s+to\s+"
                     r"(?:be|have)(?:\s+been)?\s+\w+|"  # "is due to be delivered in the autumn": not the past participle's
                     r"(?:is|are|was|were)(?:\s+not)?\s+(?:expected|scheduled|due|set|slated|"
                     r"planned|going)\s+to|(?:is|are)\s+due|plans?\s+to|intends?\s+to|upcoming|forthcoming|"
                     r"(?:is|are)\s+(?:likely|unlikely|poised)\s+to|"
                     # "the carrier group is expected in Tokyo Bay in September"; a schedule: "the visit ends on Monday"
                     r"(?:is|are)\s+(?:expected|scheduled|slated)|(?:ends|begins|starts|opens|closes|resumes|concludes)\s+on|"
                     r"(?:runs|lasts|continues)\s+(?:until|till|through)|"
                     # present-tense expectation: "the military expects another test in May"
                     r"expects?|anticipates?|predicts?|forecasts?|foresees?|aims?\s+to|hopes?\s+to|"
                     r"expected\s+(?!to\b)(?:\w+\s+){1,4}to\s+[a-z]+|"
                     r"(?:is|are)\s+(?:preparing|about)\s+to|"
                     # "the airfield is to be rebuilt … in October", "similar bases are to follow"
                     r"(?:is|are)(?:\s+not)?\s+to\s+(?:be\s+\w+(?:\s+and\s+\w+)?|follow|begin|start|open|arrive|resume)|"
                     # "joint drills planned for September"
                     # ("a weekly flight … is planned from Sunday")
                     r"(?:planned|scheduled|slated)\s+(?:for|from))\b", re.IGNORECASE)
# verbs in the past that do not end in -ed: what makes a clause past here, and a country's name before one a noun
# ("The U.S. sent", not "US forces"; see place_context)
IRREGULAR_PAST = ("sent|left|came|saw|took|began|went|flew|held|made|told|lost|fell|struck|sank|caught|ran|broke|"
                  "shot|fought|led|met|kept|brought|built|spent|stood|threw|withdrew|gave|got|found|heard|drove|rode|"
                  "hit|sought|bought|swept|fled|stole|froze|wrote|chose|rose|drew|sold|won|paid|spoke|became")
_PAST = re.compile(r"\b(?:was|were|had|did|\w{3,}ed|said|spotted|seen|shown|arrived|moored|berthed|docked|sailed|"
                   r"returned|departed|ago|" + IRREGULAR_PAST + r")\b", re.IGNORECASE)


_ATTRIBUTION = re.compile(r",\s+(?:[\w.'’-]+\s+){0,5}(?:said|says|told\s+[\w.'’-]+|reported|added|announced|stated|"
                          r"confirmed)\s*$", re.IGNORECASE)
_ATTRIBUTIVE = re.compile(r"\b(?:the|a|an|its|their|his|her|this|that|these|those|our|your)\s+$", re.IGNORECASE)
# "left Severodvinsk in late October and is expected to join …": a second verb phrase after "and", with an auxiliary
# of its own, is a clause of its own
# (and a clause of time after a comma: "began attacking the airport on Tuesday, just as it was due to reopen")
_CLAUSE_CUT = re.compile(r";|:|\s[—–]\s|,\s+(?:but|while|whereas|and|just\s+as|just\s+before|just\s+after)\s|"
                         r"\sand\s+(?=(?:(?:is|are)\s+(?:expected|due|scheduled|set|slated|planned|likely|poised)|"
                         r"was|were|will|would|has|have|had)\s)")
# a relative clause between commas: "the tanker Eventin, which lost power on Friday, will be towed" — its own tense
_RELATIVE = re.compile(r",\s+(?:which|who|where|that)\s")
# a deadline: "no later than July 10"
_DEADLINE_BEFORE = re.compile(r"\b(?:no|not)\s+later\s+than\s+$", re.IGNORECASE)
# a deadline given: "has given the US until 15 September to remove its troops" — the date, then what must be done
_UNTIL_BEFORE = re.compile(r"\b(?:giv(?:e|es|en|ing)|gave|has|have|had)\s+(?:[\w'’.-]+\s+){0,4}until\s+$",
                           re.IGNORECASE)
_TO_DO_AFTER = re.compile(r",?\s+to\s+(?!the\b|a\b|an\b)[a-z]+\b")
_RELATIVE_WORD = re.compile(r"\b(?:which|who|that|where|when)\b")


_CLAUSE_REACH = 1200  # characters: twice the longest sentence the splitter keeps (MAX_SENTENCE)


def _clause_around(text: str, start: int, end: int) -> tuple[str, int]:
    """The clause holding a date — its sentence cut at ';', ':', ' — ', ', but/while/whereas/and' — and
    where the date starts in it."""
    # (searched within _CLAUSE_REACH of the date: a text without punctuation or line breaks stays linear)
    lo, hi = max(0, start - _CLAUSE_REACH), min(len(text), end + _CLAUSE_REACH)
    left = max(max(text.rfind(c, lo, start) for c in ".!?\n") + 1, lo)
    right = min((i for i in (text.find(".", end, hi), text.find("\n", end, hi)) if i >= 0), default=hi)
    sentence, at = text[left:right], start - left
    cuts = [(m.start(), m.end()) for m in _CLAUSE_CUT.finditer(sentence)]
    lo = max((b for _, b in cuts if b <= at), default=0)
    hi = min((a for a, _ in cuts if a >= at), default=len(sentence))
    relative = list(_RELATIVE.finditer(sentence, lo, at))
    if relative and (close := sentence.find(",", at + end - start, hi)) >= 0:
        lo, hi = relative[-1].start() + 1, close
    return sentence[lo:hi], at - lo


def is_future(text: str, start: int, end: int) -> bool:
    """Future tense in the date's own clause ("is expected to arrive in May"); a past-tense clause ("docked
    at the base on May 18") is past even beside a future one."""
    clause, at = _clause_around(text, start, end)
    if (said := _ATTRIBUTION.search(clause, at + end - start)) is not None:
        clause = clause[:said.start()]  # "…, the manager said": who said it, not when it happens
    at_end = at + end - start
    # a future verb after the date in a relative clause of its own is not the date's ("left Guam on Tuesday for a
    # deployment that will take it to Diego Garcia")
    spans = [(m.start(), m.end()) for m in _FUTURE.finditer(clause)
             if m.start() < at or not _RELATIVE_WORD.search(clause, at_end, m.start())]
    if _UNTIL_BEFORE.search(clause, max(0, at - 60), at) and _TO_DO_AFTER.match(clause, at_end):
        return True  # "has given the US until 15 September to remove its troops": a deadline, still to come
    if not spans:
        return False
    if _DEADLINE_BEFORE.search(clause, max(0, at - 24), at):
        return True  # "We will have all personnel moved no later than July 10": a deadline of a future clause
    past = [(m.start(), m.end()) for m in _PAST.finditer(clause) if not any(a <= m.start() < b for a, b in spans)
            and not _ATTRIBUTIVE.search(clause, 0, m.start())]  # "the damaged ship": an adjective, not a verb
    # the verb nearest the date decides ("the frigate, which will be retired, docked on May 18": past; "will be
    # held on May 21, the manager said": future)

    def gap(a: int, b: int) -> int:
        return at - b if b <= at else a - at_end if a >= at_end else 0

    nearest_future = min(gap(a, b) for a, b in spans)
    return not past or nearest_future <= min(gap(a, b) for a, b in past)


# a plan as it stood: "because it was due to be commissioned in December" (said in November: this December),
# "was expected to be commissioned in May but was delayed" (said in June: last May)
_FUTURE_IN_PAST = re.compile(r"\b(?:was|were)(?:\s+not)?\s+(?:expected|scheduled|due|set|slated|planned|supposed)\s+to\b",
                             re.IGNORECASE)


def is_future_in_past(text: str, start: int, end: int) -> bool:
    """Whether the date's own clause speaks of a plan as it stood ("was due to be commissioned in December"): the
    date is then the nearest of its name to the publication, before or after."""
    clause, at = _clause_around(text, start, end)
    return bool(_FUTURE_IN_PAST.search(clause, 0, at))
