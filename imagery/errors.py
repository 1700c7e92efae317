"""One root for every error the imagery package raises.

Each error also inherits the builtin a caller would naturally catch, in the
manner of ``rasterio.errors.RasterioIOError(RasterioError, OSError)``. Every
message names the file and the problem in one line.
"""

from __future__ import annotations

__all__ = [
    "ImageryError",
    "TileNotFoundError",
    "NotAnImageError",
    "CorruptTileError",
    "UnsupportedTileError",
    "GeoreferenceError",
]


class ImageryError(Exception):
    """Root of all imagery errors."""

    def __init__(self, path: object, problem: str) -> None:
        self.path = str(path)
        self.problem = problem
        super().__init__(f"{self.path}: {problem}")


class TileNotFoundError(ImageryError, FileNotFoundError):
    """The file does not exist or is not a regular file."""


class NotAnImageError(ImageryError, ValueError):
    """The file exists but no raster driver recognises it."""


class CorruptTileError(ImageryError, OSError):
    """The header opened but the pixels cannot be decoded (truncated, corrupt, or the decoder crashed)."""


class UnsupportedTileError(ImageryError, ValueError):
    """The raster is well formed but cannot be used: zero size, absurd declared dimensions, too many bands."""


class GeoreferenceError(ImageryError, ValueError):
    """The georeferencing is present but unusable (unknown CRS, degenerate transform)."""
