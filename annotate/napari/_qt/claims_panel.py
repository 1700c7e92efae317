"""The claims side of the dock: sources and claims with their assessment, a claim's quote in context,
places, dates and candidate tiles (open with one click), link/unlink of the selected annotations, and
importing another source document.

Thin: it calls public :class:`~annotate.model.project.Project` and :mod:`annotate.claims` functions and
listens to project events; opening tiles and selecting annotations goes through its owner
(:class:`~annotate.napari._qt.annotation_widget.AnnotationWidget`).
"""

from __future__ import annotations

from pathlib import Path

from qtpy.QtCore import Qt

from .plain_text import plain_tooltip
from qtpy.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from annotate.claims.importer import import_document
from annotate.claims.matching import candidate_tiles
from annotate.model.errors import ProjectError
from imagery.errors import ImageryError

__all__ = ["ClaimsPanel", "BADGES"]

BADGES = {"corroborated": "✔", "contradicted": "✘", "contested": "⚠", "unassessed": "·"}
_ID = 256  # Qt.ItemDataRole.UserRole
_CATALOG = "catalog:"  # a candidate that is a catalog item: this, then its image URL


class ClaimsPanel(QWidget):
    """Claims of the owner's project; ``owner`` provides ``project``, ``bridge``, ``open_tile`` and
    ``show_claim_evidence``."""

    def __init__(self, owner) -> None:
        super().__init__()
        self.owner = owner
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("Claims (checkable first)"))
        self.import_btn = QPushButton("Import report…")
        self.import_btn.setToolTip("Add a source document (txt, md, html, pdf); its claim sentences are listed here")
        row.addWidget(self.import_btn)
        layout.addLayout(row)
        self.filter = QLineEdit()
        self.filter.setPlaceholderText("filter by text, place or date (e.g. Dunai, 2025-05)")
        layout.addWidget(self.filter)
        self.claims = QListWidget()
        self.claims.setWordWrap(True)
        self.claims.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        # room for about four wrapped claims: two rows were all a 1,000-pixel window left it
        self.claims.setMinimumHeight(self.claims.fontMetrics().lineSpacing() * 8 + 8)
        layout.addWidget(self.claims, stretch=2)
        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextFormat(Qt.TextFormat.PlainText)  # quotes come from documents: never markup
        layout.addWidget(self.detail)
        layout.addWidget(QLabel("Candidate tiles (double-click or Open)"))
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(90)
        self.candidates.setMinimumHeight(self.candidates.fontMetrics().lineSpacing() * 2 + 8)
        layout.addWidget(self.candidates)
        self.open_btn = QPushButton("Open tile")
        layout.addWidget(self.open_btn)
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

        self.filter.textChanged.connect(self.refresh)
        self.claims.currentItemChanged.connect(self._claim_selected)
        self.candidates.itemDoubleClicked.connect(lambda item: self.open_candidate(item))
        self.open_btn.clicked.connect(lambda: self.open_candidate(self.candidates.currentItem()))
        self.link_btn.clicked.connect(self.link_selected)
        self.unlink_btn.clicked.connect(self.unlink_selected)
        self.import_btn.clicked.connect(self._ask_import)

    @property
    def project(self):
        return self.owner.project

    # ------------------------------------------------------------------ list
    def refresh(self, *_) -> None:
        if self.project is None:
            return
        needle = self.filter.text().strip().lower()
        current = self.selected_claim_id()
        self.claims.blockSignals(True)
        self.claims.clear()
        rows = sorted(self.project.claims(), key=lambda c: (not c.checkable, -(c.extracted.get("score") or 0)))
        for c in rows:
            places = " ".join(p["name"] for p in c.extracted.get("places", []))
            dates = " ".join(d["value"] for d in c.extracted.get("dates", []))
            if needle and needle not in f"{c.quote} {places} {dates}".lower():
                continue
            status = self.project.assessment(c.id).value
            quote = c.quote if len(c.quote) <= 140 else c.quote[:139] + "…"
            item = QListWidgetItem(f"{BADGES[status]} {status} — {quote}")
            item.setData(_ID, c.id)
            item.setToolTip(plain_tooltip(c.quote))
            self.claims.addItem(item)
            if c.id == current:
                self.claims.setCurrentItem(item)
        self.claims.blockSignals(False)

    def selected_claim_id(self) -> str | None:
        item = self.claims.currentItem()
        return item.data(_ID) if item else None

    def _claim_selected(self, item, _previous=None) -> None:
        if item is None:
            return
        c = self.project.claim(item.data(_ID))
        places = ", ".join(p["name"] for p in c.extracted.get("places", [])) or "—"
        dates = ", ".join(f"{d['value']} ({d['precision']})" for d in c.extracted.get("dates", [])) or "—"
        source = self.project.source(c.source_id)
        self.detail.setText(f"…{c.prefix}[{c.quote}]{c.suffix}…\nplaces: {places}\ndates: {dates}\n"
                            f"source: {source.title or source.url or source.id[:8]}"
                            + (f", {source.published:%Y-%m-%d}" if source.published else ""))
        self.candidates.clear()
        tiles = self.project.tiles()
        known_urls = {t.path for t in tiles}  # a catalog item already added is offered as its tile
        candidates = tiles + [i for i in self.project.catalog_items() if i.asset_href not in known_urls]
        for cand in candidate_tiles(c.extracted, candidates, published=source.published):
            late = f", {cand.days_outside} d outside the date" if cand.days_outside else ""
            late += ", after publication" if cand.after_publication else ""
            item_c = QListWidgetItem(f"{cand.tile.label} — {cand.place}, {cand.distance_km:.1f} km{late}")
            item_c.setData(_ID, cand.tile.sha256 or _CATALOG + cand.tile.asset_href)
            if not cand.tile.sha256:
                item_c.setToolTip("Listed by a STAC catalog: opening it reads the image from the server")
            self.candidates.addItem(item_c)
        if self.candidates.count():
            self.candidates.setCurrentRow(0)
        self.owner.show_claim_evidence(c.id)

    def open_candidate(self, item) -> None:
        if item is None:
            return
        key = item.data(_ID)
        if key.startswith(_CATALOG):  # a catalog item: read remotely, added as a tile once hashed
            self.owner.hashing.open(key[len(_CATALOG):])
        else:
            self.owner.open_tile(key)

    # ------------------------------------------------------------------ links
    def link_selected(self) -> None:
        claim_id, bridge = self.selected_claim_id(), self.owner.bridge
        if not (claim_id and bridge):
            return
        for aid in bridge.selected_ids():
            existing = [k for k in self.project.links(annotation_id=aid, claim_id=claim_id)
                        if k.relation.value == self.relation.currentText()]
            if not existing:
                self.project.link(aid, claim_id, self.relation.currentText(), note=self.link_note.text())

    def unlink_selected(self) -> None:
        claim_id, bridge = self.selected_claim_id(), self.owner.bridge
        if not (claim_id and bridge):
            return
        for aid in bridge.selected_ids():
            for k in self.project.links(annotation_id=aid, claim_id=claim_id):
                self.project.unlink(k.id)

    # ------------------------------------------------------------------ sources
    def _ask_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, "Import a report", "",
                                              "Reports (*.txt *.md *.markdown *.html *.htm *.pdf);;All files (*)")
        if path:
            self.import_source(path)

    def import_source(self, path: str | Path) -> int | None:
        """Import a source document into the project; returns how many claims it added, or ``None`` after
        telling the analyst (a napari notification) why it could not be imported."""
        from napari.utils.notifications import show_error, show_info

        try:
            result = import_document(self.project, path)
        except (ProjectError, ImageryError, OSError, ValueError) as exc:
            show_error(f"Could not import {Path(path).name}: {exc}")
            return None
        n = len(result.claims)
        checkable = sum(c.checkable for c in result.claims)
        show_info(f"Imported {Path(path).name}: {n} claim sentences, {checkable} checkable")
        self.refresh()
        return n
