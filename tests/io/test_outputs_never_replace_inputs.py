"""No command writes over its inputs, even with --force; --force on a folder replaces only what an export
wrote there."""

from __future__ import annotations

import hashlib
import json
import shutil

import pytest

from annotate.model import PixelGeometry
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES, run_cli


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


def tree_digest(root) -> dict:
    return {str(p.relative_to(root)): hashlib.sha256(p.read_bytes()).hexdigest()
            for p in sorted(root.rglob("*")) if p.is_file()}


@pytest.fixture
def case(tmp_path):
    """A case folder: the project, its image, and an analyst's own notes."""
    from annotate.store import create_project

    folder = tmp_path / "case"
    folder.mkdir()
    shutil.copy(SAMPLES / "dunai_2025-05-18.tif", folder / "dunai.tif")
    (folder / "notes.txt").write_text("my notes", encoding="utf-8")
    with create_project(folder / "case.gpkg") as project:
        tile = add_tile_file(project, folder / "dunai.tif")
        project.add_annotation(tile.sha256, PixelGeometry.box(100, 100, 160, 130), "tug")
    return folder


REFUSED = {
    "geojson over the project": ("export", "{p}", "--format", "geojson", "-o", "{p}", "--force"),
    "gpkg over the project": ("export", "{p}", "--format", "gpkg", "-o", "{p}", "--force"),
    "csv over the project's WAL": ("export", "{p}", "--format", "csv", "-o", "{p}-wal", "--force"),
    "kml over the project's image": ("export", "{p}", "--format", "kml", "-o", "{d}/dunai.tif", "--force"),
    "dota over the folder holding the project": ("export", "{p}", "--format", "dota", "-o", "{d}", "--force"),
    "yolo-obb over the folder holding the project": ("export", "{p}", "--format", "yolo-obb", "-o", "{d}",
                                                     "--force"),
    "geojson over a folder": ("export", "{p}", "--format", "geojson", "-o", "{d}", "--force"),
    "html report over the project": ("report", "{p}", "-o", "{p}", "--force"),
    "markdown report over the image": ("report", "{p}", "-o", "{d}/dunai.tif", "--force", "--format", "md"),
    "figure over the image": ("figure", "{p}", "--tile", "{d}/dunai.tif", "-o", "{d}/dunai.tif", "--force"),
    "cog copy over the project": ("tiles", "optimize", "{d}/dunai.tif", "-o", "{p}", "--force"),
    "key export over the project": ("keys", "export", "-o", "{p}", "--force"),
}


@pytest.mark.parametrize("what", REFUSED)
def test_an_output_never_replaces_an_input(case, what, tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    before = tree_digest(case)
    args = [a.format(p=case / "case.gpkg", d=case) for a in REFUSED[what]]
    proc = cli(*args)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    assert tree_digest(case) == before
    assert cli("verify", case / "case.gpkg").returncode == 0


def test_force_on_a_folder_replaces_only_what_an_export_wrote(case, tmp_path):
    out = tmp_path / "dota"
    assert cli("export", case / "case.gpkg", "--format", "dota", "-o", out).returncode == 0
    manifest = json.loads((out / ".annotate-export.json").read_text())
    assert manifest["files"] == ["labelTxt/dunai.txt"]
    (out / "README.txt").write_text("the team's own file", encoding="utf-8")
    (out / "labelTxt" / "other.txt").write_text("someone else's labels", encoding="utf-8")
    assert cli("export", case / "case.gpkg", "--format", "dota", "-o", out).returncode == 2  # no --force
    proc = cli("export", case / "case.gpkg", "--format", "dota", "-o", out, "--force")
    assert proc.returncode == 0, proc.stderr
    assert (out / "README.txt").read_text() == "the team's own file"
    assert (out / "labelTxt" / "other.txt").read_text() == "someone else's labels"
    assert "tug" not in (out / "labelTxt" / "dunai.txt").read_text()  # DOTA name
    assert (out / "labelTxt" / "dunai.txt").read_text().count("ship") == 1


def test_force_never_overwrites_a_file_an_export_did_not_write(case, tmp_path):
    out = tmp_path / "labels"
    (out / "labelTxt").mkdir(parents=True)
    (out / "labelTxt" / "dunai.txt").write_text("hand-made labels", encoding="utf-8")
    proc = cli("export", case / "case.gpkg", "--format", "dota", "-o", out, "--force")
    assert proc.returncode == 2 and "not written by an earlier export" in proc.stderr
    assert (out / "labelTxt" / "dunai.txt").read_text() == "hand-made labels"


def test_a_project_is_recognised_as_an_input_even_when_not_named(case, tmp_path):
    """Exporting project A over project B (another case) is refused too."""
    from annotate.store import create_project

    create_project(tmp_path / "other.gpkg").close()
    before = hashlib.sha256((tmp_path / "other.gpkg").read_bytes()).hexdigest()
    proc = cli("export", case / "case.gpkg", "--format", "geojson", "-o", tmp_path / "other.gpkg", "--force")
    assert proc.returncode == 2 and "never replaces an input" in proc.stderr
    assert hashlib.sha256((tmp_path / "other.gpkg").read_bytes()).hexdigest() == before
