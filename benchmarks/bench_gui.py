"""Interaction times with many annotations in a real napari viewer (run under Xvfb).

Usage: ``xvfb-run -a python benchmarks/bench_gui.py [--n 10000] [--plain-n 2000]``

Measures, for our annotation layer (the project bridge, labels hidden above
:data:`annotate.napari.bridge.LABELS_UP_TO`) at ``--n`` annotations, and for the plain approach — a
Shapes layer with a text label per shape — at ``--plain-n`` (the plain approach at 10,000 takes
minutes per interaction), the wall time of: select one shape, recolour one, delete one, add one
(each including the redraw), and pan + redraw. Target: ≤ 100 ms per interaction at 10,000.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import numpy as np  # noqa: E402


def _timed(viewer, fn) -> float:
    from qtpy.QtWidgets import QApplication

    t = time.perf_counter()
    fn()
    viewer.screenshot(canvas_only=True, flash=False)  # forces the redraw the user would wait for
    QApplication.processEvents()
    return time.perf_counter() - t


def _interactions(viewer, layer) -> dict[str, float]:
    out = {}
    out["select one"] = _timed(viewer, lambda: setattr(layer, "selected_data", {5}))
    out["recolour one"] = _timed(viewer, lambda: layer._data_view.update_edge_color(5, np.array([1, 0, 0, 1])))
    out["delete one"] = _timed(viewer, layer.remove_selected)
    out["add one"] = _timed(viewer, lambda: layer.add_rectangles(np.array([[10.0, 10.0], [40.0, 90.0]])))
    cam = viewer.scene.camera
    out["pan + redraw"] = _timed(viewer, lambda: setattr(cam, "center", (cam.center[-2] + 50, cam.center[-1] + 50)))
    return out


def _rects(n: int, rng) -> list[np.ndarray]:
    r = rng.uniform(50, 4000, n)
    c = rng.uniform(50, 4000, n)
    return [np.array([[y, x], [y, x + 40], [y + 12, x + 40], [y + 12, x]]) for y, x in zip(r, c)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--plain-n", type=int, default=2_000)
    args = ap.parse_args()
    import napari

    from annotate.model import PixelGeometry
    from annotate.napari.bridge import LABELS_UP_TO, TileAnnotations
    from annotate.store import create_project
    from annotate.tiles import add_tile_file

    rng = np.random.default_rng(0)
    sample = Path(__file__).resolve().parents[1] / "sample_tiles" / "dunai_2025-05-18.tif"
    with tempfile.TemporaryDirectory() as tmp:
        project = create_project(Path(tmp) / "gui.gpkg")
        tile = add_tile_file(project, sample)
        rows = [{"geometry": PixelGeometry.box(x, y, x + 40, y + 12), "cls": "cargo ship"}
                for y, x in zip(rng.uniform(50, 4000, args.n), rng.uniform(50, 4000, args.n))]
        project.add_annotations(project.new_annotations(tile.sha256, rows))

        viewer = napari.Viewer(show=True)
        t = time.perf_counter()
        bridge = TileAnnotations(viewer, project, tile)
        viewer.screenshot(canvas_only=True, flash=False)
        load = time.perf_counter() - t
        ours = _interactions(viewer, bridge.layer)
        viewer.close()

        viewer = napari.Viewer(show=True)
        t = time.perf_counter()
        plain = viewer.add_shapes(_rects(args.plain_n, rng), shape_type="rectangle", edge_color="cyan",
                                  face_color="transparent", features={"label": [f"ship {i}" for i in range(args.plain_n)]},
                                  text={"string": "{label}", "size": 10, "color": "white"})
        viewer.screenshot(canvas_only=True, flash=False)
        plain_load = time.perf_counter() - t
        base = _interactions(viewer, plain)
        viewer.close()
        project.close()

    print(f"ours : {args.n:,} annotations (labels {'on' if args.n <= LABELS_UP_TO else 'off'}), "
          f"load {load:.2f} s")
    print(f"plain: {args.plain_n:,} shapes, a text label each, load {plain_load:.2f} s")
    print(f"{'interaction':<14}{'ours':>10}{'plain':>10}")
    for key in ours:
        print(f"{key:<14}{ours[key] * 1000:>8.0f}ms{base[key] * 1000:>8.0f}ms")


if __name__ == "__main__":
    main()
