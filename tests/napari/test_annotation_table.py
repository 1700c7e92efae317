"""The annotation table dock, driven as an analyst drives it: header clicks sort, typing filters, a click on a
row selects and zooms, N / Tab / P step, Shift+click and "Apply" edit several rows, review mode with A / R."""

from __future__ import annotations

import pytest

pytest.importorskip("napari")

from qtpy.QtCore import QPoint, Qt  # noqa: E402
from qtpy.QtTest import QTest  # noqa: E402
from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.model import PixelGeometry  # noqa: E402
from annotate.napari._layers import tile_layer_data  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project, open_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from imagery import open_tile  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

pytestmark = pytest.mark.gui
CLASSES = ["tug", "cargo ship", "landing ship", "tanker"]


@pytest.fixture
def table(make_napari_viewer, tmp_path):
    path = tmp_path / "t.gpkg"
    with create_project(path, analyst="alice") as p:
        tile = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
        rows = [{"geometry": PixelGeometry.obb(300 + 150 * i, 600 + 90 * (i % 5), 40 + 7 * i, 10, 20 * i),
                 "cls": CLASSES[i % 4]} for i in range(20)]
        p.add_annotations(p.new_annotations(tile.sha256, rows))
    project = open_project(path, analyst="bob")
    viewer = make_napari_viewer(show=True)
    data, kwargs, _ = tile_layer_data(open_tile(tile.path, compute_hash=False))
    viewer.add_image(data, **kwargs)
    widget = AnnotationWidget(viewer, project)
    viewer.window.add_dock_widget(widget, name="Annotations")
    QApplication.processEvents()
    yield viewer, project, widget, widget.table
    project.close()


def _click_row(table, row: int, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    view = table.table
    rect = view.visualRect(view.model().index(row, 0))
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, modifier, rect.center())
    QApplication.processEvents()


