"""Drive napari's canvas with real Qt mouse events (press, moves, release), as a hand on a mouse would."""

from __future__ import annotations

import numpy as np
from qtpy.QtCore import QPoint, Qt
from qtpy.QtTest import QTest
from qtpy.QtWidgets import QApplication

_LEFT = Qt.MouseButton.LeftButton


def canvas_point(viewer, layer, row: float, col: float) -> QPoint:
    """The canvas widget pixel showing ``layer``'s data pixel ``(row, col)`` (2D view, no rotation)."""
    native = viewer.window._qt_viewer.canvas.native
    world = np.asarray(layer.data_to_world((row, col)))[-2:]
    cy, cx = viewer.scene.camera.center[-2:]
    zoom = viewer.scene.camera.zoom
    return QPoint(int(round((world[1] - cx) * zoom + native.width() / 2)),
                  int(round((world[0] - cy) * zoom + native.height() / 2)))


def _modifier(shift: bool):
    return Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier


def click(viewer, layer, row: float, col: float, shift: bool = False) -> None:
    native = viewer.window._qt_viewer.canvas.native
    QTest.mouseClick(native, _LEFT, _modifier(shift), canvas_point(viewer, layer, row, col))
    QApplication.processEvents()


def drag(viewer, layer, start: tuple[float, float], end: tuple[float, float], steps: int = 8) -> None:
    """Press at ``start``, move in steps, release at ``end`` (data pixels ``(row, col)``)."""
    native = viewer.window._qt_viewer.canvas.native
    p0, p1 = canvas_point(viewer, layer, *start), canvas_point(viewer, layer, *end)
    QTest.mousePress(native, _LEFT, Qt.KeyboardModifier.NoModifier, p0)
    for f in np.linspace(0, 1, steps)[1:]:
        QTest.mouseMove(native, QPoint(int(round(p0.x() + (p1.x() - p0.x()) * f)),
                                       int(round(p0.y() + (p1.y() - p0.y()) * f))))
        QApplication.processEvents()
    QTest.mouseRelease(native, _LEFT, Qt.KeyboardModifier.NoModifier, p1)
    QApplication.processEvents()


def look_at(viewer, layer, row: float, col: float, zoom: float) -> None:
    """Centre the camera on a data pixel at ``zoom`` screen pixels per world unit."""
    world = np.asarray(layer.data_to_world((row, col)))[-2:]
    viewer.scene.camera.center = tuple(world)
    viewer.scene.camera.zoom = zoom
    QApplication.processEvents()
