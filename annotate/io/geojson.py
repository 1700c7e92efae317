"""GeoJSON (RFC 7946): WGS 84 lon/lat, no ``crs`` member; pixel geometry and tile identity in properties.

Annotations on pixel-only tiles have a ``null`` geometry (allowed by RFC 7946 §3.2) and keep their
pixel geometry in ``pixel_kind``/``pixel_params``. Features are encoded one by one (orjson) and streamed,
so 100,000 annotations never become one large Python structure.
"""

from __future__ import annotations

from pathlib import Path

import orjson

from .atomic import atomic_output
from .bulk import bulk
from .features import properties
from .selection import Selection

__all__ = ["write_geojson"]


def feature_bytes(sel: Selection):
    """One GeoJSON Feature per annotation, UTF-8 encoded (orjson: shortest round-trip floats)."""
    dumps = orjson.dumps
    for a in sel.annotations:
        yield dumps({"type": "Feature", "id": a.id, "geometry": a.lonlat, "properties": properties(sel, a)})


@bulk
def write_geojson(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    """Write a FeatureCollection; returns the number of features."""
    with atomic_output(path, force=force, protect=sel.protected) as tmp, open(tmp, "wb") as fh:
        fh.write(b'{"type":"FeatureCollection","features":[\n')
        for i, data in enumerate(feature_bytes(sel)):
            if i:
                fh.write(b",\n")
            fh.write(data)
            if progress and i % 5000 == 0:
                progress(i)
        fh.write(b"\n]}\n")
    return len(sel.annotations)