def _click_header(table, column: str) -> None:
    from annotate.model.annotation_rows import COLUMNS

    header = table.table.horizontalHeader()
    x = header.sectionViewportPosition(COLUMNS.index(column)) + header.sectionSize(COLUMNS.index(column)) // 2
    QTest.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                     QPoint(x, header.height() // 2))
    QApplication.processEvents()


def test_sort_filter_click_and_step(table):
    viewer, project, widget, dock = table
    assert dock.model.rowCount() == 20
    _click_header(dock, "size m")
    sizes = [project.annotation(dock.rows.id_at(r)).length_m for r in range(20)]
    assert sizes == sorted(sizes) or sizes == sorted(sizes, reverse=True)
    QTest.keyClicks(dock.search, "tanker")
    QApplication.processEvents()
    assert dock.model.rowCount() == 5 and all(dock.rows.cell(r, "class") == "tanker" for r in range(5))
    dock.search.clear()
    QApplication.processEvents()
    _click_row(dock, 3)
    target = dock.rows.id_at(3)
    assert widget.bridge.selected_ids() == [target]
    x0, y0, x1, y1 = widget.bridge.bounds([target])
    cy, cx = viewer.scene.camera.center[-2:]
    wy, wx = widget.bridge.layer.data_to_world(((y0 + y1) / 2, (x0 + x1) / 2))[-2:]  # the map position
    assert abs(cx - wx) < 1 and abs(cy - wy) < 1  # zoomed onto it
    for key, expected in ((Qt.Key.Key_N, 4), (Qt.Key.Key_Tab, 5), (Qt.Key.Key_P, 4), (Qt.Key.Key_Down, 5)):
        QTest.keyClick(dock.table, key)
        QApplication.processEvents()
        assert widget.bridge.selected_ids() == [dock.rows.id_at(expected)], key


def test_several_rows_edited_at_once(table):
    _, project, _, dock = table
    _click_row(dock, 0)
    _click_row(dock, 2, Qt.KeyboardModifier.ShiftModifier)
    ids = dock.selected_ids()
    assert len(ids) == 3
    dock.bulk_cls.setCurrentText("warship")
    dock.bulk_conf.setCurrentText("confirmed")
    QTest.mouseClick(dock.bulk_btn, Qt.MouseButton.LeftButton)
    assert {(project.annotation(a).cls, project.annotation(a).confidence.value) for a in ids} == \
        {("warship", "confirmed")}


def test_review_mode_walks_the_unreviewed(table):
    _, project, widget, dock = table
    QTest.mouseClick(dock.review_mode, Qt.MouseButton.LeftButton)
    assert dock.review_mode.isChecked() and dock.model.rowCount() == 20
    first = dock.current_id()
    QTest.keyClick(dock.table, Qt.Key.Key_A)
    QApplication.processEvents()
    assert project.review_state(first) == "accepted" and dock.model.rowCount() == 19
    second = dock.current_id()
    assert second != first and widget.bridge.selected_ids() == [second]
    QTest.keyClick(dock.table, Qt.Key.Key_R)  # no comment yet: refused, said in the dock
    assert project.review_state(second) == "unreviewed" and "needs a comment" in dock.status.text()
    QTest.keyClicks(dock.comment, "a buoy, not a boat")
    QTest.keyClick(dock.table, Qt.Key.Key_R)
    assert project.review_state(second) == "rejected" and dock.model.rowCount() == 18
    assert project.reviews(second)[-1].comment == "a buoy, not a boat"


def test_the_class_list_fits_the_site_and_remembers_the_last_class(make_napari_viewer, tmp_path):
    path = tmp_path / "two.gpkg"
    with create_project(path, analyst="alice") as p:
        port = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
        airfield = add_tile_file(p, SAMPLES / "sunan_2025-05-20.tif")
    project = open_project(path, analyst="alice")
    viewer = make_napari_viewer(show=True)
    widget = AnnotationWidget(viewer, project, port.sha256)
    viewer.window.add_dock_widget(widget, name="Annotations")
    assert project.taxonomy.category_of(widget.cls.currentData()) == "vessel"
    assert "analyst: alice" in viewer.title
    widget.open_tile(airfield.sha256)
    assert project.taxonomy.category_of(widget.cls.currentData()) == "aircraft"
    assert project.taxonomy.category_of(widget.cls.itemData(0)) == "aircraft"
    widget.cls.setCurrentIndex(widget.cls.findData("fighter"))  # the analyst picks a class on the airfield
    widget.open_tile(port.sha256)
    assert widget.cls.currentData() == "landing ship"
    widget.open_tile(airfield.sha256)
    assert widget.cls.currentData() == "fighter"  # remembered for airfields
    project.close()


def test_the_line_tool_measures_and_saves_nothing(table):
    from tests.napari.canvas_mouse import look_at, move, press, release

    viewer, project, widget, _ = table
    before = len(project.annotations())
    layer = widget.bridge.layer
    viewer.layers.selection.active = layer
    layer.mode = "add_line"
    look_at(viewer, layer, 2000, 1600, zoom=1.0)
    press(viewer, layer, 2000.0, 1500.0)
    move(viewer, layer, 2000.0, 1600.0)
    assert widget.measure.text().startswith("Measuring: ")  # live, while the line is drawn
    move(viewer, layer, 2000.0, 1700.0)
    release(viewer, layer, 2000.0, 1700.0)
    text = widget.measure.text()
    assert text.startswith("Measured: ") and "not saved" in text
    georef = widget.bridge.layer.metadata["georef"]
    expected = georef.length_m([2000.0, 2000.0], [1500.0, 1700.0])  # 200 px at 0.5 m, geodesic
    shown = float(text.split("Measured: ")[1].split(" m")[0].replace(",", ""))
    assert abs(shown - expected) < 3.0 and abs(expected - 100) < 1.0  # the canvas click lands within a pixel
    bearing = float(text.split("bearing ")[1].split("°")[0])
    assert abs(bearing - georef.heading_deg(2000, 1500, 2000, 1700)) < 2
    assert len(project.annotations()) == before and len(layer.data) == 0


def test_outlines_have_a_dark_casing_on_bright_concrete_and_labels_can_be_switched(table):
    """An outline on the bright quay: the screenshot gains dark pixels around it (the casing) as well as its
    colour; the labels switch shows all, only the selected, or none."""
    from tests.napari.canvas_mouse import look_at

    viewer, project, widget, _ = table
    sha = widget.bridge.tile.sha256
    quay = project.add_annotation(sha, PixelGeometry.box(1150, 1375, 1450, 1410), "tug")
    layer = widget.bridge.layer
    widget.bridge.select([])
    look_at(viewer, layer, 1392, 1300, zoom=2.0)
    layer.visible = False
    plain = viewer.screenshot(canvas_only=True, flash=False)[..., :3].astype(int)
    layer.visible = True
    drawn = viewer.screenshot(canvas_only=True, flash=False)[..., :3].astype(int)
    darkened = int(((plain - drawn).sum(axis=2) > 3 * 40).sum())  # pixels the drawing made much darker
    assert darkened > 600, darkened  # the casing: about a pixel each side along the outline
    # labels: all that are legible, then only the selected, then none
    widget.labels.setCurrentText("all")
    assert quay.id in widget.bridge.batch.labelled
    widget.labels.setCurrentText("selected")
    assert widget.bridge.batch.labelled == ()
    widget.bridge.select([quay.id])
    widget.bridge.refresh_labels()
    assert widget.bridge.batch.labelled == (quay.id,)
    widget.labels.setCurrentText("none")
    assert widget.bridge.batch.labelled == ()


def test_the_table_shows_where_two_analysts_disagree(table):
    viewer, project, widget, dock = table
    sha = widget.bridge.tile.sha256
    alice = project.annotations(sha)
    from annotate.store import open_project as _open_project

    with _open_project(project.path, analyst="carol") as carol:
        rows = [{"geometry": a.geometry, "cls": a.cls if i != 3 else "warship"} for i, a in enumerate(alice[:15])]
        carol.add_annotations(carol.new_annotations(sha, rows))
    dock.show_tile(sha)
    dock.analyst_a.setCurrentText("alice")
    dock.analyst_b.setCurrentText("carol")
    QTest.mouseClick(dock.disagree, Qt.MouseButton.LeftButton)
    QApplication.processEvents()
    shown = {dock.rows.id_at(r) for r in range(dock.model.rowCount())}
    assert len(shown) == 2 + 5  # the re-classed pair, and the five only alice tagged
    assert {a.id for a in alice[15:]} <= shown and alice[3].id in shown
    assert "precision 1.00, recall 0.75" in dock.status.text()
