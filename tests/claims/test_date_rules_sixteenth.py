"""A date's tense after the thirteenth scoring (session 16, issue 11), tested on sentences written for it: a future
verb in a relative clause after the date is not the date's."""

from __future__ import annotations

from datetime import date

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _dates(text: str, published: date) -> list[str]:
    analyses = analyze_document(text, published, default_gazetteer(), load_taxonomy())
    return [d.label for a in analyses for d in a.dates]


def test_a_future_relative_clause_after_the_date_leaves_it_past():
    thursday = date(2025, 5, 8)
    assert _dates("The tender USS Frank Cable left its home port of Apra Harbor, Guam, on Tuesday for a "
                  "deployment that will take it to Diego Garcia.", thursday) == ["2025-05-06"]
    # the date's own future verb still makes it the next one
    assert _dates("The tender will leave Guam on Tuesday for a deployment that took months to plan.",
                  thursday) == ["2025-05-13"]
