"""Keep one tile's annotations in the viewer and in the project in step, both ways, at any count.

Two parts draw a tile's annotations:

* the tile's **Shapes layer** holds only the annotations being edited: the ones just drawn and the
  ones the analyst clicked, box-selected or reached from a claim. napari's own tools (move, resize,
  rotate, vertex edit, delete) work on them unchanged;
* an :class:`~annotate.napari.outline_batch.OutlineBatch` draws every other outline in one batch, and
  labels where they are legible.

A click (or a selection box) in the Shapes layer's select modes first looks the position up among all
the tile's annotations and moves what it finds into the Shapes layer, then napari's select handler
runs as usual and picks it up; shapes no longer selected go back to the batch, a few dozen at a time. So
every interaction costs O(shapes being edited), not O(annotations on the tile) — napari's Shapes layer
is O(N) per selection or edit and its labels O(N × shapes in view) (napari issues 1562, 7945).

Drawing, moving or deleting a shape changes the project at once (each edit its own committed
transaction); a change in the project (undo, redo, another widget) updates just that annotation here.
Shapes are in tile pixel coordinates (row, col; corner origin) scaled to metres like the tile's image
layer, so the scale bar and the outlines agree. Echo loops are blocked with a busy flag.
"""

from __future__ import annotations

import math
from contextlib import nullcontext

import numpy as np

from annotate.model.errors import ConflictError, InvariantError, NotFoundError
from annotate.model.geometry import GeometryError, PixelGeometry
from annotate.model.project import Project
from annotate.model.tile_ref import TileRef

from .cursor_status import show_position_in_status
from .outline_batch import CATEGORY_COLOURS, OutlineBatch, class_colour, layer_node

__all__ = ["TileAnnotations", "geometry_from_shape", "shape_from_geometry", "CATEGORY_COLOURS"]

_POINT_RADIUS = 6.0
_MIN_SIDE_SCREEN_PX = 4.0  # smaller on screen than this: a click without a drag (napari makes 2.5 px), not a shape


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
        if h > w:  # an oriented box's w is its length axis (what measure() reports as length)
            w, h = h, w
            angle = math.degrees(math.atan2(y2 - y1, x2 - x1))
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


def _too_small(g: PixelGeometry, screen_px_per_pixel: float) -> bool:
    if g.kind == "point":  # a click in the ellipse tool is how a point is placed
        return False
    x0, y0, x1, y1 = g.bbox
    return max(x1 - x0, y1 - y0) * screen_px_per_pixel < _MIN_SIDE_SCREEN_PX


def _extent_unchanged(viewer, layer):
    """Skip the viewer's dims recomputation (≈10 ms per data event, twice per ``add``) while we move
    annotations in or out of the Shapes layer: they lie inside the tile, whose image layer already sets
    the extent. Private napari API (0.9); without it, the same edit is just slower."""
    handler = getattr(viewer, "_on_layers_change", None)
    return layer.events.data.blocker(handler) if handler is not None else nullcontext()


