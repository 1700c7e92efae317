"""Turn an open tile into a napari image layer: lazy multiscale, scaled to metres."""

from __future__ import annotations

from pathlib import Path

from imagery import Tile
from imagery.georef import format_latlon
from imagery.pyramid import build_pyramid

__all__ = ["tile_layer_data", "tile_title", "overlay_text"]


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


def overlay_text(meta) -> str:
    """The canvas overlay for a tile: site and date, centre and GSD, credit."""
    date = meta.acquired.strftime("%Y-%m-%d %H:%M UTC") if meta.acquired else "acquisition date unknown"
    lines = [f"{meta.site or Path(meta.path).name} — {date}"]
    if meta.center_lonlat:
        lines.append(f"{format_latlon(meta.center_lonlat[1], meta.center_lonlat[0], 4, sep='  ')} — "
                     f"GSD {meta.gsd_m:.2f} m")
    else:
        lines.append("not georeferenced: pixel coordinates only")
    if meta.credit or meta.source:
        lines.append(meta.credit or meta.source)
    return "\n".join(lines)
