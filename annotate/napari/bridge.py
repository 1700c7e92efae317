"""Keep one napari Shapes layer and a project's annotations of one tile in step, both ways.

Drawing, moving or deleting a shape changes the project at once (each edit its own committed
transaction); a change in the project (undo, redo, another widget) redraws the layer. Shapes are in
tile pixel coordinates (row, col; corner origin) scaled to metres like the tile's image layer, so the
scale bar and the outlines agree.

Echo loops are blocked: while the bridge writes to the layer it ignores the layer's events, and while
it writes to the project it ignores the project's.
"""

from __future__ import annotations

import math

import numpy as np

from annotate.model.annotation import Annotation
from annotate.model.geometry import PixelGeometry
from annotate.model.project import Project
from annotate.model.tile_ref import TileRef

__all__ = ["TileAnnotations", "geometry_from_shape", "shape_from_geometry", "CATEGORY_COLOURS", "LABELS_UP_TO"]

CATEGORY_COLOURS = {"vessel": "#00e5ff", "aircraft": "#ffd600", "other": "#ff40ff"}
LABELS_UP_TO = 2000  # text labels beyond this make napari's Shapes layer crawl (napari issues 1562, 7945)
_POINT_RADIUS = 6.0


def geometry_from_shape(kind: str, vertices: np.ndarray) -> PixelGeometry:
    """napari shape (row, col vertices) → our pixel geometry (x = col, y = row)."""
    xy = [(float(c), float(r)) for r, c in np.asarray(vertices)[:, -2:]]
    if kind == "ellipse":
        cx = sum(p[0] for p in xy) / len(xy)
        cy = sum(p[1] for p in xy) / len(xy)
        return PixelGeometry.point(cx, cy)
    if kind == "rectangle" and len(xy) == 4:
        (x0, y0), (x1, y1), (x2, y2) = xy[0], xy[1], xy[2]
        if abs(y0 - y1) < 1e-6 and abs(x1 - x2) < 1e-6 or abs(x0 - x1) < 1e-6 and abs(y1 - y2) < 1e-6:
            xs = [p[0] for p in xy]
            ys = [p[1] for p in xy]
            return PixelGeometry.box(min(xs), min(ys), max(xs), max(ys))
        cx = sum(p[0] for p in xy) / 4
        cy = sum(p[1] for p in xy) / 4
        w = math.hypot(x1 - x0, y1 - y0)
        h = math.hypot(x2 - x1, y2 - y1)
        angle = math.degrees(math.atan2(y1 - y0, x1 - x0))
        return PixelGeometry.obb(cx, cy, w, h, angle)
    return PixelGeometry.polygon(xy)


def shape_from_geometry(g: PixelGeometry) -> tuple[str, np.ndarray]:
    """Our pixel geometry → napari shape type and (row, col) vertices."""
    if g.kind == "point":
        x, y = g.params
        r = _POINT_RADIUS
        return "ellipse", np.array([[y - r, x - r], [y - r, x + r], [y + r, x + r], [y + r, x - r]])
    kind = "rectangle" if g.kind in ("box", "obb") else "polygon"
    return kind, np.array([[y, x] for x, y in g.vertices])


def _label(a: Annotation) -> str:
    size = f" {a.length_m:.0f}×{a.width_m:.0f} m" if a.length_m else ""
    return f"{a.type or a.cls}{size}"


