"""Only our schema runs: SQL planted in a project is named by verify, and the project is refused for writing
until the user removes it; reading still works, with a warning."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest

from annotate.model import PixelGeometry
from annotate.store import open_project
from annotate.tiles import add_tile_file
from tests.conftest import run_cli

PLANTED = {
    "rewrites other rows and deletes links": [
        "CREATE TRIGGER tidy AFTER INSERT ON annotations BEGIN "
        "UPDATE annotations SET class = 'landing ship' WHERE id != NEW.id; DELETE FROM links; END"],
    "silently drops new audit entries": [
        "CREATE TRIGGER quiet BEFORE INSERT ON audit_log BEGIN SELECT RAISE(IGNORE); END"],
    "copies every note into a hidden table": [
        "CREATE TABLE _cache (note TEXT)",
        "CREATE TRIGGER keep AFTER UPDATE ON annotations BEGIN INSERT INTO _cache VALUES (NEW.note); END"],
}


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


def digest(path) -> str:
    return hashlib.sha256(open(path, "rb").read()).hexdigest()


@pytest.fixture
def received(project, tile_copy):
    tile = add_tile_file(project, tile_copy)
    project.add_annotation(tile.sha256, PixelGeometry.box(100, 100, 160, 130), "cargo ship")
    path = project.path
    project.close()
    return path, tile_copy


@pytest.mark.parametrize("what", PLANTED)
def test_a_planted_trigger_is_named_and_blocks_writing(received, what):
    path, tile = received
    con = sqlite3.connect(path)
    for statement in PLANTED[what]:
        con.execute(statement)
    con.commit()
    con.close()
    name = PLANTED[what][-1].split()[2]

    proc = cli("verify", path)
    assert proc.returncode == 1 and f"foreign trigger '{name}'" in proc.stdout, proc.stdout
    assert "opened read-only" in proc.stderr  # the warning, one line

    before = digest(path)
    proc = cli("add", path, "--tile", tile, "--class", "tug", "--box", "10,10,40,30")
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1
    assert "refused for writing" in proc.stderr and "--remove-foreign" in proc.stderr
    assert digest(path) == before  # nothing ran, nothing changed

    listing = cli("list", path)
    assert listing.returncode == 0 and "cargo ship" in listing.stdout and "annotate: warning:" in listing.stderr

    proc = cli("schema", path)
    assert proc.returncode == 1 and name in proc.stdout
    proc = cli("schema", path, "--remove-foreign")
    assert proc.returncode == 0 and f"removed foreign trigger '{name}'" in proc.stdout
    assert cli("add", path, "--tile", tile, "--class", "tug", "--box", "10,10,40,30").returncode == 0
    proc = cli("verify", path)
    assert proc.returncode == 0, proc.stdout
    with open_project(path, read_only=True) as p:
        assert [e.action for e in p.log()][-2:] == ["repair", "create"]
        assert sorted(a.cls for a in p.annotations()) == ["cargo ship", "tug"]


def test_an_altered_trigger_of_ours_blocks_writing_and_is_restored(received):
    path, tile = received
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_log_append_only_delete")
    con.execute("CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log BEGIN SELECT 1; END")
    con.commit()
    con.close()
    assert "altered trigger 'audit_log_append_only_delete'" in cli("verify", path).stdout
    assert cli("add", path, "--tile", tile, "--class", "tug", "--box", "10,10,40,30").returncode == 2
    proc = cli("schema", path, "--remove-foreign")
    assert "restored trigger 'audit_log_append_only_delete'" in proc.stdout
    con = sqlite3.connect(path)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        con.execute("DELETE FROM audit_log")
    con.close()


def test_a_missing_trigger_is_named_but_does_not_block(received):
    path, tile = received
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_log_append_only_update")
    con.commit()
    con.close()
    proc = cli("verify", path)
    assert proc.returncode == 1 and "missing trigger 'audit_log_append_only_update'" in proc.stdout
    assert cli("add", path, "--tile", tile, "--class", "tug", "--box", "10,10,40,30").returncode == 0


def test_gdal_appending_a_feature_adds_no_sql_of_its_own(received):
    """QGIS/GDAL editing the annotations layer: the row is caught by verify, but GDAL plants nothing that would
    block the project."""
    import numpy as np
    import shapely
    from pyogrio.raw import write

    from annotate.store.gpkg import GeoPackageStore

    path, _ = received
    cols = ["id", "tile_sha256", "kind", "pixel_geometry", "category", "class", "confidence", "note", "analyst",
            "created", "modified"]
    with open_project(path, read_only=True) as p:
        sha = p.tiles()[0].sha256
    values = ["qgis-1", sha, "point", "[1.0,2.0]", "vessel", "tug", "probable", "", "q", "2025-01-01T00:00:00.000Z",
              "2025-01-01T00:00:00.000Z"]
    write(str(path), np.array([shapely.to_wkb(shapely.Point(132.35, 42.88))], dtype=object),
          [np.array([v], dtype=object) for v in values], cols, layer="annotations", append=True, driver="GPKG",
          geometry_type="Unknown", crs="EPSG:4326")
    store = GeoPackageStore.open(path)
    assert store.schema_check.clean
    store.close()
    assert "annotation qgis-1: in the annotations table but not in the audit log" in cli("verify", path).stdout


def test_trusted_schema_is_off_on_every_connection(received):
    path, _ = received
    for read_only in (False, True):
        with open_project(path, read_only=read_only) as p:
            assert p.store.connection.execute("PRAGMA trusted_schema").fetchone()[0] == 0


def test_a_version_1_project_reads_as_is_and_migrates_to_the_new_schema(tmp_path, tile_copy):
    """A project from before seals: read-only opens leave it alone; a writable open migrates it, and the
    migrated schema is exactly a new project's (so nothing is reported as foreign)."""
    from annotate.store.schema import SCHEMA_VERSION, create_schema
    from annotate.store.schema_guard import check_schema

    path = tmp_path / "old.gpkg"
    con = sqlite3.connect(path, isolation_level=None)
    create_schema(con, "2025-01-01T00:00:00.000Z", "0.0", version=1)
    con.close()
    with open_project(path, read_only=True) as p:
        assert p.store.schema_version == 1 and p.store.schema_check.clean
    assert cli("verify", path).returncode == 0
    with open_project(path) as p:
        add_tile_file(p, tile_copy)
        assert p.store.schema_version == SCHEMA_VERSION and p.store.project_id
        assert check_schema(p.store.connection).clean
    assert "entries 1–1 are not sealed" in cli("verify", path).stdout or "not sealed" in cli("verify", path).stdout
    assert cli("seal", path).returncode == 0
