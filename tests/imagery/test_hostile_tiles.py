"""Tiles with degenerate georeferencing open pixel-only with a warning (info, tiles add, the viewer); a tile
rewritten with the same size and modification time is probed again."""

from __future__ import annotations

import json
import math
import os
import shutil
import subprocess
import sys

import numpy as np
import pytest
from affine import Affine
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from rasterio.control import GroundControlPoint

from imagery import Georef, open_tile
from imagery.errors import ImageryError
from tests.conftest import ROOT, needs_testdata, run_cli, write_geotiff


def gcp(row, col, x, y):
    return GroundControlPoint(row=row, col=col, x=x, y=y)


def _one_gcp(p):
    return write_geotiff(p, gcps=[gcp(0, 0, 132.35, 42.89)], crs="EPSG:4326")


def _identical_gcps(p):
    return write_geotiff(p, gcps=[gcp(0, 0, 132.35, 42.89)] * 4, crs="EPSG:4326")


def _collinear_gcps(p):
    return write_geotiff(p, gcps=[gcp(0, 0, 132.35, 42.89), gcp(10, 10, 132.36, 42.88), gcp(20, 20, 132.37, 42.87)],
                         crs="EPSG:4326")


def _zero_pixel(p):
    return write_geotiff(p, transform=Affine(0.0, 0, 284000.0, 0, -0.5, 4752000.0))


def _nan_pixel(p):
    return write_geotiff(p, transform=Affine(float("nan"), 0, 284000.0, 0, -0.5, 4752000.0))


def _off_the_earth(p):
    return write_geotiff(p, transform=Affine(0.001, 0, 132.0, 0, -0.001, 500.0), crs="EPSG:4326")


DEGENERATE = {"one GCP": _one_gcp, "identical GCPs": _identical_gcps, "collinear GCPs": _collinear_gcps,
              "zero pixel size": _zero_pixel, "NaN pixel size": _nan_pixel, "a transform off the earth": _off_the_earth}


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


@pytest.mark.parametrize("case", DEGENERATE)
def test_degenerate_georeferencing_opens_pixel_only_with_a_warning(tmp_path, case):
    path = DEGENERATE[case](tmp_path / "bad.tif")
    with open_tile(path) as tile:
        m = tile.metadata
        assert not m.georeferenced and tile.georef is None and m.gsd_m is None and m.footprint_lonlat is None
        assert any("unusable" in w and "pixel-only" in w for w in m.warnings), m.warnings
    info = cli("info", path, "--json")
    assert info.returncode == 0, info.stderr
    data = json.loads(info.stdout)
    assert data["georeferenced"] is False and "NaN" not in info.stdout
    project = tmp_path / "p.gpkg"
    assert cli("new", project).returncode == 0
    added = cli("tiles", "add", project, path)
    assert added.returncode == 0 and "Traceback" not in added.stderr, added.stderr
    assert cli("add", project, "--tile", path, "--class", "tug", "--box", "1,1,20,20").returncode == 0
    assert cli("verify", project).returncode == 0


def test_the_viewer_opens_a_tile_with_a_nan_transform(tmp_path):
    path = _nan_pixel(tmp_path / "nan.tif")
    shot = tmp_path / "shot.png"
    proc = cli("open", path, "--screenshot", shot, "--quit")
    assert proc.returncode == 0 and shot.exists() and "Traceback" not in proc.stderr, proc.stderr


def test_a_real_tile_rotated_into_degenerate_gcps_opens(tmp_path):
    """From the real rio-tiler GCP fixture: its GCPs collapsed onto one line."""
    import rasterio

    src = needs_testdata("georef", "cog_gcps.tif")
    dst = tmp_path / "collapsed.tif"
    shutil.copy(src, dst)
    with rasterio.open(dst, "r+", IGNORE_COG_LAYOUT_BREAK="YES") as ds:
        gcps, crs = ds.gcps
        ds.gcps = ([gcp(g.row, g.row, g.x, g.x) for g in gcps], crs)
    with open_tile(dst) as tile:
        assert not tile.metadata.georeferenced
        assert any("on one line" in w for w in tile.metadata.warnings), tile.metadata.warnings


