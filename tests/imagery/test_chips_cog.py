"""Chips keep their georeferencing; COG copies get overviews and never touch the original."""

from __future__ import annotations

import hashlib

import pytest

from imagery import ImageryError, open_tile
from imagery.chips import make_chip
from imagery.cog import write_cog


def test_chip_size_window_and_transform(overview_tif):
    with open_tile(overview_tif) as tile:
        chip = make_chip(tile, [400, 400, 600, 600], [500, 900, 900, 500], size=200, margin=0.25)
        georef = tile.georef
        assert max(chip.image.size) == 200
        r0, c0, h, w = chip.window
        assert (r0, c0) == (300, 400) and (h, w) == (400, 600)
        # the chip's transform maps its pixels onto the same ground as the tile's
        x, y = chip.transform @ (100, 50)  # chip col 100, row 50
        rr, cc = chip.to_chip_pixels([r0 + 50 * chip.scale], [c0 + 100 * chip.scale])
        assert (rr[0], cc[0]) == pytest.approx((50, 100))
        tx, ty = georef.pixel_to_crs(r0 + 50 * h / chip.image.size[1], c0 + 100 * w / chip.image.size[0])
        assert (x, y) == pytest.approx((tx, ty))
        assert chip.crs == "EPSG:32653" and chip.image.mode == "RGB"


def test_chip_clipped_at_image_edge(overview_tif):
    with open_tile(overview_tif) as tile:
        chip = make_chip(tile, [2, 10], [3, 20], size=64)
    r0, c0, h, w = chip.window
    assert r0 == 0 and c0 == 0 and h > 0 and w > 0


def test_write_cog_copy(tmp_path, utm_tif):
    before = hashlib.sha256(utm_tif.read_bytes()).hexdigest()
    out = write_cog(utm_tif, tmp_path / "copy.tif")
    with open_tile(out) as tile:
        m = tile.metadata
    assert m.crs == "EPSG:32653" and (m.width, m.height) == (64, 48)
    assert hashlib.sha256(utm_tif.read_bytes()).hexdigest() == before


def test_write_cog_adds_overviews(tmp_path, overview_tif):
    from tests.conftest import write_geotiff

    src = write_geotiff(tmp_path / "flat.tif", width=2048, height=2048)
    out = write_cog(src, tmp_path / "flat_cog.tif")
    with open_tile(out) as tile:
        assert tile.metadata.overviews and tile.metadata.block_shape == (512, 512)


def test_write_cog_refuses_to_overwrite(tmp_path, utm_tif):
    with pytest.raises(ImageryError, match="original"):
        write_cog(utm_tif, utm_tif, overwrite=True)
    out = tmp_path / "exists.tif"
    out.write_bytes(b"keep me")
    with pytest.raises(ImageryError, match="--force"):
        write_cog(utm_tif, out)
    assert out.read_bytes() == b"keep me"
