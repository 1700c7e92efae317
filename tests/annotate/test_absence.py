"""Observations of absence (issue 10 item 5): an area where the analyst saw no object of a class — stored,
verified, linked to a claim, listed in reports and in GIS exports, never an object in training datasets."""

from __future__ import annotations

import json

import pytest

from annotate.io.exporting import WRITERS
from annotate.io.importing import import_annotations
from annotate.io.selection import select
from annotate.model import PixelGeometry
from annotate.model.errors import InvariantError
from annotate.store import create_project, open_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES, run_cli

cli = run_cli


@pytest.fixture
def case(tmp_path):
    p = create_project(tmp_path / "p.gpkg", analyst="tester")
    tile = add_tile_file(p, SAMPLES / "dunai_2025-06-03.tif")
    source = p.add_source("A Ropucha-class landing ship remained at the main pier of Dunai port on June 3.")
    claim = p.add_claim(source.id, 0, len(source.text))
    empty = p.add_annotation(tile.sha256, PixelGeometry.box(1780, 2050, 1840, 2310), "landing ship", absent=True,
                             note="the main pier is empty")
    tug = p.add_annotation(tile.sha256, PixelGeometry.box(2300, 2250, 2360, 2300), "tug")
    p.link(empty.id, claim.id, "contradicts")
    yield p, tile, claim, empty, tug
    p.close()


def test_an_absence_is_stored_linked_and_verified(case, tmp_path):
    p, tile, claim, empty, tug = case
    assert p.annotation(empty.id).absent and not p.annotation(tug.id).absent
    assert p.assessment(claim.id).value == "contradicted"
    p.close()
    with open_project(tmp_path / "p.gpkg", read_only=True) as q:
        assert q.annotation(empty.id).absent
    assert cli("verify", str(tmp_path / "p.gpkg")).returncode == 0


def test_an_absence_needs_an_area(case):
    p, tile, *_ = case
    with pytest.raises(InvariantError, match="over an area"):
        p.add_annotation(tile.sha256, PixelGeometry.point(10, 10), "tug", absent=True)


def test_gis_exports_say_absent_and_training_formats_leave_it_out(case, tmp_path):
    p, tile, claim, empty, tug = case
    sel = select(p)
    WRITERS["geojson"](sel, tmp_path / "out.geojson")
    props = {f["properties"]["id"]: f["properties"] for f in json.loads((tmp_path / "out.geojson").read_text())["features"]}
    assert props[empty.id]["absent"] is True and props[tug.id]["absent"] is False
    import pyogrio

    WRITERS["gpkg"](sel, tmp_path / "out.gpkg")
    meta, table = pyogrio.raw.read_arrow(tmp_path / "out.gpkg", layer="annotations")
    assert dict(zip(table["id"].to_pylist(), table["absent"].to_pylist())) == {empty.id: True, tug.id: False}
    for fmt, count in (("coco", 1), ("cvat", 1), ("dota", 1), ("yolo-obb", 1), ("label-studio", 1)):
        assert WRITERS[fmt](sel, tmp_path / f"out-{fmt}") == count, fmt  # the tug only
    WRITERS["kml"](sel, tmp_path / "out.kml")
    assert "none present: landing ship" in (tmp_path / "out.kml").read_text()


def test_geojson_brings_an_absence_back(case, tmp_path):
    p, tile, claim, empty, tug = case
    WRITERS["geojson"](select(p), tmp_path / "out.geojson")
    with create_project(tmp_path / "q.gpkg") as q:
        import_annotations(q, tile.sha256, "geojson", tmp_path / "out.geojson", tile=tile)
        back = {a.cls: a.absent for a in q.annotations()}
        assert back == {"landing ship": True, "tug": False}


def test_the_report_lists_it_as_none_present(case, tmp_path):
    p, *_ = case
    p.close()
    assert cli("report", str(tmp_path / "p.gpkg"), "-o", str(tmp_path / "r.md")).returncode == 0
    text = (tmp_path / "r.md").read_text()
    assert "**none present**: no landing ship in this area" in text and "contradicts" in text


def test_cli_add_absent_and_list(tmp_path):
    proj = tmp_path / "c.gpkg"
    cli("new", str(proj))
    r = cli("add", str(proj), "--tile", str(SAMPLES / "dunai_2025-06-03.tif"), "--class", "landing ship",
            "--box", "1780,2050,1840,2310", "--absent", "--json")
    assert r.returncode == 0 and json.loads(r.stdout)["absent"] is True
    assert "none present: landing ship" in cli("list", str(proj)).stdout
    bad = cli("add", str(proj), "--tile", str(SAMPLES / "dunai_2025-06-03.tif"), "--class", "tug", "--point", "5,5",
              "--absent")
    assert bad.returncode == 2 and "over an area" in bad.stderr


def test_a_version_3_project_migrates_and_keeps_verifying(tmp_path):
    """A project written before absences existed: opened, migrated to the current version, its chain still verifies."""
    import sqlite3

    from annotate.store.schema import SCHEMA_VERSION

    path = tmp_path / "old.gpkg"
    with create_project(path) as p:
        tile = add_tile_file(p, SAMPLES / "dunai_2025-06-03.tif")
        p.add_annotation(tile.sha256, PixelGeometry.box(10, 10, 50, 50), "tug")
    con = sqlite3.connect(path)  # make it what version 3 wrote: no absent column
    con.execute("ALTER TABLE annotations DROP COLUMN absent")
    con.execute("DROP TABLE catalog_items")  # and no catalog items (schema 5)
    con.execute("DELETE FROM gpkg_contents WHERE table_name = 'catalog_items'")
    con.execute("UPDATE annotate_meta SET value = '3' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with open_project(path) as p:
        assert not p.annotations()[0].absent
    assert SCHEMA_VERSION == 5 and cli("verify", str(path)).returncode == 0
