"""Exchange formats, read back by our own importers: DOTA's quadrilaterals and classes intact, oriented
boxes keeping length axis and heading through every format, CVAT 1.1 and CSV imports, class mapping,
attributes that travel, and multi-image files onto several tiles at once."""

from __future__ import annotations

import json
import shutil

import pytest

from annotate.io.exporting import WRITERS
from annotate.io.importing import ImportFormatError, ImportOptions, import_annotations, parse_class_map
from annotate.io.pixel_formats import four_corners
from annotate.io.selection import select
from annotate.model import PixelGeometry
from annotate.store import create_project, open_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES, needs_testdata, run_cli

cli = run_cli


@pytest.fixture
def project(tmp_path):
    p = create_project(tmp_path / "p.gpkg", analyst="alice")
    yield p
    p.close()


def test_real_dota_harbour_goes_dota_project_dota_unchanged(project, tmp_path):
    """Done means: 536 lines out, each quadrilateral and class name as it came in (harbor stays harbor)."""
    image = needs_testdata("labeled", "dota", "P0706.png")
    tile = add_tile_file(project, image)
    assert import_annotations(project, tile.sha256, "dota", image.with_suffix(".txt")).imported == 536
    WRITERS["dota"](select(project), tmp_path / "out")

    def records(path):
        out = []
        for line in path.read_text().splitlines():
            parts = line.split()
            if len(parts) >= 9 and not line.startswith(("imagesource:", "gsd:")):
                out.append((tuple(round(float(v), 2) for v in parts[:8]), parts[8], parts[9] if len(parts) > 9 else "0"))
        return sorted(out)

    original, written = records(image.with_suffix(".txt")), records(tmp_path / "out" / "labelTxt" / "P0706.txt")
    assert len(written) == 536
    assert written == original  # every corner, from the same first corner, and every class and difficult flag
    assert sum(1 for _, name, _ in written if name == "harbor") == 5


@pytest.mark.parametrize("fmt", ["dota", "yolo-obb", "coco", "cvat", "geojson"])
def test_oriented_boxes_keep_length_axis_and_heading_through_every_format(project, tmp_path, fmt):
    tile = add_tile_file(project, SAMPLES / "sunan_2025-05-20.tif")
    # an Il-76 46.6 m long and 50.5 m wide (span), nose towards 358.2° on screen; and a ship heading 178.2°
    il76 = project.add_annotation(tile.sha256, PixelGeometry.obb(1500, 1500, 93.2, 101.0, 358.2), "cargo aircraft")
    ship = project.add_annotation(tile.sha256, PixelGeometry.obb(2500, 2000, 120, 24, 178.2), "unknown aircraft")
    out = tmp_path / f"out.{fmt}"
    WRITERS[fmt](select(project), out)
    src = {"dota": out / "labelTxt" / "sunan_2025-05-20.txt", "yolo-obb": out / "labels" / "sunan_2025-05-20.txt"}
    fresh = create_project(tmp_path / "fresh.gpkg")
    summary = import_annotations(fresh, tile.sha256, fmt, src.get(fmt, out), tile=tile)
    assert summary.imported == 2
    back = sorted(fresh.annotations(), key=lambda a: a.geometry.params[0])
    for want, got in zip((il76, ship), back):
        assert got.geometry.kind == "obb", fmt
        assert got.heading_deg == pytest.approx(want.heading_deg, abs=0.05), fmt
        assert (got.length_m, got.width_m) == pytest.approx((want.length_m, want.width_m), rel=1e-3), fmt
        assert got.geometry.params[4] == pytest.approx(want.geometry.params[4], abs=0.01)
    fresh.close()


def test_first_corner_is_the_bow_port_corner_as_in_truth_json(project):
    truth = json.loads((SAMPLES / "dunai_2025-05-18.truth.json").read_text())
    tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    for obj in truth["objects"]:
        o = obj["obb"]
        # truth headings are compass degrees (north up): on screen, clockwise from +x, that is heading − 90°
        g = PixelGeometry.obb(o["cx"], o["cy"], o["length_px"], o["width_px"], o["heading_deg"] - 90)
        got = [v for corner in four_corners(g) for v in corner]
        assert got == pytest.approx([v for corner in obj["corners_xy"] for v in corner], abs=0.01), obj["class"]
    assert tile.width == 4096


