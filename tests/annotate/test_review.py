"""Peer review (verdicts on tags and links, audited, shown in exports and reports) and the agreement of two
analysts on the real DOTA harbour P0706."""

from __future__ import annotations

import json
import sqlite3

import numpy as np
import pytest

from annotate.io.importing import import_annotations
from annotate.model import PixelGeometry
from annotate.store import create_project, open_project
from annotate.tiles import add_tile_file
from tests.annotate.conftest import REPORT
from tests.conftest import needs_testdata, run_cli


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


@pytest.fixture
def tagged(tmp_path, tile_copy):
    path = tmp_path / "case.gpkg"
    with create_project(path, analyst="alice") as p:
        tile = add_tile_file(p, tile_copy)
        source = p.add_source(REPORT)
        claim = p.add_claim(source.id, 0, 60)
        a = p.add_annotation(tile.sha256, PixelGeometry.box(1793, 2067, 1823, 2292), "landing ship")
        link = p.link(a.id, claim.id, "corroborates")
    return path, a.id, link.id


def test_a_second_analyst_reviews_and_it_shows_everywhere(tagged, tmp_path):
    path, aid, lid = tagged
    own = cli("--analyst", "alice", "review", path, aid[:8], "--accept")
    assert own.returncode == 2 and "own work" in own.stderr
    no_reason = cli("--analyst", "bob", "review", path, aid[:8], "--reject")
    assert no_reason.returncode == 2 and "needs a comment" in no_reason.stderr
    assert cli("--analyst", "bob", "review", path, aid[:8], "--needs-change", "--comment", "too long").returncode == 0
    assert cli("--analyst", "bob", "review", path, lid[:8], "--accept").returncode == 0
    assert cli("--analyst", "alice", "review", path, lid[:8], "--accept", "--self").returncode == 0
    listing = json.loads(cli("review", path, "--json").stdout)
    states = {r["id"]: (r["state"], r["reviewer"]) for r in listing}
    assert states[aid] == ("needs change", "bob") and states[lid] == ("accepted", "alice")
    listed = json.loads(cli("list", path, "--json").stdout)
    assert (listed[0]["review_state"], listed[0]["reviewer"]) == ("needs change", "bob")
    assert "needs change (bob)" in cli("list", path).stdout
    with open_project(path, read_only=True) as p:
        assert [e.object_type for e in p.log()][-3:] == ["review"] * 3
        assert p.review_state(aid) == "needs change"
    assert cli("verify", path).returncode == 0

    import pyogrio

    out = tmp_path / "a.geojson"
    assert cli("export", path, "--format", "geojson", "-o", out).returncode == 0
    frame = pyogrio.raw.read(out)
    fields = list(frame[0]["fields"])
    assert frame[3][fields.index("review_state")][0] == "needs change"
    assert frame[3][fields.index("reviewer")][0] == "bob"
    report = tmp_path / "r.md"
    assert cli("report", path, "-o", report).returncode == 0
    text = report.read_text(encoding="utf-8")
    assert "review: tag needs change by bob (too long); link accepted by alice" in text


def test_a_verdict_changed_behind_the_projects_back_is_named(tagged):
    path, aid, _ = tagged
    assert cli("--analyst", "bob", "review", path, aid[:8], "--reject", "--comment", "not a ship").returncode == 0
    con = sqlite3.connect(path)
    con.execute("UPDATE reviews SET state = 'accepted'")
    con.commit()
    con.close()
    proc = cli("verify", path)
    assert proc.returncode == 1 and "state is 'accepted' in the table, the audit log says 'rejected'" in proc.stdout


def test_agreement_of_two_analysts_on_the_real_harbour(tmp_path):
    image = needs_testdata("labeled", "dota", "P0706.png")
    path = tmp_path / "harbour.gpkg"
    with create_project(path, analyst="a") as p:
        tile = add_tile_file(p, image)
        import_annotations(p, tile.sha256, "dota", image.with_suffix(".txt"))
        original = p.annotations(tile.sha256)
    assert len(original) == 536
    rng = np.random.default_rng(3)
    dropped = set(rng.choice(536, size=10, replace=False).tolist())
    kept = [a for i, a in enumerate(original) if i not in dropped]
    reclassed = {a.id for a in kept[::75]}  # 8 of them
    from shapely.geometry import Polygon, box

    shapes = [Polygon(a.geometry.vertices) for a in original]
    spurious = []
    for x, y in rng.uniform(20, 1050, (400, 2)):
        candidate = box(x, y, x + 12, y + 30)
        if not any(s.intersects(candidate) for s in shapes) and len(spurious) < 5:
            spurious.append(PixelGeometry.box(x, y, x + 12, y + 30))
    with open_project(path, analyst="b") as p:
        rows = [{"geometry": PixelGeometry.polygon([(x - 0.5, y + 0.5) for x, y in a.geometry.vertices]),
                 "cls": "tug" if a.id in reclassed else a.cls} for a in kept]
        rows += [{"geometry": g, "cls": "unknown vessel"} for g in spurious]
        p.add_annotations(p.new_annotations(tile.sha256, rows))
    proc = cli("agreement", path, "--tile", tile.sha256[:12], "--analysts", "a", "b", "--json")
    assert proc.returncode == 0, proc.stderr
    r = json.loads(proc.stdout)
    assert (r["count_a"], r["count_b"], len(r["matches"])) == (536, 531, 526)
    assert len(r["only_a"]) == 10 and len(r["only_b"]) == 5
    assert r["precision"] == pytest.approx(526 / 531) and r["recall"] == pytest.approx(526 / 536)
    assert len(r["disagreements"]) == len(reclassed) == 8 and {d["b_class"] for d in r["disagreements"]} == {"tug"}
    assert 0 < r["kappa"] < 1
    text = cli("agreement", path, "--tile", tile.sha256[:12], "--analysts", "a", "b").stdout
    assert "precision 0.991  recall 0.981" in text and text.count("DIFFERENT CLASS") == 8
