"""Annotation geometry in pixel coordinates, and what it measures on the ground.

Pixel coordinates here are ``(x, y)`` = (column, row), origin at the top-left
corner of the image, as COCO, DOTA and the CLI use. Conversions to the
``(row, col)`` order of :mod:`imagery.georef` happen only in :func:`measure`
and :func:`to_lonlat`.

Kinds
-----
``point``    one vertex.
``box``      axis-aligned ``x0, y0, x1, y1``.
``obb``      oriented box ``cx, cy, w, h, angle``: ``w`` is the side along the
             angle, measured in degrees clockwise on screen from the +x axis.
``polygon``  three or more vertices.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cached_property
from typing import Sequence

__all__ = ["PixelGeometry", "Measurement", "measure", "to_lonlat", "GeometryError", "KINDS", "pixel_size",
           "measure_stated", "describe_size"]

KINDS = ("point", "box", "obb", "polygon")


class GeometryError(ValueError):
    """A geometry is malformed (wrong number of values, zero size, non-finite)."""


@dataclass(frozen=True)
class PixelGeometry:
    """An annotation's shape in pixels. ``params`` keeps what the analyst gave; ``vertices`` the outline."""

    kind: str
    params: tuple[float, ...]

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise GeometryError(f"unknown geometry kind {self.kind!r}; use one of {', '.join(KINDS)}")
        p = self.params
        if not all(math.isfinite(v) for v in p):
            raise GeometryError(f"{self.kind}: coordinates must be finite numbers")
        need = {"point": 2, "box": 4, "obb": 5}.get(self.kind)
        if need is not None and len(p) != need:
            raise GeometryError(f"{self.kind} needs {need} numbers, got {len(p)}")
        if self.kind == "polygon" and (len(p) < 6 or len(p) % 2):
            raise GeometryError("polygon needs at least three x,y pairs")
        if self.kind == "polygon":
            _check_simple_polygon(p)
        if self.kind == "box" and (p[2] <= p[0] or p[3] <= p[1]):
            raise GeometryError("box needs x0 < x1 and y0 < y1")
        if self.kind == "obb" and (p[2] <= 0 or p[3] <= 0):
            raise GeometryError("oriented box needs positive width and height")

    # -------------------------------------------------------------- constructors
    @classmethod
    def point(cls, x: float, y: float) -> "PixelGeometry":
        return cls("point", (float(x), float(y)))

    @classmethod
    def box(cls, x0: float, y0: float, x1: float, y1: float) -> "PixelGeometry":
        return cls("box", (float(x0), float(y0), float(x1), float(y1)))

    @classmethod
    def obb(cls, cx: float, cy: float, w: float, h: float, angle: float) -> "PixelGeometry":
        return cls("obb", (float(cx), float(cy), float(w), float(h), float(angle) % 360.0))

    @classmethod
    def polygon(cls, xy: Sequence[tuple[float, float]]) -> "PixelGeometry":
        return cls("polygon", tuple(float(v) for pt in xy for v in pt))

    @classmethod
    def _trusted(cls, kind: str, params: tuple[float, ...]) -> "PixelGeometry":
        """Rebuild a geometry that was validated when stored (skips the checks; used when loading)."""
        obj = object.__new__(cls)
        object.__setattr__(obj, "kind", kind)
        object.__setattr__(obj, "params", params)
        return obj

    # -------------------------------------------------------------- derived
    @cached_property
    def vertices(self) -> tuple[tuple[float, float], ...]:
        """Outline (open ring); for an oriented box the four corners clockwise on screen."""
        p = self.params
        if self.kind == "point":
            return ((p[0], p[1]),)
        if self.kind == "box":
            return ((p[0], p[1]), (p[2], p[1]), (p[2], p[3]), (p[0], p[3]))
        if self.kind == "obb":
            cx, cy, w, h, angle = p
            a = math.radians(angle)
            ux, uy = math.cos(a), math.sin(a)  # along w
            vx, vy = -uy, ux  # along h (90° clockwise on screen)
            hw, hh = w / 2, h / 2
            return tuple((cx + sx * hw * ux + sy * hh * vx, cy + sx * hw * uy + sy * hh * vy)
                         for sx, sy in ((-1, -1), (1, -1), (1, 1), (-1, 1)))
        return tuple(zip(p[0::2], p[1::2]))

    @property
    def bbox(self) -> tuple[float, float, float, float]:
        """Axis-aligned hull ``x0, y0, x1, y1``."""
        xs = [v[0] for v in self.vertices]
        ys = [v[1] for v in self.vertices]
        return min(xs), min(ys), max(xs), max(ys)

    @property
    def centre(self) -> tuple[float, float]:
        vs = self.vertices
        return sum(v[0] for v in vs) / len(vs), sum(v[1] for v in vs) / len(vs)

    def to_json(self) -> dict:
        return {"kind": self.kind, "params": list(self.params)}

    @classmethod
    def from_json(cls, data: dict) -> "PixelGeometry":
        try:
            return cls(str(data["kind"]), tuple(float(v) for v in data["params"]))
        except (KeyError, TypeError, ValueError) as exc:
            raise GeometryError(f"malformed pixel geometry {data!r}: {exc}") from None


