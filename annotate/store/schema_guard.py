"""Only our schema runs: compare a project's SQL objects with the schema of its version.

A project received from someone else may carry SQL of theirs: a trigger that
rewrites rows or drops audit entries, a view, a hidden table that collects
notes. SQLite runs triggers on every write, so a project whose schema holds
anything we did not create is refused for writing until the user removes it
(:func:`remove_foreign`, ``annotate schema PROJECT --remove-foreign``), and
``verify`` names every foreign, altered or missing object.

The expected schema of a version is built by creating a project in memory and
migrating it to that version — the same code path a real project takes — so a
migrated project and a new one compare equal.

>>> con = sqlite3.connect(":memory:", isolation_level=None)
>>> from annotate.store.schema import create_schema
>>> create_schema(con, "2026-01-01T00:00:00.000Z", "test")
>>> check_schema(con).clean
True
>>> _ = con.execute("CREATE TRIGGER t AFTER INSERT ON links BEGIN DELETE FROM links; END")
>>> check_schema(con).problems()
["foreign trigger 't' on links (not part of an annotate project)"]
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from functools import lru_cache

__all__ = ["SchemaObject", "SchemaCheck", "check_schema", "expected_objects", "remove_foreign",
           "BENIGN_TABLES", "has_table"]

# GeoPackage extension tables other tools (GDAL, QGIS) add; they hold data, never run code
BENIGN_TABLES = frozenset({"gpkg_ogr_contents", "gpkg_extensions", "gpkg_metadata", "gpkg_metadata_reference",
                           "gpkg_data_columns", "gpkg_data_column_constraints", "layer_styles"})

# GDAL's feature-count triggers (created with gpkg_ogr_contents); accepted only in exactly this form
_GDAL_COUNT_TRIGGER = re.compile(
    r'CREATE TRIGGER "trigger_(insert|delete)_feature_count_(\w+)" AFTER (INSERT|DELETE) ON "(\w+)" BEGIN '
    r"UPDATE gpkg_ogr_contents SET feature_count = feature_count (\+|-) 1 "
    r"WHERE lower\(table_name\) = lower\('(\w+)'\); END")


@dataclass(frozen=True)
class SchemaObject:
    """One row of ``sqlite_master``: ``kind`` is table, index, view or trigger."""

    kind: str
    name: str
    table: str
    sql: str | None

    def describe(self) -> str:
        on = f" on {self.table}" if self.kind in ("trigger", "index") and self.table != self.name else ""
        return f"{self.kind} {self.name!r}{on}"


@dataclass
class SchemaCheck:
    """What differs from the schema of the project's version."""

    version: int
    foreign: list[SchemaObject] = field(default_factory=list)  # not ours at all
    altered: list[SchemaObject] = field(default_factory=list)  # our name, other SQL
    missing: list[SchemaObject] = field(default_factory=list)  # ours, absent

    @property
    def clean(self) -> bool:
        return not (self.foreign or self.altered or self.missing)

    @property
    def blocks_writing(self) -> bool:
        """Foreign or altered objects could run on our writes; a missing one cannot."""
        return bool(self.foreign or self.altered)

    def problems(self) -> list[str]:
        out = [f"foreign {o.describe()} (not part of an annotate project)" for o in self.foreign]
        out += [f"altered {o.describe()}: its SQL is not the one annotate created" for o in self.altered]
        out += [f"missing {o.describe()}" for o in self.missing]
        return out

    def summary(self) -> str:
        items = [f"foreign {o.describe()}" for o in self.foreign] + [f"altered {o.describe()}" for o in self.altered]
        more = f" and {len(items) - 4} more" if len(items) > 4 else ""
        return ", ".join(items[:4]) + more


def has_table(con: sqlite3.Connection, name: str) -> bool:
    """Does the project have this table (a project older than a table's schema version does not)?"""
    if hasattr(con, "has_table"):  # a PostGIS project's connection (see .pg_connection)
        return con.has_table(name)
    return bool(con.execute("SELECT count(*) FROM sqlite_master WHERE type='table' AND name=?", (name,)).fetchone()[0])


