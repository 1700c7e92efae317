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
        for fmt in ("geojson", "gpkg", "coco", "dota"):
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
