"""Georef: round trips (hypothesis), geodesic measures, MGRS, axis order."""

from __future__ import annotations

import math

import numpy as np
import pytest
from affine import Affine
from hypothesis import given, settings
from hypothesis import strategies as st
from pyproj import Proj

from imagery import Georef

pixel = st.floats(min_value=-100, max_value=5000, allow_nan=False)
DUNAI_UTM = Affine(0.5, 0, 284000.0, 0, -0.5, 4752000.0)
ROTATED = Affine.translation(284000.0, 4752000.0) @ Affine.rotation(-23.5) @ Affine.scale(0.7, -0.7)
GEOGRAPHIC = Affine(1e-5, 0, 125.66, 0, -1e-5, 39.23)
MERCATOR = Affine(0.6, 0, 14321853.1157, 0, -0.6, 4533021.5254)
CASES = [("EPSG:32653", DUNAI_UTM), ("EPSG:32653", ROTATED), ("EPSG:4326", GEOGRAPHIC), ("EPSG:3857", MERCATOR)]


@pytest.mark.parametrize("crs, transform", CASES)
@given(row=pixel, col=pixel)
@settings(max_examples=60, deadline=None)
def test_pixel_crs_pixel_round_trip(crs, transform, row, col):
    g = Georef(crs, transform)
    r, c = g.crs_to_pixel(*g.pixel_to_crs(row, col))
    assert (r, c) == pytest.approx((row, col), abs=1e-6)


@pytest.mark.parametrize("crs, transform", CASES)
@given(row=pixel, col=pixel)
@settings(max_examples=60, deadline=None)
def test_pixel_lonlat_pixel_round_trip(crs, transform, row, col):
    g = Georef(crs, transform)
    r, c = g.lonlat_to_pixel(*g.pixel_to_lonlat(row, col))
    assert (r, c) == pytest.approx((row, col), abs=1e-5)


def test_axis_order_is_explicit():
    g = Georef("EPSG:32653", DUNAI_UTM)
    x, y = g.pixel_to_crs(10, 20)  # row 10, col 20
    assert (x, y) == (284000.0 + 20 * 0.5, 4752000.0 - 10 * 0.5)
    lon, lat = g.pixel_to_lonlat(10, 20)
    assert 130 < lon < 134 and 42 < lat < 44  # lon first, lat second


def test_vectorised():
    g = Georef("EPSG:32653", DUNAI_UTM)
    rows, cols = np.arange(5.0), np.arange(5.0) * 2
    lon, lat = g.pixel_to_lonlat(rows, cols)
    assert lon.shape == (5,) and lat.shape == (5,)


def test_geodesic_length_and_area_in_utm():
    g = Georef("EPSG:32653", DUNAI_UTM)
    # 225 px × 0.5 m: the Ropucha-class hull length, ground metres within UTM scale error
    assert g.length_m([100, 100], [100, 325]) == pytest.approx(112.5, rel=1e-3)
    ring_r, ring_c = [0, 0, 200, 200, 0], [0, 200, 200, 0, 0]
    assert g.area_m2(ring_r, ring_c) == pytest.approx(100 * 100, rel=2e-3)


def test_heading_includes_meridian_convergence():
    g = Georef("EPSG:32653", DUNAI_UTM)
    lon, lat = g.pixel_to_lonlat(500, 500)
    convergence = Proj("EPSG:32653").get_factors(lon, lat).meridian_convergence
    up = g.heading_deg(500, 500, 400, 500)  # straight up the image = grid north
    # west of the central meridian grid north lies west of true north: its true heading is the
    # (negative) convergence, about -1.8° at Dunai
    assert convergence == pytest.approx(-1.8, abs=0.2)
    assert up == pytest.approx(convergence % 360, abs=0.05)
    assert g.heading_deg(500, 500, 500, 600) == pytest.approx((90 + convergence) % 360, abs=0.05)
    assert g.north_angle_deg(500, 500) == pytest.approx(-convergence, abs=0.05)


def test_geographic_length_is_geodesic():
    g = Georef("EPSG:4326", GEOGRAPHIC)
    # 1000 px east at 39.22 N = 0.01° of longitude
    expected = 0.01 * math.cos(math.radians(39.23)) * 111_320
    assert g.length_m([0, 0], [0, 1000]) == pytest.approx(expected, rel=5e-3)


def test_mgrs_of_sunan():
    lonlat_to_pixel = Georef("EPSG:4326", GEOGRAPHIC).lonlat_to_pixel
    g = Georef("EPSG:4326", GEOGRAPHIC)
    r, c = lonlat_to_pixel(125.670, 39.224)
    ref = g.mgrs(r, c)
    assert ref.startswith("51SYD") and len(ref) == 15


def test_transform_without_crs_has_no_lonlat():
    g = Georef(None, Affine(10, 2, -1, 2, -10, 299))
    assert g.pixel_to_crs(0, 0) == (-1.0, 299.0)
    assert not g.has_lonlat
    with pytest.raises(ValueError, match="no CRS"):
        g.pixel_to_lonlat(0, 0)


def test_degenerate_transform_rejected():
    with pytest.raises(ValueError, match="degenerate"):
        Georef("EPSG:32653", Affine(0, 0, 0, 0, 0, 0))


def test_western_and_southern_hemispheres_print_as_w_and_s(tmp_path):
    """The real Landsat tile over the Bahamas (EPSG:32618): W, not '-77.75 E', in `info` and the overlay."""
    import subprocess
    import sys

    from annotate.napari._layers import overlay_text
    from imagery import open_tile
    from imagery.georef import format_latlon
    from tests.conftest import ROOT, needs_testdata

    assert format_latlon(-12.5, -45.25, 2) == "12.50 S, 45.25 W"
    tif = needs_testdata("georef", "RGB.byte.tif")
    info = subprocess.run([sys.executable, "-m", "annotate.cli", "info", str(tif)], capture_output=True, text=True,
                          cwd=ROOT)
    assert "24.561583 N, 77.757906 W" in info.stdout and "-77" not in info.stdout
    with open_tile(tif, compute_hash=False) as tile:
        assert "24.5616 N  77.7579 W" in overlay_text(tile.metadata)