class TileAnnotations:
    """One tile's annotations in the viewer: an edit Shapes layer plus a batched drawing of the rest.

    ``edit_spare``: how many unselected shapes may stay in the Shapes layer before a click sends them
    back to the batch all at once (emptying a napari layer costs tens of ms, so it is done rarely).
    """

    edit_spare = 24

    def __init__(self, viewer, project: Project, tile: TileRef) -> None:
        self.viewer = viewer
        self.project = project
        self.tile = tile
        self.current = {"cls": "unknown vessel", "confidence": "probable", "type": None, "note": "", "absent": False}
        self.edit_ids: list[str] = []  # the Shapes layer's shapes, in layer order
        self.line_measured_callbacks: list = []  # called with a measuring line's (row, col) vertices
        self._busy = False
        from .session import session_of

        # drawn through the same placement as the tile's image: the map of its site, in metres, north up
        self.placement = session_of(viewer).placement(tile.sha256, tile.georef(), tile.width, tile.height)
        self.step = self.placement.metres_per_pixel  # world units per tile pixel (1 on a pixel-only tile)
        self.layer = viewer.add_shapes(
            name=f"annotations — {tile.label}", affine=self.placement.matrix, edge_width=2, face_color="transparent",
            units=("m", "m") if self.placement.frame is not None else ("pixel", "pixel"),
            edge_color=CATEGORY_COLOURS["vessel"], metadata={"tile_sha256": tile.sha256, "georef": tile.georef(),
                                                              "project_path": str(project.path)})
        self.batch = OutlineBatch(layer_node(viewer, self.layer))
        self._caption = None  # a vispy Text naming this date, in side by side
        show_position_in_status(self.layer, self.layer.metadata["georef"], tile.width, tile.height)
        self.batch.opacity = self.layer.opacity
        self.layer.events.opacity.connect(lambda e=None: self.batch.set_style(opacity=self.layer.opacity))
        self.layer.text.events.visible.connect(lambda e=None: self.batch.set_style(labels_on=self.layer.text.visible))
        self.reload()
        self.layer.events.data.connect(self._on_layer_data)
        self.layer.mouse_drag_callbacks.insert(0, self._on_press)
        viewer.scene.camera.events.center.connect(self.refresh_labels)
        viewer.scene.camera.events.zoom.connect(self.refresh_labels)
        self.layer.events.visible.connect(self.refresh_labels)
        project.events.changed.connect(self._on_project_changed)

    # ------------------------------------------------------------------ what is shown
    def annotation_ids(self) -> list[str]:
        """Every annotation of this tile that the viewer shows."""
        return self.batch.ids()

    def reload(self) -> None:
        """Redraw everything from the project (at start; edits and undo update one annotation instead)."""
        annotations = self.project.annotations(self.tile.sha256)
        self.batch.set(annotations)
        keep = [aid for aid in self.edit_ids if aid in self.batch]
        self._set_edit(keep, selected=())
        self.refresh_labels()

    def refresh_labels(self, *_) -> None:
        """Label what is legible in the current view (called on every camera change)."""
        if not self.layer.visible:  # a hidden date: labelled when shown again
            return
        canvas = self.viewer.canvas
        # one grid cell when dates are side by side, else the whole canvas: (height, width) in screen pixels
        size = canvas.viewbox_size(self.viewer.layers) if self.viewer.canvas.grid.enabled else canvas.size
        camera = self.viewer.scene.camera
        zoom = float(camera.zoom) or 1.0
        cy, cx = camera.center[-2:]
        half_h, half_w = size[0] / zoom / 2, size[1] / zoom / 2
        # the view's corners in the tile's pixels (the tile may be rotated or sheared in the map)
        rows, cols = self.placement.to_pixel([cy - half_h, cy - half_h, cy + half_h, cy + half_h],
                                             [cx - half_w, cx + half_w, cx - half_w, cx + half_w])
        view = (float(np.min(cols)), float(np.min(rows)), float(np.max(cols)), float(np.max(rows)))
        self.batch.update_labels(view, zoom * self.step)
        if self._caption is not None and self._caption.visible:  # the top-left corner of this date's view
            r, c = self.placement.to_pixel(cy - half_h + 8 / zoom, cx - half_w + 8 / zoom)
            self._caption.pos = (float(c), float(r))

    def set_caption(self, text: str | None) -> None:
        """A caption in the top-left corner of the view this tile is drawn in (each cell of side by side
        names its date and time); ``None`` removes it."""
        if text is None:
            if self._caption is not None:
                self._caption.visible = False
            return
        if self._caption is None:
            from vispy.scene.visuals import Text

            self._caption = Text("", color="white", font_size=11, bold=True, anchor_x="left", anchor_y="bottom",
                                 parent=layer_node(self.viewer, self.layer))
            self._caption.order = 1_000_000  # over the outlines and labels
        self._caption.text = text
        self._caption.visible = True
        self.refresh_labels()

    def set_visible(self, visible: bool) -> None:
        self.layer.visible = visible

    # ------------------------------------------------------------------ the edit layer
    def _append_shapes(self, ids: list[str]) -> None:
        """Append these annotations' shapes, in their class colours, to the Shapes layer (caller is busy)."""
        annotations = [self.project.annotation(aid) for aid in ids]
        shapes = [shape_from_geometry(a.geometry) for a in annotations]
        with _extent_unchanged(self.viewer, self.layer):
            self.layer.add([s[1] for s in shapes], shape_type=[s[0] for s in shapes],
                           edge_color=[class_colour(a) for a in annotations])

    def _set_edit(self, ids: list[str], selected=()) -> None:
        """Make ``ids`` the Shapes layer's content (in that order) and select ``selected`` among them."""
        selected = set(selected)
        self._busy = True
        try:
            self.layer.selected_data = set()
            if len(self.layer.data):
                with _extent_unchanged(self.viewer, self.layer):
                    self.layer.data = []
            if ids:
                self._append_shapes(ids)
            self.edit_ids = list(ids)
            self.layer.features = {"id": self.edit_ids}
            self.layer.selected_data = {i for i, aid in enumerate(ids) if aid in selected}
        finally:
            self._busy = False
        self.batch.show(set(self.batch.hidden) - set(ids))
        self.batch.hide(ids)
        self.batch.flush()

    def _promote(self, ids: list[str]) -> None:
        """Append annotations to the Shapes layer (no other shape moves, so napari's indices stay valid)."""
        new = [aid for aid in dict.fromkeys(ids) if aid not in self.edit_ids and aid in self.batch]
        if not new:
            return
        keep = set(self.layer.selected_data)
        self._busy = True
        try:
            self._append_shapes(new)
            self.edit_ids.extend(new)
            self.layer.features = {"id": list(self.edit_ids)}
            self.layer.selected_data = keep
        finally:
            self._busy = False
        self.batch.hide(new)
        self.batch.flush()

    def select(self, ids) -> None:
        """Select these annotations for editing (they move into the Shapes layer)."""
        ids = [aid for aid in ids if aid in self.batch]
        keep = [aid for aid in self.edit_ids if aid in set(ids)]
        self._set_edit(keep + [aid for aid in ids if aid not in keep], selected=ids)

    def selected_ids(self) -> list[str]:
        return [self.edit_ids[i] for i in sorted(self.layer.selected_data) if i < len(self.edit_ids)]

    def bounds(self, ids) -> tuple[float, float, float, float] | None:
        """Pixel extent (x0, y0, x1, y1) of the given annotations of this tile."""
        return self.batch.bounds(ids)

    def _on_press(self, layer, event):
        """Runs before napari's select handler: bring what is under the cursor into the Shapes layer."""
        if str(layer.mode) not in ("select", "direct"):
            return
        shift = "Shift" in event.modifiers
        row, col = layer.world_to_data(event.position)[-2:]
        in_layer = layer.get_value(event.position, world=True)[0]
        found = None
        if in_layer is None:
            tolerance = 3.0 / max(self.viewer.scene.camera.zoom * self.step, 1e-9)  # 3 screen pixels
            found = self.batch.hit(col, row, tolerance=tolerance, exclude=set(self.edit_ids))
        # shapes that will not be selected after this click go back to the batch
        selected = self.selected_ids()
        keep = {self.edit_ids[in_layer]} if in_layer is not None else set()
        if shift or (in_layer is not None and in_layer in layer.selected_data):
            keep |= set(selected)
        if len(self.edit_ids) - len(keep) > self.edit_spare:
            self._set_edit([aid for aid in self.edit_ids if aid in keep], selected=selected)
        if found is not None:
            self._promote([found])
        yield
        while event.type == "mouse_move":
            yield
        # on release: a selection box also reaches annotations outside the Shapes layer
        if in_layer is None and found is None:
            r1, c1 = layer.world_to_data(event.position)[-2:]
            if abs(r1 - row) * self.step * self.viewer.scene.camera.zoom > 3 or \
                    abs(c1 - col) * self.step * self.viewer.scene.camera.zoom > 3:
                self._promote(self.batch.in_box(col, row, c1, r1))

    # ------------------------------------------------------------------ project → viewer
    def _on_project_changed(self, object_type: str, action: str, object_id: str) -> None:
        if self._busy or object_type != "annotation":
            return
        if action == "reload":  # another analyst changed too many at once to name them
            self.reload()
            return
        a = None
        if action != "delete":
            try:
                a = self.project.annotation(object_id)
            except NotFoundError:
                a = None
        if a is None or a.tile_sha256 != self.tile.sha256:
            if object_id in self.batch:
                self._forget(object_id)
            return
        before = self.batch.segments(object_id)
        self.batch.upsert(a)
        if object_id not in self.edit_ids:
            self.batch.flush()
        elif before is not None and np.array_equal(before, self.batch.segments(object_id)):
            self._recolour_edit()  # same outline: only its class (colour, label) changed
            self.batch.flush()
        else:  # redraw the (few) shapes being edited
            self._set_edit(list(self.edit_ids), selected=self.selected_ids())

    def _forget(self, annotation_id: str) -> None:
        self.batch.remove(annotation_id)
        if annotation_id in self.edit_ids:
            self._set_edit([aid for aid in self.edit_ids if aid != annotation_id],
                           selected=[aid for aid in self.selected_ids() if aid != annotation_id])
        else:
            self.batch.flush()


    # ------------------------------------------------------------------ viewer → project
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
        conflict = None
        try:
            if action == "added":
                self._added(n)
            elif action == "removed":  # napari drops the shapes' feature rows itself
                for i in sorted(indices, reverse=True):
                    if 0 <= i < len(self.edit_ids):
                        aid = self.edit_ids.pop(i)
                        self.project.delete_annotation(aid, seen_modified=self.batch.modified(aid))
                        self.batch.remove(aid)
            elif action == "changed":
                for i in indices:
                    if 0 <= i < len(self.edit_ids):
                        aid = self.edit_ids[i]
                        self.batch.upsert(self.project.update_annotation(
                            aid, geometry=self._geometry(i), seen_modified=self.batch.modified(aid)))
        except ConflictError as exc:  # another analyst changed it after it was drawn here: theirs is kept
            conflict = exc
        finally:
            self._busy = False
        if conflict is not None:
            from napari.utils.notifications import show_warning

            show_warning(str(conflict))
            self.reload()  # show what is stored now, instead of the refused edit
            return
        self.batch.flush()

    def _added(self, n: int) -> None:
        """Save the shapes napari appended (drawn by the analyst) as annotations of the current class."""
        stray = []
        screen = self.viewer.scene.camera.zoom * self.step
        for i in range(len(self.edit_ids), n):
            if self.layer.shape_type[i] in ("line", "path"):  # the measuring tool: measured, never saved
                for callback in self.line_measured_callbacks:
                    callback(np.asarray(self.layer.data[i]))
                stray.append(i)
                self.edit_ids.append("")
                continue
            try:
                g = self._geometry(i)
                ok = not _too_small(g, screen)
            except GeometryError:
                ok = False
            if not ok:
                stray.append(i)
                self.edit_ids.append("")
                continue
            try:
                a = self.project.add_annotation(self.tile.sha256, g, self.current["cls"],
                                                confidence=self.current["confidence"], type=self.current["type"],
                                                note=self.current["note"], absent=self.current.get("absent") is True)
            except InvariantError as exc:  # outside the image, an absence at a point: said, and not kept
                from napari.utils.notifications import show_warning

                show_warning(f"Not saved: {exc}")
                stray.append(i)
                self.edit_ids.append("")
                continue
            self.edit_ids.append(a.id)
            self.batch.upsert(a)
            self.batch.hide([a.id])
        if stray:  # a click without a drag, or a measuring line: drop it from the layer, the project never saw it
            self.layer.selected_data = set(stray)
            self.layer.remove_selected()
            self.edit_ids = [aid for aid in self.edit_ids if aid]
        self.layer.features = {"id": list(self.edit_ids)}
        self._recolour_edit()  # napari gave the new shapes its current colour

    def apply_to_selected(self, **changes) -> None:
        """Set class/confidence/type/note on the selected shapes (one committed edit each)."""
        selected = self.selected_ids()
        self._busy = True
        try:
            for aid in selected:
                self.batch.upsert(self.project.update_annotation(aid, seen_modified=self.batch.modified(aid),
                                                                 **changes))
        finally:
            self._busy = False
        self._recolour_edit()
        self.batch.flush()

    def _recolour_edit(self) -> None:
        """Give the Shapes layer's shapes their class colours (its geometry is unchanged)."""
        if self.edit_ids:
            keep = set(self.layer.selected_data)
            self.layer.edge_color = np.stack([self.batch.colour(aid) for aid in self.edit_ids])
            self.layer.selected_data = keep
