"""Every importer, fed arbitrary JSON values and text lines (hypothesis), either imports, skips records with a
reason, or raises its one format error — never anything else; and the project is untouched when it fails."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.io.importing import ImportFormatError, import_annotations
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=12),
    lambda children: st.lists(children, max_size=4) | st.dictionaries(
        st.sampled_from(["images", "annotations", "categories", "id", "image_id", "category_id", "bbox",
                         "segmentation", "attributes", "kind", "params", "name", "file_name", "type", "features",
                         "geometry", "coordinates", "properties", "class", "pixel_kind", "pixel_params"]),
        children, max_size=6),
    max_leaves=30)


@pytest.fixture(scope="module")
def tile_project(tmp_path_factory):
    p = create_project(tmp_path_factory.mktemp("imp") / "p.gpkg")
    tile = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    yield p, tile
    p.close()


def _run(project, tile, fmt, path):
    before = (len(project.annotations()), len(project.log()))
    try:
        summary = import_annotations(project, tile.sha256, fmt, path)
    except ImportFormatError:
        assert (len(project.annotations()), len(project.log())) == before  # all or nothing
        return
    assert summary.imported + len(summary.skipped) >= 0


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=json_values, fmt=st.sampled_from(["coco", "geojson"]))
def test_json_importers_on_any_json(tile_project, tmp_path, value, fmt):
    project, tile = tile_project
    path = tmp_path / "in.json"
    path.write_text(json.dumps(value), encoding="utf-8")
    _run(project, tile, fmt, path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(lines=st.lists(st.text(alphabet=st.sampled_from(list("0123456789.-e ship plane:gsd\t")), max_size=60),
                      max_size=8), fmt=st.sampled_from(["dota", "yolo-obb"]))
def test_text_importers_on_any_lines(tile_project, tmp_path, lines, fmt):
    project, tile = tile_project
    path = tmp_path / "labels.txt"
    path.write_text("\n".join(lines), encoding="utf-8")
    _run(project, tile, fmt, path)


@pytest.mark.parametrize("text", ['{"images": {}, "annotations": [], "categories": []}',
                                  '{"images": [1, 2], "annotations": [5], "categories": [{"name": "tug"}]}',
                                  '{"type": "FeatureCollection", "features": 7}',
                                  '{"type": "FeatureCollection", "features": [{"geometry": {"type": "Point", '
                                  '"coordinates": [1]}, "properties": {}}]}',
                                  "[" * 5000 + "]" * 5000])
def test_known_hostile_json_is_one_format_error_or_skipped(tile_project, tmp_path, text):
    project, tile = tile_project
    path = tmp_path / "bad.json"
    path.write_text(text, encoding="utf-8")
    for fmt in ("coco", "geojson"):
        _run(project, tile, fmt, path)
