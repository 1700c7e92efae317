"""The project file at scale: 100,000 annotations over 50 tiles, with links.

Usage: ``python benchmarks/bench_store.py [--annotations 100000] [--tiles 50] [--backend gpkg|postgis]
[--writers 8 --edits 500 --kill 2]``

``--backend postgis`` runs the same figures on a PostgreSQL + PostGIS project (a local server started for the
run in a temporary folder, as the tests do), then a concurrency run: ``--writers`` processes of ``--edits``
committed edits each, ``--kill`` of them killed with SIGKILL mid-run; it checks that every edit a writer saw
committed is stored and that the audit chain is one intact chain, and prints the throughput.

Prints, with the counts: bulk insert (measured and located in one vectorised
pass, audited, one transaction per tile), opening the project, listing one
tile's annotations, one committed edit (fsync'd, audited), and the verify pass
(the whole audit chain re-hashed, every tile re-hashed from its bytes, SQLite
integrity). Beside the bulk insert it prints the naive path — one
``add_annotation`` (one transaction) per annotation — measured on a sample in
the same run and scaled.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import rasterio  # noqa: E402
from affine import Affine  # noqa: E402

from annotate.model import PixelGeometry  # noqa: E402
from annotate.store import create_project, open_project  # noqa: E402
from annotate.store.replay import compare_with_log  # noqa: E402
from annotate.store.verify import verify_project  # noqa: E402


def naive_replay(con) -> dict:
    """The obvious replay: every entry decoded with the json module, in order, the last state kept."""
    import json

    state: dict = {}
    for otype, oid, after in con.execute("SELECT object_type, object_id, after FROM audit_log ORDER BY fid"):
        state[(otype, oid)] = None if after is None else json.loads(after)
    return state
from annotate.tiles import add_tile_file  # noqa: E402


def write_tiles(folder: Path, n: int) -> list[Path]:
    paths = []
    for i in range(n):
        p = folder / f"tile_{i:03d}.tif"
        with rasterio.open(p, "w", driver="GTiff", width=4096, height=4096, count=1, dtype="uint8",
                           crs="EPSG:32653", transform=Affine(0.5, 0, 280000.0 + 2048 * i, 0, -0.5, 4752000.0),
                           tiled=True, compress="deflate") as ds:
            ds.write(np.full((1, 4096, 4096), i, np.uint8))
        paths.append(p)
    return paths


def timed(fn, repeat=1):
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        out = fn()
        times.append(time.perf_counter() - t)
    return out, times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--annotations", type=int, default=100_000)
    ap.add_argument("--tiles", type=int, default=50)
    ap.add_argument("--backend", choices=["gpkg", "postgis"], default="gpkg")
    ap.add_argument("--writers", type=int, default=8)
    ap.add_argument("--edits", type=int, default=500)
    ap.add_argument("--kill", type=int, default=2)
    args = ap.parse_args()
    rng = np.random.default_rng(0)
    server = None
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        tile_paths = write_tiles(tmp, args.tiles)
        path = tmp / "bench.gpkg"
        if args.backend == "postgis":
            from annotate.store.pg_local import start

            server = start(tempfile.mkdtemp(prefix="annotate-bench-pg-"))
            path = server.project_url("bench")
        project = create_project(path, analyst="bench")
        tiles = [add_tile_file(project, p) for p in tile_paths]
        source = project.add_source("Report. " * 200)
        claims = project.add_claims([project.new_claim(source, i * 8, i * 8 + 7) for i in range(100)])
        per_tile = args.annotations // args.tiles

        def bulk():
            ids = []
            for t in tiles:
                cx = rng.uniform(100, 3900, per_tile)
                cy = rng.uniform(100, 3900, per_tile)
                rows = [{"geometry": PixelGeometry.obb(x, y, 60.0, 12.0, a), "cls": "cargo ship"}
                        for x, y, a in zip(cx, cy, rng.uniform(0, 180, per_tile))]
                ids += [a.id for a in project.add_annotations(project.new_annotations(t.sha256, rows))]
            return ids

        ids, (t_bulk,) = timed(bulk)
        link_rows = [(aid, claims[i % len(claims)].id, "corroborates", "") for i, aid in enumerate(ids[::10])]
        _, (t_links,) = timed(lambda: project.add_links(link_rows))

        sample = 200  # the naive path: one transaction per annotation, on a sample
        t0 = time.perf_counter()
        for i in range(sample):
            project.add_annotation(tiles[0].sha256, PixelGeometry.obb(500 + i, 500, 60, 12, 30), "cargo ship")
        t_naive = (time.perf_counter() - t0) / sample * len(ids)
        project.close()

        opened, t_open = timed(lambda: open_project(path), repeat=5)
        for p in opened if isinstance(opened, list) else [opened]:
            pass
        project = open_project(path)
        listed, t_list = timed(lambda: project.annotations(tiles[7].sha256), repeat=7)
        target = ids[12345 % len(ids)]
        notes = iter(range(1000))
        _, t_edit = timed(lambda: project.update_annotation(target, note=f"edit {next(notes)}"), repeat=21)
        report, (t_verify,) = timed(lambda: verify_project(project))
        con = project.store.connection
        diffs, t_replay = timed(lambda: compare_with_log(con), repeat=3)
        _, t_naive_replay = timed(lambda: naive_replay(con), repeat=1)
        n_ann = project.store.count("annotations")
        n_links = project.store.count("links")
        n_audit = project.store.count("audit_log")
        project.close()
        if server is None:
            size_mb = path.stat().st_size / 1e6
        else:
            size_mb = int(server.psql("SELECT sum(pg_total_relation_size(c.oid)) FROM pg_class c JOIN pg_namespace n "
                                      "ON n.oid = c.relnamespace WHERE n.nspname = 'bench'")) / 1e6
            concurrency(server, path, tiles[0].sha256, args.writers, args.edits, args.kill)

    if server is not None:
        from annotate.store.pg_local import stop

        stop(server.folder)
    print(f"backend: {args.backend}")
    print(f"project: {n_ann:,} annotations on {args.tiles} tiles, {n_links:,} links, {n_audit:,} audit entries, "
          f"{size_mb:.0f} MB")
    print(f"bulk insert      {t_bulk:7.2f} s   ({len(ids):,} annotations measured + located + audited; "
          f"{len(ids) / t_bulk:,.0f}/s)")
    print(f"  naive          {t_naive:7.2f} s   (one transaction per annotation, scaled from {sample}; "
          f"ratio {t_naive / t_bulk:.0f}×)")
    print(f"bulk links       {t_links:7.2f} s   ({len(link_rows):,} links, one transaction)")
    print(f"open project     {statistics.median(t_open) * 1000:7.1f} ms (median of {len(t_open)})")
    print(f"list one tile    {statistics.median(t_list) * 1000:7.1f} ms (median of {len(t_list)}; "
          f"{len(listed):,} annotations)")
    print(f"one edit         {statistics.median(t_edit) * 1000:7.1f} ms (median of {len(t_edit)}; max "
          f"{max(t_edit) * 1000:.1f} ms; committed with fsync, audited)")
    print(f"verify           {t_verify:7.2f} s   ({report.audit_entries:,} chain entries, {len(report.tiles)} tiles "
          f"re-hashed, tables replayed against the log, ok={report.ok})")
    print(f"  of which replay {min(t_replay):6.2f} s   (last state per object by SQL + orjson, every row and "
          f"outline compared; {len(diffs)} differences)")
    print(f"  naive replay   {t_naive_replay[0]:7.2f} s   (decode all {n_audit:,} entries in order; ratio "
          f"{t_naive_replay[0] / min(t_replay):.1f}×, and it compares nothing yet)")


def concurrency(server, url: str, tile_sha: str, writers: int, edits: int, kill: int) -> None:
    """N writer processes at once on one PostGIS project, some killed -9 mid-run; checks and prints."""
    import os
    import random
    import signal
    import subprocess

    root = Path(__file__).resolve().parents[1]
    procs = [subprocess.Popen([sys.executable, "-m", "tests.postgis.writer", url, tile_sha, str(edits)], cwd=root,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(writers)]
    t0 = time.perf_counter()
    time.sleep(3.0)
    killed = random.Random(1).sample(procs, min(kill, len(procs)))
    for p in killed:
        os.kill(p.pid, signal.SIGKILL)
    adds, committed = set(), 0
    for p in procs:
        out, err = p.communicate()
        for line in out.splitlines():
            kind, aid = line.split()
            committed += 1
            if kind == "add":
                adds.add(aid)
    elapsed = time.perf_counter() - t0
    project = open_project(url, read_only=True)
    stored = {a.id for a in project.annotations(tile_sha)}
    report = verify_project(project, relink=False)
    project.close()
    print(f"concurrency      {writers} writers x {edits} edits, {len(killed)} killed -9 after 3 s: {committed:,} "
          f"edits committed in {elapsed:.1f} s ({committed / elapsed:,.0f} edits/s incl. process start-up); "
          f"missing committed adds: {len(adds - stored)}; chain problems: {len(report.chain_problems)}; "
          f"state differences: {len(report.state_problems)}")


if __name__ == "__main__":
    main()
