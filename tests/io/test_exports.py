"""Every export format opened by its real consumer: GDAL, pycocotools, a DOTA_devkit-style parser, pyld."""

from __future__ import annotations

import csv
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import numpy as np
import pyogrio
import pyogrio.raw
import pytest
import shapely

from annotate.io.exporting import WRITERS
from annotate.io.selection import EmptySelectionError, select
from annotate.model.errors import ProjectFileError



def _export(filled, fmt, tmp_path, **filters):
    sel = select(filled["project"], **filters)
    out = tmp_path / f"out.{fmt}"
    count = WRITERS[fmt](sel, out)
    return sel, out, count


def test_geojson_read_by_gdal(filled, tmp_path):
    sel, out, count = _export(filled, "geojson", tmp_path)
    info = pyogrio.read_info(out)
    assert info["features"] == count == 4 and info["crs"] == "EPSG:4326"
    meta, _, geoms, fields = pyogrio.raw.read(out)
    cols = dict(zip(meta["fields"], fields))
    ship = filled["annotations"][0]
    row = list(cols["id"]).index(ship.id)
    got = np.array(shapely.from_wkb(geoms[row]).exterior.coords)
    assert np.allclose(got, ship.lonlat["coordinates"][0], atol=1e-9)
    data = json.loads(out.read_text())
    assert "crs" not in data
    props = next(f["properties"] for f in data["features"] if f["id"] == ship.id)
    assert props["pixel_kind"] == "obb" and props["links"][0]["relation"] == "corroborates"
    assert props["tile_acquired"].startswith("2025-05-18") and len(props["tile_sha256"]) == 64


def test_gpkg_read_by_gdal(filled, tmp_path):
    _, out, count = _export(filled, "gpkg", tmp_path)
    info = pyogrio.read_info(out, layer="annotations")
    points = pyogrio.read_info(out, layer="annotation_points")
    # one geometry type per layer: the outlines, and the buoy (a point) in its own layer
    assert info["features"] + points["features"] == count == 4 and info["features"] == 3
    assert info["crs"] == points["crs"] == "EPSG:4326"
    assert (info["geometry_type"], points["geometry_type"]) == ("Polygon", "Point")
    meta, _, geoms, fields = pyogrio.raw.read(out, layer="annotations")
    cols = dict(zip(meta["fields"], fields))
    il76 = filled["annotations"][3]
    row = list(cols["id"]).index(il76.id)
    assert np.allclose(np.array(shapely.from_wkb(geoms[row]).exterior.coords), il76.lonlat["coordinates"][0])


def test_kml_read_by_gdal_with_folders_and_timestamps(filled, tmp_path):
    _, out, count = _export(filled, "kml", tmp_path)
    root = ET.parse(out).getroot()
    ns = {"k": "http://www.opengis.net/kml/2.2"}
    folders = root.findall(".//k:Folder", ns)
    assert len(folders) == 3  # two claims, and the unlinked annotations
    assert root.find(".//k:TimeStamp/k:when", ns).text.startswith("2025-05-")
    assert "Ropucha" in root.find(".//k:Placemark/k:description", ns).text
    layers = pyogrio.list_layers(out)
    total = sum(pyogrio.read_info(out, layer=name)["features"] for name, _ in layers)
    assert total == count == 4  # ship and tug in one claim folder, the Il-76 in the other, the buoy unlinked
    meta, _, geoms, fields = pyogrio.raw.read(out, layer=layers[0][0])
    g = shapely.from_wkb(geoms[0])
    assert 125 < g.centroid.x < 133 and 39 < g.centroid.y < 43


def test_csv(filled, tmp_path):
    _, out, count = _export(filled, "csv", tmp_path)
    rows = list(csv.DictReader(out.open(encoding="utf-8")))
    assert len(rows) == count == 4
    ship = next(r for r in rows if r["type"] == "Ropucha-class")
    assert abs(float(ship["centre_lat"]) - 42.888) < 0.01 and ship["wkt_lonlat"].startswith("POLYGON")
    buoy = next(r for r in rows if r["class"] == "other")
    assert buoy["wkt_lonlat"].startswith("POINT")


