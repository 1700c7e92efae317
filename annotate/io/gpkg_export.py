"""A GeoPackage of the selected annotations, for colleagues' GIS tools.

A plain feature layer for sharing — not a project file: the audit log and the sources stay in the
project. Rows are copied by SQLite itself from the project (``INSERT … SELECT`` through ``ATTACH``):
the stored GeoPackage geometry blobs are already what the format wants, so nothing is decoded. Tile
fields and linked claims (as JSON) are joined in. Pixel-only annotations have an empty geometry and
keep ``pixel_kind``/``pixel_params``.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

from annotate.store.schema import create_gpkg_core

from .atomic import atomic_output
from .bulk import bulk
from .selection import Selection

__all__ = ["write_gpkg"]

_DDL = """
CREATE TABLE annotations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY, id TEXT NOT NULL, class TEXT, category TEXT, type TEXT,
  confidence TEXT, length_m REAL, width_m REAL, heading_deg REAL, note TEXT, analyst TEXT, created DATETIME,
  modified DATETIME, tile_sha256 TEXT, tile_path TEXT, tile_site TEXT, tile_acquired DATETIME, pixel_kind TEXT,
  pixel_params TEXT, links TEXT);
"""


@bulk
def write_gpkg(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    with atomic_output(path, force=force, protect=sel.protected) as tmp:
        tmp.unlink()
        con = sqlite3.connect(tmp, isolation_level=None)
        try:
            create_gpkg_core(con, _DDL)
            con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                        "VALUES ('annotations', 'features', 'annotations', ?, 4326)",
                        (f"annotations exported from {Path(sel.project_path).name}",))
            con.execute("INSERT INTO gpkg_geometry_columns VALUES ('annotations', 'geom', 'GEOMETRY', 4326, 0, 0)")
            con.execute("COMMIT")
            con.execute("ATTACH DATABASE ? AS src", (sel.project_path,))
            con.execute("BEGIN")
            # the selected ids go to SQLite as one JSON array (json_each reads it in C; 100,000 single-row
            # inserts into a temporary table took longer than the copy itself)
            wanted = json.dumps([a.id for a in sel.annotations])
            cur = con.execute(
                "INSERT INTO annotations (geom, id, class, category, type, confidence, length_m, width_m, heading_deg, "
                "note, analyst, created, modified, tile_sha256, tile_path, tile_site, tile_acquired, pixel_kind, "
                "pixel_params, links) "
                "SELECT a.geom, a.id, a.class, a.category, a.type, a.confidence, a.length_m, a.width_m, a.heading_deg, "
                "a.note, a.analyst, a.created, a.modified, a.tile_sha256, t.path, t.site, t.acquired, a.kind, "
                "a.pixel_geometry, COALESCE((SELECT json_group_array(json_object('claim_id', l.claim_id, "
                "'relation', l.relation)) FROM src.links l WHERE l.annotation_id = a.id), '[]') "
                "FROM json_each(?) w JOIN src.annotations a ON a.id = w.value JOIN src.tiles t ON t.sha256 = a.tile_sha256 "
                "ORDER BY a.fid", (wanted,))
            count = cur.rowcount
            con.execute("COMMIT")
            con.execute("DETACH DATABASE src")
        finally:
            con.close()
    return count