def test_cvat_round_trip_keeps_shapes_classes_and_attributes(project, tmp_path):
    tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    shapes = [PixelGeometry.obb(1808, 2180, 225, 30, 270), PixelGeometry.box(100, 100, 300, 160),
              PixelGeometry.polygon([(500, 500), (560, 510), (540, 580)]), PixelGeometry.point(900, 900)]
    made = [project.add_annotation(tile.sha256, g, c, type=t, confidence=conf) for g, c, t, conf in
            zip(shapes, ("landing ship", "cargo ship", "other", "tug"), ("Ropucha-class", None, "pier <end>", None),
                ("confirmed", "probable", "possible", "probable"))]
    WRITERS["cvat"](select(project), tmp_path / "out.xml")
    fresh = create_project(tmp_path / "fresh.gpkg", analyst="carol")
    summary = import_annotations(fresh, tile.sha256, "cvat", tmp_path / "out.xml", tile=tile)
    assert summary.imported == 4 and summary.skipped == []
    key = lambda a: (a.cls, a.geometry.kind, tuple(round(v, 2) for v in a.geometry.params), a.type,  # noqa: E731
                     a.confidence.value, a.analyst)
    assert sorted(map(key, fresh.annotations())) == sorted(map(key, made))
    assert {a.analyst for a in fresh.annotations()} == {"alice"}  # who tagged them, as the file says
    assert fresh.log()[-1].analyst == "carol"  # who imported them
    fresh.close()


def test_review_state_travels_as_a_note_not_as_a_verdict(tmp_path):
    with create_project(tmp_path / "p.gpkg", analyst="alice") as p:
        tile = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
        a = p.add_annotation(tile.sha256, PixelGeometry.box(10, 10, 50, 50), "tug")
    with open_project(tmp_path / "p.gpkg", analyst="bob") as p:
        p.review(a.id, "accepted")
        for fmt in ("coco", "cvat", "geojson"):
            WRITERS[fmt](select(p), tmp_path / f"out.{fmt}")
    for fmt in ("coco", "cvat", "geojson"):
        with create_project(tmp_path / f"f-{fmt}.gpkg", analyst="carol") as fresh:
            import_annotations(fresh, tile.sha256, fmt, tmp_path / f"out.{fmt}", tile=tile)
            got = fresh.annotations()[0]
            assert got.analyst == "alice" and f"review in out.{fmt}: accepted by bob" in got.note, fmt
            assert fresh.review_states() == {}  # nobody reviewed anything in this project


def test_airbus_csv_imports_with_one_command(tmp_path):
    folder = needs_testdata("labeled", "airbus_aircraft")
    images = sorted(folder.glob("*.jpg"))
    proj = tmp_path / "air.gpkg"
    assert cli("new", str(proj)).returncode == 0
    args = ["import", str(proj), "--format", "csv", str(folder / "annotations.csv"),
            "--columns", "image=image_id,class=class,geometry=geometry",
            "--map", "airplane=unknown aircraft", "--map", "TRUNCATED_AIRPLANE=unknown aircraft", "--json"]
    for image in images:
        args += ["--tile", str(image)]
    r = cli(*args)
    assert r.returncode == 0, r.stderr
    summary = json.loads(r.stdout)
    assert summary["imported"] == 38 and summary["skipped"] == []
    assert summary["by_tile"] == {"4f833867-273e-4d73-8bc3-cb2d9ceb54ef.jpg": 18,
                                  "2314c1b5-ec8f-4212-b42f-43365a13fd20.jpg": 20}
    with open_project(proj, read_only=True) as p:
        anns = p.annotations()
        assert {a.geometry.kind for a in anns} == {"box"}
        first = next(a for a in anns if a.geometry.params == (135.0, 522.0, 245.0, 600.0))
        assert first.cls == "unknown aircraft" and len(p.tiles()) == 2


