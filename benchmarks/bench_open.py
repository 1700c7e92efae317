"""Time to first view of a large tile, a full-resolution viewport, and peak memory — ours vs naive vs raw floor.

Usage: ``python benchmarks/bench_open.py [--size 30000] [--naive-size 10000] [--data DIR]``

Writes (once, not committed) a SIZE × SIZE RGB JPEG-tiled GeoTIFF with overviews
and a NAIVE-SIZE one, then measures, each in a fresh process so peak RSS is its own:

* **ours, first view** — ``open_tile`` (safety probe in a child process,
  metadata, georeferencing), ``build_pyramid``, and the reads napari makes for a
  1600 × 1000 canvas showing the whole image (the whole of the level whose
  downsampling is just below what the canvas needs);
* **ours, viewport** — a 1600 × 1000 full-resolution window through the pyramid;
* **raw floor** — rasterio alone: open, read that same overview, and the same window;
* **naive** — read the whole array at full resolution (what ``imread`` would do).

Figures are printed; the results of a run on the project's machine are in ``benchmarks/README.md``.
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

CANVAS = (1000, 1600)  # rows, cols


def write_big_tiff(path: Path, size: int) -> None:
    """A SIZE² RGB JPEG-tiled GeoTIFF with internal overviews, written block by block."""
    import numpy as np
    import rasterio
    from affine import Affine
    from rasterio.windows import Window

    if path.exists():
        return
    tmp = path.with_suffix(".part.tif")
    profile = dict(driver="GTiff", width=size, height=size, count=3, dtype="uint8", crs="EPSG:32653",
                   transform=Affine(0.5, 0, 284000.0, 0, -0.5, 4760000.0), tiled=True, blockxsize=512,
                   blockysize=512, compress="JPEG", photometric="YCBCR", jpeg_quality=85, BIGTIFF="YES")
    rng = np.random.default_rng(1)
    band = 2048
    base = rng.integers(0, 40, (band, band), dtype=np.uint8)
    with rasterio.open(tmp, "w", **profile) as ds:
        for r in range(0, size, band):
            for c in range(0, size, band):
                h, w = min(band, size - r), min(band, size - c)
                yy, xx = np.mgrid[r:r + h, c:c + w]
                g = ((xx // 64 + yy // 64) % 2 * 60 + 60 + base[:h, :w]).astype(np.uint8)
                ds.write(np.stack([g, g // 2 + 40, 255 - g]), window=Window(c, r, w, h))
        factors = [f for f in (2, 4, 8, 16, 32, 64, 128) if size // f >= 256]
        ds.build_overviews(factors, rasterio.enums.Resampling.average)
    os.replace(tmp, path)


def _level_for_canvas(shapes: list[tuple[int, int]]) -> int:
    """The level napari shows for the whole image: the coarsest one still at least as fine as the screen."""
    need = max(shapes[0][0] / CANVAS[0], shapes[0][1] / CANVAS[1])
    best = 0
    for i, (h, w) in enumerate(shapes):
        if shapes[0][0] / h <= need:
            best = i
    return best


def measure(kind: str, path: str) -> dict:
    """Run one measurement in this process (called in a child)."""
    out: dict = {}
    import rasterio  # imports are process start-up, not per-view work

    from imagery import open_tile
    from imagery.hashing import sha256_file
    from imagery.pyramid import build_pyramid

    t0 = time.perf_counter()
    if kind == "ours":
        tile = open_tile(path, compute_hash=False)
        levels = build_pyramid(tile)
        shapes = [lv.shape[:2] for lv in levels]
        li = _level_for_canvas(shapes)
        view = levels[li][:, :]
        out["first_view_s"] = time.perf_counter() - t0
        out["level"] = f"1/{levels[li].factor} ({shapes[li][1]}×{shapes[li][0]})"
        h, w = shapes[0]
        r0, c0 = h // 2 - CANVAS[0] // 2, w // 2 - CANVAS[1] // 2
        t1 = time.perf_counter()
        vp = levels[0][r0:r0 + CANVAS[0], c0:c0 + CANVAS[1]]
        out["viewport_s"] = time.perf_counter() - t1
        out["full_res_pixels_read_for_first_view"] = 0
        assert view.size and vp.shape[:2] == CANVAS
        tile.close()
    elif kind == "raw":
        with rasterio.open(path) as ds:
            shapes = [(ds.height, ds.width)] + [(-(-ds.height // f), -(-ds.width // f)) for f in ds.overviews(1)]
            li = _level_for_canvas(shapes)
        if li:
            with rasterio.open(path, overview_level=li - 1) as ov:
                ov.read()
        else:
            with rasterio.open(path) as ds:
                ds.read()
        out["first_view_s"] = time.perf_counter() - t0
        with rasterio.open(path) as ds:
            h, w = ds.height, ds.width
            r0, c0 = h // 2 - CANVAS[0] // 2, w // 2 - CANVAS[1] // 2
            t1 = time.perf_counter()
            ds.read(window=((r0, r0 + CANVAS[0]), (c0, c0 + CANVAS[1])))
            out["viewport_s"] = time.perf_counter() - t1
    elif kind == "naive":
        with rasterio.open(path) as ds:
            arr = ds.read()
        out["first_view_s"] = time.perf_counter() - t0
        out["array_mb"] = arr.nbytes / 1e6
    elif kind == "hash":
        sha256_file(path, use_cache=False)
        out["hash_s"] = time.perf_counter() - t0
        out["mb_per_s"] = os.path.getsize(path) / 1e6 / out["hash_s"]
    out["peak_rss_mb"] = _peak_rss_mb()
    return out


def _peak_rss_mb() -> float:
    """This process's own peak RSS (VmHWM; ru_maxrss would include the parent's peak across exec)."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_child(kind: str, path: Path, cache: str | None = None) -> dict:
    """Measure in a fresh process; ``cache`` is its XDG_CACHE_HOME (a new empty one when None)."""
    with tempfile.TemporaryDirectory() as fresh:
        env = {**os.environ, "XDG_CACHE_HOME": cache or fresh}
        proc = subprocess.run([sys.executable, __file__, "--child", kind, str(path)], capture_output=True,
                              text=True, check=True, cwd=Path(__file__).resolve().parents[1], env=env)
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--size", type=int, default=30000)
    ap.add_argument("--naive-size", type=int, default=10000)
    ap.add_argument("--data", default=str(Path(__file__).resolve().parent / "_data"))
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
        print(json.dumps(measure(*args.child)))
        return
    data = Path(args.data)
    data.mkdir(parents=True, exist_ok=True)
    big, small = data / f"rgb_{args.size}.tif", data / f"rgb_{args.naive_size}.tif"
    for path, size in ((big, args.size), (small, args.naive_size)):
        if not path.exists():
            t = time.perf_counter()
            write_big_tiff(path, size)
            print(f"wrote {path.name}: {path.stat().st_size / 1e6:.0f} MB in {time.perf_counter() - t:.0f} s")

    reopen_cache = tempfile.mkdtemp(prefix="bench-open-cache-")

    def best(kind, path, cache=None):
        runs = [run_child(kind, path, cache) for _ in range(args.repeat)]
        return min(runs, key=lambda r: r.get("first_view_s", r.get("hash_s", 0)))

    print(f"machine: {os.cpu_count()} cores; figures are the best of {args.repeat} runs, each in a fresh process"
          " (the OS page cache is warm after the first)")
    for path, size in ((big, args.size), (small, args.naive_size)):
        ours, raw = best("ours", path), best("raw", path)
        run_child("ours", path, reopen_cache)  # the file passes the safety probe once
        again = best("ours", path, reopen_cache)
        print(f"\n{size} × {size} RGB JPEG-tiled GeoTIFF ({path.stat().st_size / 1e6:.0f} MB)")
        print(f"  ours  first view  {ours['first_view_s'] * 1000:7.1f} ms  (level {ours['level']}; first open ever, "
              f"includes the safety probe)   viewport 1600×1000 full res {ours['viewport_s'] * 1000:6.1f} ms   "
              f"peak RSS {ours['peak_rss_mb']:.0f} MB")
        print(f"  ours  re-open     {again['first_view_s'] * 1000:7.1f} ms  (probe result cached for this file "
              f"version)   viewport {again['viewport_s'] * 1000:6.1f} ms   peak RSS {again['peak_rss_mb']:.0f} MB")
        print(f"  raw   first view  {raw['first_view_s'] * 1000:7.1f} ms  (rasterio: open + same overview)"
              f"                viewport {raw['viewport_s'] * 1000:6.1f} ms   peak RSS {raw['peak_rss_mb']:.0f} MB")
        print(f"  ratio ours/raw: first view {ours['first_view_s'] / raw['first_view_s']:.2f}×, "
              f"re-open {again['first_view_s'] / raw['first_view_s']:.2f}×, "
              f"viewport {ours['viewport_s'] / raw['viewport_s']:.2f}×")
        if path == small:
            naive = best("naive", path)
            print(f"  naive whole read  {naive['first_view_s'] * 1000:7.1f} ms  ({naive['array_mb']:.0f} MB array)"
                  f"   peak RSS {naive['peak_rss_mb']:.0f} MB")
            print(f"  ratio naive/ours first view: {naive['first_view_s'] / ours['first_view_s']:.0f}×")
    h = run_child("hash", big)
    print(f"\nSHA-256 of the {args.size}² file (cold, no cache): {h['hash_s']:.2f} s, {h['mb_per_s']:.0f} MB/s "
          "(done once per file, cached by path/size/mtime; the viewer does not wait for it)")


if __name__ == "__main__":
    main()
