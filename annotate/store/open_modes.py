"""How a project file is connected to: writable, read-only, or read-only on a medium nobody can write.

A project is kept in WAL mode, which needs ``-wal`` and ``-shm`` files beside it, so a plain read-only
open fails on a read-only folder ("attempt to write a readonly database"). An archived evidence folder, a
read-only share or a write-protected medium is opened with SQLite's ``immutable`` flag instead — but only
after checking that no writer left a log behind (a non-empty ``-wal`` holds committed edits that
``immutable`` would ignore).

Every connection gets ``PRAGMA trusted_schema=OFF`` (SQL in the file cannot call functions with side
effects) and ``foreign_keys=ON``.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from urllib.parse import quote

from annotate.model.errors import NotAProjectError, ProjectFileError

__all__ = ["writable", "connect", "is_project_file"]

BUSY_TIMEOUT_S = 30


def writable(path: Path) -> bool:
    """Can this process write the project file and create its side files beside it?"""
    folder = path.parent if str(path.parent) else Path(".")
    return os.access(path, os.W_OK) and os.access(folder, os.W_OK)


def _uri(path: Path, **params: str) -> str:
    query = "&".join(f"{k}={v}" for k, v in params.items())
    return f"file:{quote(str(path.resolve()))}?{query}"


def _harden(con: sqlite3.Connection) -> sqlite3.Connection:
    con.execute("PRAGMA trusted_schema=OFF")
    con.execute("PRAGMA foreign_keys=ON")
    return con


def connect(path: Path, read_only: bool) -> sqlite3.Connection:
    """A connection in autocommit mode (the store opens its own transactions)."""
    try:
        if not read_only:
            con = _harden(sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S))
            con.execute("PRAGMA journal_mode=WAL")
            con.execute("PRAGMA synchronous=FULL")
            return con
        if writable(path):
            # a normal connection that refuses writes: unlike mode=ro it removes the -wal/-shm files it
            # needed when it closes, so reading a project leaves nothing behind
            con = _harden(sqlite3.connect(path, isolation_level=None, timeout=BUSY_TIMEOUT_S))
            con.execute("PRAGMA query_only=ON")
            return con
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            # committed edits still in the log: only a normal read-only open sees them
            con = _harden(sqlite3.connect(_uri(path, mode="ro"), uri=True, isolation_level=None,
                                          timeout=BUSY_TIMEOUT_S))
            con.execute("SELECT count(*) FROM sqlite_master").fetchone()
            return con
        return _harden(sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True, isolation_level=None))
    except sqlite3.DatabaseError as exc:
        if read_only and not writable(path):
            raise ProjectFileError(
                f"{path}: on a read-only folder with unsaved changes in {path.name}-wal that SQLite cannot read "
                f"here ({exc}); copy the folder somewhere writable and open the copy") from None
        raise NotAProjectError(f"{path}: not an annotate project or corrupt: {exc}") from None


def is_project_file(path: str | os.PathLike) -> bool:
    """Is ``path`` an annotate project (a SQLite file holding our meta table)? Recognised by content, not name,
    and without writing anything (an ``immutable`` probe leaves no ``-wal``/``-shm`` behind); never raises."""
    path = Path(path)
    try:
        with open(path, "rb") as fh:
            if fh.read(16) != b"SQLite format 3\x00":
                return False
        con = sqlite3.connect(_uri(path, mode="ro", immutable="1"), uri=True)
        try:
            return bool(con.execute("SELECT count(*) FROM sqlite_master WHERE name='annotate_meta'").fetchone()[0])
        finally:
            con.close()
    except (OSError, sqlite3.Error):
        return False
