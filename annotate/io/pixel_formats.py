"""Shared by the ML formats: outlines as four corners, polygon area, and our taxonomy ↔ DOTA names.

DOTA mapping (documented in README): every vessel class → ``ship``; fixed-wing aircraft classes →
``plane``; ``helicopter`` → ``helicopter``; ``other`` goes out under its type (the DOTA name it came in
with, e.g. ``harbor``), and without a type is not exported. On import: ``ship`` → unknown vessel,
``plane`` → unknown aircraft, ``helicopter`` → helicopter, and every other DOTA class (harbor, bridge,
storage-tank, …) → other, with the DOTA name as its type (and in the note), so it goes out as it came in.
"""

from __future__ import annotations

from annotate.model.geometry import PixelGeometry

__all__ = ["four_corners", "polygon_area", "to_dota_class", "from_dota_class"]


def four_corners(g: PixelGeometry) -> list[tuple[float, float]] | None:
    """Four corners clockwise on screen (the minimum rectangle of a polygon); ``None`` for a point."""
    if g.kind == "point":
        return None
    if g.kind in ("box", "obb"):
        return list(g.vertices)
    if len(g.vertices) == 4:  # a quadrilateral (DOTA's own shape) stays itself, from the same first corner
        quad = [(float(x), float(y)) for x, y in g.vertices]
        return quad if polygon_area(quad, signed=True) >= 0 else [quad[0], quad[3], quad[2], quad[1]]
    from shapely.geometry import Polygon

    coords = list(Polygon(g.vertices).minimum_rotated_rectangle.exterior.coords)[:4]
    if polygon_area(coords, signed=True) < 0:  # make it clockwise on screen (y down)
        coords.reverse()
    return [(float(x), float(y)) for x, y in coords]


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
