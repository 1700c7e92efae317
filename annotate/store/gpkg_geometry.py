"""GeoPackage geometry blobs: the standard binary header followed by WKB (OGC 12-128, §2.1.3)."""

from __future__ import annotations

import struct

import shapely
import shapely.errors
from shapely.geometry import shape

__all__ = ["to_gpkg_blob", "blob_to_geojson", "blob_wkb"]

_FLAGS_LE_XY_ENVELOPE = 0b0000_0011  # little-endian, envelope [minx, maxx, miny, maxy]


def to_gpkg_blob(geojson: dict | None, srs_id: int = 4326) -> bytes | None:
    """GeoJSON Point or single-ring Polygon → GeoPackage blob (``None`` stays ``None``); written directly,
    since annotations are only these two shapes and this runs once per stored annotation."""
    if geojson is None:
        return None
    kind = geojson["type"]
    if kind == "Point":
        x, y = geojson["coordinates"][:2]
        header = b"GP" + bytes([0, 0b0000_0001]) + struct.pack("<i", srs_id)  # little-endian, no envelope
        return header + struct.pack("<BIdd", 1, 1, x, y)
    if kind == "Polygon" and len(geojson["coordinates"]) == 1:
        ring = geojson["coordinates"][0]
        xs = [p[0] for p in ring]
        ys = [p[1] for p in ring]
        header = b"GP" + bytes([0, _FLAGS_LE_XY_ENVELOPE]) + struct.pack("<i4d", srs_id, min(xs), max(xs),
                                                                         min(ys), max(ys))
        coords = struct.pack(f"<{2 * len(ring)}d", *(v for p in ring for v in p[:2]))
        return header + struct.pack("<BIII", 1, 3, 1, len(ring)) + coords
    geom = shape(geojson)
    minx, miny, maxx, maxy = geom.bounds
    header = b"GP" + bytes([0, _FLAGS_LE_XY_ENVELOPE]) + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, byte_order=1)


def blob_wkb(blob: bytes) -> bytes:
    """The WKB inside a GeoPackage blob (the header stripped)."""
    envelope = (blob[3] >> 1) & 0b111
    return blob[8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]:]


def blob_to_geojson(blob: bytes | None) -> dict | None:
    """GeoPackage blob → GeoJSON dict, directly for little-endian 2-D Points and single-ring Polygons (what
    the project stores), through shapely otherwise."""
    if blob is None:
        return None
    if not isinstance(blob, (bytes, bytearray, memoryview)) or len(blob) < 8 or bytes(blob[:2]) != b"GP":
        raise ValueError("the stored outline is not a GeoPackage geometry")
    try:
        return _decode(bytes(blob))
    except (struct.error, IndexError, KeyError, shapely.errors.GEOSException) as exc:
        raise ValueError(f"the stored outline cannot be read: {exc}") from None


def _decode(blob: bytes) -> dict:
    wkb = blob_wkb(blob)
    if wkb[0] == 1:
        kind = struct.unpack_from("<I", wkb, 1)[0]
        if kind == 1:
            x, y = struct.unpack_from("<2d", wkb, 5)
            return {"type": "Point", "coordinates": [x, y]}
        if kind == 3 and struct.unpack_from("<I", wkb, 5)[0] == 1:
            n = struct.unpack_from("<I", wkb, 9)[0]
            flat = struct.unpack_from(f"<{2 * n}d", wkb, 13)
            return {"type": "Polygon", "coordinates": [[[flat[i], flat[i + 1]] for i in range(0, 2 * n, 2)]]}
    from shapely.geometry import mapping

    return mapping(shapely.from_wkb(wkb))
