"""Years the fifteenth held-out set wrote in shapes the rules did not read (session 18, issue 11): after "until",
"to", "before", "after"; as an attribute ("a 2023 attack", "a 1990 agreement"); at a timeline entry's start; and
a two-city wire dateline's date is the report's, not the claim's."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.dates import find_dates


def _labels(text: str) -> list[str]:
    return [f"{d.label}|{d.precision}" for d in find_dates(text, date(2026, 6, 1))]


@pytest.mark.parametrize("text, expected", [
    ("The submarine is in refit at Brest until 2027.", ["2027|year"]),
    ("The UAE ran a military base at Assab until 2021.", ["2021|year"]),
    ("The agreement was extended to 2035.", ["2035|year"]),
    ("The base was abandoned before 1995 and reopened after 2015.", ["1995|year", "2015|year"]),
    ("The video in fact showed a 2023 attack on Izmail.", ["2023|year"]),
    ("Singapore renewed a 1990 agreement in 2019.", ["1990|year", "2019|year"]),
    ("2019 – The United States and Greece sign an agreement.", ["2019|year"]),
    # quantities are no years
    ("The convoy drove a 2000 km route.", []),
    ("About 2000 troops took part.", []),
])
def test_years_in_more_shapes(text, expected):
    assert _labels(text) == expected


def test_days_later_count_from_the_last_day_not_a_coarser_date_between():
    text = ("The inspections began on October 28, when officials boarded a tanker that had loaded crude in "
            "mid-October. A second tanker was stopped off Skagen two days later.")
    assert [f"{d.label}|{d.precision}" for d in find_dates(text, date(2026, 11, 3))] == \
        ["2026-10-28|day", "mid October 2026|part-of-month", "2026-10-30|day"]
