"""open_tile on small real GeoTIFFs: metadata, georeferencing, provenance, hashing."""

from __future__ import annotations

import hashlib
import json
import math
import os

import pytest

from imagery import (
    CorruptTileError,
    ImageryError,
    NotAnImageError,
    TileNotFoundError,
    UnsupportedTileError,
    open_tile,
)
from imagery.hashing import sha256_file
from tests.conftest import write_geotiff


def test_utm_tile_metadata(utm_tif):
    with open_tile(utm_tif) as tile:
        m = tile.metadata
    assert (m.width, m.height, m.band_count, m.dtype) == (64, 48, 3, "uint8")
    assert m.crs == "EPSG:32653" and m.crs_epsg == 32653
    assert m.transform == (0.5, 0.0, 284000.0, 0.0, -0.5, 4752000.0)
    assert m.georeferenced and m.georef_kind == "transform" and m.transform_source == "header"
    # UTM grid metres differ from ground metres by the scale factor (< 0.1 % here)
    assert m.gsd_m == pytest.approx(0.5, rel=1e-3)
    lon, lat = m.center_lonlat
    assert 131 < lon < 135 and 42 < lat < 43.5
    assert m.footprint_lonlat[0] == m.footprint_lonlat[-1]
    assert len(m.footprint_lonlat) == 33
    assert m.sha256 == hashlib.sha256(utm_tif.read_bytes()).hexdigest()


def test_geographic_gsd_is_geodesic(geographic_tif):
    with open_tile(geographic_tif) as tile:
        m = tile.metadata
    # 1e-5 degree at 39.224 N: ~0.862 m east-west, ~1.110 m north-south
    assert m.gsd_x_m == pytest.approx(1e-5 * 111319.49 * math.cos(math.radians(39.224)), rel=5e-3)
    assert m.gsd_y_m == pytest.approx(1.110, rel=5e-3)
    assert m.crs == "EPSG:4326"


def test_web_mercator_gsd_is_ground_metres(webmercator_tif):
    with open_tile(webmercator_tif) as tile:
        m = tile.metadata
    lat = m.center_lonlat[1]
    assert m.gsd_m == pytest.approx(0.6 * math.cos(math.radians(lat)), rel=2e-3)


def test_rotated_transform(rotated_tif):
    with open_tile(rotated_tif) as tile:
        m = tile.metadata
        assert m.transform[1] != 0.0 and m.transform[3] != 0.0
        assert m.gsd_m == pytest.approx(1.0, rel=2e-3)
        # image "up" points 30° off grid north
        heading = tile.georef.heading_deg(20, 20, 10, 20)
        assert abs(((heading - 330.0 + 180) % 360) - 180) < 3.0  # within convergence + rotation


def test_gcps_are_used(gcps_tif):
    with open_tile(gcps_tif) as tile:
        m = tile.metadata
        assert m.georef_kind == "gcps" and len(m.gcps) == 4 and m.transform is None
        assert m.georeferenced and m.gcp_crs == "EPSG:4326"
        lon, lat = tile.georef.pixel_to_lonlat(48, 64)
        assert (lon, lat) == pytest.approx((132.36, 42.89), abs=1e-6)
    west, south, east, north = m.bounds_lonlat
    assert (west, south, east, north) == pytest.approx((132.35, 42.89, 132.36, 42.90), abs=1e-6)


def test_nodata_alpha_and_band_order(uint16_bgra_tif):
    with open_tile(uint16_bgra_tif) as tile:
        m = tile.metadata
    assert m.dtype == "uint16" and m.band_count == 4 and m.nodata == 0.0
    assert m.has_alpha and m.colorinterp == ("blue", "green", "red", "alpha")


def test_plain_image_is_pixel_only(plain_png):
    with open_tile(plain_png) as tile:
        m = tile.metadata
        assert tile.georef is None
    assert not m.georeferenced and m.georef_kind == "none" and m.crs is None
    assert m.gsd_m is None and m.footprint_lonlat is None
    assert any("pixel-only" in w for w in m.warnings)


def test_to_dict_is_json(utm_tif):
    with open_tile(utm_tif) as tile:
        d = tile.metadata.to_dict()
    text = json.dumps(d)
    assert json.loads(text)["crs"] == "EPSG:32653"


@pytest.mark.parametrize(
    "tags, name, expected_source, expected",
    [
        ({"TIFFTAG_DATETIME": "2025:05:18 01:52:10", "ACQUISITION_DATETIME": "2024-01-01T00:00:00Z"},
         "x_2023-03-03.tif", "tiff-datetime", "2025-05-18T01:52:10+00:00"),
        ({"ACQUISITION_DATETIME": "2024-01-02T03:04:05Z"}, "x_2023-03-03.tif",
         "metadata:ACQUISITION_DATETIME", "2024-01-02T03:04:05+00:00"),
        ({"NITF_IDATIM": "20091021203850"}, "x.tif", "nitf-idatim", "2009-10-21T20:38:50+00:00"),
        ({}, "pass_2023-03-03.tif", "filename", "2023-03-03T00:00:00+00:00"),
        ({}, "nodate.tif", None, None),
    ],
)
def test_acquisition_date_sources_in_order_of_trust(tmp_path, tags, name, expected_source, expected):
    path = write_geotiff(tmp_path / name, tags=tags)
    with open_tile(path) as tile:
        m = tile.metadata
    assert m.acquired_source == expected_source
    assert (m.acquired.isoformat() if m.acquired else None) == expected


