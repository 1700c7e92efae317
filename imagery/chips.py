"""Image chips: a crop around a pixel geometry, resampled, with its georeferencing.

A chip never travels without its georeferencing (as rio-tiler's ``ImageData``):
:class:`Chip` carries the pillow image, the source window, the chip's own
pixel → CRS transform and the CRS.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

import numpy as np
from affine import Affine
from PIL import Image
from rasterio.enums import Resampling
from rasterio.windows import Window

from .display import DisplayRecipe, make_recipe
from .tile import Tile

__all__ = ["Chip", "make_chip"]


@dataclass(frozen=True)
class Chip:
    """A resampled crop of a tile.

    ``window`` is ``(row_off, col_off, height, width)`` in source pixels;
    ``scale`` is source pixels per chip pixel; ``transform`` maps chip pixels to
    CRS coordinates (``None`` for pixel-only tiles).
    """

    image: Image.Image
    window: tuple[int, int, int, int]
    scale: float
    transform: Affine | None
    crs: str | None

    def to_chip_pixels(self, rows: Sequence[float], cols: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
        """Source pixel ``(row, col)`` → chip pixel ``(row, col)``, e.g. to draw a geometry on the chip."""
        r = (np.asarray(rows, "float64") - self.window[0]) / self.scale
        c = (np.asarray(cols, "float64") - self.window[1]) / self.scale
        return r, c


def make_chip(
    tile: Tile,
    rows: Sequence[float],
    cols: Sequence[float],
    *,
    size: int = 256,
    margin: float = 0.5,
    min_margin_px: int = 16,
    recipe: DisplayRecipe | None = None,
) -> Chip:
    """Crop around a pixel geometry, with a margin, resampled so its longer side is ``size`` px.

    Parameters
    ----------
    tile
        An open tile.
    rows, cols
        The geometry's vertices in pixel coordinates (corner origin).
    size
        Longer side of the chip in pixels; the aspect ratio of the window is kept.
    margin
        Margin on each side as a fraction of the geometry's larger extent.
    min_margin_px
        At least this many source pixels of margin.
    """
    ds = tile.dataset
    rows = np.asarray(rows, "float64")
    cols = np.asarray(cols, "float64")
    if rows.size == 0 or rows.shape != cols.shape:
        raise ValueError("a chip needs a geometry with at least one vertex and matching rows/cols")
    extent = max(rows.max() - rows.min(), cols.max() - cols.min(), 1.0)
    pad = max(margin * extent, min_margin_px)
    r0 = int(np.clip(np.floor(rows.min() - pad), 0, ds.height - 1))
    c0 = int(np.clip(np.floor(cols.min() - pad), 0, ds.width - 1))
    r1 = int(np.clip(np.ceil(rows.max() + pad), r0 + 1, ds.height))
    c1 = int(np.clip(np.ceil(cols.max() + pad), c0 + 1, ds.width))
    h, w = r1 - r0, c1 - c0
    scale = max(h, w) / float(size)
    out_h, out_w = max(1, round(h / scale)), max(1, round(w / scale))
    recipe = recipe or make_recipe(ds)
    window = Window(c0, r0, w, h)
    resampling = Resampling.average if scale > 1 else Resampling.bilinear
    data = ds.read(list(recipe.bands), window=window, out_shape=(len(recipe.bands), out_h, out_w), resampling=resampling)
    alpha = None
    if recipe.mask_band is not None:
        alpha = ds.read(recipe.mask_band, window=window, out_shape=(out_h, out_w), resampling=Resampling.nearest)
    pixels = recipe.apply(data, alpha)
    image = Image.fromarray(pixels, mode="RGB" if pixels.ndim == 3 else "L")
    transform = None
    meta = tile.metadata
    if meta.transform is not None:
        sx, sy = w / out_w, h / out_h
        transform = Affine(*meta.transform) @ Affine.translation(c0, r0) @ Affine.scale(sx, sy)
    return Chip(image=image, window=(r0, c0, h, w), scale=h / out_h, transform=transform, crs=meta.crs)
