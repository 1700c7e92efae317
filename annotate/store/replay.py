"""Replay the audit log and compare the state it implies with every table of the project.

The hash chain proves that the log was not altered; this proves that the tables are what the log says
they are. Each log entry carries the whole state of the object after the change (``after``; ``None``
for a deletion), so the state the log implies is the last entry of each object. Every table row is
rebuilt in the same JSON shape and compared field by field: an edit, deletion or insertion made with
any SQLite tool behind the project's back is named with the stored value and the value the log implies.
Annotations' lon/lat outlines (not in the log: they are derived) are recomputed from their pixel
geometry and the tile's stored georeferencing, and sources' texts re-hashed.
"""

from __future__ import annotations

import json
import math
import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import Any, Callable, Iterator

import orjson

from annotate.model.annotation import Confidence
from annotate.model.evidence import Relation
from annotate.model.review import ReviewState
from annotate.model.geometry import GeometryError, PixelGeometry, derive_many
from annotate.model.serialize import parse_time, tile_from_dict

from .gpkg_geometry import blob_to_geojson, to_gpkg_blob
from .schema_guard import has_table, read_columns

__all__ = ["Difference", "compare_with_log"]

TABLES = {"tile": "tiles", "source": "sources", "claim": "claims", "annotation": "annotations", "link": "links",
          "review": "reviews", "catalog_item": "catalog_items"}
_LONLAT_TOLERANCE_DEG = 1e-7  # ≈ 1 cm: PROJ versions may differ in the last digits, forgeries do not


@dataclass(frozen=True)
class Difference:
    """One way a table differs from the log. ``field`` is ``"row"`` for a whole row present on one side."""

    object_type: str
    object_id: str
    field: str
    stored: Any
    implied: Any

    def describe(self) -> str:
        what = f"{self.object_type} {self.object_id}"
        if self.field == "row":
            if self.implied is None and self.stored == "present":
                return f"{what}: in the {TABLES[self.object_type]} table but not in the audit log (added or " \
                       "restored behind the project's back)"
            if self.stored is None:
                return f"{what}: in the audit log but missing from the {TABLES[self.object_type]} table " \
                       "(deleted behind the project's back)"
            return f"{what}: {self.stored}"
        return f"{what}: {self.field} is {_short(self.stored)} in the table, the audit log says {_short(self.implied)}"


def _short(value: Any, limit: int = 80) -> str:
    text = json.dumps(value, ensure_ascii=False, default=repr) if not isinstance(value, str) else repr(value)
    return text if len(text) <= limit else text[:limit - 1] + "…"


# ---------------------------------------------------------------- rows → the log's JSON shape
def _times(*values, optional: bool = False) -> None:
    """Raise ``ValueError`` for a time the project could not read back (as listing would)."""
    for v in values:
        if parse_time(v) is None and not optional:
            raise ValueError("a required time is empty")


def _annotation(r, check: bool = True) -> dict:
    (aid, tile, kind, pg, category, cls, typ, conf, length, width, heading, note, analyst, created, modified,
     absent) = r
    if check:
        _times(created, modified)
        Confidence(conf)
        if absent not in (0, 1):
            raise ValueError(f"absent is {absent!r}, not 0 or 1")
    return {"id": aid, "tile_sha256": tile, "geometry": {"kind": kind, "params": orjson.loads(pg)},
            "category": category, "class": cls, "type": typ, "confidence": conf, "note": note, "analyst": analyst,
            "created": created, "modified": modified, "length_m": length, "width_m": width, "heading_deg": heading,
            **({"absent": True} if absent == 1 else {})}


def _tile(r, check: bool = True) -> dict:
    sha, path, site, acquired, acq_src, source, credit, crs, w, h, gsd, geo, gj = r
    if check:
        _times(acquired, optional=True)
    georef = json.loads(gj)
    if not isinstance(georef, dict):
        raise ValueError("georeferencing is not a JSON object")
    return {"sha256": sha, "path": path, "width": w, "height": h, "site": site, "acquired": acquired,
            "acquired_source": acq_src, "source": source, "credit": credit, "crs": crs,
            "transform": georef.get("transform"), "gcps": georef.get("gcps") or [], "gsd_m": gsd,
            "footprint": georef.get("footprint"), "georeferenced": bool(geo)} | \
        ({"remote": georef["remote"]} if georef.get("remote") else {})


def _source(r, check: bool = True) -> dict:
    sid, sha, title, url, publisher, published, media_type, imported = r
    if check:
        _times(imported)
        if published:
            date.fromisoformat(published)
    return {"id": sid, "sha256": sha, "title": title, "url": url, "publisher": publisher, "published": published,
            "media_type": media_type, "imported": imported, "text_sha256": sha}


