"""Move a project between backends (GeoPackage ⇄ PostGIS) with its audit chain intact.

Every row is copied as it is — tiles, annotations with their outlines, sources, claims, links, reviews —
and the audit log and seals entry for entry, hashes included, so ``annotate verify`` checks the copy
exactly as it checked the original (and a seal signed on the original still verifies: the project id goes
with it). The destination is new (refused if it exists) and written in one transaction; if anything fails,
it is removed, and the source is only ever read.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from annotate.model.errors import ProjectError, ProjectFileError

from .pg_connection import is_postgres_url

__all__ = ["copy_project", "CopyResult"]


@dataclass(frozen=True)
class CopyResult:
    source: str
    destination: str
    counts: dict[str, int]
    audit_entries: int
    seals: int


def copy_project(src: str | os.PathLike, dst: str | os.PathLike,
                 progress: Callable[[str], None] | None = None) -> CopyResult:
    """Copy project ``src`` to a new project ``dst`` (a ``.gpkg`` path or a ``postgresql://`` URL)."""
    from . import open_project
    from .gpkg import GeoPackageStore

    say = progress or (lambda _msg: None)
    with open_project(src, read_only=True) as source:
        s = source.store
        tiles = s.list_tiles()
        annotations = s.list_annotations(with_lonlat=True)
        sources = s.list_sources()
        claims = s.list_claims()
        links = s.list_links()
        reviews = s.list_reviews()
        audit = [tuple(r) for r in s.audit_rows()]
        seals = _seal_rows(s)
        project_id = s.project_id
        shown_src = str(source.path)
    say(f"read {len(annotations)} annotations, {len(audit)} audit entries from {shown_src}")
    if is_postgres_url(dst):
        from .postgis import PostgisStore

        dest = PostgisStore.create(str(dst))
    else:
        dest = GeoPackageStore.create(dst)
    try:
        with dest.transaction():
            if project_id:
                dest.set_project_id(project_id)
            for t in tiles:
                dest.put_tile(t)
            dest.insert_annotations(annotations)
            for x in sources:
                dest.insert_source(x)
            for c in claims:
                dest.insert_claim(c)
            for k in links:
                dest.insert_link(k)
            for r in reviews:
                dest.insert_review(r)
            dest.insert_audit_rows(audit)
            dest.insert_seal_rows(seals)
        shown_dst = str(dest.path)
    except BaseException as exc:
        _remove(dest, dst)
        if isinstance(exc, ProjectError):
            raise
        if isinstance(exc, Exception):
            raise ProjectFileError(f"{dst}: copy failed, nothing kept: {exc}") from None
        raise
    dest.close()
    counts = {"tiles": len(tiles), "annotations": len(annotations), "sources": len(sources), "claims": len(claims),
              "links": len(links), "reviews": len(reviews)}
    return CopyResult(shown_src, shown_dst, counts, len(audit), len(seals))


def _seal_rows(store) -> list[tuple]:
    from .seals import read_seals

    return [(x.seq, x.head_hash, x.time, x.analyst, x.public_key, x.fingerprint, x.signature)
            for x in read_seals(store.connection)]


def _remove(dest, dst) -> None:
    """Undo the creation of a destination whose copy failed."""
    if is_postgres_url(dst):
        try:
            dest._q(f'DROP SCHEMA "{dest.schema}" CASCADE')
        finally:
            dest.close()
        return
    dest.close()
    for suffix in ("", "-wal", "-shm"):
        Path(str(dst) + suffix).unlink(missing_ok=True)
