"""Every reach into napari's or vispy's private parts, in one place, each with its test
(``tests/napari/test_compat.py``), against the versions pinned in ``pyproject.toml`` (napari 0.9.2,
vispy 0.17.0): a release that moves one of them fails there first, not in the analyst's viewer.

* :func:`layer_node` — the vispy node napari draws a layer with (``QtViewer.canvas.layer_to_visual``):
  the batched outlines and labels, side-by-side captions and the swipe's clip hang on it.
* :func:`attach_clipper` — a vispy ``PlanesClipper`` in scene coordinates on such a node: napari's own
  ``experimental_clipping_planes`` only act in 3D.
* :mod:`annotate.napari.label_visual` reuses vispy's private text layout (``_text_to_vbo``).
"""

from __future__ import annotations

__all__ = ["layer_node", "attach_clipper"]


def layer_node(viewer, layer):
    """The vispy node napari draws ``layer`` with (private napari API)."""
    return viewer.window._qt_viewer.canvas.layer_to_visual[layer].node


def attach_clipper(node):
    """Attach and return a ``PlanesClipper`` in scene (= world) coordinates: set its ``clipping_planes`` to
    ``[[[x, y, z], [nx, ny, nz]], …]`` (vispy order: x = world axis 1, y = world axis 0)."""
    from vispy.visuals.filters.clipping_planes import PlanesClipper

    clipper = PlanesClipper(coord_system="scene")
    node.attach(clipper)
    return clipper
