"""kill -9 in the middle of a stream of edits, many times; and two writers at once. Real processes."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from annotate.store import open_project
from annotate.store.audit import verify_chain
from tests.annotate.conftest import REPORT
from tests.conftest import ROOT


def _setup(project, ref):
    project.add_tile(ref)
    s = project.add_source(REPORT)
    return project.add_claim(s.id, 28, 97).id


def _start(path, sha, claim_id, count):
    return subprocess.Popen([sys.executable, "-m", "tests.annotate.edit_stream", str(path), sha, claim_id, str(count)],
                            cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def _check_consistent(path):
    """Every table agrees with the audit log; the chain verifies; no dangling rows."""
    with open_project(path, read_only=True) as p:
        log = p.log()
        assert not verify_chain(log)
        assert p.store.integrity_problems() == []
        created = {e.object_id for e in log if e.object_type == "annotation" and e.action == "create"}
        deleted = {e.object_id for e in log if e.object_type == "annotation" and e.action == "delete"}
        stored = {a.id for a in p.annotations()}
        assert stored == created - deleted  # no edit without its audit entry, and no entry without its edit
        linked = {k.annotation_id for k in p.links()}
        assert linked <= stored
        links_created = sum(e.object_type == "link" and e.action == "create" for e in log)
        links_deleted = sum(e.object_type == "link" and e.action == "delete" for e in log)
        assert len(p.links()) == links_created - links_deleted
        return stored


def test_kill_9_during_edits_loses_no_committed_edit(project, dunai_ref):
    claim_id = _setup(project, dunai_ref)
    path = project.path
    project.close()
    rng = random.Random(42)
    committed, removed = set(), set()
    for _round in range(8):
        proc = _start(path, dunai_ref.sha256, claim_id, 10_000)
        lines = [proc.stdout.readline().split()]  # the stream is running (start-up time varies by machine)
        deadline = time.monotonic() + rng.uniform(0.2, 1.2)  # then kill at a random point of it
        while time.monotonic() < deadline:
            line = proc.stdout.readline()
            if not line:
                break
            lines.append(line.split())
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        lines += [line.split() for line in proc.stdout.read().splitlines()]
        for action, aid in lines:
            (committed if action == "added" else removed).add(aid)
        stored = _check_consistent(path)
        with open_project(path, read_only=True) as p:  # a delete can commit and be killed before it is printed
            logged_deletes = {e.object_id for e in p.log() if e.object_type == "annotation" and e.action == "delete"}
        assert committed - removed - logged_deletes <= stored, "an edit reported as committed is missing"
        assert proc.returncode == -signal.SIGKILL
    assert len(committed) > 20  # the stream really ran between kills


def test_two_writers_at_once_lose_nothing(project, dunai_ref):
    claim_id = _setup(project, dunai_ref)
    path = project.path
    project.close()
    procs = [_start(path, dunai_ref.sha256, claim_id, 40) for _ in range(2)]
    outputs = [p.communicate(timeout=300) for p in procs]
    for p, (out, err) in zip(procs, outputs):
        assert p.returncode == 0, err
    added = {line.split()[1] for out, _ in outputs for line in out.splitlines() if line.startswith("added")}
    deleted = {line.split()[1] for out, _ in outputs for line in out.splitlines() if line.startswith("deleted")}
    assert len(added) == 80
    stored = _check_consistent(path)
    assert stored == added - deleted
    with open_project(path, read_only=True) as p:
        analysts = {e.analyst for e in p.log() if e.object_type == "annotation"}
    assert len(analysts) == 2
