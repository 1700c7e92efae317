"""Drawing annotations on chips and figures with pillow: outlines, labels, fonts."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageDraw, ImageFont

__all__ = ["font", "COLOURS", "CATEGORY_COLOURS", "outline", "label", "number"]

COLOURS = {"corroborates": (40, 200, 80), "contradicts": (235, 60, 50), "context": (250, 190, 40),
           None: (0, 230, 255)}
CATEGORY_COLOURS = {"vessel": (0, 229, 255), "aircraft": (255, 214, 0), "other": (255, 64, 255)}
_FONT_FILES = ("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "/usr/share/fonts/TTF/DejaVuSans.ttf",
               "/Library/Fonts/Arial.ttf", "C:/Windows/Fonts/arial.ttf")


@lru_cache(maxsize=16)
def font(size: int):
    """A scalable font: DejaVu Sans where installed, else pillow's bundled one."""
    for f in _FONT_FILES:
        if Path(f).is_file():
            return ImageFont.truetype(f, size)
    return ImageFont.load_default(size=size)


def outline(draw: ImageDraw.ImageDraw, points, colour, width: int = 3) -> None:
    """A closed outline, or a ringed dot for a single point."""
    if len(points) == 1:
        x, y = points[0]
        r = max(6, width * 3)
        draw.ellipse((x - r, y - r, x + r, y + r), outline=colour, width=width)
        return
    draw.line(list(points) + [points[0]], fill=colour, width=width, joint="curve")


def label(draw: ImageDraw.ImageDraw, xy, text: str, colour, size: int = 16) -> None:
    """Text on a dark plate so it reads on any background."""
    f = font(size)
    x, y = xy
    box = draw.textbbox((x, y), text, font=f)
    draw.rectangle((box[0] - 3, box[1] - 2, box[2] + 3, box[3] + 2), fill=(0, 0, 0))
    draw.text((x, y), text, fill=colour, font=f)


def number(draw: ImageDraw.ImageDraw, centre, n: int, size: int = 13) -> None:
    """A small white number on a dark disc at ``centre``: a key entry's mark on a crowded figure."""
    f = font(size)
    text = str(n)
    x, y = centre
    box = draw.textbbox((0, 0), text, font=f)
    w, h = box[2] - box[0], box[3] - box[1]
    r = max(w, h) / 2 + 3
    draw.ellipse((x - r, y - r, x + r, y + r), fill=(0, 0, 0), outline=(255, 255, 255), width=1)
    draw.text((x - w / 2 - box[0], y - h / 2 - box[1]), text, fill=(255, 255, 255), font=f)
