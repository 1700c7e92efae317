"""The project file's schema: a GeoPackage 1.3 with our tables, and its migrations.

Tables (all registered in ``gpkg_contents`` so GDAL and QGIS list them):

``annotations``  features, ``geom`` in EPSG:4326. Annotations on pixel-only tiles are rows
                 with a NULL ``geom``; ``pixel_geometry`` (JSON) is always present and
                 authoritative, so nothing depends on georeferencing.
``tiles``, ``sources``, ``claims``, ``links``, ``audit_log``  attribute tables.

``seals``        (schema 2) signed chain heads: who vouched for the log up to which entry.
``reviews``      (schema 3) a second analyst's verdicts on annotations and links.

``annotate_meta`` (unregistered) holds the schema version and the project's id. GeoPackage itself uses
``PRAGMA user_version`` for its own version (10300), so ours lives in that table.
"""

from __future__ import annotations

import sqlite3

__all__ = ["SCHEMA_VERSION", "APPLICATION_ID", "create_schema", "create_gpkg_core", "migrate", "ATTRIBUTE_TABLES"]

SCHEMA_VERSION = 5
APPLICATION_ID = 0x47504B47  # "GPKG"
GPKG_VERSION = 10300
ATTRIBUTE_TABLES = ("tiles", "sources", "claims", "links", "audit_log", "seals", "reviews", "catalog_items")

WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],'
             'AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],'
             'UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],'
             'AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]')

_GPKG_CORE = """
CREATE TABLE gpkg_spatial_ref_sys (
  srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL,
  organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (
  table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE,
  description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (
  table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL,
  srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
"""

_TABLES = """
CREATE TABLE annotate_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE tiles (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, sha256 TEXT NOT NULL UNIQUE, path TEXT NOT NULL,
  site TEXT, acquired DATETIME, acquired_source TEXT, source TEXT, credit TEXT, crs TEXT,
  width INTEGER NOT NULL, height INTEGER NOT NULL, gsd_m REAL, georeferenced INTEGER NOT NULL,
  georef_json TEXT NOT NULL, added DATETIME NOT NULL);
CREATE TABLE annotations (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, geom GEOMETRY, id TEXT NOT NULL UNIQUE,
  tile_sha256 TEXT NOT NULL REFERENCES tiles(sha256), kind TEXT NOT NULL, pixel_geometry TEXT NOT NULL,
  category TEXT NOT NULL, class TEXT NOT NULL, type TEXT, confidence TEXT NOT NULL,
  length_m REAL, width_m REAL, heading_deg REAL, note TEXT NOT NULL DEFAULT '', analyst TEXT NOT NULL,
  created DATETIME NOT NULL, modified DATETIME NOT NULL);
CREATE INDEX annotations_tile ON annotations(tile_sha256);
CREATE TABLE sources (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, sha256 TEXT NOT NULL, title TEXT, url TEXT,
  publisher TEXT, published DATE, media_type TEXT NOT NULL, imported DATETIME NOT NULL, text TEXT NOT NULL);
CREATE TABLE claims (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
  source_id TEXT NOT NULL REFERENCES sources(id), start_offset INTEGER NOT NULL, end_offset INTEGER NOT NULL,
  quote TEXT NOT NULL, prefix TEXT NOT NULL DEFAULT '', suffix TEXT NOT NULL DEFAULT '', checkable INTEGER,
  extracted TEXT NOT NULL DEFAULT '{}', created DATETIME NOT NULL);
CREATE INDEX claims_source ON claims(source_id);
CREATE TABLE links (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
  annotation_id TEXT NOT NULL REFERENCES annotations(id), claim_id TEXT NOT NULL REFERENCES claims(id),
  relation TEXT NOT NULL CHECK (relation IN ('corroborates', 'contradicts', 'context')),
  note TEXT NOT NULL DEFAULT '', analyst TEXT NOT NULL, created DATETIME NOT NULL,
  UNIQUE (annotation_id, claim_id, relation));
CREATE INDEX links_annotation ON links(annotation_id);
CREATE INDEX links_claim ON links(claim_id);
CREATE TABLE audit_log (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, time DATETIME NOT NULL, analyst TEXT NOT NULL, action TEXT NOT NULL,
  object_type TEXT NOT NULL, object_id TEXT NOT NULL, before TEXT, after TEXT,
  prev_hash TEXT NOT NULL, hash TEXT NOT NULL UNIQUE);
CREATE TRIGGER audit_log_append_only_update BEFORE UPDATE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
CREATE TRIGGER audit_log_append_only_delete BEFORE DELETE ON audit_log
  BEGIN SELECT RAISE(ABORT, 'audit_log is append-only'); END;
"""

_DESCRIPTIONS = {
    "annotations": "Tagged vessels and aircraft (lon/lat outline; pixel geometry in pixel_geometry)",
    "tiles": "Image tiles by SHA-256, with georeferencing",
    "sources": "Source documents, stored exactly",
    "claims": "Claims quoted from source documents",
    "links": "Annotation-to-claim links: corroborates / contradicts / context",
    "audit_log": "Append-only, hash-chained log of every change",
    "seals": "Ed25519 signatures of the head of the audit chain",
    "reviews": "Peer review verdicts on annotations and links (the latest one is the state)",
    "catalog_items": "Images listed by provider STAC catalogs: footprint, time, GSD, asset URL; no pixels",
}


