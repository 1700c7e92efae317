"""The viewer's session (issue 10 item 7): one Qt-free state under the panels. Setting it moves the view and
the panels follow (its psygnal events); the panels' controls set it; tiles and layers meet through it."""

from __future__ import annotations

import pytest

pytest.importorskip("napari")

from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.napari import session_of  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.napari.session import CompareState, ViewerSession  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402
from tests.napari.canvas_mouse import drag, look_at  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def opened(make_napari_viewer, tmp_path):
    project = create_project(tmp_path / "p.gpkg", analyst="session-tester")
    first = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    later = add_tile_file(project, SAMPLES / "dunai_2025-06-03.tif")
    viewer = make_napari_viewer(show=True)
    widget = AnnotationWidget(viewer, project, tile_sha256=first.sha256)
    viewer.window.add_dock_widget(widget, name="Annotations")
    yield viewer, project, widget, first.sha256, later.sha256
    viewer.close()
    project.close()


def test_the_session_holds_the_state_and_the_panels_follow_it(opened):
    viewer, project, widget, first, later = opened
    session = session_of(viewer)
    assert isinstance(session, ViewerSession) and widget.session is session and session.project is project
    seen = []
    session.events.compare.connect(seen.append)
    session.set_compare(mode="side")  # set on the session, not through a panel
    assert seen[-1] == CompareState(other=later, blend=0.0, mode="side")
    assert viewer.canvas.grid.enabled and widget.compare.side_by_side.isChecked()
    assert widget.status.text().startswith("Side by side")
    session.set_compare(mode="overlay", blend=0.4)
    assert not viewer.canvas.grid.enabled and not widget.compare.side_by_side.isChecked()
    assert widget.compare.blend.value() == 40
    assert session.image_layer(later, create=False).opacity == pytest.approx(0.4)
    widget.compare.blend.setValue(0)  # and the panel's control sets the session
    assert session.compare.blend == 0.0 and not session.image_layer(later, create=False).visible
    session.swap()
    assert session.bridge.tile.sha256 == later and session.compare.other == first
    assert widget.compare.compared() == first and widget.bridge is session.bridge
    with pytest.raises(ValueError):
        session.set_compare(mode="mosaic")


def test_defaults_set_on_the_session_show_in_the_panel_and_reach_a_drawn_shape(opened):
    viewer, project, widget, first, _ = opened
    session = session_of(viewer)
    session.set_defaults(cls="tug", confidence="confirmed", note="from the session")
    assert widget.cls.currentData() == "tug" and widget.confidence.currentText() == "confirmed"
    assert widget.note.text() == "from the session"
    layer = session.bridge.layer
    viewer.layers.selection.active = layer
    layer.mode = "add_rectangle"
    look_at(viewer, layer, 500, 500, zoom=2.0)
    drag(viewer, layer, (480, 460), (520, 540))
    (a,) = project.annotations(first)
    assert a.cls == "tug" and a.confidence.value == "confirmed" and a.note == "from the session"
    widget.cls.setCurrentIndex(widget.cls.findData("cargo ship"))  # the panel's field sets the session
    assert session.defaults["cls"] == "cargo ship"
    with pytest.raises(KeyError):
        session.set_defaults(colour="red")


def test_a_layer_names_its_tile_by_hash_not_by_path(opened, tmp_path):
    viewer, project, widget, first, later = opened
    session = session_of(viewer)
    layer = session.image_layer(later)  # made through the one layer factory
    assert layer.metadata["tile_sha256"] == later and layer.metadata["tile_path"]
    layer.metadata["tile_path"] = str(tmp_path / "moved-elsewhere.tif")  # the path no longer matches
    assert session.tile_of(layer) == later
    stranger = viewer.add_image(layer.data[-1] if layer.multiscale else layer.data,
                                metadata={"tile_path": str(SAMPLES / "sunan_2025-05-20.tif")})
    assert session.tile_of(stranger) is None  # not a project tile
    QApplication.processEvents()


def test_side_by_side_captions_each_cell_inside_it(opened):
    """Each date's caption is drawn in its own cell, just below the cell's top-left corner (not above it, in
    the neighbouring cell), as soon as the dates are put side by side."""
    viewer, project, widget, first, later = opened
    widget.navigation.zoom_to_tile()
    widget.compare.side_by_side.setChecked(True)
    QApplication.processEvents()
    shot = viewer.screenshot(canvas_only=True, flash=False)[..., :3].astype(int)
    rows, cols = viewer.canvas.grid.actual_shape(viewer.layers)
    cell_h, cell_w = shot.shape[0] // rows, shot.shape[1] // cols
    for i in range(2):
        top, left = (i // cols) * cell_h, (i % cols) * cell_w
        strip = shot[top + 6:top + 26, left + 6:left + 180]  # where "Dunai port — 2025-…" is written
        white = (strip.min(axis=-1) > 235).sum()
        assert white > 40, (i, white)  # the caption's letters
