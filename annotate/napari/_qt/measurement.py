"""The panel's measurement line: the selected annotation's class, size in metres (geodesic) against the
reference sizes of its class and type, heading, and linked claims; live while a shape is drawn, moved or
rotated; the measuring tool's length and bearing. Bound to the viewer's session (its current tile and the
defaults of new shapes); writes into one label.
"""

from __future__ import annotations

import numpy as np

from annotate.model.geometry import GeometryError, describe_size, measure, pixel_size

from ..bridge import geometry_from_shape

__all__ = ["MeasurementReadout"]


class MeasurementReadout:
    """Measures for ``session`` into ``label`` (a QLabel)."""

    def __init__(self, session, label) -> None:
        self.session, self.label = session, label
        self._dragging = None  # the annotation layer a mouse button is down on

    def watch(self, bridge) -> None:
        """Measure a tile's annotation layer: on selection, while dragging, and the measuring tool's lines."""
        bridge.layer.events.highlight.connect(self.show_selected)
        bridge.layer.mouse_drag_callbacks.append(self._measure_while_dragging)
        bridge.layer.events.set_data.connect(self._measure_live)
        bridge.line_measured_callbacks.append(self._line_measured)

    def _live(self) -> bool:
        project = self.session.project
        return project is not None and not project.closed

    def show_selected(self, *_) -> None:
        ids = self.session.bridge.selected_ids() if self.session.bridge and self._live() else []
        if len(ids) != 1:
            return
        a = self.session.project.store.get_annotation(ids[0], with_lonlat=False)
        if a is None:
            return
        what = f"{a.cls}{' (' + a.type + ')' if a.type else ''}, {a.confidence.value}"
        if a.absent:  # an area seen empty: its size is the area's, not an object's to compare with a class
            area = describe_size(a.length_m, a.width_m, None).split(" (")[0] if a.length_m else "pixel-only tile"
            what = f"none present: no {a.cls} in this area ({area}), {a.confidence.value}"
        if a.length_m is None or a.absent:
            px = pixel_size(a.geometry)
            self.label.setText(what if a.absent else f"{what}\n{px[0]:.0f} × {px[1]:.0f} px (no ground scale on "
                                 "this tile)" if px else f"{what}: a point")
            return
        self.label.setText(what + "\n" + self._measurement_text(a.length_m, a.width_m, a.heading_deg, a.cls,
                                                                  a.type))
        claims = [self.session.project.claim(k.claim_id).quote[:60] + f"… ({k.relation.value})"
                  for k in self.session.project.links(annotation_id=a.id)]
        if claims:
            self.label.setText(self.label.text() + "\nLinked: " + "\n".join(claims))

    def _measure_while_dragging(self, layer, event):
        """While a mouse button is down on the layer, each redraw of it re-measures the shape being drawn,
        moved, resized or rotated (napari updates the shape after this callback, so measure on redraw)."""
        self._dragging = layer
        yield
        while event.type == "mouse_move":
            yield
        self._dragging = None

    def _measure_live(self, event=None) -> None:
        layer = self._dragging
        if layer is None or not self._live():
            return
        mode = str(layer.mode)
        if mode in ("add_rectangle", "add_ellipse", "add_line"):
            index = len(layer.data) - 1
        elif mode in ("select", "direct") and len(layer.selected_data) == 1:
            index = next(iter(layer.selected_data))
        else:
            return
        if 0 <= index < len(layer.data):
            self._show_live_measurement(layer.shape_type[index], layer.data[index])

    def _show_live_measurement(self, kind: str, vertices) -> None:
        if kind in ("line", "path"):
            self.label.setText(self._line_text(vertices, final=False))
            return
        try:
            m = measure(geometry_from_shape(kind, vertices), self.session.bridge.layer.metadata.get("georef"))
        except GeometryError:
            return
        if m is not None:
            self.label.setText(self._measurement_text(m.length_m, m.width_m, m.heading_deg,
                                                        self.session.defaults["cls"], self.session.defaults["type"]))

    def _line_text(self, vertices, final: bool) -> str:
        """The measuring tool's reading: geodesic length along the line and the bearing from its first point
        to its last (true north); in pixels on a pixel-only tile."""
        rc = np.asarray(vertices, dtype=float)[:, -2:]
        georef = self.session.bridge.layer.metadata.get("georef") if self.session.bridge else None
        if len(rc) < 2:
            return ""
        if georef is not None and georef.has_lonlat:
            length = georef.length_m(rc[:, 0], rc[:, 1])
            bearing = georef.heading_deg(rc[0, 0], rc[0, 1], rc[-1, 0], rc[-1, 1])
            reading = f"{length:,.1f} m, bearing {bearing:03.0f}°"
        else:
            length = float(np.sum(np.hypot(*np.diff(rc, axis=0).T)))
            reading = f"{length:,.1f} px (pixel-only tile: no ground scale)"
        return ("Measured: " if final else "Measuring: ") + reading + " — a measurement, not saved"

    def _line_measured(self, vertices) -> None:
        self.label.setText(self._line_text(vertices, final=True))

    def _measurement_text(self, length_m: float, width_m: float, heading_deg: float, cls: str,
                          type_name: str | None) -> str:
        """``112 × 15 m — fits a Ropucha-class landing ship, 112.5 × 15.0 m; heading 178°``."""
        hint = self.session.project.taxonomy.size_hint(length_m, width_m, cls, type_name)
        return f"{hint}; heading {heading_deg:.0f}°" if heading_deg is not None else f"{hint} (stated scale: no heading)"