def test_coco_loads_in_pycocotools_with_matching_areas(filled, tmp_path):
    from pycocotools import mask as mask_utils
    from pycocotools.coco import COCO

    _, out, count = _export(filled, "coco", tmp_path)
    coco = COCO(str(out))
    assert len(coco.getImgIds()) == 2 and len(coco.getAnnIds()) == count == 3  # the point is skipped
    names = {c["name"] for c in coco.loadCats(coco.getCatIds())}
    assert {"landing ship", "cargo aircraft", "tug"} <= names
    for ann in coco.loadAnns(coco.getAnnIds()):
        img = coco.loadImgs(ann["image_id"])[0]
        rle = mask_utils.frPyObjects(ann["segmentation"], img["height"], img["width"])
        rasterised = float(mask_utils.area(mask_utils.merge(rle)))
        assert rasterised == pytest.approx(ann["area"], rel=0.05, abs=30)
        x, y, w, h = ann["bbox"]
        seg = ann["segmentation"][0]
        assert (min(seg[0::2]), min(seg[1::2])) == pytest.approx((x, y))


def parse_dota(path: Path) -> list[dict]:
    """As DOTA_devkit's parse_dota_poly does: skip header lines and lines under 9 fields."""
    objects = []
    for line in path.read_text().splitlines():
        parts = line.strip().split(" ")
        if len(parts) < 9:
            continue
        objects.append({"poly": [(float(parts[i]), float(parts[i + 1])) for i in range(0, 8, 2)],
                        "name": parts[8], "difficult": parts[9] if len(parts) > 9 else "0"})
    return objects


def test_dota_labeltxt(filled, tmp_path):
    _, out, count = _export(filled, "dota", tmp_path)
    files = sorted((out / "labelTxt").glob("*.txt"))
    assert [f.name for f in files] == ["dunai_2025-05-18.txt", "sunan_2025-05-20.txt"]
    text = files[0].read_text().splitlines()
    assert text[0].startswith("imagesource:") and text[1].startswith("gsd:0.49")
    dunai = parse_dota(files[0])
    assert sorted(o["name"] for o in dunai) == ["ship", "ship"]  # landing ship and tug; the "other" point is not DOTA
    ship = next(o for o in dunai if abs(o["poly"][0][0] - 1793) < 1)
    xs, ys = zip(*ship["poly"])
    assert (min(xs), max(xs), min(ys), max(ys)) == pytest.approx((1793, 1823, 2067.5, 2292.5))
    assert parse_dota(files[1])[0]["name"] == "plane" and count == 3


def test_yolo_obb(filled, tmp_path):
    _, out, count = _export(filled, "yolo-obb", tmp_path)
    classes = (out / "classes.txt").read_text().split("\n")
    line = (out / "labels" / "dunai_2025-05-18.txt").read_text().splitlines()[0].split()
    assert classes[int(line[0])] == "landing ship" and len(line) == 9
    assert all(0 <= float(v) <= 1 for v in line[1:]) and count == 3


def test_w3c_expands_with_pyld(filled, tmp_path):
    from pyld import jsonld

    _, out, count = _export(filled, "w3c", tmp_path)
    items = json.loads(out.read_text())
    assert count == 3 and all(i["motivation"] == "assessing" for i in items)
    from annotate.io.w3c import offline_document_loader  # shipped with annotate: no network needed

    expanded = jsonld.expand(items, {"documentLoader": offline_document_loader})
    oa = "http://www.w3.org/ns/oa#"
    first = next(e for e in expanded if any(b.get(oa + "hasSelector") for b in e[oa + "hasTarget"]))
    assert first["@type"] == [oa + "Annotation"]
    target = first[oa + "hasTarget"][0]
    assert target[oa + "hasSource"][0]["@id"].startswith("urn:sha256:")
    bodies = first[oa + "hasBody"]
    quote = next(b for b in bodies if oa + "hasSelector" in b)[oa + "hasSelector"]
    exact = [s[oa + "exact"][0]["@value"] for s in quote if oa + "exact" in s]
    claim_quotes = {c.quote for c in filled["claims"]}
    assert exact[0] in claim_quotes
    ship_item = next(i for i in items if i["target"]["selector"]["type"] == "SvgSelector")
    assert "<polygon points=" in ship_item["target"]["selector"]["value"]
    box_item = next(i for i in items if i["target"]["selector"]["type"] == "FragmentSelector")
    assert box_item["target"]["selector"]["value"] == "xywh=pixel:1880,2450,20,40"
    pos = box_item["body"][0]["selector"][1]
    source = filled["project"].sources()[0]
    assert source.text[pos["start"]:pos["end"]] == box_item["body"][0]["selector"][0]["exact"]


