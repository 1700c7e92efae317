"""A shared project in PostGIS, driven from the command line as analysts would, read by GDAL as QGIS would."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest

from annotate.store import create_project, open_project
from annotate.store.pg_local import ServerError
from tests.conftest import SAMPLES, run_cli

from .conftest import schema_of, seat

DUNAI = SAMPLES / "dunai_2025-05-18.tif"


def _ok(*args):
    done = run_cli(*args)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done


def _tagged(url: str) -> str:
    _ok("new", url)
    _ok("tiles", "add", url, DUNAI)
    out = _ok("add", url, "--tile", DUNAI, "--class", "landing ship", "--obb", "500,400,120,30,20",
              "--type", "Ropucha-class", "--json")
    return json.loads(out.stdout)["id"]


def test_every_command_takes_a_project_url_and_gdal_reads_the_layer(pg_server, project_url, tmp_path):
    aid = _tagged(project_url)
    listed = json.loads(_ok("list", project_url, "--json").stdout)
    assert [a["id"] for a in listed] == [aid] and listed[0]["length_m"] == pytest.approx(60.0, abs=0.5)
    assert "verified: OK" in _ok("verify", project_url).stdout
    out = tmp_path / "a.geojson"
    _ok("export", project_url, "--format", "geojson", "-o", out)
    assert json.loads(out.read_text())["features"][0]["properties"]["class"] == "landing ship"
    # GDAL's own PostgreSQL driver (what QGIS's OGR provider uses) sees a 4326 layer with its GiST index
    if shutil.which("ogrinfo") is None:
        pytest.skip("ogrinfo (gdal-bin) not installed")
    schema = schema_of(project_url)
    conn = f"PG:host=127.0.0.1 port={pg_server.port} user={pg_server.superuser} dbname=annotate schemas={schema}"
    info = subprocess.run(["ogrinfo", "-ro", "-so", conn, "annotations"], capture_output=True, text=True, timeout=60)
    assert info.returncode == 0, info.stderr
    assert "Feature Count: 1" in info.stdout and 'ID["EPSG",4326]' in info.stdout, info.stdout
    gist = pg_server.psql(f"SELECT indexdef FROM pg_indexes WHERE schemaname = '{schema}' AND "
                          "indexname = 'annotations_geom'")
    assert "USING gist (geom)" in gist
    centre = pg_server.psql(f"SELECT round(ST_Y(ST_Centroid(geom))::numeric, 3) FROM {schema}.annotations")
    assert centre.strip() == "42.896"  # the Dunai quay, where the CLI put it


def test_the_analyst_is_the_database_role_not_a_declared_name(pg_server, project_url):
    _tagged(project_url)
    alice = seat(pg_server, project_url, "alice")
    done = _ok("--analyst", "mallory", "add", alice, "--tile", DUNAI, "--class", "tug", "--box", "100,100,130,120",
               "--json")
    assert json.loads(done.stdout)["analyst"] == "alice"
    schema = schema_of(project_url)
    rows = pg_server.psql(f"SELECT analyst, db_role FROM {schema}.audit_log ORDER BY fid DESC LIMIT 1")
    assert rows.strip() == "alice|alice"
    # writing the log by hand under another name is refused by the server itself
    with pytest.raises(ServerError, match="database role"):
        pg_server.psql(f"INSERT INTO {schema}.audit_log (time, analyst, action, object_type, object_id, prev_hash, "
                       "hash) VALUES ('t', 'mallory', 'create', 'x', 'y', 'p', 'h')", user="alice")


def test_the_log_refuses_update_delete_and_truncate_even_from_the_owner(pg_server, project_url):
    _tagged(project_url)
    schema = schema_of(project_url)
    for sql in (f"UPDATE {schema}.audit_log SET analyst = 'x'", f"DELETE FROM {schema}.audit_log",
                f"TRUNCATE {schema}.audit_log"):
        with pytest.raises(ServerError, match="append-only"):
            pg_server.psql(sql)
    assert "verified: OK" in _ok("verify", project_url).stdout


def test_a_reader_opens_exports_and_verifies_but_cannot_edit(pg_server, project_url, tmp_path):
    _tagged(project_url)
    carol = seat(pg_server, project_url, "carol", "reader")
    assert "1 annotation(s)" in _ok("list", carol).stdout
    _ok("export", carol, "--format", "coco", "-o", tmp_path / "c.json")
    assert "verified: OK" in _ok("verify", carol).stdout
    refused = run_cli("add", carol, "--tile", DUNAI, "--class", "tug", "--box", "1,1,20,20")
    assert refused.returncode != 0 and "Traceback" not in refused.stderr
    assert "not edit" in refused.stderr, refused.stderr
    with open_project(carol, read_only=True) as p:
        assert len(p.annotations()) == 1 and p.read_only


def test_an_unreachable_server_or_a_bad_schema_is_one_clear_line(pg_server):
    down = run_cli("list", "postgresql://nobody@127.0.0.1:9/annotate?schema=x")
    assert down.returncode != 0 and "Traceback" not in down.stderr
    assert "cannot connect" in down.stderr and down.stderr.count("\n") == 1, down.stderr
    bad = run_cli("new", pg_server.project_url("Robert'); DROP TABLE x;--"))
    assert bad.returncode != 0 and "lower-case letters" in bad.stderr and "Traceback" not in bad.stderr
    refused = run_cli("list", pg_server.project_url("no_such_project", user="mallory"))  # no such login role
    assert refused.returncode == 2 and "Traceback" not in refused.stderr and refused.stderr.count("\n") == 1
    assert "mallory" in refused.stderr, refused.stderr
    missing = run_cli("list", pg_server.project_url("no_such_project"))
    assert missing.returncode != 0 and "no project schema" in missing.stderr, missing.stderr


def test_an_edit_based_on_a_stale_view_is_refused_not_overwritten(pg_server, project_url):
    from annotate.model.errors import ConflictError

    aid = _tagged(project_url)
    alice, bob = seat(pg_server, project_url, "alice"), seat(pg_server, project_url, "bob")
    with open_project(alice) as a, open_project(bob) as b:
        shown_to_alice = a.annotation(aid)
        b.update_annotation(aid, cls="warship", seen_modified=b.annotation(aid).modified)
        with pytest.raises(ConflictError, match="changed by bob"):
            a.update_annotation(aid, cls="tanker", seen_modified=shown_to_alice.modified)
        with pytest.raises(ConflictError):
            a.delete_annotation(aid, seen_modified=shown_to_alice.modified)
        assert a.annotation(aid).cls == "warship"
    assert "verified: OK" in _ok("verify", project_url).stdout


def test_a_project_is_created_once(project_url):
    create_project(project_url).close()
    again = run_cli("new", project_url)
    assert again.returncode != 0 and "already exists" in again.stderr
