"""A viewer's map: the frames of the sites it shows and where each tile sits in them (Qt-free).

The viewer's session (:class:`annotate.napari.session.ViewerSession`) is a :class:`MapSession`. Every tile layer and every annotation
layer of a tile is placed through the same :class:`imagery.map_frame.Placement` (napari's ``affine``), so
two dates of one place line up whatever their grids, and annotations stay in their tile's pixels.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from pyproj.exceptions import ProjError

from imagery.map_frame import MapFrame, Placement, frame_for, miss_px, place

__all__ = ["MapSession"]


class MapSession:
    """Frames (one per site) and each tile's placement, keyed by the tile's SHA-256 or path."""

    def __init__(self) -> None:
        self.frames: list[MapFrame] = []
        self.placements: dict[str, Placement] = {}
        self.current_frame: MapFrame | None = None
        self._fitted: dict[str, tuple] = {}  # tiles placed by a fitted affine: key → (georef, width, height)

    def placement(self, key: str, georef, width: int, height: int) -> Placement:
        """Where the tile ``key`` sits (computed once): in the frame of its site, or in pixels when it is
        not georeferenced."""
        if key not in self.placements:
            frame, note = None, ""
            if georef is not None and getattr(georef, "has_lonlat", False):
                try:
                    frame = frame_for(georef, width, height, self.frames)
                    placement = place(georef, width, height, frame)
                except (ValueError, RuntimeError, ProjError) as exc:  # a CRS that cannot be transformed
                    frame, note = None, f"its CRS cannot be put on the map ({exc}); shown alone, in pixels"
            if frame is None:
                placement = place(None, width, height, None)
            if frame is not None and not placement.exact:
                self._fitted[key] = (georef, width, height)  # refitted to the view (see refit)
            self.placements[key] = replace(placement, note=note) if note else placement
        placement = self.placements[key]
        if placement.frame is not None:
            self.current_frame = placement.frame
        return placement

    def refit(self, key: str, window: tuple[float, float, float, float], tolerance_px: float) -> Placement | None:
        """For a tile in another CRS than its frame (placed by a fitted affine, which misses more the larger the
        area it spans): the affine fitted over ``window`` (its pixels in view) when the current one misses
        there by more than ``tolerance_px``; ``None`` when it is exact or close enough."""
        if key not in self._fitted:
            return None
        georef, width, height = self._fitted[key]
        r0, c0, r1, c1 = window
        r0, r1 = max(0.0, min(r0, r1)), min(float(height), max(r0, r1))
        c0, c1 = max(0.0, min(c0, c1)), min(float(width), max(c0, c1))
        if r1 - r0 < 1 or c1 - c0 < 1:  # the tile is not in view
            return None
        current = self.placements[key]
        if miss_px(current, georef, (r0, c0, r1, c1)) <= tolerance_px:
            return None
        new = replace(place(georef, width, height, current.frame, (r0, c0, r1, c1)), note=current.note)
        self.placements[key] = new
        return new

    def world_from_lonlat(self, lon: float, lat: float) -> tuple[float, float]:
        """World ``(y, x)`` of a point: in the frame of its site (the current frame when none holds it)."""
        frame = next((f for f in self.frames if f.holds(lon, lat)), self.current_frame)
        if frame is None:
            raise ValueError("no georeferenced tile is open: positions on the earth have no place in this view")
        w0, w1 = frame.to_world(lon, lat)
        return float(np.asarray(w0)), float(np.asarray(w1))

    def lonlat_from_world(self, y: float, x: float) -> tuple[float, float] | None:
        if self.current_frame is None:
            return None
        lon, lat = self.current_frame.to_lonlat(y, x)
        return float(lon), float(lat)
