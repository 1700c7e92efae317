"""One flat property record per annotation, shared by the GeoJSON, CSV, KML and GeoPackage exports."""

from __future__ import annotations

from functools import lru_cache

from annotate.model.annotation import Annotation
from annotate.model.serialize import format_time

from .selection import Selection

__all__ = ["properties"]

# the same few timestamps repeat across thousands of annotations (one per bulk import, one per tile)
_time = lru_cache(maxsize=8192)(format_time)


def properties(sel: Selection, a: Annotation) -> dict:
    """Everything needed to rebuild the annotation on its tile, and to read it without the project."""
    tile = sel.tiles[a.tile_sha256]
    links = sel.links_of(a.id)
    state, reviewer = sel.review_of(a.id)
    return {
        "id": a.id, "class": a.cls, "category": a.category, "type": a.type, "confidence": a.confidence.value,
        "length_m": a.length_m, "width_m": a.width_m, "heading_deg": a.heading_deg, "note": a.note,
        "analyst": a.analyst, "created": _time(a.created), "modified": _time(a.modified),
        "tile_sha256": a.tile_sha256, "tile_path": tile.path, "tile_site": tile.site,
        "tile_acquired": _time(tile.acquired), "pixel_kind": a.geometry.kind,
        "pixel_params": list(a.geometry.params),
        "links": [{"claim_id": k.claim_id, "relation": k.relation.value,
                   "review_state": sel.review_of(k.id)[0]} for k in links],
        "review_state": state, "reviewer": reviewer,
        "absent": a.absent,  # true: an observation that no such object is in this area
    }
