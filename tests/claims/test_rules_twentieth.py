"""After the seventeenth held-out scoring (session 20, issue 11), each tested on sentences written for it: a
count of years after an event with no date written before it is no date ("five years after Moscow agreed" was read
as five years after publication), nor is a comparison ("a year later than planned"); "Korea" alone and "Brunei"
are the countries (they were a village in Côte d'Ivoire and nothing)."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _analysis(text: str):
    (a,) = analyze_document(text, date(2026, 2, 18), default_gazetteer(), load_taxonomy())
    return a


@pytest.mark.parametrize("sentence, dates", [
    ("Five years after Moscow and Khartoum agreed to build a base, images show no construction.", []),
    ("A year after the fall of the government, Russia keeps two ships at Tartus.", []),
    ("More than a year after the rebels seized it, the ship remains anchored off Salif.", []),
    ("The submarine will be delivered by the end of 2026, about a year later than planned.", ["2026|year"]),
    # controls: counted from a date written before it, or back from publication
    ("The ship arrived on 3 February and left two days later.", ["2026-02-03|day", "2026-02-05|day"]),
    ("On 10 December 2024, two days after the government fell, the frigates left Tartus.", ["2024-12-10|day"]),
    ("The frigate left Tartus two weeks ago.", ["week of 2026-02-04|week"]),
])
def test_a_count_from_an_undated_event_is_no_date(sentence, dates):
    assert sorted({f"{d.label}|{d.precision}" for d in _analysis(sentence).dates}) == dates


@pytest.mark.parametrize("sentence, place", [
    ("The frigates sailed from Korea to the Philippines in 2024.", "Korea, Republic of"),
    ("The ships made a port call in Muara, Brunei, on 3 February.", "Brunei Darussalam"),
])
def test_countries_by_their_short_names(sentence, place):
    assert place in [p.place.name for p in _analysis(sentence).places]


def test_north_korea_stays_north_korea():
    assert [p.place.name for p in _analysis("North Korea launched a destroyer at Nampho on 3 February.").places] \
        == ["Korea, Democratic People's Republic of", "Nampo"]


def test_years_after_an_event_are_not_counted_from_the_last_date_written():
    text = "The frigate left Tartus on 3 January. A year after the fall of the government, two ships remain there."
    analyses = analyze_document(text, date(2026, 2, 18), default_gazetteer(), load_taxonomy())
    assert [[f"{d.label}|{d.precision}" for d in a.dates] for a in analyses] == [["2026-01-03|day"], []]
