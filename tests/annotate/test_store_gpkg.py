"""The project file as other tools and hostile conditions see it: GDAL reads it; faults leave it intact."""

from __future__ import annotations

import sqlite3

import numpy as np
import pyogrio
import pyogrio.raw
import shapely
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.model import PixelGeometry
from annotate.model.errors import NotAProjectError, ProjectFileError, SchemaTooNewError
from annotate.store import GeoPackageStore, create_project, open_project
from annotate.store.audit import verify_chain


def _populate(project, ref, n=12):
    project.add_tile(ref)
    return [project.add_annotation(ref.sha256, PixelGeometry.box(100 + 30 * i, 200, 120 + 30 * i, 260), "tug")
            for i in range(n)]


def test_gdal_reads_annotations_layer_and_lists_attribute_tables(project, dunai_ref):
    anns = _populate(project, dunai_ref)
    path = str(project.path)
    layers = dict(pyogrio.list_layers(path).tolist())
    assert set(layers) == {"annotations", "tiles", "sources", "claims", "links", "audit_log", "seals", "reviews",
                           "catalog_items"}
    info = pyogrio.read_info(path, layer="annotations")
    assert info["features"] == len(anns) and info["crs"] == "EPSG:4326"
    meta, _fids, geoms, fields = pyogrio.raw.read(path, layer="annotations")
    columns = dict(zip(meta["fields"], fields))
    row = list(columns["id"]).index(anns[0].id)
    ring = anns[0].lonlat["coordinates"][0]
    got = list(shapely.from_wkb(geoms[row]).exterior.coords)
    assert np.allclose(got, ring, atol=1e-9, rtol=0)
    assert columns["class"][row] == "tug" and columns["category"][row] == "vessel"
    assert pyogrio.read_info(path, layer="audit_log")["features"] == len(anns) + 1
    meta = pyogrio.read_info(path, layer="annotations")
    assert "geom" in (meta.get("geometry_name") or "geom")


def test_gpkg_header_and_wal(project):
    con = sqlite3.connect(project.path)
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    kinds = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents"))
    assert kinds["annotations"] == "features" and kinds["audit_log"] == "attributes"
    con.close()


def test_not_a_project(tmp_path):
    text = tmp_path / "notes.gpkg"
    text.write_text("just text")
    with pytest.raises(NotAProjectError, match="notes.gpkg"):
        open_project(text)
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("CREATE TABLE t (x)").connection.close()
    with pytest.raises(NotAProjectError, match="other.sqlite"):
        open_project(other)
    with pytest.raises(ProjectFileError, match="missing.gpkg"):
        open_project(tmp_path / "missing.gpkg")
    corrupt = tmp_path / "corrupt.gpkg"
    corrupt.write_bytes(b"SQLite format 3\x00" + b"\x13" * 500)
    with pytest.raises(NotAProjectError, match="corrupt.gpkg"):
        open_project(corrupt)


def test_newer_schema_refused(project):
    path = project.path
    project.close()
    con = sqlite3.connect(path)
    con.execute("UPDATE annotate_meta SET value = '99' WHERE key = 'schema_version'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNewError, match="newer annotate"):
        open_project(path)


def test_create_refuses_existing(tmp_path):
    path = tmp_path / "p.gpkg"
    create_project(path).close()
    with pytest.raises(ProjectFileError, match="already exists"):
        create_project(path)


def test_disk_full_leaves_project_intact(project, dunai_ref):
    anns = _populate(project, dunai_ref, n=3)
    before = (len(project.annotations()), len(project.log()))
    page_count = project.store._con.execute("PRAGMA page_count").fetchone()[0]
    project.store._con.execute(f"PRAGMA max_page_count = {page_count}")  # the disk is now "full"
    big_note = "x" * 200_000
    with pytest.raises(ProjectFileError, match="project unchanged"):
        project.add_source(big_note)
    assert (len(project.annotations()), len(project.log())) == before
    assert project.annotation(anns[0].id) == anns[0]
    assert not verify_chain(project.log())


def test_audit_log_is_append_only(project, dunai_ref):
    _populate(project, dunai_ref, n=1)
    con = sqlite3.connect(project.path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("UPDATE audit_log SET analyst = 'mallory'")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM audit_log")
    con.close()


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    kind=st.sampled_from(["point", "box", "obb", "polygon"]),
    x=st.floats(60, 3980), y=st.floats(60, 3980), w=st.floats(1, 80), h=st.floats(1, 80),
    angle=st.floats(0, 359.9),
    cls=st.sampled_from(["landing ship", "cargo ship", "tug", "cargo aircraft", "helicopter", "other"]),
    confidence=st.sampled_from(["confirmed", "probable", "possible"]),
    note=st.text(max_size=40),
    type_=st.one_of(st.none(), st.text(min_size=1, max_size=12)),
)
def test_model_store_round_trip(project, dunai_ref, kind, x, y, w, h, angle, cls, confidence, note, type_):
    project.add_tile(dunai_ref)
    geom = {"point": PixelGeometry.point(x, y), "box": PixelGeometry.box(x, y, x + w, y + h),
            "obb": PixelGeometry.obb(x, y, w, h, angle),  # corners within √2·40 of the centre
            "polygon": PixelGeometry.polygon([(x, y), (x + w, y), (x + w / 2, y + h)])}[kind]
    a = project.add_annotation(dunai_ref.sha256, geom, cls, confidence=confidence, note=note, type=type_)
    again = GeoPackageStore.open(project.path, read_only=True)
    try:
        b = again.get_annotation(a.id)
    finally:
        again.close()
    assert b == a
