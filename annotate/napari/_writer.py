"""npe2 writer: a Shapes layer to GeoJSON.

A project's annotation layer ("annotations — <tile>") holds only the shapes being edited (the rest are
drawn in a batch, see :mod:`annotate.napari.bridge`), so saving it writes *all* of that tile's
annotations from the project with the project's own GeoJSON exporter (classes, measurements, links).
Any other Shapes layer is written shape by shape: lon/lat when the layer carries its tile's
georeferencing, pixel coordinates (as properties, null geometry) otherwise.
"""

from __future__ import annotations

import json

from annotate.model.geometry import PixelGeometry, to_lonlat

__all__ = ["write_shapes_geojson"]


def write_shapes_geojson(path: str, data, meta: dict) -> list[str]:
    layer_meta = meta.get("metadata") or {}
    if layer_meta.get("project_path") and layer_meta.get("tile_sha256"):
        return _write_project_tile(path, layer_meta["project_path"], layer_meta["tile_sha256"])
    georef = layer_meta.get("georef")
    props = meta.get("properties") or meta.get("features") or {}
    classes = list(props.get("class", [])) if hasattr(props, "get") else []
    features = []
    for i, verts in enumerate(data):
        xy = [(float(c), float(r)) for r, c in verts]  # napari (row, col) → our (x, y)
        geom = PixelGeometry.point(*xy[0]) if len(xy) == 1 else PixelGeometry.polygon(xy)
        features.append({"type": "Feature", "geometry": to_lonlat(geom, georef),
                         "properties": {"pixel_kind": geom.kind, "pixel_params": list(geom.params),
                                        "class": classes[i] if i < len(classes) else None}})
    with open(path, "w", encoding="utf-8") as fh:
        json.dump({"type": "FeatureCollection", "features": features}, fh)
    return [path]


def _write_project_tile(path: str, project_path: str, tile_sha256: str) -> list[str]:
    from annotate.io.geojson import write_geojson
    from annotate.io.selection import select
    from annotate.store import open_project

    with open_project(project_path, read_only=True) as project:
        write_geojson(select(project, tiles=[tile_sha256], allow_empty=True), path, force=True)
    return [path]
