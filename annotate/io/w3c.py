"""W3C Web Annotation (JSON-LD): one annotation per link, from a region of an image to a quoted span of text.

Body: the claim as a ``SpecificResource`` on ``urn:sha256:<hash of the source text>`` with a
TextQuoteSelector and a TextPositionSelector, and the relation as a ``TextualBody`` with purpose
``assessing``. Target: the image ``urn:sha256:<hash of the image>`` with a FragmentSelector
(``xywh=pixel:…``) for boxes and points, an SvgSelector polygon for oriented boxes and polygons.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

from annotate.model.serialize import format_time

from .atomic import write_json_list
from .bulk import bulk
from .selection import Selection

__all__ = ["write_w3c", "w3c_annotations", "ANNO_CONTEXT"]

ANNO_CONTEXT = "http://www.w3.org/ns/anno.jsonld"
OFFLINE_CONTEXT = Path(__file__).with_name("anno_context.jsonld")  # the terms our files use, for offline expansion


def offline_document_loader(url: str, options=None) -> dict:
    """A pyld document loader that answers the Web Annotation context from the copy shipped with annotate
    (no network needed: ``jsonld.expand(doc, {"documentLoader": offline_document_loader})``)."""
    if url.rstrip("/") != ANNO_CONTEXT:
        raise ValueError(f"{url}: only the Web Annotation context is available offline")
    return {"contextUrl": None, "documentUrl": url, "document": json.loads(OFFLINE_CONTEXT.read_text("utf-8"))}


def _selector(a) -> dict:
    g = a.geometry
    if g.kind in ("box", "point"):  # Media Fragments take whole pixels: the smallest box that covers it
        x0, y0, x1, y1 = g.params if g.kind == "box" else (*g.params, g.params[0] + 1e-9, g.params[1] + 1e-9)
        left, top = math.floor(x0), math.floor(y0)
        width, height = max(1, math.ceil(x1) - left), max(1, math.ceil(y1) - top)
        return {"type": "FragmentSelector", "conformsTo": "http://www.w3.org/TR/media-frags/",
                "value": f"xywh=pixel:{left},{top},{width},{height}"}
    points = " ".join(f"{x:.2f},{y:.2f}" for x, y in g.vertices)
    return {"type": "SvgSelector", "value": f'<svg xmlns="http://www.w3.org/2000/svg"><polygon points="{points}"/></svg>'}


def w3c_annotations(sel: Selection) -> list[dict]:
    by_id = {a.id: a for a in sel.annotations}
    out = []
    for k in sel.links:
        a, claim = by_id[k.annotation_id], sel.claims[k.claim_id]
        source = sel.sources[claim.source_id]
        out.append({
            "@context": ANNO_CONTEXT, "id": f"urn:uuid:{k.id}", "type": "Annotation", "motivation": "assessing",
            "created": format_time(k.created), "creator": {"type": "Person", "name": k.analyst},
            "body": [
                {"type": "SpecificResource", "source": f"urn:sha256:{source.sha256}",
                 "selector": [{"type": "TextQuoteSelector", "exact": claim.quote, "prefix": claim.prefix,
                               "suffix": claim.suffix},
                              {"type": "TextPositionSelector", "start": claim.start, "end": claim.end}]},
                {"type": "TextualBody", "purpose": "assessing", "value": k.relation.value, "format": "text/plain"},
            ] + ([{"type": "TextualBody", "purpose": "commenting", "value": k.note}] if k.note else []),
            "target": {"type": "SpecificResource", "source": f"urn:sha256:{a.tile_sha256}", "selector": _selector(a)},
        })
    return out


@bulk
def write_w3c(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    return write_json_list(w3c_annotations(sel), path, force=force, protect=sel.protected)
