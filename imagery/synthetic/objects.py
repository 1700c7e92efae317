"""Vessels and aircraft drawn from above at true scale, each returning its ground truth."""

from __future__ import annotations

from .canvas import RGB, Canvas, TruthObject

__all__ = ["VESSELS", "AIRCRAFT", "draw_vessel", "draw_aircraft"]

# type → (class, length m, beam m, hull colour, deck colour)
VESSELS: dict[str, tuple[str, float, float, RGB, RGB]] = {
    "Ropucha-class": ("landing ship", 112.5, 15.0, (96, 104, 110), (120, 126, 130)),
    "general cargo 130 m": ("cargo ship", 130.0, 20.0, (60, 40, 38), (150, 70, 50)),
    "general cargo 90 m": ("cargo ship", 90.0, 14.0, (30, 45, 70), (70, 110, 60)),
    "harbour tug": ("tug", 30.0, 9.0, (150, 40, 35), (200, 200, 195)),
}

# type → (class, length m, span m, colour)
AIRCRAFT: dict[str, tuple[str, float, float, RGB]] = {
    "Il-76": ("cargo aircraft", 46.6, 50.5, (196, 200, 194)),
    "An-24": ("airliner", 23.5, 29.2, (215, 215, 210)),
    "Tu-204": ("airliner", 46.0, 42.0, (235, 235, 232)),
}


def draw_vessel(c: Canvas, type_name: str, cx: float, cy: float, heading: float, shadow=(3.0, 2.0)) -> TruthObject:
    """Draw a ship seen from above: hull with a pointed bow, deck details, superstructure aft."""
    cls, length, beam, hull, deck = VESSELS[type_name]
    l2, b2 = length / 2, beam / 2
    bow = l2 * 0.72
    hull_pts = c.place(cx, cy, heading, [
        (l2, 0), (bow, b2), (-l2 + 2, b2), (-l2, b2 * 0.8), (-l2, -b2 * 0.8), (-l2 + 2, -b2), (bow, -b2),
    ])
    c.shadow(hull_pts, shadow)
    c.polygon(hull_pts, hull)
    c.polygon(c.place(cx, cy, heading, [
        (l2 - 3, 0), (bow - 1, b2 - 1.2), (-l2 + 3, b2 - 1.2), (-l2 + 3, -b2 + 1.2), (bow - 1, -b2 + 1.2),
    ]), deck)
    if cls == "landing ship":
        c.rect(cx, cy, heading, length * 0.18, beam * 0.7, (205, 208, 206), along=-l2 * 0.45)  # superstructure
        c.rect(cx, cy, heading, length * 0.06, beam * 0.35, (60, 62, 64), along=-l2 * 0.42)  # funnel
        c.rect(cx, cy, heading, length * 0.35, beam * 0.5, (108, 112, 108), along=l2 * 0.2)  # tank deck hatch
        c.rect(cx, cy, heading, 3.0, 3.0, (70, 72, 74), along=l2 * 0.6)  # bow gun
    elif cls == "cargo ship":
        n = 4 if length > 100 else 3
        span = length * 0.6
        for i in range(n):
            along = l2 * 0.55 - (i + 0.5) * span / n
            c.rect(cx, cy, heading, span / n - 3, beam * 0.75, (40 + 30 * i, 90, 120 - 20 * i), along=along)
        c.rect(cx, cy, heading, length * 0.12, beam * 0.9, (232, 232, 228), along=-l2 * 0.8)
    elif cls == "tug":
        c.rect(cx, cy, heading, length * 0.35, beam * 0.6, (235, 235, 230), along=l2 * 0.05)
        c.rect(cx, cy, heading, length * 0.3, beam * 0.75, (50, 50, 50), along=-l2 * 0.55)
    corners = c.box_corners(cx, cy, heading, length, beam)
    return TruthObject("vessel", cls, type_name, cx, cy, length, beam, heading, corners)


def draw_aircraft(c: Canvas, type_name: str, cx: float, cy: float, heading: float, shadow=(4.0, 3.0)) -> TruthObject:
    """Draw an aircraft seen from above: fuselage, swept wings, tailplane; truth box is length × span."""
    cls, length, span, colour = AIRCRAFT[type_name]
    l2, s2 = length / 2, span / 2
    fus = length * 0.075
    root = length * 0.2
    sweep = length * 0.08 if type_name != "An-24" else length * 0.01
    wing_at = l2 * 0.12
    tip_chord = root * 0.4
    parts = [
        [(l2, 0), (l2 - fus, fus / 2), (-l2 + fus, fus / 2), (-l2, fus * 0.15), (-l2, -fus * 0.15), (-l2 + fus, -fus / 2), (l2 - fus, -fus / 2)],
        [(wing_at, 0), (wing_at - sweep - tip_chord * 0.2, s2), (wing_at - sweep - tip_chord, s2), (wing_at - root, 0),
         (wing_at - sweep - tip_chord, -s2), (wing_at - sweep - tip_chord * 0.2, -s2)],
    ]
    tail_span = span * 0.34
    tail_at = -l2 + length * 0.12 if type_name == "Il-76" else -l2 + length * 0.1
    parts.append([(tail_at + 1.5, 0), (tail_at - 1.5, tail_span / 2), (tail_at - 4, tail_span / 2),
                  (tail_at - 4, -tail_span / 2), (tail_at - 1.5, -tail_span / 2)])
    placed = [c.place(cx, cy, heading, p) for p in parts]
    for p in placed:
        c.shadow(p, shadow, strength=0.35)
    for p in placed:
        c.polygon(p, colour)
    engines = [0.35, 0.65] if type_name == "Il-76" else [0.3] if type_name == "An-24" else [0.35]
    for f in engines:
        for side in (1, -1):
            c.rect(cx, cy, heading, 5.0, 1.8, (70, 72, 75), along=wing_at - root * 0.3 + 2, across=side * s2 * f)
    if type_name == "Tu-204":
        c.rect(cx, cy, heading, length * 0.8, fus * 0.25, (40, 70, 150))  # livery stripe
    corners = c.box_corners(cx, cy, heading, length, span)
    return TruthObject("aircraft", cls, type_name, cx, cy, length, span, heading, corners)
