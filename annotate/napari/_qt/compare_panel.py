"""Compare two dates of a site: blend one over the other, swap them (flicker), swipe a divider across
them (:mod:`annotate.napari.swipe`), or show them side by side, each cell captioned with its date and time.

Side by side uses napari's grid with two layers per cell: each tile's image followed by its own
annotation layer, so every date shows its own tags; tiles not being compared are hidden (napari omits
cells with nothing visible). The camera is shared, so both dates pan and zoom together.
"""

from __future__ import annotations

from qtpy.QtCore import Qt
from qtpy.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QPushButton, QSlider, QVBoxLayout, QWidget

__all__ = ["ComparePanel"]


class ComparePanel(QWidget):
    """``owner`` provides ``project``, ``bridge``, ``open_tile``, ``image_layer`` and ``ensure_bridge``."""

    def __init__(self, owner) -> None:
        super().__init__()
        self.owner = owner
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
        self.swipe = None  # the active Swipe, if any
        self._overlay_text = None  # the canvas overlay's visibility before side by side hid it
        self.blend.valueChanged.connect(self.apply)
        self.side_by_side.toggled.connect(lambda on: on and self.swipe_box.setChecked(False))
        self.swipe_box.toggled.connect(lambda on: on and self.side_by_side.setChecked(False))
        self.side_by_side.toggled.connect(self.apply)
        self.swipe_box.toggled.connect(self.apply)
        self.other.currentIndexChanged.connect(self.apply)
        self.swap_btn.clicked.connect(self.swap)

    def refresh(self, keep: bool = False) -> None:
        """List the project's other tiles, same site and nearest date first; select that one unless
        ``keep`` (then the previous choice stays if it is still listed)."""
        project, bridge = self.owner.project, self.owner.bridge
        if project is None or bridge is None:
            return
        current = self.other.currentData()
        self.other.blockSignals(True)
        self.other.clear()
        me = bridge.tile
        others = [t for t in project.tiles() if t.sha256 != me.sha256]
        others.sort(key=lambda t: (t.site != me.site, abs((t.acquired - me.acquired).total_seconds())
                                   if t.acquired and me.acquired else float("inf")))
        for t in others:
            self.other.addItem(t.label, t.sha256)
        i = self.other.findData(current) if keep else -1
        self.other.setCurrentIndex(i if i >= 0 else 0)
        self.other.blockSignals(False)

    def compared(self) -> str | None:
        return self.other.currentData()

    def apply(self, *_) -> None:
        """Show the current tile, and the compared one as the controls say."""
        if self.owner.bridge is None:
            return
        self.owner.arranging = True
        try:
            self._apply()
        finally:
            self.owner.arranging = False

    def _apply(self) -> None:
        owner, other = self.owner, self.compared()
        me = owner.bridge.tile.sha256
        viewer = owner.viewer
        side = self.side_by_side.isChecked() and other is not None
        swipe = self.swipe_box.isChecked() and other is not None and not side
        if self.swipe is not None and (not swipe or self.swipe.layer is not owner.image_layer(other, create=False)):
            self.swipe.close()
            self.swipe = None
        shown = {me} | ({other} if other and (side or swipe or self.blend.value() > 0) else set())
        layers = {sha: owner.image_layer(sha, create=sha in shown) for sha in owner.known_tiles()}
        for sha, layer in layers.items():
            if layer is None:
                continue
            layer.visible = sha in shown
            layer.opacity = 1.0 if side or swipe or sha == me else self.blend.value() / 100
            if sha in owner.bridges or sha in shown:
                owner.ensure_bridge(sha).set_visible(sha in shown and (side or sha == me))
        for sha in owner.bridges:  # each cell of side by side names its date and time
            owner.bridges[sha].set_caption(_caption(owner.project.tile(sha)) if side and sha in shown else None)
        if side:
            self._pair_layers(layers, first=[me, other], shown=shown)
            width, height = viewer.canvas.size[1], viewer.canvas.size[0]
            viewer.canvas.grid.shape = (1, 2) if width >= height else (2, 1)
            where = ("left", "right") if width >= height else ("top", "bottom")
            owner.status.setText(f"Side by side — {where[0]}: {owner.bridge.tile.label}; "
                                 f"{where[1]}: {owner.project.tile(other).label}. Pan and zoom move both.")
        else:
            if owner.status.text().startswith(("Side by side", "Swipe")) and not swipe:
                owner.show_status()  # back to one view: the panel says so
            # the other date over this one, this tile's annotations over both
            if other and layers.get(other) is not None and layers.get(me) is not None:
                names = viewer.layers
                names.move(names.index(layers[other]), names.index(layers[me]) + 1)
            names = viewer.layers
            names.move(names.index(owner.bridge.layer), len(names))
            if swipe and self.swipe is None:
                from ..swipe import Swipe

                self.swipe = Swipe(viewer, layers[other])
            if swipe:
                owner.status.setText(f"Swipe — left: {owner.bridge.tile.label}; right of the yellow divider: "
                                     f"{owner.project.tile(other).label}. Drag the divider; pan and zoom as usual.")
        if side and self._overlay_text is None:  # each cell has its caption: the canvas-wide one would cover the first
            self._overlay_text = viewer.canvas.overlays.text.visible
            viewer.canvas.overlays.text.visible = False
        elif not side and self._overlay_text is not None:
            viewer.canvas.overlays.text.visible = self._overlay_text
            self._overlay_text = None
        viewer.canvas.grid.stride = 2 if side else 1
        viewer.canvas.grid.enabled = side
        viewer.layers.selection.active = owner.bridge.layer

    def _pair_layers(self, layers: dict, first: list[str], shown: set[str]) -> None:
        """Order the layers image, annotations, image, annotations … (the ``first`` tiles first) so each
        grid cell holds one date with its own annotations; only the ``shown`` tiles' pairs are visible."""
        owner = self.owner
        viewer_layers = owner.viewer.layers
        order = []
        for sha in first + [s for s in layers if s not in first]:
            image = layers.get(sha)
            if image is None:
                continue
            bridge = owner.ensure_bridge(sha)
            bridge.set_visible(sha in shown)
            order += [image, bridge.layer]
        rest = [layer for layer in viewer_layers if layer not in order]
        for target, layer in enumerate(rest + order):
            viewer_layers.move(viewer_layers.index(layer), target)

    def swap(self) -> None:
        other = self.compared()
        if other is None:
            return
        me = self.owner.bridge.tile.sha256
        self.owner.open_tile(other)
        i = self.other.findData(me)
        if i >= 0:
            self.other.setCurrentIndex(i)
        self.apply()


def _caption(tile) -> str:
    """``Dunai port — 2025-05-18 01:52 UTC``: the site (or file) and the acquisition date and time."""
    when = tile.acquired.strftime("%Y-%m-%d %H:%M UTC") if tile.acquired else "date unknown"
    return f"{tile.site or tile.path.rsplit('/', 1)[-1]} — {when}"
