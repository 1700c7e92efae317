"""The committed sample tiles: right place, scale, dates, metadata and ground truth; a deterministic generator."""

from __future__ import annotations

import json

import numpy as np
import pytest

from imagery import open_tile
from imagery.synthetic.scenes import SITES, render
from tests.conftest import SAMPLES

EXPECTED = {
    "dunai_2025-05-18": (32653, (132.357, 42.889), "2025-05-18"),
    "dunai_2025-06-03": (32653, (132.357, 42.889), "2025-06-03"),
    "sunan_2025-05-20": (32651, (125.670, 39.224), "2025-05-20"),
    "sunan_2025-06-11": (32651, (125.670, 39.224), "2025-06-11"),
}


def _truth(key):
    return json.loads((SAMPLES / f"{key}.truth.json").read_text())


@pytest.mark.parametrize("key", sorted(EXPECTED))
def test_sample_tile_metadata(key):
    epsg, (lon, lat), date = EXPECTED[key]
    with open_tile(SAMPLES / f"{key}.tif") as tile:
        m = tile.metadata
    assert m.crs_epsg == epsg and m.width >= 4096 and m.height >= 4096
    assert m.gsd_m == pytest.approx(0.5, rel=2e-3)
    assert m.center_lonlat == pytest.approx((lon, lat), abs=0.001)
    assert m.acquired.date().isoformat() == date and m.acquired_source == "tiff-datetime"
    assert m.site and "synthetic" in m.credit.lower() and m.licence == "CC0-1.0"
    assert m.overviews and m.block_shape == (512, 512) and m.driver == "GTiff"


def test_samples_fit_in_20_mb():
    total = sum(p.stat().st_size for p in SAMPLES.iterdir())
    assert total <= 20 * 1024 * 1024


def test_landing_ship_docked_on_one_date_only():
    first = [o for o in _truth("dunai_2025-05-18")["objects"] if o["type"] == "Ropucha-class"]
    second = [o for o in _truth("dunai_2025-06-03")["objects"] if o["type"] == "Ropucha-class"]
    assert len(first) == 1 and second == []
    ship = first[0]
    assert (ship["class"], ship["length_m"], ship["width_m"]) == ("landing ship", 112.5, 15.0)
    assert ship["obb"]["length_px"] == 225.0 and ship["obb"]["width_px"] == 30.0


def test_airfield_has_the_named_aircraft_at_true_size():
    objs = _truth("sunan_2025-05-20")["objects"]
    il76 = [o for o in objs if o["type"] == "Il-76"]
    assert len(il76) == 2 and il76[0]["class"] == "cargo aircraft"
    assert (il76[0]["length_m"], il76[0]["width_m"]) == (46.6, 50.5)
    assert {o["type"] for o in objs} == {"Il-76", "An-24", "Tu-204"}


def test_truth_corners_are_clockwise_and_match_size():
    for key in EXPECTED:
        for obj in _truth(key)["objects"]:
            xy = np.array(obj["corners_xy"])
            x, y = xy[:, 0], xy[:, 1]
            signed = 0.5 * np.sum(x * np.roll(y, -1) - np.roll(x, -1) * y)
            assert signed > 0  # clockwise on screen (y down)
            side_a = np.hypot(*(xy[1] - xy[0]))
            side_b = np.hypot(*(xy[2] - xy[1]))
            assert side_a == pytest.approx(obj["obb"]["width_px"], abs=0.05)
            assert side_b == pytest.approx(obj["obb"]["length_px"], abs=0.05)


def test_truth_objects_are_visible_in_the_tile():
    """Each rendered object differs from the water/apron around it in the committed tile."""
    with open_tile(SAMPLES / "dunai_2025-05-18.tif") as tile:
        for obj in _truth("dunai_2025-05-18")["objects"]:
            cx, cy = int(obj["obb"]["cx"]), int(obj["obb"]["cy"])
            centre = tile.dataset.read(window=((cy - 3, cy + 3), (cx - 3, cx + 3))).mean()
            water = tile.dataset.read(window=((3800, 3806), (cx - 3, cx + 3))).mean()
            assert abs(centre - water) > 15, obj["type"]


@pytest.mark.slow
def test_generator_is_deterministic_and_matches_committed_truth():
    site = next(s for s in SITES if s.key == "dunai_2025-05-18")
    img1, truth1 = render(site)
    img2, truth2 = render(site)
    assert np.array_equal(np.asarray(img1), np.asarray(img2))
    committed = _truth(site.key)["objects"]
    assert [t.to_dict(0.5) for t in truth1] == committed
