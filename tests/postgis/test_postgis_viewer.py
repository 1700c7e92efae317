"""The viewer on a shared project: another analyst's edit appears in the outlines and the table within a
second, with no action from this analyst (LISTEN/NOTIFY polled on the GUI thread)."""

from __future__ import annotations

import json

import pytest

pytest.importorskip("napari")

from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project, open_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from tests.conftest import SAMPLES, run_cli  # noqa: E402

from .conftest import seat  # noqa: E402


def test_another_analysts_edits_appear_in_the_open_viewer(make_napari_viewer, pg_server, project_url, qtbot):
    with create_project(project_url) as p:
        tile = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    alice, bob = seat(pg_server, project_url, "alice"), seat(pg_server, project_url, "bob")
    viewer = make_napari_viewer(show=True)
    project = open_project(alice)
    widget = AnnotationWidget(viewer, project, tile_sha256=tile.sha256)
    viewer.window.add_dock_widget(widget, name="Annotations")
    widget.image_layer(tile.sha256)
    widget.show_tile(tile.sha256)
    QApplication.processEvents()
    bridge = widget.bridge
    assert bridge.annotation_ids() == []

    done = run_cli("add", bob, "--tile", tile.sha256[:12], "--class", "tug", "--box", "100,100,140,130", "--json")
    aid = json.loads(done.stdout)["id"]
    qtbot.waitUntil(lambda: aid in bridge.annotation_ids(), timeout=1_000)  # bob's tug, within a second
    table = widget.table
    qtbot.waitUntil(lambda: table.model.rowCount() == 1, timeout=1_000)
    run_cli("delete", bob, aid[:8])
    qtbot.waitUntil(lambda: aid not in bridge.annotation_ids(), timeout=1_000)  # bob's deletion, within a second
    project.close()