def test_a_file_rewritten_with_the_same_size_and_mtime_is_probed_again(tmp_path):
    import rasterio

    good = tmp_path / "t.tif"
    pixels = np.random.default_rng(1).integers(0, 255, (3, 512, 512), dtype="uint8")
    with rasterio.open(good, "w", driver="GTiff", width=512, height=512, count=3, dtype="uint8", tiled=True,
                       blockxsize=128, blockysize=128, compress="deflate") as ds:
        ds.write(pixels)
    with open_tile(good, compute_hash=False):
        pass  # passed the probe: remembered
    st_ = os.stat(good)
    data = bytearray(good.read_bytes())
    cut = len(data) // 3
    data[cut:] = b"\0" * (len(data) - cut)  # the pixel data destroyed, the size kept
    good.write_bytes(bytes(data))
    os.utime(good, ns=(st_.st_atime_ns, st_.st_mtime_ns))
    assert os.stat(good).st_size == st_.st_size and os.stat(good).st_mtime_ns == st_.st_mtime_ns
    with pytest.raises(ImageryError, match="t.tif"):
        open_tile(good, compute_hash=False)


finite = st.floats(min_value=-1e7, max_value=1e7, allow_nan=False)
anything = st.one_of(finite, st.just(0.0), st.just(float("nan")), st.just(float("inf")), st.floats())


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.tuples(anything, anything, anything, anything, anything, anything),
       st.sampled_from(["EPSG:4326", "EPSG:32653", "EPSG:3857"]))
def test_any_transform_either_works_or_is_refused_in_one_line(t, crs):
    try:
        g = Georef(crs, t)
    except ValueError as exc:
        assert "degenerate" in str(exc)
        return
    assert all(math.isfinite(v) for v in t) and abs(t[0] * t[4] - t[1] * t[3]) > 0
    g.pixel_to_crs(1.0, 1.0)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(anything, anything, finite, finite), min_size=0, max_size=6))
def test_any_gcps_either_work_or_are_refused_in_one_line(points):
    try:
        g = Georef("EPSG:4326", None, points)
    except ValueError as exc:
        assert "GCPs" in str(exc) or "Georef needs" in str(exc)
        return
    assert len(points) >= 3 and np.isfinite(np.asarray(points)).all()
    x, y = g.pixel_to_crs(1.0, 1.0)
    g.crs_to_pixel(x, y)


def test_a_cog_copy_onto_a_full_disk_is_one_line_and_leaves_nothing(tmp_path):
    """A 64 KiB tmpfs in a private mount namespace stands in for a full disk."""
    full = tmp_path / "full"
    full.mkdir()
    src = ROOT / "sample_tiles" / "dunai_2025-05-18.tif"
    script = (f"mount -t tmpfs -o size=64k tmpfs '{full}' && '{sys.executable}' -m annotate.cli tiles optimize "
              f"'{src}' -o '{full}/copy.tif'; echo rc=$?; ls -A '{full}'")
    proc = subprocess.run(["unshare", "-rm", "sh", "-c", script], capture_output=True, text=True, cwd=ROOT)
    if "rc=" not in proc.stdout:
        pytest.skip(f"no private tmpfs mount here: {proc.stderr.strip()[:100]}")
    assert "rc=2" in proc.stdout and proc.stdout.strip().endswith("rc=2"), proc.stdout  # nothing left in the folder
    assert proc.stderr.count("\n") == 1 and "no space left" in proc.stderr, proc.stderr


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.tuples(anything, anything, anything, anything, anything, anything),
       st.sampled_from(["EPSG:4326", "EPSG:32653", "EPSG:3857"]))
def test_a_real_tile_with_any_transform_opens_or_fails_in_one_line(tmp_path, t, crs):
    import rasterio

    path = tmp_path / "any.tif"
    try:
        write_geotiff(path, transform=Affine(*t), crs=crs)
    except (rasterio.errors.RasterioError, ValueError):
        return  # GDAL itself would not write it
    try:
        with open_tile(path, compute_hash=False) as tile:
            m = tile.metadata
            if m.georeferenced:
                assert all(math.isfinite(v) for p in m.footprint_lonlat for v in p)
                assert all(abs(lat) <= 90 for _, lat in m.footprint_lonlat) and m.gsd_m > 0
    except ImageryError:
        pass
