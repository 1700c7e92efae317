"""A tile on a server: the first view of a 30000 x 30000 COG read over HTTP range requests.

Usage: ``python benchmarks/bench_remote.py [--size 30000]``

Writes (once, cached in the temp folder) a COG of SIZE x SIZE pixels, 3 bands, with overviews, serves it from
a local range-capable HTTP server (tests/imagery/range_server.py) and measures opening the tile and reading
what the viewer shows first (the pyramid level a 1200-pixel canvas shows at Home, whole) — bytes the server sent against the file's
size (target <= 5 %) and the time against the same reads on the local file. The naive approach (download the
whole file, then open it) is the file's size in bytes.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402
import rasterio  # noqa: E402
from affine import Affine  # noqa: E402
from rasterio.windows import Window  # noqa: E402

from imagery import open_tile  # noqa: E402
from imagery.pyramid import build_pyramid  # noqa: E402
from tests.imagery.range_server import RangeServer  # noqa: E402


def write_cog(path: Path, size: int) -> None:
    tmp = path.with_suffix(".plain.tif")
    profile = dict(driver="GTiff", width=size, height=size, count=3, dtype="uint8", crs="EPSG:32653",
                   transform=Affine(0.5, 0, 280000.0, 0, -0.5, 4760000.0), tiled=True, blockxsize=512,
                   blockysize=512, compress="deflate", photometric="RGB", BIGTIFF="IF_SAFER")
    step = 2048
    yy, xx = np.mgrid[0:step, 0:step]
    with rasterio.open(tmp, "w", **profile) as ds:
        for r in range(0, size, step):
            for c in range(0, size, step):
                h, w = min(step, size - r), min(step, size - c)
                rng = np.random.default_rng(r * 7 + c)
                base = ((xx[:h, :w] + c) // 8 + (yy[:h, :w] + r) // 8) % 256
                noise = rng.integers(0, 24, (h, w))
                block = np.stack([(base + noise) % 256, (base // 2 + noise) % 256, (255 - base) % 256]).astype("uint8")
                ds.write(block, window=Window(c, r, w, h))
    with rasterio.open(tmp) as src:
        prof = src.profile | dict(driver="COG", compress="deflate", overview_resampling="average", blocksize=512)
        for k in ("blockxsize", "blockysize", "tiled", "photometric", "interleave"):
            prof.pop(k, None)
        with rasterio.open(path, "w", **prof) as dst:
            for r in range(0, size, step):
                for c in range(0, size, step):
                    win = Window(c, r, min(step, size - c), min(step, size - r))
                    dst.write(src.read(window=win), window=win)
    tmp.unlink()


CANVAS = 1200  # pixels across the viewer's canvas: Home shows the coarsest level still at least this wide


def first_view(target: str) -> tuple[float, tuple]:
    t = time.perf_counter()
    with open_tile(target, compute_hash=False) as tile:
        levels = build_pyramid(tile)
        level = next((lv for lv in reversed(levels) if max(lv.shape[:2]) >= CANVAS), levels[0])
        shown = np.asarray(level)
    return time.perf_counter() - t, shown.shape


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=30000)
    args = ap.parse_args()
    folder = Path(tempfile.gettempdir()) / "annotate-bench-remote"
    folder.mkdir(exist_ok=True)
    cog = folder / f"cog_{args.size}.tif"
    if not cog.exists():
        t = time.perf_counter()
        write_cog(cog, args.size)
        print(f"wrote {cog} in {time.perf_counter() - t:.0f} s")
    size = os.path.getsize(cog)
    t_local, shape = first_view(str(cog))
    with RangeServer(folder) as server:
        t_remote, remote_shape = first_view(server.url(cog.name))
        sent, requests = server.bytes_sent, len(server.requests)
    assert shape == remote_shape
    print(f"COG {args.size} x {args.size} x 3, {size / 1e6:.0f} MB; first view = the level a {CANVAS}-px canvas shows, {shape}")
    print(f"remote first view  {t_remote * 1000:7.0f} ms, {sent:,} bytes in {requests} requests = "
          f"{100 * sent / size:.2f} % of the file (target <= 5 %)")
    print(f"local first view   {t_local * 1000:7.0f} ms (remote / local {t_remote / t_local:.1f}x; the local open "
          "includes the forked safety probe, which a remote tile skips)")
    print(f"naive (download whole file first): {size:,} bytes ({size / max(sent, 1):.0f}x the bytes)")


if __name__ == "__main__":
    main()
