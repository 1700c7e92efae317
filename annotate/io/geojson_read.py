"""Read GeoJSON features onto one tile: our own export (pixel geometry in properties), xView-style
properties (``bounds_imcoords``, ``type_id``), or plain lon/lat geometries (converted through the tile's
georeferencing)."""

from __future__ import annotations

import json
from pathlib import Path

from annotate.model.geometry import GeometryError, PixelGeometry

from .importing import ImportFormatError, Skipped
from .record_fields import review_note
from .record_fields import text_or_none as _text

__all__ = ["read_geojson", "XVIEW_CLASSES"]

# xView type_id → our class (a subset: the vessel and aircraft types)
XVIEW_CLASSES = {11: "unknown aircraft", 12: "unknown aircraft", 13: "airliner", 15: "helicopter",
                 40: "unknown vessel", 41: "unknown vessel", 42: "unknown vessel", 44: "unknown vessel",
                 45: "unknown vessel", 47: "tug", 49: "unknown vessel", 50: "unknown vessel", 51: "cargo ship",
                 52: "tanker"}


def read_geojson(path, tile, taxonomy, options=None):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ImportFormatError(f"{path}: not GeoJSON: {str(exc)[:160]}") from None
    if not isinstance(data, dict):
        raise ImportFormatError(f"{path}: not GeoJSON: the top level is not an object")
    features = data.get("features") if data.get("type") == "FeatureCollection" else [data]
    if not isinstance(features, list):
        raise ImportFormatError(f"{path}: not GeoJSON: 'features' is not a list")
    georef = tile.georef()
    rows, skipped = [], []
    for n, f in enumerate(features, 1):
        where = f"feature {n}"
        if not isinstance(f, dict):
            skipped.append(Skipped(where, "not an object"))
            continue
        p = f.get("properties") if isinstance(f.get("properties"), dict) else {}
        if p.get("tile_sha256") and p["tile_sha256"] != tile.sha256:
            skipped.append(Skipped(where, "belongs to another tile (tile_sha256 differs)"))
            continue
        label, cls = p.get("class"), None
        if label is None and "type_id" in p:
            try:
                cls = XVIEW_CLASSES.get(int(p["type_id"]))
            except (TypeError, ValueError):
                cls = None
            if cls is None:
                skipped.append(Skipped(where, f"xView type_id {p['type_id']!r} is not a vessel or aircraft"))
                continue
            label = f"xView {p['type_id']}"
        if not isinstance(label, str) or not label.strip():
            skipped.append(Skipped(where, "no class"))
            continue
        try:
            if p.get("pixel_kind") and isinstance(p.get("pixel_params"), list):
                geom = PixelGeometry(str(p["pixel_kind"]), tuple(float(v) for v in p["pixel_params"]))
            elif p.get("bounds_imcoords"):
                x0, y0, x1, y1 = (float(v) for v in str(p["bounds_imcoords"]).split(","))
                geom = PixelGeometry.box(x0, y0, x1, y1)
            elif isinstance(f.get("geometry"), dict) and georef is not None:
                geom = _from_lonlat(f["geometry"], georef)
            else:
                skipped.append(Skipped(where, "no pixel geometry, and the tile is not georeferenced"))
                continue
        except (GeometryError, ValueError, TypeError, KeyError, IndexError) as exc:
            skipped.append(Skipped(where, f"unreadable geometry: {str(exc)[:120]}"))
            continue
        rows.append((where, {"geometry": geom, "label": label, "cls": cls, "type": _text(p.get("type")),
                             "confidence": _text(p.get("confidence")) or "probable",
                             "analyst": _text(p.get("analyst")), "absent": p.get("absent") is True,
                             "note": "; ".join(t for t in (_text(p.get("note")),
                                                           review_note(p.get("review_state"), p.get("reviewer"), path))
                                               if t)}))
    return rows, skipped


def _from_lonlat(g: dict, georef) -> PixelGeometry:
    if g["type"] == "Point":
        lon, lat = g["coordinates"][:2]
        r, c = georef.lonlat_to_pixel(lon, lat)
        return PixelGeometry.point(c, r)
    if g["type"] != "Polygon":
        raise ValueError(f"{g['type']} is not supported (Point or Polygon)")
    ring = g["coordinates"][0][:-1]
    if len(ring) < 3:
        raise ValueError("a polygon needs at least three corners")
    rows, cols = georef.lonlat_to_pixel([p[0] for p in ring], [p[1] for p in ring])
    return PixelGeometry.polygon(list(zip(cols, rows)))