class TileAnnotations:
    """The Shapes layer of one tile's annotations, bound to the project."""

    def __init__(self, viewer, project: Project, tile: TileRef) -> None:
        self.viewer = viewer
        self.project = project
        self.tile = tile
        self.current = {"cls": "unknown vessel", "confidence": "probable", "type": None, "note": ""}
        self.ids: list[str] = []
        self._rows: dict[str, tuple[str, str]] = {}  # id → (label, class), the layer's feature values
        self._busy = False
        step = tile.gsd_m if tile.georeferenced and tile.gsd_m else 1.0
        self.layer = viewer.add_shapes(
            name=f"annotations — {tile.label}", scale=(step, step), edge_width=2, face_color="transparent",
            units=("m", "m") if step != 1.0 else ("pixel", "pixel"),
            edge_color=CATEGORY_COLOURS["vessel"], metadata={"tile_sha256": tile.sha256, "georef": tile.georef(),
                                                              "project_path": str(project.path)})
        self.reload()
        self.layer.events.data.connect(self._on_layer_data)
        project.events.changed.connect(self._on_project_changed)

    # ------------------------------------------------------------------ project → layer
    def reload(self) -> None:
        """Redraw the layer from the project (used at start and after undo/redo)."""
        annotations = self.project.annotations(self.tile.sha256)
        self._busy = True
        try:
            self.layer.selected_data = set()
            self.layer.data = []
            kinds, data = [], []
            for a in annotations:
                kind, verts = shape_from_geometry(a.geometry)
                kinds.append(kind)
                data.append(verts)
            if data:
                self.layer.add(data, shape_type=kinds,
                               edge_color=[CATEGORY_COLOURS.get(a.category, "#ffffff") for a in annotations])
            self.ids = [a.id for a in annotations]
            self._rows = {a.id: (_label(a), a.cls) for a in annotations}
            self.layer.features = {"id": self.ids, "label": [_label(a) for a in annotations],
                                   "class": [a.cls for a in annotations]}
            self._set_text(len(annotations))
        finally:
            self._busy = False

    def _set_text(self, n: int) -> None:
        # Hidden — not an empty string — above the limit: napari recomputes every label's position on each
        # refresh while text is visible, even an empty one (5,000 shapes: select 4.0 s visible, 0.08 s hidden)
        if n <= LABELS_UP_TO:
            self.layer.text = {"string": "{label}", "size": 10, "color": "white", "anchor": "upper_left"}
        elif self.layer.text.visible:
            self.layer.text.visible = False

    def _on_project_changed(self, object_type: str, action: str, object_id: str) -> None:
        if self._busy or object_type != "annotation":
            return
        self.reload()

    # ------------------------------------------------------------------ layer → project
    def _geometry(self, index: int) -> PixelGeometry:
        return geometry_from_shape(self.layer.shape_type[index], self.layer.data[index])

    def _on_layer_data(self, event) -> None:
        if self._busy:
            return
        action = getattr(event, "action", None)
        n = len(self.layer.data)
        # napari may report new shapes by negative index (-1 = the last one)
        indices = sorted(i if i >= 0 else n + i for i in (getattr(event, "data_indices", ()) or ()))
        self._busy = True
        try:
            if action == "added":
                for i in indices:
                    a = self.project.add_annotation(self.tile.sha256, self._geometry(i), self.current["cls"],
                                                    confidence=self.current["confidence"],
                                                    type=self.current["type"], note=self.current["note"])
                    self.ids.insert(i, a.id)
                self._refresh_rows(indices)
            elif action == "removed":  # napari drops the shapes' feature rows itself
                for i in sorted(indices, reverse=True):
                    if 0 <= i < len(self.ids):
                        self.project.delete_annotation(self.ids.pop(i))
                self._set_text(len(self.ids))
            elif action == "changed":
                for i in indices:
                    self.project.update_annotation(self.ids[i], geometry=self._geometry(i))
                self._refresh_rows(indices)
        finally:
            self._busy = False

    def _refresh_rows(self, indices) -> None:
        """Re-read the given shapes' annotations (not all N); rebuild the feature columns from the cache."""
        changed = [(i, self.project.annotation(self.ids[i])) for i in indices if i < len(self.ids)]
        for _, a in changed:
            self._rows[a.id] = (_label(a), a.cls)
        self.layer.features = {"id": list(self.ids), "label": [self._rows[i][0] for i in self.ids],
                               "class": [self._rows[i][1] for i in self.ids]}
        keep = set(self.layer.selected_data)
        for i, a in changed:  # napari's public way to colour one shape: select it, set the current colour
            self.layer.selected_data = {i}
            self.layer.current_edge_color = CATEGORY_COLOURS.get(a.category, "#ffffff")
        self.layer.selected_data = keep
        self._set_text(len(self.ids))

    # ------------------------------------------------------------------ selection
    def selected_ids(self) -> list[str]:
        return [self.ids[i] for i in sorted(self.layer.selected_data) if i < len(self.ids)]

    def apply_to_selected(self, **changes) -> None:
        """Set class/confidence/type/note on the selected shapes (one committed edit each)."""
        self._busy = True
        try:
            rows = sorted(self.layer.selected_data)
            for aid in self.selected_ids():
                self.project.update_annotation(aid, **changes)
            self._refresh_rows(rows)
        finally:
            self._busy = False
