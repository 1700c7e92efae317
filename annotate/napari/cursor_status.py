"""napari's status bar, for a tile: the pixel, lat/lon and MGRS under the cursor.

napari builds the status line from the active layer's ``get_status``; :func:`show_position_in_status`
wraps that method on one layer so its "coordinates" part reads
``pixel x 1808, y 2180 — 42.88901 N, 132.35698 E — MGRS 53TLG…`` instead of bare world metres.
napari computes the status on a worker thread, so the coordinate transforms run under a lock.
"""

from __future__ import annotations

import threading

import numpy as np

from imagery.georef import format_latlon

__all__ = ["show_position_in_status", "describe_position"]

_LOCK = threading.Lock()


def describe_position(georef, width: int, height: int, row: float, col: float) -> str:
    """``pixel x …, y …`` and, inside a georeferenced image, ``— lat N, lon E — MGRS …``."""
    text = f"pixel x {col:.0f}, y {row:.0f}"
    if georef is not None and getattr(georef, "has_lonlat", True) and 0 <= row <= height and 0 <= col <= width:
        with _LOCK:
            lon, lat = georef.pixel_to_lonlat(row, col)
            grid = georef.mgrs(row, col)
        text += f" — {format_latlon(float(lat), float(lon))} — MGRS {grid}"
    return text


def show_position_in_status(layer, georef, width: int, height: int, origin_offset: float = 0.0) -> None:
    """Make ``layer``'s status line give the tile pixel, lat/lon and MGRS under the cursor.

    ``origin_offset``: half a pixel for an image layer translated so that pixel corners sit on whole
    world coordinates (see :func:`annotate.napari._layers.tile_layer_data`), 0 for annotation layers.
    """
    original = layer.get_status

    def get_status(position=None, *args, **kwargs):
        status = original(position, *args, **kwargs)
        if position is not None and isinstance(status, dict):
            data = np.asarray(layer.world_to_data(position))[-2:] + origin_offset
            value = status.get("value") or ""
            where = describe_position(georef, width, height, float(data[0]), float(data[1]))
            status["coordinates"] = f"{where}: {value}" if value else where
        return status

    layer.get_status = get_status
