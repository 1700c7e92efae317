"""Raster side of the project: open tiles, georeference them, show them lazily, cut chips.

No GUI here: this package never imports ``annotate``, napari or Qt.
"""

from .errors import (
    CorruptTileError,
    GeoreferenceError,
    ImageryError,
    NotAnImageError,
    TileNotFoundError,
    UnsupportedTileError,
)
from .georef import GSD, Georef
from .hashing import sha256_file
from .tile import Tile, TileMetadata, open_tile

__all__ = [
    "open_tile",
    "Tile",
    "TileMetadata",
    "Georef",
    "GSD",
    "sha256_file",
    "ImageryError",
    "TileNotFoundError",
    "NotAnImageError",
    "CorruptTileError",
    "UnsupportedTileError",
    "GeoreferenceError",
]
