"""annotate verify catches a tampered log entry, a modified image and a moved one (and relinks it)."""

from __future__ import annotations

import json
import shutil
import sqlite3
import subprocess
import sys

from annotate.model import PixelGeometry
from annotate.store import open_project
from annotate.store.verify import verify_project
from annotate.tiles import add_tile_file
from tests.conftest import ROOT


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "annotate.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)


def _project_with_copy(project, tile_copy):
    tile = add_tile_file(project, tile_copy)
    project.add_annotation(tile.sha256, PixelGeometry.box(100, 100, 160, 130), "tug")
    return tile


def test_clean_project_verifies(project, tile_copy):
    _project_with_copy(project, tile_copy)
    report = verify_project(project)
    assert report.ok and report.audit_entries == 2 and [t.status for t in report.tiles] == ["ok"]
    proc = _cli("verify", project.path)
    assert proc.returncode == 0 and "verified: OK" in proc.stdout


def test_tampered_log_entry_is_caught(project, tile_copy):
    _project_with_copy(project, tile_copy)
    path = project.path
    project.close()
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_log_append_only_update")  # what someone with sqlite3 at hand could do
    con.execute("UPDATE audit_log SET analyst = 'mallory' WHERE fid = 2")
    con.commit()
    con.close()
    proc = _cli("verify", path, "--json")
    report = json.loads(proc.stdout)
    assert proc.returncode == 1 and not report["ok"]
    assert any("entry 2" in p and "altered" in p for p in report["problems"])


def test_deleted_log_entry_breaks_the_chain(project, tile_copy):
    _project_with_copy(project, tile_copy)
    project.add_source("text")
    path = project.path
    project.close()
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_log_append_only_delete")
    con.execute("DELETE FROM audit_log WHERE fid = 2")
    con.commit()
    con.close()
    with open_project(path, read_only=True) as p:
        report = verify_project(p)
    assert not report.ok and any("removed or reordered" in c for c in report.chain_problems)


def test_modified_image_is_caught(project, tile_copy):
    _project_with_copy(project, tile_copy)
    with open(tile_copy, "r+b") as fh:  # flip one byte deep in the pixel data, keep size
        fh.seek(600_000)
        byte = fh.read(1)
        fh.seek(600_000)
        fh.write(bytes([byte[0] ^ 0xFF]))
    report = verify_project(project)
    assert not report.ok and report.tiles[0].status == "modified"
    proc = _cli("verify", project.path)
    assert proc.returncode == 1 and "image modified" in proc.stdout


def test_moved_image_is_found_by_hash_and_relinked(project, tile_copy, tmp_path):
    tile = _project_with_copy(project, tile_copy)
    elsewhere = tmp_path / "archive" / "2025" / "renamed.tif"
    elsewhere.parent.mkdir(parents=True)
    shutil.move(tile_copy, elsewhere)
    path = project.path
    project.close()
    proc = _cli("verify", path)
    assert proc.returncode == 1 and "image missing" in proc.stdout
    proc = _cli("verify", path, "--search", tmp_path / "archive")
    assert proc.returncode == 0, proc.stdout
    assert "moved" in proc.stdout and "relinked" in proc.stdout
    with open_project(path, read_only=True) as p:
        assert p.tile(tile.sha256).path == str(elsewhere.resolve())
        assert p.log()[-1].action == "update" and p.log()[-1].object_type == "tile"
    assert _cli("verify", path).returncode == 0


def test_the_stored_log_is_hashed_as_stored(project, tile_copy):
    """verify hashes the log's JSON text as stored: it agrees with decoding each entry on an honest log, and a
    re-spelled entry (same values, other text) counts as altered."""
    from annotate.store.audit import verify_chain, verify_stored_chain

    _project_with_copy(project, tile_copy)
    rows = project.store.audit_rows().fetchall()
    assert verify_stored_chain(rows) == verify_chain(project.log()) == []
    path = project.path
    project.close()
    con = sqlite3.connect(path)
    con.execute("DROP TRIGGER audit_log_append_only_update")
    after = con.execute("SELECT after FROM audit_log WHERE fid = 2").fetchone()[0]
    con.execute("UPDATE audit_log SET after = ? WHERE fid = 2", (json.dumps(json.loads(after), indent=1),))
    con.commit()
    con.close()
    with open_project(path, read_only=True) as again:
        report = verify_project(again, relink=False)
    assert not report.ok and any("entry 2" in p and "altered" in p for p in report.chain_problems)
