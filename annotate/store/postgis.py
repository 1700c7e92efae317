"""A project in a PostgreSQL + PostGIS database, for a team: several analysts edit one project at once.

Same protocol, tables and audit chain as the GeoPackage (:mod:`.tables`, :mod:`.pg_schema`); what the
server adds is described in :mod:`.pg_schema`. Every change is one transaction on a pooled connection
(psycopg 3); the audit entries are appended under a per-project advisory lock held until commit, so the
hash chain stays one chain whatever the number of writers. The analyst of every change is the database
role (``current_user``): a name given with ``--analyst`` or ``ANNOTATE_ANALYST`` is not used here.
"""

from __future__ import annotations

import json
from contextlib import contextmanager
from typing import Iterator

from annotate import __version__
from annotate.model.annotation import utc_now
from annotate.model.errors import (
    MalformedRowError,
    NotAProjectError,
    ProjectError,
    ProjectFileError,
    ReadOnlyProjectError,
    SchemaTooNewError,
)
from annotate.model.serialize import format_time

from . import pg_schema
from .pg_connection import PooledConnection, parse_url
from .tables import ProjectTables

__all__ = ["PostgisStore"]


def _psycopg_errors():
    import psycopg

    return psycopg


class PostgisStore(ProjectTables):
    """Persistence of one project in one schema of a PostGIS database. Use :meth:`create` or :meth:`open`."""

    _GEOM_PARAM = "ST_SetSRID(ST_GeomFromGeoJSON(?), 4326)"
    _GEOM_SELECT = "ST_AsGeoJSON(geom)"

    def __init__(self, con: PooledConnection, read_only: bool) -> None:
        self._con = con
        self.url = con.url
        self.path = con.url.shown
        self.schema = con.url.schema
        from urllib.parse import urlsplit

        where = urlsplit(con.url.shown)
        self.name = f"{self.schema} on {where.hostname}{where.path}"
        self.read_only = read_only
        self.warnings: list[str] = []
        self.schema_check = None
        self._listener = None
        row = con.execute("SELECT current_user").fetchone()
        self.analyst: str = row[0]  # the database role: who the server says is editing

    # ------------------------------------------------------------------ opening
    @staticmethod
    def _connect(url: str) -> PooledConnection:
        try:
            parsed = parse_url(url)
        except ValueError as exc:
            raise ProjectFileError(f"{url}: {exc}") from None
        try:
            return PooledConnection(parsed)
        except Exception as exc:  # noqa: BLE001 - psycopg and its pool raise several kinds
            raise ProjectFileError(f"{parsed}: cannot connect to the database: {_reason(exc)}") from None

    @classmethod
    def create(cls, url: str, *, overwrite: bool = False) -> "PostgisStore":
        """Create the project's schema, tables, triggers and (when the role may) its reader/editor roles."""
        con = cls._connect(url)
        schema = con.url.schema
        with _closed_on_failure(con, "cannot create the project"):
            exists = con.execute("SELECT 1 FROM pg_namespace WHERE nspname = ?", (schema,)).fetchone()
            if exists and not overwrite:
                raise ProjectFileError(f"{con.url}: schema {schema!r} already exists (choose another ?schema=)")
            has_postgis = con.execute("SELECT 1 FROM pg_extension WHERE extname = 'postgis'").fetchone()
            may_roles = con.execute("SELECT rolcreaterole OR rolsuper FROM pg_roles WHERE rolname = current_user"
                                    ).fetchone()[0]
            with con.bound() as conn:
                if not has_postgis:
                    conn.execute("CREATE EXTENSION postgis")
                if exists:
                    conn.execute(f'DROP SCHEMA "{schema}" CASCADE')
                conn.execute(f'CREATE SCHEMA "{schema}"')
                for stmt in pg_schema.create_sql(schema, format_time(utc_now()), f"annotate {__version__}"):
                    conn.execute(stmt)
                if may_roles:
                    for stmt in pg_schema.roles_sql(schema):
                        conn.execute(stmt)
        con.close()
        return cls.open(url)

    @classmethod
    def open(cls, url: str, *, read_only: bool = False, allow_foreign: bool = False) -> "PostgisStore":
        """Open a project. A role without the right to edit gets :class:`ReadOnlyProjectError` unless
        ``read_only`` (``open_project_or_read_only`` then opens it read-only, saying so)."""
        con = cls._connect(url)
        with _closed_on_failure(con, "cannot read the project"):
            if not con.has_table("annotate_meta"):
                known = con.execute("SELECT 1 FROM pg_namespace WHERE nspname = ?", (con.url.schema,)).fetchone()
                raise NotAProjectError(f"{con.url}: " + ("schema {!r} is not an annotate project" if known else
                                                         "no project schema {!r} in this database (create it "
                                                         "with `annotate new`)").format(con.url.schema))
            row = con.execute("SELECT value FROM annotate_meta WHERE key = 'schema_version'").fetchone()
            found = int(row[0]) if row and str(row[0]).isdigit() else 0
            if found > pg_schema.SCHEMA_VERSION:
                raise SchemaTooNewError(f"{con.url}: written by a newer annotate (schema {found}; this version "
                                        f"reads up to {pg_schema.SCHEMA_VERSION}); upgrade annotate to open it")
            if found < 4:
                raise NotAProjectError(f"{con.url}: not a usable annotate project: schema version {found}")
            may_edit = con.execute("SELECT has_table_privilege(?, 'INSERT')",
                                   (f'"{con.url.schema}".annotations',)).fetchone()[0]
            if found < pg_schema.SCHEMA_VERSION and not read_only and may_edit:
                for version in range(found, pg_schema.SCHEMA_VERSION):
                    with con.bound() as conn:
                        for stmt in pg_schema.migration_sql(con.url.schema, version):
                            conn.execute(stmt)
                con._columns.clear()
        if not may_edit and not read_only:
            con.close()
            raise ReadOnlyProjectError(f"{con.url}: your database role may read this project but not edit it; "
                                       "commands that only read it (list, verify, report, export, open) still work")
        return cls(con, read_only)

    def close(self) -> None:
        if self._listener is not None:
            self._listener.close()
            self._listener = None
        self._con.close()

    @property
    def schema_version(self) -> int:
        return int(self._q("SELECT value FROM annotate_meta WHERE key='schema_version'").fetchone()[0])

    @property
    def project_id(self) -> str | None:
        row = self._q("SELECT value FROM annotate_meta WHERE key='project_id'").fetchone()
        return row[0] if row else None

    @property
    def connection(self) -> PooledConnection:
        return self._con

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def transaction(self) -> Iterator[None]:
        """One atomic unit of change, committed on exit; nothing of it is written if it fails."""
        if self.read_only:
            raise ReadOnlyProjectError(f"{self.path}: opened read-only")
        if self._con.current is not None:
            yield
            return
        psycopg = _psycopg_errors()
        try:
            with self._con.bound():
                yield
        except psycopg.errors.InsufficientPrivilege as exc:
            raise ReadOnlyProjectError(f"{self.path}: change refused by the database: {_reason(exc)}") from None
        except psycopg.errors.RaiseException as exc:
            raise ProjectFileError(f"{self.path}: change refused by the database: {_reason(exc)}") from None
        except psycopg.Error as exc:
            raise ProjectFileError(f"{self.path}: change not saved, project unchanged: {_reason(exc)}") from None

    # ------------------------------------------------------------------ the lon/lat outline
    def _geom_in(self, lonlat: dict | None):
        return None if lonlat is None else json.dumps(lonlat)

    def _geom_out(self, stored) -> dict | None:
        return None if stored is None else json.loads(stored)

    # ------------------------------------------------------------------ audit log
    def _lock_chain(self) -> None:
        """The advisory lock (held to commit): concurrent edits take their turn between reading the chain's
        head and writing after it, so many analysts extend one chain."""
        self._q("SELECT pg_advisory_xact_lock(hashtext(?))", (f"annotate:{self.schema}",))

    def _entry_analyst(self, analyst: str) -> str:
        return self.analyst  # the database role, whatever the caller thought its name was

    def check_references(self) -> None:
        """Foreign keys are the server's to enforce; a row that escaped them (restored from a dump without
        constraints, say) is still named."""
        for sql, what in _DANGLING:
            row = self._q(sql).fetchone()
            if row:
                raise MalformedRowError(f"{self.path}: {what} {row[0]} refers to a row that is not in the project; "
                                        "`annotate verify` lists every problem")

    # ------------------------------------------------------------------ seals and checks
    def seal(self, analyst: str):
        from .seals import make_seal

        with self.transaction():
            return make_seal(self._con, self.project_id or "", self.analyst)

    def remove_foreign(self, analyst: str, time: str) -> list[str]:
        raise ProjectError(f"{self.path}: a PostGIS project's schema is the database administrator's to repair")

    def schema_problems(self) -> list[str]:
        """What the server should enforce and does not: missing triggers, index or grants."""
        names = {r[0] for r in self._q("SELECT tgname FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid "
                                       "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ?",
                                       (self.schema,))}
        out = [f"trigger {t} is missing: the audit log is not protected by the server"
               for t in ("audit_log_append_only", "audit_log_no_truncate", "audit_log_role") if t not in names]
        if not self._q("SELECT 1 FROM pg_indexes WHERE schemaname = ? AND indexname = 'annotations_geom'",
                       (self.schema,)).fetchone():
            out.append("the GiST index annotations_geom is missing")
        return out

    def integrity_problems(self) -> list[str]:
        out = []
        for sql, what in _DANGLING:
            out += [f"{what} {r[0]} refers to a row that is not in the project" for r in self._q(sql)]
        return out

    # ------------------------------------------------------------------ live collaboration
    def poll_changes(self) -> list[tuple[str, str, list[str] | None]]:
        """Other sessions' committed changes since the last call: ``(object_type, action, ids or None)``
        (``None``: too many to name, reload). Starts listening on the first call."""
        from .pg_live import Listener

        if self._listener is None:
            self._listener = Listener(self.url, pg_schema.channel(self.schema), self._con.token)
        return self._listener.poll()


