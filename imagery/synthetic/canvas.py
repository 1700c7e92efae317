"""Drawing primitives for the synthetic sample scenes: textures and objects at true scale.

Objects are placed by their centre (pixel ``x`` = column, ``y`` = row), their
true length and width in metres, and a heading in degrees clockwise from image
up (north-up tiles, so from north). Each placed object returns its ground
truth: the oriented box in pixels, with corners clockwise from the bow/nose's
left corner, as DOTA lists them.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np
from PIL import Image, ImageDraw, ImageFilter

__all__ = ["Canvas", "TruthObject"]

RGB = tuple[int, int, int]


@dataclass(frozen=True)
class TruthObject:
    """One rendered object, as ground truth."""

    category: str
    cls: str
    type: str | None
    cx: float
    cy: float
    length_m: float
    width_m: float
    heading_deg: float
    corners: tuple[tuple[float, float], ...]
    extra: dict = field(default_factory=dict)

    def to_dict(self, gsd: float) -> dict:
        return {
            "category": self.category,
            "class": self.cls,
            "type": self.type,
            "obb": {
                "cx": round(self.cx, 2),
                "cy": round(self.cy, 2),
                "length_px": round(self.length_m / gsd, 2),
                "width_px": round(self.width_m / gsd, 2),
                "heading_deg": round(self.heading_deg % 360, 2),
            },
            "corners_xy": [[round(x, 2), round(y, 2)] for x, y in self.corners],
            "length_m": self.length_m,
            "width_m": self.width_m,
            **self.extra,
        }


class Canvas:
    """An RGB canvas of ``size`` × ``size`` pixels at ``gsd`` metres per pixel."""

    def __init__(self, size: int, gsd: float, seed: int) -> None:
        self.size = size
        self.gsd = gsd
        self.rng = np.random.default_rng(seed)
        self.image = Image.new("RGB", (size, size))
        self.draw = ImageDraw.Draw(self.image)

    # ------------------------------------------------------------------ textures
    def smooth_noise(self, cells: int, amplitude: float = 1.0) -> np.ndarray:
        """Low-frequency noise in [-amplitude, amplitude], ``size`` × ``size``."""
        small = self.rng.random((cells, cells)).astype("float32")
        img = Image.fromarray((small * 255).astype(np.uint8)).resize((self.size, self.size), Image.BICUBIC)
        return (np.asarray(img, dtype="float32") / 127.5 - 1.0) * amplitude

    def fill_texture(self, mask: np.ndarray, base: RGB, variation: float, cells: int = 48, grain: float = 2.0) -> None:
        """Fill ``mask`` with ``base`` colour modulated by smooth noise and a little grain."""
        arr = np.asarray(self.image, dtype="float32").copy()
        noise = self.smooth_noise(cells, variation) + self.smooth_noise(cells * 4, variation * 0.4)
        grain_noise = self.rng.normal(0, grain, (self.size, self.size)).astype("float32")
        for ch in range(3):
            layer = base[ch] + noise + grain_noise
            arr[..., ch] = np.where(mask, layer, arr[..., ch])
        self.image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        self.draw = ImageDraw.Draw(self.image)

    def water_waves(self, mask: np.ndarray, angle_deg: float, wavelength_m: float, amplitude: float) -> None:
        """Add wind ripples on water."""
        yy, xx = np.mgrid[0 : self.size, 0 : self.size].astype("float32")
        a = math.radians(angle_deg)
        phase = (xx * math.cos(a) + yy * math.sin(a)) * self.gsd / wavelength_m * 2 * math.pi
        wobble = self.smooth_noise(24, 2.0)
        waves = np.sin(phase + wobble) * amplitude
        arr = np.asarray(self.image, dtype="float32").copy()
        arr += (waves * mask)[..., None]
        self.image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
        self.draw = ImageDraw.Draw(self.image)

    def soften(self, radius: float = 0.6) -> None:
        """A sensor-like blur of the whole scene."""
        self.image = self.image.filter(ImageFilter.GaussianBlur(radius))
        self.draw = ImageDraw.Draw(self.image)

    # ------------------------------------------------------------------ geometry
    def px(self, metres: float) -> float:
        return metres / self.gsd

    def place(self, cx: float, cy: float, heading_deg: float, local: list[tuple[float, float]]) -> list[tuple[float, float]]:
        """Map local (along, across) metres — along toward the heading, across to starboard — to pixels."""
        h = math.radians(heading_deg)
        fx, fy = math.sin(h), -math.cos(h)  # forward unit vector in (x, y) pixels
        rx, ry = -fy, fx  # starboard: forward rotated 90° clockwise on screen
        return [(cx + (u * fx + v * rx) / self.gsd, cy + (u * fy + v * ry) / self.gsd) for u, v in local]

    def polygon(self, points: list[tuple[float, float]], colour: RGB, outline: RGB | None = None) -> None:
        self.draw.polygon(points, fill=colour, outline=outline)

    def rect(self, cx: float, cy: float, heading: float, length_m: float, width_m: float, colour: RGB,
             along: float = 0.0, across: float = 0.0) -> None:
        """An oriented rectangle, optionally offset along/across from the centre (metres)."""
        l2, w2 = length_m / 2, width_m / 2
        local = [(along + l2, across - w2), (along + l2, across + w2), (along - l2, across + w2), (along - l2, across - w2)]
        self.polygon(self.place(cx, cy, heading, local), colour)

    def shadow(self, points: list[tuple[float, float]], offset_m: tuple[float, float], strength: float = 0.45) -> None:
        """Darken the ground under a polygon shifted by ``offset_m`` (east, south) metres."""
        dx, dy = offset_m[0] / self.gsd, offset_m[1] / self.gsd
        shifted = [(x + dx, y + dy) for x, y in points]
        mask = Image.new("L", self.image.size, 0)
        ImageDraw.Draw(mask).polygon(shifted, fill=int(255 * strength))
        dark = Image.new("RGB", self.image.size, (0, 0, 0))
        self.image = Image.composite(dark, self.image, mask)
        self.draw = ImageDraw.Draw(self.image)

    def box_corners(self, cx: float, cy: float, heading: float, length_m: float, width_m: float) -> tuple:
        """Oriented box corners, clockwise on screen starting at the bow's port corner."""
        l2, w2 = length_m / 2, width_m / 2
        return tuple(self.place(cx, cy, heading, [(l2, -w2), (l2, w2), (-l2, w2), (-l2, -w2)]))