def _claim(r, check: bool = True) -> dict:
    cid, source_id, start, end, quote, prefix, suffix, checkable, extracted, created = r
    if check:
        _times(created)
    found = json.loads(extracted)
    if not isinstance(found, dict):
        raise ValueError("what was extracted from the claim is not a JSON object")
    return {"id": cid, "source_id": source_id, "start": start, "end": end, "quote": quote, "prefix": prefix,
            "suffix": suffix, "checkable": None if checkable is None else bool(checkable),
            "extracted": found, "created": created}


def _link(r, check: bool = True) -> dict:
    lid, aid, cid, relation, note, analyst, created = r
    if check:
        _times(created)
        Relation(relation)
    return {"id": lid, "annotation_id": aid, "claim_id": cid, "relation": relation, "note": note,
            "analyst": analyst, "created": created}


def _review(r, check: bool = True) -> dict:
    rid, otype, oid, state, reviewer, comment, time = r
    if check:
        _times(time)
        ReviewState(state)
    return {"id": rid, "object_type": otype, "object_id": oid, "state": state, "reviewer": reviewer,
            "comment": comment, "time": time}


def _catalog_item(r, check: bool = True) -> dict:
    iid, stac_id, collection, catalog, item_href, asset_href, asset_key, acquired, footprint, gsd, platform, \
        added, analyst = r
    if check:
        _times(added)
        _times(acquired, optional=True)
    return {"id": iid, "stac_id": stac_id, "collection": collection, "catalog": catalog, "item_href": item_href,
            "asset_href": asset_href, "asset_key": asset_key, "acquired": acquired,
            "footprint": json.loads(footprint) if footprint else None, "gsd_m": gsd, "platform": platform,
            "added": added, "analyst": analyst}


_QUERIES: dict[str, tuple[str, Callable[..., dict]]] = {
    "tile": ("SELECT fid, sha256, sha256, path, site, acquired, acquired_source, source, credit, crs, width, height, "
             "gsd_m, georeferenced, georef_json FROM tiles", _tile),
    "source": ("SELECT fid, id, id, sha256, title, url, publisher, published, media_type, imported FROM sources",
               _source),
    "claim": ("SELECT fid, id, id, source_id, start_offset, end_offset, quote, prefix, suffix, checkable, extracted, "
              "created FROM claims", _claim),
    "annotation": ("SELECT fid, id, id, tile_sha256, kind, pixel_geometry, category, class, type, confidence, "
                   "length_m, width_m, heading_deg, note, analyst, created, modified, absent FROM annotations", _annotation),
    "link": ("SELECT fid, id, id, annotation_id, claim_id, relation, note, analyst, created FROM links", _link),
    "review": ("SELECT fid, id, id, object_type, object_id, state, reviewer, comment, time FROM reviews", _review),
    "catalog_item": ("SELECT fid, id, id, stac_id, collection, catalog, item_href, asset_href, asset_key, acquired, "
                     "footprint_json, gsd_m, platform, added, analyst FROM catalog_items", _catalog_item),
}


def _stored(con: sqlite3.Connection, object_type: str,
            check: bool = True) -> Iterator[tuple[int, str, dict | None, str | None, tuple]]:
    """``(fid, id, state, problem, row)`` per row; ``state`` is ``None`` and ``problem`` set for a malformed
    row. Without ``check`` times and enumerations are not parsed (a row equal to its log entry needs not be)."""
    sql, build = _QUERIES[object_type]
    if not has_table(con, TABLES[object_type]):
        return  # a project from before that table
    for fid, oid, *rest in con.execute(read_columns(con, TABLES[object_type], sql)):
        try:
            yield fid, str(oid), build(tuple(rest), check), None, rest
        except (ValueError, TypeError, AttributeError, orjson.JSONDecodeError) as exc:
            yield fid, str(oid), None, f"row {fid} of {TABLES[object_type]} is malformed: {exc}", rest


def _implied(con: sqlite3.Connection) -> dict[str, dict[str, dict | None]]:
    """The last state the log records for every object: ``{object_type: {id: after or None}}``."""
    out: dict[str, dict[str, dict | None]] = {k: {} for k in TABLES}
    rows = con.execute("SELECT object_type, object_id, after FROM audit_log WHERE fid IN "
                       "(SELECT max(fid) FROM audit_log GROUP BY object_type, object_id)")
    for otype, oid, after in rows:
        if otype in out:
            try:
                state = None if after is None else orjson.loads(after)
            except (orjson.JSONDecodeError, TypeError):
                state = after
            if state is not None and not isinstance(state, dict):
                state = {"<unreadable log entry>": str(after)[:60]}
            out[otype][oid] = state
    return out


def _same(a: Any, b: Any) -> bool:
    if isinstance(a, float) and isinstance(b, float) and math.isnan(a) and math.isnan(b):
        return True
    return a == b


