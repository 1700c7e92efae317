"""The shared project on real files (../shared/testdata): a DOTA harbour with its 536 labels and a real
georeferenced GeoTIFF, in PostGIS; exports read by GDAL; copied to a GeoPackage with the same content."""

from __future__ import annotations

import json
import re
import shutil
import subprocess

import pytest

from annotate.io.importing import import_annotations
from annotate.model import PixelGeometry
from annotate.store import create_project, open_project
from annotate.tiles import add_tile_file
from tests.conftest import needs_testdata, run_cli

from .conftest import schema_of


def test_real_labels_and_a_real_geotiff_in_postgis_and_back(pg_server, project_url, tmp_path):
    harbour = needs_testdata("labeled", "dota", "P0706.png")
    geotiff = needs_testdata("georef", "RGB.byte.tif")
    with create_project(project_url) as p:
        dota_tile = add_tile_file(p, harbour)
        summary = import_annotations(p, dota_tile.sha256, "dota", harbour.with_suffix(".txt"))
        assert summary.imported == 536
        geo_tile = add_tile_file(p, geotiff)
        a = p.add_annotation(geo_tile.sha256, PixelGeometry("box", (300, 300, 340, 330)), "cargo ship")
    # GDAL's PG driver sees every annotation, on the earth where the GeoTIFF puts it
    if shutil.which("ogrinfo") is None:
        pytest.skip("ogrinfo (gdal-bin) not installed")
    conn = (f"PG:host=127.0.0.1 port={pg_server.port} dbname=annotate user={pg_server.superuser} "
            f"schemas={schema_of(project_url)}")
    info = subprocess.run(["ogrinfo", "-ro", "-so", conn, "annotations"], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0 and "Feature Count: 537" in info.stdout, info.stdout + info.stderr
    w, s, e, n = map(float, re.search(r"Extent: \(([-\d.]+), ([-\d.]+)\) - \(([-\d.]+), ([-\d.]+)\)",
                                       info.stdout).groups())
    ring = a.lonlat["coordinates"][0]
    lon, lat = sum(p[0] for p in ring[:-1]) / (len(ring) - 1), sum(p[1] for p in ring[:-1]) / (len(ring) - 1)
    assert w <= lon + 1e-6 and lon - 1e-6 <= e and s <= lat + 1e-6 and lat - 1e-6 <= n
    assert -80 < lon < -75 and 20 < lat < 30  # RGB.byte.tif: the Bahamas, in the western hemisphere
    # copied to a GeoPackage: same rows, chain verified; the same GeoJSON out of both
    gpkg = tmp_path / "copy.gpkg"
    done = run_cli("copy", project_url, gpkg)
    assert done.returncode == 0, done.stderr
    outs = []
    for src in (project_url, gpkg):
        out = tmp_path / f"out{len(outs)}.geojson"
        assert run_cli("export", src, "--format", "geojson", "-o", out).returncode == 0
        features = json.loads(out.read_text())["features"]
        outs.append(sorted((f["properties"]["id"], json.dumps(f["geometry"], sort_keys=True)) for f in features))
    assert outs[0] == outs[1] and len(outs[0]) == 537
    with open_project(gpkg, read_only=True) as copy:
        assert len(copy.annotations(dota_tile.sha256)) == 536
    assert "verified: OK" in run_cli("verify", gpkg).stdout
