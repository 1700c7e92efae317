"""Thousands of annotations on one tile, driven with real mouse events: only what is being edited sits
in the Shapes layer, the rest is drawn in one batch, and every edit still reaches the project."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("napari")

from qtpy.QtCore import Qt  # noqa: E402
from qtpy.QtTest import QTest  # noqa: E402
from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.model import PixelGeometry  # noqa: E402
from annotate.napari.bridge import TileAnnotations  # noqa: E402
from annotate.napari.outline_batch import CLASS_COLOURS, LABEL_MIN_PX, MAX_LABELS, layer_node, rgba  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402
from tests.napari.canvas_mouse import click, drag, look_at  # noqa: E402

pytestmark = pytest.mark.gui
N = 3000


@pytest.fixture
def crowded(make_napari_viewer, tmp_path):
    project = create_project(tmp_path / "crowded.gpkg")
    tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    rng = np.random.default_rng(7)
    # a grid of 40 × 12 px boxes 60 px apart (none overlap), then a random scatter beyond row 2400
    grid = [PixelGeometry.box(100 + 60 * i, 100 + 60 * j, 140 + 60 * i, 112 + 60 * j)
            for j in range(30) for i in range(30)]
    scatter = [PixelGeometry.box(x, y, x + 40, y + 12)
               for x, y in zip(rng.uniform(50, 3900, N - len(grid)), rng.uniform(2400, 3900, N - len(grid)))]
    project.add_annotations(project.new_annotations(tile.sha256, [{"geometry": g, "cls": "cargo ship"}
                                                                  for g in grid + scatter]))
    viewer = make_napari_viewer(show=True)
    bridge = TileAnnotations(viewer, project, tile)
    viewer.layers.selection.active = bridge.layer
    bridge.layer.mode = "select"
    yield viewer, project, bridge
    project.close()


def _grid_id(project, bridge, i, j):
    x0 = 100 + 60 * i
    y0 = 100 + 60 * j
    return next(a.id for a in project.annotations(bridge.tile.sha256) if a.geometry.params == (x0, y0, x0 + 40, y0 + 12))


def test_batch_holds_everything_and_the_shapes_layer_nothing(crowded):
    viewer, project, bridge = crowded
    assert len(bridge.annotation_ids()) == N and len(bridge.layer.data) == 0
    assert layer_node(viewer, bridge.layer) is bridge.batch._line.parent  # the private napari hook still works


def test_click_selects_one_from_the_batch_and_dragging_moves_it(crowded):
    viewer, project, bridge = crowded
    bridge.edit_spare = 0  # unselected shapes go back to the batch at once (by default, a few dozen at a time)
    look_at(viewer, bridge.layer, 106, 120, zoom=4.0)
    click(viewer, bridge.layer, 106, 120)  # inside the box at x 100–140, y 100–112
    target = _grid_id(project, bridge, 0, 0)
    assert bridge.selected_ids() == [target] and bridge.edit_ids == [target]
    assert target in bridge.batch.hidden  # its batched outline is not drawn twice
    drag(viewer, bridge.layer, (106, 120), (126, 150))  # move it 20 rows down, 30 columns right
    x0, y0, x1, y1 = project.annotation(target).geometry.bbox
    assert (x0, y0) == pytest.approx((130, 120), abs=1.0) and (x1 - x0, y1 - y0) == pytest.approx((40, 12), abs=0.01)
    # a click on another annotation swaps it in; the first goes back to the batch, moved
    click(viewer, bridge.layer, 106, 180)
    other = _grid_id(project, bridge, 1, 0)
    assert bridge.edit_ids == [other] and target not in bridge.batch.hidden
    assert bridge.batch.bounds([target])[:2] == pytest.approx((130, 120), abs=1.0)
    # shift-click adds to the selection
    click(viewer, bridge.layer, 166, 120, shift=True)
    assert set(bridge.selected_ids()) == {other, _grid_id(project, bridge, 0, 1)}
    # clicking empty water clears it and empties the Shapes layer
    click(viewer, bridge.layer, 140, 150)
    assert bridge.selected_ids() == [] and bridge.edit_ids == []


def test_unselected_shapes_return_to_the_batch_in_groups(crowded):
    viewer, project, bridge = crowded
    bridge.edit_spare = 3
    look_at(viewer, bridge.layer, 200, 300, zoom=2.0)
    for i in range(5):
        click(viewer, bridge.layer, 106, 120 + 60 * i)
        assert bridge.selected_ids() == [_grid_id(project, bridge, i, 0)]
        assert len(bridge.edit_ids) == (i + 1 if i <= 3 else 1)  # the fifth click returns four at once
        assert set(bridge.edit_ids) == set(bridge.batch.hidden)


def test_box_select_reaches_the_batch_and_delete_key_deletes(crowded):
    viewer, project, bridge = crowded
    look_at(viewer, bridge.layer, 200, 200, zoom=1.5)
    drag(viewer, bridge.layer, (90, 90), (240, 265))  # wholly contains the 3 × 3 boxes at the grid's corner
    expected = {_grid_id(project, bridge, i, j) for i in range(3) for j in range(3)}
    assert set(bridge.selected_ids()) == expected
    canvas = viewer.window._qt_viewer.canvas.native
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Delete)
    QApplication.processEvents()
    assert len(project.annotations(bridge.tile.sha256)) == N - 9  # the Delete key, as the analyst presses it
    assert len(bridge.annotation_ids()) == N - 9 and not expected & set(bridge.annotation_ids())
    project.undo()  # one of the nine comes back, drawn in the batch
    assert len(bridge.annotation_ids()) == N - 8


def test_drawing_on_top_of_the_crowd_saves_a_new_annotation(crowded):
    viewer, project, bridge = crowded
    bridge.current["cls"] = "tug"
    bridge.layer.mode = "add_rectangle"
    look_at(viewer, bridge.layer, 2000, 2000, zoom=2.0)
    drag(viewer, bridge.layer, (1990, 1980), (2010, 2040))
    new = [a for a in project.annotations(bridge.tile.sha256) if a.cls == "tug"]
    assert len(new) == 1 and new[0].id in bridge.edit_ids
    assert new[0].geometry.bbox == pytest.approx((1980, 1990, 2040, 2010), abs=1.0)
    bridge.layer.mode = "add_rectangle"
    click(viewer, bridge.layer, 1500, 1500)  # a stray click is not an annotation
    assert len(project.annotations(bridge.tile.sha256)) == N + 1


def test_labels_only_where_legible(crowded):
    viewer, project, bridge = crowded
    viewer.reset_view()  # the whole tile: 40 px boxes are a few screen pixels, no label would be legible
    QApplication.processEvents()
    assert bridge.batch.labelled == ()
    look_at(viewer, bridge.layer, 500, 500, zoom=2.0)  # 40 px × 0.5 m × 2 = 40 screen px: labelled
    labelled = bridge.batch.labelled
    assert 0 < len(labelled) <= MAX_LABELS
    shown = bridge.batch.bounds(labelled)
    assert shown[0] < 500 < shown[2] and shown[1] < 500 < shown[3]
    # labels never overlap on screen (1 screen px per image pixel here): "cargo ship 20×6 m" is wider than
    # the 60 px between grid boxes, so neighbours in a row are not both labelled
    rects = []
    for aid in labelled:
        x, y = bridge.batch.bounds([aid])[:2]
        rects.append((x, y - 12, x + 6.5 * len(bridge.batch.label(aid)), y))
    for i, a in enumerate(rects):
        for b in rects[i + 1:]:
            assert not (a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3])
    grid_row = {_grid_id(project, bridge, i, 6) for i in range(2, 14)}  # boxes at y = 460, x = 220 … 880
    assert 0 < len(grid_row & set(labelled)) < len(grid_row)
    bridge.layer.text.visible = False  # napari's "display text" switch turns them off
    assert bridge.batch.labelled == ()
    bridge.layer.text.visible = True
    assert len(bridge.batch.labelled) == len(labelled)
    assert 40 * 0.5 * 2.0 >= LABEL_MIN_PX


def test_project_edits_elsewhere_update_the_batch(crowded):
    viewer, project, bridge = crowded
    target = _grid_id(project, bridge, 5, 5)
    project.update_annotation(target, geometry=PixelGeometry.box(2000, 2000, 2100, 2030), cls="tanker")
    assert bridge.batch.bounds([target]) == (2000, 2000, 2100, 2030)
    assert bridge.batch.label(target).startswith("tanker")
    assert bridge.batch.colour(target) == pytest.approx(rgba(CLASS_COLOURS["tanker"]))  # coloured by class
    project.undo()
    assert bridge.batch.bounds([target])[:2] == (400, 400)


def test_saving_the_annotation_layer_writes_every_annotation_of_the_tile(crowded, tmp_path):
    viewer, project, bridge = crowded
    from annotate.napari._writer import write_shapes_geojson

    bridge.select([bridge.annotation_ids()[0]])  # one shape in the Shapes layer, N in the project
    out = tmp_path / "tile.geojson"
    data, meta, _ = bridge.layer.as_layer_data_tuple()
    write_shapes_geojson(str(out), data, meta)
    import pyogrio  # GDAL reads it

    info = pyogrio.read_info(out)
    assert info["features"] == N and "class" in list(info["fields"])
