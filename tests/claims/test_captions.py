"""An image's caption written as fragments ("Place, Country. Date. What it shows.") is one claim with the place,
the date and the objects together (session 20, issue 11); prose is still cut at every sentence."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.sentences import sentence_spans
from annotate.model.taxonomy import load_taxonomy


def _claims(text: str):
    return analyze_document(text, date(2025, 11, 2), default_gazetteer(), load_taxonomy())


@pytest.mark.parametrize("caption, place, day, cls", [
    # a label, a heading of names, a date line, then what the image shows
    ("Caption 1: Port of Tartus, Syria. October 27, 2025. Two frigates are moored at the northern pier.",
     "Ţarţūs", "2025-10-27", "warship"),
    ("Figure 3: Hmeimim Air Base, Syria. 26 October 2025. Four Su-24 bombers on the apron. Image © 2025 Maxar.",
     "Hmeimim Air Base", "2025-10-26", "bomber"),
    # no label: the heading and the date line join what follows on the same line
    ("Severomorsk-1 Air Base, Murmansk Oblast. SkySat image acquired 12 October 2025. Ten Su-33 fighters are lined "
     "up on the apron.", "Severomorsk-1 air base", "2025-10-12", "fighter"),
    ("Sevastopol. 14 October 2025. A Ropucha-class landing ship in the dry dock.",
     "Sevastopol", "2025-10-14", "landing ship"),
    # a label and a sentence naming the place and the day, then a sentence with the objects
    ("Image 2: The naval facility at Tartus on 21 October 2025. A Kilo-class submarine is visible at the pier.",
     "Ţarţūs", "2025-10-21", "submarine"),
])
def test_a_caption_is_one_claim(caption, place, day, cls):
    text = "Imagery of the region this autumn.\n\n" + caption + "\n\nThe ministry did not comment.\n"
    claims = _claims(text)
    assert [text[c.start:c.end] for c in claims] == [
        "Imagery of the region this autumn.", caption, "The ministry did not comment."]
    c = claims[1]
    assert place in [p.place.name for p in c.places]
    assert day in [d.label for d in c.dates if d.precision == "day"]
    assert cls in [o.cls for o in c.objects]
    assert c.checkable


@pytest.mark.parametrize("text, sentences", [
    # prose: each sentence its own claim
    ("Russia denied it. The frigate left Tartus on Monday.", 2),
    ("One. Two, three; four.", 2),
    ("Tartus. Two frigates docked there on 27 October.", 2),
    ("The ships left. Two frigates docked at Tartus on 27 October.", 2),
    # a heading on its own line is not joined to the line under it
    ("Tartus, Syria.\nTwo frigates are moored at the pier.", 2),
    # a caption's label in a long paragraph of prose: cut as prose
    ("Figure 1: " + "The frigate docked at the pier. " * 25, 25),
])
def test_prose_is_not_joined(text, sentences):
    assert len(sentence_spans(text)) == sentences
