"""Drawing annotations on chips and figures with pillow: outlines, labels, fonts."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from PIL import ImageDraw, ImageFont

__all__ = ["font", "COLOURS", "outline", "label"]

COLOURS = {"corroborates": (40, 200, 80), "contradicts": (235, 60, 50), "context": (250, 190, 40),
           None: (0, 230, 255)}
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
