"""The annotation table (a dock): every annotation of the tile or of the project, sorted and filtered; a click
selects and zooms; N / P (and Tab / Shift+Tab, ↓ / ↑) step through the filtered rows; several rows can be
edited at once; review mode walks the unreviewed ones (A accept, R reject, C needs change, with the comment
typed beside them).

The rows, their order and filters live in :class:`annotate.model.annotation_rows.AnnotationRows` (no Qt);
this module only shows them and passes the analyst's actions to the project.
"""

from __future__ import annotations

from qtpy.QtCore import QAbstractTableModel, QModelIndex, Qt, QTimer
from qtpy.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from annotate.model.annotation_rows import COLUMNS, AnnotationRows
from annotate.model.errors import ProjectError
from annotate.model.review import UNREVIEWED

__all__ = ["AnnotationTable"]

_STEP_KEYS = {Qt.Key.Key_N: 1, Qt.Key.Key_Tab: 1, Qt.Key.Key_Down: 1, Qt.Key.Key_P: -1, Qt.Key.Key_Backtab: -1,
              Qt.Key.Key_Up: -1}
_VERDICT_KEYS = {Qt.Key.Key_A: "accepted", Qt.Key.Key_R: "rejected", Qt.Key.Key_C: "needs change"}


class _RowsModel(QAbstractTableModel):
    def __init__(self, rows: AnnotationRows) -> None:
        super().__init__()
        self.rows = rows

    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: N802 - Qt's name
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if role == Qt.ItemDataRole.DisplayRole and index.isValid():
            return self.rows.cell(index.row(), COLUMNS[index.column()])
        return None

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return COLUMNS[section]
        return None

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        self.rows.sort(COLUMNS[column], descending=order == Qt.SortOrder.DescendingOrder)
        self.layoutChanged.emit()

    def reset(self, change) -> None:
        self.beginResetModel()
        change()
        self.endResetModel()


class _Table(QTableView):
    """Keys an analyst uses to walk the rows; everything else as a table does."""

    def __init__(self, owner: "AnnotationTable") -> None:
        super().__init__()
        self.owner = owner

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        key = event.key()
        if key in _STEP_KEYS and not event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            self.owner.step(_STEP_KEYS[key])
            return
        if key in _VERDICT_KEYS and self.owner.review_mode.isChecked():
            self.owner.review_current(_VERDICT_KEYS[key])
            return
        super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:  # noqa: N802 - keep Tab in the table
        return False


