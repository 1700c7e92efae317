"""A remote tile in the viewer (issue 13 item 6): the image is shown at once from range reads while its
SHA-256 streams in the background; the tile joins the project when the hash is in, and is then tagged with
the mouse like any other."""

from __future__ import annotations

import hashlib
import shutil
import threading

import pytest

pytest.importorskip("napari")

from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.napari._layers import tile_layer_data  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project, open_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from imagery import open_tile  # noqa: E402
from tests.conftest import SAMPLES  # noqa: E402
from tests.imagery.range_server import RangeServer  # noqa: E402
from tests.napari.canvas_mouse import drag, look_at  # noqa: E402

pytestmark = pytest.mark.gui


def test_a_remote_tile_is_shown_before_its_hash_and_tagged_after(make_napari_viewer, tmp_path, monkeypatch, qtbot):
    monkeypatch.setenv("IMAGERY_CACHE", "off")  # the hash must really be streamed
    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(SAMPLES / "dunai_2025-06-03.tif", www / "dunai_0603.tif")
    expected = hashlib.sha256((www / "dunai_0603.tif").read_bytes()).hexdigest()
    with create_project(tmp_path / "team.gpkg", analyst="remote-tester") as p:
        local = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    with RangeServer(www) as server:
        server.hold_whole_file = threading.Event()  # the server is slow to give the whole file
        url = server.url("dunai_0603.tif")
        viewer = make_napari_viewer(show=True)
        project = open_project(tmp_path / "team.gpkg")
        widget = AnnotationWidget(viewer, project, tile_sha256=local.sha256)
        viewer.window.add_dock_widget(widget, name="Annotations")
        data, kwargs, _ = tile_layer_data(open_tile(url, compute_hash=False))
        layer = viewer.add_image(data, **kwargs)
        job = widget.hashing.start(layer, url)
        viewer.layers.selection.active = layer
        QApplication.processEvents()
        # shown, not yet a project tile, and the panel says what it waits for
        assert layer in viewer.layers and layer.metadata["tile_sha256"] is None
        assert not job.done and [t.sha256 for t in project.tiles()] == [local.sha256]
        assert "Hashing dunai_0603.tif" in widget.status.text()
        assert widget.bridge.tile.sha256 == local.sha256  # nothing to tag on the remote tile yet
        server.hold_whole_file.set()
        qtbot.waitUntil(lambda: len(project.tiles()) == 2, timeout=30_000)
        remote = next(t for t in project.tiles() if t.path == url)
        assert remote.sha256 == expected and remote.remote["sha256"] == expected and remote.remote["etag"]
        assert layer.metadata["tile_sha256"] == expected
        assert "added to the project" in widget.status.text()
        qtbot.waitUntil(lambda: widget.bridge is not None and widget.bridge.tile.sha256 == expected, timeout=5_000)
        shapes = widget.bridge.layer
        viewer.layers.selection.active = shapes
        shapes.mode = "add_rectangle"
        look_at(viewer, shapes, 1000, 1000, zoom=2.0)
        drag(viewer, shapes, (980, 960), (1020, 1040))
        (a,) = project.annotations(expected)
        assert a.geometry.kind == "box" and abs(a.length_m - 40) < 1.5 and abs(a.width_m - 20) < 1.5
        project.close()


def test_a_catalog_item_offered_for_a_claim_opens_remotely_and_becomes_a_tile(make_napari_viewer, tmp_path, qtbot):
    """A claim's candidates in the panel include recorded STAC items; opening one shows its COG from
    the server and, once hashed, records it as a tile."""
    from datetime import datetime, timezone

    from qtpy.QtCore import Qt
    from qtpy.QtTest import QTest

    from annotate.claims.importer import import_document
    from annotate.model.catalog_item import CatalogItem

    www = tmp_path / "www"
    www.mkdir()
    shutil.copy(SAMPLES / "dunai_2025-05-18.tif", www / "dunai_0518.tif")
    with open_tile(SAMPLES / "dunai_2025-05-18.tif", compute_hash=False) as t:
        meta = t.metadata
    with RangeServer(www) as server, create_project(tmp_path / "p.gpkg", analyst="remote-tester") as p:
        later = add_tile_file(p, SAMPLES / "dunai_2025-06-03.tif")
        import_document(p, SAMPLES / "sample_report.md")
        p.add_catalog_items([CatalogItem(id="c0ffee" * 5, stac_id="dunai_2025-05-18",
                                         asset_href=server.url("dunai_0518.tif"), catalog="http://stac.test/",
                                         acquired=datetime(2025, 5, 18, 2, 10, tzinfo=timezone.utc),
                                         footprint=tuple(meta.footprint_lonlat), gsd_m=0.5, platform="test-sat")])
        p.close()
        viewer = make_napari_viewer(show=True)
        project = open_project(tmp_path / "p.gpkg")
        widget = AnnotationWidget(viewer, project, tile_sha256=later.sha256)
        viewer.window.add_dock_widget(widget, name="Annotations")
        row = next(i for i in range(widget.claims.count())
                   if "Ropucha-class landing ship docked" in widget.claims.item(i).text())
        widget.claims.setCurrentRow(row)
        QApplication.processEvents()
        first = widget.claims_panel.candidates.item(0)
        assert "dunai_2025-05-18" in first.text() and "(catalog)" in first.text(), first.text()
        server.reset_counts()
        candidates = widget.claims_panel.candidates
        rect = candidates.visualItemRect(first)
        QTest.mouseClick(candidates.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                         rect.center())
        assert candidates.currentItem() is first
        QTest.mouseClick(widget.claims_panel.open_btn, Qt.MouseButton.LeftButton)
        QApplication.processEvents()
        shown = viewer.layers.selection.active
        assert shown.metadata["tile_path"] == server.url("dunai_0518.tif")
        assert any(r[2] for r in server.requests)  # read with ranges
        qtbot.waitUntil(lambda: len(project.tiles()) == 2, timeout=30_000)
        added = next(t for t in project.tiles() if t.path == server.url("dunai_0518.tif"))
        assert added.sha256 == hashlib.sha256((www / "dunai_0518.tif").read_bytes()).hexdigest()
        qtbot.waitUntil(lambda: widget.bridge.tile.sha256 == added.sha256, timeout=5_000)
        # an item whose image has gone from the server: a message, no layer, nothing recorded
        layers = len(viewer.layers)
        assert widget.hashing.open(server.url("gone.tif")) is None
        assert "404" in widget.status.text() and "gone.tif" in widget.status.text()
        assert len(viewer.layers) == layers and len(project.tiles()) == 2
        project.close()
