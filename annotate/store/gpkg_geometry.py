"""GeoPackage geometry blobs: the standard binary header followed by WKB (OGC 12-128, §2.1.3)."""

from __future__ import annotations

import struct

import shapely
from shapely.geometry import shape

__all__ = ["to_gpkg_blob", "from_gpkg_blob"]

_FLAGS_LE_XY_ENVELOPE = 0b0000_0011  # little-endian, envelope [minx, maxx, miny, maxy]


def to_gpkg_blob(geojson: dict | None, srs_id: int = 4326) -> bytes | None:
    """GeoJSON geometry → GeoPackage blob (``None`` stays ``None``)."""
    if geojson is None:
        return None
    geom = shape(geojson)
    minx, miny, maxx, maxy = geom.bounds
    header = b"GP" + bytes([0, _FLAGS_LE_XY_ENVELOPE]) + struct.pack("<i4d", srs_id, minx, maxx, miny, maxy)
    return header + shapely.to_wkb(geom, byte_order=1)


def from_gpkg_blob(blob: bytes | None):
    """GeoPackage blob → shapely geometry (``None`` for NULL)."""
    if blob is None:
        return None
    if blob[:2] != b"GP":
        raise ValueError("not a GeoPackage geometry blob")
    flags = blob[3]
    envelope = (flags >> 1) & 0b111
    size = {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]
    return shapely.from_wkb(blob[8 + size:])
