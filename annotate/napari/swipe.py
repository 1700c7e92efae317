"""Swipe: two dates of one place across the same ground, one on each side of a divider dragged over the
canvas.

The compared date is drawn over the current one and clipped, by a vispy ``PlanesClipper`` on its layer's
node in scene (= world) coordinates, to the right of the divider; the divider keeps its place on screen
while the map pans and zooms. It is drawn as a line in its own Shapes layer ("Swipe divider") and moved by
dragging within a few screen pixels of it (the map does not pan meanwhile) or by :meth:`Swipe.set_fraction`.
napari's own ``experimental_clipping_planes`` act in 3D only, hence the filter on the node (private napari
API, kept in :mod:`annotate.napari.compat`).
"""

from __future__ import annotations

import numpy as np

from .compat import attach_clipper, layer_node

__all__ = ["Swipe", "DIVIDER_LAYER"]

DIVIDER_LAYER = "Swipe divider"
_GRAB_PX = 12


class Swipe:
    """Clip ``layer`` (the compared date) to the right of a divider at ``fraction`` of the canvas width."""

    def __init__(self, viewer, layer, fraction: float = 0.5) -> None:
        self.viewer = viewer
        self.layer = layer
        self.fraction = min(max(float(fraction), 0.0), 1.0)
        self._node = layer_node(viewer, layer)
        self._clipper = attach_clipper(self._node)
        self._dragging = False
        self.divider = viewer.add_shapes(name=DIVIDER_LAYER, edge_color="yellow", edge_width=2, opacity=0.9,
                                         units=layer.units)  # the map's units (napari warns on a mix)
        self.divider.editable = False
        viewer.scene.camera.events.center.connect(self._update)
        viewer.scene.camera.events.zoom.connect(self._update)
        viewer.mouse_drag_callbacks.append(self._drag)
        self._update()

    # ------------------------------------------------------------------ the divider
    def world_x(self) -> float:
        """The divider's world x (easting) for the current camera."""
        width = self.viewer.canvas.size[1]
        zoom = float(self.viewer.scene.camera.zoom) or 1.0
        return float(self.viewer.scene.camera.center[-1]) + (self.fraction - 0.5) * width / zoom

    def set_fraction(self, fraction: float) -> None:
        self.fraction = min(max(float(fraction), 0.0), 1.0)
        self._update()

    def _update(self, *_) -> None:
        x = self.world_x()
        self._clipper.clipping_planes = np.array([[[x, 0.0, 0.0], [1.0, 0.0, 0.0]]], dtype=np.float32)
        height = self.viewer.canvas.size[0]
        zoom = float(self.viewer.scene.camera.zoom) or 1.0
        cy = float(self.viewer.scene.camera.center[-2])
        line = np.array([[cy - height / zoom, x], [cy + height / zoom, x]])
        self.divider.data = [line]
        self.divider.shape_type = ["line"]
        self._node.update()

    def _drag(self, viewer, event):
        """Press within a few screen pixels of the divider and drag: the divider follows, the map stays."""
        zoom = float(viewer.scene.camera.zoom) or 1.0
        if abs(float(event.position[-1]) - self.world_x()) * zoom > _GRAB_PX:
            return
        pan = viewer.scene.camera.mouse_pan
        viewer.scene.camera.mouse_pan = False
        self._dragging = True
        try:
            yield
            while event.type == "mouse_move":
                width = viewer.canvas.size[1]
                x = float(event.position[-1])
                self.set_fraction(0.5 + (x - float(viewer.scene.camera.center[-1])) * zoom / width)
                yield
        finally:
            self._dragging = False
            viewer.scene.camera.mouse_pan = pan

    # ------------------------------------------------------------------ leaving
    def close(self) -> None:
        """Remove the clip, the divider and the handlers (the compared layer shows whole again)."""
        try:
            self._node.detach(self._clipper)
        except (ValueError, KeyError):
            pass
        self.viewer.scene.camera.events.center.disconnect(self._update)
        self.viewer.scene.camera.events.zoom.disconnect(self._update)
        if self._drag in self.viewer.mouse_drag_callbacks:
            self.viewer.mouse_drag_callbacks.remove(self._drag)
        if DIVIDER_LAYER in self.viewer.layers:
            self.viewer.layers.remove(DIVIDER_LAYER)
        self._node.update()
