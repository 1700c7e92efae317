"""Shared fixtures: tiny real GeoTIFFs written on the fly, and the shared public test data."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import rasterio
from affine import Affine
from hypothesis import settings
from rasterio.control import GroundControlPoint
from rasterio.enums import ColorInterp

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "sample_tiles"
TESTDATA = Path(os.environ.get("SHARED_TESTDATA", ROOT.parent / "shared" / "testdata"))

# The suite that gates main draws the same hypothesis examples every run, so a red run is a change's fault and
# reproduces; `HYPOTHESIS_PROFILE=explore` draws fresh ones (run it while working; add what it finds as @example).
settings.register_profile("gate", derandomize=True, print_blob=True)
settings.register_profile("explore", print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "gate"))


@pytest.fixture(autouse=True)
def _private_hash_cache(tmp_path_factory, monkeypatch):
    """Keep each test session's caches, crash reports, signing keys and trusted keys away from the user's."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.getbasetemp() / "cache"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path_factory.getbasetemp() / "config"))


def run_cli(*args, **kwargs) -> subprocess.CompletedProcess:
    """Run ``annotate ARGS…`` in a fresh process, as an analyst would; keyword arguments go to ``subprocess.run``."""
    return subprocess.run([sys.executable, "-m", "annotate.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300, **kwargs)


def needs_testdata(*parts: str) -> Path:
    """Path inside ../shared/testdata, or skip the test (clearly) when it is absent."""
    path = TESTDATA.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"shared test data not present: {path}")
    return path


def write_geotiff(path: Path, *, width=64, height=48, count=3, dtype="uint8", crs="EPSG:32653",
                  transform=None, gcps=None, nodata=None, tags=None, colorinterp=None, overviews=(),
                  descriptions=None, data=None, tiled=False) -> Path:
    """Write a small real GeoTIFF and return its path."""
    if data is None:
        rng = np.random.default_rng(abs(hash(path.name)) % 2**32)
        hi = 255 if dtype == "uint8" else 10000
        data = rng.integers(1, hi, (count, height, width)).astype(dtype)
    profile = dict(driver="GTiff", width=width, height=height, count=count, dtype=dtype)
    if tiled:
        profile.update(tiled=True, blockxsize=16, blockysize=16)
    if gcps is None:
        profile.update(crs=crs, transform=transform or Affine(0.5, 0, 284000.0, 0, -0.5, 4752000.0))
    if nodata is not None:
        profile["nodata"] = nodata
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(data)
        if gcps is not None:
            ds.gcps = (gcps, rasterio.crs.CRS.from_user_input(crs))
        if tags:
            ds.update_tags(**tags)
        if colorinterp:
            ds.colorinterp = colorinterp
        if descriptions:
            for i, d in enumerate(descriptions, 1):
                ds.set_band_description(i, d)
    if overviews:
        with rasterio.open(path, "r+") as ds:
            ds.build_overviews(list(overviews))
    return path


@pytest.fixture
def utm_tif(tmp_path) -> Path:
    """0.5 m UTM 53N tile near Dunai, 64 × 48, RGB."""
    return write_geotiff(tmp_path / "utm.tif", transform=Affine(0.5, 0, 284000.0, 0, -0.5, 4752000.0))


@pytest.fixture
def geographic_tif(tmp_path) -> Path:
    """EPSG:4326 tile near Sunan, 1e-5° pixels."""
    return write_geotiff(tmp_path / "geo.tif", crs="EPSG:4326", transform=Affine(1e-5, 0, 125.67, 0, -1e-5, 39.224))


@pytest.fixture
def webmercator_tif(tmp_path) -> Path:
    """EPSG:3857 tile at 37.67° N, 0.6 'metre' pixels (0.475 m on the ground)."""
    return write_geotiff(tmp_path / "merc.tif", crs="EPSG:3857",
                         transform=Affine(0.6, 0, 14321853.1157, 0, -0.6, 4533021.5254))


@pytest.fixture
def rotated_tif(tmp_path) -> Path:
    """UTM tile rotated 30°, 1 m pixels."""
    t = Affine.translation(284000.0, 4752000.0) @ Affine.rotation(30) @ Affine.scale(1.0, -1.0)
    return write_geotiff(tmp_path / "rotated.tif", transform=t)


@pytest.fixture
def gcps_tif(tmp_path) -> Path:
    """Single-band tile georeferenced by four GCPs in EPSG:4326 (no transform)."""
    gcps = [GroundControlPoint(row=0, col=0, x=132.35, y=42.90), GroundControlPoint(row=0, col=64, x=132.36, y=42.90),
            GroundControlPoint(row=48, col=64, x=132.36, y=42.89), GroundControlPoint(row=48, col=0, x=132.35, y=42.89)]
    return write_geotiff(tmp_path / "gcps.tif", count=1, crs="EPSG:4326", gcps=gcps)


@pytest.fixture
def uint16_bgra_tif(tmp_path) -> Path:
    """16-bit, 4 bands in blue, green, red, alpha order, with nodata 0 and a transparent corner."""
    rng = np.random.default_rng(7)
    data = rng.integers(100, 4000, (4, 48, 64)).astype("uint16")
    data[0] += 3000  # blue is brightest: a stretch must keep bands apart
    data[3] = 65535
    data[3, :8, :8] = 0
    return write_geotiff(tmp_path / "bgra16.tif", count=4, dtype="uint16", data=data, nodata=0,
                         colorinterp=[ColorInterp.blue, ColorInterp.green, ColorInterp.red, ColorInterp.alpha])


@pytest.fixture
def overview_tif(tmp_path) -> Path:
    """A 2048 × 1536 tiled UTM tile with overviews 2, 4, 8."""
    y, x = np.mgrid[0:1536, 0:2048]
    band = ((x // 16 + y // 16) % 2 * 200 + 20).astype("uint8")
    return write_geotiff(tmp_path / "ovr.tif", width=2048, height=1536, data=np.stack([band] * 3), tiled=True,
                         overviews=(2, 4, 8))


@pytest.fixture
def plain_png(tmp_path) -> Path:
    """A screenshot-like PNG with no georeferencing."""
    from PIL import Image

    path = tmp_path / "screenshot.png"
    Image.fromarray(np.full((40, 60, 3), 120, np.uint8)).save(path)
    return path
