"""Shared by the ML formats: outlines as four corners, polygon area, and our taxonomy ↔ DOTA names.

First corner (DOTA's convention, and our ``truth.json``'s): an oriented box goes out clockwise on screen
from the bow/nose's port corner — the corner at the front (+w/2 along its angle) on the left of its
direction of travel — so the first edge crosses the bow and the last edge (4th → 1st corner) points
along the heading. On import a quadrilateral that is a rectangle (within the file's precision) becomes an
oriented box read the same way (length axis and heading kept); any other quadrilateral stays a polygon
with its corners as given. An axis-aligned box starts at its top-left corner.

DOTA mapping (documented in README): every vessel class → ``ship``; fixed-wing aircraft classes →
``plane``; ``helicopter`` → ``helicopter``; ``other`` goes out under its type (the DOTA name it came in
with, e.g. ``harbor``), and without a type is not exported. On import: ``ship`` → unknown vessel,
``plane`` → unknown aircraft, ``helicopter`` → helicopter, and every other DOTA class (harbor, bridge,
storage-tank, …) → other, with the DOTA name as its type (and in the note), so it goes out as it came in.
"""

from __future__ import annotations

from annotate.model.geometry import PixelGeometry

__all__ = ["four_corners", "polygon_area", "to_dota_class", "from_dota_class", "quad_geometry", "BOW_FIRST"]

BOW_FIRST = (1, 2, 3, 0)  # PixelGeometry.vertices of an oriented box start at its stern-port corner


def four_corners(g: PixelGeometry) -> list[tuple[float, float]] | None:
    """Four corners clockwise on screen (the minimum rectangle of a polygon); ``None`` for a point.
    An oriented box starts at its bow-port corner (see the module's note)."""
    if g.kind == "point":
        return None
    if g.kind == "box":
        return list(g.vertices)
    if g.kind == "obb":
        v = g.vertices
        return [v[i] for i in BOW_FIRST]
    if len(g.vertices) == 4:  # a quadrilateral (DOTA's own shape) stays itself, from the same first corner
        quad = [(float(x), float(y)) for x, y in g.vertices]
        return quad if polygon_area(quad, signed=True) >= 0 else [quad[0], quad[3], quad[2], quad[1]]
    from shapely.geometry import Polygon

    coords = list(Polygon(g.vertices).minimum_rotated_rectangle.exterior.coords)[:4]
    if polygon_area(coords, signed=True) < 0:  # make it clockwise on screen (y down)
        coords.reverse()
    return [(float(x), float(y)) for x, y in coords]


def quad_geometry(pts, tolerance: float = 1e-4) -> PixelGeometry:
    """Four corners read from a file: an oriented box when they form a rectangle to within ``tolerance``
    pixels (first corner bow-port, clockwise or not), else the polygon as given. The tolerance is the
    precision our writers use (DOTA 4 decimals; YOLO 8 decimals of the image size), far below what a
    hand-drawn near-rectangle misses by, so such a quadrilateral stays a quadrilateral.

    >>> quad_geometry([(1250, 1685), (1250, 1725), (990, 1725), (990, 1685)]).params
    (1120.0, 1705.0, 260.0, 40.0, 0.0)
    """
    import math

    quad = [(float(x), float(y)) for x, y in pts]
    if len(quad) == 4 and polygon_area(quad) > 0:
        if polygon_area(quad, signed=True) < 0:  # anticlockwise on screen: same first corner, clockwise order
            quad = [quad[0], quad[3], quad[2], quad[1]]
        (x1, y1), (x2, y2), (x3, y3), (x4, y4) = quad
        length = math.hypot(x1 - x4, y1 - y4)
        beam = math.hypot(x2 - x1, y2 - y1)
        if length > 0 and beam > 0:
            angle = math.degrees(math.atan2(y1 - y4, x1 - x4))
            cx, cy = (x1 + x2 + x3 + x4) / 4, (y1 + y2 + y3 + y4) / 4
            box = PixelGeometry.obb(round(cx, 6), round(cy, 6), round(length, 6), round(beam, 6), round(angle, 9))
            corners = [box.vertices[i] for i in BOW_FIRST]
            if all(math.hypot(a - c, b - d) <= tolerance for (a, b), (c, d) in zip(corners, quad)):
                return box
    return PixelGeometry.polygon(pts)


def polygon_area(pts, signed: bool = False) -> float:
    """Shoelace area in pixels; positive for clockwise on screen (y down)."""
    s = 0.0
    n = len(pts)
    for i in range(n):
        x0, y0 = pts[i]
        x1, y1 = pts[(i + 1) % n]
        s += x0 * y1 - x1 * y0
    return s / 2 if signed else abs(s) / 2


def to_dota_class(category: str, cls: str, type_name: str | None = None) -> str | None:
    if category == "other":
        return type_name.strip().replace(" ", "-") if type_name and type_name.strip() else None
    if category == "vessel":
        return "ship"
    if cls == "helicopter":
        return "helicopter"
    if category == "aircraft":
        return "plane"
    return None


def from_dota_class(name: str) -> str:
    return {"ship": "unknown vessel", "plane": "unknown aircraft", "helicopter": "helicopter"}.get(name, "other")
