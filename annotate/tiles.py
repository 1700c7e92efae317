"""Adding image files to a project, and finding a project's tile from what an analyst types."""

from __future__ import annotations

import os

from imagery import open_tile

from annotate.model.errors import NotFoundError
from annotate.model.project import Project
from annotate.model.tile_ref import TileRef

__all__ = ["add_tile_file", "find_tile"]


def add_tile_file(project: Project, path: str | os.PathLike, *, hashed=None) -> TileRef:
    """Open (safely), hash and add an image file; returns the project's tile (existing one if already there).

    A remote file (``http(s)://``, ``s3://``) is recorded with what its server says of it (size, ETag, Last-Modified)
    and its SHA-256, streamed here unless ``hashed`` — a finished :class:`imagery.remote.BackgroundHash` of
    the same URL — already holds them (a viewer hashes in the background and records the tile afterwards).
    """
    from dataclasses import replace

    from imagery.remote import is_remote, remote_identity, remote_sha256

    path = os.fspath(path)
    if not is_remote(path):
        with open_tile(path) as tile:
            return project.add_tile(TileRef.from_metadata(tile.metadata))
    if hashed is not None:
        if hashed.error is not None:
            raise hashed.error
        identity, sha = hashed.identity, hashed.sha256
    else:
        identity = remote_identity(path)
        sha = remote_sha256(path, identity)
    with open_tile(path, compute_hash=False) as tile:  # range reads of the header only
        ref = TileRef.from_metadata(replace(tile.metadata, sha256=sha))
    return project.add_tile(replace(ref, remote=identity.to_dict() | {"sha256": sha}))


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