def has_column(con: sqlite3.Connection, table: str, column: str) -> bool:
    """Does ``table`` have ``column`` (a project older than the column's schema version does not)?"""
    if hasattr(con, "has_column"):
        return con.has_column(table, column)
    return any(row[1] == column for row in con.execute(f"PRAGMA table_info({table})"))


def read_columns(con: sqlite3.Connection, table: str, columns: str) -> str:
    """``columns`` (a SELECT list) with those a project of an older version lacks read as their default: a
    project opened read-only is not migrated, and reads as if it had been."""
    return columns if has_column(con, "annotations", "absent") or table != "annotations" else \
        columns.replace(", absent", ", 0 AS absent")


def _normal(sql: str | None) -> str | None:
    return None if sql is None else " ".join(sql.split())


def _objects(con: sqlite3.Connection) -> dict[tuple[str, str], SchemaObject]:
    rows = con.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    return {(t, n): SchemaObject(t, n, tb, _normal(s)) for t, n, tb, s in rows}


@lru_cache(maxsize=8)
def expected_objects(version: int) -> dict[tuple[str, str], SchemaObject]:
    """The SQL objects of a project at schema ``version``, from a project made in memory."""
    from .schema import create_schema

    con = sqlite3.connect(":memory:", isolation_level=None)
    try:
        create_schema(con, "1970-01-01T00:00:00.000Z", "reference", version=version)
        return _objects(con)
    finally:
        con.close()


def _benign(obj: SchemaObject, ours: set[str]) -> bool:
    if obj.kind == "table" and obj.name in BENIGN_TABLES:
        return True
    if obj.kind == "index" and obj.sql is None and obj.table in BENIGN_TABLES:
        return True  # the automatic index of a benign table's key
    if obj.kind == "trigger" and obj.sql:
        m = _GDAL_COUNT_TRIGGER.fullmatch(obj.sql.rstrip(";"))
        return bool(m and m.group(2) == m.group(4) == m.group(6) and m.group(4) in ours
                    and m.group(1) == m.group(3).lower() and (m.group(5) == "+") == (m.group(1) == "insert"))
    return False


def check_schema(con: sqlite3.Connection, version: int | None = None) -> SchemaCheck:
    """Compare ``con``'s schema with that of ``version`` (default: the version the project records)."""
    if version is None:
        row = con.execute("SELECT value FROM annotate_meta WHERE key='schema_version'").fetchone()
        version = int(row[0])
    expected = expected_objects(version)
    found = _objects(con)
    ours = {name for kind, name in expected if kind == "table"}
    check = SchemaCheck(version)
    for key, obj in sorted(found.items()):
        want = expected.get(key)
        if want is None:
            if not _benign(obj, ours):
                check.foreign.append(obj)
        elif want.sql != obj.sql or want.table != obj.table:
            check.altered.append(obj)
    check.missing = [obj for key, obj in sorted(expected.items()) if key not in found]
    return check


def remove_foreign(con: sqlite3.Connection) -> list[str]:
    """Drop every foreign trigger, view, index and table, put back our altered or missing triggers and
    indexes (inside the caller's transaction). Returns what was done, one line each. Our own tables are
    never dropped."""
    check = check_schema(con)
    expected = expected_objects(check.version)
    done: list[str] = []
    for obj in sorted(check.foreign, key=lambda o: ("trigger", "view", "index", "table").index(o.kind)):
        if obj.kind == "index" and obj.sql is None:
            continue  # an automatic index goes with its table
        con.execute(f"DROP {obj.kind.upper()} IF EXISTS {_quoted(obj.name)}")
        if obj.kind == "table":
            con.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (obj.name,))
        done.append(f"removed foreign {obj.describe()}")
    for obj in check.altered + check.missing:
        want = expected[(obj.kind, obj.name)]
        if obj.kind not in ("trigger", "index") or want.sql is None:
            done.append(f"cannot restore {obj.describe()} (a table's definition differs; restore from a copy)")
            continue
        if obj in check.altered:
            con.execute(f"DROP {obj.kind.upper()} IF EXISTS {_quoted(obj.name)}")
        con.execute(want.sql)
        done.append(f"restored {obj.describe()}")
    return done


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'
