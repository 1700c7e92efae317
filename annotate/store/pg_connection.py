"""Project URLs for PostgreSQL, and a pooled connection that speaks the ``?`` parameters of the shared queries.

A project URL is a libpq URL with the project's schema as a ``schema`` parameter::

    postgresql://alice@db.example:5432/imagery?schema=dunai

(``schema`` defaults to ``annotate``). The password, if any, comes from the URL, ``PGPASSWORD`` or
``~/.pgpass`` as for any libpq program; what annotate prints and records (``Project.path``) never holds it.
"""

from __future__ import annotations

import re
import threading
import uuid
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Iterator
from urllib.parse import parse_qsl, urlencode, urlsplit, urlunsplit

__all__ = ["is_postgres_url", "ProjectURL", "parse_url", "PooledConnection"]

_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]{0,47}")


def is_postgres_url(value) -> bool:
    return isinstance(value, str) and value.startswith(("postgresql://", "postgres://"))


@dataclass(frozen=True)
class ProjectURL:
    conninfo: str  # what libpq is given (the password kept, ``schema`` removed)
    schema: str
    shown: str  # what annotate prints and records: no password

    def __str__(self) -> str:
        return self.shown


def parse_url(url: str) -> ProjectURL:
    """Split a project URL; a schema name that is not a plain lower-case SQL identifier is refused."""
    parts = urlsplit(url)
    query = parse_qsl(parts.query, keep_blank_values=True)
    schema = next((v for k, v in query if k == "schema"), "annotate")
    if not _SCHEMA_NAME.fullmatch(schema):
        raise ValueError(f"project schema {schema!r}: use lower-case letters, digits and _ (e.g. ?schema=dunai)")
    rest = [(k, v) for k, v in query if k != "schema"]
    conninfo = urlunsplit((parts.scheme, parts.netloc, parts.path, urlencode(rest), ""))
    netloc = parts.netloc
    if "@" in netloc and ":" in netloc.split("@")[0]:
        netloc = netloc.split("@")[0].split(":")[0] + "@" + netloc.split("@", 1)[1]
    shown = urlunsplit((parts.scheme, netloc, parts.path, urlencode(rest + [("schema", schema)]), ""))
    return ProjectURL(conninfo, schema, shown)


def _qmarks(sql: str) -> str:
    """The shared queries' ``?`` placeholders as psycopg's ``%s`` (they hold no literal ``?`` or ``%``)."""
    return sql.replace("%", "%%").replace("?", "%s")


class PooledConnection:
    """``execute``/``executemany`` like :mod:`sqlite3`'s connection, over a psycopg pool.

    Inside :meth:`bound` (a transaction) every statement of the thread runs on the transaction's
    connection; outside, each statement borrows a connection for itself (autocommit) and returns it, so a
    viewer's reads never hold a snapshot or a lock.
    """

    geom_select = "ST_AsGeoJSON(geom)"  # how replay reads the stored outline (a GeoPackage reads its blob)

    def __init__(self, url: ProjectURL, *, max_size: int = 4) -> None:
        import logging

        import psycopg
        from psycopg_pool import ConnectionPool

        # one plain connection first: a server that is down or refuses the role says so at once, in libpq's
        # words (the pool would retry for its whole timeout, logging each attempt)
        psycopg.connect(url.conninfo, connect_timeout=10).close()
        logging.getLogger("psycopg.pool").setLevel(logging.CRITICAL)
        self.url = url
        self.token = f"annotate-{uuid.uuid4().hex[:12]}"  # this store's own NOTIFYs carry it
        self._local = threading.local()
        self._sql_cache: dict[str, str] = {}
        self._columns: dict[str, set[str]] = {}
        self.pool = ConnectionPool(url.conninfo, min_size=1, max_size=max_size, open=False,
                                   kwargs={"autocommit": True, "application_name": self.token},
                                   configure=self._configure, name=url.schema)
        self.pool.open(wait=True, timeout=15)

    def _configure(self, conn) -> None:
        conn.execute(f'SET search_path TO "{self.url.schema}", public')

    def close(self) -> None:
        self.pool.close()

    def _sql(self, sql: str) -> str:
        out = self._sql_cache.get(sql)
        if out is None:
            out = self._sql_cache[sql] = _qmarks(sql)
        return out

    @property
    def current(self):
        """The connection of this thread's transaction, or ``None``."""
        return getattr(self._local, "conn", None)

    @contextmanager
    def bound(self) -> Iterator[object]:
        """A transaction on one pooled connection, for this thread's statements until it ends."""
        with self.pool.connection() as conn, conn.transaction():
            self._local.conn = conn
            try:
                yield conn
            finally:
                self._local.conn = None

    def execute(self, sql: str, params=()):
        conn = self.current
        if conn is not None:
            return conn.execute(self._sql(sql), tuple(params))
        with self.pool.connection() as conn:
            return conn.execute(self._sql(sql), tuple(params))  # rows are fetched on execute

    def executemany(self, sql: str, rows) -> None:
        conn = self.current
        if conn is None:
            with self.pool.connection() as conn, conn.transaction():
                conn.cursor().executemany(self._sql(sql), list(rows))
            return
        conn.cursor().executemany(self._sql(sql), list(rows))

    # the questions schema_guard asks of a project's connection
    def has_table(self, name: str) -> bool:
        return bool(self._table_columns(name))

    def has_column(self, table: str, column: str) -> bool:
        return column in self._table_columns(table)

    def _table_columns(self, table: str) -> set[str]:
        if table not in self._columns:
            rows = self.execute("SELECT column_name FROM information_schema.columns WHERE table_schema = ? "
                                "AND table_name = ?", (self.url.schema, table)).fetchall()
            self._columns[table] = {r[0] for r in rows}
        return self._columns[table]
