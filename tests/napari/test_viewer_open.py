"""Sample tiles in a real napari viewer (under Xvfb): multiscale, metres, lazy, and `annotate open`."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest

pytest.importorskip("napari")

from annotate.napari._layers import tile_layer_data  # noqa: E402
from imagery import open_tile  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def dunai():
    with open_tile(SAMPLES / "dunai_2025-05-18.tif", compute_hash=False) as tile:
        yield tile


def test_tile_opens_as_lazy_multiscale_layer_in_metres(make_napari_viewer, dunai):
    viewer = make_napari_viewer(show=True)
    data, kwargs, kind = tile_layer_data(dunai)
    layer = viewer.add_image(data, **kwargs)
    viewer.canvas.overlays.scale_bar.visible = True
    viewer.reset_view()
    shot = viewer.screenshot(canvas_only=True, flash=False)
    assert kind == "image" and layer.multiscale and layer.rgb
    # placed in the map of its site (UTM 53N, metres, north up) by its whole transform: 0.5 m per pixel
    assert tuple(layer.affine.scale) == pytest.approx((0.5, 0.5), rel=2e-3)
    assert tuple(str(u) for u in layer.units) == ("meter", "meter")
    extent = layer.extent.world
    assert extent[1] - extent[0] == pytest.approx([2048, 2048], rel=2e-3)
    assert shot.shape[2] == 4 and shot[..., :3].mean() > 20  # the scene is drawn, not a black canvas
    # showing the whole tile read nothing at full resolution
    assert data[0].stats.pixels == 0
    assert sum(lv.stats.pixels for lv in data[1:]) > 0


def test_full_resolution_view_reads_only_the_screen(make_napari_viewer, dunai):
    viewer = make_napari_viewer(show=True)
    data, kwargs, _ = tile_layer_data(dunai)
    layer = viewer.add_image(data, **kwargs)
    viewer.scene.camera.center = tuple(layer.data_to_world((2180, 1808))[-2:])  # the landing ship, in the map
    viewer.scene.camera.zoom = 2.0  # 1 screen px = 0.25 m: full resolution
    viewer.screenshot(canvas_only=True, flash=False)
    read = data[0].stats.pixels
    assert 0 < read < 4096 * 4096 / 4


def test_annotate_open_writes_a_screenshot(tmp_path):
    shot = tmp_path / "open.png"
    env = {**os.environ, "ANNOTATE_UNDER_XVFB": "1"} if os.environ.get("DISPLAY") else dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "annotate.cli", "open", str(SAMPLES / "sunan_2025-05-20.tif"),
                           "--screenshot", str(shot), "--quit"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    from PIL import Image

    img = np.asarray(Image.open(shot))
    assert img.shape[0] > 400 and img.shape[1] > 600
    assert img[..., :3].std() > 10


def test_project_with_a_missing_image_opens_with_a_message(tmp_path):
    import shutil

    from annotate.store import create_project
    from annotate.tiles import add_tile_file

    for name in ("dunai_2025-05-18.tif", "sunan_2025-05-20.tif"):
        shutil.copy(SAMPLES / name, tmp_path / name)
    p = create_project(tmp_path / "p.gpkg")
    for name in ("dunai_2025-05-18.tif", "sunan_2025-05-20.tif"):
        add_tile_file(p, tmp_path / name)
    p.close()
    (tmp_path / "sunan_2025-05-20.tif").unlink()
    env = {**os.environ, "ANNOTATE_UNDER_XVFB": "1"} if os.environ.get("DISPLAY") else dict(os.environ)
    proc = subprocess.run([sys.executable, "-m", "annotate.cli", "open", str(tmp_path / "p.gpkg"), "--screenshot",
                           str(tmp_path / "shot.png"), "--quit"], capture_output=True, text=True, env=env, timeout=300)
    assert proc.returncode == 0, proc.stderr
    assert "Image not shown" in proc.stdout + proc.stderr and "sunan_2025-05-20.tif" in proc.stdout + proc.stderr
    assert (tmp_path / "shot.png").stat().st_size > 10_000
