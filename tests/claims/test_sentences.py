"""Our pysbd segmenter (two of its costs removed) splits exactly as pysbd does."""

from __future__ import annotations

from pathlib import Path

import pysbd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from annotate.claims.sentences import _segmenter

FIXTURES = Path(__file__).parent / "fixtures"
# abbreviations pysbd knows, with and without their period, next to words that look like them ("al" in "naval")
_WORDS = ["Gen.", "Gen", "gen.", "U.S.", "U.S", "e.g.", "i.e.", "Dr.", "No.", "no.", "Jan.", "St.", "a.m.", "Mt.",
          "al.", "naval", "Adm.", "adm", "Lt.", "Col.", "vs.", "The", "the", "ship", "docked", "at", "Sevastopol.",
          "It", "left.", "He", "5", "12.", "(AP)", "\"Yes.\"", "'no'", "—", "?", "!", "...", "fig.", "Fig.", "approx.",
          "Ph.D.", "ph.d", "p.m.", "Inc.", "Co.", "Ave.", "Mr.", "Mrs.", "Apr.", "Sept.", "etc.", "al-Bab."]


def _spans(segmenter, text: str) -> list[tuple[int, int]]:
    return [(s.start, s.end) for s in segmenter.segment(text)]


def _paragraphs() -> list[str]:
    out = []
    for path in sorted(FIXTURES.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        out += [p for p in text.split("\n\n") + text.split("\n") if p.strip()]
    return out


def test_the_tuning_reports_split_as_pysbd_splits_them():
    stock = pysbd.Segmenter(language="en", clean=False, char_span=True)
    ours = _segmenter()
    paragraphs = _paragraphs()
    assert len(paragraphs) > 1000
    differ = [p for p in paragraphs if _spans(stock, p) != _spans(ours, p)]
    assert differ == []


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_WORDS), min_size=1, max_size=60),
       st.lists(st.sampled_from([" ", " ", " ", "  ", "\n", ", "]), min_size=60, max_size=60))
def test_text_full_of_abbreviations_splits_as_pysbd_splits_it(words, gaps):
    text = "".join(w + g for w, g in zip(words, gaps)).strip()
    stock = pysbd.Segmenter(language="en", clean=False, char_span=True)
    assert _spans(_segmenter(), text) == _spans(stock, text)


@pytest.mark.parametrize("text", [
    "Yes. Yes. Yes. No. Yes.",  # the same sentence again: each found after the one before
    "Gen. Smith arrived at the U.S. base on Jan. 5. He left at 5 p.m. The ship stayed.",
    "The naval base at al. Tartus. The ship left.",
])
def test_repeated_and_abbreviated_sentences_keep_their_offsets(text):
    stock = pysbd.Segmenter(language="en", clean=False, char_span=True)
    ours = _spans(_segmenter(), text)
    assert ours == _spans(stock, text)
    assert all(a < b <= c for (a, b), (c, _) in zip(ours, ours[1:]))
