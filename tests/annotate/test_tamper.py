"""verify replays the audit log against every table: any edit, deletion or insertion made with a SQLite
tool behind the project's back is named; truncating the log is caught; a consistent rewrite of the whole
chain is caught by a seal."""

from __future__ import annotations

import json
import sqlite3

import pytest

from annotate.model import PixelGeometry
from annotate.store import open_project
from annotate.store.audit import GENESIS, entry_hash
from annotate.store.verify import verify_project
from annotate.tiles import add_tile_file
from tests.annotate.conftest import REPORT
from tests.conftest import run_cli


@pytest.fixture(autouse=True)
def _private_config(tmp_path, monkeypatch):
    """Keys and trusted keys in a folder of this test, never the user's."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


@pytest.fixture
def evidence(project, tile_copy):
    """A project with one object in every table: tile, source, claim, annotation, link."""
    tile = add_tile_file(project, tile_copy)
    source = project.add_source(REPORT, title="wire")
    claim = project.add_claim(source.id, 0, 60)
    a = project.add_annotation(tile.sha256, PixelGeometry.box(100, 100, 160, 130), "cargo ship", type="Ivan Gren")
    b = project.add_annotation(tile.sha256, PixelGeometry.obb(400, 300, 120, 16, 30), "landing ship")
    link = project.link(a.id, claim.id, "corroborates")
    ids = {"tile": tile.sha256, "source": source.id, "claim": claim.id, "annotation": a.id, "link": link.id,
           "other_annotation": b.id}
    path = project.path
    project.close()
    return path, ids


def sql(path, *statements):
    con = sqlite3.connect(path)
    con.execute("PRAGMA foreign_keys=OFF")
    for s in statements:
        if isinstance(s, tuple):
            con.execute(*s)
        else:
            con.execute(s)
    con.commit()
    con.close()


def problems(path) -> list[str]:
    with open_project(path, read_only=True) as p:
        report = verify_project(p, relink=False)
    return [] if report.ok else report.problems()


def test_an_honest_project_verifies(evidence):
    path, _ = evidence
    assert problems(path) == []


EDITS = {
    "annotation": ["UPDATE annotations SET class = 'landing ship', confidence = 'confirmed' WHERE id = '{id}'",
                   "class is 'landing ship' in the table, the audit log says 'cargo ship'"],
    "link": ["UPDATE links SET relation = 'contradicts' WHERE id = '{id}'",
             "relation is 'contradicts' in the table, the audit log says 'corroborates'"],
    "claim": ["UPDATE claims SET quote = 'Nothing docked at Dunai.' WHERE id = '{id}'", "quote is"],
    "source": ["UPDATE sources SET publisher = 'Forged Agency' WHERE id = '{id}'", "publisher is 'Forged Agency'"],
    "tile": ["UPDATE tiles SET acquired = '2025-06-30T10:00:00.000Z' WHERE sha256 = '{id}'", "acquired is"],
}


@pytest.mark.parametrize("kind", EDITS)
def test_a_direct_edit_of_any_table_is_named(evidence, kind):
    path, ids = evidence
    statement, expected = EDITS[kind]
    sql(path, statement.format(id=ids[kind]))
    found = problems(path)
    assert any(f"{kind} {ids[kind]}" in p and expected in p for p in found), found
    proc = cli("verify", path)
    assert proc.returncode == 1 and "verification FAILED" in proc.stdout and ids[kind] in proc.stdout


DELETES = {"annotation": "DELETE FROM annotations WHERE id = '{id}'", "link": "DELETE FROM links WHERE id = '{id}'",
           "claim": "DELETE FROM claims WHERE id = '{id}'", "source": "DELETE FROM sources WHERE id = '{id}'",
           "tile": "DELETE FROM tiles WHERE sha256 = '{id}'"}


@pytest.mark.parametrize("kind", DELETES)
def test_a_row_deleted_behind_the_projects_back_is_named(evidence, kind):
    path, ids = evidence
    sql(path, DELETES[kind].format(id=ids[kind]))
    found = problems(path)
    assert any(f"{kind} {ids[kind]}: in the audit log but missing" in p for p in found), found


INSERTS = {
    "annotation": "INSERT INTO annotations (id, tile_sha256, kind, pixel_geometry, category, class, confidence, "
                  "analyst, created, modified) VALUES ('forged', '{tile}', 'point', '[5.0,5.0]', 'vessel', 'tug', "
                  "'confirmed', 'mallory', '2025-01-01T00:00:00.000Z', '2025-01-01T00:00:00.000Z')",
    "link": "INSERT INTO links (id, annotation_id, claim_id, relation, analyst, created) VALUES ('forged', "
            "'{other_annotation}', '{claim}', 'corroborates', 'mallory', '2025-01-01T00:00:00.000Z')",
    "claim": "INSERT INTO claims (id, source_id, start_offset, end_offset, quote, created) VALUES ('forged', "
             "'{source}', 0, 5, 'Vladi', '2025-01-01T00:00:00.000Z')",
    "source": "INSERT INTO sources (id, sha256, media_type, imported, text) VALUES ('forged', "
              "'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', 'text/plain', "
              "'2025-01-01T00:00:00.000Z', '')",
    "tile": "INSERT INTO tiles (sha256, path, width, height, georeferenced, georef_json, added) VALUES ('forged', "
            "'/x.tif', 10, 10, 0, '{{}}', '2025-01-01T00:00:00.000Z')",
}


@pytest.mark.parametrize("kind", INSERTS)
def test_a_row_inserted_behind_the_projects_back_is_named(evidence, kind):
    path, ids = evidence
    sql(path, INSERTS[kind].format(**ids))
    found = problems(path)
    assert any(f"{kind} forged: in the {kind if kind == 'links' else ''}" in p or
               (f"{kind} forged" in p and "not in the audit log" in p) for p in found), found


def test_a_moved_outline_and_a_changed_source_text_are_named(evidence):
    path, ids = evidence
    sql(path, ("UPDATE annotations SET geom = (SELECT geom FROM annotations WHERE id = ?) WHERE id = ?",
               (ids["other_annotation"], ids["annotation"])),
        ("UPDATE sources SET text = replace(text, 'May 18', 'May 19') WHERE id = ?", (ids["source"],)))
    found = problems(path)
    assert any(f"annotation {ids['annotation']}: lon/lat outline" in p for p in found), found
    assert any(f"source {ids['source']}: text" in p for p in found), found


def _without_log_triggers(path, *statements):
    sql(path, "DROP TRIGGER audit_log_append_only_update", "DROP TRIGGER audit_log_append_only_delete",
        *statements)
    _restore_log_triggers(path)


def _restore_log_triggers(path):
    """Put the append-only triggers back exactly as annotate wrote them: the schema check then sees nothing."""
    from annotate.store.schema_guard import expected_objects

    want = expected_objects(2)
    sql(path, *(want[("trigger", n)].sql for n in ("audit_log_append_only_update", "audit_log_append_only_delete")))


def test_cutting_the_end_of_the_log_is_caught(evidence):
    path, ids = evidence
    _without_log_triggers(path, "DELETE FROM audit_log WHERE fid = (SELECT max(fid) FROM audit_log)")
    found = problems(path)
    assert any(f"link {ids['link']}: in the links table but not in the audit log" in p for p in found), found


def test_emptying_the_log_is_caught(evidence):
    path, ids = evidence
    _without_log_triggers(path, "DELETE FROM audit_log")
    found = problems(path)
    assert len(found) >= 6 and any(f"tile {ids['tile']}" in p for p in found), found


def _rewrite_chain(path, fid: int, change: dict):
    """What an attacker with the file can do: change one entry's ``after`` and recompute every hash after it,
    and make the table agree. The chain then checks, and the tables match the log."""
    con = sqlite3.connect(path)
    for t in ("audit_log_append_only_update", "audit_log_append_only_delete"):
        con.execute(f"DROP TRIGGER {t}")
    rows = con.execute("SELECT fid, time, analyst, action, object_type, object_id, before, after FROM audit_log "
                       "ORDER BY fid").fetchall()
    prev = GENESIS
    for r_fid, time, analyst, action, otype, oid, before, after in rows:
        if r_fid == fid:
            value = json.loads(after) | change
            after = json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
        digest = entry_hash(prev, time, analyst, action, otype, oid, "null" if before is None else before,
                            "null" if after is None else after)
        con.execute("UPDATE audit_log SET after = ?, prev_hash = ?, hash = ? WHERE fid = ?", (after, prev, digest, r_fid))
        prev = digest
    con.commit()
    con.close()
    _restore_log_triggers(path)


def test_a_consistently_rewritten_chain_fails_against_its_seal(evidence):
    path, ids = evidence
    proc = cli("seal", path)
    assert proc.returncode == 0 and "sealed entries 1–6" in proc.stdout, proc.stderr
    fid = 4  # the cargo ship's creation
    _rewrite_chain(path, fid, {"class": "landing ship"})
    sql(path, ("UPDATE annotations SET class = 'landing ship' WHERE id = ?", (ids["annotation"],)))
    found = problems(path)
    assert found and all("seal" in p for p in found), found  # chain and tables agree: only the seal tells
    assert any("entry 6" in p and "chain was rewritten" in p for p in found)
    proc = cli("verify", path)
    assert proc.returncode == 1 and "chain was rewritten" in proc.stdout


def test_a_rewritten_chain_without_a_seal_is_invisible_which_is_why_seals_exist(evidence):
    path, ids = evidence
    _rewrite_chain(path, 4, {"class": "landing ship"})
    sql(path, ("UPDATE annotations SET class = 'landing ship' WHERE id = ?", (ids["annotation"],)))
    assert problems(path) == []
    assert "not sealed" in cli("verify", path).stdout


def test_seals_say_which_entries_are_sealed_and_by_whom(evidence, tmp_path):
    path, ids = evidence
    assert cli("--analyst", "alice", "seal", path).returncode == 0
    with open_project(path, analyst="alice") as p:
        p.update_annotation(ids["annotation"], note="re-checked")
    proc = cli("verify", path, "--json")
    report = json.loads(proc.stdout)
    assert proc.returncode == 0 and report["ok"]
    assert [s["seq"] for s in report["seals"]] == [6] and report["seals"][0]["valid"]
    assert report["seals"][0]["trusted"] and report["seals"][0]["analyst"] == "alice"
    text = cli("verify", path).stdout
    assert "entries 1–6 sealed by alice" in text and "entries 7–7 are not sealed" in text
    # another analyst's machine does not know alice's key: told so, and how to trust it
    other = {**__import__("os").environ, "XDG_CONFIG_HOME": str(tmp_path / "bob")}
    text = cli("verify", path, env=other).stdout
    assert "not among your trusted keys" in text
    key_file = tmp_path / "alice.pub"
    assert cli("keys", "export", "-o", key_file).returncode == 0
    assert cli("keys", "trust", key_file, env=other).returncode == 0
    assert "not among your trusted keys" not in cli("verify", path, env=other).stdout


def test_a_forged_seal_row_is_caught(evidence):
    path, _ = evidence
    assert cli("seal", path).returncode == 0
    sql(path, "DROP TRIGGER seals_append_only_update", "UPDATE seals SET analyst = 'mallory'")
    found = problems(path)
    assert any("signature does not match" in p for p in found), found


def test_sealing_refuses_a_project_that_does_not_verify(evidence):
    path, ids = evidence
    sql(path, ("UPDATE annotations SET note = 'x' WHERE id = ?", (ids["annotation"],)))
    proc = cli("seal", path)
    assert proc.returncode == 2 and "does not verify" in proc.stderr and proc.stderr.count("\n") == 1


def test_the_report_prints_the_chain_head_and_the_seals(evidence, tmp_path):
    path, _ = evidence
    sealed = cli("--analyst", "alice", "seal", path).stdout
    fingerprint = sealed.rsplit("key ", 1)[1].strip()
    with open_project(path, read_only=True) as p:
        head = p.store.connection.execute("SELECT hash FROM audit_log ORDER BY fid DESC LIMIT 1").fetchone()[0]
    for name in ("r.md", "r.html"):
        assert cli("report", path, "-o", tmp_path / name).returncode == 0
        text = (tmp_path / name).read_text(encoding="utf-8")
        assert f"entry 6, SHA-256 {head}" in text
        assert f"entries 1–6 sealed by alice (key {fingerprint})" in text
