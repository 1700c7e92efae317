"""A GeoPackage of the selected annotations, for colleagues' GIS tools.

A plain feature file for sharing — not a project file: the audit log and the sources stay in the
project. One geometry type per layer, so every GIS tool (and ``ogr2ogr -f "ESRI Shapefile"``) takes each
as it is: ``annotations`` (Polygon: boxes, oriented boxes, polygons) and ``annotation_points`` (Point),
each with an R-tree spatial index. Pixel-only annotations (tiles without georeferencing) have an empty
geometry and keep ``pixel_kind``/``pixel_params``; tile fields, review state and linked claims (as JSON)
are joined in.

GDAL reads the project's own ``annotations`` layer into Arrow columns (WKB and typed fields, in C) and
writes each layer from them (``pyogrio.read_arrow``/``write_arrow``): nothing is decoded in Python but the
tile fields, links and review states joined in per row.
"""

from __future__ import annotations

import json
from pathlib import Path

from annotate.model.errors import ProjectFileError

from .atomic import atomic_output
from .bulk import bulk
from .selection import Selection

__all__ = ["write_gpkg", "GPKG_LAYERS"]

GPKG_LAYERS = {"annotations": "Polygon", "annotation_points": "Point"}
_READ = ["id", "class", "category", "type", "confidence", "length_m", "width_m", "heading_deg", "note", "analyst",
         "created", "modified", "tile_sha256", "kind", "pixel_geometry", "absent"]


@bulk
def write_gpkg(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    import pyarrow as pa
    import pyarrow.compute as pc
    from pyogrio.errors import DataSourceError, FieldError, GeometryError
    from pyogrio.raw import read_arrow, write_arrow

    try:  # GDAL reads the project's own layer: WKB and typed columns straight into Arrow, nothing decoded here
        _, table = read_arrow(str(sel.project_path), layer="annotations", columns=_READ)
    except (DataSourceError, FieldError, OSError) as exc:
        raise ProjectFileError(f"{sel.project_path}: GDAL could not read the annotations: {exc}") from None
    ids = [a.id for a in sel.annotations]
    if len(ids) != table.num_rows:
        table = table.filter(pc.is_in(table["id"], value_set=pa.array(ids, pa.string())))
    table = table.set_column(table.column_names.index("absent"), "absent", table["absent"].cast(pa.bool_()))
    table = _joined(sel, table.rename_columns(["pixel_kind" if c == "kind" else "pixel_params" if c == "pixel_geometry"
                                               else c for c in table.column_names]))
    count = 0
    with atomic_output(path, force=force, protect=sel.protected) as out:
        out.unlink()
        tmp = out.with_name(out.name + ".gpkg")  # GDAL warns about any other extension
        points = pc.equal(table["pixel_kind"], "point")
        for layer, rows in (("annotations", table.filter(pc.invert(points))),
                            ("annotation_points", table.filter(points))):
            if not rows.num_rows:
                continue
            try:
                write_arrow(rows, str(tmp), layer=layer, driver="GPKG", geometry_name="geom",
                            geometry_type=GPKG_LAYERS[layer], crs="EPSG:4326", append=tmp.exists(),
                            layer_options={"SPATIAL_INDEX": "YES", "FID": "fid",
                                           "DESCRIPTION": f"{layer} exported from {Path(sel.project_path).name}"})
            except (DataSourceError, FieldError, GeometryError, OSError) as exc:
                raise ProjectFileError(f"{path}: GDAL could not write layer {layer}: {exc}") from None
            count += rows.num_rows
            if progress:
                progress(count)
        if count:
            tmp.replace(out)
    return count


def _joined(sel: Selection, table):
    """The tile's path, site and date, the linked claims (JSON) and the review state, per row."""
    import pyarrow as pa

    shas = table["tile_sha256"].to_pylist()
    ids = table["id"].to_pylist()
    tiles = sel.tiles
    acquired = {s: t.acquired for s, t in tiles.items()}
    reviews = [sel.review_of(i) for i in ids]
    links = [json.dumps([{"claim_id": k.claim_id, "relation": k.relation.value} for k in linked]) if linked else "[]"
             for linked in map(sel.links_of, ids)]
    extra = {"tile_path": pa.array([tiles[s].path for s in shas], pa.string()),
             "tile_site": pa.array([tiles[s].site for s in shas], pa.string()),
             "tile_acquired": pa.array([acquired[s] for s in shas], pa.timestamp("ms", tz="UTC")),
             "links": pa.array(links, pa.string()),
             "review_state": pa.array([r[0] for r in reviews], pa.string()),
             "reviewer": pa.array([r[1] for r in reviews], pa.string())}
    for name, column in extra.items():
        table = table.append_column(name, column)
    return table
