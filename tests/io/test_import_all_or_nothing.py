"""An import that brings nothing leaves the project exactly as it was — not even the tile is recorded — and
says so in one line (exit 2)."""

from __future__ import annotations

import hashlib

import pytest

from annotate.store import open_project
from tests.conftest import SAMPLES, needs_testdata, run_cli


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


@pytest.mark.parametrize("fmt", ["yolo-obb", "dota", "coco", "geojson"])
def test_a_file_of_another_format_changes_nothing(tmp_path, fmt):
    project = tmp_path / "p.gpkg"
    assert cli("new", project).returncode == 0
    before = hashlib.sha256(project.read_bytes()).hexdigest()
    airbus = needs_testdata("labeled", "airbus_aircraft", "annotations.csv")  # a CSV: none of these formats
    proc = cli("import", project, "--format", fmt, "--tile", SAMPLES / "dunai_2025-05-18.tif", airbus)
    assert proc.returncode == 2 and proc.stderr.count("\n") == 1, (proc.stdout, proc.stderr)
    assert "Traceback" not in proc.stderr
    with open_project(project, read_only=True) as p:
        assert p.tiles() == [] and p.annotations() == [] and len(p.log()) == 0
    assert hashlib.sha256(project.read_bytes()).hexdigest() == before


def test_a_real_import_records_the_tile_with_its_annotations(tmp_path):
    image = needs_testdata("labeled", "dota", "P0706.png")
    project = tmp_path / "p.gpkg"
    assert cli("new", project).returncode == 0
    proc = cli("import", project, "--format", "dota", "--tile", image, image.with_suffix(".txt"))
    assert proc.returncode == 0 and "imported 536" in proc.stdout, proc.stderr
    with open_project(project, read_only=True) as p:
        log = p.log()
        assert len(p.tiles()) == 1 and len(p.annotations()) == 536
        imported = [e for e in log if e.action == "create"]
        assert log[0].object_type == "tile" and len(imported) == 537 and len({e.time for e in imported}) == 1
        # then the file's gsd: line, as a stated scale of the tile and its annotations (a second transaction)
        assert [e.action for e in log[537:]] == ["stated-scale-update"] * 537
    assert cli("verify", project).returncode == 0


def test_the_real_harbour_goes_dota_to_project_to_dota_unchanged(tmp_path):
    """P0706: 536 lines out as in — quadrilaterals as drawn (same first corner), harbours still `harbor`,
    difficult flags kept; YOLO-OBB of the same stays within [0, 1]."""
    image = needs_testdata("labeled", "dota", "P0706.png")
    project = tmp_path / "p.gpkg"
    assert cli("new", project).returncode == 0
    assert cli("import", project, "--format", "dota", "--tile", image, image.with_suffix(".txt")).returncode == 0
    out = tmp_path / "dota"
    assert cli("export", project, "--format", "dota", "-o", out).returncode == 0
    def objects(text):
        rows = []
        for line in text.splitlines():
            parts = line.split()
            if len(parts) >= 9 and not line.startswith(("imagesource:", "gsd:")):
                rows.append((tuple(round(float(v), 1) for v in parts[:8]), parts[8],
                             parts[9] if len(parts) > 9 else "0"))
        return sorted(rows)
    original = objects(image.with_suffix(".txt").read_text(encoding="utf-8"))
    exported = objects((out / "labelTxt" / "P0706.txt").read_text(encoding="utf-8"))
    assert len(exported) == len(original) == 536
    assert exported == [(tuple(round(v, 1) for v in xy), name, d) for xy, name, d in original]
    assert sum(name == "harbor" for _, name, _ in exported) == 5
    yolo = tmp_path / "yolo"
    assert cli("export", project, "--format", "yolo-obb", "-o", yolo).returncode == 0
    values = [float(v) for line in (yolo / "labels" / "P0706.txt").read_text().splitlines() for v in line.split()[1:]]
    assert len(values) == 536 * 8 and 0.0 <= min(values) and max(values) <= 1.0
