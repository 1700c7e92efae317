"""npe2 reader: image tiles (everything :mod:`imagery` opens) and annotation projects (``.gpkg``).

Returns ``None`` for a path it does not handle, and never raises: a corrupt tile or an unreadable
project becomes a napari notification and no layer.
"""

from __future__ import annotations

import os

from imagery import ImageryError, open_tile

from annotate.store.open_modes import is_project_file
from annotate.store.pg_connection import is_postgres_url

from ._layers import tile_layer_data

__all__ = ["get_reader", "is_project_file"]


def _notify(message: str) -> None:
    from napari.utils.notifications import show_error

    show_error(message)


def _read_tile(path: str):
    try:
        tile = open_tile(path, compute_hash=False)
    except ImageryError as exc:
        _notify(f"Cannot open {exc}")
        return []
    return [tile_layer_data(tile)]


def _read_project(path: str):
    from annotate.model.errors import ProjectError
    from annotate.store import open_project

    layers = []
    try:
        with open_project(path, read_only=True) as project:
            tiles = project.tiles()
    except ProjectError as exc:
        _notify(f"Cannot open project: {exc}")
        return []
    for i, t in enumerate(tiles):
        try:
            data, kwargs, kind = tile_layer_data(open_tile(t.path, compute_hash=False), sha256=t.sha256)
        except (ImageryError, OSError) as exc:
            _notify(f"Project {path if is_postgres_url(path) else os.path.basename(path)}: image missing or unreadable: {exc} "
                    "(run `annotate verify --search DIR`)")
            continue
        kwargs["visible"] = i == 0
        kwargs["metadata"]["project_path"] = path if is_postgres_url(path) else os.path.abspath(path)
        layers.append((data, kwargs, kind))
    return layers


def get_reader(path):
    if isinstance(path, list):
        return None
    path = os.fspath(path)
    if is_postgres_url(path):
        return _read_project
    if path.lower().endswith(".gpkg"):
        return (lambda p: _read_project(os.fspath(p))) if is_project_file(path) else None
    return lambda p: _read_tile(os.fspath(p))