def create_gpkg_core(con: sqlite3.Connection, extra_ddl: str = "") -> None:
    """An empty GeoPackage: header pragmas, the three core tables and the required SRS rows, plus ``extra_ddl``.
    Leaves a transaction open (the caller registers its tables and commits)."""
    con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {GPKG_VERSION}")
    con.executescript("BEGIN;" + _GPKG_CORE + extra_ddl + "COMMIT;")
    con.execute("BEGIN IMMEDIATE")
    con.executemany(
        "INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [("Undefined cartesian SRS", -1, "NONE", -1, "undefined", "undefined cartesian coordinate reference system"),
         ("Undefined geographic SRS", 0, "NONE", 0, "undefined", "undefined geographic coordinate reference system"),
         ("WGS 84 geodetic", 4326, "EPSG", 4326, WGS84_WKT, "longitude/latitude coordinates in decimal degrees")],
    )


def create_schema(con: sqlite3.Connection, created: str, app_version: str, version: int | None = None) -> None:
    """Create a new, empty project in ``con`` at schema ``version`` (default: the current one)."""
    create_gpkg_core(con, _TABLES)
    con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description, srs_id) "
                "VALUES ('annotations', 'features', 'annotations', ?, 4326)", (_DESCRIPTIONS["annotations"],))
    con.execute("INSERT INTO gpkg_geometry_columns VALUES ('annotations', 'geom', 'GEOMETRY', 4326, 0, 0)")
    for table in _V1_ATTRIBUTE_TABLES:
        con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
                    "VALUES (?, 'attributes', ?, ?)", (table, table, _DESCRIPTIONS[table]))
    con.executemany("INSERT INTO annotate_meta VALUES (?, ?)", [
        ("schema_version", "1"), ("created", created), ("created_by", f"annotate {app_version}"),
    ])
    con.execute("COMMIT")
    migrate(con, 1, version)  # a new project is a version-1 project brought up to date: one schema, one path


_V1_ATTRIBUTE_TABLES = ("tiles", "sources", "claims", "links", "audit_log")

# from_version → statements bringing the schema to from_version + 1 (run in one transaction)
MIGRATIONS: dict[int, list[str]] = {
    1: [
        """CREATE TABLE seals (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, seq INTEGER NOT NULL, head_hash TEXT NOT NULL, time DATETIME NOT NULL,
  analyst TEXT NOT NULL, public_key TEXT NOT NULL, fingerprint TEXT NOT NULL, signature TEXT NOT NULL)""",
        """CREATE TRIGGER seals_append_only_update BEFORE UPDATE ON seals
  BEGIN SELECT RAISE(ABORT, 'seals are append-only'); END""",
        """CREATE TRIGGER seals_append_only_delete BEFORE DELETE ON seals
  BEGIN SELECT RAISE(ABORT, 'seals are append-only'); END""",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
        f"VALUES ('seals', 'attributes', 'seals', '{_DESCRIPTIONS['seals']}')",
        "INSERT OR IGNORE INTO annotate_meta VALUES ('project_id', lower(hex(randomblob(16))))",
    ],
    2: [
        """CREATE TABLE reviews (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE,
  object_type TEXT NOT NULL CHECK (object_type IN ('annotation', 'link')), object_id TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('accepted', 'rejected', 'needs change')), reviewer TEXT NOT NULL,
  comment TEXT NOT NULL DEFAULT '', time DATETIME NOT NULL)""",
        "CREATE INDEX reviews_object ON reviews(object_id)",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
        f"VALUES ('reviews', 'attributes', 'reviews', '{_DESCRIPTIONS['reviews']}')",
    ],
    3: [  # observations of absence: "no landing ship at this pier" (issue 10)
        "ALTER TABLE annotations ADD COLUMN absent INTEGER NOT NULL DEFAULT 0 CHECK (absent IN (0, 1))",
    ],
    4: [  # STAC catalogs as a tile source (issue 13)
        """CREATE TABLE catalog_items (
  fid INTEGER PRIMARY KEY AUTOINCREMENT, id TEXT NOT NULL UNIQUE, stac_id TEXT NOT NULL, collection TEXT,
  catalog TEXT NOT NULL, item_href TEXT, asset_href TEXT NOT NULL UNIQUE, asset_key TEXT, acquired DATETIME,
  footprint_json TEXT, gsd_m REAL, platform TEXT, added DATETIME NOT NULL, analyst TEXT NOT NULL)""",
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description) "
        f"VALUES ('catalog_items', 'attributes', 'catalog_items', '{_DESCRIPTIONS['catalog_items']}')",
    ],
}


def migrate(con: sqlite3.Connection, found: int, target: int | None = None) -> int:
    """Bring an older project up to ``target`` (default :data:`SCHEMA_VERSION`), one step per transaction.
    Returns the new version."""
    target = SCHEMA_VERSION if target is None else target
    while found < target:
        con.execute("BEGIN IMMEDIATE")
        try:
            for statement in MIGRATIONS.get(found, []):
                con.execute(statement)
            con.execute("UPDATE annotate_meta SET value = ? WHERE key = 'schema_version'", (str(found + 1),))
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        found += 1
    return found
