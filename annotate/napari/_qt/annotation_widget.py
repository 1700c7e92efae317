"""The analyst's dock widget: class picker with shortcuts, confidence, type, note, measurements with
reference hints, cursor coordinates, claims with their assessment, link/unlink, undo/redo.

Thin by design: it calls public :class:`~annotate.model.project.Project` methods and listens to its
events; the Shapes layer ↔ project sync lives in :mod:`annotate.napari.bridge`.
"""

from __future__ import annotations

import numpy as np
from qtpy.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotate.model.project import Project

from ..bridge import TileAnnotations

__all__ = ["AnnotationWidget", "CLASS_SHORTCUTS"]

CLASS_SHORTCUTS = {"Alt-1": "landing ship", "Alt-2": "cargo ship", "Alt-3": "tanker", "Alt-4": "warship",
                   "Alt-5": "tug", "Alt-6": "unknown vessel", "Alt-7": "cargo aircraft", "Alt-8": "airliner",
                   "Alt-9": "fighter", "Alt-0": "unknown aircraft"}
_BADGE = {"corroborated": "✔", "contradicted": "✘", "contested": "⚠", "unassessed": "·"}


class AnnotationWidget(QWidget):
    def __init__(self, napari_viewer, project: Project | None = None, tile_sha256: str | None = None) -> None:
        super().__init__()
        self.viewer = napari_viewer
        self.project = project
        self.bridge: TileAnnotations | None = None
        self.bridges: dict[str, TileAnnotations] = {}
        layout = QVBoxLayout(self)
        self.status = QLabel("No project open: run `annotate open PROJECT`." if project is None else "")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        form = QFormLayout()
        self.cls = QComboBox()
        classes = project.taxonomy.classes if project else tuple(CLASS_SHORTCUTS.values())
        for c in classes:
            key = next((k for k, v in CLASS_SHORTCUTS.items() if v == c), "")
            self.cls.addItem(f"{c}  ({key.replace('-', '+')})" if key else c, c)
        self.confidence = QComboBox()
        self.confidence.addItems(["probable", "confirmed", "possible"])
        self.type = QLineEdit()
        self.type.setPlaceholderText("e.g. Ropucha-class, Il-76")
        self.note = QLineEdit()
        form.addRow("class", self.cls)
        form.addRow("confidence", self.confidence)
        form.addRow("type", self.type)
        form.addRow("note", self.note)
        layout.addLayout(form)
        self.apply_btn = QPushButton("Apply to selected")
        layout.addWidget(self.apply_btn)
        self.measure = QLabel("Select or draw a shape to measure it.")
        self.measure.setWordWrap(True)
        layout.addWidget(self.measure)
        self.cursor = QLabel("")
        layout.addWidget(self.cursor)

        layout.addWidget(QLabel("Claims (checkable first)"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("filter by text, place or date")
        layout.addWidget(self.filter)
        self.claims = QListWidget()
        layout.addWidget(self.claims)
        self.claim_detail = QLabel("")
        self.claim_detail.setWordWrap(True)
        layout.addWidget(self.claim_detail)
        row = QHBoxLayout()
        self.relation = QComboBox()
        self.relation.addItems(["corroborates", "contradicts", "context"])
        self.link_btn = QPushButton("Link selected")
        self.unlink_btn = QPushButton("Unlink")
        row.addWidget(self.relation)
        row.addWidget(self.link_btn)
        row.addWidget(self.unlink_btn)
        layout.addLayout(row)
        self.link_note = QLineEdit()
        self.link_note.setPlaceholderText("why (a note on the link)")
        layout.addWidget(self.link_note)
        row = QHBoxLayout()
        self.undo_btn = QPushButton("Undo (Ctrl+Z)")
        self.redo_btn = QPushButton("Redo (Ctrl+Shift+Z)")
        row.addWidget(self.undo_btn)
        row.addWidget(self.redo_btn)
        layout.addLayout(row)

        for w in (self.cls, self.confidence):
            w.currentIndexChanged.connect(self._defaults_changed)
        self.type.editingFinished.connect(self._defaults_changed)
        self.note.editingFinished.connect(self._defaults_changed)
        self.apply_btn.clicked.connect(self.apply_to_selected)
        self.link_btn.clicked.connect(self.link_selected)
        self.unlink_btn.clicked.connect(self.unlink_selected)
        self.undo_btn.clicked.connect(self.undo)
        self.redo_btn.clicked.connect(self.redo)
        self.filter.textChanged.connect(self.refresh_claims)
        self.claims.currentItemChanged.connect(self._claim_selected)
        self.viewer.mouse_move_callbacks.append(self._on_mouse_move)
        self.viewer.bind_key("Control-z", lambda v: self.undo(), overwrite=True)
        self.viewer.bind_key("Control-Shift-z", lambda v: self.redo(), overwrite=True)
        for key, cls in CLASS_SHORTCUTS.items():
            self.viewer.bind_key(key, (lambda c: lambda v: self.set_class(c, apply=True))(cls), overwrite=True)
        self.viewer.layers.selection.events.active.connect(self._active_layer_changed)
        if project is not None:
            project.events.changed.connect(self._project_changed)
            tiles = project.tiles()
            sha = tile_sha256 or (tiles[0].sha256 if tiles else None)
            if sha:
                self.show_tile(sha)
            self.refresh_claims()

    # ------------------------------------------------------------------ tiles and drawing
    def show_tile(self, sha256: str) -> TileAnnotations:
        """Make ``sha256``'s annotations the ones drawn and edited (each tile keeps its own layer)."""
        if sha256 not in self.bridges:
            bridge = TileAnnotations(self.viewer, self.project, self.project.tile(sha256))
            bridge.layer.events.highlight.connect(self._show_measurement)
            self.bridges[sha256] = bridge
        for sha, b in self.bridges.items():
            b.set_visible(sha == sha256)
        self.bridge = self.bridges[sha256]
        self._defaults_changed()
        self.status.setText(f"Project {self.project.path.name} — tile {self.bridge.tile.label}. Draw with the shapes "
                            "layer's tools (rectangle R, polygon P, ellipse for a point); every edit is saved at once.")
        return self.bridge

    def _active_layer_changed(self, event=None) -> None:
        """Selecting another date's image layer switches the annotations to that tile."""
        layer = self.viewer.layers.selection.active
        path = getattr(layer, "metadata", {}).get("tile_path") if layer is not None else None
        if not path or self.project is None:
            return
        import os

        for t in self.project.tiles():
            if os.path.realpath(t.path) == os.path.realpath(path) and (not self.bridge or
                                                                         self.bridge.tile.sha256 != t.sha256):
                self.show_tile(t.sha256)
                self.viewer.layers.selection.active = layer
                return

    def _defaults_changed(self, *_) -> None:
        if self.bridge:
            self.bridge.current.update(cls=self.cls.currentData(), confidence=self.confidence.currentText(),
                                       type=self.type.text().strip() or None, note=self.note.text())

    def set_class(self, cls: str, apply: bool = False) -> None:
        i = self.cls.findData(cls)
        if i >= 0:
            self.cls.setCurrentIndex(i)
        if apply and self.bridge and self.bridge.selected_ids():
            self.bridge.apply_to_selected(cls=cls)

    def apply_to_selected(self) -> None:
        if self.bridge:
            self.bridge.apply_to_selected(cls=self.cls.currentData(), confidence=self.confidence.currentText(),
                                          type=self.type.text().strip() or None, note=self.note.text())

    def _show_measurement(self, *_) -> None:
        ids = self.bridge.selected_ids() if self.bridge else []
        if len(ids) != 1:
            return
        a = self.project.annotation(ids[0])
        if a.length_m is None:
            self.measure.setText(f"{a.cls}: no ground size (point or pixel-only tile)")
            return
        text = self.project.taxonomy.size_hint(a.length_m, a.width_m, a.cls, a.type)
        self.measure.setText(f"{text}; heading {a.heading_deg:.0f}°")
        claims = [self.project.claim(k.claim_id).quote[:60] + f"… ({k.relation.value})"
                  for k in self.project.links(annotation_id=a.id)]
        if claims:
            self.measure.setText(self.measure.text() + "\nLinked: " + "\n".join(claims))

    def _on_mouse_move(self, viewer, event) -> None:
        if not self.bridge:
            return
        georef = self.bridge.layer.metadata.get("georef")
        row, col = self.bridge.layer.world_to_data(event.position)[-2:]
        text = f"pixel x {col:.0f}, y {row:.0f}"
        if georef is not None and 0 <= row <= self.bridge.tile.height and 0 <= col <= self.bridge.tile.width:
            lon, lat = georef.pixel_to_lonlat(row, col)
            text += f" — {lat:.5f} N, {lon:.5f} E — MGRS {georef.mgrs(row, col)}"
        self.cursor.setText(text)

    # ------------------------------------------------------------------ claims
    def refresh_claims(self, *_) -> None:
        if self.project is None:
            return
        needle = self.filter.text().strip().lower()
        current = self.claims.currentItem().data(256) if self.claims.currentItem() else None
        self.claims.blockSignals(True)
        self.claims.clear()
        rows = sorted(self.project.claims(), key=lambda c: (not c.checkable, -(c.extracted.get("score") or 0)))
        for c in rows:
            places = " ".join(p["name"] for p in c.extracted.get("places", []))
            dates = " ".join(d["value"] for d in c.extracted.get("dates", []))
            if needle and needle not in f"{c.quote} {places} {dates}".lower():
                continue
            status = self.project.assessment(c.id).value
            item = QListWidgetItem(f"{_BADGE[status]} {status} — {c.quote[:90]}")
            item.setData(256, c.id)
            self.claims.addItem(item)
            if c.id == current:
                self.claims.setCurrentItem(item)
        self.claims.blockSignals(False)

    def _claim_selected(self, item, _previous=None) -> None:
        if item is None:
            return
        c = self.project.claim(item.data(256))
        places = ", ".join(p["name"] for p in c.extracted.get("places", [])) or "—"
        dates = ", ".join(f"{d['value']} ({d['precision']})" for d in c.extracted.get("dates", [])) or "—"
        self.claim_detail.setText(f"…{c.prefix}[{c.quote}]{c.suffix}…\nplaces: {places}\ndates: {dates}")
        if self.bridge:  # show its evidence; with none yet, keep the analyst's selection so it can be linked
            linked = [k.annotation_id for k in self.project.links(claim_id=c.id)]
            shown = [aid for aid in linked if aid in self.bridge.batch]
            if shown:
                self.bridge.select(shown)
                self._zoom_to(shown)

    def _zoom_to(self, ids: list[str]) -> None:
        """Centre and zoom the camera on the given annotations of the current tile."""
        x0, y0, x1, y1 = self.bridge.bounds(ids)
        step = self.bridge.step
        centre = ((y0 + y1) / 2 * step, (x0 + x1) / 2 * step)
        extent = max(max(x1 - x0, y1 - y0) * step * 3, 50 * step)  # the shapes with room around them
        camera = self.viewer.camera
        camera.center = centre
        camera.zoom = min(self.viewer.canvas.size or (800, 800)) / extent

    def selected_claim_id(self) -> str | None:
        item = self.claims.currentItem()
        return item.data(256) if item else None

    def link_selected(self) -> None:
        claim_id = self.selected_claim_id()
        if not (claim_id and self.bridge):
            return
        for aid in self.bridge.selected_ids():
            existing = [k for k in self.project.links(annotation_id=aid, claim_id=claim_id)
                        if k.relation.value == self.relation.currentText()]
            if not existing:
                self.project.link(aid, claim_id, self.relation.currentText(), note=self.link_note.text())

    def unlink_selected(self) -> None:
        claim_id = self.selected_claim_id()
        if not (claim_id and self.bridge):
            return
        for aid in self.bridge.selected_ids():
            for k in self.project.links(annotation_id=aid, claim_id=claim_id):
                self.project.unlink(k.id)

    def _project_changed(self, object_type: str, action: str, object_id: str) -> None:
        if object_type in ("link", "claim"):
            self.refresh_claims()

    # ------------------------------------------------------------------ undo
    def undo(self) -> None:
        if self.project and self.project.undo() is None:
            self.status.setText("Nothing to undo.")

    def redo(self) -> None:
        if self.project and self.project.redo() is None:
            self.status.setText("Nothing to redo.")
