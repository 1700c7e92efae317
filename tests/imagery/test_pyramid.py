"""Lazy multiscale levels: shapes, overviews, laziness, band choice and stretch."""

from __future__ import annotations

import numpy as np
import pytest

from imagery import open_tile
from imagery.display import choose_bands
from imagery.pyramid import NoOverviewsWarning, build_pyramid


def test_levels_come_from_overviews(overview_tif):
    with open_tile(overview_tif) as tile:
        levels = build_pyramid(tile)
        assert [lv.shape for lv in levels] == [(1536, 2048, 3), (768, 1024, 3), (384, 512, 3), (192, 256, 3)]
        assert all(lv.dtype == np.uint8 and lv.ndim == 3 for lv in levels)
        assert sum(lv.stats.pixels for lv in levels) == 0  # nothing read yet
        whole = np.asarray(levels[-1])
        assert whole.shape == (192, 256, 3)
        assert levels[0].stats.pixels == 0  # showing the whole image never touches full resolution


def test_window_reads_only_the_window(overview_tif):
    with open_tile(overview_tif) as tile:
        full = build_pyramid(tile)[0]
        block = full[100:300, 50:250]
        assert block.shape == (200, 200, 3)
        assert full.stats.pixels == 200 * 200
    with open_tile(overview_tif) as tile:
        expected = np.moveaxis(tile.dataset.read(window=((100, 300), (50, 250))), 0, -1)
        assert np.array_equal(build_pyramid(tile)[0][100:300, 50:250], expected)


def test_numpy_style_indexing(overview_tif):
    with open_tile(overview_tif) as tile:
        lv = build_pyramid(tile)[1]
        assert lv[5].shape == (1024, 3)
        assert lv[5, 7].shape == (3,)
        assert lv[..., 0].shape == (768, 1024)
        assert lv[0:10:2, -4:].shape == (5, 4, 3)
        assert lv[10:10].shape[0] == 0


def test_no_overviews_warns_and_decimates(tmp_path):
    from tests.conftest import write_geotiff

    path = write_geotiff(tmp_path / "big.tif", width=2100, height=1100, tiled=True)
    with open_tile(path) as tile:
        with pytest.warns(NoOverviewsWarning, match="annotate tiles optimize"):
            levels = build_pyramid(tile)
        assert [lv.factor for lv in levels] == [1, 2, 4]
        assert levels[2][:, :].shape == (275, 525, 3)


def test_uint16_bgra_is_stretched_in_natural_colour(uint16_bgra_tif):
    with open_tile(uint16_bgra_tif) as tile:
        lv = build_pyramid(tile)[0]
        img = lv[:, :]
    assert img.dtype == np.uint8 and img.shape == (48, 64, 3)
    assert (img[:8, :8] == 0).all()  # transparent corner shown black
    body = img[8:, 8:].reshape(-1, 3).astype(float)
    assert 20 < body.mean() < 235  # stretched, not saturated or black
    assert body[:, 0].std() > 10  # red channel carries data


def test_band_choice_rules():
    assert choose_bands(("blue", "green", "red", "alpha"), (None,) * 4) == (3, 2, 1)
    assert choose_bands(("gray",) * 4, ("Blue", "Green", "Red", "NIR")) == (3, 2, 1)
    assert choose_bands(("gray",) * 5, (None,) * 5) == (1, 2, 3)
    assert choose_bands(("gray", "alpha"), (None, None)) == (1,)


def test_grey_single_band(gcps_tif):
    with open_tile(gcps_tif) as tile:
        lv = build_pyramid(tile)[0]
    assert lv.shape == (48, 64) and lv.ndim == 2
