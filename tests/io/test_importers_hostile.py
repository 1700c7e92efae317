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


xml_names = st.sampled_from(["annotations", "image", "box", "polygon", "points", "polyline", "attribute", "meta",
                             "track", "version"])
xml_attrs = st.dictionaries(st.sampled_from(["name", "label", "xtl", "ytl", "xbr", "ybr", "rotation", "points",
                                             "width", "height", "id"]),
                            st.text(alphabet=st.sampled_from(list("0123456789.,;- eNa<&\"dunai_2025-05-18.tif")),
                                    max_size=20), max_size=5)
xml_trees = st.recursive(st.tuples(xml_names, xml_attrs, st.just([])),
                         lambda kids: st.tuples(xml_names, xml_attrs, st.lists(kids, max_size=4)), max_leaves=20)


def _xml(node) -> str:
    from xml.sax.saxutils import quoteattr

    tag, attrs, kids = node
    return f"<{tag} " + " ".join(f"{k}={quoteattr(v)}" for k, v in attrs.items()) + ">" + \
        "".join(_xml(k) for k in kids) + f"</{tag}>"


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tree=xml_trees, raw=st.booleans(), junk=st.text(max_size=40))
def test_cvat_importer_on_any_xml(tile_project, tmp_path, tree, raw, junk):
    project, tile = tile_project
    path = tmp_path / "in.xml"
    path.write_text(junk if raw else _xml(("annotations", {}, [tree])), encoding="utf-8")
    _run(project, tile, "cvat", path)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(st.lists(st.text(alphabet=st.sampled_from(list("0123456789.,;()[]- \"PONTLYGIe\n")),
                                      max_size=30), min_size=1, max_size=5), max_size=6),
       header=st.lists(st.sampled_from(["image_id", "class", "geometry", "wkt_lonlat", "xmin", "ymin", "xmax", "ymax",
                                        "label", "other"]), min_size=1, max_size=6))
def test_csv_importer_on_any_table(tile_project, tmp_path, rows, header):
    import csv

    project, tile = tile_project
    path = tmp_path / "in.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(header)
        w.writerows(rows)
    _run(project, tile, "csv", path)


@pytest.mark.parametrize("text", [
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY x "xxxxxxxxxx"><!ENTITY y "&x;&x;&x;&x;&x;&x;">]>'
    '<annotations><image name="a.tif">&y;</image></annotations>',  # entity expansion: refused
    '<?xml version="1.0"?><!DOCTYPE a [<!ENTITY e SYSTEM "file:///etc/passwd">]><annotations>&e;</annotations>',
    '<annotations><track id="0" label="tug"><box frame="0" xtl="1" ytl="1" xbr="5" ybr="5"/></track></annotations>',
    '<annotations><image name="dunai_2025-05-18.tif"><box label="tug" xtl="a" ytl="1" xbr="5" ybr="5"/>'
    '<polygon label="tug" points="1,1;1,1;1,1"/><polygon label="tug" points="0,0;10,10;10,0;0,10"/>'
    '<points label="tug" points="1;2"/></image></annotations>',
    "<html><body>not cvat</body></html>",
])
def test_known_hostile_cvat_is_one_format_error_or_skipped(tile_project, tmp_path, text):
    project, tile = tile_project
    path = tmp_path / "bad.xml"
    path.write_text(text, encoding="utf-8")
    before = len(project.annotations())
    try:
        summary = import_annotations(project, tile.sha256, "cvat", path)
    except ImportFormatError as exc:
        assert "bad.xml" in str(exc)
        return
    assert summary.imported == 0 and len(summary.skipped) == 4  # bad number, collinear, bow-tie, odd points
    assert len(project.annotations()) == before
