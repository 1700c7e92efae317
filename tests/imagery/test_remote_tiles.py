"""Tiles on a server (issue 13 item 6): a real HTTP server on 127.0.0.1 with byte ranges; GDAL reads only
the blocks needed; the project records what the server says of the file, and verify notices a change."""

from __future__ import annotations

import os
import shutil
import time

import numpy as np
import pytest

from imagery import open_tile
from imagery.pyramid import build_pyramid
from tests.conftest import SAMPLES, run_cli

from .range_server import RangeServer


@pytest.fixture
def served(tmp_path):
    folder = tmp_path / "www"
    folder.mkdir()
    shutil.copy(SAMPLES / "dunai_2025-05-18.tif", folder / "dunai.tif")
    with RangeServer(folder) as server:
        yield server, folder


def test_a_remote_cog_opens_with_range_reads_of_just_what_is_shown(served):
    server, folder = served
    size = os.path.getsize(folder / "dunai.tif")
    with open_tile(server.url("dunai.tif"), compute_hash=False) as tile:
        m = tile.metadata
        assert m.path == server.url("dunai.tif") and tile.path.name == "dunai.tif"
        assert m.georeferenced and m.acquired is not None and m.gsd_m == pytest.approx(0.5, abs=0.01)
        levels = build_pyramid(tile)
        coarsest = np.asarray(levels[-1])
    with open_tile(SAMPLES / "dunai_2025-05-18.tif", compute_hash=False) as local:
        assert np.array_equal(np.asarray(build_pyramid(local)[-1]), coarsest)  # the same pixels as the local file
    # never the whole file: every GET of the image asks for a byte range
    assert all(r[2].startswith("bytes=") for r in server.requests if r[0] == "GET" and r[1].endswith(".tif"))
    assert server.bytes_sent < size * 0.25, (server.bytes_sent, size)


def test_a_remote_tile_is_recorded_with_its_identity_and_verify_sees_it_change(served, tmp_path):
    server, folder = served
    url = server.url("dunai.tif")
    project = tmp_path / "p.gpkg"
    assert run_cli("new", project).returncode == 0
    added = run_cli("tiles", "add", project, url)
    assert added.returncode == 0, added.stderr
    assert run_cli("add", project, "--tile", url, "--class", "tug", "--box", "100,100,140,130").returncode == 0
    import hashlib

    from annotate.store import open_project

    with open_project(project, read_only=True) as p:
        (tile,) = p.tiles()
    assert tile.sha256 == hashlib.sha256((folder / "dunai.tif").read_bytes()).hexdigest()
    assert tile.remote["url"] == url and tile.remote["size"] == os.path.getsize(folder / "dunai.tif")
    assert tile.remote["etag"] and tile.remote["last_modified"] and tile.remote["sha256"] == tile.sha256
    assert "verified: OK" in run_cli("verify", project).stdout
    # the provider replaces the file: same name, other bytes
    with open(folder / "dunai.tif", "ab") as fh:
        fh.write(b"\0" * 100)
    changed = run_cli("verify", project)
    assert changed.returncode == 1 and "modified" in changed.stdout and "size" in changed.stdout, changed.stdout
    (folder / "dunai.tif").unlink()
    gone = run_cli("verify", project)
    assert gone.returncode == 1 and "missing" in gone.stdout and "404" in gone.stdout, gone.stdout


def test_an_unreachable_or_missing_remote_tile_is_one_clear_line(served):
    server, _ = served
    missing = run_cli("info", server.url("nope.tif"))
    assert missing.returncode != 0 and "Traceback" not in missing.stderr and "nope.tif" in missing.stderr
    assert "404" in missing.stderr
    server.reset_counts()
    down = run_cli("info", "http://127.0.0.1:9/x.tif")
    assert down.returncode != 0 and "Traceback" not in down.stderr


def test_a_remote_files_sha256_is_streamed_in_the_background_and_remembered(served):
    """The hash never blocks its caller; it is the file's; the same file version is not streamed twice."""
    import hashlib
    import threading

    from imagery.remote import BackgroundHash, remote_identity, remote_sha256

    server, folder = served
    expected = hashlib.sha256((folder / "dunai.tif").read_bytes()).hexdigest()
    server.hold_whole_file = threading.Event()
    job = BackgroundHash(server.url("dunai.tif"))
    assert not job.wait(0.5), "the hash finished while the server was holding the file back"
    assert not job.done and job.sha256 is None
    server.hold_whole_file.set()
    assert job.wait(30) and job.error is None
    assert job.sha256 == expected and job.identity.size == (folder / "dunai.tif").stat().st_size
    assert job.fraction == 1.0
    server.reset_counts()
    url = server.url("dunai.tif")
    assert remote_sha256(url, remote_identity(url)) == expected
    assert [r for r in server.requests if r[0] == "GET"] == [], "the same file version was streamed again"


def test_a_server_that_stalls_mid_file_is_an_error_within_the_timeout(served):
    import time

    from imagery.remote import RemoteError, stream_sha256

    server, _ = served
    server.stall_after = 100_000
    start = time.monotonic()
    with pytest.raises(RemoteError, match="stopped after"):
        stream_sha256(server.url("dunai.tif"), timeout=1)
    assert time.monotonic() - start < 10


def test_a_file_replaced_while_it_is_hashed_is_not_recorded(served):
    import threading

    from imagery.remote import BackgroundHash

    server, folder = served
    server.hold_whole_file = threading.Event()
    job = BackgroundHash(server.url("dunai.tif"))
    time.sleep(0.3)
    with open(folder / "dunai.tif", "ab") as fh:  # the provider replaces the file mid-stream
        fh.write(b"\0" * 10)
    server.hold_whole_file.set()
    assert job.wait(30)
    assert job.sha256 is None and "changed on the server while it was being hashed" in str(job.error)


def test_a_server_that_stalls_on_range_reads_is_one_line_within_the_timeout(served, tmp_path):
    """GDAL's reads time out (GDAL_HTTP_TIMEOUT) and the command says so: exit 2, no traceback, no project row."""
    server, _ = served
    project = tmp_path / "p.gpkg"
    assert run_cli("new", project).returncode == 0
    server.stall_ranges = True
    env = os.environ | {"GDAL_HTTP_TIMEOUT": "2", "GDAL_HTTP_MAX_RETRY": "0", "IMAGERY_CACHE": "off"}
    start = time.monotonic()
    done = run_cli("tiles", "add", project, server.url("dunai.tif"), env=env)
    assert done.returncode == 2 and "Traceback" not in done.stderr and "dunai.tif" in done.stderr, done.stderr
    assert done.stderr.count("\n") == 1 and "stopped answering" in done.stderr, done.stderr
    assert time.monotonic() - start < 60
    from annotate.store import open_project

    with open_project(project, read_only=True) as p:
        assert p.tiles() == []  # nothing half-written
