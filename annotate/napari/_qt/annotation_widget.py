"""The analyst's dock widget: class picker with shortcuts, confidence, type, note, measurements with
reference hints, cursor coordinates, undo/redo; the claims panel and the date comparison below.

Thin by design: it calls public :class:`~annotate.model.project.Project` methods and listens to its
events; the viewer ↔ project sync of annotations lives in :mod:`annotate.napari.bridge`.
"""

from __future__ import annotations


from qtpy.QtCore import Qt
from qtpy.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotate.model.project import Project

from .._layers import overlay_text
from ..session import session_of
from .navigation import NavigationBar
from ..bridge import TileAnnotations
from ..cursor_status import describe_position, show_position_in_status
from .claims_panel import ClaimsPanel
from .compare_panel import ComparePanel
from .measurement import MeasurementReadout

__all__ = ["AnnotationWidget", "CLASS_SHORTCUTS"]

CLASS_SHORTCUTS = {"Alt-1": "landing ship", "Alt-2": "cargo ship", "Alt-3": "tanker", "Alt-4": "warship",
                   "Alt-5": "tug", "Alt-6": "unknown vessel", "Alt-7": "cargo aircraft", "Alt-8": "airliner",
                   "Alt-9": "fighter", "Alt-0": "unknown aircraft"}


