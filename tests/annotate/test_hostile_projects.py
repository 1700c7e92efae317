"""Projects that are read-only, hold malformed rows or come with odd schema versions: one line each, never a
traceback; and the one guard at the top of the CLI."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys

import pytest

import annotate.commands.project as project_commands
from annotate.cli import main
from annotate.model import PixelGeometry
from annotate.tiles import add_tile_file
from tests.conftest import ROOT, run_cli


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


def one_error_line(proc, *words):
    assert proc.returncode == 2, (proc.returncode, proc.stdout, proc.stderr)
    assert proc.stderr.startswith("annotate: error: ") and proc.stderr.count("\n") == 1, proc.stderr
    assert "Traceback" not in proc.stderr
    for w in words:
        assert w in proc.stderr, proc.stderr


@pytest.fixture
def tagged(project, tile_copy):
    tile = add_tile_file(project, tile_copy)
    a = project.add_annotation(tile.sha256, PixelGeometry.box(100, 100, 160, 130), "cargo ship")
    path = project.path
    project.close()
    return path, tile, a


# ------------------------------------------------------------------ read-only media
def _read_only_mount(folder) -> list[str] | None:
    """A command prefix that runs inside a private mount namespace where ``folder`` is mounted read-only (no
    root needed on the host: a user namespace), or ``None`` where the kernel does not allow it."""
    probe = subprocess.run(["unshare", "-rm", "sh", "-c",
                            f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind '{folder}' && "
                            f"! touch '{folder}/.probe' 2>/dev/null"], capture_output=True)
    if probe.returncode != 0:
        return None
    return ["unshare", "-rm", "sh", "-c",
            f"mount --bind '{folder}' '{folder}' && mount -o remount,ro,bind '{folder}' && exec \"$@\"", "sh"]


def test_a_project_on_a_read_only_medium_opens_read_only(tagged, tmp_path):
    path, tile, a = tagged
    archive = tmp_path / "evidence"
    archive.mkdir()
    shutil.copy(path, archive / "case.gpkg")
    prefix = _read_only_mount(archive)
    if prefix is None:
        pytest.skip("this kernel does not allow a private read-only bind mount (unshare -rm)")
    run = [*prefix, sys.executable, "-m", "annotate.cli"]
    project = archive / "case.gpkg"
    listing = subprocess.run([*run, "list", project], capture_output=True, text=True, cwd=ROOT)
    assert listing.returncode == 0 and a.id[:8] in listing.stdout, listing.stderr
    verified = subprocess.run([*run, "verify", project], capture_output=True, text=True, cwd=ROOT)
    assert verified.returncode == 0 and "verified: OK" in verified.stdout, verified.stdout + verified.stderr
    out = tmp_path / "out.geojson"
    exported = subprocess.run([*run, "export", project, "--format", "geojson", "-o", out], capture_output=True,
                              text=True, cwd=ROOT)
    assert exported.returncode == 0 and out.exists(), exported.stderr
    report = subprocess.run([*run, "report", project, "-o", tmp_path / "r.html"], capture_output=True, text=True,
                            cwd=ROOT)
    assert report.returncode == 0, report.stderr
    added = subprocess.run([*run, "add", project, "--tile", tile.sha256[:12], "--class", "tug", "--box",
                            "10,10,30,30"], capture_output=True, text=True, cwd=ROOT)
    one_error_line(added, "read-only")
    assert sorted(os.listdir(archive)) == ["case.gpkg"]  # not even a lock file was left


# ------------------------------------------------------------------ malformed rows
MALFORMED = {
    "bad JSON in a tile's georeferencing": ("UPDATE tiles SET georef_json = '{not json'", "row 1 of tiles"),
    "a bad time": ("UPDATE annotations SET created = 'yesterday'", "row 1 of annotations"),
    "a bad pixel geometry": ("UPDATE annotations SET pixel_geometry = '[1, 2'", "row 1 of annotations"),
    "a bad confidence": ("UPDATE annotations SET confidence = 'sure'", "row 1 of annotations"),
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_row_is_one_line_everywhere_and_named_by_verify(tagged, tmp_path, case):
    path, tile, _ = tagged
    statement, where = MALFORMED[case]
    con = sqlite3.connect(path)
    con.execute(statement)
    con.commit()
    con.close()
    verified = cli("verify", path)
    assert verified.returncode == 1 and "Traceback" not in verified.stderr, verified.stderr
    assert "PROBLEM" in verified.stdout
    if case in ("bad JSON in a tile's georeferencing", "a bad pixel geometry"):
        assert where in verified.stdout and "malformed" in verified.stdout, verified.stdout
    for args in (("list", path), ("report", path, "-o", tmp_path / "r.html"),
                 ("add", path, "--tile", tile.sha256[:12], "--class", "tug", "--box", "10,10,30,30"),
                 ("export", path, "--format", "csv", "-o", tmp_path / "x.csv")):
        proc = cli(*args)
        if proc.returncode != 0:
            one_error_line(proc, "malformed")
            assert where in proc.stderr, proc.stderr


@pytest.mark.parametrize("value", [None, "two", "", "-1"])
def test_a_missing_or_non_numeric_schema_version_is_one_line(tagged, tmp_path, value):
    path, _, _ = tagged
    con = sqlite3.connect(path)
    if value is None:
        con.execute("DELETE FROM annotate_meta WHERE key = 'schema_version'")
    else:
        con.execute("UPDATE annotate_meta SET value = ? WHERE key = 'schema_version'", (value,))
    con.commit()
    con.close()
    for args in (("list", path), ("verify", path), ("report", path, "-o", tmp_path / "r.html")):
        one_error_line(cli(*args), "schema version")


# ------------------------------------------------------------------ the guard
def test_an_unexpected_error_is_one_line_with_a_crash_report(tagged, monkeypatch, capsys, tmp_path):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))

    def broken(args):
        raise RuntimeError("a bug in a command")

    monkeypatch.setattr(project_commands, "_list", broken)
    assert main(["list", str(tagged[0])]) == 70
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "internal error: RuntimeError: a bug in a command" in err
    report = err.rsplit("crash report: ", 1)[1].strip()
    text = open(report, encoding="utf-8").read()
    assert "Traceback" in text and "raise RuntimeError" in text and "command: annotate list" in text


def test_output_piped_into_head_ends_quietly(project, tile_copy):
    tile = add_tile_file(project, tile_copy)
    rows = [{"geometry": PixelGeometry.box(10 + i % 50 * 60, 10 + i // 50 * 40, 50 + i % 50 * 60,
                                           40 + i // 50 * 40), "cls": "tug"} for i in range(3000)]
    project.add_annotations(project.new_annotations(tile.sha256, rows))
    path = project.path
    project.close()
    proc = subprocess.Popen([sys.executable, "-m", "annotate.cli", "list", str(path)], stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, cwd=ROOT)
    first = proc.stdout.readline()
    proc.stdout.close()  # what `| head -1` does
    err = proc.stderr.read().decode()
    proc.wait(timeout=120)
    assert first.startswith(b"id") and err == "", err
    assert proc.returncode == 0


def test_terminal_control_codes_in_a_document_do_not_reach_the_terminal(project, tmp_path):
    doc = tmp_path / "hostile.txt"
    doc.write_text("A landing ship docked at Dunai port on 18 May 2025.\x1b[2J\x1b]0;pwned\x07 It left on "
                   "19 May 2025.\u202e", encoding="utf-8")
    path = project.path
    project.close()
    assert cli("sources", "add", path, doc).returncode == 0
    for args in (("claims", path, "--all"), ("claims", path, "--json"), ("sources", "list", path)):
        proc = cli(*args)
        assert proc.returncode == 0, proc.stderr
        assert not any(c in proc.stdout for c in "\x1b\x07\u202e"), repr(proc.stdout[:300])
    assert "\\x1b[2J" in cli("claims", path, "--all").stdout
