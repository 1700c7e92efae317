"""A large tile in another CRS than its map (issue 10 item 1): a WGS 84 scene of 16 km cannot be placed in the
site's UTM map by one affine to within a pixel (the best fit over the whole scene misses by several pixels at
its corners). The session refits the affine over the part in view, image and annotations together, so what the
analyst looks at lines up to within a pixel — checked at markers burned at known lon/lat in its corners — and a
box drawn there with the mouse is stored in the scene's own pixels."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("napari")

import rasterio  # noqa: E402
from affine import Affine  # noqa: E402
from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.napari import session_of  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from imagery.map_frame import miss_px  # noqa: E402

pytestmark = pytest.mark.gui

SIZE = 8192
DEG = 2.0 / 111_000  # about 2 m a pixel (north–south)
MARKERS = [(60, 60), (60, SIZE - 61), (SIZE - 61, 60), (SIZE - 61, SIZE - 61), (SIZE // 2, SIZE // 2)]


@pytest.fixture(scope="module")
def scene(tmp_path_factory):
    path = tmp_path_factory.mktemp("large") / "wgs84_scene.tif"
    transform = Affine(DEG, 0, 132.30, 0, -DEG, 42.95)
    data = np.full((SIZE, SIZE), 40, dtype="uint8")
    for r, c in MARKERS:  # 3 × 3 white squares centred on pixel (r, c)
        data[r - 1:r + 2, c - 1:c + 2] = 255
    profile = dict(driver="GTiff", width=SIZE, height=SIZE, count=1, dtype="uint8", crs="EPSG:4326",
                   transform=transform, tiled=True, blockxsize=512, blockysize=512, compress="deflate")
    with rasterio.open(path, "w", **profile) as ds:
        ds.write(data, 1)
        ds.build_overviews([2, 4, 8, 16, 32], rasterio.enums.Resampling.nearest)
    lonlats = [tuple(transform * (c + 0.5, r + 0.5)) for r, c in MARKERS]
    return path, lonlats


@pytest.fixture
def opened(scene, make_napari_viewer, tmp_path):
    path, lonlats = scene
    project = create_project(tmp_path / "p.gpkg", analyst="large-tile-tester")
    tile = add_tile_file(project, path)
    viewer = make_napari_viewer(show=True)
    widget = AnnotationWidget(viewer, project, tile_sha256=tile.sha256)
    viewer.window.add_dock_widget(widget, name="Annotations")
    widget.image_layer(tile.sha256)
    widget.show_tile(tile.sha256)
    yield viewer, project, widget, tile, lonlats
    viewer.close()
    project.close()


def test_the_whole_scene_fit_misses_but_the_view_lines_up_at_every_corner(opened):
    viewer, project, widget, tile, lonlats = opened
    session = session_of(viewer)
    layer = widget.image_layer(tile.sha256, create=False)
    whole = miss_px(session.placements[tile.sha256], tile.georef(), (0, 0, SIZE, SIZE))
    assert whole > 2, whole  # one affine for the whole scene: pixels off at the corners
    for (r, c), (lon, lat) in zip(MARKERS, lonlats):
        world = session.world_from_lonlat(lon, lat)
        viewer.scene.camera.center = world  # the analyst looks there, zoomed in
        viewer.scene.camera.zoom = 2.0
        QApplication.processEvents()
        row, col = np.asarray(layer.world_to_data(world))[-2:]  # the pixel napari shows at that ground point
        assert np.hypot(row - r, col - c) <= 1.0, ((r, c), (row, col))
        shapes = widget.bridge.layer
        srow, scol = np.asarray(shapes.world_to_data(world))[-2:]  # annotations: pixel corners, not centres
        assert np.hypot(srow - (r + 0.5), scol - (c + 0.5)) <= 1.0, ((r, c), (srow, scol))


def _screen(viewer, world):
    from qtpy.QtCore import QPoint

    native = viewer.window._qt_viewer.canvas.native
    cy, cx = viewer.scene.camera.center[-2:]
    zoom = viewer.scene.camera.zoom
    return native, QPoint(int(round((world[1] - cx) * zoom + native.width() / 2)),
                          int(round((world[0] - cy) * zoom + native.height() / 2)))


def test_a_box_drawn_in_a_corner_is_stored_in_the_scenes_pixels(opened):
    """The mouse goes to ground points (where the scene's georeferencing puts two pixel corners); the box
    stored is at those pixels of the scene."""
    from qtpy.QtCore import Qt
    from qtpy.QtTest import QTest

    viewer, project, widget, tile, lonlats = opened
    session = session_of(viewer)
    georef = tile.georef()
    (r, c) = MARKERS[3]  # the far corner: where one fit misses most
    truth = [(r - 20.0, c - 20.0), (r + 20.0, c + 20.0)]  # pixel corners (row, col)
    worlds = [session.world_from_lonlat(*(float(v) for v in georef.pixel_to_lonlat(y, x))) for y, x in truth]
    shapes = widget.bridge.layer
    viewer.layers.selection.active = shapes
    viewer.scene.camera.center = tuple(np.mean(worlds, axis=0))
    viewer.scene.camera.zoom = 4.0
    QApplication.processEvents()
    shapes.mode = "add_rectangle"
    native, start = _screen(viewer, worlds[0])
    QTest.mousePress(native, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    for f in np.linspace(0, 1, 8)[1:]:
        QTest.mouseMove(native, _screen(viewer, np.asarray(worlds[0]) + f * (np.asarray(worlds[1]) -
                                                                              np.asarray(worlds[0])))[1])
        QApplication.processEvents()
    end = _screen(viewer, worlds[1])[1]
    QTest.mouseRelease(native, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, end)
    QApplication.processEvents()
    (a,) = project.annotations(tile.sha256)
    x0, y0, x1, y1 = a.geometry.bbox
    tolerance = 1.0 + 0.5 / (4.0 * session.placements[tile.sha256].metres_per_pixel)  # + half a screen pixel
    assert (y0, x0) == pytest.approx(truth[0], abs=tolerance) and (y1, x1) == pytest.approx(truth[1], abs=tolerance)
