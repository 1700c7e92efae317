"""The project commands, run as a user runs them."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from annotate.store import open_project
from tests.annotate.conftest import REPORT
from tests.conftest import ROOT, SAMPLES

DUNAI = SAMPLES / "dunai_2025-05-18.tif"


def cli(*args, rc=0):
    proc = subprocess.run([sys.executable, "-m", "annotate.cli", *map(str, args)], capture_output=True, text=True,
                          cwd=ROOT, timeout=300)
    assert proc.returncode == rc, proc.stdout + proc.stderr
    return proc


def test_new_tiles_add_list_link_log(tmp_path):
    project = tmp_path / "case.gpkg"
    cli("new", project)
    cli("new", project, rc=2)
    out = json.loads(cli("tiles", "add", project, DUNAI, SAMPLES / "dunai_2025-06-03.tif", "--json").stdout)
    assert [t["site"] for t in out] == ["Dunai port", "Dunai port"]
    ship = json.loads(cli("add", project, "--tile", DUNAI, "--class", "landing ship", "--obb", "1808,2180,225,30,-90",
                          "--type", "Ropucha-class", "--confidence", "confirmed", "--json").stdout)
    assert ship["length_m"] == pytest.approx(112.5, rel=2e-3)
    assert ship["hint"].startswith("112 × 15 m — fits a Ropucha-class landing ship")
    cli("add", project, "--tile", out[0]["sha256"][:10], "--class", "tug", "--point", "1890,2470")
    cli("add", project, "--tile", DUNAI, "--class", "cargo_ship", "--polygon", "1000,1690,1260,1690,1260,1720,1000,1720")
    cli("add", project, "--tile", DUNAI, "--class", "tug", "--box", "1,2,3", rc=2)
    cli("add", project, "--tile", DUNAI, "--class", "tug", "--box", "9000,9000,9100,9100", rc=2)
    with open_project(project) as p:  # claims come from the claims issue's importer; here through the API
        s = p.add_source(REPORT)
        claim = p.add_claim(s.id, 28, 97)
    linked = json.loads(cli("link", project, ship["id"][:8], claim.id[:8], "--relation", "corroborates",
                            "--note", "hull 112 m", "--json").stdout)
    assert linked["claim_assessment"] == "corroborated"
    listed = json.loads(cli("list", project, "--json").stdout)
    assert len(listed) == 3 and listed[0]["links"] == [{"claim_id": claim.id, "relation": "corroborates"}]
    assert listed[0]["centre_lonlat"] == pytest.approx([132.3556, 42.8884], abs=1e-3)
    text = cli("list", project).stdout
    assert "landing ship" in text and "Ropucha-class" in text and "3 annotation(s)" in text
    log = json.loads(cli("log", project, "--json").stdout)
    assert [e["action"] for e in log][-1] == "create" and log[-1]["object_type"] == "link"
    assert "create" in cli("log", project, "--limit", "2").stdout
    cli("verify", project)


def test_errors_are_one_line(tmp_path):
    for args in (("list", tmp_path / "none.gpkg"), ("list", ROOT / "README.md"),
                 ("link", tmp_path / "none.gpkg", "a", "b", "--relation", "context")):
        proc = cli(*args, rc=2)
        assert len(proc.stderr.strip().splitlines()) == 1 and "Traceback" not in proc.stderr