class AnnotationWidget(QWidget):
    def __init__(self, napari_viewer, project: Project | None = None, tile_sha256: str | None = None) -> None:
        super().__init__()
        self.viewer = napari_viewer
        self.session = session_of(napari_viewer)  # the state the panels share (Qt-free), with its events
        self.table = None  # the annotation table dock, made when a project is attached
        self._filling = False  # the class list is being refilled: not the analyst's choice
        layout = QVBoxLayout(self)
        self.status = QLabel("No project open: open a project file (.gpkg) in napari, or run "
                             "`annotate open PROJECT`." if project is None else "")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)  # tile metadata and paths are never markup
        layout.addWidget(self.status)

        form = QFormLayout()
        self.cls = QComboBox()
        self._fill_classes(project.taxonomy.classes if project else tuple(CLASS_SHORTCUTS.values()))
        self.confidence = QComboBox()
        self.confidence.addItems(["probable", "confirmed", "possible"])
        self.type = QLineEdit()
        self.type.setPlaceholderText("e.g. Ropucha-class, Il-76")
        self.note = QLineEdit()
        form.addRow("class", self.cls)
        form.addRow("confidence", self.confidence)
        form.addRow("type", self.type)
        form.addRow("note", self.note)
        self.absent = QCheckBox("absence: none of this class in the area drawn")
        self.absent.setToolTip("An observation of absence (an empty pier): linkable to a claim like any annotation")
        form.addRow("", self.absent)
        self.labels = QComboBox()
        self.labels.addItems(["all", "selected", "none"])
        self.labels.setToolTip("Which annotations are labelled on the image (all that are legible, only the "
                               "selected ones, or none)")
        form.addRow("labels", self.labels)
        layout.addLayout(form)
        self.apply_btn = QPushButton("Apply to selected")
        layout.addWidget(self.apply_btn)
        self.measure = QLabel("Select or draw a shape to measure it.")
        self.measure.setWordWrap(True)
        self.measure.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.measure)
        self.measurements = MeasurementReadout(self.session, self.measure)
        self.cursor = QLabel("")
        self.cursor.setWordWrap(True)
        self.cursor.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.cursor)
        self.navigation = NavigationBar(self)  # Go to (lat/lon, DMS, MGRS) and Zoom to tile (Home)
        layout.addWidget(self.navigation)

        self.claims_panel = ClaimsPanel(self)
        layout.addWidget(self.claims_panel, stretch=1)
        box = QGroupBox("Dates")
        box_layout = QVBoxLayout(box)
        self.compare = ComparePanel(self.session)
        box_layout.addWidget(self.compare)
        layout.addWidget(box)
        row = QHBoxLayout()
        self.undo_btn = QPushButton("Undo (Ctrl+Z)")
        self.redo_btn = QPushButton("Redo (Ctrl+Shift+Z)")
        row.addWidget(self.undo_btn)
        row.addWidget(self.redo_btn)
        layout.addLayout(row)
        # the claims panel's parts, under the names the rest of the widget (and its tests) use
        self.claims = self.claims_panel.claims
        self.relation = self.claims_panel.relation
        self.link_note = self.claims_panel.link_note
        self.claim_detail = self.claims_panel.detail
        self.filter = self.claims_panel.filter

        for w in (self.cls, self.confidence):
            w.currentIndexChanged.connect(self._defaults_changed)
        self.type.editingFinished.connect(self._defaults_changed)
        self.note.editingFinished.connect(self._defaults_changed)
        self.absent.toggled.connect(self._defaults_changed)
        self.apply_btn.clicked.connect(self.apply_to_selected)
        self.labels.currentTextChanged.connect(self._labels_mode_changed)
        self.undo_btn.clicked.connect(self.undo)
        self.redo_btn.clicked.connect(self.redo)
        self.viewer.mouse_move_callbacks.append(self._on_mouse_move)
        self.viewer.bind_key("Control-z", lambda v: self.undo(), overwrite=True)
        self.viewer.bind_key("Control-Shift-z", lambda v: self.redo(), overwrite=True)
        for key, cls in CLASS_SHORTCUTS.items():
            self.viewer.bind_key(key, (lambda c: lambda v: self.set_class(c, apply=True))(cls), overwrite=True)
        self.viewer.layers.selection.events.active.connect(self._active_layer_changed)
        events = self.session.events
        events.image_added.connect(self._image_added)
        events.bridge_added.connect(self._bridge_added)
        events.current_tile.connect(self._tile_shown)
        events.status.connect(self._session_says)
        events.problem.connect(self._problem)
        events.defaults.connect(self._show_defaults)
        if project is not None:
            self.attach(project, tile_sha256)
        else:  # plain napari: a project file opened through our reader brings its path along
            self.viewer.layers.events.inserted.connect(self._look_for_project)
            self._look_for_project()

    def _fill_classes(self, classes) -> None:
        self.cls.clear()
        for c in classes:
            key = next((k for k, v in CLASS_SHORTCUTS.items() if v == c), "")
            self.cls.addItem(f"{c}  ({key.replace('-', '+')})" if key else c, c)

    # the session's state, under the names the panels and their tests use
    @property
    def project(self) -> Project | None:
        return self.session.project

    @property
    def bridge(self) -> TileAnnotations | None:
        return self.session.bridge

    @property
    def bridges(self) -> dict[str, TileAnnotations]:
        return self.session.bridges

    @property
    def arranging(self) -> bool:
        return self.session.arranging

    def attach(self, project: Project, tile_sha256: str | None = None) -> None:
        """Work on ``project``: its classes, its tiles' annotations and its claims."""
        self.session.attach(project)
        self._fill_classes(project.taxonomy.classes)
        project.events.changed.connect(self._project_changed)
        from .live_edits import follow_remote_edits

        self._remote_edits = follow_remote_edits(self, project, on_error=self.status.setText)
        from .remote_hashing import RemoteTileHashing

        self.hashing = RemoteTileHashing(self)  # remote tiles shown before their SHA-256 is known
        tiles = project.tiles()
        sha = tile_sha256 or (tiles[0].sha256 if tiles else None)
        if self.table is None:
            from .annotation_table import AnnotationTable

            self.table = AnnotationTable(self)
            self.viewer.window.add_dock_widget(self.table, name="Annotation table", area="bottom")
        self.table.attach(project, sha)
        if sha:
            self.show_tile(sha)
        self.refresh_claims()

    def _look_for_project(self, event=None) -> None:
        """Open the project a layer came from (our reader marks its image layers) and attach to it."""
        if self.project is not None:
            return
        for layer in self.viewer.layers:
            path = getattr(layer, "metadata", {}).get("project_path")
            if not path:
                continue
            from annotate.model.errors import ProjectError
            from annotate.store import open_project_or_read_only

            try:
                project = open_project_or_read_only(path)
            except ProjectError as exc:
                self.status.setText(f"Cannot open project {path}: {exc}")
                return
            self.session.project = project  # so the layer's tile is found
            self.attach(project, self.tile_of(layer))
            return

    # ------------------------------------------------------------------ tiles
    def tile_of(self, layer) -> str | None:
        """The SHA-256 of the project tile an image layer shows, else ``None``."""
        return self.session.tile_of(layer)

    def tile_ready(self, sha256: str, layer) -> None:
        """A tile hashed in the background joined the project: its layer becomes taggable (current if active)."""
        self.session.adopt_image(sha256, layer)
        if self.viewer.layers.selection.active is layer:
            self.show_tile(sha256)
            self.viewer.layers.selection.active = layer

    def known_tiles(self) -> list[str]:
        return self.session.known_tiles()

    def image_layer(self, sha256: str, create: bool = True):
        """The image layer showing a project tile; opened and added if ``create`` (``None`` if it can't be)."""
        return self.session.image_layer(sha256, create)

    def ensure_bridge(self, sha256: str) -> TileAnnotations:
        return self.session.ensure_bridge(sha256)

    def show_tile(self, sha256: str) -> TileAnnotations:
        """Make ``sha256``'s annotations the ones drawn and edited (each tile keeps its own layer)."""
        return self.session.show_tile(sha256)

    def open_tile(self, sha256: str) -> TileAnnotations | None:
        """Open a project tile (from a claim's candidates, or a comparison) and make it the current one."""
        return self.session.open_tile(sha256)

    def _image_added(self, sha256: str, layer) -> None:
        """A tile's image layer: its status line gives pixel, lat/lon and MGRS."""
        tile = self.project.tile(sha256)
        show_position_in_status(layer, tile.georef(), tile.width, tile.height,
                                origin_offset=0.5)  # napari centres pixel 0 on 0; our pixel corners

    def _bridge_added(self, bridge: TileAnnotations) -> None:
        """A tile's annotation layer: measured while drawn, moved or rotated, and on selection."""
        self.measurements.watch(bridge)

    def _tile_shown(self, sha256: str) -> None:
        """The current tile changed: its classes, title, status, overlay and table."""
        self._class_defaults_for(self.bridge.tile)
        self._defaults_changed()
        self.viewer.title = f"annotate — {self.bridge.tile.label} — analyst: {self.project.analyst}" + \
            (" — READ-ONLY" if self.project.read_only else "")
        self.show_status()
        image = self.image_layer(sha256, create=False)
        meta = getattr(image, "metadata", {}).get("tile_metadata") if image is not None else None
        if meta is not None:
            self.viewer.canvas.overlays.text.text = overlay_text(meta)
        if self.table is not None and self.table.tile_sha256 != sha256:
            self.table.show_tile(sha256)

    def _session_says(self, message: str) -> None:
        if message:
            self.status.setText(message)
        elif self.bridge is not None and self.status.text().startswith(("Side by side", "Swipe")):
            self.show_status()  # back to one view: the panel says so

    def _problem(self, message: str, severity: str) -> None:
        from napari.utils.notifications import show_error, show_warning

        (show_error if severity == "error" else show_warning)(message)
        self.status.setText(message)

    def show_status(self) -> None:
        """The panel's first line: the project, the current tile, and what can be done with it."""
        if self.project.read_only:
            self.status.setText(f"READ-ONLY project {self.project.name} — tile {self.bridge.tile.label}. It can be "
                                "viewed, searched and exported here, not edited.")
        else:
            self.status.setText(f"Project {self.project.name} — tile {self.bridge.tile.label}. Draw with the "
                                "shapes layer's tools (rectangle R, polygon P, ellipse for a point); every edit is "
                                "saved at once.")

    def _active_layer_changed(self, event=None) -> None:
        """Selecting another date's image layer switches the annotations to that tile."""
        layer = self.viewer.layers.selection.active
        if not self._live() or self.arranging:
            return
        sha = self.tile_of(layer)
        if sha is not None and (not self.bridge or self.bridge.tile.sha256 != sha):
            self.show_tile(sha)
            self.viewer.layers.selection.active = layer

    # ------------------------------------------------------------------ tagging
    def _defaults_changed(self, *_) -> None:
        if self.bridge:
            self.session.set_defaults(cls=self.cls.currentData(), confidence=self.confidence.currentText(),
                                      type=self.type.text().strip() or None, note=self.note.text(),
                                      absent=self.absent.isChecked())
            if not self._filling:
                self.session.remember_class(self.cls.currentData())

    def _show_defaults(self, d: dict) -> None:
        """The session's defaults for new shapes, shown in the fields (without sending them back)."""
        fields = ((self.cls, lambda w: w.setCurrentIndex(max(0, w.findData(d["cls"])))),
                  (self.confidence, lambda w: w.setCurrentText(d["confidence"])),
                  (self.type, lambda w: w.setText(d["type"] or "")), (self.note, lambda w: w.setText(d["note"])),
                  (self.absent, lambda w: w.setChecked(bool(d["absent"]))))
        for widget, show in fields:
            widget.blockSignals(True)
            try:
                show(widget)
            finally:
                widget.blockSignals(False)

    def _class_defaults_for(self, tile) -> None:
        """The class list starts with what is found at this kind of site, the class last used at one picked."""
        classes, cls = self.session.classes_for(tile)
        self._filling = True
        try:
            self._fill_classes(classes)
            self.set_class(cls)
        finally:
            self._filling = False

    def _labels_mode_changed(self, mode: str) -> None:
        self.session.set_labels_mode(mode)

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

    def _live(self) -> bool:
        """A project is open (the viewer may still send events while it closes after the project)."""
        return self.project is not None and not self.project.closed

    def _show_measurement(self, *_) -> None:
        self.measurements.show_selected()

    def _on_mouse_move(self, viewer, event) -> None:
        if not self.bridge or not self._live():
            return
        row, col = self.bridge.layer.world_to_data(event.position)[-2:]
        t = self.bridge.tile
        self.cursor.setText(describe_position(self.bridge.layer.metadata.get("georef"), t.width, t.height, row, col))

    # ------------------------------------------------------------------ claims
    def refresh_claims(self, *_) -> None:
        self.claims_panel.refresh()

    def selected_claim_id(self) -> str | None:
        return self.claims_panel.selected_claim_id()

    def link_selected(self) -> None:
        self.claims_panel.link_selected()

    def unlink_selected(self) -> None:
        self.claims_panel.unlink_selected()

    def show_claim_evidence(self, claim_id: str) -> None:
        """Select and zoom to a claim's linked annotations (opening their tile if they are on another);
        with none yet, keep the analyst's selection so it can be linked."""
        linked = [k.annotation_id for k in self.project.links(claim_id=claim_id)]
        if not linked or self.bridge is None:
            return
        shown = [aid for aid in linked if aid in self.bridge.batch]
        if not shown:
            other = self.project.annotation(linked[0]).tile_sha256
            if self.open_tile(other) is None:
                return
            shown = [aid for aid in linked if aid in self.bridge.batch]
        self.bridge.select(shown)
        self.zoom_to(shown)

    def focus_annotation(self, annotation_id: str) -> None:
        """Select an annotation and bring it into view (opening its tile if it is on another): the table's
        click and its N / P steps."""
        if self.project is None or self.project.closed:
            return
        if self.bridge is None or annotation_id not in self.bridge.batch:
            a = self.project.store.get_annotation(annotation_id, with_lonlat=False)
            if a is None or self.open_tile(a.tile_sha256) is None:
                return
        self.bridge.select([annotation_id])
        self.zoom_to([annotation_id])
        self._show_measurement()

    def zoom_to(self, ids: list[str]) -> None:
        """Centre and zoom the camera on the given annotations of the current tile."""
        x0, y0, x1, y1 = self.bridge.bounds(ids)
        step = self.bridge.step
        centre = tuple(float(v) for v in self.bridge.placement.to_world((y0 + y1) / 2, (x0 + x1) / 2))
        extent = max(max(x1 - x0, y1 - y0) * step * 3, 50 * step)  # the shapes with room around them
        camera = self.viewer.scene.camera
        camera.center = centre
        camera.zoom = min(self.viewer.canvas.size or (800, 800)) / extent

    def _project_changed(self, object_type: str, action: str, object_id: str) -> None:
        if object_type in ("link", "claim"):
            self.refresh_claims()
            if object_type == "link":
                self._show_measurement()  # its "Linked:" lines
        elif object_type == "tile":
            self.compare.refresh(keep=True)
        elif object_type == "annotation" and self.bridge and object_id in self.bridge.selected_ids():
            self._show_measurement()  # what is stored now: after a shortcut, a rotation, an undo, another's edit

    # ------------------------------------------------------------------ undo
    def undo(self) -> None:
        if self.project and self.project.undo() is None:
            self.status.setText("Nothing to undo.")

    def redo(self) -> None:
        if self.project and self.project.redo() is None:
            self.status.setText("Nothing to redo.")
