"""The real public files in ../shared/testdata, checked against SOURCES.md / expected_rasterio.json."""

from __future__ import annotations

import json

import pytest

from imagery import ImageryError, open_tile
from tests.conftest import needs_testdata

GEOREF = ["RGB.byte.tif", "RGB.byte.rpc.vrt", "cogeo.tif", "shade.tif", "rotated.tif", "RGBA.uint16.tif",
          "cog_gcps.tif", "20091021203850-01001116-VIS.ntf.r5", "fake_nsif.ntf", "046_512x512_s_8_3_rgb_j2c.ntf",
          "sentinel.jp2", "erdas-sandiego1m_null.jp2", "test_with_world.png", "grey_rot.tif"]
CORRUPT = ["GHSarNITF21_good.ntf", "corrupt.tif", "crash-338516dbd2f0e83caddb8ce256c22db3bd6dc40f.tif",
           "libtiff_segfault.tif", "seek_too_large.tif", "truncated_at_byte_5000.jp2", "truncated_image.png"]


@pytest.fixture(scope="module")
def expected():
    return json.loads(needs_testdata("expected_rasterio.json").read_text())


@pytest.mark.parametrize("name", GEOREF)
def test_georef_file_matches_expected(name, expected):
    path = needs_testdata("georef", name)
    exp = expected[f"georef/{name}"]
    with open_tile(path) as tile:
        m = tile.metadata
    assert [m.width, m.height] == exp["size"]
    assert m.band_count == exp["count"] and m.dtype == exp["dtypes"][0]
    assert m.has_rpcs == exp["rpcs"]
    assert len(m.gcps) == exp["gcps"]
    assert list(m.overviews) == exp["overviews"]
    if exp["crs"] and not exp["gcps"]:
        assert m.crs == exp["crs"]
        assert m.transform == pytest.approx(exp["transform"], rel=1e-6, abs=1e-9)
    if exp.get("bounds_wgs84"):
        assert m.georeferenced
        assert list(m.bounds_lonlat) == pytest.approx(exp["bounds_wgs84"], abs=2e-4)


def test_world_file_centre_to_corner_shift():
    path = needs_testdata("georef", "test_with_world.png")
    with open_tile(path) as tile:
        m = tile.metadata
    assert m.transform_source == "world file" and m.georef_kind == "world-file-no-crs" and not m.georeferenced
    assert m.transform[2] == pytest.approx(96.211463183, abs=1e-8)
    assert m.transform[5] == pytest.approx(25.632931129, abs=1e-8)


def test_rotated_world_file_line_order():
    with open_tile(needs_testdata("georef", "grey_rot.tif")) as tile:
        assert tile.metadata.transform == pytest.approx((10, 2, -1, 2, -10, 299))


def test_nitf_airfield_date_and_source():
    with open_tile(needs_testdata("georef", "20091021203850-01001116-VIS.ntf.r5")) as tile:
        m = tile.metadata
    assert m.acquired.isoformat() == "2009-10-21T20:38:50+00:00" and m.acquired_source == "nitf-idatim"
    assert m.source == "LAIR2 EO Sensor" and m.crs == "EPSG:4326"
    assert 6 < m.gsd_m < 10  # 8.4e-5° at 39.8 N


def test_tiff_datetime_of_sentinel1_gcp_file():
    with open_tile(needs_testdata("georef", "cog_gcps.tif")) as tile:
        m = tile.metadata
        lon, lat = tile.georef.pixel_to_lonlat(0.5, 0.5)
    assert m.acquired.isoformat() == "2018-07-16T06:06:23+00:00" and m.acquired_source == "tiff-datetime"
    assert (lon, lat) == pytest.approx((78.20390, 10.73755), abs=0.01)  # GCP 1 (pixel centre vs corner)


def test_non_north_up_nsif():
    with open_tile(needs_testdata("georef", "fake_nsif.ntf")) as tile:
        m = tile.metadata
        north = tile.georef.north_angle_deg(15, 15)
    assert m.transform[1] != 0 and m.georeferenced
    assert not (north < 1 or north > 359)  # north is not "up" in this image


@pytest.mark.parametrize("name", CORRUPT)
def test_corrupt_file_gives_one_clear_error(name):
    path = needs_testdata("corrupt", name)
    with pytest.raises(ImageryError) as info:
        open_tile(path, probe_timeout=60)
    message = str(info.value)
    assert name in message and "\n" not in message
    assert isinstance(info.value, (OSError, ValueError))

