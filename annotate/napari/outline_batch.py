"""All of one tile's annotation outlines and labels as two batched vispy visuals.

Why this exists: napari's Shapes layer costs O(N) per selection, edit or redraw and its text labels
O(N × shapes in view) (napari issues 1562 and 7945; measured in ``benchmarks/bench_gui.py``), so with
thousands of annotations it stops being interactive. Only the annotations being edited live in the
tile's Shapes layer (see :mod:`annotate.napari.bridge`); every other outline is one line segment list
drawn by a single ``vispy`` ``Line`` visual, and labels are drawn by one ``Text`` visual only for the
annotations large enough on screen to be legible (at most :data:`MAX_LABELS`).

Both visuals are children of the Shapes layer's own vispy node, so they share its transform (pixels →
metres), visibility and place in the layer order. Reaching that node is the one private napari access
in this project (:func:`layer_node`); a test fails if a napari release moves it.
"""

from __future__ import annotations

import numpy as np
from vispy.scene.visuals import Line

from annotate.model.annotation import Annotation
from annotate.model.bulk import bulk

from .compat import layer_node  # re-exported: existing callers import it from here
from .label_visual import CachedText

__all__ = ["OutlineBatch", "layer_node", "outline_segments", "label_text", "rgba", "class_colour", "CLASS_COLOURS",
           "MAX_LABELS", "LABEL_MIN_PX", "CATEGORY_COLOURS"]

CATEGORY_COLOURS = {"vessel": "#00e5ff", "aircraft": "#ffd600", "other": "#ff40ff"}
# each default class its own colour: vessels in blues and greens, aircraft in yellows and oranges, the
# ones an analyst must not miss (warship, fighter) in reds; other classes take their category's colour
CLASS_COLOURS = {"landing ship": "#00e5ff", "cargo ship": "#448aff", "tanker": "#1de9b6", "warship": "#ff5252",
                 "tug": "#b2ff59", "unknown vessel": "#b0bec5", "cargo aircraft": "#ffd600",
                 "airliner": "#ffab40", "fighter": "#ff4081", "unknown aircraft": "#fff59d"}
MAX_LABELS = 80  # software GL (Mesa llvmpipe) spends ≈0.27 ms per label per frame; more would clutter anyway
LABEL_MIN_PX = 24.0  # an annotation smaller than this on screen gets no label (it would hide the object)
_CHAR_W, _LABEL_H = 6.5, 12.0  # screen px of one character and of a line at font size 8 (for overlaps)
CASING_ALPHA = 0.6  # opacity of the dark casing under each outline
POINT_MARK = 6.0  # half-size in image pixels of the diamond drawn for a point annotation


def rgba(hex_colour: str) -> np.ndarray:
    """``#rrggbb`` → float32 RGBA."""
    h = hex_colour.lstrip("#")
    return np.array([int(h[i:i + 2], 16) / 255 for i in (0, 2, 4)] + [1.0], dtype=np.float32)


_WHITE = rgba("#ffffff")


def class_colour(a: Annotation) -> str:
    """The ``#rrggbb`` an annotation is drawn in: its class's, else its category's."""
    return CLASS_COLOURS.get(a.cls) or CATEGORY_COLOURS.get(a.category, "#ffffff")


def label_text(a: Annotation) -> str:
    """The label drawn next to an annotation: its type or class, and its measured size."""
    size = f" {a.length_m:.0f}×{a.width_m:.0f} m" if a.length_m else ""
    if a.absent:  # an observed absence: the area where no such object was seen
        return f"none present: {a.cls}"
    return f"{a.type or a.cls}{size}"


def outline_segments(a: Annotation) -> np.ndarray:
    """The annotation's outline as line segments: ``(2k, 2)`` float32 ``(x, y)`` endpoint pairs."""
    if a.geometry.kind == "point":
        x, y = a.geometry.params
        r = POINT_MARK
        ring = np.array([(x, y - r), (x + r, y), (x, y + r), (x - r, y)], dtype=np.float32)
    else:
        ring = np.asarray(a.geometry.vertices, dtype=np.float32)
    seg = np.empty((2 * len(ring), 2), dtype=np.float32)
    seg[0::2] = ring
    seg[1::2] = np.roll(ring, -1, axis=0)
    return seg


