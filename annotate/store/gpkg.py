"""The project file: a GeoPackage (SQLite) that GDAL and QGIS open as-is.

Every change runs in its own ``BEGIN IMMEDIATE`` transaction and is committed
when made (WAL mode, ``synchronous=FULL``): a crash or ``kill -9`` loses no
committed edit and leaves no half-edit. Several processes may edit one
project: writers queue on SQLite's lock (30 s busy timeout) and each sees the
others' committed edits.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from annotate import __version__
from annotate.model.errors import (
    ForeignSchemaError,
    MalformedRowError,
    NotAProjectError,
    ProjectError,
    ProjectFileError,
    ReadOnlyProjectError,
    SchemaTooNewError,
)
from annotate.model.serialize import format_time

from .gpkg_geometry import blob_to_geojson, to_gpkg_blob
from .tables import ANN_COLS, ProjectTables
from . import open_modes
from .schema import APPLICATION_ID, SCHEMA_VERSION, create_schema, migrate
from .schema_guard import check_schema, has_table, read_columns

__all__ = ["GeoPackageStore"]



class GeoPackageStore(ProjectTables):
    """Persistence of one project in one GeoPackage file. Use :meth:`create` or :meth:`open`."""

    def __init__(self, con: sqlite3.Connection, path: Path, read_only: bool) -> None:
        self._con = con
        self._read_cols = read_columns(con, "annotations", ANN_COLS)  # an unmigrated (read-only) project too
        self.path = path
        self.read_only = read_only
        self._in_txn = False
        self.warnings: list[str] = []  # what an analyst should know about this open (foreign SQL, …)
        self.schema_check = None

    # ------------------------------------------------------------------ opening
    @classmethod
    def create(cls, path: str | os.PathLike, *, overwrite: bool = False) -> "GeoPackageStore":
        path = Path(path)
        if path.exists() and not overwrite:
            raise ProjectFileError(f"{path}: already exists (choose another name)")
        if not path.parent.is_dir():
            raise ProjectFileError(f"{path}: folder {path.parent} does not exist")
        tmp = path.with_name(f".{path.name}.creating")
        try:
            tmp.unlink(missing_ok=True)
            con = sqlite3.connect(tmp, isolation_level=None)
            create_schema(con, format_time(_now()), __version__)
            con.close()
            os.replace(tmp, path)
        except (sqlite3.Error, OSError) as exc:
            tmp.unlink(missing_ok=True)
            raise ProjectFileError(f"{path}: cannot create project: {exc}") from None
        return cls.open(path)

    @classmethod
    def open(cls, path: str | os.PathLike, *, read_only: bool = False,
             allow_foreign: bool = False) -> "GeoPackageStore":
        """Open a project. ``read_only`` opens it without any write (``mode=ro``, or ``immutable`` on a
        read-only folder or medium, where SQLite could not even create its lock files).

        A writable open refuses a project whose schema holds foreign SQL (see :mod:`.schema_guard`); a
        read-only open allows it and lists it in :attr:`warnings` (``allow_foreign`` is for
        :meth:`remove_foreign` only).
        """
        path = Path(path)
        if not path.exists():
            raise ProjectFileError(f"{path}: no such project file")
        if not path.is_file():
            raise ProjectFileError(f"{path}: not a file")
        try:
            with open(path, "rb") as fh:
                head = fh.read(16)
        except OSError as exc:
            raise ProjectFileError(f"{path}: cannot read: {exc.strerror}") from None
        if head != b"SQLite format 3\x00":
            raise NotAProjectError(f"{path}: not an annotate project (not a SQLite/GeoPackage file)")
        if not read_only and not open_modes.writable(path):
            raise ReadOnlyProjectError(f"{path}: the project (or its folder) is read-only; commands that only "
                                       "read it (list, verify, report, export, open) still work")
        con = open_modes.connect(path, read_only)
        warnings: list[str] = []
        try:
            found = cls._check_header(con, path)
            if found < SCHEMA_VERSION and not read_only:
                migrate(con, found)
                found = SCHEMA_VERSION
            check = check_schema(con, found)
        except sqlite3.DatabaseError as exc:
            con.close()
            raise NotAProjectError(f"{path}: not an annotate project or corrupt: {exc}") from None
        except ProjectError:
            con.close()
            raise
        if check.blocks_writing:
            if not read_only and not allow_foreign:
                con.close()
                raise ForeignSchemaError(
                    f"{path}: holds SQL that annotate did not create ({check.summary()}); refused for writing. "
                    f"Inspect with `annotate verify`, remove with `annotate schema {path} --remove-foreign`")
            warnings.append(f"holds SQL that annotate did not create ({check.summary()}); opened read-only")
        store = cls(con, path, read_only)
        store.warnings = warnings
        store.schema_check = check
        return store

    @staticmethod
    def _check_header(con: sqlite3.Connection, path: Path) -> int:
        """The project's schema version, after checking that this is one of our projects at all."""
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        if app_id != APPLICATION_ID or not has_table(con, "annotate_meta"):
            raise NotAProjectError(f"{path}: not an annotate project (a SQLite file without our tables)")
        row = con.execute("SELECT value FROM annotate_meta WHERE key='schema_version'").fetchone()
        try:
            found = int(row[0])
        except (TypeError, ValueError, OverflowError):
            raise NotAProjectError(f"{path}: not a usable annotate project: its schema version is "
                                   f"{'missing' if row is None else repr(row[0])}") from None
        if found > SCHEMA_VERSION:
            raise SchemaTooNewError(
                f"{path}: written by a newer annotate (schema {found}; this version reads up to {SCHEMA_VERSION}); "
                "upgrade annotate to open it")
        if found < 1:
            raise NotAProjectError(f"{path}: not a usable annotate project: schema version {found}")
        return found

    def close(self) -> None:
        self._con.close()

    @property
    def schema_version(self) -> int:
        return int(self._con.execute("SELECT value FROM annotate_meta WHERE key='schema_version'").fetchone()[0])

    @property
    def project_id(self) -> str | None:
        row = self._q("SELECT value FROM annotate_meta WHERE key='project_id'").fetchone()
        return row[0] if row else None

    def _geom_in(self, lonlat: dict | None):
        return to_gpkg_blob(lonlat)

    def _geom_out(self, stored) -> dict | None:
        return blob_to_geojson(stored)

    @property
    def connection(self) -> sqlite3.Connection:
        """The open SQLite connection, for the store's own checks (verify, schema, seals)."""
        return self._con

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic, committed-on-exit unit of change."""
        if self.read_only:
            raise ReadOnlyProjectError(f"{self.path}: opened read-only")
        if self._in_txn:
            yield
            return
        try:
            self._con.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as exc:
            raise ProjectFileError(f"{self.path}: cannot start a change: {exc}") from None
        self._in_txn = True
        try:
            yield
            self._con.execute("COMMIT")
        except BaseException as exc:
            try:
                self._con.execute("ROLLBACK")
            except sqlite3.Error:
                pass
            if isinstance(exc, sqlite3.Error):
                raise ProjectFileError(f"{self.path}: change not saved, project unchanged: {exc}") from None
            raise
        finally:
            self._in_txn = False

    def check_references(self) -> None:
        """Raise :class:`MalformedRowError` if a row refers to a row that is not there (an annotation to a
        missing tile, a link to a missing claim, …): what joins several tables calls this first."""
        rows = self._q("PRAGMA foreign_key_check").fetchall()
        if rows:
            table, rowid, parent = rows[0][:3]
            more = f" (and {len(rows) - 1} more)" if len(rows) > 1 else ""
            raise MalformedRowError(f"{self.path}: row {rowid} of {table} refers to a {parent} row that is not in "
                                    f"the project{more}; `annotate verify` lists every problem")

    # ------------------------------------------------------------------ seals and schema repair
    def seal(self, analyst: str):
        """Sign the chain head with the analyst's key (see :mod:`.seals`); returns the :class:`Seal`."""
        from .seals import make_seal

        with self.transaction():
            return make_seal(self._con, self.project_id or "", analyst)

    def remove_foreign(self, analyst: str, time: str) -> list[str]:
        """Remove foreign SQL and restore ours, audited as one ``schema`` entry. Returns what was done."""
        from .schema_guard import remove_foreign

        with self.transaction():
            done = remove_foreign(self._con)
            if done:
                self.append_audit_many([(time, analyst, "repair", "schema", self.project_id or "", None,
                                         {"done": done})])
        self.schema_check = check_schema(self._con)
        self.warnings = []
        return done

    # ------------------------------------------------------------------ checks
    def schema_problems(self) -> list[str]:
        """The schema compared with the one this version creates (foreign SQL, missing objects)."""
        return check_schema(self._con).problems()

    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks, and the GeoPackage registrations (the schema itself
        is compared with the version's by :func:`.schema_guard.check_schema`)."""
        from .gpkg_checks import integrity_problems

        return integrity_problems(self._con, self.schema_version)


def _now():
    from annotate.model.annotation import utc_now

    return utc_now()