def test_csv_without_a_mapping_names_the_label_to_map(project, tmp_path):
    tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    path = tmp_path / "t.csv"
    path.write_text("file,label,wkt\ndunai_2025-05-18.tif,Frigate,\"POLYGON ((10 10, 50 10, 50 30, 10 30, 10 10))\"\n"
                    "dunai_2025-05-18.tif,TUG,POINT (100 200)\nother.tif,tug,POINT (1 1)\n")
    opts = ImportOptions(columns={"image": "file", "class": "label", "geometry": "wkt"})
    summary = import_annotations(project, tile.sha256, "csv", path, options=opts)
    assert summary.imported == 1 and summary.by_class == {"tug": 1}  # TUG: the taxonomy's tug, any case
    assert "Frigate" in summary.skipped[0].reason and "--map 'Frigate=CLASS'" in summary.skipped[0].reason
    opts = ImportOptions(columns=opts.columns, class_map=parse_class_map(["FRIGATE=warship"], project.taxonomy))
    assert import_annotations(project, tile.sha256, "csv", path, options=opts).by_class == {"warship": 1, "tug": 1}


def test_csv_lonlat_wkt_goes_through_the_georeferencing(project, tmp_path):
    tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    ship = project.add_annotation(tile.sha256, PixelGeometry.box(1000, 1000, 1100, 1040), "cargo ship")
    WRITERS["csv"](select(project), tmp_path / "out.csv")
    fresh = create_project(tmp_path / "f.gpkg")
    opts = ImportOptions(columns={"class": "class", "lonlat": "wkt_lonlat"})
    summary = import_annotations(fresh, tile.sha256, "csv", tmp_path / "out.csv", tile=tile, options=opts)
    got = fresh.annotations()[0]
    assert summary.imported == 1 and got.geometry.kind == "box"
    assert got.geometry.params == pytest.approx(ship.geometry.params, abs=0.01)
    fresh.close()


def test_map_refuses_a_target_outside_the_taxonomy(project):
    with pytest.raises(ImportFormatError, match="not a class of the taxonomy"):
        parse_class_map(["Airplane=jumbo"], project.taxonomy)
    with pytest.raises(ImportFormatError, match="LABEL=CLASS"):
        parse_class_map(["Airplane"], project.taxonomy)


def test_coco_categories_in_any_case_and_mapped(project, tmp_path):
    tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    coco = {"images": [{"id": 1, "file_name": "C:\\data\\dunai_2025-05-18.tif", "width": 4096, "height": 4096}],
            "categories": [{"id": 1, "name": "Cargo_Ship"}, {"id": 2, "name": "Vessel"}],
            "annotations": [{"id": 1, "image_id": 1, "category_id": 1, "bbox": [10, 10, 40, 20]},
                            {"id": 2, "image_id": 1, "category_id": 2, "bbox": [100, 10, 40, 20]}]}
    path = tmp_path / "c.json"
    path.write_text(json.dumps(coco))
    opts = ImportOptions(class_map=parse_class_map(["vessel=unknown vessel"], project.taxonomy))
    summary = import_annotations(project, tile.sha256, "coco", path, options=opts)
    assert summary.by_class == {"cargo ship": 1, "unknown vessel": 1}


def test_two_tiles_with_one_name_go_out_and_come_back_to_their_own_tile(tmp_path):
    for sub, sample in (("a", "dunai_2025-05-18.tif"), ("b", "sunan_2025-05-20.tif")):
        (tmp_path / sub).mkdir()
        shutil.copy(SAMPLES / sample, tmp_path / sub / "scene.tif")
    with create_project(tmp_path / "p.gpkg") as p:
        ta, tb = add_tile_file(p, tmp_path / "a" / "scene.tif"), add_tile_file(p, tmp_path / "b" / "scene.tif")
        p.add_annotation(ta.sha256, PixelGeometry.box(10, 10, 50, 30), "tug")
        p.add_annotation(tb.sha256, PixelGeometry.box(60, 60, 90, 80), "fighter")
        p.add_annotation(tb.sha256, PixelGeometry.box(160, 60, 190, 80), "fighter")
        sel = select(p)
        for fmt in ("cvat", "coco", "label-studio"):
            WRITERS[fmt](sel, tmp_path / f"out.{fmt}")
    names = {ta.sha256: f"scene_{ta.sha256[:8]}.tif", tb.sha256: f"scene_{tb.sha256[:8]}.tif"}
    tasks = json.loads((tmp_path / "out.label-studio" / "tasks.json").read_text())
    assert sorted(t["data"]["image"].rsplit("=", 1)[1] for t in tasks) == sorted(names.values())
    with create_project(tmp_path / "q.gpkg") as q:
        for t in (ta, tb):
            renamed = tmp_path / names[t.sha256]
            shutil.copy(t.path, renamed)
            add_tile_file(q, renamed)
        import_annotations(q, None, "cvat", tmp_path / "out.cvat", tiles=[q.tile(ta.sha256), q.tile(tb.sha256)])
        assert [a.cls for a in q.annotations(ta.sha256)] == ["tug"]
        assert [a.cls for a in q.annotations(tb.sha256)] == ["fighter", "fighter"]