def compare_with_log(con: sqlite3.Connection) -> list[Difference]:
    """Every difference between the project's tables and the state its audit log implies."""
    implied = _implied(con)
    diffs: list[Difference] = []
    stored_annotations: dict[str, dict] = {}
    for otype in TABLES:
        expected = implied[otype]
        seen: set[str] = set()
        build = _QUERIES[otype][1]
        for fid, oid, state, problem, row in _stored(con, otype, check=False):
            seen.add(oid)
            want = expected.get(oid)
            if problem is None and state != want:  # unequal: now parse times and enumerations too
                try:
                    build(tuple(row), True)
                except (ValueError, TypeError, AttributeError) as exc:
                    problem, state = f"row {fid} of {TABLES[otype]} is malformed: {exc}", None
            if problem:
                diffs.append(Difference(otype, oid, "row", problem, want))
                continue
            if want is None:
                diffs.append(Difference(otype, oid, "row", "present", None))
                continue
            if state != want:
                for key in sorted(set(want) | set(state)):
                    if not _same(state.get(key), want.get(key)):
                        diffs.append(Difference(otype, oid, key, state.get(key), want.get(key)))
            if otype == "annotation":
                stored_annotations[oid] = state
        diffs += [Difference(otype, oid, "row", None, want) for oid, want in expected.items()
                  if want is not None and oid not in seen]
    diffs += _source_texts(con)
    diffs += _outlines(con, stored_annotations)
    return diffs


def _source_texts(con: sqlite3.Connection) -> list[Difference]:
    import hashlib

    out = []
    for sid, sha, text in con.execute("SELECT id, sha256, text FROM sources"):
        actual = hashlib.sha256(str(text).encode("utf-8", "surrogatepass")).hexdigest()
        if actual != sha:
            out.append(Difference("source", sid, "text", f"text with SHA-256 {actual[:16]}…",
                                  f"text with SHA-256 {str(sha)[:16]}…"))
    return out


def _outlines(con: sqlite3.Connection, annotations: dict[str, dict]) -> list[Difference]:
    """The stored lon/lat outline of each annotation against the one its pixel geometry gives."""
    by_tile: dict[str, list[str]] = {}
    for aid, state in annotations.items():
        by_tile.setdefault(state["tile_sha256"], []).append(aid)
    blobs = dict(con.execute(f"SELECT id, {getattr(con, 'geom_select', 'geom')} FROM annotations"))
    out: list[Difference] = []
    for sha, row in ((sha, con.execute(f"SELECT {', '.join(_TILE_COLS)} FROM tiles WHERE sha256 = ?", (sha,))
                      .fetchone()) for sha in by_tile):
        if row is None:
            continue  # a missing tile is reported as a foreign-key problem
        try:
            georef = tile_from_dict(_tile(row)).georef()
        except (ValueError, TypeError, KeyError):
            continue  # the malformed tile row is already named
        ids = by_tile[sha]
        geoms, kept = [], []
        for aid in ids:
            g = annotations[aid]["geometry"]
            try:
                geoms.append(PixelGeometry(g["kind"], tuple(float(v) for v in g["params"])))
                kept.append(aid)
            except (GeometryError, TypeError, ValueError):
                out.append(Difference("annotation", aid, "row", "its pixel geometry is malformed", None))
        for aid, (shape, _m) in zip(kept, derive_many(geoms, georef)):
            blob = blobs.get(aid)
            if blob is not None and shape is not None and isinstance(blob, bytes) and blob == to_gpkg_blob(shape):
                continue  # byte for byte what the project writes: the common case, without decoding
            try:
                stored = json.loads(blob) if isinstance(blob, str) else blob_to_geojson(blob)  # PostGIS: GeoJSON
            except ValueError as exc:
                out.append(Difference("annotation", aid, "row", f"its lon/lat outline is malformed ({exc})", None))
                continue
            if not _outline_matches(stored, shape):
                out.append(Difference("annotation", aid, "lon/lat outline",
                                      _short(stored["coordinates"] if stored else None, 60),
                                      _short(shape["coordinates"] if shape else None, 60)))
    return out


_TILE_COLS = ("sha256", "path", "site", "acquired", "acquired_source", "source", "credit", "crs", "width", "height",
              "gsd_m", "georeferenced", "georef_json")


def _outline_matches(stored: dict | None, derived: dict | None) -> bool:
    if stored is None or derived is None:
        return stored is None and derived is None
    if stored.get("type") != derived["type"]:
        return False
    a, b = _flat(stored["coordinates"]), _flat(derived["coordinates"])
    return len(a) == len(b) and all(abs(x - y) <= _LONLAT_TOLERANCE_DEG for x, y in zip(a, b))


def _flat(coords) -> list[float]:
    if isinstance(coords, (int, float)):
        return [float(coords)]
    return [v for c in coords for v in _flat(c)]
