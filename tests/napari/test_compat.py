"""One test per private napari/vispy hook (annotate/napari/compat.py), against the pinned versions: a
release that moves one fails here."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("napari")

from qtpy.QtWidgets import QApplication  # noqa: E402

from annotate.napari.compat import attach_clipper, layer_node  # noqa: E402


def test_pinned_versions_are_the_ones_running():
    import importlib.metadata as md
    import re
    from pathlib import Path

    pyproject = (Path(__file__).resolve().parents[2] / "pyproject.toml").read_text()
    for name in ("napari", "vispy"):
        pinned = re.search(rf'"{name}(?:\[pyqt6\])?==([\d.]+)"', pyproject).group(1)
        assert md.version(name) == pinned, name


def test_layer_node_is_the_visual_napari_draws(make_napari_viewer):
    viewer = make_napari_viewer(show=True)
    image = viewer.add_image(np.zeros((20, 30), np.uint8))
    shapes = viewer.add_shapes([np.array([[1, 1], [5, 8]])], shape_type="rectangle")
    for layer in (image, shapes):
        node = layer_node(viewer, layer)
        assert node.parent is not None and hasattr(node, "transform")  # a vispy node in the scene


def test_a_clipper_on_a_node_clips_in_2d(make_napari_viewer):
    viewer = make_napari_viewer(show=True)
    viewer.add_image(np.full((200, 300), 50, np.uint8), contrast_limits=(0, 255))
    top = viewer.add_image(np.full((200, 300), 220, np.uint8), contrast_limits=(0, 255))
    clipper = attach_clipper(layer_node(viewer, top))
    clipper.clipping_planes = np.array([[[150.0, 0.0, 0.0], [1.0, 0.0, 0.0]]], dtype=np.float32)
    viewer.reset_view()
    for _ in range(3):
        QApplication.processEvents()
    shot = viewer.screenshot(canvas_only=True, flash=False)
    h, w = shot.shape[:2]
    assert shot[h // 2, w // 2 - w // 8, 0] < 80 and shot[h // 2, w // 2 + w // 8, 0] > 180
