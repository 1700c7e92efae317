"""The npe2 plugin: manifest, readers (tiles, projects, bad files), sample data, writer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

pytest.importorskip("napari")

import npe2  # noqa: E402

from annotate.napari._reader import get_reader  # noqa: E402
from annotate.napari._sample_data import dunai_2025_05_18  # noqa: E402
from annotate.napari._writer import write_shapes_geojson  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from imagery import open_tile  # noqa: E402
from tests.conftest import ROOT, SAMPLES, needs_testdata  # noqa: E402

MANIFEST = ROOT / "annotate" / "napari" / "napari.yaml"


def test_manifest_is_valid_and_registered():
    pm = npe2.PluginManifest.from_file(MANIFEST)
    assert pm.name == "imagery-annotate"
    assert {s.key for s in pm.contributions.sample_data} == {"dunai-2025-05-18", "dunai-2025-06-03",
                                                              "sunan-2025-05-20", "sunan-2025-06-11"}
    assert any("*.gpkg" in r.filename_patterns for r in pm.contributions.readers)
    installed = npe2.PluginManager.instance()
    installed.discover()
    assert "imagery-annotate" in installed._manifests


def test_reader_opens_tiles_lazily_in_metres():
    reader = get_reader(str(SAMPLES / "sunan_2025-05-20.tif"))
    ((data, kwargs, kind),) = reader(str(SAMPLES / "sunan_2025-05-20.tif"))
    affine = kwargs["affine"]  # placed in the map of its site: 0.5 m per pixel, north up
    assert kind == "image" and kwargs["multiscale"] and (affine[0][0], affine[1][1]) == pytest.approx((0.5, 0.5), rel=2e-3)


def test_reader_on_a_project_and_on_foreign_files(tmp_path):
    p = create_project(tmp_path / "case.gpkg")
    add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    p.close()
    layers = get_reader(str(tmp_path / "case.gpkg"))(str(tmp_path / "case.gpkg"))
    assert len(layers) == 1 and layers[0][1]["metadata"]["project_path"].endswith("case.gpkg")
    other = tmp_path / "other.gpkg"
    other.write_bytes(b"not sqlite")
    assert get_reader(str(other)) is None
    assert get_reader([str(other)]) is None


def test_reader_on_a_corrupt_tile_notifies_and_survives(make_napari_viewer):
    path = needs_testdata("corrupt", "truncated_image.png")
    viewer = make_napari_viewer()
    layers = get_reader(str(path))(str(path))
    assert layers == [] and len(viewer.layers) == 0


def test_sample_data():
    ((data, kwargs, kind),) = dunai_2025_05_18()
    assert kind == "image" and "Dunai port" in kwargs["name"] and data[0].shape == (4096, 4096, 3)


def test_writer_geojson_with_lonlat(tmp_path):
    with open_tile(SAMPLES / "dunai_2025-05-18.tif", compute_hash=False) as tile:
        georef = tile.georef
    import numpy as np

    out = write_shapes_geojson(str(tmp_path / "shapes.geojson"),
                               [np.array([[2067.5, 1793.0], [2067.5, 1823.0], [2292.5, 1823.0], [2292.5, 1793.0]])],
                               {"metadata": {"georef": georef}})
    fc = json.loads(Path(out[0]).read_text())
    (lon, lat) = fc["features"][0]["geometry"]["coordinates"][0][0]
    assert 132.3 < lon < 132.4 and 42.8 < lat < 42.95


def test_shapes_become_boxes_oriented_boxes_polygons_and_points():
    import numpy as np

    from annotate.napari.bridge import geometry_from_shape, shape_from_geometry

    assert geometry_from_shape("rectangle", np.array([[10, 20], [10, 80], [30, 80], [30, 20]])).params == (20, 10, 80, 30)
    # a rectangle turned 30°, listed from a short side: w is still the long side (the length axis)
    c, s = np.cos(np.radians(30)), np.sin(np.radians(30))
    corners = np.array([[-5, -20], [-5, 20], [5, 20], [5, -20]], float)[[1, 2, 3, 0]]  # short side first
    rc = np.stack([corners[:, 0] * c + corners[:, 1] * s, -corners[:, 0] * s + corners[:, 1] * c], 1) + 100
    g = geometry_from_shape("rectangle", rc)
    assert g.kind == "obb" and g.params[2] == pytest.approx(40) and g.params[3] == pytest.approx(10)
    kind, verts = shape_from_geometry(g)
    assert kind == "rectangle" and geometry_from_shape(kind, verts).params == pytest.approx(g.params)
    assert geometry_from_shape("polygon", np.array([[0, 0], [0, 10], [10, 5]])).kind == "polygon"
    assert geometry_from_shape("ellipse", np.array([[4, 4], [4, 16], [16, 16], [16, 4]])).params == (10, 10)


def test_plain_napari_project_file_then_widget(make_napari_viewer, tmp_path):
    """napari + the plugin, no `annotate open`: the reader opens a project's images, the Annotations
    widget finds the project they came from and edits it."""
    import numpy as np

    from annotate.napari._qt.annotation_widget import AnnotationWidget
    from annotate.store import open_project

    p = create_project(tmp_path / "plain.gpkg")
    add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    p.close()
    viewer = make_napari_viewer(show=True)
    viewer.open(str(tmp_path / "plain.gpkg"), plugin="imagery-annotate")
    widget = AnnotationWidget(viewer)
    assert widget.project is not None and widget.bridge is not None
    widget.bridge.layer.add_rectangles(np.array([[100.0, 100.0], [140.0, 180.0]]))
    project = widget.project
    viewer.close()
    project.close()
    with open_project(tmp_path / "plain.gpkg", read_only=True) as again:
        assert len(again.annotations()) == 1