def test_multi_tile_import_is_all_or_nothing(project, tmp_path):
    a = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
    b = add_tile_file(project, SAMPLES / "sunan_2025-05-20.tif")
    path = tmp_path / "t.csv"
    path.write_text("image,class,geometry\ndunai_2025-05-18.tif,tug,\"[(10, 10), (40, 10), (40, 30), (10, 30)]\"\n")
    before = len(project.log())
    with pytest.raises(ImportFormatError, match="nothing to import onto sunan_2025-05-20"):
        import_annotations(project, None, "csv", path, tiles=[a, b])
    assert project.annotations() == [] and len(project.log()) == before


def test_nothing_imported_is_an_error_and_the_new_tile_is_not_recorded(tmp_path):
    proj = tmp_path / "p.gpkg"
    cli("new", str(proj))
    junk = tmp_path / "junk.txt"
    junk.write_text("hello world\nthis is not YOLO\n")
    r = cli("import", str(proj), "--format", "yolo-obb", "--tile", str(SAMPLES / "dunai_2025-05-18.tif"), str(junk))
    assert r.returncode != 0 and "nothing imported" in r.stderr and "Traceback" not in r.stderr
    with open_project(proj, read_only=True) as p:
        assert p.tiles() == [] and p.annotations() == []


def test_dota_gsd_line_gives_a_pixel_only_tile_a_stated_scale(project, tmp_path):
    image = needs_testdata("labeled", "dota", "P0706.png")
    gsd = float(next(ln for ln in image.with_suffix(".txt").read_text().splitlines() if ln.startswith("gsd:"))[4:])
    tile = add_tile_file(project, image)
    summary = import_annotations(project, tile.sha256, "dota", image.with_suffix(".txt"))
    assert summary.stated_gsd == pytest.approx(gsd)
    assert project.tile(tile.sha256).gsd_m == pytest.approx(gsd)
    a = next(a for a in project.annotations(tile.sha256) if a.geometry.kind == "polygon")
    from annotate.model.geometry import pixel_size

    assert (a.length_m, a.width_m) == pytest.approx(tuple(v * gsd for v in pixel_size(a.geometry)))
    assert a.heading_deg is None and a.lonlat is None  # a scale, not a position or a north
    assert project.log()[-1].action == "stated-scale-update"  # the file's scale, recorded as stated
    # exported again, the DOTA file carries the same gsd: line
    WRITERS["dota"](select(project), tmp_path / "out")
    assert f"gsd:{gsd:.6f}" in (tmp_path / "out" / "labelTxt" / "P0706.txt").read_text()


def test_set_gsd_from_the_cli_is_audited_and_verifiable(tmp_path):
    image = needs_testdata("labeled", "dota", "P0706.png")
    proj = tmp_path / "p.gpkg"
    cli("new", str(proj))
    cli("tiles", "add", str(proj), str(image))
    cli("add", str(proj), "--tile", str(image), "--class", "tug", "--obb", "500,500,60,20,30")
    r = cli("tiles", "set-gsd", str(proj), str(image), "0.5")
    assert r.returncode == 0 and "stated (not measured)" in r.stdout, r.stderr
    with open_project(proj, read_only=True) as p:
        (a,) = p.annotations()
        assert (a.length_m, a.width_m) == pytest.approx((30.0, 10.0)) and a.heading_deg is None
    assert cli("verify", str(proj)).returncode == 0
    log = cli("log", str(proj), "--json").stdout
    assert [e["action"] for e in json.loads(log)][-2:] == ["stated-scale-update", "stated-scale-update"]
    bad = cli("tiles", "set-gsd", str(proj), str(image), "-3")
    assert bad.returncode == 2 and "not a positive size" in bad.stderr
    geo = cli("tiles", "set-gsd", str(proj), str(SAMPLES / "dunai_2025-05-18.tif"), "0.5")
    assert geo.returncode == 2 and "Traceback" not in geo.stderr
