"""The real DOTA harbour P0706 (531 boats, 5 harbours) imported from its labels: a click in a boat selects that
boat, every time — driven with real mouse events on the canvas."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("napari")

from shapely.geometry import Point, Polygon  # noqa: E402

from annotate.io.importing import import_annotations  # noqa: E402
from annotate.napari.bridge import TileAnnotations  # noqa: E402
from annotate.napari._layers import tile_layer_data  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from imagery import open_tile  # noqa: E402
from tests.conftest import needs_testdata  # noqa: E402
from tests.napari.canvas_mouse import click, look_at  # noqa: E402

pytestmark = pytest.mark.gui


@pytest.fixture
def dota_harbour():
    """The real DOTA harbour, or a clean skip before any viewer is made (napari's viewer fixture errors on a
    skip taken after it was set up)."""
    return needs_testdata("labeled", "dota", "P0706.png")


@pytest.fixture
def harbour(dota_harbour, make_napari_viewer, tmp_path):
    image = dota_harbour
    project = create_project(tmp_path / "harbour.gpkg")
    tile = add_tile_file(project, image)
    summary = import_annotations(project, tile.sha256, "dota", image.with_suffix(".txt"))
    assert summary.imported == 536
    viewer = make_napari_viewer(show=True)
    data, kwargs, _ = tile_layer_data(open_tile(image, compute_hash=False))
    viewer.add_image(data, **kwargs)
    bridge = TileAnnotations(viewer, project, tile)
    viewer.layers.selection.active = bridge.layer
    bridge.layer.mode = "select"
    yield viewer, project, bridge
    project.close()


def _unambiguous_targets(annotations):
    """Each annotation with a point inside it that no smaller annotation contains (its centroid, else a point
    inside found by shapely): where a click must select exactly it."""
    shapes = {a.id: Polygon(a.geometry.vertices) for a in annotations if a.geometry.kind != "point"}
    out = []
    for aid, poly in shapes.items():
        for p in (poly.centroid, poly.representative_point()):
            smaller = [o for oid, o in shapes.items() if oid != aid and o.area < poly.area and o.contains(Point(p))]
            if poly.contains(p) and not smaller:
                out.append((aid, p.x, p.y))
                break
    return out


def test_a_click_in_a_boat_selects_that_boat_every_time(harbour):
    viewer, project, bridge = harbour
    annotations = project.annotations(bridge.tile.sha256)
    targets = _unambiguous_targets(annotations)
    assert len(targets) >= 520  # almost every outline has such a point; the rest sit wholly inside smaller ones
    rng = np.random.default_rng(706)
    picks = [targets[i] for i in rng.choice(len(targets), size=200, replace=False)]
    wrong = []
    for aid, x, y in picks:
        look_at(viewer, bridge.layer, y, x, zoom=2.0)
        click(viewer, bridge.layer, y, x)
        if bridge.selected_ids() != [aid]:
            wrong.append((aid, x, y, bridge.selected_ids()))
        click(viewer, bridge.layer, 5.0, 5.0)  # empty water in the top-left corner: deselect
    assert wrong == [], f"{len(wrong)} of 200 clicks selected something else: {wrong[:5]}"


def test_near_an_outline_only_when_no_outline_contains_the_point(harbour):
    _, project, bridge = harbour
    batch = bridge.batch
    boat = next(a for a in project.annotations(bridge.tile.sha256) if a.cls != "other")
    x0, y0, x1, y1 = boat.geometry.bbox
    cx, cy = boat.geometry.centre
    assert batch.hit(cx, cy, tolerance=6.0) == boat.id
    # a point just outside the boat's outline and inside no other: within tolerance it is the boat
    poly = Polygon(boat.geometry.vertices)
    others = [Polygon(a.geometry.vertices) for a in project.annotations(bridge.tile.sha256) if a.id != boat.id]
    for dx, dy in ((0, -1), (0, 1), (-1, 0), (1, 0)):
        p = Point(cx + dx * (x1 - x0), cy + dy * (y1 - y0))
        if not poly.contains(p) and not any(o.contains(p) for o in others) and poly.distance(p) <= 6:
            assert batch.hit(p.x, p.y, tolerance=6.0) == boat.id
            assert batch.hit(p.x, p.y, tolerance=poly.distance(p) / 2) is None
            break
