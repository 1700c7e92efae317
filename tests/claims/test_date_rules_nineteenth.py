"""A year written once after a list of dates (session 19, issue 11): "in April and May 2024", "on 3 and 4 May
last year", "from March to early May 2024" give every date of the list that year, and "November 6 last year" is
one date, not a day and a year; "at 10 a.m. Tuesday" (AP style) is that Tuesday."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.dates import find_dates


def _labels(text: str) -> list[str]:
    return [f"{d.label}|{d.precision}" for d in find_dates(text, date(2025, 6, 20))]


@pytest.mark.parametrize("text, expected", [
    ("The frigate called at Souda Bay in April and May 2024.", ["2024-04|month", "2024-05|month"]),
    ("The frigate called at Souda Bay in April and in May last year.", ["2024-04|month", "2024-05|month"]),
    ("Between March and May 2024 the ship was in dock.", ["2024-03|month", "2024-05|month"]),
    ("The frigate called at Souda Bay on 3 and 4 May last year.", ["2024-05-03|day", "2024-05-04|day"]),
    ("The frigate called at Souda Bay on 3-4 May last year.", ["2024-05-03|day", "2024-05-04|day"]),
    ("The ship docked in Tartus on November 6 last year.", ["2024-11-06|day"]),
    ("The ship docked in Tartus on 6 November last year.", ["2024-11-06|day"]),
    ("The ship will return on 3 May next year.", ["2026-05-03|day"]),
    # no list: a month and a year apart keep their own readings
    ("In April and in 2024 it sailed.", ["2025-04|month", "2024|year"]),
    ("The ship sailed in April; 2024 was a quiet year.", ["2025-04|month"]),
])
def test_a_year_after_a_list_of_dates(text, expected):
    assert _labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Imagery shows the carrier at Qingdao at 10 a.m. Tuesday.", ["2025-06-17|day"]),
    ("The drone hit the depot around 3:30 p.m. Sunday.", ["2025-06-15|day"]),
    ("The ship left at 10 a.m. on Tuesday.", ["2025-06-17|day"]),
])
def test_a_time_before_the_weekday(text, expected):
    assert _labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    # a duration's start gives no year to a date after it
    ("Two corvettes have remained at Ream since December 2023, imagery collected on June 2 shows.",
     ["2023-12|month", "2025-06-02|day"]),
    ("In 2024, the tanker arrived on Oct. 19.", ["2024|year", "2024-10-19|day"]),
    # a schedule in the present tense is ahead
    ("The exercise runs until May 9.", ["2026-05-09|day"]),
    ("The exercise ran until May 9.", ["2025-05-09|day"]),
])
def test_since_and_a_schedule(text, expected):
    assert _labels(text) == expected


def test_a_publications_dateline_is_no_date_of_the_claim():
    from annotate.claims.sentences import sentence_spans
    text = "Naval News, 14 May 2026 — TKMS cut the first steel in Kiel on 12 May."
    assert [text[a:b] for a, b in sentence_spans(text)] == ["TKMS cut the first steel in Kiel on 12 May."]