def test_claimreview(filled, tmp_path):
    _, out, count = _export(filled, "claimreview", tmp_path)
    reviews = json.loads(out.read_text())
    assert count == 2
    for r in reviews:
        assert r["@type"] == "ClaimReview" and r["claimReviewed"]
        assert "url" not in r  # no invented address: the review's own URL comes from --review-url
        assert r["itemReviewed"]["appearance"]["identifier"].startswith("urn:sha256:")
        assert [a["@type"] for a in r["author"]] == ["Person"] and r["author"][0]["name"]
        assert r["reviewRating"]["ratingValue"] == 5 and r["reviewRating"]["alternateName"] == "Corroborated by imagery"
        assert r["itemReviewed"]["datePublished"] == "2025-07-02"
    sel = select(filled["project"])
    sel.review_url = "https://example.org/reviews/dunai.html"
    out2 = tmp_path / "with_url.json"
    WRITERS["claimreview"](sel, out2)
    urls = [r["url"] for r in json.loads(out2.read_text())]
    assert all(u.startswith("https://example.org/reviews/dunai.html#claim-") for u in urls) and len(set(urls)) == 2
    assert all(r["url"] != r["itemReviewed"]["appearance"].get("url") for r in json.loads(out2.read_text()))


def test_filters(filled, tmp_path):
    dunai, sunan = filled["tiles"]
    assert len(select(filled["project"], tiles=[sunan.sha256]).annotations) == 1
    assert len(select(filled["project"], classes=["tug", "landing ship"]).annotations) == 2
    assert len(select(filled["project"], claims=[filled["claims"][0].id]).annotations) == 2
    from datetime import date

    assert len(select(filled["project"], since=date(2025, 5, 19)).annotations) == 1
    with pytest.raises(EmptySelectionError, match="nothing written"):
        select(filled["project"], classes=["submarine"])


def test_existing_output_refused_and_nothing_half_written(filled, tmp_path):
    sel = select(filled["project"])
    out = tmp_path / "keep.geojson"
    out.write_text("precious")
    with pytest.raises(ProjectFileError, match="--force"):
        WRITERS["geojson"](sel, out)
    assert out.read_text() == "precious"
    with pytest.raises(ProjectFileError, match="does not exist"):
        WRITERS["geojson"](sel, tmp_path / "no" / "such" / "dir.geojson")

    class Boom(Exception):
        pass

    def failing(i):
        raise Boom()

    with pytest.raises(Boom):
        WRITERS["geojson"](sel, tmp_path / "half.geojson", progress=failing)
    assert not (tmp_path / "half.geojson").exists()
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".")] == []


def test_coco_corners_match_the_other_formats_corners():
    """The COCO writer computes box and oriented-box corners in one numpy pass: the same corners, from the
    same first one (bow-port), as DOTA and YOLO-OBB write."""
    import numpy as np

    from annotate.io.coco import _corners
    from annotate.io.pixel_formats import four_corners
    from annotate.model import PixelGeometry

    rng = np.random.default_rng(1)
    geoms = [PixelGeometry.obb(*rng.uniform(10, 500, 2), *rng.uniform(5, 80, 2), rng.uniform(0, 360))
             for _ in range(200)] + [PixelGeometry.box(x, y, x + 10, y + 5) for x, y in rng.uniform(0, 100, (50, 2))]
    assert np.abs(_corners(geoms) - np.array([four_corners(g) for g in geoms])).max() < 1e-9


def test_w3c_media_fragments_are_whole_pixels_covering_the_shape():
    from types import SimpleNamespace

    from annotate.io.w3c import _selector
    from annotate.model import PixelGeometry

    point = _selector(SimpleNamespace(geometry=PixelGeometry.point(2182.1, 2758.5)))
    box = _selector(SimpleNamespace(geometry=PixelGeometry.box(10.4, 20.6, 30.2, 40.0)))
    assert point["value"] == "xywh=pixel:2182,2758,1,1"
    assert box["value"] == "xywh=pixel:10,20,21,20"  # 10..31 × 20..40 covers 10.4..30.2 × 20.6..40
