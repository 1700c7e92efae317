"""Exports at scale: 100,000 annotations to GeoJSON, GeoPackage, COCO and DOTA; a report with 200 chips.

Usage: ``python benchmarks/bench_export.py [--annotations 100000] [--tiles 50] [--chips 200]``

Beside our GeoJSON writer it times the naive path measured in the same run: build one dict per
feature and ``json.dump`` the whole FeatureCollection.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
from bench_store import write_tiles  # noqa: E402

from annotate.io.exporting import WRITERS  # noqa: E402
from annotate.io.features import properties  # noqa: E402
from annotate.io.selection import select  # noqa: E402
from annotate.model import PixelGeometry  # noqa: E402
from annotate.report.evidence import write_html  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402


def timed(fn):
    t = time.perf_counter()
    out = fn()
    return out, time.perf_counter() - t


def naive_gpkg(sel, path: Path) -> None:
    """One GeoPackage layer from numpy object columns through pyogrio's non-Arrow writer."""
    import shapely
    from pyogrio.raw import write

    polys = [a for a in sel.annotations if a.lonlat and a.geometry.kind != "point"]
    geoms = shapely.to_wkb(np.array([shapely.geometry.shape(a.lonlat) for a in polys], dtype=object))
    fields = ["id", "class", "type", "confidence", "analyst", "length_m"]
    data = [np.array([a.id for a in polys], dtype=object), np.array([a.cls for a in polys], dtype=object),
            np.array([a.type for a in polys], dtype=object),
            np.array([a.confidence.value for a in polys], dtype=object),
            np.array([a.analyst for a in polys], dtype=object), np.array([a.length_m for a in polys], dtype=float)]
    write(str(path), geoms, data, fields, driver="GPKG", geometry_type="Polygon", crs="EPSG:4326", layer="annotations")


def gdal_floor(project: Path, path: Path) -> None:
    from pyogrio.raw import read_arrow, write_arrow

    _, table = read_arrow(str(project), layer="annotations", columns=["id"])
    write_arrow(table, str(path), layer="a", driver="GPKG", geometry_name="geom", geometry_type="Polygon",
                crs="EPSG:4326", layer_options={"SPATIAL_INDEX": "YES"})


def naive_cvat(sel, path: Path) -> None:
    """CVAT XML as an ElementTree: one element per shape and attribute, then ``tree.write``."""
    import xml.etree.ElementTree as ET

    root = ET.Element("annotations")
    ET.SubElement(root, "version").text = "1.1"
    for frame, (sha, anns) in enumerate(sel.by_tile().items()):
        t = sel.tiles[sha]
        image = ET.SubElement(root, "image", id=str(frame), name=Path(t.path).name, width=str(t.width),
                              height=str(t.height))
        for a in anns:
            cx, cy, w, h, angle = a.geometry.params
            box = ET.SubElement(image, "box", label=a.cls, xtl=f"{cx - w / 2:.2f}", ytl=f"{cy - h / 2:.2f}",
                                xbr=f"{cx + w / 2:.2f}", ybr=f"{cy + h / 2:.2f}", rotation=f"{angle:.2f}")
            for k, v in (("type", a.type or ""), ("confidence", a.confidence.value), ("analyst", a.analyst),
                         ("annotate_id", a.id)):
                ET.SubElement(box, "attribute", name=k).text = v
    ET.ElementTree(root).write(path, encoding="utf-8", xml_declaration=True)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotations", type=int, default=100_000)
    ap.add_argument("--tiles", type=int, default=50)
    ap.add_argument("--chips", type=int, default=200)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        project = create_project(tmp / "bench.gpkg", analyst="bench")
        tiles = [add_tile_file(project, p) for p in write_tiles(tmp, args.tiles)]
        per_tile = args.annotations // args.tiles
        t0 = time.perf_counter()
        for t in tiles:
            rows = [{"geometry": PixelGeometry.obb(x, y, 60.0, 12.0, a), "cls": "cargo ship"}
                    for x, y, a in zip(rng.uniform(100, 3900, per_tile), rng.uniform(100, 3900, per_tile),
                                       rng.uniform(0, 180, per_tile))]
            project.add_annotations(project.new_annotations(t.sha256, rows))
        print(f"setup: {args.annotations:,} annotations on {args.tiles} tiles in {time.perf_counter() - t0:.1f} s")

        sel, t_select = timed(lambda: select(project))
        print(f"load the selection (annotations with lon/lat, links, tiles)  {t_select:6.2f} s")
        for fmt in ("geojson", "gpkg", "coco", "dota", "cvat", "label-studio"):
            out = tmp / f"out.{fmt}"
            count, t = timed(lambda: WRITERS[fmt](sel, out))
            size = sum(p.stat().st_size for p in out.rglob("*")) if out.is_dir() else out.stat().st_size
            print(f"{fmt:<8} {count:>7,} records  {t:6.2f} s   {size / 1e6:6.1f} MB")

        def naive():
            fc = {"type": "FeatureCollection",
                  "features": [{"type": "Feature", "id": a.id, "geometry": a.lonlat, "properties": properties(sel, a)}
                               for a in sel.annotations]}
            with open(tmp / "naive.geojson", "w") as fh:
                json.dump(fc, fh)

        _, t_naive = timed(naive)
        print(f"naive GeoJSON (dicts + json.dump)  {t_naive:6.2f} s")
        _, t = timed(lambda: naive_gpkg(sel, tmp / "naive.gpkg"))
        print(f"naive GeoPackage (pyogrio.write of numpy columns, as geopandas.to_file)  {t:6.2f} s")
        _, t = timed(lambda: gdal_floor(tmp / "bench.gpkg", tmp / "floor.gpkg"))
        print(f"floor: GDAL writing the 100,000 outlines alone from a ready Arrow table, with R-tree  {t:6.2f} s")
        _, t = timed(lambda: naive_cvat(sel, tmp / "naive.xml"))
        print(f"naive CVAT (an ElementTree built, then written)  {t:6.2f} s")

        source = project.add_source("Report. " * 400)
        claims = project.add_claims([project.new_claim(source, i * 8, i * 8 + 7, checkable=True)
                                     for i in range(20)])
        ids = [a.id for a in sel.annotations[:args.chips]]
        project.add_links([(aid, claims[i % len(claims)].id, "corroborates", "") for i, aid in enumerate(ids)])
        report, t_report = timed(lambda: write_html(project, tmp / "report.html"))
        chips = (tmp / "report.html").read_text().count("data:image/png")
        print(f"report   {chips} chips, {len(report.sections)} claims, verify included  {t_report:6.2f} s   "
              f"{(tmp / 'report.html').stat().st_size / 1e6:.1f} MB")
        project.close()


if __name__ == "__main__":
    main()
