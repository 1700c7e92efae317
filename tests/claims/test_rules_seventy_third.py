"""Session 48 (issue 11): rules written after the seventy-third held-out set's first scoring (Kadugli shelled, 2012–2013;
the air force's bombing in South Kordofan, February 2012; the US drone base at Garoua, February 2016) — each case a
sentence written for the rule, not one of the set's."""

from __future__ import annotations

from datetime import date

import pytest

from tests.claims.analysed import place_names

_PUBLISHED = date(2013, 4, 30)  # a Tuesday


@pytest.mark.parametrize(("text", "expected"), [
    # each village of a list after "the villages of", none of them on any list
    ("Rebels took the villages of Um Sirdiba and Tess on Sunday.", [["Um Sirdiba", "Tess"]]),
    # a surname alone after the person named in full after a title is that person; after a locative word, the town
    ("Army spokesman Ahmed Khalil Sumy said the raid failed. Sumy added that no aircraft were hit.", [[], []]),
    ("Army spokesman Ahmed Khalil Sumy said the raid failed. Drones later struck targets in Sumy.", [[], ["Sumy"]]),
    # a paragraph's dateline before a dash is where the report was filed; a headline's town before one is a place
    ("Shelling in South Kordofan\n\nKhartoum -- Shells struck the market in Kadugli on Monday, witnesses said, and the "
     "town's airport was closed for the day.", [["South Kordofan"], ["Kadugli", "Kadugli Airport"]]),
    ("Khartoum -- shells hit Kadugli", [["Khartoum", "Kadugli"]]),
    # a headline's country before a verb in the present
    ("The US extends its mission in Iraq", [["United States", "Iraq"]]),
])
def test_places(text, expected):
    assert place_names(text, _PUBLISHED) == expected
