"""Turn an open tile into a napari image layer: lazy multiscale, placed in the map of its site."""

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


def tile_layer_data(tile: Tile, session=None, sha256: str | None = None) -> tuple[list, dict, str]:
    """napari layer-data tuple ``(data, kwargs, "image")`` for ``tile``.

    A georeferenced tile is placed in the map of its site (``session``: the viewer's
    :class:`~annotate.napari.session.MapSession`; the current viewer's when not given) through napari's
    ``affine`` — world units are metres, north up — else it is shown in pixels. World coordinates follow
    our pixel convention: the top-left *corner* of the image is pixel (0, 0) (napari centres pixel 0 on 0,
    so the image is shifted by half a pixel). ``metadata`` holds ``tile_path``, ``tile_sha256`` (when
    known) and the ``placement``.
    """
    meta = tile.metadata
    levels = build_pyramid(tile)
    if session is None:
        from .session import session_of

        session = session_of(_current_viewer())
    key = sha256 or meta.sha256 or str(meta.path)
    placement = session.placement(key, tile.georef if meta.georeferenced else None, meta.width, meta.height)
    metres = placement.frame is not None
    kwargs = {
        "name": tile_title(tile),
        "multiscale": len(levels) > 1,
        "rgb": levels[0].ndim == 3,
        "affine": placement.image_affine(),
        "units": ("m", "m") if metres else ("pixel", "pixel"),
        "metadata": {"tile_path": meta.path, "tile_sha256": sha256 or meta.sha256, "tile_metadata": meta,
                     "units": "m" if metres else "px", "placement": placement},
    }
    if not kwargs["rgb"]:
        kwargs["contrast_limits"] = (0, 255)
        kwargs["colormap"] = "gray"
    data = levels if len(levels) > 1 else levels[0]
    return data, kwargs, "image"


def _current_viewer():
    try:
        import napari

        return napari.current_viewer()
    except (ImportError, AttributeError):
        return None


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