def _check_simple_polygon(p: tuple[float, ...]) -> None:
    """A polygon must enclose an area and not cross itself (a bow tie is two shapes, and invalid GeoJSON)."""
    from shapely import is_valid_reason
    from shapely.geometry import Polygon

    poly = Polygon(list(zip(p[0::2], p[1::2])))
    if not poly.convex_hull.area > 0:
        raise GeometryError("polygon has no area: its points are all equal or on one line")
    if not poly.is_valid:
        reason = is_valid_reason(poly).split("[")[0].strip().lower()
        raise GeometryError(f"polygon is not a simple outline ({reason}): draw its vertices in order around it")


@dataclass(frozen=True)
class Measurement:
    """Ground size of a geometry: length ≥ width in metres; heading of the long axis in degrees (0–180 for
    an undirected axis)."""

    length_m: float
    width_m: float
    heading_deg: float | None


def _long_axis(geom: PixelGeometry) -> tuple[tuple[float, float], tuple[float, float], tuple[float, float]]:
    """Three corners ``a, b, c`` of the geometry's (minimum) rectangle: ``a→b`` one side, ``b→c`` the next."""
    if geom.kind in ("box", "obb"):
        v = geom.vertices
        return v[0], v[1], v[2]
    from shapely.geometry import Polygon

    rect = Polygon(geom.vertices).minimum_rotated_rectangle
    coords = list(rect.exterior.coords)
    if len(coords) < 4:
        raise GeometryError("degenerate polygon (no area)")
    return coords[0], coords[1], coords[2]


def pixel_size(geom: PixelGeometry) -> tuple[float, float] | None:
    """Length and width in image pixels (long side first), for tiles with no ground scale; ``None`` for a point.

    >>> pixel_size(PixelGeometry.box(0, 0, 10, 40)), pixel_size(PixelGeometry.obb(5, 5, 30, 8, 45))
    ((40.0, 10.0), (30.0, 8.0))
    """
    if geom.kind == "point":
        return None
    a, b, c = _long_axis(geom)
    s1, s2 = math.dist(a, b), math.dist(b, c)
    if geom.kind == "obb":
        return s1, s2
    return (s1, s2) if s1 >= s2 else (s2, s1)


def measure(geom: PixelGeometry, georef) -> Measurement | None:
    """Geodesic length, width and heading of ``geom`` on ``georef`` (an :class:`imagery.Georef`); ``None`` for
    a point or a pixel-only tile."""
    if geom.kind == "point" or georef is None or not georef.has_lonlat:
        return None
    a, b, c = _long_axis(geom)
    side1 = georef.length_m([a[1], b[1]], [a[0], b[0]])
    side2 = georef.length_m([b[1], c[1]], [b[0], c[0]])
    if geom.kind == "obb":  # the analyst's w is the length axis, and its angle the direction
        length, width, p, q = side1, side2, a, b
    elif side1 >= side2:
        length, width, p, q = side1, side2, a, b
    else:
        length, width, p, q = side2, side1, b, c
    heading = georef.heading_deg(p[1], p[0], q[1], q[0])
    if geom.kind != "obb":
        heading %= 180.0
    return Measurement(length, width, heading)


def describe_size(length_m: float, width_m: float, heading_deg: float | None) -> str:
    """``112.5 × 15.0 m, heading 178°``; without a heading (a stated scale) the sizes alone.

    >>> describe_size(30.0, 10.0, None)
    '30.0 × 10.0 m (stated scale: no heading)'
    """
    size = f"{length_m:.1f} × {width_m:.1f} m"
    return f"{size}, heading {heading_deg:.0f}°" if heading_deg is not None else f"{size} (stated scale: no heading)"


