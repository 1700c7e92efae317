"""Tagging in a real napari viewer: draw, classify by shortcut, link to a claim, close, reopen."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("napari")

from qtpy.QtCore import Qt  # noqa: E402

from annotate.claims.importer import import_document  # noqa: E402
from annotate.napari._layers import tile_layer_data  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project, open_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from imagery import open_tile  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402
from tests.napari.canvas_mouse import click, look_at, move, press, release  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def project_path(tmp_path):
    p = create_project(tmp_path / "gui.gpkg", analyst="gui-tester")
    add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    import_document(p, SAMPLES / "sample_report.md")
    p.close()
    return tmp_path / "gui.gpkg"


def _open(viewer, path):
    project = open_project(path)
    tile = project.tiles()[0]
    data, kwargs, _ = tile_layer_data(open_tile(tile.path, compute_hash=False))
    viewer.add_image(data, **kwargs)
    widget = AnnotationWidget(viewer, project)
    viewer.window.add_dock_widget(widget, name="Annotations")
    return project, widget


def test_draw_classify_link_close_reopen(make_napari_viewer, project_path, qtbot):
    viewer = make_napari_viewer(show=True)
    project, widget = _open(viewer, project_path)
    layer = widget.bridge.layer
    widget.cls.setCurrentIndex(widget.cls.findData("tug"))  # picked in the class list before drawing
    # the landing ship: rows 2067.5–2292.5, cols 1793–1823 (pixel coordinates of the tile), drawn with
    # the mouse in the rectangle tool, as the analyst would
    viewer.layers.selection.active = layer
    layer.mode = "add_rectangle"
    look_at(viewer, layer, 2180, 1808, zoom=3.0)
    press(viewer, layer, 2067.5, 1793.0)
    move(viewer, layer, 2180.0, 1808.0)
    assert widget.measure.text()[:8] in ("56 × 7 m", "56 × 8 m")  # measured while drawing, half way
    move(viewer, layer, 2292.5, 1823.0)
    # the whole ship (225 × 30 px at 0.5 m: 112.5 × 15 m, give or take the screen pixel the mouse lands on)
    assert widget.measure.text()[:10] in ("112 × 15 m", "112 × 16 m", "113 × 15 m", "113 × 16 m")
    release(viewer, layer, 2292.5, 1823.0)
    (a,) = project.annotations()
    assert a.geometry.kind == "box" and a.cls == "tug"
    assert a.length_m == pytest.approx(112.5, abs=1.0) and a.width_m == pytest.approx(15.0, abs=1.0)
    layer.mode = "select"
    layer.selected_data = {0}
    widget.viewer.window._qt_viewer.canvas.native.setFocus()
    qtbot.keyClick(viewer.window._qt_viewer.canvas.native, "1", modifier=qtbot_alt())
    assert project.annotation(a.id).cls == "landing ship"  # Alt+1 on the canvas, as the analyst presses it
    qtbot.keyClicks(widget.type, "Ropucha-class")  # typed, then "Apply to selected" clicked
    qtbot.mouseClick(widget.apply_btn, Qt.MouseButton.LeftButton)
    assert "fits a Ropucha-class landing ship" in widget.measure.text()  # the panel followed the change
    claim_row = next(i for i in range(widget.claims.count())
                     if "Ropucha-class landing ship docked" in widget.claims.item(i).text())
    widget.claims.setCurrentRow(claim_row)
    widget.relation.setCurrentText("corroborates")
    qtbot.mouseClick(widget.claims_panel.link_btn, Qt.MouseButton.LeftButton)
    claim_id = widget.selected_claim_id()
    assert project.assessment(claim_id).value == "corroborated"
    viewer.reset_view()
    whole_tile_zoom = viewer.scene.camera.zoom
    rows = {widget.claims.item(i).data(256): i for i in range(widget.claims.count())}
    widget.claims.setCurrentRow(next(i for cid, i in rows.items() if cid != claim_id))
    widget.claims.setCurrentRow(rows[claim_id])  # selecting the claim zooms onto its evidence
    ship_world = tuple(widget.bridge.layer.data_to_world((2180, 1808))[-2:])  # in the map: −northing, easting
    assert viewer.scene.camera.center[-2:] == pytest.approx(ship_world, abs=1)
    assert viewer.scene.camera.zoom > 4 * whole_tile_zoom  # zoomed in onto the ship (≈ 340 m of a 2 km tile)
    assert "corroborated" in widget.claims.currentItem().text()
    before = (project.annotation(a.id), project.links())
    viewer.close()
    project.close()

    viewer2 = make_napari_viewer(show=True)
    project2, widget2 = _open(viewer2, project_path)
    assert (project2.annotation(a.id), project2.links()) == before
    assert widget2.bridge.annotation_ids() == [a.id]
    stored = project2.annotation(a.id)
    assert widget2.bridge.batch.label(a.id) == f"Ropucha-class {stored.length_m:.0f}×{stored.width_m:.0f} m"
    project2.close()


def qtbot_alt():
    from qtpy.QtCore import Qt

    return Qt.KeyboardModifier.AltModifier


def test_undo_redo_and_delete_reach_the_project(make_napari_viewer, project_path, qtbot):
    viewer = make_napari_viewer(show=True)
    project, widget = _open(viewer, project_path)
    layer = widget.bridge.layer
    layer.add_rectangles(np.array([[100.0, 100.0], [140.0, 180.0]]))
    layer.add_polygons([np.array([[300.0, 300.0], [300.0, 360.0], [340.0, 330.0]])])
    assert len(project.annotations()) == 2
    layer.selected_data = {0}
    viewer.layers.selection.active = layer
    layer.mode = "select"
    canvas = viewer.window._qt_viewer.canvas.native
    canvas.setFocus()
    qtbot.keyClick(canvas, Qt.Key.Key_Delete)  # the keys an analyst presses, on the canvas
    assert len(project.annotations()) == 1 and len(layer.data) == 1
    assert len(widget.bridge.annotation_ids()) == 1
    qtbot.keyClick(canvas, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)  # undo the deletion
    assert len(project.annotations()) == 2 and len(widget.bridge.annotation_ids()) == 2
    qtbot.keyClick(canvas, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)
    assert len(project.annotations()) == 1 and widget.bridge.annotation_ids() == [project.annotations()[0].id]
    project.close()


def test_drawn_box_appears_on_screen_where_it_should(make_napari_viewer, project_path):
    viewer = make_napari_viewer(show=True)
    project, widget = _open(viewer, project_path)
    layer = widget.bridge.layer
    layer.add_rectangles(np.array([[2067.5, 1793.0], [2292.5, 1823.0]]))
    widget.bridge.select([])  # no longer edited: now drawn by the batched outlines, with its label
    assert len(layer.data) == 0 and len(widget.bridge.annotation_ids()) == 1
    viewer.scene.camera.center = tuple(layer.data_to_world((2180, 1808))[-2:])
    viewer.scene.camera.zoom = 2.0
    layer.visible = False
    without = viewer.screenshot(canvas_only=True, flash=False)[..., :3].astype(int)
    layer.visible = True
    with_label = viewer.screenshot(canvas_only=True, flash=False)[..., :3].astype(int)
    layer.text.visible = False
    with_box = viewer.screenshot(canvas_only=True, flash=False)[..., :3].astype(int)
    label_only = (np.abs(with_label - with_box).sum(axis=2) > 60)
    assert label_only.sum() > 50  # the label is drawn …
    label_rows = np.nonzero(label_only)[0]
    changed = np.abs(with_box - without).sum(axis=2) > 60
    rows, cols = np.nonzero(changed)
    assert changed.sum() > 200
    h, w = changed.shape
    # the outline is centred on the screen (the camera is on the ship) and taller than wide, like the ship
    assert abs(cols.mean() - w / 2) < w * 0.1 and abs(rows.mean() - h / 2) < h * 0.15
    assert (rows.max() - rows.min()) > 3 * (cols.max() - cols.min())
    assert label_rows.mean() < rows.mean()  # … near the top of the box, where it is anchored
    project.close()


def test_selecting_another_date_switches_the_annotations(make_napari_viewer, tmp_path):
    p = create_project(tmp_path / "two.gpkg")
    first = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    second = add_tile_file(p, SAMPLES / "dunai_2025-06-03.tif")
    viewer = make_napari_viewer(show=True)
    layers = {}
    for t in (first, second):
        data, kwargs, _ = tile_layer_data(open_tile(t.path, compute_hash=False))
        layers[t.sha256] = viewer.add_image(data, **kwargs)
    widget = AnnotationWidget(viewer, p, tile_sha256=first.sha256)
    widget.bridge.layer.add_rectangles(np.array([[100.0, 100.0], [140.0, 180.0]]))
    viewer.layers.selection.active = layers[second.sha256]
    assert widget.bridge.tile.sha256 == second.sha256 and len(widget.bridge.layer.data) == 0
    widget.bridge.layer.add_rectangles(np.array([[200.0, 200.0], [240.0, 280.0]]))
    assert len(p.annotations(first.sha256)) == 1 and len(p.annotations(second.sha256)) == 1
    assert not widget.bridges[first.sha256].layer.visible and widget.bridges[second.sha256].layer.visible
    p.close()


def test_rotating_a_box_with_the_mouse_makes_an_oriented_box(make_napari_viewer, project_path):
    viewer = make_napari_viewer(show=True)
    project, widget = _open(viewer, project_path)
    layer = widget.bridge.layer
    layer.add_rectangles(np.array([[2067.5, 1793.0], [2292.5, 1823.0]]))
    (a,) = project.annotations()
    viewer.layers.selection.active = layer
    layer.mode = "select"
    look_at(viewer, layer, 2180, 1808, zoom=1.5)
    widget.bridge.select([a.id])
    # napari's rotation handle sits above the selected shape's box (private index, napari 0.9)
    handle = np.asarray(layer._selected_box[9])
    centre = np.asarray(layer._selected_box[8])
    radius = np.linalg.norm(handle - centre)
    start = np.arctan2(handle[0] - centre[0], handle[1] - centre[1])
    path = [centre + radius * np.array([np.sin(start + t), np.cos(start + t)]) for t in np.radians([10, 20, 30])]
    press(viewer, layer, *handle)
    for p in path:
        move(viewer, layer, *p)
    release(viewer, layer, *path[-1])
    b = project.annotation(a.id)
    assert b.geometry.kind == "obb"
    assert b.length_m == pytest.approx(a.length_m, rel=0.01) and b.width_m == pytest.approx(a.width_m, rel=0.01)
    turned = (b.heading_deg - a.heading_deg + 90) % 180 - 90  # an undirected box axis: modulo 180°
    assert abs(turned) == pytest.approx(30, abs=3)
    project.close()


def test_the_panel_always_shows_what_is_stored(make_napari_viewer, project_path, qtbot):
    """After a class shortcut, an edit from elsewhere (a rotation) and an undo, the panel names what the
    project holds — not what it held when the shape was selected."""
    from annotate.model import PixelGeometry

    viewer = make_napari_viewer(show=True)
    project, widget = _open(viewer, project_path)
    sha = widget.bridge.tile.sha256
    a = project.add_annotation(sha, PixelGeometry.obb(1808, 2180, 225, 30, 90), "cargo ship")
    layer = widget.bridge.layer
    viewer.layers.selection.active = layer
    layer.mode = "select"
    look_at(viewer, layer, 2180, 1808, zoom=1.0)
    click(viewer, layer, 2180, 1808)  # the analyst clicks the ship
    assert widget.bridge.selected_ids() == [a.id]
    assert widget.measure.text().startswith("cargo ship, probable")
    canvas = viewer.window._qt_viewer.canvas.native
    canvas.setFocus()
    qtbot.keyClick(canvas, "5", modifier=qtbot_alt())  # Alt+5: tug
    assert project.annotation(a.id).cls == "tug" and widget.measure.text().startswith("tug, probable")
    heading = project.annotation(a.id).heading_deg
    project.update_annotation(a.id, geometry=PixelGeometry.obb(1808, 2180, 225, 30, 135))  # rotated elsewhere
    stored = project.annotation(a.id).heading_deg
    assert abs(stored - heading) > 30 and f"heading {stored:.0f}°" in widget.measure.text()
    qtbot.keyClick(canvas, Qt.Key.Key_Z, modifier=Qt.KeyboardModifier.ControlModifier)  # undo the rotation
    assert f"heading {heading:.0f}°" in widget.measure.text()
    project.close()
