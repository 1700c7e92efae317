"""Lazy multiscale levels of a tile, largest first, in the form napari accepts.

Each level is an array-like (``shape``, ``dtype``, ``ndim``, ``__getitem__``)
that reads only the window it is asked for, from the file's own overview for
that level, and returns display-ready uint8 pixels (see :mod:`imagery.display`).
Nothing is read when the levels are made, and the full-resolution image is
never read whole: napari asks each level for the part on screen.

Where a file has no overviews, the levels are still made (factors 2, 4, 8, …
down to about 512 px) and read by decimation from the full-resolution data —
correct but slow on large files, so a warning suggests ``annotate tiles optimize``.
"""

from __future__ import annotations

import threading
import warnings
from dataclasses import dataclass

import numpy as np
import rasterio
from rasterio.enums import Resampling
from rasterio.windows import Window

from .display import DisplayRecipe, make_recipe
from .tile import Tile

__all__ = ["Level", "build_pyramid", "NoOverviewsWarning"]

_SMALLEST_SIDE = 512


class NoOverviewsWarning(UserWarning):
    """The file has no overviews; zoomed-out views decimate full-resolution data."""


@dataclass
class ReadStats:
    """Pixels read from the file, by level — lets tests and benchmarks prove laziness."""

    calls: int = 0
    pixels: int = 0


class Level:
    """One pyramid level: a lazy, read-only, napari-compatible array."""

    def __init__(self, tile: Tile, factor: int, recipe: DisplayRecipe, overview_index: int | None) -> None:
        self._tile = tile
        self.factor = factor
        self._recipe = recipe
        self._overview_index = overview_index
        self._dataset = None
        self._lock = threading.Lock()
        ds = tile.dataset
        # GDAL sizes overviews by rounding up; the overview itself is opened on first read
        h, w = -(-ds.height // factor), -(-ds.width // factor)
        self.shape: tuple[int, ...] = (h, w, 3) if recipe.rgb else (h, w)
        self.dtype = np.dtype("uint8")
        self.stats = ReadStats()

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def size(self) -> int:
        return int(np.prod(self.shape))

    def __len__(self) -> int:
        return self.shape[0]

    def _open_overview(self):
        ds = rasterio.open(self._tile.dataset.name, overview_level=self._overview_index)
        self._tile._stack.callback(ds.close)
        return ds

    def __repr__(self) -> str:
        return f"<Level 1/{self.factor} shape={self.shape}>"

    def __array__(self, dtype=None, copy=None):
        out = self[:, :]
        return out if dtype is None else out.astype(dtype)

    def __getitem__(self, key) -> np.ndarray:
        key = key if isinstance(key, tuple) else (key,)
        if any(k is Ellipsis for k in key):
            i = key.index(Ellipsis)
            key = key[:i] + (slice(None),) * (self.ndim - len(key) + 1) + key[i + 1 :]
        key = key + (slice(None),) * (self.ndim - len(key))
        rows = _as_range(key[0], self.shape[0])
        cols = _as_range(key[1], self.shape[1])
        if len(rows) == 0 or len(cols) == 0:
            empty = np.zeros((len(rows), len(cols)) + self.shape[2:], np.uint8)
            return empty[_squeeze_key(key[0], key[1]) + key[2:]]
        r0, r1 = min(rows), max(rows) + 1
        c0, c1 = min(cols), max(cols) + 1
        block = self._read(r0, r1, c0, c1)
        if rows.step != 1:
            block = block[np.asarray(rows) - r0]
        if cols.step != 1:
            block = block[:, np.asarray(cols) - c0]
        return block[_squeeze_key(key[0], key[1]) + key[2:]]

    def _read(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        want = (r1 - r0, c1 - c0)
        block = self._read_clamped(r0, r1, c0, c1)
        if block.shape[:2] != want:  # an overview a pixel smaller than rounding up predicts
            padded = np.zeros(want + block.shape[2:], np.uint8)
            padded[: block.shape[0], : block.shape[1]] = block
            block = padded
        return block

    def _read_clamped(self, r0: int, r1: int, c0: int, c1: int) -> np.ndarray:
        recipe = self._recipe
        indexes = list(recipe.bands)
        with self._lock:
            if self._overview_index is not None:
                if self._dataset is None:
                    self._dataset = self._open_overview()
                ds = self._dataset
                r1, c1 = min(r1, ds.height), min(c1, ds.width)
                window, out_shape = Window(c0, r0, c1 - c0, r1 - r0), None
            else:
                ds = self._tile.dataset
                f = self.factor
                window = Window(c0 * f, r0 * f, min(c1 * f, ds.width) - c0 * f, min(r1 * f, ds.height) - r0 * f)
                out_shape = (r1 - r0, c1 - c0)
            kwargs = {"window": window}
            if out_shape is not None:
                kwargs["out_shape"] = (len(indexes), *out_shape)
                kwargs["resampling"] = Resampling.nearest
            data = ds.read(indexes, **kwargs)
            alpha = None
            if recipe.mask_band is not None:
                if out_shape is not None:
                    kwargs["out_shape"] = out_shape
                alpha = ds.read(recipe.mask_band, **kwargs)
            self.stats.calls += 1
            self.stats.pixels += data.shape[1] * data.shape[2]
        return recipe.apply(data, alpha)


def _as_range(k, n: int) -> range:
    if isinstance(k, (int, np.integer)):
        k = int(k) + n if k < 0 else int(k)
        if not 0 <= k < n:
            raise IndexError(f"index {k} out of range for axis of size {n}")
        return range(k, k + 1)
    if isinstance(k, slice):
        return range(*k.indices(n))
    raise TypeError(f"unsupported index {k!r} for a lazy pyramid level")


def _squeeze_key(kr, kc) -> tuple:
    return (0 if isinstance(kr, (int, np.integer)) else slice(None),
            0 if isinstance(kc, (int, np.integer)) else slice(None))


def build_pyramid(tile: Tile, recipe: DisplayRecipe | None = None) -> list[Level]:
    """Lazy levels for ``tile``, largest first, ready for ``viewer.add_image(levels, multiscale=True)``.

    Uses the file's overviews; warns with :class:`NoOverviewsWarning` and
    decimates when the file has none and is larger than one level.
    """
    ds = tile.dataset
    recipe = recipe or make_recipe(ds)
    levels = [Level(tile, 1, recipe, None)]
    overviews = ds.overviews(1)
    if overviews:
        for i, factor in enumerate(overviews):
            levels.append(Level(tile, factor, recipe, i))
        return levels
    if max(ds.width, ds.height) > _SMALLEST_SIDE * 2:
        warnings.warn(
            f"{tile.path}: no overviews; zoomed-out views will read full-resolution data. "
            f"Run `annotate tiles optimize {tile.path} -o OUT.tif` for a fast COG copy.",
            NoOverviewsWarning,
            stacklevel=2,
        )
    factor = 2
    while max(ds.width, ds.height) / factor >= _SMALLEST_SIDE:
        levels.append(Level(tile, factor, recipe, None))
        factor *= 2
    return levels
