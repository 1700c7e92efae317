"""Swipe (issue 10 item 4), in a real viewer with real mouse events: two dates of one place, a dark one and
a bright one on the same grid; the bright (compared) date shows right of the divider only, and dragging the
divider with the mouse moves the boundary; leaving swipe shows the current date alone again."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("napari")

import rasterio  # noqa: E402
from qtpy.QtCore import QPoint, Qt  # noqa: E402
from qtpy.QtTest import QTest  # noqa: E402
from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.napari.swipe import DIVIDER_LAYER  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402


def _flat_copy(src, dst, value: int) -> None:
    with rasterio.open(src) as ds:
        profile = ds.profile.copy()
        profile.update(count=3, dtype="uint8", photometric="RGB")
        with rasterio.open(dst, "w", **profile) as out:
            out.write(np.full((3, ds.height, ds.width), value, dtype="uint8"))
            out.update_tags(**ds.tags())


@pytest.fixture
def two_dates(make_napari_viewer, tmp_path):
    dark, bright = tmp_path / "dark.tif", tmp_path / "bright.tif"
    _flat_copy(SAMPLES / "dunai_2025-05-18.tif", dark, 40)
    _flat_copy(SAMPLES / "dunai_2025-06-03.tif", bright, 220)
    viewer = make_napari_viewer(show=True)
    project = create_project(tmp_path / "p.gpkg")
    a, b = add_tile_file(project, dark), add_tile_file(project, bright)
    widget = AnnotationWidget(viewer, project, tile_sha256=a.sha256)
    viewer.window.add_dock_widget(widget, name="Annotations")
    widget.image_layer(a.sha256)
    widget.show_tile(a.sha256)
    widget.navigation.zoom_to_tile()
    QApplication.processEvents()
    yield viewer, widget, a, b
    project.close()


def _grey(viewer, frac: float) -> int:
    shot = viewer.screenshot(canvas_only=True, flash=False)
    h, w = shot.shape[:2]
    return int(shot[h // 2, int(w * frac), 0])


def test_swipe_shows_the_other_date_right_of_a_divider_dragged_with_the_mouse(two_dates):
    viewer, widget, dark, bright = two_dates
    compare = widget.compare
    assert compare.compared() == bright.sha256
    compare.swipe_box.setChecked(True)  # the panel's "Swipe" box, as the analyst ticks it
    QApplication.processEvents()
    assert DIVIDER_LAYER in viewer.layers and "Swipe" in widget.status.text()
    assert _grey(viewer, 0.3) < 80 and _grey(viewer, 0.7) > 180  # dark left, bright right of the middle
    native = viewer.window._qt_viewer.canvas.native
    y = native.height() // 2
    start, end = QPoint(native.width() // 2, y), QPoint(native.width() // 4, y)
    centre_before = tuple(viewer.camera.center)
    QTest.mousePress(native, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for f in np.linspace(0, 1, 8)[1:]:
        QTest.mouseMove(native, QPoint(int(start.x() + (end.x() - start.x()) * f), y))
        QApplication.processEvents()
    QTest.mouseRelease(native, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()
    assert compare.swipe.fraction == pytest.approx(0.25, abs=0.03)  # the divider followed the mouse
    assert tuple(viewer.camera.center) == pytest.approx(centre_before)  # and the map did not pan
    assert _grey(viewer, 0.15) < 80 and _grey(viewer, 0.35) > 180
    compare.swipe_box.setChecked(False)
    QApplication.processEvents()
    assert DIVIDER_LAYER not in viewer.layers and _grey(viewer, 0.7) < 80  # the current date alone again
