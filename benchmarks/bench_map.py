"""One map per site: the cost of placing a tile of another CRS, and of a swipe drag step.

Usage: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python benchmarks/bench_map.py [--size 8192]``

1. **First view, another CRS**: a ``--size``² tile (the Dunai sample, upsampled) warped to WGS 84, opened
   into the Dunai UTM frame — ours: ``open_tile`` + ``build_pyramid`` + the placement (an affine fitted to
   81 reprojected points) + reading the pyramid level napari shows for a 1600 × 1000 canvas of the whole
   tile; beside it the same for the same tile in UTM (exact placement) and the **naive** way to show it in
   the frame: a ``WarpedVRT`` into the frame CRS read at the same output size (what reprojecting the pixels
   costs). Target: ≤ 2× the same-CRS first view.
2. **Swipe drag step** in a real viewer: one mouse move of the divider (handlers, and to the next frame).
   Target: handler ≤ 50 ms.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import numpy as np  # noqa: E402
import rasterio  # noqa: E402
from rasterio.enums import Resampling  # noqa: E402
from rasterio.warp import calculate_default_transform, reproject  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def make_tiles(folder: Path, size: int) -> tuple[Path, Path]:
    """A ``size``² UTM tile (tiled, with overviews) and its warp to WGS 84."""
    src = ROOT / "sample_tiles" / "dunai_2025-05-18.tif"
    with rasterio.open(src) as ds:
        data = ds.read(out_shape=(ds.count, size, size), resampling=Resampling.bilinear)
        scale = ds.width / size
        transform = ds.transform * ds.transform.scale(scale, scale)
        profile = ds.profile.copy()
    profile.update(width=size, height=size, transform=transform, tiled=True, blockxsize=512, blockysize=512,
                   compress="deflate", photometric="RGB")
    utm, wgs = folder / "utm.tif", folder / "wgs84.tif"
    with rasterio.open(utm, "w", **profile) as out:
        out.write(data)
        out.build_overviews([2, 4, 8, 16], Resampling.average)
    t, w, h = calculate_default_transform(profile["crs"], "EPSG:4326", size, size,
                                          *rasterio.transform.array_bounds(size, size, transform))
    warped = np.zeros((data.shape[0], h, w), dtype=data.dtype)
    for b in range(data.shape[0]):
        reproject(data[b], warped[b], src_transform=transform, src_crs=profile["crs"], dst_transform=t,
                  dst_crs="EPSG:4326", resampling=Resampling.nearest)
    profile.update(crs="EPSG:4326", transform=t, width=w, height=h)
    with rasterio.open(wgs, "w", **profile) as out:
        out.write(warped)
        out.build_overviews([2, 4, 8, 16], Resampling.average)
    return utm, wgs


def first_view(path: Path, frames: list) -> float:
    from imagery import open_tile
    from imagery.map_frame import frame_for, place
    from imagery.pyramid import build_pyramid

    t0 = time.perf_counter()
    with open_tile(path, compute_hash=False) as tile:
        levels = build_pyramid(tile)
        m = tile.metadata
        place(tile.georef, m.width, m.height, frame_for(tile.georef, m.width, m.height, frames))
        level = next((lv for lv in levels if max(lv.shape[:2]) <= 2000), levels[-1])
        np.asarray(level[:])
    return time.perf_counter() - t0


def naive_warp(path: Path, crs: str, out_px: int) -> float:
    from rasterio.vrt import WarpedVRT

    t0 = time.perf_counter()
    with rasterio.open(path) as ds, WarpedVRT(ds, crs=crs, resampling=Resampling.nearest) as vrt:
        vrt.read(out_shape=(vrt.count, out_px, out_px))
    return time.perf_counter() - t0


def swipe_steps(repeat: int) -> tuple[float, float]:
    import napari
    from bench_gui import _timed
    from qtpy.QtCore import QPoint, Qt
    from qtpy.QtTest import QTest
    from qtpy.QtWidgets import QApplication

    from annotate.napari._layers import tile_layer_data
    from annotate.napari.swipe import Swipe
    from imagery import open_tile

    viewer = napari.Viewer(show=True)
    viewer.window.resize(1600, 1000)
    layers = []
    for name in ("dunai_2025-05-18.tif", "dunai_2025-06-03.tif"):
        data, kwargs, _ = tile_layer_data(open_tile(ROOT / "sample_tiles" / name, compute_hash=False))
        layers.append(viewer.add_image(data, **kwargs))
    viewer.reset_view()
    swipe = Swipe(viewer, layers[1])
    QApplication.processEvents()
    native = viewer.window._qt_viewer.canvas.native
    y, x = native.height() // 2, native.width() // 2
    QTest.mousePress(native, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    runs = []
    for i in range(repeat):
        x += -3 if i % 2 else 3
        runs.append(_timed(viewer, lambda: QTest.mouseMove(native, QPoint(x, y))))
    QTest.mouseRelease(native, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, QPoint(x, y))
    assert abs(swipe.fraction - 0.5) < 0.1
    viewer.close()
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def make_wide_wgs(folder: Path, size: int) -> Path:
    """A ``size``² WGS 84 scene at about 2 m a pixel (16 km for 8,192 px): one affine cannot place it in the
    UTM map to within a pixel, so panning across it refits."""
    path = folder / "wide_wgs84.tif"
    deg = 2.0 / 111_000
    rng = np.random.default_rng(0)
    data = rng.integers(0, 255, (size // 64, size // 64), dtype="uint8").repeat(64, 0).repeat(64, 1)
    profile = dict(driver="GTiff", width=size, height=size, count=1, dtype="uint8", crs="EPSG:4326",
                   transform=rasterio.Affine(deg, 0, 132.30, 0, -deg, 42.95), tiled=True, blockxsize=512,
                   blockysize=512, compress="deflate")
    with rasterio.open(path, "w", **profile) as out:
        out.write(data, 1)
        out.build_overviews([2, 4, 8, 16, 32], Resampling.nearest)
    return path


def pan_steps(path: Path, steps: int) -> tuple[float, float, int, float]:
    """Pan across ``path`` at a working zoom (a screen pixel ≈ a tile pixel), each step a tenth of the view:
    median handler time per step (the session's refit included), median to the next frame, how many steps
    refitted, and the largest miss left in view (tile pixels)."""
    import napari
    from bench_gui import _timed

    from annotate.napari._layers import tile_layer_data
    from annotate.napari.session import session_of
    from imagery import open_tile
    from imagery.map_frame import miss_px

    viewer = napari.Viewer(show=True)
    viewer.window.resize(1600, 1000)
    session = session_of(viewer)
    tile = open_tile(path, compute_hash=False)
    data, kwargs, _ = tile_layer_data(tile, session)
    viewer.add_image(data, **kwargs)
    key = str(tile.metadata.path)
    placement = session.placements[key]
    w, h = tile.metadata.width, tile.metadata.height
    viewer.scene.camera.zoom = 1.0 / placement.metres_per_pixel
    start, end = np.array(placement.to_world(h * 0.1, w * 0.1)), np.array(placement.to_world(h * 0.9, w * 0.9))
    runs, refits, worst = [], 0, 0.0
    for f in np.linspace(0, 1, steps):
        before = session.placements[key]
        runs.append(_timed(viewer, lambda: setattr(viewer.camera, "center", tuple(start + f * (end - start)))))
        refits += session.placements[key] is not before
        p = session.placements[key]
        r, c = p.to_pixel(*viewer.scene.camera.center[-2:])
        half = 500 / 2
        worst = max(worst, miss_px(p, tile.georef, (r - half, c - half * 1.6, r + half, c + half * 1.6)))
    viewer.close()
    tile.close()
    return (statistics.median(r[1] for r in runs), statistics.median(r[0] for r in runs), refits, worst)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--size", type=int, default=8192)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        utm, wgs = make_tiles(Path(tmp), args.size)
        same = statistics.median(first_view(utm, []) for _ in range(args.repeat))
        other = statistics.median(first_view(wgs, []) for _ in range(args.repeat))
        naive = statistics.median(naive_warp(wgs, "EPSG:32653", 1600) for _ in range(args.repeat))
    print(f"first view of a {args.size:,}² tile (medians of {args.repeat}):")
    print(f"  same CRS as the map (exact placement)        {same * 1000:7.0f} ms")
    print(f"  WGS 84 into the UTM map (fitted placement)   {other * 1000:7.0f} ms   {other / same:.2f}× the same-CRS view")
    print(f"  naive: WarpedVRT of it into the map, 1600²   {naive * 1000:7.0f} ms   {naive / other:.1f}× ours")
    with tempfile.TemporaryDirectory() as tmp:
        wide = make_wide_wgs(Path(tmp), args.size)
        handlers_pan, total_pan, refits, worst = pan_steps(wide, 40)
    print(f"panning a {args.size:,}² WGS 84 scene (2 m, one fit misses at its corners) in 40 steps: "
          f"{handlers_pan * 1000:.1f} ms in the handlers per step (refit included), {total_pan * 1000:.0f} ms to the "
          f"next frame; {refits} refits; largest miss in view {worst:.2f} px")
    total, handlers = swipe_steps(20)
    print(f"swipe drag step: {handlers * 1000:.1f} ms in the handlers, {total * 1000:.0f} ms to the next frame")


if __name__ == "__main__":
    main()
