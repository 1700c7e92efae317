"""A viewer's map: the frames of the sites it shows and where each tile sits in them (Qt-free).

The viewer's session (:class:`annotate.napari.session.ViewerSession`) is a :class:`MapSession`. Every tile layer and every annotation
layer of a tile is placed through the same :class:`imagery.map_frame.Placement` (napari's ``affine``), so
two dates of one place line up whatever their grids, and annotations stay in their tile's pixels.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from pyproj.exceptions import ProjError

from imagery.map_frame import MapFrame, Placement, frame_for, place

__all__ = ["MapSession"]


class MapSession:
    """Frames (one per site) and each tile's placement, keyed by the tile's SHA-256 or path."""

    def __init__(self) -> None:
        self.frames: list[MapFrame] = []
        self.placements: dict[str, Placement] = {}
        self.current_frame: MapFrame | None = None

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
            if not note and placement.residual_px > 1:
                note = (f"placed approximately: up to {placement.residual_px:.1f} px off at its edges (a large tile "
                        "in another CRS)")
            self.placements[key] = replace(placement, note=note) if note else placement
        placement = self.placements[key]
        if placement.frame is not None:
            self.current_frame = placement.frame
        return placement

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
