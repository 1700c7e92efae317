"""A project that cannot be edited (foreign SQL in it, or a read-only medium) opens read-only in the viewer and
says so; text from tile metadata is drawn as text, never as Qt rich text."""

from __future__ import annotations

import sqlite3

import pytest

pytest.importorskip("napari")

from qtpy.QtCore import Qt  # noqa: E402

from annotate.model.errors import ProjectWarning  # noqa: E402
from annotate.napari._layers import tile_layer_data  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project, open_project_or_read_only  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from imagery import open_tile  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402
from tests.napari.canvas_mouse import look_at, move, press, release  # noqa: E402

pytestmark = pytest.mark.gui

MARKUP = "<b>Dunai</b><img src='/etc/passwd'>"


@pytest.fixture
def received(tmp_path):
    path = tmp_path / "received.gpkg"
    with create_project(path, analyst="a") as p:
        add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    con = sqlite3.connect(path)
    con.execute("CREATE TRIGGER tidy AFTER INSERT ON annotations BEGIN DELETE FROM links; END")
    con.execute("UPDATE tiles SET site = ?", (MARKUP,))  # as a hostile provider's metadata tag would
    con.commit()
    con.close()
    return path


def test_a_project_with_foreign_sql_opens_read_only_and_cannot_be_drawn_on(make_napari_viewer, received):
    viewer = make_napari_viewer(show=True)
    with pytest.warns(ProjectWarning, match="did not create .* opened read-only"):
        project = open_project_or_read_only(received)
    assert project.read_only
    tile = project.tiles()[0]
    data, kwargs, _ = tile_layer_data(open_tile(tile.path, compute_hash=False))
    viewer.add_image(data, **kwargs)
    widget = AnnotationWidget(viewer, project)
    viewer.window.add_dock_widget(widget, name="Annotations")
    status = widget.status
    assert status.text().startswith("READ-ONLY project") and MARKUP in status.text()
    assert status.textFormat() == Qt.TextFormat.PlainText
    layer = widget.bridge.layer
    assert not layer.editable
    viewer.layers.selection.active = layer
    layer.mode = "add_rectangle"  # napari keeps a non-editable layer out of drawing modes
    look_at(viewer, layer, 2180, 1808, zoom=3.0)
    press(viewer, layer, 2067.5, 1793.0)
    move(viewer, layer, 2292.5, 1823.0)
    release(viewer, layer, 2292.5, 1823.0)
    assert project.annotations() == [] and len(layer.data) == 0
    project.close()
