"""One map per site: a projected frame in metres where every georeferenced tile of a place is put by its
whole pixel → ground mapping, so that two dates of one place line up whatever their grids.

A :class:`MapFrame` is a CRS in metres (the UTM zone of the site; the tiles' own CRS when it is projected
in metres and shared). World coordinates, in napari's (axis 0, axis 1) order, are ``(−northing,
easting)``: axis 0 grows downwards on screen, so north is up.

Each tile gets a :class:`Placement`: the 3 × 3 affine from its pixel ``(row, col)`` (corner origin, as our
annotations are stored) to world. Where the tile's CRS is the frame's and it has a transform, the affine
is exact — per-axis pixel size, rotation, shear, translation. Elsewhere (another CRS, GCPs) it is the
least-squares affine through a grid of the tile's points reprojected into the frame, with its largest
miss (``residual_px``, in the tile's pixels) kept, so that an approximate placement says so. For tiles
of a few kilometres the miss of a WGS 84 or Web Mercator tile in UTM is far below a pixel.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from pyproj import CRS, Transformer

from .georef import Georef

__all__ = ["MapFrame", "Placement", "frame_for", "place", "utm_crs"]

_SAME_SITE_KM = 100.0


@dataclass(frozen=True)
class MapFrame:
    """A projected CRS in metres and the place it was made for (its first tile's centre)."""

    crs: str
    origin_lonlat: tuple[float, float]

    def to_world(self, lon, lat):
        """``(lon, lat)`` → world ``(axis0, axis1)`` = ``(−northing, easting)``."""
        e, n = _transformer("EPSG:4326", self.crs).transform(np.asarray(lon, "float64"), np.asarray(lat, "float64"))
        return -np.asarray(n), np.asarray(e)

    def to_lonlat(self, w0, w1):
        lon, lat = _transformer(self.crs, "EPSG:4326").transform(np.asarray(w1, "float64"), -np.asarray(w0, "float64"))
        return np.asarray(lon), np.asarray(lat)

    def holds(self, lon: float, lat: float) -> bool:
        """Is ``(lon, lat)`` at this frame's site (within 100 km of its origin)?"""
        from .georef import GEOD

        return GEOD.inv(self.origin_lonlat[0], self.origin_lonlat[1], lon, lat)[2] <= _SAME_SITE_KM * 1000


@dataclass(frozen=True)
class Placement:
    """Where a tile sits in a frame: ``matrix`` maps homogeneous ``(row, col, 1)`` to world ``(w0, w1, 1)``."""

    frame: MapFrame | None  # None: a pixel-only tile, placed in pixels at the origin
    matrix: np.ndarray
    residual_px: float = 0.0
    exact: bool = True
    note: str = ""  # what the analyst should know (a CRS that cannot be put on the map, a large miss)

    @property
    def metres_per_pixel(self) -> float:
        """The mean ground size of a pixel in world units (1 for pixel-only)."""
        return math.sqrt(abs(np.linalg.det(self.matrix[:2, :2])))

    def to_world(self, rows, cols):
        rows, cols = np.asarray(rows, "float64"), np.asarray(cols, "float64")
        m = self.matrix
        return m[0, 0] * rows + m[0, 1] * cols + m[0, 2], m[1, 0] * rows + m[1, 1] * cols + m[1, 2]

    def to_pixel(self, w0, w1):
        inv = np.linalg.inv(self.matrix)
        w0, w1 = np.asarray(w0, "float64"), np.asarray(w1, "float64")
        return inv[0, 0] * w0 + inv[0, 1] * w1 + inv[0, 2], inv[1, 0] * w0 + inv[1, 1] * w1 + inv[1, 2]

    def image_affine(self) -> np.ndarray:
        """The matrix for a napari image layer, whose pixel (0, 0) is centred on data (0, 0): half a pixel on."""
        shift = np.array([[1, 0, 0.5], [0, 1, 0.5], [0, 0, 1]], dtype="float64")
        return self.matrix @ shift


def utm_crs(lon: float, lat: float) -> str:
    """The WGS 84 UTM zone holding ``(lon, lat)`` (EPSG 326xx north, 327xx south)."""
    zone = min(int((lon + 180) // 6) + 1, 60)
    return f"EPSG:{(32600 if lat >= 0 else 32700) + zone}"


def frame_for(georef: Georef, width: int, height: int, frames: list[MapFrame]) -> MapFrame:
    """The frame of the site this tile shows: an existing one within 100 km, else a new one (appended) —
    in the tile's own CRS when it is a UTM zone, else the UTM zone of its centre (Web Mercator's metres
    are not ground metres: 1.26 of them per metre at 37° N)."""
    lon, lat = (float(v) for v in georef.pixel_to_lonlat(height / 2, width / 2))
    for frame in frames:
        if frame.holds(lon, lat):
            return frame
    own = georef.crs
    if own is not None and own.utm_zone and _in_metres(own) and georef.transform is not None:
        crs = own.to_string()  # a UTM tile: its own grid is the map (exact placement, no fitting)
    else:
        crs = utm_crs(lon, lat)  # WGS 84, Web Mercator, national grids, GCPs: the UTM zone of the site
    frame = MapFrame(crs, (lon, lat))
    frames.append(frame)
    return frame


def place(georef: Georef | None, width: int, height: int, frame: MapFrame | None,
          window: tuple[float, float, float, float] | None = None) -> Placement:
    """The tile's :class:`Placement` in ``frame`` (pixel-only tiles: pixels at the origin).

    A tile in the frame's CRS is placed exactly by its transform. Any other is placed by the affine that fits
    its pixel → ground mapping best (least squares on a 9 × 9 grid) over ``window`` — ``(row0, col0, row1,
    col1)`` in its pixels, the whole tile by default — with the largest miss there in ``residual_px``. The
    miss grows with the square of the window's size: a viewer refits over the part of the tile in view
    (:meth:`MapSession.follow_view <annotate.napari.map_session.MapSession>`), so what is on screen lines up.
    """
    if georef is None or frame is None or not georef.has_lonlat:
        return Placement(None, np.eye(3))
    if georef.transform is not None and georef.crs is not None and CRS(frame.crs) == georef.crs:
        t = georef.transform  # x = a col + b row + c ; y = d col + e row + f ; world = (−y, x)
        matrix = np.array([[-t.e, -t.d, -t.f], [t.b, t.a, t.c], [0, 0, 1]], dtype="float64")
        return Placement(frame, matrix)
    n = 9
    r0, c0, r1, c1 = window if window is not None else (0, 0, height, width)
    rows, cols = np.meshgrid(np.linspace(r0, r1, n), np.linspace(c0, c1, n), indexing="ij")
    rows, cols = rows.ravel(), cols.ravel()
    lon, lat = georef.pixel_to_lonlat(rows, cols)
    w0, w1 = frame.to_world(lon, lat)
    design = np.column_stack([rows, cols, np.ones_like(rows)])
    c0, *_ = np.linalg.lstsq(design, w0, rcond=None)
    c1, *_ = np.linalg.lstsq(design, w1, rcond=None)
    matrix = np.array([c0, c1, [0, 0, 1]], dtype="float64")
    miss = np.hypot(design @ c0 - w0, design @ c1 - w1)
    placement = Placement(frame, matrix)
    residual = float(miss.max()) / placement.metres_per_pixel
    return Placement(frame, matrix, residual_px=residual, exact=False)


def miss_px(placement: Placement, georef: Georef, window: tuple[float, float, float, float]) -> float:
    """How far (in the tile's pixels) ``placement`` puts the tile's pixels from where its georeferencing says,
    at most, over ``window`` ``(row0, col0, row1, col1)``."""
    r0, c0, r1, c1 = window
    rows, cols = np.meshgrid(np.linspace(r0, r1, 5), np.linspace(c0, c1, 5), indexing="ij")
    lon, lat = georef.pixel_to_lonlat(rows.ravel(), cols.ravel())
    w0, w1 = placement.frame.to_world(lon, lat)
    p0, p1 = placement.to_world(rows.ravel(), cols.ravel())
    return float(np.hypot(np.asarray(p0) - w0, np.asarray(p1) - w1).max()) / placement.metres_per_pixel


def _in_metres(crs: CRS) -> bool:
    try:
        return all((axis.unit_name or "").lower() in ("metre", "meter") for axis in crs.axis_info)
    except Exception:  # noqa: BLE001 - an exotic CRS pyproj cannot describe: not a frame
        return False


_TRANSFORMERS: dict[tuple[str, str], Transformer] = {}


def _transformer(src: str, dst: str) -> Transformer:
    key = (src, dst)
    if key not in _TRANSFORMERS:
        _TRANSFORMERS[key] = Transformer.from_crs(src, dst, always_xy=True)
    return _TRANSFORMERS[key]
