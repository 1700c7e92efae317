"""A GeoPackage of the selected annotations (written by GDAL through pyogrio), for colleagues' GIS tools.

This is a plain feature layer for sharing — not a project file: the audit log and the sources stay in
the project. Pixel-only annotations have an empty geometry and keep ``pixel_kind``/``pixel_params``.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from annotate.store.gpkg_geometry import blob_wkb, to_gpkg_blob

from .atomic import atomic_output
from .features import properties
from .selection import Selection

__all__ = ["write_gpkg"]

_FIELDS = ["id", "class", "category", "type", "confidence", "length_m", "width_m", "heading_deg", "note", "analyst",
           "created", "modified", "tile_sha256", "tile_path", "tile_site", "tile_acquired", "pixel_kind",
           "pixel_params", "links"]
_FLOAT = {"length_m", "width_m", "heading_deg"}


def write_gpkg(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    import pyogrio.raw

    rows = [properties(sel, a) for a in sel.annotations]
    geoms = np.array([blob_wkb(to_gpkg_blob(a.lonlat)) if a.lonlat else None for a in sel.annotations], dtype=object)
    data = []
    for f in _FIELDS:
        if f in _FLOAT:
            data.append(np.array([np.nan if r[f] is None else r[f] for r in rows], dtype="float64"))
        elif f in ("pixel_params", "links"):
            data.append(np.array([json.dumps(r[f]) for r in rows], dtype=object))
        else:
            data.append(np.array([r[f] for r in rows], dtype=object))
    with atomic_output(path, force=force) as tmp:
        tmp.unlink()
        out = tmp.with_suffix(".gpkg")
        pyogrio.raw.write(str(out), geoms, data, _FIELDS, crs="EPSG:4326", driver="GPKG", layer="annotations",
                          geometry_type="Unknown")
        out.replace(tmp)
    return len(rows)
