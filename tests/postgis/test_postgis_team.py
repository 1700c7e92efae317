"""Many analysts at once: one audit chain under concurrent writers (some killed), live events, copies."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from annotate.store import create_project, open_project
from annotate.store.copy import copy_project
from annotate.store.verify import verify_project
from annotate.tiles import add_tile_file
from tests.conftest import ROOT, SAMPLES, run_cli

from .conftest import seat

DUNAI = SAMPLES / "dunai_2025-05-18.tif"


def _with_tile(url):
    p = create_project(url)
    tile = add_tile_file(p, DUNAI)
    p.close()
    return tile.sha256


def _writer(url, sha, n):
    return subprocess.Popen([sys.executable, "-m", "tests.postgis.writer", url, sha, str(n)], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_concurrent_writers_some_killed_leave_every_committed_edit_and_one_chain(pg_server, project_url):
    sha = _with_tile(project_url)
    alice, bob = seat(pg_server, project_url, "alice"), seat(pg_server, project_url, "bob")
    procs = [_writer(alice if i % 2 else bob, sha, 60) for i in range(6)]
    time.sleep(1.5)
    rng = random.Random(7)
    killed = rng.sample(procs, 2)
    for p in killed:
        os.kill(p.pid, signal.SIGKILL)  # mid-edit, as a crash or a pulled plug would
    committed_adds, committed_edits = set(), 0
    for p in procs:
        out, err = p.communicate(timeout=240)
        if p not in killed:
            assert p.returncode == 0, err
        for line in out.splitlines():
            kind, aid = line.split()
            if kind == "add":
                committed_adds.add(aid)
            else:
                committed_edits += 1
    with open_project(project_url, read_only=True) as project:
        stored = {a.id for a in project.annotations()}
        assert committed_adds <= stored  # every edit a writer saw committed is there
        report = verify_project(project, relink=False)
        assert report.chain_problems == [] and report.state_problems == [], report.problems()
        log = project.store.list_audit()
    assert len(log) >= 1 + len(committed_adds) + committed_edits
    assert {e.analyst for e in log[1:]} == {"alice", "bob"}
    assert len({e.prev_hash for e in log}) == len(log)  # one chain: no two entries after the same one


def test_an_edit_rolled_back_after_its_audit_entry_leaves_no_gap_in_the_numbering(pg_server, project_url):
    """A failed or killed edit's entry is not committed; the next edit takes its number, not the one after.

    (A sequence would hand out the number anyway, and verify would then read the gap as a missing entry.)"""
    from annotate.model.geometry import PixelGeometry

    sha = _with_tile(project_url)
    alice = seat(pg_server, project_url, "alice")
    with open_project(alice) as project:
        try:
            with project.store.transaction():
                project.add_annotation(sha, PixelGeometry.box(10, 10, 30, 30), "tug")
                raise RuntimeError("the edit fails after its entry was written")
        except RuntimeError:
            pass
        kept = project.add_annotation(sha, PixelGeometry.box(40, 40, 60, 60), "tug")
    with open_project(project_url, read_only=True) as project:
        report = verify_project(project, relink=False)
        assert report.chain_problems == [], report.problems()
        log = project.store.list_audit()
        assert [e.seq for e in log] == list(range(1, len(log) + 1))
        assert log[-1].object_id == kept.id


def test_a_viewer_sees_another_analysts_edits_within_a_second(pg_server, project_url):
    sha = _with_tile(project_url)
    alice, bob = seat(pg_server, project_url, "alice"), seat(pg_server, project_url, "bob")
    with open_project(alice) as watching:
        seen = []
        watching.events.changed.connect(lambda t, action, oid: seen.append((t, action, oid)))
        watching.poll_remote()  # starts listening
        done = run_cli("add", bob, "--tile", sha[:12], "--class", "tug", "--box", "10,10,30,30", "--json")
        assert done.returncode == 0, done.stderr
        import json

        aid = json.loads(done.stdout)["id"]
        end = time.monotonic() + 1.0
        while ("annotation", "create", aid) not in seen and time.monotonic() < end:
            watching.poll_remote()
            time.sleep(0.05)
        assert ("annotation", "create", aid) in seen
        # its own edits are not announced back to it (their events fired when made)
        before = len(seen)
        own = watching.add_annotation(sha, __import__("annotate.model.geometry", fromlist=["x"]).PixelGeometry.box(
            50, 50, 70, 70), "tug")
        time.sleep(0.3)
        watching.poll_remote()
        assert [s for s in seen[before:] if s[2] == own.id] == [("annotation", "create", own.id)]


def test_copy_gpkg_to_postgis_and_back_keeps_the_chain_and_seal(pg_server, project_url, tmp_path, monkeypatch):
    src = tmp_path / "src.gpkg"
    assert run_cli("new", src).returncode == 0
    assert run_cli("--analyst", "dana", "tiles", "add", src, DUNAI).returncode == 0
    for box in ("1,1,30,30", "40,40,60,60"):
        assert run_cli("--analyst", "dana", "add", src, "--tile", DUNAI, "--class", "tug", "--box", box
                       ).returncode == 0
    sealed = run_cli("--analyst", "dana", "seal", src)
    assert sealed.returncode == 0, sealed.stderr
    copied = run_cli("copy", src, project_url)
    assert copied.returncode == 0 and "the copy verifies: OK" in copied.stdout, copied.stdout + copied.stderr
    back = tmp_path / "back.gpkg"
    result = copy_project(project_url, back)
    assert result.seals == 1 and result.counts["annotations"] >= 1
    with open_project(src, read_only=True) as a, open_project(back, read_only=True) as b:
        assert [r[1:] for r in a.store.audit_rows()] == [r[1:] for r in b.store.audit_rows()]
        assert [x.id for x in a.annotations()] == [x.id for x in b.annotations()]
        report = verify_project(b, relink=False)
        assert report.ok, report.problems()
        assert all(s.valid for s in report.seals)
    with open_project(project_url, read_only=True) as pg:
        assert verify_project(pg, relink=False).ok
    refused = run_cli("copy", src, back)
    assert refused.returncode != 0 and "already exists" in refused.stderr
