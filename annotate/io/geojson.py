"""GeoJSON (RFC 7946): WGS 84 lon/lat, no ``crs`` member; pixel geometry and tile identity in properties.

Annotations on pixel-only tiles have a ``null`` geometry (allowed by RFC 7946 §3.2) and keep their
pixel geometry in ``pixel_kind``/``pixel_params``. Features are written one by one as text, so 100,000
annotations never become one large Python structure.
"""

from __future__ import annotations

import json
from pathlib import Path

from .atomic import atomic_output
from .features import properties
from .selection import Selection

__all__ = ["write_geojson"]


def _geometry_text(g: dict | None) -> str:
    if g is None:
        return "null"
    if g["type"] == "Point":
        x, y = g["coordinates"]
        return f'{{"type":"Point","coordinates":[{x!r},{y!r}]}}'
    ring = ",".join(f"[{x!r},{y!r}]" for x, y in g["coordinates"][0])
    return f'{{"type":"Polygon","coordinates":[[{ring}]]}}'


def write_geojson(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    """Write a FeatureCollection; returns the number of features."""
    with atomic_output(path, force=force) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.write('{"type":"FeatureCollection","features":[\n')
        for i, a in enumerate(sel.annotations):
            if i:
                fh.write(",\n")
            fh.write(f'{{"type":"Feature","id":"{a.id}","geometry":{_geometry_text(a.lonlat)},"properties":'
                     f'{json.dumps(properties(sel, a), ensure_ascii=False, separators=(",", ":"))}}}')
            if progress and i % 5000 == 0:
                progress(i)
        fh.write("\n]}\n")
    return len(sel.annotations)