_DANGLING = (
    ("SELECT a.id FROM annotations a LEFT JOIN tiles t ON t.sha256 = a.tile_sha256 WHERE t.sha256 IS NULL LIMIT 20",
     "annotation"),
    ("SELECT k.id FROM links k LEFT JOIN annotations a ON a.id = k.annotation_id LEFT JOIN claims c "
     "ON c.id = k.claim_id WHERE a.id IS NULL OR c.id IS NULL LIMIT 20", "link"),
    ("SELECT c.id FROM claims c LEFT JOIN sources s ON s.id = c.source_id WHERE s.id IS NULL LIMIT 20", "claim"),
)


@contextmanager
def _closed_on_failure(con: PooledConnection, doing: str) -> Iterator[None]:
    """Run the block; if it fails, close ``con`` — a database error becomes one line, ``{url}: {doing}: …``."""
    psycopg = _psycopg_errors()
    try:
        yield
    except psycopg.Error as exc:
        con.close()
        raise ProjectFileError(f"{con.url}: {doing}: {_reason(exc)}") from None
    except ProjectError:
        con.close()
        raise


def _reason(exc: BaseException) -> str:
    """libpq's own words, on one line."""
    text = str(exc).strip() or type(exc).__name__
    cause = exc.__cause__ or exc.__context__
    if cause is not None and "couldn't get a connection" in text:
        text = str(cause).strip() or text
    return " ".join(text.split())

