"""Read GeoJSON features onto one tile: our own export (pixel geometry in properties), xView-style
properties (``bounds_imcoords``, ``type_id``), or plain lon/lat geometries (converted through the tile's
georeferencing)."""

from __future__ import annotations

import json
from pathlib import Path

from annotate.model.geometry import GeometryError, PixelGeometry

from .importing import ImportFormatError, Skipped

__all__ = ["read_geojson", "XVIEW_CLASSES"]

# xView type_id → our class (a subset: the vessel and aircraft types)
XVIEW_CLASSES = {11: "unknown aircraft", 12: "unknown aircraft", 13: "airliner", 15: "helicopter",
                 40: "unknown vessel", 41: "unknown vessel", 42: "unknown vessel", 44: "unknown vessel",
                 45: "unknown vessel", 47: "tug", 49: "unknown vessel", 50: "unknown vessel", 51: "cargo ship",
                 52: "tanker"}


def read_geojson(path, tile, taxonomy):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        features = data["features"] if data.get("type") == "FeatureCollection" else [data]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, AttributeError) as exc:
        raise ImportFormatError(f"{path}: not GeoJSON: {exc}") from None
    georef = tile.georef()
    rows, skipped = [], []
    for n, f in enumerate(features, 1):
        where = f"feature {n}"
        p = f.get("properties") or {}
        if p.get("tile_sha256") and p["tile_sha256"] != tile.sha256:
            skipped.append(Skipped(where, "belongs to another tile (tile_sha256 differs)"))
            continue
        cls = p.get("class")
        if cls is None and "type_id" in p:
            cls = XVIEW_CLASSES.get(int(p["type_id"]))
            if cls is None:
                skipped.append(Skipped(where, f"xView type_id {p['type_id']} is not a vessel or aircraft"))
                continue
        if cls not in taxonomy.classes:
            skipped.append(Skipped(where, f"class {cls!r} is not in the taxonomy"))
            continue
        try:
            if p.get("pixel_kind") and p.get("pixel_params") is not None:
                geom = PixelGeometry(p["pixel_kind"], tuple(float(v) for v in p["pixel_params"]))
            elif p.get("bounds_imcoords"):
                x0, y0, x1, y1 = (float(v) for v in str(p["bounds_imcoords"]).split(","))
                geom = PixelGeometry.box(x0, y0, x1, y1)
            elif f.get("geometry") and georef is not None:
                geom = _from_lonlat(f["geometry"], georef)
            else:
                skipped.append(Skipped(where, "no pixel geometry, and the tile is not georeferenced"))
                continue
        except (GeometryError, ValueError, TypeError, KeyError) as exc:
            skipped.append(Skipped(where, f"unreadable geometry: {exc}"))
            continue
        rows.append((where, {"geometry": geom, "cls": cls, "type": p.get("type"),
                             "confidence": p.get("confidence") or "probable", "note": p.get("note") or ""}))
    return rows, skipped


def _from_lonlat(g: dict, georef) -> PixelGeometry:
    if g["type"] == "Point":
        lon, lat = g["coordinates"][:2]
        r, c = georef.lonlat_to_pixel(lon, lat)
        return PixelGeometry.point(c, r)
    if g["type"] != "Polygon":
        raise ValueError(f"{g['type']} is not supported (Point or Polygon)")
    ring = g["coordinates"][0][:-1]
    rows, cols = georef.lonlat_to_pixel([p[0] for p in ring], [p[1] for p in ring])
    return PixelGeometry.polygon(list(zip(cols, rows)))
