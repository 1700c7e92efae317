"""The real `annotate` command: info (text and JSON), tiles optimize, and one-line errors with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import SAMPLES, needs_testdata

INFO_KEYS = {
    "path", "sha256", "driver", "width", "height", "band_count", "dtype", "nodata", "has_alpha", "colorinterp",
    "band_descriptions", "overviews", "block_shape", "georeferenced", "georef_kind", "crs", "crs_epsg", "transform",
    "transform_source", "gcps", "gcp_crs", "has_rpcs", "gsd_m", "gsd_x_m", "gsd_y_m", "center_lonlat",
    "bounds_lonlat", "footprint_lonlat", "acquired", "acquired_source", "site", "source", "credit", "licence",
    "warnings",
}


def run(*args, check_rc=None):
    proc = subprocess.run([sys.executable, "-m", "annotate.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=300)
    if check_rc is not None:
        assert proc.returncode == check_rc, proc.stderr
    return proc


def test_info_json_on_sample_tile():
    proc = run("info", "--json", SAMPLES / "dunai_2025-05-18.tif", check_rc=0)
    d = json.loads(proc.stdout)
    assert set(d) == INFO_KEYS
    assert d["crs"] == "EPSG:32653" and d["width"] == 4096 and d["height"] == 4096
    assert d["gsd_m"] == pytest.approx(0.5, rel=2e-3)
    assert d["acquired"] == "2025-05-18T01:52:10+00:00" and d["acquired_source"] == "tiff-datetime"
    lon, lat = d["center_lonlat"]
    assert (lon, lat) == pytest.approx((132.357, 42.889), abs=1e-3)
    assert len(d["sha256"]) == 64 and d["footprint_lonlat"][0] == d["footprint_lonlat"][-1]


def test_info_several_tiles_text_and_json_list():
    tiles = [SAMPLES / "sunan_2025-05-20.tif", SAMPLES / "sunan_2025-06-11.tif"]
    text = run("info", *tiles, check_rc=0).stdout
    assert text.count("EPSG:32651") == 2 and "2025-06-11" in text and "Sunan International Airport" in text
    listed = json.loads(run("info", "--json", *tiles, check_rc=0).stdout)
    assert [d["site"] for d in listed] == ["Sunan International Airport"] * 2


def test_info_real_georeferenced_file():
    path = needs_testdata("georef", "sentinel.jp2")
    d = json.loads(run("info", "--json", path, check_rc=0).stdout)
    assert d["crs"] == "EPSG:32614" and d["gsd_m"] == pytest.approx(60, rel=0.01)
    assert d["bounds_lonlat"] == pytest.approx([-101.2490, 36.0358, -100.0021, 37.0419], abs=2e-4)


def test_missing_file_is_one_line_exit_2(tmp_path):
    proc = run("info", tmp_path / "missing.tif", check_rc=2)
    assert proc.stderr.strip().count("\n") == 0 and "missing.tif" in proc.stderr and "Traceback" not in proc.stderr


@pytest.mark.parametrize("name", ["GHSarNITF21_good.ntf", "corrupt.tif", "crash-338516dbd2f0e83caddb8ce256c22db3bd6dc40f.tif",
                                  "libtiff_segfault.tif", "seek_too_large.tif", "truncated_at_byte_5000.jp2",
                                  "truncated_image.png"])
def test_every_corrupt_file_one_line_exit_2(name):
    path = needs_testdata("corrupt", name)
    proc = run("info", path, check_rc=2)
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and name in lines[0] and lines[0].startswith("annotate: error:")
    assert proc.stdout == ""


def test_tiles_optimize_writes_cog_and_refuses_existing(tmp_path):
    from tests.conftest import write_geotiff

    src = write_geotiff(tmp_path / "plain.tif", width=1500, height=1200)
    out = tmp_path / "plain_cog.tif"
    run("tiles", "optimize", src, "-o", out, check_rc=0)
    d = json.loads(run("info", "--json", out, check_rc=0).stdout)
    assert d["overviews"] and d["crs"] == "EPSG:32653"
    proc = run("tiles", "optimize", src, "-o", out, check_rc=2)
    assert "--force" in proc.stderr
    run("tiles", "optimize", src, "-o", out, "--force", check_rc=0)