def outline_segments_many(annotations: list[Annotation]) -> list[np.ndarray]:
    """:func:`outline_segments` for many annotations; axis-aligned boxes (the common case) in one go."""
    out: list[np.ndarray | None] = [None] * len(annotations)
    boxes = [i for i, a in enumerate(annotations) if a.geometry.kind == "box"]
    if boxes:
        p = np.array([annotations[i].geometry.params for i in boxes], dtype=np.float32)  # x0, y0, x1, y1
        ring = np.stack([p[:, [0, 1]], p[:, [2, 1]], p[:, [2, 3]], p[:, [0, 3]]], axis=1)
        seg = np.empty((len(boxes), 8, 2), dtype=np.float32)
        seg[:, 0::2] = ring
        seg[:, 1::2] = np.roll(ring, -1, axis=1)
        for k, i in enumerate(boxes):
            out[i] = seg[k]
    return [s if s is not None else outline_segments(a) for s, a in zip(out, annotations)]


class OutlineBatch:
    """One tile's outlines and labels, updated one annotation at a time, drawn in one batch.

    Coordinates are image pixels ``(x = column, y = row)``, the order vispy uses under a napari layer.
    ``hide`` keeps an annotation's label but not its outline (it is being edited in the Shapes layer).
    Changes are collected and uploaded by :meth:`flush`.
    """

    def __init__(self, parent_node, *, width: float = 2.0) -> None:
        # a dark casing under every outline and a dark shadow under every label: readable on dark water and
        # on bright concrete alike (drawn first, so beneath)
        self._casing = Line(parent=parent_node, connect="segments", method="gl", width=width + 2.5)
        self._casing.set_gl_state("translucent", depth_test=False)
        self._line = Line(parent=parent_node, connect="segments", method="gl", width=width)
        self._line.set_gl_state("translucent", depth_test=False)
        self._shadow = CachedText(parent=parent_node, font_size=8, anchor_x="left", anchor_y="top", color="black",
                                  bold=True)
        self._shadow.set_gl_state("translucent", depth_test=False)
        self._shadow.visible = False
        self._text = CachedText(parent=parent_node, font_size=8, anchor_x="left", anchor_y="top", color="white")
        # napari's 2D camera flips y (rows grow downwards): "top" puts the text above its anchor on screen
        self._text.set_gl_state("translucent", depth_test=False)
        self._text.visible = False
        self._segments: dict[str, np.ndarray] = {}
        self._modified: dict = {}
        self._colour: dict[str, np.ndarray] = {}
        self._label: dict[str, str] = {}
        self._hidden: set[str] = set()
        self._row: dict[str, int] = {}  # id → row of the hit-test arrays
        self._ids: list[str | None] = []
        self._bbox = np.full((0, 4), np.nan)  # x0, y0, x1, y1 per row (NaN = removed)
        # the Line visual's vertex arrays: each annotation owns a slot (start, count) of segment endpoints;
        # hiding or removing one only zeroes its slot's alpha, so an edit never rebuilds all N
        self._pos = np.zeros((0, 2), np.float32)
        self._rgba = np.zeros((0, 4), np.float32)
        self._slot: dict[str, tuple[int, int]] = {}
        self._used = 0
        self._garbage = 0
        self._dirty = False
        self._shown_labels: tuple = ()
        self._shown_texts: list[str] = []
        self._shown_pos = self._shown_colour = None
        self._shown_ppp = None
        self._view = None
        self.labels_on = True  # napari's "display text" box; legibility decides within it
        self.labels_mode = "all"  # the analyst's choice: "all", "selected" (being edited) or "none"
        self.opacity = 1.0

    # ------------------------------------------------------------------ content
    def __len__(self) -> int:
        return len(self._row)

    def __contains__(self, annotation_id: str) -> bool:
        return annotation_id in self._row

    def ids(self) -> list[str]:
        """The annotations held, in the order they were added."""
        return [aid for aid in self._ids if aid is not None]

    @bulk
    def set(self, annotations: list[Annotation]) -> None:
        """Replace everything with ``annotations``."""
        self._segments = dict(zip((a.id for a in annotations), outline_segments_many(annotations)))
        self._modified = {a.id: a.modified for a in annotations}
        self._colour = {a.id: rgba(class_colour(a)) for a in annotations}
        self._label = {a.id: label_text(a) for a in annotations}
        self._hidden &= set(self._segments)
        self._ids = [a.id for a in annotations]
        self._row = {aid: i for i, aid in enumerate(self._ids)}
        segs = list(self._segments.values())
        self._bbox = (np.concatenate([np.stack([s.min(axis=0) for s in segs]), np.stack([s.max(axis=0) for s in segs])],
                                     axis=1).astype(float) if segs else np.zeros((0, 4)))
        self._rebuild_slots()

    def _rebuild_slots(self) -> None:
        """Lay every live annotation's segments out afresh, end to end (also drops removed slots)."""
        ids = list(self._segments)
        counts = [len(self._segments[a]) for a in ids]
        starts = np.cumsum([0] + counts[:-1]).tolist() if ids else []
        self._used = sum(counts)
        self._slot = dict(zip(ids, zip(starts, counts)))
        if ids:
            self._pos = np.concatenate([self._segments[a] for a in ids])
            colour = np.stack([self._colour[a] for a in ids])
            colour[:, 3] = [0.0 if a in self._hidden else self.opacity for a in ids]
            self._rgba = np.repeat(colour, counts, axis=0)
        else:
            self._pos, self._rgba = np.zeros((0, 2), np.float32), np.zeros((0, 4), np.float32)
        self._garbage = 0
        self._dirty = True

    def _paint(self, annotation_id: str) -> None:
        start, n = self._slot[annotation_id]
        rgba = self._colour[annotation_id].copy()
        rgba[3] = 0.0 if annotation_id in self._hidden else self.opacity
        self._rgba[start:start + n] = rgba

    def _place(self, annotation_id: str, seg: np.ndarray) -> None:
        """Write an annotation's segments into its slot (a new slot at the end if the count changed)."""
        old = self._slot.get(annotation_id)
        if old is not None and old[1] == len(seg):
            start = old[0]
        else:
            if old is not None:
                self._rgba[old[0]:old[0] + old[1], 3] = 0.0
                self._garbage += old[1]
            start = self._used
            if start + len(seg) > len(self._pos):  # grow by doubling: appends stay O(1) on average
                cap = max(1024, 2 * (start + len(seg)))
                self._pos = np.concatenate([self._pos, np.zeros((cap - len(self._pos), 2), np.float32)])
                self._rgba = np.concatenate([self._rgba, np.zeros((cap - len(self._rgba), 4), np.float32)])
            self._used = start + len(seg)
        self._pos[start:start + len(seg)] = seg
        self._slot[annotation_id] = (start, len(seg))
        self._paint(annotation_id)
        self._dirty = True

    def upsert(self, a: Annotation) -> None:
        """Add or replace one annotation."""
        seg = outline_segments(a)
        self._segments[a.id] = seg
        self._modified[a.id] = a.modified  # the version shown: an edit based on it is refused if it changed
        self._colour[a.id] = rgba(class_colour(a))
        self._label[a.id] = label_text(a)
        row = self._row.get(a.id)
        if row is None:
            row = len(self._ids)
            self._ids.append(a.id)
            self._row[a.id] = row
            if row >= len(self._bbox):  # grow by doubling: appends stay O(1) on average
                grown = np.full((max(16, 2 * len(self._bbox)), 4), np.nan)
                grown[:len(self._bbox)] = self._bbox
                self._bbox = grown
        self._bbox[row] = (*seg.min(axis=0), *seg.max(axis=0))
        self._place(a.id, seg)

    def remove(self, annotation_id: str) -> None:
        row = self._row.pop(annotation_id, None)
        if row is None:
            return
        self._bbox[row] = np.nan
        self._ids[row] = None
        for store in (self._segments, self._colour, self._label, self._modified):
            store.pop(annotation_id, None)
        self._hidden.discard(annotation_id)
        start, n = self._slot.pop(annotation_id)
        self._rgba[start:start + n, 3] = 0.0
        self._garbage += n
        self._dirty = True

    def set_style(self, *, opacity: float | None = None, labels_on: bool | None = None) -> None:
        """Follow the Shapes layer's opacity and its "display text" switch."""
        if opacity is not None and opacity != self.opacity:
            self.opacity = float(opacity)
            for a in self._slot:
                self._paint(a)
            self._dirty = True
        if labels_on is not None and labels_on != self.labels_on:
            self.labels_on = bool(labels_on)
            self._shown_labels = ()
        self.flush()

    def hide(self, ids) -> None:
        """Stop drawing these outlines (they are being edited elsewhere); their labels stay."""
        ids = (set(ids) & set(self._row)) - self._hidden
        self._hidden |= ids
        for a in ids:
            self._paint(a)
            self._dirty = True

    def show(self, ids) -> None:
        ids = set(ids) & self._hidden
        self._hidden -= ids
        for a in ids:
            self._paint(a)
            self._dirty = True

    def modified(self, annotation_id: str):
        """When the shown version of an annotation was last changed (``None`` if it is not here)."""
        return self._modified.get(annotation_id)

    def segments(self, annotation_id: str) -> np.ndarray | None:
        """The outline drawn for an annotation (``None`` if it is not here)."""
        return self._segments.get(annotation_id)

    def label(self, annotation_id: str) -> str:
        return self._label[annotation_id]

    def colour(self, annotation_id: str) -> np.ndarray:
        """The RGBA colour an annotation is drawn in (by its category)."""
        return self._colour.get(annotation_id, _WHITE)

    @property
    def hidden(self) -> frozenset[str]:
        return frozenset(self._hidden)

    # ------------------------------------------------------------------ drawing
    def flush(self) -> None:
        """Upload the outlines if anything changed, and refresh the labels of the current view."""
        if self._dirty:
            if self._garbage > max(4096, self._used // 2):
                self._rebuild_slots()
            if self._used:
                pos, colour = self._pos[:self._used], self._rgba[:self._used]
                casing = np.zeros_like(colour)
                casing[:, 3] = colour[:, 3] * CASING_ALPHA
                self._casing.set_data(pos=pos, color=casing)
                self._line.set_data(pos=pos, color=colour)
                self._line.visible = self._casing.visible = True
            else:
                self._line.visible = self._casing.visible = False
            self._dirty = False
        if self._view is not None:
            self.update_labels(*self._view)

    def update_labels(self, view: tuple[float, float, float, float], px_per_pixel: float) -> int:
        """Label the annotations in ``view`` (x0, y0, x1, y1 in image pixels) that are legible on screen.

        Legible: at least :data:`LABEL_MIN_PX` screen pixels across at ``px_per_pixel`` screen pixels per
        image pixel, and not overlapping a larger annotation's label on screen; the largest
        :data:`MAX_LABELS` of them. Returns how many labels are drawn.
        """
        self._view = (view, px_per_pixel)
        n = len(self._ids)
        if not n or not self.labels_on or self.labels_mode == "none":
            self._shown_labels = ()
            self._text.visible = self._shadow.visible = False
            return 0
        bb = self._bbox[:n]
        x0, y0, x1, y1 = view
        with np.errstate(invalid="ignore"):
            size = np.maximum(bb[:, 2] - bb[:, 0], bb[:, 3] - bb[:, 1]) * px_per_pixel
            rows = np.flatnonzero((bb[:, 2] >= x0) & (bb[:, 0] <= x1) & (bb[:, 3] >= y0) & (bb[:, 1] <= y1)
                                  & (size >= LABEL_MIN_PX))
        if self.labels_mode == "selected":
            rows = np.array([r for r in rows if self._ids[r] in self._hidden], dtype=int)
        rows = rows[np.argsort(-size[rows], kind="stable")[:MAX_LABELS * 4]]  # largest first
        rows = self._without_overlaps(rows, px_per_pixel)
        ids = tuple(self._ids[r] for r in rows)
        self._shown_labels = ids
        if not ids:
            self._text.visible = self._shadow.visible = False
            return 0
        texts = [self._label[a] for a in ids]
        pos = bb[rows][:, :2].astype(np.float32)  # top-left corner; the text sits above it
        colour = np.stack([self._colour[a] for a in ids])
        colour[:, 3] *= self.opacity
        # vispy lays text out again only when the strings change; positions and colours are cheap
        if texts != self._shown_texts:
            self._text.text = texts
            self._shadow.text = texts
            self._shown_texts = texts
            self._shown_pos = self._shown_colour = None
        if self._shown_pos is None or not np.array_equal(pos, self._shown_pos) or px_per_pixel != self._shown_ppp:
            self._text.pos = pos
            self._shadow.pos = pos + np.float32(1.0 / max(px_per_pixel, 1e-9))  # one screen pixel right, down
            self._shown_pos, self._shown_ppp = pos, px_per_pixel
        if self._shown_colour is None or not np.array_equal(colour, self._shown_colour):
            self._text.color = colour
            self._shown_colour = colour
        self._text.visible = self._shadow.visible = True
        return len(ids)

    def _without_overlaps(self, rows: np.ndarray, px_per_pixel: float) -> np.ndarray:
        """Greedy placement, largest first: drop a label whose on-screen box overlaps one already placed."""
        placed: list[int] = []
        boxes = np.zeros((MAX_LABELS, 4))
        for r in rows:
            x, y = self._bbox[r, 0] * px_per_pixel, self._bbox[r, 1] * px_per_pixel
            box = (x, y - _LABEL_H, x + _CHAR_W * len(self._label[self._ids[r]]), y)  # the text sits above
            k = len(placed)
            if k and np.any((boxes[:k, 0] < box[2]) & (boxes[:k, 2] > box[0]) &
                            (boxes[:k, 1] < box[3]) & (boxes[:k, 3] > box[1])):
                continue
            boxes[k] = box
            placed.append(r)
            if len(placed) == MAX_LABELS:
                break
        return np.array(placed, dtype=int)

    @property
    def labelled(self) -> tuple[str, ...]:
        """The ids whose labels are drawn now."""
        return self._shown_labels if self._text.visible else ()

    # ------------------------------------------------------------------ queries
    def hit(self, x: float, y: float, tolerance: float = 0.0, exclude=()) -> str | None:
        """The annotation under image pixel ``(x, y)``.

        Inside an outline beats near one; among outlines that contain the point (nested, or overlapping boats)
        the one of smallest area wins; only when no outline contains it, the nearest outline (or point mark)
        within ``tolerance`` pixels.
        """
        n = len(self._ids)
        bb = self._bbox[:n]
        with np.errstate(invalid="ignore"):
            rows = np.flatnonzero((bb[:, 0] - tolerance <= x) & (bb[:, 2] + tolerance >= x)
                                  & (bb[:, 1] - tolerance <= y) & (bb[:, 3] + tolerance >= y))
        inside: list[tuple[float, str]] = []
        near: list[tuple[float, str]] = []
        for r in rows:
            aid = self._ids[r]
            if aid in exclude or aid not in self._segments:
                continue
            seg = self._segments[aid].astype(float)
            ring = seg[0::2]
            if _inside(ring, x, y):
                inside.append((_area(ring), aid))
            elif tolerance > 0:
                d = _distance_to_segments(seg, x, y)
                if d <= tolerance:
                    near.append((d, aid))
        if inside:
            return min(inside)[1]
        return min(near)[1] if near else None

    def in_box(self, x0: float, y0: float, x1: float, y1: float) -> list[str]:
        """Ids of the annotations whose outline lies wholly inside the box (as napari's box select)."""
        n = len(self._ids)
        bb = self._bbox[:n]
        lo_x, hi_x, lo_y, hi_y = min(x0, x1), max(x0, x1), min(y0, y1), max(y0, y1)
        with np.errstate(invalid="ignore"):
            rows = np.flatnonzero((bb[:, 0] >= lo_x) & (bb[:, 2] <= hi_x) & (bb[:, 1] >= lo_y) & (bb[:, 3] <= hi_y))
        return [self._ids[r] for r in rows]

    def bounds(self, ids) -> tuple[float, float, float, float] | None:
        """The x0, y0, x1, y1 extent of the given annotations, or ``None`` if none is here."""
        rows = [self._row[a] for a in ids if a in self._row]
        if not rows:
            return None
        bb = self._bbox[rows]
        return float(bb[:, 0].min()), float(bb[:, 1].min()), float(bb[:, 2].max()), float(bb[:, 3].max())


def _area(ring: np.ndarray) -> float:
    """Area enclosed by a ring of (x, y) vertices (shoelace)."""
    xs, ys = ring[:, 0], ring[:, 1]
    return float(abs(np.dot(xs, np.roll(ys, -1)) - np.dot(ys, np.roll(xs, -1))) / 2)


def _distance_to_segments(seg: np.ndarray, x: float, y: float) -> float:
    """Shortest distance from ``(x, y)`` to any of the ``(2k, 2)`` segment endpoint pairs."""
    a, b = seg[0::2], seg[1::2]
    ab = b - a
    length2 = np.einsum("ij,ij->i", ab, ab)
    with np.errstate(divide="ignore", invalid="ignore"):
        t = np.clip(np.where(length2 > 0, ((x - a[:, 0]) * ab[:, 0] + (y - a[:, 1]) * ab[:, 1]) / length2, 0), 0, 1)
    px, py = a[:, 0] + t * ab[:, 0] - x, a[:, 1] + t * ab[:, 1] - y
    return float(np.sqrt(np.min(px * px + py * py)))


def _inside(ring: np.ndarray, x: float, y: float) -> bool:
    """Even-odd point-in-polygon test for one ring of (x, y) vertices."""
    xs, ys = ring[:, 0], ring[:, 1]
    xj, yj = np.roll(xs, 1), np.roll(ys, 1)
    with np.errstate(divide="ignore", invalid="ignore"):
        crosses = ((ys > y) != (yj > y)) & (x < (xj - xs) * (y - ys) / (yj - ys) + xs)
    return bool(np.count_nonzero(crosses) % 2)
