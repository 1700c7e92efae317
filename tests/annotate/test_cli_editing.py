"""annotate edit, delete and unlink: changes through the one write path, audited, verified afterwards."""

from __future__ import annotations

import json

import pytest

from annotate.model import PixelGeometry
from annotate.store import open_project
from annotate.tiles import add_tile_file
from tests.annotate.conftest import REPORT
from tests.conftest import run_cli


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


@pytest.fixture
def tagged(project, tile_copy):
    tile = add_tile_file(project, tile_copy)
    source = project.add_source(REPORT)
    claim = project.add_claim(source.id, 0, 60)
    a = project.add_annotation(tile.sha256, PixelGeometry.box(100, 100, 160, 130), "cargo ship")
    project.link(a.id, claim.id, "corroborates")
    project.link(a.id, claim.id, "context")
    path = project.path
    project.close()
    return path, a.id, claim.id


def test_edit_changes_what_is_asked_and_is_audited(tagged):
    path, aid, _ = tagged
    proc = cli("edit", path, aid[:8], "--class", "landing_ship", "--type", "Ropucha-class", "--confidence",
               "confirmed", "--json")
    assert proc.returncode == 0, proc.stderr
    out = json.loads(proc.stdout)
    assert (out["class"], out["type"], out["confidence"]) == ("landing ship", "Ropucha-class", "confirmed")
    with open_project(path, read_only=True) as p:
        a = p.annotation(aid)
        assert a.category == "vessel" and a.note == ""
        last = p.log()[-1]
        assert last.action == "update" and last.before["class"] == "cargo ship"
        assert last.after["class"] == "landing ship"
    assert cli("verify", path).returncode == 0
    proc = cli("edit", path, aid[:8], "--type", "")
    assert proc.returncode == 0
    with open_project(path, read_only=True) as p:
        assert p.annotation(aid).type is None


@pytest.mark.parametrize("args, why", [((), "nothing to change"), (("--class", "spaceship"), "spaceship"),
                                       (("--confidence", "sure"), "invalid choice")])
def test_edit_refuses_in_one_line(tagged, args, why):
    path, aid, _ = tagged
    proc = cli("edit", path, aid[:8], *args)
    assert proc.returncode == 2 and why in proc.stderr and proc.stderr.count("\n") >= 1


def test_unlink_one_relation_then_all_then_none_left(tagged):
    path, aid, cid = tagged
    proc = cli("unlink", path, aid[:8], cid[:8], "--relation", "context")
    assert proc.returncode == 0 and "claim now corroborated" in proc.stdout
    proc = cli("unlink", path, aid[:8], cid[:8])
    assert proc.returncode == 0 and "claim now unassessed" in proc.stdout
    proc = cli("unlink", path, aid[:8], cid[:8])
    assert proc.returncode == 2 and "is not linked" in proc.stderr
    assert cli("verify", path).returncode == 0


def test_delete_removes_the_annotation_and_its_links(tagged):
    path, aid, cid = tagged
    proc = cli("delete", path, aid[:8])
    assert proc.returncode == 0 and "and its 2 link(s)" in proc.stdout
    with open_project(path, read_only=True) as p:
        assert p.annotations() == [] and p.links() == []
        assert [e.action for e in p.log()][-3:] == ["delete", "delete", "delete"]
    assert cli("verify", path).returncode == 0
    proc = cli("delete", path, aid[:8])
    assert proc.returncode == 2 and "no annotation" in proc.stderr
