"""Turn an open tile into a napari image layer: lazy multiscale, scaled to metres."""

from __future__ import annotations

from imagery import Tile
from imagery.pyramid import build_pyramid

__all__ = ["tile_layer_data", "tile_title"]


def tile_title(tile: Tile) -> str:
    """A layer name an analyst recognises: site and date, else the file name."""
    meta = tile.metadata
    date = meta.acquired.strftime("%Y-%m-%d %H:%MZ") if meta.acquired else "date unknown"
    return f"{meta.site or tile.path.name} — {date}"


def tile_layer_data(tile: Tile) -> tuple[list, dict, str]:
    """napari layer-data tuple ``(data, kwargs, "image")`` for ``tile``.

    The layer's world units are metres when the tile is georeferenced (scale =
    GSD), else pixels. World coordinates follow our pixel convention: the
    top-left *corner* of the image is at (0, 0), so the layer is translated by
    half a pixel (napari centres pixel 0 on 0).
    """
    meta = tile.metadata
    levels = build_pyramid(tile)
    step = meta.gsd_m if meta.georeferenced and meta.gsd_m else 1.0
    kwargs = {
        "name": tile_title(tile),
        "multiscale": len(levels) > 1,
        "rgb": levels[0].ndim == 3,
        "scale": (step, step),
        "translate": (step / 2, step / 2),
        "units": ("m", "m") if step != 1.0 else ("pixel", "pixel"),
        "metadata": {"tile_path": meta.path, "tile_metadata": meta, "units": "m" if step != 1.0 else "px"},
    }
    if not kwargs["rgb"]:
        kwargs["contrast_limits"] = (0, 255)
        kwargs["colormap"] = "gray"
    data = levels if len(levels) > 1 else levels[0]
    return data, kwargs, "image"
