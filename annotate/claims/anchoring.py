"""Re-anchor claims on a revised version of their document (W3C TextQuoteSelector, then fuzzy)."""

from __future__ import annotations

import difflib
from dataclasses import dataclass

from annotate.model.evidence import Claim

from .sentences import sentence_spans

__all__ = ["Anchor", "reanchor"]


@dataclass(frozen=True)
class Anchor:
    claim: Claim
    start: int | None  # None: could not be placed
    end: int | None
    how: str  # "exact", "fuzzy" or "lost"
    similarity: float


def reanchor(claims: list[Claim], new_text: str, threshold: float = 0.8) -> list[Anchor]:
    """Where each claim's quote is in ``new_text``.

    1. exact quote with the same prefix and suffix; 2. the exact quote alone
    (the occurrence nearest the old offset); 3. the most similar sentence, if
    at least ``threshold`` alike; else the claim is reported as lost.
    """
    sentences = None
    out = []
    for c in claims:
        anchored = c.prefix + c.quote + c.suffix
        at = new_text.find(anchored) if c.prefix or c.suffix else -1
        if at >= 0:
            s = at + len(c.prefix)
            out.append(Anchor(c, s, s + len(c.quote), "exact", 1.0))
            continue
        hits = []
        i = new_text.find(c.quote)
        while i >= 0:
            hits.append(i)
            i = new_text.find(c.quote, i + 1)
        if hits:
            s = min(hits, key=lambda h: abs(h - c.start))
            out.append(Anchor(c, s, s + len(c.quote), "exact", 1.0))
            continue
        if sentences is None:
            sentences = sentence_spans(new_text)
        best = (0.0, None)
        for s, e in sentences:
            ratio = difflib.SequenceMatcher(None, c.quote, new_text[s:e], autojunk=False).ratio()
            if ratio > best[0]:
                best = (ratio, (s, e))
        if best[1] is not None and best[0] >= threshold:
            out.append(Anchor(c, best[1][0], best[1][1], "fuzzy", best[0]))
        else:
            out.append(Anchor(c, None, None, "lost", best[0]))
    return out