class AnnotationTable(QWidget):
    """The dock. ``owner`` is the Annotations widget (it knows the viewer, the bridges and the camera)."""

    def __init__(self, owner) -> None:
        super().__init__()
        self.owner = owner
        self.rows: AnnotationRows | None = None
        self.model: _RowsModel | None = None
        layout = QVBoxLayout(self)

        row = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText("filter: class, type, analyst, id, review…")
        self.cls_filter = QComboBox()
        self.conf_filter = QComboBox()
        self.conf_filter.addItems(["any confidence", "confirmed", "probable", "possible"])
        self.review_filter = QComboBox()
        self.review_filter.addItems(["any review", UNREVIEWED, "accepted", "rejected", "needs change"])
        self.whole_project = QCheckBox("whole project")
        for w in (self.search, self.cls_filter, self.conf_filter, self.review_filter, self.whole_project):
            row.addWidget(w)
        layout.addLayout(row)

        self.table = _Table(self)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.verticalHeader().setDefaultSectionSize(22)
        self.table.setMinimumHeight(170)  # about six rows: a list to work through, not a peephole
        layout.addWidget(self.table)

        edit = QHBoxLayout()
        edit.addWidget(QLabel("selected rows:"))
        self.bulk_cls = QComboBox()
        self.bulk_type = QLineEdit()
        self.bulk_type.setPlaceholderText("type")
        self.bulk_conf = QComboBox()
        self.bulk_conf.addItems(["(keep)", "confirmed", "probable", "possible"])
        self.bulk_btn = QPushButton("Apply to selected rows")
        for w in (self.bulk_cls, self.bulk_type, self.bulk_conf, self.bulk_btn):
            edit.addWidget(w)
        layout.addLayout(edit)

        review = QHBoxLayout()
        self.review_mode = QCheckBox("Review mode (A accept, R reject, C needs change)")
        self.own_work = QCheckBox("my own work too")
        self.comment = QLineEdit()
        self.comment.setPlaceholderText("comment (needed to reject or ask for a change)")
        for w in (self.review_mode, self.own_work, self.comment):
            review.addWidget(w)
        layout.addLayout(review)
        compare = QHBoxLayout()
        self.analyst_a = QComboBox()
        self.analyst_b = QComboBox()
        self.disagree = QCheckBox("only where they disagree")
        for w in (QLabel("analysts:"), self.analyst_a, QLabel("vs"), self.analyst_b, self.disagree):
            compare.addWidget(w)
        compare.addStretch(1)
        layout.addLayout(compare)
        self.status = QLabel("")
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.status)
        self._disagreeing: frozenset[str] | None = None
        self._agreement_text = ""

        self._refresh_timer = QTimer(self)
        self._refresh_timer.setSingleShot(True)
        self._refresh_timer.setInterval(50)  # a bulk import fires thousands of events: reload once after them
        self._refresh_timer.timeout.connect(self._reload)
        self.search.textChanged.connect(self._filter_changed)
        for w in (self.cls_filter, self.conf_filter, self.review_filter):
            w.currentIndexChanged.connect(self._filter_changed)
        self.whole_project.toggled.connect(lambda _: self.show_tile(self._tile))
        self.review_mode.toggled.connect(self._review_mode_toggled)
        self.bulk_btn.clicked.connect(self.apply_to_selected_rows)
        self.disagree.toggled.connect(self._compare_changed)
        self.analyst_a.currentIndexChanged.connect(self._compare_changed)
        self.analyst_b.currentIndexChanged.connect(self._compare_changed)
        self._tile: str | None = None

    # ------------------------------------------------------------------ binding
    @property
    def tile_sha256(self) -> str | None:
        """The tile whose annotations are listed (``None`` before a project is attached)."""
        return self._tile

    def attach(self, project, tile_sha256: str | None) -> None:
        self.cls_filter.clear()
        self.cls_filter.addItems(["any class", *project.taxonomy.classes])
        self.bulk_cls.clear()
        self.bulk_cls.addItems(["(keep)", *project.taxonomy.classes])
        project.events.changed.connect(self._project_changed)
        self.show_tile(tile_sha256)

    def show_tile(self, tile_sha256: str | None) -> None:
        self._tile = tile_sha256
        project = self.owner.project
        if project is None or project.closed:
            return
        self.rows = AnnotationRows(project, None if self.whole_project.isChecked() else tile_sha256)
        self.model = _RowsModel(self.rows)
        self.table.setModel(self.model)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self._fill_analysts()
        self._compare_changed()

    def _fill_analysts(self) -> None:
        """The two analyst pickers list everyone who tagged here (kept as they were when that set is the same)."""
        analysts = sorted(set(self.rows.text["analyst"]))
        if analysts == [self.analyst_a.itemText(i) for i in range(self.analyst_a.count())]:
            return
        for box, pick in ((self.analyst_a, 0), (self.analyst_b, 1)):
            keep = box.currentText()
            box.blockSignals(True)
            box.clear()
            box.addItems(analysts)
            box.setCurrentIndex(analysts.index(keep) if keep in analysts else min(pick, len(analysts) - 1))
            box.blockSignals(False)

    def _project_changed(self, object_type: str, action: str, object_id: str) -> None:
        if object_type in ("annotation", "link", "review"):
            self._refresh_timer.start()

    def _reload(self) -> None:
        if self.rows is None or self.owner.project is None or self.owner.project.closed:
            return
        current = self.current_id()
        self.model.reset(self.rows.reload)
        self._fill_analysts()
        self.status.setText(f"{len(self.rows)} of {len(self.rows.ids)} annotations" + self._agreement_text)
        self._select_row_of(current, move_camera=False)

    # ------------------------------------------------------------------ filter
    def _filter_changed(self, *_) -> None:
        if self.rows is None:
            return
        pick = (lambda box: box.currentText() if box.currentIndex() > 0 else None)
        review = UNREVIEWED if self.review_mode.isChecked() else pick(self.review_filter)
        self.model.reset(lambda: self.rows.filter(self.search.text(), cls=pick(self.cls_filter),
                                                  confidence=pick(self.conf_filter), review=review,
                                                  only=self._disagreeing))
        self.status.setText(f"{len(self.rows)} of {len(self.rows.ids)} annotations" + (self._agreement_text or ""))

    def _compare_changed(self, *_) -> None:
        """Two analysts' annotations of this tile matched (see :mod:`annotate.model.agreement`): with the box
        ticked, the table lists only what one saw and the other did not, or classed differently."""
        self._disagreeing, self._agreement_text = None, ""
        a, b = self.analyst_a.currentText(), self.analyst_b.currentText()
        if self.disagree.isChecked() and a and b and a != b and self._tile and self.owner.project is not None:
            from annotate.model.agreement import compare_analysts

            result = compare_analysts(self.owner.project.annotations(self._tile), a, b)
            self._disagreeing = frozenset([m.a_id for m in result.disagreements] +
                                          [m.b_id for m in result.disagreements] +
                                          [i for i, _ in result.only_a] + [i for i, _ in result.only_b])
            self._agreement_text = (f"; {a} vs {b}: precision {result.precision:.2f}, recall {result.recall:.2f}, "
                                    f"F1 {result.f1:.2f}")
        self._filter_changed()

    def _review_mode_toggled(self, on: bool) -> None:
        self._filter_changed()
        if on and len(self.rows):
            self.table.selectRow(0)
            self.table.setFocus()

    # ------------------------------------------------------------------ walking the rows
    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return self.rows.id_at(index.row()) if self.rows is not None and index.isValid() else None

    def selected_ids(self) -> list[str]:
        return [self.rows.id_at(i.row()) for i in self.table.selectionModel().selectedRows()] if self.rows else []

    def step(self, delta: int) -> None:
        """Select the next (``+1``) or previous (``-1``) row, wrapping around."""
        n = len(self.rows) if self.rows else 0
        if not n:
            return
        current = self.table.currentIndex()
        row = (current.row() + delta) % n if current.isValid() else (0 if delta > 0 else n - 1)
        self.table.selectRow(row)

    def _current_changed(self, current, _previous) -> None:
        if current.isValid():
            self.owner.focus_annotation(self.rows.id_at(current.row()))

    def _select_row_of(self, annotation_id: str | None, move_camera: bool = True) -> None:
        row = self.rows.row_of(annotation_id) if annotation_id and self.rows else None
        if row is None:
            return
        if move_camera:
            self.table.selectRow(row)
        else:
            self.table.selectionModel().blockSignals(True)
            self.table.selectRow(row)
            self.table.selectionModel().blockSignals(False)

    # ------------------------------------------------------------------ editing and review
    def apply_to_selected_rows(self) -> None:
        changes = {}
        if self.bulk_cls.currentIndex() > 0:
            changes["cls"] = self.bulk_cls.currentText()
        if self.bulk_type.text().strip():
            changes["type"] = self.bulk_type.text().strip()
        if self.bulk_conf.currentIndex() > 0:
            changes["confidence"] = self.bulk_conf.currentText()
        ids = self.selected_ids()
        if not changes or not ids:
            self.status.setText("Pick rows and what to change first.")
            return
        for aid in ids:
            self.owner.project.update_annotation(aid, **changes)
        self.status.setText(f"{len(ids)} annotation(s) changed.")

    def review_current(self, verdict: str) -> None:
        aid = self.current_id()
        if aid is None:
            return
        try:
            self.owner.project.review(aid, verdict, self.comment.text().strip(), allow_self=self.own_work.isChecked())
        except ProjectError as exc:
            self.status.setText(str(exc))
            return
        self.comment.clear()
        row = self.table.currentIndex().row()
        self._refresh_timer.stop()
        self._reload()  # the reviewed row leaves the unreviewed list: the one after it takes its place
        if self.rows is not None and len(self.rows):
            self.table.selectRow(min(max(row, 0), len(self.rows) - 1))
        self.status.setText(f"{verdict}: {aid[:8]} — {len(self.rows)} left to review")
