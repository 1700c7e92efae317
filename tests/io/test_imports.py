"""Imports: real DOTA labels, round trips through our own exports, malformed files leave the project untouched."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.io.exporting import WRITERS
from annotate.io.importing import ImportFormatError, import_annotations
from annotate.io.selection import select
from annotate.model import PixelGeometry
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES, needs_testdata


@pytest.fixture
def empty(tmp_path):
    p = create_project(tmp_path / "import.gpkg", analyst="tester")
    yield p
    p.close()


def test_real_dota_labels_import_with_counts_and_coordinates(empty):
    image = needs_testdata("labeled", "dota", "P0706.png")
    tile = add_tile_file(empty, image)
    summary = import_annotations(empty, tile.sha256, "dota", image.with_suffix(".txt"))
    assert summary.imported == 536 and summary.skipped == []
    assert summary.by_class == {"unknown vessel": 531, "other": 5}
    anns = empty.annotations(tile.sha256)
    assert sum("difficult" in a.note for a in anns) == 6
    first_line = next(ln for ln in image.with_suffix(".txt").read_text().splitlines()[2:] if ln.strip())
    xy = [float(v) for v in first_line.split()[:8]]
    assert list(anns[0].geometry.params) == xy
    assert max(max(a.geometry.bbox[2] for a in anns), 0) <= 1112  # one past the last column: tolerated


def test_dota_patch_with_labels_outside_the_image_is_all_skipped(empty):
    image = needs_testdata("labeled", "dota_mmrotate_patch", "P2805__1024__0___0.png")
    tile = add_tile_file(empty, image)
    summary = import_annotations(empty, tile.sha256, "dota", image.with_suffix(".txt"))
    assert summary.imported == 0 and len(summary.skipped) == 4
    assert all("outside the image" in s.reason for s in summary.skipped)
    assert empty.annotations() == []


def _roundtrip(project, fmt, tmp_path):
    sel = select(project)
    out = tmp_path / f"rt.{fmt}"
    WRITERS[fmt](sel, out)
    fresh = create_project(tmp_path / f"fresh-{fmt}.gpkg")
    results = {}
    for sha, tile in sel.tiles.items():
        add_tile_file(fresh, tile.path)
        src = {"dota": out / "labelTxt" / f"{tile.path.rsplit('/', 1)[-1].rsplit('.', 1)[0]}.txt",
               "yolo-obb": out / "labels" / f"{tile.path.rsplit('/', 1)[-1].rsplit('.', 1)[0]}.txt"}.get(fmt, out)
        summary = import_annotations(fresh, sha, fmt, src)
        results[sha] = (summary, fresh.annotations(sha))
    return sel, results, fresh


def test_geojson_and_coco_round_trip_exactly(filled, tmp_path):
    for fmt in ("geojson", "coco"):
        sel, results, fresh = _roundtrip(filled["project"], fmt, tmp_path)
        for sha, (summary, got) in results.items():
            want = [a for a in sel.annotations if a.tile_sha256 == sha and (fmt == "geojson" or a.geometry.kind != "point")]
            key = lambda a: (a.cls, a.geometry.kind, a.geometry.params, a.type, a.confidence)  # noqa: E731
            assert sorted(map(key, got)) == sorted(map(key, want)), fmt
        fresh.close()


def test_dota_and_yolo_round_trip_corners(filled, tmp_path):
    for fmt in ("dota", "yolo-obb"):
        sel, results, fresh = _roundtrip(filled["project"], fmt, tmp_path)
        ship = filled["annotations"][0]
        summary, got = results[ship.tile_sha256]
        back = next(a for a in got if a.geometry.bbox[0] == pytest.approx(1793, abs=0.1))
        for (x0, y0), (x1, y1) in zip(back.geometry.vertices, ship.geometry.vertices):
            assert (x0, y0) == pytest.approx((x1, y1), abs=0.1)
        assert back.length_m == pytest.approx(ship.length_m, rel=1e-3)
        fresh.close()


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(boxes=st.lists(st.tuples(st.floats(10, 3800), st.floats(10, 3800), st.floats(2, 150), st.floats(2, 150),
                                st.floats(0, 179), st.sampled_from(["obb", "box", "polygon"]),
                                st.sampled_from(["cargo ship", "tanker", "airliner", "fighter"])),
                      min_size=1, max_size=8))
def test_property_geojson_round_trip(tmp_path_factory, boxes):
    tmp = tmp_path_factory.mktemp("rt")
    p = create_project(tmp / "p.gpkg")
    tile = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    for x, y, w, h, angle, kind, cls in boxes:
        # an oriented box's corners reach at most √2·75 ≈ 106 px from its centre: keep it inside the image
        geom = {"obb": PixelGeometry.obb(x + 110, y + 110, w, h, angle), "box": PixelGeometry.box(x, y, x + w, y + h),
                "polygon": PixelGeometry.polygon([(x, y), (x + w, y + h / 3), (x + w / 2, y + h)])}[kind]
        p.add_annotation(tile.sha256, geom, cls)
    WRITERS["geojson"](select(p), tmp / "out.geojson")
    q = create_project(tmp / "q.gpkg")
    add_tile_file(q, SAMPLES / "dunai_2025-05-18.tif")
    summary = import_annotations(q, tile.sha256, "geojson", tmp / "out.geojson")
    key = lambda a: (a.cls, a.geometry, a.length_m)  # noqa: E731
    assert summary.imported == len(boxes)
    assert sorted(map(key, q.annotations()), key=str) == sorted(map(key, p.annotations()), key=str)
    p.close()
    q.close()


def test_xview_style_geojson(empty, tmp_path):
    tile = add_tile_file(empty, SAMPLES / "dunai_2025-05-18.tif")
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": None, "properties": {"bounds_imcoords": "100,200,160,230", "type_id": 51}},
        {"type": "Feature", "geometry": None, "properties": {"bounds_imcoords": "300,200,320,230", "type_id": 18}},
    ]}
    path = tmp_path / "xview.geojson"
    path.write_text(json.dumps(fc))
    summary = import_annotations(empty, tile.sha256, "geojson", path)
    assert summary.imported == 1 and summary.by_class == {"cargo ship": 1}
    assert summary.skipped[0].where == "feature 2" and "type_id 18" in summary.skipped[0].reason


@pytest.mark.parametrize("fmt, content", [("coco", "{not json"), ("geojson", "[1, 2"), ("coco", '{"images": []}')])
def test_malformed_import_is_one_error_and_project_untouched(empty, tmp_path, fmt, content):
    tile = add_tile_file(empty, SAMPLES / "dunai_2025-05-18.tif")
    before = len(empty.log())
    bad = tmp_path / f"bad.{fmt}"
    bad.write_text(content)
    with pytest.raises(ImportFormatError, match="bad"):
        import_annotations(empty, tile.sha256, fmt, bad)
    assert empty.annotations() == [] and len(empty.log()) == before


def test_dota_lines_with_problems_are_reported_by_line(empty, tmp_path):
    tile = add_tile_file(empty, SAMPLES / "dunai_2025-05-18.tif")
    path = tmp_path / "labels.txt"
    path.write_text("imagesource:GoogleEarth\ngsd:0.5\n10 10 50 10 50 30 10 30 ship 0\n1 2 3 ship\n"
                    "a b c d e f g h ship 0\n5000 5000 5100 5000 5100 5050 5000 5050 plane 0\n")
    summary = import_annotations(empty, tile.sha256, "dota", path)
    assert summary.imported == 1
    assert [(s.where, s.reason.split()[0]) for s in summary.skipped] == [
        ("line 4", "4"), ("line 5", "coordinates"), ("line 6", "geometry")]