def test_stac_sidecar_supplies_date_site_credit_licence(tmp_path):
    path = write_geotiff(tmp_path / "scene_2020-01-01.tif")
    item = {"type": "Feature", "stac_version": "1.0.0", "id": "scene",
            "properties": {"datetime": "2025-05-18T01:52:10Z", "title": "Dunai port", "license": "CC-BY-4.0",
                           "providers": [{"name": "Example Space", "roles": ["producer"]}]}}
    (tmp_path / "scene_2020-01-01.stac.json").write_text(json.dumps(item))
    with open_tile(path) as tile:
        m = tile.metadata
    assert m.acquired_source == "sidecar:scene_2020-01-01.stac.json"
    assert m.acquired.isoformat() == "2025-05-18T01:52:10+00:00"
    assert (m.site, m.licence, m.credit) == ("Dunai port", "CC-BY-4.0", "Example Space")


def test_sha256_cache_invalidated_by_change(utm_tif):
    first = sha256_file(utm_tif)
    assert sha256_file(utm_tif) == first
    with open(utm_tif, "ab") as fh:
        fh.write(b"\0")
    os.utime(utm_tif, ns=(os.stat(utm_tif).st_atime_ns, os.stat(utm_tif).st_mtime_ns + 10**9))
    assert sha256_file(utm_tif) == hashlib.sha256(utm_tif.read_bytes()).hexdigest() != first


def test_missing_file(tmp_path):
    with pytest.raises(TileNotFoundError) as info:
        open_tile(tmp_path / "nope.tif")
    assert isinstance(info.value, FileNotFoundError) and "nope.tif" in str(info.value)


def test_not_an_image(tmp_path):
    path = tmp_path / "report.tif"
    path.write_text("this is a text file, not a TIFF\n" * 10)
    with pytest.raises(NotAnImageError) as info:
        open_tile(path)
    assert isinstance(info.value, ValueError) and "report.tif" in str(info.value)


def test_empty_file(tmp_path):
    path = tmp_path / "empty.tif"
    path.write_bytes(b"")
    with pytest.raises(NotAnImageError, match="empty"):
        open_tile(path)


def test_truncated_tiff(tmp_path, overview_tif):
    data = overview_tif.read_bytes()
    cut = tmp_path / "cut.tif"
    cut.write_bytes(data[: len(data) // 3])
    with pytest.raises(ImageryError) as info:
        open_tile(cut)
    assert isinstance(info.value, (CorruptTileError, NotAnImageError)) and "cut.tif" in str(info.value)


def test_truncated_jpeg(tmp_path):
    from PIL import Image
    import numpy as np

    full = tmp_path / "full.jpg"
    rng = np.random.default_rng(0)
    Image.fromarray(rng.integers(0, 255, (300, 400, 3), dtype=np.uint8)).save(full, quality=90)
    cut = tmp_path / "cut.jpg"
    cut.write_bytes(full.read_bytes()[:6000])
    with pytest.raises(CorruptTileError, match="cut.jpg"):
        open_tile(cut)


def test_zero_size_and_absurd_header_rejected():
    from imagery.probe import check_declared_size

    with pytest.raises(UnsupportedTileError, match="zero-size"):
        check_declared_size("z.tif", 0, 10, 1)
    with pytest.raises(UnsupportedTileError, match="absurd"):
        check_declared_size("big.tif", 65535, 900, 65535)
    with pytest.raises(UnsupportedTileError, match="absurd"):
        check_declared_size("wide.tif", 5_000_000, 10, 1)


def test_unknown_crs(tmp_path):
    path = write_geotiff(tmp_path / "odd.tif")
    # a local engineering CRS PROJ cannot relate to WGS 84
    wkt = 'LOCAL_CS["harbour grid",UNIT["metre",1],AXIS["Easting",EAST],AXIS["Northing",NORTH]]'
    with rasterio_open_rw(path) as ds:
        ds.crs = rasterio_crs(wkt)
    with open_tile(path) as tile:  # still an image: shown pixel-only, and the analyst is told why
        assert not tile.metadata.georeferenced and tile.georef is None
        assert any("unknown CRS" in w and "pixel-only" in w for w in tile.metadata.warnings), tile.metadata.warnings


def rasterio_open_rw(path):
    import rasterio

    return rasterio.open(path, "r+")


def rasterio_crs(wkt):
    from rasterio.crs import CRS

    return CRS.from_wkt(wkt)


def test_probe_result_is_remembered_but_a_changed_file_is_probed_again(tmp_path):
    path = write_geotiff(tmp_path / "later_corrupted.tif")
    open_tile(path).close()
    path.write_bytes(b"II*\x00" + b"\xff" * 64)  # same name, new size and mtime: must not pass on the cache
    with pytest.raises(ImageryError, match="later_corrupted.tif"):
        open_tile(path)
