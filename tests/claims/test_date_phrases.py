"""Date phrases met in the fifth held-out set's styles, each tested on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.dates import find_dates

PUBLISHED = date(2025, 10, 15)  # a Wednesday


def labels(text: str, published: date = PUBLISHED) -> list[str]:
    return [f"{m.label}|{m.precision}" for m in find_dates(text, published)]


@pytest.mark.parametrize("text, expected", [
    ("Between 3 and 7 October, the port handled 30 ships.", ["2025-10-03|day", "2025-10-07|day"]),
    ("From 3 to 7 October the frigates exercised.", ["2025-10-03|day", "2025-10-07|day"]),
    ("The drills ran October 3-7 off the coast.", ["2025-10-03|day", "2025-10-07|day"]),
    ("On October 3-7, 2024 the drills ran.", ["2024-10-03|day", "2024-10-07|day"]),
    ("On October 3, 12 ships sailed.", ["2025-10-03|day"]),  # a count after a date is no range
    ("On October 3-12 ships sailed.", ["2025-10-03|day"]),
])
def test_day_ranges_give_both_days(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The exercise is planned for next September.", ["2026-09|month"]),
    ("The exercise will take place next November.", ["2025-11|month"]),
    ("The base was last used in strength last March.", ["2025-03|month"]),
    ("The base was busier last November.", ["2024-11|month"]),
])
def test_next_and_last_month_are_the_nearest_such_month_after_or_before_publication(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Over the past day, nine ships passed the strait.", ["2025-10-14|day"]),
    ("In the last 24 hours, two tankers left the port.", ["2025-10-14|day"]),
    ("The ship had been anchored off the island earlier in the month.", ["2025-10|month"]),
    ("On 2 September a tanker arrived; it left later that month.", ["2025-09-02|day", "2025-09|month"]),
    ("Imagery from Monday shows smoke over the depot.", ["2025-10-13|day"]),
])
def test_relative_periods(text, expected):
    assert labels(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The launch ceremony will be held at the port on October 28, the manager said.", ["2025-10-28|day"]),
    ("The destroyer will have been delivered by November 2, officials said.", ["2025-11-02|day"]),
    ("He said on October 28 that the ship will sail.", ["2024-10-28|day"]),  # the saying is past
    ("The frigate, which will be retired, docked on October 28.", ["2024-10-28|day"]),
])
def test_a_future_participle_is_future_and_the_nearest_verb_decides(text, expected):
    assert labels(text) == expected


def test_both_days_of_a_range_in_a_future_clause_are_ahead():
    assert labels("The drills will run between 8 and 12 September.") == ["2026-09-08|day", "2026-09-12|day"]


# added after the sixth held-out scoring
@pytest.mark.parametrize("text, published, expected", [
    # a negated expectation is still about the future
    ("Carriers are not expected to return before the summer.", date(2025, 3, 4), ["summer 2025|season"]),
    # a relative clause between commas has its own tense: the past event, not the towing to come
    ("The tanker Eventin, which lost power off Rügen on Friday, will be towed to Sassnitz.", date(2025, 1, 11),
     ["2025-01-10|day"]),
    # "on the same date" is the last day written, not a month in between
    ("Imagery from 17 February shows a landing ship. A pier under construction since June 2024 is longer. "
     "The nearby port handled three ships on the same date.", date(2025, 3, 3),
     ["2025-02-17|day", "2024-06|month", "2025-02-17|day"]),
])
def test_sixth_set_phrases(text, published, expected):
    assert labels(text, published) == expected


# added after the eighth held-out scoring
@pytest.mark.parametrize("text, published, expected", [
    ("A fortnight earlier, the tanker had loaded at Primorsk.", date(2025, 11, 26), ["week of 2025-11-12|week"]),
    ("Last Monday two tankers left. A fortnight earlier, a third had been boarded.", date(2025, 11, 26),
     ["2025-11-24|day", "week of 2025-11-10|week"]),
    ("Satellite images from this morning show a fire at the terminal.", date(2025, 7, 20), ["2025-07-20|day"]),
    ("Explosions were heard at the port last night.", date(2025, 7, 20), ["2025-07-19|day"]),
    # "earlier in the week": the anchor's week, from its Monday, as "this week" is
    ("The carrier anchored on Wednesday after exercises off Cyprus earlier in the week.", date(2025, 11, 14),
     ["2025-11-12|day", "week of 2025-11-10|week"]),
    # a weekday without "on" after a verb (Yonhap, AP)
    ("The destroyer was moved to a dry dock, satellite imagery showed Monday.", date(2025, 6, 2), ["2025-06-02|day"]),
    ("The frigate arrived Sunday at the base.", date(2025, 6, 4), ["2025-06-01|day"]),
    # a present expectation without "to", and a scheduled present, are about the future
    ("The carrier group is expected in Tokyo Bay in September.", date(2025, 8, 14), ["2025-09|month"]),
    ("The visit ends on Monday.", date(2025, 11, 14), ["2025-11-17|day"]),
    # "Nov. 1 and 2": both days; "on May 5 and 6 destroyers" counts ships
    ("Dewey transited the strait on Nov. 1 and 2.", date(2025, 11, 3), ["2025-11-01|day", "2025-11-02|day"]),
    ("On May 5 and 6 destroyers sailed.", date(2025, 6, 1), ["2025-05-05|day"]),
])
def test_eighth_set_phrases(text, published, expected):
    assert labels(text, published) == expected


# added after the ninth held-out scoring
@pytest.mark.parametrize("text, published, expected", [
    # a future day whose past reading fell in a leap year: "28 February" of 2024 ends on the 29th
    ("The survey ship is expected to leave on February 28.", date(2025, 2, 22), ["2025-02-28|day"]),
    # UKMTO and NAVTEX capitals, with a day; a capital month alone is not read
    ("A cargo ship was attacked near Aden on 05 JUL and reported minor damage.", date(2025, 7, 6), ["2025-07-05|day"]),
    ("THE TANKER MAY SAIL.", date(2025, 7, 6), []),
    # the second day of a pair, and a range of weekdays that ends before it starts in the paper's week
    ("Four fighters arrived on Saturday and Sunday.", date(2025, 6, 16), ["2025-06-14|day", "2025-06-15|day"]),
    ("Two tankers anchored off the cape between Monday and Wednesday.", date(2025, 11, 17),
     ["2025-11-10|day", "2025-11-12|day"]),
    # "for a week": how long, not when
    ("The tanker loitered for a week before it sailed on November 13.", date(2025, 11, 14), ["2025-11-13|day"]),
    # "the same afternoon": the anchor's day
    ("The corvette was launched on May 10 and towed to the quay the same afternoon.", date(2025, 5, 12),
     ["2025-05-10|day", "2025-05-10|day"]),
    # a boat's name holding a month and a day
    ("The boat, the Unaizah May 4, suffered damage to its bow.", date(2025, 8, 14), []),
    ("The supply ship Julie May 12 docked.", date(2025, 8, 14), []),
    ("The frigate docked on the May 12 holiday.", date(2025, 8, 14), ["2025-05-12|day"]),
])
def test_ninth_set_phrases(text, published, expected):
    assert labels(text, published) == expected


# added after the tenth held-out scoring
@pytest.mark.parametrize("text, published, expected", [
    ("Strikes hit the port in 2022 and 2023.", PUBLISHED, ["2022|year", "2023|year"]),
    ("The yard built four corvettes between 2017 and 2019.", PUBLISHED, ["2017|year", "2019|year"]),
    ("The drills ran from 2019 to 2021.", PUBLISHED, ["2019|year", "2021|year"]),
    ("Jets struck the depot early Tuesday.", PUBLISHED, ["2025-10-14|day"]),
    ("Photos taken Monday show the ship.", PUBLISHED, ["2025-10-13|day"]),
    ("The carrier was in the Arabian Sea in the week of October 6.", PUBLISHED, ["week of 2025-10-06|week"]),
    ("The carrier sailed in the week of 6 October.", PUBLISHED, ["week of 2025-10-06|week"]),
    ("More launches should be expected before the anniversary on October 20.", PUBLISHED, ["2025-10-20|day"]),
    # an entry of a timeline dated in full: its year-less day is that year's, not publication's
    ("3 December 2023 — A tanker is hit; it sinks on 5 December.", date(2025, 10, 15),
     ["2023-12-03|day", "2023-12-05|day"]),
    ("30 December 2023 — The ship is hit; it sinks on 2 January.", date(2025, 10, 15),
     ["2023-12-30|day", "2024-01-02|day"]),
])
def test_tenth_set_phrases(text, published, expected):
    assert labels(text, published) == expected


def test_an_update_stamp_is_what_its_yesterday_counts_from():
    text = ("WARNING 12/2025\nDate: 07 Mar 2025 10:00 UTC\n\nA vessel reports an attack.\n\n"
            "Update 1, 09 Mar 2025 08:00 UTC\nThe vessel sank yesterday.")
    assert labels(text, date(2025, 3, 7))[-1] == "2025-03-08|day"


# added after the eleventh held-out scoring
@pytest.mark.parametrize("text, published, expected", [
    ("In January last year, drones struck the terminal.", date(2025, 1, 21), ["2024-01|month"]),
    ("The record was set in March of last year.", date(2025, 4, 1), ["2024-03|month"]),
    ("Steel will be cut in February next year.", date(2025, 9, 12), ["2026-02|month"]),
    # "on the 1st" after "31 October": the nearer 1st, not after publication
    ("Imagery from 31 October shows ships. A corvette patrolled on the 1st.", date(2025, 11, 4),
     ["2025-10-31|day", "2025-11-01|day"]),
    ("Imagery from 10 October shows ships. A corvette patrolled on the 1st.", date(2025, 11, 4),
     ["2025-10-10|day", "2025-10-01|day"]),
    ("The jets landed on April 2 and 3 after stops in Alaska.", date(2025, 4, 8), ["2025-04-02|day", "2025-04-03|day"]),
    ("The ship left on 4 February and reached the sound eleven days later.", date(2025, 3, 20),
     ["2025-02-04|day", "2025-02-15|day"]),
    ("The ministry said Tuesday it had tracked the carrier the previous evening.", date(2025, 6, 3),
     ["2025-06-03|day", "2025-06-02|day"]),
    ("The authority said it expected the queues to clear in September.", date(2025, 8, 21), ["2025-09|month"]),
    ("Congestion eases as diversions fall.", date(2025, 8, 21), []),
    ("Ships left in the fall of 2024.", date(2025, 8, 21), ["autumn 2024|season"]),
])
def test_eleventh_set_phrases(text, published, expected):
    assert labels(text, published) == expected


@pytest.mark.parametrize("text, expected", [
    # a year in an aside between commas is no year for a date after it; a year leading the sentence is
    ("The tanker Sea Lord, sanctioned by the U.S. Treasury in 2024, arrived on Oct. 19 and left four days later.",
     ["2024|year", "2025-10-19|day", "2025-10-23|day"]),
    ("In 2024, the tanker arrived on Oct. 19.", ["2024|year", "2024-10-19|day"]),  # that year's, not the one before
    ("In 2023 the yard launched a frigate on 3 November.", ["2023|year", "2023-11-03|day"]),
])
def test_a_year_gives_its_year_to_the_dates_after_it_unless_in_an_aside(text, expected):
    assert labels(text, date(2025, 11, 4)) == expected


@pytest.mark.parametrize("text, expected", [
    ("Drones struck the base in the early hours of Sunday.", ["2025-07-13|day"]),  # published Monday 14 July
    ("The ships left on the night of Friday.", ["2025-07-11|day"]),
    # an event "N days after" in apposition to a date is at that date (the convention of "on 10 December 2024, two
    # days after the government fell"), whatever the article
    ("The base was last hit on 26 June, three days after a strike on the port.", ["2025-06-26|day", "2025-06-26|day"]),
    # "The launch came a day after <event>": the event is a day before the report's own event
    ("North Korea fired missiles on Thursday. Imagery from late April showed launchers. "
     "The launch came a day after the leader inspected a factory.",
     ["2025-07-10|day", "late April 2025|part-of-month", "2025-07-09|day"]),
])
def test_parts_of_days_and_events_counted_from_a_date(text, expected):
    assert labels(text, date(2025, 7, 14)) == expected
