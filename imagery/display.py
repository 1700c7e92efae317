"""How a tile's bands become 8-bit pixels on screen: band choice and contrast stretch.

* Band choice: natural colour (red, green, blue) where the colour
  interpretation or band descriptions say which band is which — so a BGR-ordered
  file still shows in natural colour — else the first three bands; one- and
  two-band images show their first band in grey.
* Stretch: 8-bit data is shown as stored. Other types are stretched linearly
  between per-band percentiles (2 and 98 by default), computed from a small
  overview, ignoring nodata and fully transparent pixels.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

__all__ = ["DisplayRecipe", "choose_bands", "make_recipe"]

_NATURAL = ("red", "green", "blue")
_STATS_SIDE = 512


@dataclass(frozen=True)
class DisplayRecipe:
    """Which bands to show (1-based) and how to map them to 0–255.

    ``low``/``high`` are per shown band; ``None`` means the data is already 8-bit.
    """

    bands: tuple[int, ...]
    low: tuple[float, ...] | None
    high: tuple[float, ...] | None
    mask_band: int | None  # alpha band (1-based) whose zeros are shown black
    nodata: float | None

    @property
    def rgb(self) -> bool:
        return len(self.bands) == 3

    def apply(self, data: np.ndarray, alpha: np.ndarray | None = None) -> np.ndarray:
        """Map band-first ``data`` (bands, rows, cols) to a displayable uint8 array (rows, cols[, 3])."""
        if self.low is None:
            out = data.astype(np.uint8, copy=False)
        else:
            low = np.asarray(self.low, dtype="float32")[:, None, None]
            high = np.asarray(self.high, dtype="float32")[:, None, None]
            scaled = (data.astype("float32") - low) * (255.0 / np.maximum(high - low, 1e-12))
            out = np.clip(scaled, 0, 255).astype(np.uint8)
        if self.nodata is not None:
            out = np.where((data == self.nodata).all(axis=0, keepdims=True), 0, out).astype(np.uint8)
        if alpha is not None:
            out = np.where(alpha[None] == 0, 0, out).astype(np.uint8)
        return np.moveaxis(out, 0, -1) if self.rgb else out[0]


def choose_bands(colorinterp: tuple[str, ...], descriptions: tuple[str | None, ...]) -> tuple[int, ...]:
    """1-based band indexes to show.

    >>> choose_bands(("blue", "green", "red", "alpha"), (None,) * 4)
    (3, 2, 1)
    >>> choose_bands(("gray",) * 5, ("coastal", "Blue", "Green", "Red", "NIR"))
    (4, 3, 2)
    >>> choose_bands(("gray",), (None,))
    (1,)
    """
    def find(names):
        idx = []
        for colour in _NATURAL:
            hit = [i for i, n in enumerate(names, 1) if n and n.strip().lower() == colour]
            if not hit:
                return None
            idx.append(hit[0])
        return tuple(idx)

    for names in (colorinterp, descriptions):
        found = find(names)
        if found:
            return found
    data_bands = [i for i, ci in enumerate(colorinterp, 1) if ci != "alpha"] or [1]
    return tuple(data_bands[:3]) if len(data_bands) >= 3 else (data_bands[0],)


def make_recipe(dataset, percentiles: tuple[float, float] = (2.0, 98.0)) -> DisplayRecipe:
    """Build the display recipe for an open rasterio dataset (reads only a small overview)."""
    colorinterp = tuple(ci.name for ci in dataset.colorinterp)
    bands = choose_bands(colorinterp, tuple(dataset.descriptions))
    mask_band = colorinterp.index("alpha") + 1 if "alpha" in colorinterp else None
    nodata = dataset.nodata
    if dataset.dtypes[bands[0] - 1] == "uint8":
        return DisplayRecipe(bands, None, None, mask_band, nodata)
    scale = max(1.0, max(dataset.width, dataset.height) / _STATS_SIDE)
    shape = (max(1, int(dataset.height / scale)), max(1, int(dataset.width / scale)))
    sample = dataset.read(list(bands), out_shape=(len(bands), *shape)).astype("float64")
    valid = np.ones(shape, dtype=bool)
    if nodata is not None:
        valid &= ~(sample == nodata).all(axis=0)
    if mask_band is not None:
        valid &= dataset.read(mask_band, out_shape=shape) != 0
    valid &= np.isfinite(sample).all(axis=0)
    lows, highs = [], []
    for band in sample:
        values = band[valid]
        if values.size == 0:
            lows.append(0.0)
            highs.append(1.0)
            continue
        lo, hi = np.percentile(values, percentiles)
        if hi <= lo:
            hi = lo + 1.0
        lows.append(float(lo))
        highs.append(float(hi))
    return DisplayRecipe(bands, tuple(lows), tuple(highs), mask_band, nodata)
