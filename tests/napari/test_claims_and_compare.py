"""The claims panel and the date comparison in a real viewer: candidate tiles open with one click, a
claim's evidence on another tile opens that tile, reports import from the panel (and bad ones are a
notification, not a crash), and two dates blend or sit side by side, each with its own annotations."""

from __future__ import annotations

import pytest

pytest.importorskip("napari")

from annotate.claims.importer import import_document  # noqa: E402
from annotate.model import PixelGeometry  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402

pytestmark = pytest.mark.gui
SHIP = PixelGeometry.box(1793, 2067.5, 1823, 2292.5)


@pytest.fixture
def session(make_napari_viewer, tmp_path):
    project = create_project(tmp_path / "p.gpkg", analyst="gui-tester")
    tiles = {p.stem: add_tile_file(project, p) for p in sorted(SAMPLES.glob("*.tif"))}
    import_document(project, SAMPLES / "sample_report.md")
    viewer = make_napari_viewer(show=True)
    widget = AnnotationWidget(viewer, project, tile_sha256=tiles["sunan_2025-05-20"].sha256)
    viewer.window.add_dock_widget(widget, name="Annotations")
    yield viewer, project, widget, tiles
    viewer.close()  # before the project: closing the viewer still sends selection events to the widget
    project.close()


def _select_claim(widget, text):
    row = next(i for i in range(widget.claims.count()) if text in widget.claims.item(i).text())
    widget.claims.setCurrentRow(row)


def test_candidate_tiles_open_with_one_click(session):
    viewer, project, widget, tiles = session
    _select_claim(widget, "Ropucha-class landing ship docked")
    panel = widget.claims_panel
    labels = [panel.candidates.item(i).text() for i in range(panel.candidates.count())]
    assert labels[0].startswith("Dunai port 2025-05-18") and "outside the date" in labels[1]
    assert "places: Dunai port" in panel.detail.text() and "2025-05-18 (day)" in panel.detail.text()
    panel.open_candidate(panel.candidates.item(0))
    dunai = tiles["dunai_2025-05-18"].sha256
    assert widget.bridge.tile.sha256 == dunai
    image = widget.image_layer(dunai, create=False)
    assert image is not None and image.visible and viewer.layers.selection.active is widget.bridge.layer
    assert "Dunai port — 2025-05-18" in viewer.canvas.overlays.text.text
    assert not widget.image_layer(tiles["sunan_2025-05-20"].sha256, create=False).visible


def test_claim_evidence_on_another_tile_opens_it(session):
    viewer, project, widget, tiles = session
    dunai = tiles["dunai_2025-05-18"].sha256
    ship = project.add_annotation(dunai, SHIP, "landing ship", type="Ropucha-class")
    claim = next(c for c in project.claims() if "Ropucha-class landing ship docked" in c.quote)
    project.link(ship.id, claim.id, "corroborates")
    assert widget.bridge.tile.sha256 == tiles["sunan_2025-05-20"].sha256
    _select_claim(widget, "Ropucha-class landing ship docked")
    assert widget.bridge.tile.sha256 == dunai and widget.bridge.selected_ids() == [ship.id]
    ship_world = tuple(widget.bridge.layer.data_to_world((2180, 1808))[-2:])  # in the map: −northing, easting
    assert viewer.scene.camera.center[-2:] == pytest.approx(ship_world, abs=1)
    assert "✔ corroborated" in widget.claims.currentItem().text()


def test_import_a_report_from_the_panel(session, tmp_path):
    viewer, project, widget, tiles = session
    before = widget.claims.count()
    report = tmp_path / "wire.txt"
    report.write_text("PYONGYANG, June 12 (Wire) - Two Il-76 cargo aircraft were parked at Sunan airport "
                      "on June 11, satellite images show.\n", encoding="utf-8")
    assert widget.claims_panel.import_source(report) == 1
    assert widget.claims.count() == before + 1
    bad = tmp_path / "binary.pdf"
    bad.write_bytes(b"\x00\x01not a pdf at all")
    assert widget.claims_panel.import_source(bad) is None  # a notification names the file, nothing added
    assert widget.claims.count() == before + 1 and len(project.sources()) == 2


def test_blend_and_side_by_side(session):
    viewer, project, widget, tiles = session
    first, later = tiles["dunai_2025-05-18"].sha256, tiles["dunai_2025-06-03"].sha256
    project.add_annotation(later, PixelGeometry.box(100, 100, 140, 112), "tug")
    widget.open_tile(first)
    compare = widget.compare
    assert compare.compared() == later  # same site, nearest date first
    compare.blend.setValue(40)
    other = widget.image_layer(later, create=False)
    assert other.visible and other.opacity == pytest.approx(0.4)
    assert viewer.layers.index(other) > viewer.layers.index(widget.image_layer(first, create=False))
    assert viewer.layers[-1] is widget.bridge.layer  # this tile's annotations over both images
    compare.blend.setValue(0)
    assert not other.visible
    compare.side_by_side.setChecked(True)  # (this session's panel is not docked on screen: no click reaches it)
    assert widget.status.text().startswith("Side by side"), widget.status.text()
    assert viewer.canvas.grid.enabled and viewer.canvas.grid.stride == 2
    visible = [layer for layer in viewer.layers if layer.visible]
    assert len(visible) == 4 and widget.bridges[later].layer.visible  # two dates, each with its own tags
    assert viewer.canvas.grid.actual_shape(viewer.layers) in ((1, 2), (2, 1))
    # each cell captioned with its date and time, drawn in the corner of its view
    captions = {sha: widget.bridges[sha]._caption for sha in (first, later)}
    assert captions[first].visible and captions[first].text == "Dunai port — 2025-05-18 01:52 UTC"
    assert captions[later].visible and captions[later].text.startswith("Dunai port — 2025-06-03 ")
    compare.side_by_side.setChecked(False)
    assert not captions[first].visible and not captions[later].visible
    assert not viewer.canvas.grid.enabled and not widget.bridges[later].layer.visible
    assert "Side by side" not in widget.status.text() and widget.status.text().startswith("Project ")
    compare.swap()  # flicker: the later date becomes the current one
    assert widget.bridge.tile.sha256 == later and compare.compared() == first


def test_status_bar_gives_pixel_lat_lon_and_mgrs(session):
    viewer, project, widget, tiles = session
    dunai = tiles["dunai_2025-05-18"].sha256
    widget.open_tile(dunai)
    world = tuple(widget.bridge.layer.data_to_world((2180, 1808))[-2:])  # the landing ship's centre, in the map
    for layer in (widget.bridge.layer, widget.image_layer(dunai, create=False)):
        status = layer.get_status(world, world=True)
        assert status["coordinates"].startswith("pixel x 1808, y 2180 — 42.")
        assert " N, 132." in status["coordinates"] and "MGRS 53T" in status["coordinates"]


def test_the_claims_list_shows_several_claims_at_once(session):
    viewer, project, widget, tiles = session
    claims = widget.claims_panel.claims
    viewer.window._qt_window.resize(1600, 1000)
    claims.scrollToTop()
    assert claims.count() >= 3
    third = claims.visualItemRect(claims.item(2))
    assert third.top() < claims.viewport().height()  # three wrapped claims in view, not two
