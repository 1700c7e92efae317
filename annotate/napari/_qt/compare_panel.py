"""The date comparison's controls — compare with, blend, swap (flicker), swipe, side by side — bound to the
viewer's session: they set its :class:`~annotate.napari.session.CompareState` and show it back; the layers are
arranged by :mod:`annotate.napari.comparison`.
"""

from __future__ import annotations

from qtpy.QtCore import Qt
from qtpy.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

__all__ = ["ComparePanel"]


class ComparePanel(QWidget):
    """Controls of ``session``'s comparison (an :class:`annotate.napari.session.ViewerSession`)."""

    def __init__(self, session) -> None:
        super().__init__()
        self.session = session
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        row.addWidget(QLabel("Compare with"))
        self.other = QComboBox()
        row.addWidget(self.other, stretch=1)
        layout.addLayout(row)
        row = QHBoxLayout()
        row.addWidget(QLabel("blend"))
        self.blend = QSlider(Qt.Orientation.Horizontal)
        self.blend.setRange(0, 100)
        self.blend.setToolTip("Opacity of the other date drawn over this one (0: hidden)")
        row.addWidget(self.blend, stretch=1)
        self.swap_btn = QPushButton("Swap (flicker)")
        self.swap_btn.setToolTip("Make the other date the current one; press again to flick back")
        row.addWidget(self.swap_btn)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.swipe_box = QCheckBox("Swipe")
        self.swipe_box.setToolTip("The other date to the right of a divider: drag the yellow line across the map")
        self.side_by_side = QCheckBox("Side by side")
        row.addWidget(self.swipe_box)
        row.addWidget(self.side_by_side)
        layout.addLayout(row)
        self.blend.valueChanged.connect(lambda v: session.set_compare(blend=v / 100))
        self.other.currentIndexChanged.connect(lambda _i: session.set_compare(other=self.other.currentData()))
        self.side_by_side.toggled.connect(lambda on: session.set_compare(mode="side" if on else self._mode()))
        self.swipe_box.toggled.connect(lambda on: session.set_compare(mode="swipe" if on else self._mode()))
        self.swap_btn.clicked.connect(session.swap)
        session.events.compare.connect(self._show_state)
        session.events.current_tile.connect(lambda _sha: self.refresh())

    def _mode(self) -> str:
        return "side" if self.side_by_side.isChecked() else "swipe" if self.swipe_box.isChecked() else "overlay"

    def refresh(self, keep: bool = False) -> None:
        """List the project's other tiles (same site and nearest date first), the compared one selected."""
        self.other.blockSignals(True)
        try:
            self.other.clear()
            for t in self.session.other_dates():
                self.other.addItem(t.label, t.sha256)
            i = self.other.findData(self.session.compare.other)
            self.other.setCurrentIndex(i if i >= 0 else 0)
        finally:
            self.other.blockSignals(False)
        if self.other.count() and self.other.currentData() != self.session.compare.other:
            # none compared yet, or the compared tile left the project: the nearest date, shown when asked
            self.session.set_compare(show=self.session.compare.other is not None, other=self.other.currentData())

    def _show_state(self, state) -> None:
        """The session's comparison, shown in the controls (without sending it back)."""
        for widget, value in ((self.blend, round(state.blend * 100)), (self.side_by_side, state.mode == "side"),
                              (self.swipe_box, state.mode == "swipe")):
            widget.blockSignals(True)
            (widget.setValue if widget is self.blend else widget.setChecked)(value)
            widget.blockSignals(False)
        if self.other.findData(state.other) != self.other.currentIndex():
            self.refresh()

    # what the rest of the panel and its tests ask of the comparison
    def compared(self) -> str | None:
        return self.session.compare.other

    @property
    def swipe(self):
        return self.session.swipe

    def apply(self, *_) -> None:
        self.session.arrange()

    def swap(self) -> None:
        self.session.swap()
