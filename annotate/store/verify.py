"""``annotate verify``: the audit chain, the tables against the log, the seals, every tile's SHA-256
against its file, and the schema (nothing foreign, nothing missing).

Moved images are found again by hash in ``--search`` folders and relinked
(the relink is itself audited). Every image is re-hashed from its bytes; the
hash cache is not trusted here, since a tampered file can keep its size and
modification time.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Callable, Iterable

from imagery.hashing import sha256_file

from .audit import verify_stored_chain
from .replay import compare_with_log
from .seals import SealCheck, chain_head, check_seals

__all__ = ["TileCheck", "VerifyReport", "verify_project"]

_IMAGE_SUFFIXES = {".tif", ".tiff", ".ntf", ".nitf", ".jp2", ".j2k", ".png", ".jpg", ".jpeg", ".img", ".vrt", ".r5"}


@dataclass(frozen=True)
class TileCheck:
    sha256: str
    path: str
    status: str  # "ok", "modified", "missing", "moved"
    found_at: str | None = None
    note: str | None = None  # why a remote tile is not ok (what its server says now)


@dataclass
class VerifyReport:
    path: str
    audit_entries: int = 0
    chain_problems: list[str] = field(default_factory=list)
    tiles: list[TileCheck] = field(default_factory=list)
    state_problems: list[str] = field(default_factory=list)
    schema_problems: list[str] = field(default_factory=list)
    seals: list[SealCheck] = field(default_factory=list)
    chain_head: str | None = None
    relinked: bool = False

    @property
    def ok(self) -> bool:
        unresolved = [t for t in self.tiles if t.status in ("modified", "missing") or (t.status == "moved"
                                                                                         and not self.relinked)]
        broken_seals = [s for s in self.seals if not s.valid]
        return not (self.chain_problems or self.state_problems or self.schema_problems or unresolved
                    or broken_seals)

    def problems(self) -> list[str]:
        out = [f"audit log: {p}" for p in self.chain_problems] + [f"schema: {p}" for p in self.schema_problems]
        out += [f"table differs from the audit log: {p}" for p in self.state_problems]
        out += [f"seal: {s.describe()}" for s in self.seals if not s.valid]
        for t in self.tiles:
            if t.status == "modified":
                out.append(f"image modified: {t.path} no longer has SHA-256 {t.sha256[:16]}…")
            elif t.status == "missing":
                out.append(f"image missing: {t.path} (SHA-256 {t.sha256[:16]}…); use --search DIR to find it")
            elif t.status == "moved" and not self.relinked:
                out.append(f"image moved: {t.path} → {t.found_at}")
        return out

    def seal_lines(self) -> list[str]:
        """Which entries are sealed and by whom (valid seals), and what is not sealed."""
        good = [s for s in self.seals if s.valid]
        lines = [s.describe() for s in good]
        last = max((s.seal.seq for s in good), default=0)
        if self.audit_entries and last < self.audit_entries:
            lines.append(f"entries {last + 1}–{self.audit_entries} are not sealed" if last else
                         "the audit log is not sealed (annotate seal PROJECT signs it)")
        return lines

    def to_dict(self) -> dict:
        d = asdict(self)
        d["seals"] = [s.to_dict() for s in self.seals]
        d["ok"] = self.ok
        d["problems"] = self.problems()
        return d


def _candidates(search: Iterable[str]) -> Iterable[Path]:
    for root in search:
        for dirpath, _dirs, files in os.walk(root):
            for name in sorted(files):
                p = Path(dirpath) / name
                if p.suffix.lower() in _IMAGE_SUFFIXES and p.is_file():
                    yield p


def verify_project(project, search: Iterable[str | os.PathLike] = (), relink: bool = True,
                   progress: Callable[[int, int], None] | None = None) -> VerifyReport:
    """Check ``project`` (an open :class:`annotate.model.Project`) and relink moved images found in ``search``."""
    report = VerifyReport(path=str(project.path))
    store = project.store
    con = store.connection
    rows = store.audit_rows().fetchall()
    report.audit_entries = len(rows)
    report.chain_problems = [f"entry {p.seq}: {p.problem}" for p in verify_stored_chain(rows)]
    if rows and rows[-1][0] != len(rows):
        report.chain_problems.append(f"the last entry is number {rows[-1][0]} but the log holds {len(rows)}")
    head = chain_head(con)
    report.chain_head = f"{head[0]}:{head[1]}" if head else None
    report.schema_problems = store.schema_problems() + store.integrity_problems()
    report.state_problems = [d.describe() for d in compare_with_log(con)]
    report.seals = check_seals(con, store.project_id)
    search = [str(s) for s in search]
    tiles = project.tiles(skip_malformed=True)
    for i, tile in enumerate(tiles):
        if progress:
            progress(i, len(tiles))
        status, found = "missing", None
        if tile.remote:  # a tile on a server: what the server says of it now, against what it said then
            status, why = _remote_status(tile)
            report.tiles.append(TileCheck(tile.sha256, tile.path, status, None, why))
            continue
        if os.path.isfile(tile.path):
            status = "ok" if sha256_file(tile.path, use_cache=False) == tile.sha256 else "modified"
        if status != "ok" and search:
            for cand in _candidates(search):
                if sha256_file(cand, use_cache=False) == tile.sha256:
                    status, found = "moved", str(cand.resolve())
                    break
        report.tiles.append(TileCheck(tile.sha256, tile.path, status, found))
    moved = [t for t in report.tiles if t.status == "moved"]
    if moved and relink and not project.read_only:
        for t in moved:
            project.relink_tile(t.sha256, t.found_at)
        report.relinked = True
    return report


def _remote_status(tile) -> tuple[str, str | None]:
    """``ok``, ``modified`` (size, ETag or Last-Modified changed) or ``missing`` (404, unreachable), with why."""
    from imagery.remote import RemoteError, RemoteIdentity, remote_identity

    recorded = RemoteIdentity(**{k: tile.remote.get(k) for k in ("url", "size", "etag", "last_modified")})
    try:
        now = remote_identity(tile.path)
    except RemoteError as exc:
        return "missing", str(exc)
    why = now.differs_from(recorded)
    return ("modified", why) if why else ("ok", None)
