"""schema.org ClaimReview: one per assessed claim (corroborated, contradicted or contested by imagery)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from annotate.model.evidence import assess

from .atomic import write_json_list
from .bulk import bulk
from .inert import web_url
from .selection import Selection

__all__ = ["write_claimreview", "claim_reviews", "RATINGS"]

RATINGS = {"corroborated": (5, "Corroborated by imagery"), "contested": (3, "Imagery both supports and contradicts"),
           "contradicted": (1, "Contradicted by imagery")}


def claim_reviews(sel: Selection, review_url: str | None = None) -> list[dict]:
    """One ClaimReview per assessed claim. ``url`` is the review's own address — ``review_url`` (where the
    reviews will be published) with ``#claim-<id>`` — and is left out without one; the claim's appearance is
    the source's web address when it has one, else its text's content hash as an identifier. The authors are
    the analysts whose links assess the claim."""
    out = []
    base = web_url(review_url) if review_url else None
    for claim in sel.claims.values():
        links = [k for k in sel.links if k.claim_id == claim.id]
        status = assess(k.relation for k in links).value
        if status not in RATINGS:
            continue
        source = sel.sources[claim.source_id]
        value, name = RATINGS[status]
        appearance = {"@type": "CreativeWork", "headline": source.title}
        source_url = web_url(source.url)
        if source_url:
            appearance["url"] = source_url
        appearance["identifier"] = f"urn:sha256:{source.sha256}#char={claim.start},{claim.end}"
        review = {"@context": "https://schema.org", "@type": "ClaimReview",
                  "claimReviewed": claim.quote, "datePublished": date.today().isoformat(),
                  "author": [{"@type": "Person", "name": n} for n in sorted({k.analyst for k in links if k.analyst})],
                  "itemReviewed": {"@type": "Claim", "appearance": appearance},
                  "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                                   "alternateName": name}}
        if base:
            review["url"] = f"{base.split('#')[0]}#claim-{claim.id}"
        if source.published:
            review["itemReviewed"]["datePublished"] = source.published.isoformat()
        if source.publisher:
            review["itemReviewed"]["author"] = {"@type": "Organization", "name": source.publisher}
        out.append(review)
    return out


@bulk
def write_claimreview(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    return write_json_list(claim_reviews(sel, getattr(sel, "review_url", None)), path, force=force,
                           protect=sel.protected)
