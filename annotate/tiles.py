"""Adding image files to a project, and finding a project's tile from what an analyst types."""

from __future__ import annotations

import os

from imagery import open_tile

from annotate.model.errors import NotFoundError
from annotate.model.project import Project
from annotate.model.tile_ref import TileRef

__all__ = ["add_tile_file", "find_tile"]


def add_tile_file(project: Project, path: str | os.PathLike) -> TileRef:
    """Open (safely), hash and add an image file; returns the project's tile (existing one if already there)."""
    from imagery.remote import is_remote, remote_identity

    path = os.fspath(path)
    identity = remote_identity(path) if is_remote(path) and not path.startswith("s3://") else None
    with open_tile(path) as tile:  # a remote file is streamed once for its SHA-256
        ref = TileRef.from_metadata(tile.metadata)
    if identity is not None:
        from dataclasses import replace

        ref = replace(ref, remote=identity.to_dict() | {"sha256": ref.sha256})
    return project.add_tile(ref)


def find_tile(project: Project, ref: str, *, add_missing: bool = False) -> TileRef:
    """A tile by SHA-256 (or a unique prefix of at least 6 characters) or by file path."""
    tiles = project.tiles()
    from imagery.remote import is_remote

    if is_remote(ref):
        for t in tiles:
            if t.path == ref:
                return t
        if add_missing:
            return add_tile_file(project, ref)
        raise NotFoundError(f"{ref}: not a tile of {project.path} (add it with `annotate tiles add`)")
    if os.path.exists(ref):
        real = os.path.realpath(ref)
        for t in tiles:
            if os.path.realpath(t.path) == real:
                return t
        if add_missing:
            return add_tile_file(project, ref)
        raise NotFoundError(f"{ref}: not a tile of {project.path} (add it with `annotate tiles add`)")
    if len(ref) >= 6:
        hits = [t for t in tiles if t.sha256.startswith(ref.lower())]
        if len(hits) == 1:
            return hits[0]
        if len(hits) > 1:
            raise NotFoundError(f"{ref}: matches {len(hits)} tiles; give more of the SHA-256")
    raise NotFoundError(f"{ref}: no such file and no tile with that SHA-256 in {project.path}")


def catalog_asset(project: Project, ref: str) -> str:
    """``ref`` itself, or — when it is no file or URL but names a recorded catalog item (its id, a unique
    prefix of 6+ characters, or its STAC id) — that item's image URL."""
    from imagery.remote import is_remote

    if is_remote(ref) or os.path.exists(ref):
        return ref
    items = project.catalog_items()
    hits = [c for c in items if c.stac_id == ref] or \
        ([c for c in items if c.id.startswith(ref.lower())] if len(ref) >= 6 else [])
    if len(hits) == 1:
        return hits[0].asset_href
    if len(hits) > 1:
        raise NotFoundError(f"{ref}: names {len(hits)} catalog items; give more of the id")
    return ref
