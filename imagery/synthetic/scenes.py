"""The two sample sites: Dunai port (Primorsky Krai) and Sunan International Airport (Pyongyang).

Each scene is a background (the same for every date of a site, from a fixed
seed) plus the objects present on one date. Everything is drawn at 0.5 m GSD
on a 4096 × 4096 canvas (2,048 m a side), north up.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from PIL import Image

from .canvas import Canvas, TruthObject
from .objects import draw_aircraft, draw_vessel

__all__ = ["SiteDate", "SITES", "render"]

SIZE = 4096
GSD = 0.5


@dataclass(frozen=True)
class SiteDate:
    """One sample tile to render."""

    key: str
    site: str
    place: str
    lon: float
    lat: float
    epsg: int
    date: str  # ISO date-time, UTC
    objects: tuple[tuple[str, float, float, float], ...]  # (type, x px, y px, heading°)
    kind: str  # "port" or "airfield"
    seed: int


_PORT_BASE = (
    ("general cargo 130 m", 1120, 1705, 90.0),
    ("harbour tug", 2350, 2290, 135.0),
)
RUNWAY_CENTRE = (1500.0, 2048.0)
RUNWAY_HEADING = 17.0


def _airfield_px(along: float, across: float) -> tuple[float, float]:
    """Runway-local metres (along the runway toward 017°, across to the east) → pixel (x, y)."""
    h = math.radians(RUNWAY_HEADING)
    x = RUNWAY_CENTRE[0] + (along * math.sin(h) + across * math.cos(h)) / GSD
    y = RUNWAY_CENTRE[1] + (-along * math.cos(h) + across * math.sin(h)) / GSD
    return round(x, 1), round(y, 1)


def _stand(type_name: str, along: float) -> tuple[str, float, float, float]:
    """An aircraft parked nose-in toward the terminal on the apron stand at ``along`` metres."""
    return (type_name, *_airfield_px(along, 430.0), RUNWAY_HEADING + 90.0)


_AIR_BASE = (_stand("An-24", -240.0), _stand("Tu-204", -150.0))

SITES: tuple[SiteDate, ...] = (
    SiteDate("dunai_2025-05-18", "Dunai port", "Dunai, Primorsky Krai, Russia", 132.357, 42.889, 32653,
             "2025-05-18T01:52:10+00:00",
             _PORT_BASE + (("Ropucha-class", 1808, 2180, 0.0), ("general cargo 90 m", 2620, 1705, 270.0),
                           ("harbour tug", 1890, 2470, 20.0)),
             "port", 11),
    SiteDate("dunai_2025-06-03", "Dunai port", "Dunai, Primorsky Krai, Russia", 132.357, 42.889, 32653,
             "2025-06-03T02:05:44+00:00",
             _PORT_BASE + (("general cargo 90 m", 2392, 2080, 180.0),),
             "port", 11),
    SiteDate("sunan_2025-05-20", "Sunan International Airport", "Sunan, Pyongyang, North Korea", 125.670, 39.224,
             32651, "2025-05-20T02:31:05+00:00",
             _AIR_BASE + (_stand("Il-76", 30.0), _stand("Il-76", 120.0), _stand("An-24", 210.0)),
             "airfield", 23),
    SiteDate("sunan_2025-06-11", "Sunan International Airport", "Sunan, Pyongyang, North Korea", 125.670, 39.224,
             32651, "2025-06-11T02:18:37+00:00",
             _AIR_BASE + (_stand("Tu-204", 30.0),),
             "airfield", 23),
)


_ROOFS = ((150, 150, 145), (120, 82, 70), (95, 105, 115), (170, 165, 150), (110, 100, 90), (140, 70, 58),
          (128, 132, 126), (88, 96, 104))


def _port_background(c: Canvas) -> None:
    """Bay to the south, land to the north, a straight quay with two piers."""
    xs = np.arange(SIZE, dtype="float32")
    coast = 1500 + 140 * np.sin(xs / 900.0) + 60 * np.sin(xs / 230.0 + 1.3)
    yy = np.arange(SIZE, dtype="float32")[:, None]
    land = yy < coast[None, :]
    # reclaimed quay area: a straight apron along y = 1660 from x = 700 to 3300
    quay = np.zeros((SIZE, SIZE), bool)
    quay[1400:1660, 700:3300] = True
    piers = np.zeros_like(quay)
    piers[1660:2500, 1680:1790] = True  # pier A (west face berths the landing ship)
    piers[1660:2300, 2420:2520] = True  # pier B
    water = ~(land | quay | piers)
    c.fill_texture(water, (34, 58, 70), 6.0, cells=40, grain=1.5)
    c.water_waves(water, 30.0, 9.0, 2.5)
    c.fill_texture(land & ~quay, (92, 104, 72), 14.0, cells=60, grain=3.0)
    c.fill_texture(quay | piers, (150, 148, 140), 5.0, cells=80, grain=2.0)
    d = c.draw
    # quay edges (fenders, darker concrete) and bollard lines
    for x0, y0, x1, y1 in ((700, 1652, 3300, 1660), (1680, 1660, 1688, 2500), (1782, 1660, 1790, 2500),
                           (2420, 1660, 2428, 2300), (2512, 1660, 2520, 2300)):
        d.rectangle((x0, y0, x1, y1), fill=(95, 95, 92))
    # roads, rail track and warehouses on land
    d.line([(0, 1330), (SIZE, 1250)], fill=(110, 108, 104), width=22)
    d.line([(700, 1450), (3300, 1450)], fill=(80, 70, 60), width=6)
    d.line([(1300, 0), (1420, 1400)], fill=(110, 108, 104), width=18)
    rng = c.rng
    for i in range(14):
        x = 760 + i * 180 + int(rng.integers(-10, 10))
        w, h = int(rng.integers(90, 150)), int(rng.integers(60, 110))
        roof = _ROOFS[int(rng.integers(len(_ROOFS)))]
        d.rectangle((x + 8, 1488 + 8, x + w + 8, 1488 + h + 8), fill=(60, 62, 55))
        d.rectangle((x, 1488, x + w, 1488 + h), fill=roof)
    for i in range(40):  # houses in the town to the north
        x, y = int(rng.integers(100, 3900)), int(rng.integers(150, 1150))
        w, h = int(rng.integers(20, 50)), int(rng.integers(20, 40))
        d.rectangle((x + 5, y + 5, x + w + 5, y + h + 5), fill=(55, 60, 45))
        d.rectangle((x, y, x + w, y + h), fill=_ROOFS[int(rng.integers(len(_ROOFS)))])
    # container stacks on the quay
    for i in range(6):
        x = 2000 + i * 40
        d.rectangle((x, 1580, x + 30, 1640), fill=(40 + 30 * i % 200, 90, 150 - 15 * i))


def _airfield_background(c: Canvas) -> None:
    """Grass, a runway at 017°/197°, a parallel taxiway, apron and terminal."""
    c.fill_texture(np.ones((SIZE, SIZE), bool), (96, 112, 70), 12.0, cells=50, grain=3.0)
    d = c.draw
    heading = RUNWAY_HEADING

    def strip(along, across, length_m, width_m, colour, angle=0.0):
        x, y = _airfield_px(along, across)
        pts = c.place(x, y, heading + angle, [(length_m / 2, -width_m / 2), (length_m / 2, width_m / 2),
                                              (-length_m / 2, width_m / 2), (-length_m / 2, -width_m / 2)])
        d.polygon(pts, fill=colour)

    strip(0, 0, 3000, 60, (82, 82, 80))  # runway 60 m wide
    for k in range(-40, 41):  # centreline dashes
        strip(k * 36.0, 0, 18, 1.0, (230, 230, 225))
    for edge in (-29, 29):  # edge lines
        strip(0, edge, 3000, 0.9, (220, 220, 215))
    strip(0, 200, 3000, 23, (95, 95, 92))  # parallel taxiway, 200 m east
    for along in (-500, 0, 500):  # runway ↔ taxiway connectors
        strip(along, 100, 200, 23, (95, 95, 92), angle=90.0)
    for along in (-200, 150):  # taxiway ↔ apron connectors
        strip(along, 260, 120, 23, (95, 95, 92), angle=90.0)
    strip(-15, 420, 600, 200, (150, 150, 145))  # apron
    for along in (-240, -150, -60, 30, 120, 210):  # stand lead-in lines
        strip(along, 420, 0.6, 160, (230, 200, 40))
    strip(-15, 560, 520, 50, (190, 185, 175))  # terminal
    rng = c.rng
    for i in range(25):  # service buildings
        x, y = int(rng.integers(2700, 3950)), int(rng.integers(2000, 3900))
        w, h = int(rng.integers(30, 90)), int(rng.integers(30, 70))
        d.rectangle((x + 6, y + 6, x + w + 6, y + h + 6), fill=(60, 68, 45))
        d.rectangle((x, y, x + w, y + h), fill=_ROOFS[int(rng.integers(len(_ROOFS)))])


def render(site: SiteDate) -> tuple[Image.Image, list[TruthObject]]:
    """Render one site on one date: the image and the ground truth of every object in it."""
    canvas = Canvas(SIZE, GSD, site.seed)
    (_port_background if site.kind == "port" else _airfield_background)(canvas)
    truths = []
    for type_name, x, y, heading in site.objects:
        draw = draw_vessel if site.kind == "port" else draw_aircraft
        truths.append(draw(canvas, type_name, float(x), float(y), heading))
    canvas.soften(0.5)
    # the light differs a little between dates
    day = int(site.date[8:10])
    gain = 1.0 + 0.03 * math.sin(day)
    arr = np.clip(np.asarray(canvas.image, dtype="float32") * gain, 0, 255).astype(np.uint8)
    return Image.fromarray(arr), truths
