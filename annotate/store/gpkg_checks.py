"""SQLite's own checks of a project file and its GeoPackage registrations."""

from __future__ import annotations

import sqlite3

from .schema import APPLICATION_ID, ATTRIBUTE_TABLES
from .schema_guard import expected_objects

__all__ = ["integrity_problems"]


def integrity_problems(con: sqlite3.Connection, version: int) -> list[str]:
    """Integrity check, foreign keys, and the registration of our tables in ``gpkg_contents``."""
    problems = []
    result = con.execute("PRAGMA integrity_check").fetchall()
    if result != [("ok",)]:
        problems.append("SQLite integrity check failed: " + "; ".join(r[0] for r in result[:5]))
    fk = con.execute("PRAGMA foreign_key_check").fetchall()
    if fk:
        problems.append(f"{len(fk)} rows reference missing rows (first in table {fk[0][0]}, row {fk[0][1]})")
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    ours = {name for kind, name in expected_objects(version) if kind == "table"}
    registered = dict(con.execute("SELECT table_name, data_type FROM gpkg_contents").fetchall()) \
        if "gpkg_contents" in tables else {}
    if registered.get("annotations") != "features":
        problems.append("annotations is not registered as a GeoPackage feature table")
    for t in ATTRIBUTE_TABLES:
        if t in ours and registered.get(t) != "attributes":
            problems.append(f"{t} is not registered as a GeoPackage attribute table")
    if con.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
        problems.append("application_id is not GPKG")
    return problems
