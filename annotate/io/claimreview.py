"""schema.org ClaimReview: one per assessed claim (corroborated, contradicted or contested by imagery)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from annotate.model.evidence import assess

from .atomic import write_json_list
from .bulk import bulk
from .selection import Selection

__all__ = ["write_claimreview", "claim_reviews", "RATINGS"]

RATINGS = {"corroborated": (5, "Corroborated by imagery"), "contested": (3, "Imagery both supports and contradicts"),
           "contradicted": (1, "Contradicted by imagery")}


def claim_reviews(sel: Selection, author: str = "Imagery analysis team") -> list[dict]:
    out = []
    for claim in sel.claims.values():
        status = assess(k.relation for k in sel.links if k.claim_id == claim.id).value
        if status not in RATINGS:
            continue
        source = sel.sources[claim.source_id]
        value, name = RATINGS[status]
        url = source.url or f"urn:sha256:{source.sha256}#char={claim.start},{claim.end}"
        review = {"@context": "https://schema.org", "@type": "ClaimReview", "url": url,
                  "claimReviewed": claim.quote, "datePublished": date.today().isoformat(),
                  "author": {"@type": "Organization", "name": author},
                  "itemReviewed": {"@type": "Claim", "appearance": {"@type": "CreativeWork", "url": url,
                                                                   "headline": source.title}},
                  "reviewRating": {"@type": "Rating", "ratingValue": value, "bestRating": 5, "worstRating": 1,
                                   "alternateName": name}}
        if source.published:
            review["itemReviewed"]["datePublished"] = source.published.isoformat()
        if source.publisher:
            review["itemReviewed"]["author"] = {"@type": "Organization", "name": source.publisher}
        out.append(review)
    return out


@bulk
def write_claimreview(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    return write_json_list(claim_reviews(sel), path, force=force, protect=sel.protected)
