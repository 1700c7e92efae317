"""CSV: one row per annotation, with the centre's lat/lon, the outline as WKT, and the pixel geometry."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from shapely.geometry import shape

from .atomic import atomic_output
from .bulk import bulk
from .features import properties
from .inert import csv_cell
from .selection import Selection

__all__ = ["write_csv", "CSV_COLUMNS"]

CSV_COLUMNS = ["id", "class", "category", "type", "confidence", "length_m", "width_m", "heading_deg", "centre_lat",
               "centre_lon", "wkt_lonlat", "tile_sha256", "tile_path", "tile_site", "tile_acquired", "pixel_kind",
               "pixel_params", "links", "note", "analyst", "created", "modified", "review_state", "reviewer"]


@bulk
def write_csv(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    with atomic_output(path, force=force, protect=sel.protected) as tmp, \
            open(tmp, "w", newline="", encoding="utf-8") as fh:
        w = csv.DictWriter(fh, fieldnames=CSV_COLUMNS)
        w.writeheader()
        for a in sel.annotations:
            p = properties(sel, a)
            geom = shape(a.lonlat) if a.lonlat else None
            c = geom.centroid if geom is not None else None
            p.update(centre_lat=c.y if c else None, centre_lon=c.x if c else None,
                     wkt_lonlat=geom.wkt if geom is not None else None,
                     pixel_params=" ".join(repr(v) for v in p["pixel_params"]),
                     links=json.dumps(p["links"]) if p["links"] else "")
            w.writerow({k: csv_cell(p.get(k)) for k in CSV_COLUMNS})
    return len(sel.annotations)
