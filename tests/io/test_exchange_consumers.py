"""Our exports opened by the tools teams use, installed as a user installs them: datumaro (COCO, DOTA,
CVAT), Ultralytics' dataset loader (YOLO-OBB), the OGC KML 2.2 schema that fastkml ships, label-studio-sdk's
label interface (Label Studio tasks and config), and GDAL (the GeoPackage, converted to Shapefiles)."""

from __future__ import annotations

import json
import math
from pathlib import Path

import numpy as np
import pytest

from annotate.io.exporting import WRITERS
from annotate.io.pixel_formats import four_corners
from annotate.io.selection import select
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES, needs_testdata

datumaro = pytest.importorskip("datumaro", reason="datumaro is installed by scripts/setup.sh (consumers extra)")


@pytest.fixture
def exported(filled, tmp_path):
    """The shared small project, selected once."""
    return filled, select(filled["project"]), tmp_path


@pytest.fixture
def harbour(tmp_path):
    """The real DOTA harbour (536 outlines on a 1111 × 1182 PNG) in a project."""
    from annotate.io.importing import import_annotations

    image = needs_testdata("labeled", "dota", "P0706.png")
    p = create_project(tmp_path / "harbour.gpkg")
    tile = add_tile_file(p, image)
    import_annotations(p, tile.sha256, "dota", image.with_suffix(".txt"))
    yield p, tile
    p.close()


def test_datumaro_reads_our_coco_layout_with_every_annotation(exported):
    filled, sel, tmp = exported
    WRITERS["coco"](sel, tmp / "coco", layout="datumaro")
    ds = datumaro.Dataset.import_from(str(tmp / "coco"), "coco_instances")
    items = list(ds)
    assert sorted(Path(i.media.path).name for i in items) == ["dunai_2025-05-18.tif", "sunan_2025-05-20.tif"]
    assert all(Path(i.media.path).is_file() and not Path(i.media.path).is_symlink() for i in items)
    labels = ds.categories()[datumaro.AnnotationType.label]
    got = sorted(labels[a.label].name for i in items for a in i.annotations if a.type == datumaro.AnnotationType.polygon)
    assert got == ["cargo aircraft", "landing ship", "tug"]  # the point (buoy) has no COCO shape
    attrs = next(a.attributes for i in items for a in i.annotations if labels[a.label].name == "landing ship")
    assert attrs["type"] == "Ropucha-class" and attrs["confidence"] == "confirmed" and attrs["analyst"] == "tester"


def test_datumaro_reads_our_dota_layout_of_the_real_harbour(harbour, tmp_path):
    p, tile = harbour
    WRITERS["dota"](select(p), tmp_path / "dota", layout="datumaro")
    ds = datumaro.Dataset.import_from(str(tmp_path / "dota"), "dota")
    (item,) = list(ds)
    assert item.media.data.shape[:2] == (tile.height, tile.width)
    labels = ds.categories()[datumaro.AnnotationType.label]
    names = [labels[a.label].name for a in item.annotations]
    assert len(names) == 536 and names.count("harbor") == 5 and names.count("ship") == 531


def test_datumaro_reads_our_cvat_xml_with_rotation_and_attributes(exported):
    filled, sel, tmp = exported
    WRITERS["cvat"](sel, tmp / "cvat", layout="datumaro")
    ds = datumaro.Dataset.import_from(str(tmp / "cvat"), "cvat")
    labels = ds.categories()[datumaro.AnnotationType.label]
    by_label = {labels[a.label].name: a for item in ds for a in item.annotations}
    assert set(by_label) == {"landing ship", "tug", "other", "cargo aircraft"}
    ship, want = by_label["landing ship"], filled["annotations"][0].geometry.params
    assert ship.type == datumaro.AnnotationType.rotated_bbox
    assert (ship.cx, ship.cy, ship.w, ship.h) == pytest.approx(want[:4], abs=0.01)
    assert ship.r % 360 == pytest.approx(want[4] % 360, abs=0.01)
    assert ship.attributes["type"] == "Ropucha-class"
    assert by_label["other"].type == datumaro.AnnotationType.points
    assert by_label["cargo aircraft"].type == datumaro.AnnotationType.polygon


def test_ultralytics_loader_reads_our_obb_dataset_as_written(harbour, tmp_path):
    ultralytics_data = pytest.importorskip("ultralytics.data", reason="ultralytics is installed by scripts/setup.sh")
    from ultralytics.data.utils import check_det_dataset

    p, tile = harbour
    out = tmp_path / "yolo"
    WRITERS["yolo-obb"](select(p), out, layout="ultralytics")
    data = check_det_dataset(str(out / "data.yaml"))
    assert data["nc"] == len(p.taxonomy.classes)
    ds = ultralytics_data.YOLODataset(img_path=data["train"], data=data, task="obb", augment=False)
    (label,) = ds.labels
    assert Path(label["im_file"]).name == "P0706.png" and label["shape"] == (tile.height, tile.width)
    assert len(label["segments"]) == 536  # no line dropped as corrupt, none out of bounds
    names = [data["names"][int(c)] for c in label["cls"].ravel()]
    assert names.count("other") == 5 and names.count("unknown vessel") == 531
    first = next(a for a in p.annotations() if a.geometry.kind == "polygon"  # one not touching the edge
                 and all(0 <= x <= tile.width and 0 <= y <= tile.height for x, y in a.geometry.vertices))
    corners = np.array(four_corners(first.geometry)) / [tile.width, tile.height]
    assert any(np.allclose(seg, corners, atol=1e-6) for seg in label["segments"])


