"""Navigation: a "Go to" box (decimal degrees, DMS, MGRS) that centres the map there with a marker, and
"Zoom to tile" (also the Home key) that fits the current tile — not the union of every tile open."""

from __future__ import annotations

import numpy as np
from qtpy.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

from imagery.georef import format_latlon
from imagery.positions import PositionError, parse_position

from ..session import session_of

__all__ = ["NavigationBar", "MARKER_LAYER"]

MARKER_LAYER = "Go to"


class NavigationBar(QWidget):
    """Bound to the annotation widget (``owner``): its viewer and its current tile's placement."""

    def __init__(self, owner) -> None:
        super().__init__()
        self.owner = owner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.goto = QLineEdit()
        self.goto.setPlaceholderText("Go to: 42.889 132.357 · 42°53'20\"N 132°21'25\"E · MGRS 53TKH…")
        self.goto.setToolTip("Type a position and press Enter: the map centres there and marks it")
        self.zoom_tile = QPushButton("Zoom to tile (Home)")
        row.addWidget(self.goto, stretch=1)
        row.addWidget(self.zoom_tile)
        layout.addLayout(row)
        self.message = QLabel("")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        self.goto.returnPressed.connect(lambda: self.go_to(self.goto.text()))
        self.zoom_tile.clicked.connect(self.zoom_to_tile)
        owner.viewer.bind_key("Home", lambda v: self.zoom_to_tile(), overwrite=True)

    # ------------------------------------------------------------------ actions
    def go_to(self, text: str) -> tuple[float, float] | None:
        """Centre the camera on the typed position and put a marker there; returns its world ``(y, x)``."""
        try:
            lat, lon = parse_position(text)
            y, x = session_of(self.owner.viewer).world_from_lonlat(lon, lat)
        except (PositionError, ValueError) as exc:
            self.message.setText(str(exc))
            return None
        viewer = self.owner.viewer
        if MARKER_LAYER in viewer.layers:
            viewer.layers[MARKER_LAYER].data = np.array([[y, x]])
        else:
            units = self._edit_layer().units if self._edit_layer() is not None else ("m", "m")
            viewer.add_points(np.array([[y, x]]), name=MARKER_LAYER, size=12 * self._world_per_screen_px(),
                              face_color="transparent", border_color="yellow", border_width=0.25, symbol="cross",
                              units=units)
            self.owner.viewer.layers.selection.active = self._edit_layer() or viewer.layers.selection.active
        viewer.scene.camera.center = (y, x)
        self.message.setText(f"Centred on {format_latlon(lat, lon)} (marked in the layer {MARKER_LAYER!r}).")
        return y, x

    def zoom_to_tile(self) -> None:
        """Fit the current tile (its four corners in the map) to the canvas."""
        bridge = getattr(self.owner, "bridge", None)
        if bridge is None:
            self.owner.viewer.reset_view()
            return
        t = bridge.tile
        w0, w1 = bridge.placement.to_world([0, 0, t.height, t.height], [0, t.width, 0, t.width])
        (y0, y1), (x0, x1) = (float(np.min(w0)), float(np.max(w0))), (float(np.min(w1)), float(np.max(w1)))
        camera = self.owner.viewer.scene.camera
        camera.center = ((y0 + y1) / 2, (x0 + x1) / 2)
        canvas = self.owner.viewer.canvas.size or (800, 800)  # (height, width) in screen pixels
        camera.zoom = 0.95 * min(canvas[0] / max(y1 - y0, 1e-9), canvas[1] / max(x1 - x0, 1e-9))

    # ------------------------------------------------------------------ helpers
    def _world_per_screen_px(self) -> float:
        return 1.0 / (float(self.owner.viewer.scene.camera.zoom) or 1.0)

    def _edit_layer(self):
        bridge = getattr(self.owner, "bridge", None)
        return bridge.layer if bridge is not None else None
