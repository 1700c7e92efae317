"""A GeoPackage of the selected annotations, for colleagues' GIS tools.

A plain feature file for sharing — not a project file: the audit log and the sources stay in the
project. One geometry type per layer, so every GIS tool (and ``ogr2ogr -f "ESRI Shapefile"``) takes each
as it is: ``annotations`` (Polygon: boxes, oriented boxes, polygons) and ``annotation_points`` (Point),
each with an R-tree spatial index. Pixel-only annotations (tiles without georeferencing) have an empty
geometry and keep ``pixel_kind``/``pixel_params``; tile fields, review state and linked claims (as JSON)
are joined in.

Written by GDAL from Arrow columns (``pyogrio.write_arrow``): the WKB is the project's stored outline with
its GeoPackage header stripped, and the attribute rows come straight from SQLite, so nothing is decoded.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from annotate.model.errors import ProjectFileError
from annotate.store.gpkg_geometry import blob_wkb

from .atomic import atomic_output
from .bulk import bulk
from .selection import Selection

__all__ = ["write_gpkg", "GPKG_LAYERS"]

GPKG_LAYERS = {"annotations": "Polygon", "annotation_points": "Point"}
_COLUMNS = ("id", "class", "category", "type", "confidence", "length_m", "width_m", "heading_deg", "note",
            "analyst", "created", "modified", "tile_sha256", "tile_path", "tile_site", "tile_acquired", "pixel_kind",
            "pixel_params", "links")
_SELECT = (
    "SELECT a.geom, a.id, a.class, a.category, a.type, a.confidence, a.length_m, a.width_m, a.heading_deg, a.note, "
    "a.analyst, a.created, a.modified, a.tile_sha256, t.path, t.site, t.acquired, a.kind, a.pixel_geometry, "
    "COALESCE((SELECT json_group_array(json_object('claim_id', l.claim_id, 'relation', l.relation)) "
    "FROM links l WHERE l.annotation_id = a.id), '[]') "
    "FROM annotations a JOIN tiles t ON t.sha256 = a.tile_sha256 ORDER BY a.fid")


@bulk
def write_gpkg(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    import pyarrow as pa
    from pyogrio.errors import DataSourceError, FieldError, GeometryError
    from pyogrio.raw import write_arrow

    wanted = {a.id for a in sel.annotations}
    layers: dict[str, list[tuple]] = {name: [] for name in GPKG_LAYERS}
    con = sqlite3.connect(f"file:{Path(sel.project_path).resolve()}?mode=ro", uri=True)
    try:
        for row in con.execute(_SELECT):
            if row[1] in wanted:
                layers["annotation_points" if row[17] == "point" else "annotations"].append(row)
    finally:
        con.close()
    reviews = {a.id: sel.review_of(a.id) for a in sel.annotations}
    count = 0
    with atomic_output(path, force=force, protect=sel.protected) as out:
        out.unlink()
        tmp = out.with_name(out.name + ".gpkg")  # GDAL warns about any other extension
        for layer, rows in layers.items():
            if not rows:
                continue
            cols = list(zip(*rows))
            data = {"geom": pa.array([blob_wkb(b) if b is not None else None for b in cols[0]], pa.binary())}
            for name, values in zip(_COLUMNS, cols[1:]):
                data[name] = pa.array(values, pa.float64() if name.endswith(("_m", "_deg")) else pa.string())
                if name in ("created", "modified", "tile_acquired"):  # ISO 8601 UTC text → DATETIME fields
                    data[name] = data[name].cast(pa.timestamp("ms", tz="UTC"))
            data["review_state"] = pa.array([reviews[i][0] for i in cols[1]], pa.string())
            data["reviewer"] = pa.array([reviews[i][1] for i in cols[1]], pa.string())
            try:
                write_arrow(pa.table(data), str(tmp), layer=layer, driver="GPKG", geometry_name="geom",
                            geometry_type=GPKG_LAYERS[layer], crs="EPSG:4326", append=tmp.exists(),
                            layer_options={"SPATIAL_INDEX": "YES", "FID": "fid",
                                           "DESCRIPTION": f"{layer} exported from {Path(sel.project_path).name}"})
            except (DataSourceError, FieldError, GeometryError, OSError) as exc:
                raise ProjectFileError(f"{path}: GDAL could not write layer {layer}: {exc}") from None
            count += len(rows)
            if progress:
                progress(count)
        if count:
            tmp.replace(out)
    return count
