"""GeoJSON (RFC 7946): WGS 84 lon/lat, no ``crs`` member; pixel geometry and tile identity in properties.

Annotations on pixel-only tiles have a ``null`` geometry (allowed by RFC 7946 §3.2) and keep their
pixel geometry in ``pixel_kind``/``pixel_params``. Features are written one by one as text, so 100,000
annotations never become one large Python structure.
"""

from __future__ import annotations

import json
from pathlib import Path

from .atomic import atomic_output
from .bulk import bulk
from annotate.model.serialize import format_time

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


def _num(v) -> str:
    return "null" if v is None else repr(float(v))


def feature_texts(sel: Selection):
    """One GeoJSON Feature per annotation, as text, with the same properties as :func:`properties` (strings
    that repeat — tile fields, classes, analysts — are encoded once)."""
    dumps = json.dumps
    cache: dict = {}

    def enc(v):
        if v not in cache:
            cache[v] = dumps(v, ensure_ascii=False)
        return cache[v]

    tile_part = {sha: (f'"tile_sha256":"{sha}","tile_path":{dumps(t.path, ensure_ascii=False)},'
                       f'"tile_site":{dumps(t.site, ensure_ascii=False)},'
                       f'"tile_acquired":{dumps(format_time(t.acquired))}') for sha, t in sel.tiles.items()}
    for a in sel.annotations:
        links = sel.links_of(a.id)
        link_text = ",".join(f'{{"claim_id":"{k.claim_id}","relation":"{k.relation.value}"}}' for k in links)
        params = ",".join(repr(float(v)) for v in a.geometry.params)
        props = (f'"id":"{a.id}","class":{enc(a.cls)},"category":{enc(a.category)},"type":{enc(a.type)},'
                 f'"confidence":"{a.confidence.value}","length_m":{_num(a.length_m)},"width_m":{_num(a.width_m)},'
                 f'"heading_deg":{_num(a.heading_deg)},"note":{dumps(a.note, ensure_ascii=False)},'
                 f'"analyst":{enc(a.analyst)},"created":"{format_time(a.created)}",'
                 f'"modified":"{format_time(a.modified)}",{tile_part[a.tile_sha256]},'
                 f'"pixel_kind":"{a.geometry.kind}","pixel_params":[{params}],"links":[{link_text}]')
        yield f'{{"type":"Feature","id":"{a.id}","geometry":{_geometry_text(a.lonlat)},"properties":{{{props}}}}}'


@bulk
def write_geojson(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    """Write a FeatureCollection; returns the number of features."""
    with atomic_output(path, force=force) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.write('{"type":"FeatureCollection","features":[\n')
        for i, text in enumerate(feature_texts(sel)):
            if i:
                fh.write(",\n")
            fh.write(text)
            if progress and i % 5000 == 0:
                progress(i)
        fh.write("\n]}\n")
    return len(sel.annotations)