def measure_stated(geom: PixelGeometry, gsd_m: float) -> Measurement | None:
    """Length and width of ``geom`` on a pixel-only image whose ground scale someone stated (metres per
    pixel); no heading — the image's up is not known to be north.

    >>> measure_stated(PixelGeometry.obb(5, 5, 30, 8, 45), 0.5)
    Measurement(length_m=15.0, width_m=4.0, heading_deg=None)
    """
    size = pixel_size(geom)
    return None if size is None else Measurement(size[0] * gsd_m, size[1] * gsd_m, None)


def to_lonlat(geom: PixelGeometry, georef) -> dict | None:
    """GeoJSON geometry (WGS 84) of ``geom``, or ``None`` for a pixel-only tile."""
    if georef is None or not georef.has_lonlat:
        return None
    vs = geom.vertices
    lon, lat = georef.pixel_to_lonlat([v[1] for v in vs], [v[0] for v in vs])
    pts = [[float(x), float(y)] for x, y in zip(list(_iter(lon)), list(_iter(lat)))]
    if geom.kind == "point":
        return {"type": "Point", "coordinates": pts[0]}
    ring = pts + [pts[0]]
    if _signed_area(ring) < 0:  # RFC 7946: exterior rings counter-clockwise
        ring.reverse()
    return {"type": "Polygon", "coordinates": [ring]}


def _iter(v):
    try:
        return iter(v)
    except TypeError:
        return iter([v])


def _signed_area(ring: list[list[float]]) -> float:
    return 0.5 * sum(x0 * y1 - x1 * y0 for (x0, y0), (x1, y1) in zip(ring, ring[1:]))


def derive_many(geoms: Sequence[PixelGeometry], georef) -> list[tuple[dict | None, Measurement | None]]:
    """:func:`to_lonlat` and :func:`measure` for many geometries at once, with one coordinate transform.

    Boxes and oriented boxes (the bulk of imports) are measured vectorised;
    polygons fall back to :func:`measure` one by one.
    """
    if georef is None or not georef.has_lonlat:
        return [(None, None)] * len(geoms)
    import numpy as np

    from imagery.georef import GEOD

    verts = [g.vertices for g in geoms]
    counts = np.array([len(v) for v in verts])
    flat = np.array([p for v in verts for p in v], dtype="float64")
    lon, lat = georef.pixel_to_lonlat(flat[:, 1], flat[:, 0])
    lon, lat = np.atleast_1d(lon), np.atleast_1d(lat)
    starts = np.concatenate([[0], np.cumsum(counts)[:-1]])
    out: list[tuple[dict | None, Measurement | None]] = []
    rect = np.array([g.kind in ("box", "obb") for g in geoms])
    side1 = side2 = az = None
    if rect.any():
        i0 = starts[rect]
        a_lon, a_lat, b_lon, b_lat, c_lon, c_lat = lon[i0], lat[i0], lon[i0 + 1], lat[i0 + 1], lon[i0 + 2], lat[i0 + 2]
        fwd, _, side1 = GEOD.inv(a_lon, a_lat, b_lon, b_lat)
        fwd2, _, side2 = GEOD.inv(b_lon, b_lat, c_lon, c_lat)
        az = (np.asarray(fwd), np.asarray(fwd2))
    rect_index = np.cumsum(rect) - 1
    # each outline's signed area (shoelace over the closed ring) in one pass: RFC 7946 wants them counter-clockwise
    nxt = np.arange(1, len(lon) + 1)
    nxt[starts + counts - 1] = starts
    clockwise = np.add.reduceat(lon * lat[nxt] - lon[nxt] * lat, starts) < 0
    lon_list, lat_list = lon.tolist(), lat.tolist()
    for i, g in enumerate(geoms):
        s, n = starts[i], counts[i]
        pts = [[x, y] for x, y in zip(lon_list[s:s + n], lat_list[s:s + n])]
        if g.kind == "point":
            out.append(({"type": "Point", "coordinates": pts[0]}, None))
            continue
        ring = pts + [pts[0]]
        if clockwise[i]:
            ring.reverse()
        shape = {"type": "Polygon", "coordinates": [ring]}
        if rect[i]:
            j = rect_index[i]
            l1, l2 = float(side1[j]), float(side2[j])
            if g.kind == "obb" or l1 >= l2:
                m = Measurement(l1, l2, float(az[0][j]) % 360.0)
            else:
                m = Measurement(l2, l1, float(az[1][j]) % 360.0)
            if g.kind != "obb":
                m = Measurement(m.length_m, m.width_m, m.heading_deg % 180.0)
        else:
            m = measure(g, georef)
        out.append((shape, m))
    return out
