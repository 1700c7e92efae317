"""Interaction times with many annotations in a real napari viewer (run under Xvfb).

Usage: ``xvfb-run -a -s "-screen 0 1600x1000x24" python benchmarks/bench_gui.py [--n 10000] [--plain-n 2000]``

Ours: the project-bound annotation layer (:class:`annotate.napari.bridge.TileAnnotations`) with
``--n`` annotations on one sample tile, driven by real Qt mouse events on the canvas at a working zoom
(labels on): select one by clicking it, recolour it (class change, saved), move it by dragging (one
drag step, and the release that saves it), delete it (saved), draw a new box (the release that saves
it), pan; and pan with the whole tile — every outline — in view. A mouse figure is the latency the
analyst sees: from the one event (press, move or release) to the next frame on screen.

Plain: a napari Shapes layer with a text label per shape (what one would write first) at ``--plain-n``
shapes, driven through the layer API (which is cheaper than the mouse): at 10,000 it takes minutes per
interaction, so it is measured at fewer shapes and the ratio is conservative.

Each figure is the median of ``--repeat`` runs: from the input (or call) to the next frame drawn,
including Qt's repaint of whatever dock widgets changed. ``frame`` is a redraw alone with nothing
changed: the floor on this machine's software GL (Mesa llvmpipe), most of it spent drawing labels.
Target: ≤ 100 ms per interaction at 10,000.
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


def _timed(viewer, fn) -> tuple[float, float]:
    """``(to next frame, handlers)``: wall time from ``fn`` (which delivers one input or call) until the
    next frame is drawn — the handlers, then one turn of the event loop, in which Qt repaints the canvas
    and any dock widgets the change touched (a repaint is forced if none was pending) — and the part of
    it before the event loop turned (no drawing)."""
    from qtpy.QtWidgets import QApplication

    canvas = viewer.window._qt_viewer.canvas._scene_canvas
    frames = []
    canvas.events.draw.connect(frames.append)
    try:
        t = time.perf_counter()
        fn()
        handlers = time.perf_counter() - t
        QApplication.processEvents()
        if not frames:
            canvas.native.repaint()
            QApplication.processEvents()
        return time.perf_counter() - t, handlers
    finally:
        canvas.events.draw.disconnect(frames.append)


def _medians(runs) -> tuple[float, float]:
    return statistics.median(r[0] for r in runs), statistics.median(r[1] for r in runs)


def _median(viewer, fns) -> tuple[float, float]:
    return _medians([_timed(viewer, fn) for fn in fns])


def _run(times: list, viewer, fn) -> None:
    times.append(_timed(viewer, fn))


def _ours(viewer, bridge, project, repeat: int) -> dict[str, tuple[float, float]]:
    from qtpy.QtTest import QTest
    from qtpy.QtWidgets import QApplication

    from tests.napari.canvas_mouse import look_at, move, press, release

    layer = bridge.layer
    viewer.layers.selection.active = layer
    layer.mode = "select"
    # working zoom: 3 screen px per metre — a 40 × 12 px (20 × 6 m) box is 60 × 18 screen px, labelled
    # (smaller, a click on its middle lands on napari's resize handles)
    look_at(viewer, layer, 2000, 2000, zoom=3.0)
    out = {"frame (nothing changed)": _median(viewer, [lambda: None] * repeat)}
    out["frame, labels off"] = _median(viewer, [lambda: setattr(layer.text, "visible", False)] +
                                       [lambda: None] * (repeat - 1))
    layer.text.visible = True
    targets = [a for a in project.annotations(bridge.tile.sha256)
               if 1850 < a.geometry.centre[0] < 2150 and 1850 < a.geometry.centre[1] < 2150][:repeat]
    times: dict[str, list[float]] = {k: [] for k in (
        "select one (click)", "recolour one (saved)", "drag step (moving one)", "move one (release, saved)",
        "delete one (saved)")}
    for a in targets:
        x, y = a.geometry.centre
        _run(times["select one (click)"], viewer, lambda: press(viewer, layer, y, x, process=False))
        release(viewer, layer, y, x)
        assert bridge.selected_ids() == [a.id], "the click did not select the annotation under it"
        _run(times["recolour one (saved)"], viewer, lambda: bridge.apply_to_selected(cls="tanker"))
        QTest.qWait(QApplication.doubleClickInterval() + 50)  # a new press, not a double click
        press(viewer, layer, y, x)
        move(viewer, layer, y + 4, x + 4)
        _run(times["drag step (moving one)"], viewer, lambda: move(viewer, layer, y + 8, x + 8, False))
        _run(times["move one (release, saved)"], viewer, lambda: release(viewer, layer, y + 8, x + 8, False))
        moved = project.annotation(a.id).geometry.centre
        assert abs(moved[0] - x - 8) < 1 and abs(moved[1] - y - 8) < 1, f"the drag did not move it: {(x, y)} → {moved}"
        _run(times["delete one (saved)"], viewer, layer.remove_selected)
    out.update({k: _medians(v) for k, v in times.items()})
    layer.mode = "add_rectangle"
    drawn = []
    for k in range(repeat):
        press(viewer, layer, 1900 + 30 * k, 1900)
        move(viewer, layer, 1910 + 30 * k, 1930)
        _run(drawn, viewer, lambda k=k: release(viewer, layer, 1920 + 30 * k, 1960, False))
    out["add one (release, saved)"] = _medians(drawn)
    layer.mode = "select"
    cam = viewer.scene.camera
    out["pan (labels on)"] = _median(viewer, [
        lambda: setattr(cam, "center", (cam.center[-2] + 40, cam.center[-1] + 40))] * repeat)
    viewer.reset_view()
    out["pan (whole tile)"] = _median(viewer, [
        lambda: setattr(cam, "center", (cam.center[-2] + 50, cam.center[-1] + 50))] * repeat)
    return out


def _plain(viewer, layer, repeat: int) -> dict[str, tuple[float, float]]:
    out = {"frame (nothing changed)": _median(viewer, [lambda: None] * repeat)}
    out["frame, labels off"] = _median(viewer, [lambda: setattr(layer.text, "visible", False)] +
                                       [lambda: None] * (repeat - 1))
    layer.text.visible = True
    out["select one (click)"] = _median(viewer, [lambda i=i: setattr(layer, "selected_data", {5 + i})
                                                 for i in range(repeat)])
    out["recolour one (saved)"] = _median(viewer, [lambda: setattr(layer, "current_edge_color", "red")] * repeat)
    out["drag step (moving one)"] = _median(viewer, [
        lambda: layer._data_view.shift(5, np.array([8.0, 8.0]))] * repeat)
    out["move one (release, saved)"] = out["drag step (moving one)"]  # no save step to measure
    out["delete one (saved)"] = _median(viewer, [lambda i=i: (setattr(layer, "selected_data", {5 + i}),
                                                              layer.remove_selected()) for i in range(repeat)])
    out["add one (release, saved)"] = _median(viewer, [
        lambda: layer.add_rectangles(np.array([[10.0, 10.0], [40.0, 90.0]]))] * repeat)
    cam = viewer.scene.camera
    out["pan (labels on)"] = _median(viewer, [
        lambda: setattr(cam, "center", (cam.center[-2] + 50, cam.center[-1] + 50))] * repeat)
    out["pan (whole tile)"] = out["pan (labels on)"]  # the plain layer is shown whole
    return out


def _rects(n: int, rng) -> list[np.ndarray]:
    r = rng.uniform(50, 4000, n)
    c = rng.uniform(50, 4000, n)
    return [np.array([[y, x], [y, x + 40], [y + 12, x + 40], [y + 12, x]]) for y, x in zip(r, c)]


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--n", type=int, default=10_000)
    ap.add_argument("--plain-n", type=int, default=2_000)
    ap.add_argument("--repeat", type=int, default=5)
    args = ap.parse_args()
    import napari

    from annotate.model import PixelGeometry
    from annotate.napari.bridge import TileAnnotations
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
        ours = _ours(viewer, bridge, project, args.repeat)
        saved = len(project.annotations(tile.sha256))
        viewer.close()

        viewer = napari.Viewer(show=True)
        t = time.perf_counter()
        plain = viewer.add_shapes(_rects(args.plain_n, rng), shape_type="rectangle", edge_color="cyan",
                                  face_color="transparent", features={"label": [f"ship {i}" for i in range(args.plain_n)]},
                                  text={"string": "{label}", "size": 10, "color": "white"})
        viewer.screenshot(canvas_only=True, flash=False)
        plain_load = time.perf_counter() - t
        base = _plain(viewer, plain, min(args.repeat, 3))
        viewer.close()
        project.close()

    print(f"ours : {args.n:,} annotations, load {load:.2f} s; {saved:,} in the project after the run "
          f"({args.n:,} − {args.repeat} deleted + {args.repeat} drawn)")
    print(f"plain: {args.plain_n:,} shapes, a text label each, load {plain_load:.2f} s")
    print("to next frame: input → handlers → the next frame drawn; handlers: the part before any drawing")
    print(f"{'interaction':<26}{'ours: to next frame':>20}{'handlers':>10}{'plain':>10}{'plain/ours':>12}")
    for key in ours:
        (o, oh), (b, _) = ours[key], base[key]
        print(f"{key:<26}{o * 1000:>18.0f}ms{oh * 1000:>8.0f}ms{b * 1000:>8.0f}ms{b / o:>11.1f}×")


if __name__ == "__main__":
    main()
