"""Model objects ↔ plain JSON-ready dicts (for the audit log, the store's JSON columns and exports).

Times are ISO 8601 UTC with milliseconds and a ``Z`` (the GeoPackage DATETIME
form); dates are ``YYYY-MM-DD``.
"""

from __future__ import annotations

from datetime import date, datetime, timezone

from .annotation import Annotation, Confidence
from .evidence import Claim, Link, Relation, SourceDocument
from .geometry import PixelGeometry
from .review import Review, ReviewState
from .tile_ref import TileRef

__all__ = [
    "format_time", "parse_time", "annotation_to_dict", "annotation_from_dict", "tile_to_dict", "tile_from_dict",
    "source_to_dict", "source_from_dict", "claim_to_dict", "claim_from_dict", "link_to_dict", "link_from_dict",
    "review_to_dict", "review_from_dict", "whole_number",
]


def format_time(t: datetime | None) -> str | None:
    if t is None:
        return None
    return t.astimezone(timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def parse_time(s: str | None) -> datetime | None:
    if not s:
        return None
    t = datetime.fromisoformat(s)
    return t if t.tzinfo is timezone.utc else t.astimezone(timezone.utc)


def _date(s: str | None) -> date | None:
    return date.fromisoformat(s) if s else None


def annotation_to_dict(a: Annotation) -> dict:
    return {
        "id": a.id, "tile_sha256": a.tile_sha256, "geometry": a.geometry.to_json(), "category": a.category,
        "class": a.cls, "type": a.type, "confidence": a.confidence.value, "note": a.note, "analyst": a.analyst,
        "created": format_time(a.created), "modified": format_time(a.modified), "length_m": a.length_m,
        "width_m": a.width_m, "heading_deg": a.heading_deg, **({"absent": True} if a.absent else {}),
    }  # "absent" only when true: entries written before absences existed stay as they were


def annotation_from_dict(d: dict, lonlat: dict | None = None) -> Annotation:
    return Annotation(
        id=d["id"], tile_sha256=d["tile_sha256"], geometry=PixelGeometry.from_json(d["geometry"]),
        category=d["category"], cls=d["class"], confidence=Confidence(d["confidence"]), type=d.get("type"),
        note=d.get("note") or "", analyst=d.get("analyst") or "", created=parse_time(d["created"]),
        modified=parse_time(d["modified"]), lonlat=lonlat, length_m=d.get("length_m"), width_m=d.get("width_m"),
        heading_deg=d.get("heading_deg"), absent=d.get("absent") is True,
    )


def tile_to_dict(t: TileRef) -> dict:
    return {
        "sha256": t.sha256, "path": t.path, "width": t.width, "height": t.height, "site": t.site,
        "acquired": format_time(t.acquired), "acquired_source": t.acquired_source, "source": t.source,
        "credit": t.credit, "crs": t.crs, "transform": list(t.transform) if t.transform else None,
        "gcps": [list(g) for g in t.gcps], "gsd_m": t.gsd_m,
        "footprint": [list(p) for p in t.footprint] if t.footprint else None, "georeferenced": t.georeferenced,
    } | ({"remote": dict(t.remote)} if t.remote else {})  # only remote tiles carry it: older logs stay equal


def whole_number(value) -> int:
    """``int(value)``, with ±infinity (which SQLite stores and ``int`` refuses with ``OverflowError``) a
    ``ValueError`` like any other value that is not a whole number."""
    try:
        return int(value)
    except OverflowError:
        raise ValueError(f"{value!r} is not a whole number") from None


def tile_from_dict(d: dict) -> TileRef:
    return TileRef(
        sha256=d["sha256"], path=d["path"], width=whole_number(d["width"]), height=whole_number(d["height"]), site=d.get("site"),
        acquired=parse_time(d.get("acquired")), acquired_source=d.get("acquired_source"), source=d.get("source"),
        credit=d.get("credit"), crs=d.get("crs"), transform=tuple(d["transform"]) if d.get("transform") else None,
        gcps=tuple(tuple(g) for g in d.get("gcps") or ()), gsd_m=d.get("gsd_m"),
        footprint=tuple(tuple(p) for p in d["footprint"]) if d.get("footprint") else None,
        georeferenced=bool(d.get("georeferenced")),
        remote=d["remote"] if isinstance(d.get("remote"), dict) else None,
    )


def source_to_dict(s: SourceDocument, with_text: bool = True) -> dict:
    d = {
        "id": s.id, "sha256": s.sha256, "title": s.title, "url": s.url, "publisher": s.publisher,
        "published": s.published.isoformat() if s.published else None, "media_type": s.media_type,
        "imported": format_time(s.imported),
    }
    if with_text:
        d["text"] = s.text
    return d


def source_from_dict(d: dict) -> SourceDocument:
    return SourceDocument(
        id=d["id"], text=d["text"], sha256=d["sha256"], title=d.get("title"), url=d.get("url"),
        publisher=d.get("publisher"), published=_date(d.get("published")), media_type=d.get("media_type") or "text/plain",
        imported=parse_time(d.get("imported")),
    )


def claim_to_dict(c: Claim) -> dict:
    return {
        "id": c.id, "source_id": c.source_id, "start": c.start, "end": c.end, "quote": c.quote, "prefix": c.prefix,
        "suffix": c.suffix, "checkable": c.checkable, "extracted": c.extracted, "created": format_time(c.created),
    }


def claim_from_dict(d: dict) -> Claim:
    return Claim(
        id=d["id"], source_id=d["source_id"], start=whole_number(d["start"]), end=whole_number(d["end"]), quote=d["quote"],
        prefix=d.get("prefix") or "", suffix=d.get("suffix") or "", checkable=d.get("checkable"),
        extracted=d.get("extracted") or {}, created=parse_time(d.get("created")),
    )


def link_to_dict(k: Link) -> dict:
    return {
        "id": k.id, "annotation_id": k.annotation_id, "claim_id": k.claim_id, "relation": k.relation.value,
        "note": k.note, "analyst": k.analyst, "created": format_time(k.created),
    }


def link_from_dict(d: dict) -> Link:
    return Link(
        id=d["id"], annotation_id=d["annotation_id"], claim_id=d["claim_id"], relation=Relation(d["relation"]),
        note=d.get("note") or "", analyst=d.get("analyst") or "", created=parse_time(d.get("created")),
    )


def review_to_dict(r: Review) -> dict:
    return {"id": r.id, "object_type": r.object_type, "object_id": r.object_id, "state": r.state.value,
            "reviewer": r.reviewer, "comment": r.comment, "time": format_time(r.time)}


def review_from_dict(d: dict) -> Review:
    return Review(id=d["id"], object_type=d["object_type"], object_id=d["object_id"], state=ReviewState(d["state"]),
                  reviewer=d["reviewer"], comment=d.get("comment") or "", time=parse_time(d["time"]))