def test_kml_validates_against_the_ogc_kml_22_schema(filled, tmp_path):
    from lxml import etree

    fastkml = pytest.importorskip("fastkml")
    p = filled["project"]
    ship, claims = filled["annotations"][0], filled["claims"]
    p.link(ship.id, claims[1].id, "contradicts")  # one annotation under two claims: two placemarks
    WRITERS["kml"](select(p), tmp_path / "out.kml")
    schema_dir = Path(fastkml.__file__).parent / "schema"
    schema = etree.XMLSchema(etree.parse(str(schema_dir / "ogckml22.xsd")))
    doc = etree.parse(str(tmp_path / "out.kml"))
    assert schema.validate(doc), schema.error_log
    k = fastkml.KML.parse(str(tmp_path / "out.kml"))
    assert k is not None


def test_label_studio_sdk_accepts_our_tasks_against_our_config(exported):
    from label_studio_sdk.label_interface import LabelInterface

    filled, sel, tmp = exported
    WRITERS["label-studio"](sel, tmp / "ls")
    config = (tmp / "ls" / "label_config.xml").read_text()
    li = LabelInterface(config)
    tasks = json.loads((tmp / "ls" / "tasks.json").read_text())
    assert len(tasks) == 2
    results = []
    for task in tasks:
        for ann in task["annotations"]:
            assert li.validate_prediction(ann, return_errors=True) == []
            results += ann["result"]
    assert sorted(r["type"] for r in results) == ["keypointlabels", "polygonlabels", "rectanglelabels",
                                                  "rectanglelabels"]
    ship = next(r for r in results if r["value"].get("rectanglelabels") == ["landing ship"])
    # Label Studio turns a rectangle about its (x, y) corner: rebuilding the centre gives ours back
    v, w, h = ship["value"], ship["original_width"], ship["original_height"]
    a = math.radians(v["rotation"])
    cx = v["x"] * w / 100 + (v["width"] * w / 100 * math.cos(a) - v["height"] * h / 100 * math.sin(a)) / 2
    cy = v["y"] * h / 100 + (v["width"] * w / 100 * math.sin(a) + v["height"] * h / 100 * math.cos(a)) / 2
    assert (cx, cy) == pytest.approx(filled["annotations"][0].geometry.params[:2], abs=1e-6)


def test_gpkg_layers_have_an_rtree_and_convert_to_shapefiles(exported):
    import pyogrio
    from pyogrio.raw import read_arrow, write_arrow

    filled, sel, tmp = exported
    WRITERS["gpkg"](sel, tmp / "out.gpkg")
    import sqlite3

    con = sqlite3.connect(tmp / "out.gpkg")
    rtrees = {r[0] for r in con.execute("SELECT table_name FROM gpkg_extensions WHERE extension_name='gpkg_rtree_index'")}
    assert rtrees == {"annotations", "annotation_points"}
    assert con.execute("SELECT count(*) FROM rtree_annotations_geom").fetchone()[0] == 3
    con.close()
    for layer, kind in pyogrio.list_layers(tmp / "out.gpkg"):
        meta, table = read_arrow(tmp / "out.gpkg", layer=layer)
        shp = tmp / f"{layer}.shp"
        write_arrow(table, str(shp), driver="ESRI Shapefile", geometry_name=meta["geometry_name"] or "wkb_geometry",
                    geometry_type=kind, crs=meta["crs"])
        assert pyogrio.read_info(shp)["features"] == table.num_rows and pyogrio.read_info(shp)["geometry_type"] == kind


def test_pycocotools_reads_the_datumaro_layout_annotations(exported):
    from pycocotools.coco import COCO

    filled, sel, tmp = exported
    WRITERS["coco"](sel, tmp / "coco", layout="datumaro")
    coco = COCO(str(tmp / "coco" / "annotations" / "instances_default.json"))
    assert len(coco.getAnnIds()) == 3 and len(coco.getImgIds()) == 2
    for img in coco.loadImgs(coco.getImgIds()):
        assert (tmp / "coco" / "images" / "default" / img["file_name"]).is_file()


def test_ultralytics_layout_links_images_unless_asked_to_copy(exported):
    filled, sel, tmp = exported
    WRITERS["yolo-obb"](sel, tmp / "linked", layout="ultralytics")
    WRITERS["yolo-obb"](sel, tmp / "copied", layout="ultralytics", copy_images=True)
    linked = sorted((tmp / "linked" / "images").iterdir())
    assert all(f.is_symlink() and f.resolve() == (SAMPLES / f.name).resolve() for f in linked)
    copied = sorted((tmp / "copied" / "images").iterdir())
    assert all(not f.is_symlink() and f.read_bytes() == (SAMPLES / f.name).read_bytes() for f in copied)
