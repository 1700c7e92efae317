"""Map frames and placements (no GUI) on real files, and positions typed by an analyst."""

from __future__ import annotations

import mgrs
import numpy as np
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from imagery import open_tile
from imagery.map_frame import frame_for, place, utm_crs
from imagery.positions import PositionError, parse_position
from tests.conftest import SAMPLES, needs_testdata


def _placed(path, frames):
    with open_tile(path, compute_hash=False) as t:
        m, g = t.metadata, t.georef
    return place(g, m.width, m.height, frame_for(g, m.width, m.height, frames)), g, m


def test_nitf_pixels_keep_their_own_width_and_height():
    """7.2 m across and 9.3 m down (one mean GSD drew it 14 % too wide and 12 % too short)."""
    frames = []
    p, g, m = _placed(needs_testdata("georef", "20091021203850-01001116-VIS.ntf.r5"), frames)
    down, across = np.hypot(*p.matrix[:2, 0]), np.hypot(*p.matrix[:2, 1])
    assert (across, down) == pytest.approx((7.2, 9.33), abs=0.05)
    assert frames[0].crs == utm_crs(*m.center_lonlat) and not p.exact and p.residual_px < 0.5


def test_a_utm_tile_is_its_own_map_exactly_and_a_gcp_tile_says_how_far_off_it_may_be():
    frames = []
    p, g, m = _placed(SAMPLES / "dunai_2025-05-18.tif", frames)
    assert frames[0].crs == "EPSG:32653" and p.exact and p.residual_px == 0
    lon, lat = g.pixel_to_lonlat(1000.0, 2000.0)
    assert np.allclose(p.to_pixel(*frames[0].to_world(lon, lat)), (1000.0, 2000.0), atol=1e-6)
    q, _, _ = _placed(needs_testdata("georef", "cog_gcps.tif"), [])
    assert not q.exact and 0 < q.residual_px < 5  # through its GCP transform, approximately: and it says so


def test_a_tile_of_another_site_gets_its_own_frame():
    frames = []
    _placed(SAMPLES / "dunai_2025-05-18.tif", frames)
    _placed(SAMPLES / "dunai_2025-06-03.tif", frames)
    assert len(frames) == 1  # one port: one map
    _placed(SAMPLES / "sunan_2025-05-20.tif", frames)  # Pyongyang, 700 km away
    assert len(frames) == 2 and frames[1].crs == "EPSG:32651"


@pytest.mark.parametrize("text, want", [
    ("42.889 132.357", (42.889, 132.357)), ("42.889, 132.357", (42.889, 132.357)),
    ("42°53'20\"N 132°21'25\"E", (42.888889, 132.356944)), ("24.5616 S, 77.7579 W", (-24.5616, -77.7579)),
    ("132.357 E 42.889 N", (42.889, 132.357)), ("42 53 20 N 132 21 25 E", (42.888889, 132.356944)),
])
def test_positions_in_the_forms_analysts_type(text, want):
    assert parse_position(text) == pytest.approx(want, abs=1e-6)


@pytest.mark.parametrize("text", ["", "hello", "95 10", "42 61 10", "53TKH 123"])
def test_what_is_not_a_position_says_which_forms_are(text):
    with pytest.raises(PositionError):
        parse_position(text)


@settings(max_examples=200, deadline=None)
@example(lat=-2.8815347873750532e-08, lon=0.0)  # mgrs writes 31MAA6602100000: rounded onto band N, lettered M
@given(lat=st.floats(-79.9, 83.9), lon=st.floats(-179.9, 179.9))
def test_dms_and_mgrs_round_trip(lat, lon):
    def dms(v, pos, neg):
        tenths = round(abs(v) * 36_000_000)  # whole 1/10,000 s, so that the seconds never print as 60
        deg, rest = divmod(tenths, 36_000_000)
        minutes, sec = divmod(rest, 600_000)
        return f"{deg}°{minutes}'{sec / 10_000:.4f}\"{pos if v >= 0 else neg}"

    assert parse_position(f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}") == pytest.approx((lat, lon), abs=1e-6)
    back = parse_position(mgrs.MGRS().toMGRS(lat, lon, MGRSPrecision=5))
    assert back == pytest.approx((lat, lon), abs=1e-4)


def test_a_placement_that_misses_over_the_whole_tile_is_refitted_over_the_part_in_view():
    """The 200 km Sentinel-1 GCP tile in a UTM map: one affine misses by pixels over the whole tile; refitted
    over a window (what a viewer shows), it lands within half a pixel there; a tile in the map's own CRS is
    never refitted."""
    from annotate.napari.map_session import MapSession
    from imagery.map_frame import miss_px

    session = MapSession()
    near = session.placement("dunai", *_georef_of(SAMPLES / "dunai_2025-05-18.tif"))
    georef, width, height = _georef_of(needs_testdata("georef", "cog_gcps.tif"))
    gcp = session.placement("gcps", georef, width, height)
    assert near.exact and not gcp.exact and gcp.frame is not None
    assert gcp.residual_px > 1 and miss_px(gcp, georef, (0, 0, height, width)) > 1
    window = (height * 0.7, width * 0.7, height * 0.7 + 200, width * 0.7 + 300)
    refit = session.refit("gcps", window, tolerance_px=0.5)
    assert refit is not None and miss_px(refit, georef, window) <= 0.5
    assert session.placements["gcps"] is refit and session.refit("gcps", window, 0.5) is None  # fitted already
    assert session.refit("dunai", (0, 0, 100, 100), 0.5) is None


def _georef_of(path):
    with open_tile(path, compute_hash=False) as t:
        return t.georef, t.metadata.width, t.metadata.height
