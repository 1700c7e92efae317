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


def _send(action: str, viewer, layer, row: float, col: float, process: bool) -> None:
    """One mouse event over data pixel ``(row, col)``; ``process``: then run the event loop."""
    native, point = viewer.window._qt_viewer.canvas.native, canvas_point(viewer, layer, row, col)
    if action == "move":
        QTest.mouseMove(native, point)
    else:
        getattr(QTest, action)(native, _LEFT, Qt.KeyboardModifier.NoModifier, point)
    if process:
        QApplication.processEvents()


def press(viewer, layer, row: float, col: float, process: bool = True) -> None:
    _send("mousePress", viewer, layer, row, col, process)


def move(viewer, layer, row: float, col: float, process: bool = True) -> None:
    _send("move", viewer, layer, row, col, process)


def release(viewer, layer, row: float, col: float, process: bool = True) -> None:
    _send("mouseRelease", viewer, layer, row, col, process)


def drag(viewer, layer, start: tuple[float, float], end: tuple[float, float], steps: int = 8) -> None:
    """Press at ``start``, move in steps, release at ``end`` (data pixels ``(row, col)``)."""
    press(viewer, layer, *start)
    for f in np.linspace(0, 1, steps)[1:]:
        move(viewer, layer, start[0] + (end[0] - start[0]) * f, start[1] + (end[1] - start[1]) * f)
    release(viewer, layer, *end)


def look_at(viewer, layer, row: float, col: float, zoom: float) -> None:
    """Centre the camera on a data pixel at ``zoom`` screen pixels per world unit."""
    world = np.asarray(layer.data_to_world((row, col)))[-2:]
    viewer.scene.camera.center = tuple(world)
    viewer.scene.camera.zoom = zoom
    QApplication.processEvents()
