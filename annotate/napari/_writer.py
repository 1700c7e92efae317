"""npe2 writer: a Shapes layer to GeoJSON — lon/lat when the layer carries its tile's georeferencing,
pixel coordinates (as properties, null geometry) otherwise."""

from __future__ import annotations

import json

from annotate.model.geometry import PixelGeometry, to_lonlat

__all__ = ["write_shapes_geojson"]


def write_shapes_geojson(path: str, data, meta: dict) -> list[str]:
    georef = (meta.get("metadata") or {}).get("georef")
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
