"""A project in PostgreSQL + PostGIS: one database schema per project, the GeoPackage's tables and columns.

The tables are those of the project file (:mod:`.schema`), column for column, so that one row means one
thing in both backends and :mod:`.replay` compares either with its log; ``annotations.geom`` is a PostGIS
``geometry(Geometry, 4326)`` with a GiST index, which QGIS opens as a layer as it is.

What the server adds, in the database itself (not in annotate's code, which a user could bypass):

* ``audit_log`` is append-only: UPDATE, DELETE and TRUNCATE are refused by triggers;
* each entry's ``db_role`` is set by a trigger to the database role that wrote it (``current_user``), and an
  entry naming another analyst is refused, except from the project's owner (``annotate copy`` brings a
  chain with its analysts from a GeoPackage; ``db_role`` still names who copied it);
* appends are serialised per project by an advisory lock taken in the edit's transaction (see
  :meth:`.postgis.PostgisStore.append_audit_many`), so concurrent analysts extend one chain;
* every committed change of a row is announced with ``NOTIFY`` on the project's channel (one message per
  statement, its ids, or ``"many"`` past :data:`NOTIFY_IDS`), which open viewers turn into their events;
* two group roles per project, ``<schema>_reader`` (open, export, verify) and ``<schema>_editor`` (and edit):
  ``GRANT <schema>_editor TO alice`` gives alice a seat.
"""

from __future__ import annotations

__all__ = ["SCHEMA_VERSION", "create_sql", "MIGRATIONS", "channel", "NOTIFY_IDS", "OBJECT_TYPES"]

SCHEMA_VERSION = 5  # the GeoPackage's schema version whose tables these are
NOTIFY_IDS = 200

OBJECT_TYPES = {"annotations": "annotation", "links": "link", "claims": "claim", "sources": "source",
                "reviews": "review", "tiles": "tile", "catalog_items": "catalog_item"}


def channel(schema: str) -> str:
    return f"annotate_{schema}"


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


_TABLES = """
CREATE TABLE annotate_meta (key text PRIMARY KEY, value text NOT NULL);
CREATE TABLE tiles (
  fid bigserial PRIMARY KEY, sha256 text NOT NULL UNIQUE, path text NOT NULL,
  site text, acquired text, acquired_source text, source text, credit text, crs text,
  width integer NOT NULL, height integer NOT NULL, gsd_m double precision, georeferenced integer NOT NULL,
  georef_json text NOT NULL, added text NOT NULL);
CREATE TABLE annotations (
  fid bigserial PRIMARY KEY, geom geometry(Geometry, 4326), id text NOT NULL UNIQUE,
  tile_sha256 text NOT NULL REFERENCES tiles(sha256) DEFERRABLE INITIALLY DEFERRED,
  kind text NOT NULL, pixel_geometry text NOT NULL,
  category text NOT NULL, class text NOT NULL, type text, confidence text NOT NULL,
  length_m double precision, width_m double precision, heading_deg double precision,
  note text NOT NULL DEFAULT '', analyst text NOT NULL, created text NOT NULL, modified text NOT NULL,
  absent integer NOT NULL DEFAULT 0 CHECK (absent IN (0, 1)));
CREATE INDEX annotations_tile ON annotations(tile_sha256);
CREATE INDEX annotations_geom ON annotations USING gist (geom);
CREATE TABLE sources (
  fid bigserial PRIMARY KEY, id text NOT NULL UNIQUE, sha256 text NOT NULL, title text, url text,
  publisher text, published text, media_type text NOT NULL, imported text NOT NULL, text text NOT NULL);
CREATE TABLE claims (
  fid bigserial PRIMARY KEY, id text NOT NULL UNIQUE,
  source_id text NOT NULL REFERENCES sources(id) DEFERRABLE INITIALLY DEFERRED,
  start_offset integer NOT NULL, end_offset integer NOT NULL,
  quote text NOT NULL, prefix text NOT NULL DEFAULT '', suffix text NOT NULL DEFAULT '', checkable integer,
  extracted text NOT NULL DEFAULT '{}', created text NOT NULL);
CREATE INDEX claims_source ON claims(source_id);
CREATE TABLE links (
  fid bigserial PRIMARY KEY, id text NOT NULL UNIQUE,
  annotation_id text NOT NULL REFERENCES annotations(id) DEFERRABLE INITIALLY DEFERRED,
  claim_id text NOT NULL REFERENCES claims(id) DEFERRABLE INITIALLY DEFERRED,
  relation text NOT NULL CHECK (relation IN ('corroborates', 'contradicts', 'context')),
  note text NOT NULL DEFAULT '', analyst text NOT NULL, created text NOT NULL,
  UNIQUE (annotation_id, claim_id, relation));
CREATE INDEX links_annotation ON links(annotation_id);
CREATE INDEX links_claim ON links(claim_id);
CREATE TABLE reviews (
  fid bigserial PRIMARY KEY, id text NOT NULL UNIQUE,
  object_type text NOT NULL CHECK (object_type IN ('annotation', 'link')), object_id text NOT NULL,
  state text NOT NULL CHECK (state IN ('accepted', 'rejected', 'needs change')), reviewer text NOT NULL,
  comment text NOT NULL DEFAULT '', time text NOT NULL);
CREATE INDEX reviews_object ON reviews(object_id);
CREATE TABLE audit_log (
  fid bigserial PRIMARY KEY, time text NOT NULL, analyst text NOT NULL, action text NOT NULL,
  object_type text NOT NULL, object_id text NOT NULL, before text, after text,
  prev_hash text NOT NULL, hash text NOT NULL UNIQUE, db_role text NOT NULL DEFAULT current_user);
CREATE INDEX audit_log_object ON audit_log(object_id);
CREATE TABLE catalog_items (
  fid bigserial PRIMARY KEY, id text NOT NULL UNIQUE, stac_id text NOT NULL, collection text,
  catalog text NOT NULL, item_href text, asset_href text NOT NULL UNIQUE, asset_key text, acquired text,
  footprint_json text, gsd_m double precision, platform text, added text NOT NULL, analyst text NOT NULL);
CREATE TABLE seals (
  fid bigserial PRIMARY KEY, seq bigint NOT NULL, head_hash text NOT NULL, time text NOT NULL,
  analyst text NOT NULL, public_key text NOT NULL, fingerprint text NOT NULL, signature text NOT NULL);
"""

_FUNCTIONS = """
CREATE FUNCTION {s}.refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION '% is append-only', TG_TABLE_NAME; END $$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON {s}.audit_log
  FOR EACH ROW EXECUTE FUNCTION {s}.refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON {s}.audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.refuse_change();
CREATE TRIGGER seals_append_only BEFORE UPDATE OR DELETE ON {s}.seals
  FOR EACH ROW EXECUTE FUNCTION {s}.refuse_change();
CREATE TRIGGER seals_no_truncate BEFORE TRUNCATE ON {s}.seals
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.refuse_change();

CREATE FUNCTION {s}.audit_role() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.db_role := current_user;
  IF NEW.analyst <> current_user AND current_user <> (
       SELECT pg_get_userbyid(nspowner) FROM pg_namespace WHERE nspname = TG_TABLE_SCHEMA) THEN
    RAISE EXCEPTION 'an audit entry names its analyst as the database role (%), not %', current_user, NEW.analyst;
  END IF;
  RETURN NEW;
END $$;
CREATE TRIGGER audit_log_role BEFORE INSERT ON {s}.audit_log FOR EACH ROW EXECUTE FUNCTION {s}.audit_role();

CREATE FUNCTION {s}.announce() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE ids jsonb; n integer;
BEGIN
  IF TG_OP = 'DELETE' THEN
    SELECT count(*) INTO n FROM old_rows;
    IF n <= {limit} THEN SELECT jsonb_agg(to_jsonb(r)->>TG_ARGV[0]) INTO ids FROM old_rows r; END IF;
  ELSE
    SELECT count(*) INTO n FROM new_rows;
    IF n <= {limit} THEN SELECT jsonb_agg(to_jsonb(r)->>TG_ARGV[0]) INTO ids FROM new_rows r; END IF;
  END IF;
  IF n = 0 THEN RETURN NULL; END IF;
  PERFORM pg_notify({channel}, jsonb_build_object(
    'table', TG_TABLE_NAME, 'op', lower(TG_OP), 'from', current_setting('application_name'),
    'role', current_user, 'ids', CASE WHEN n <= {limit} THEN ids ELSE '"many"'::jsonb END)::text);
  RETURN NULL;
END $$;
"""

_ANNOUNCE = """
CREATE TRIGGER {t}_announce_insert AFTER INSERT ON {s}.{t} REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.announce('{key}');
CREATE TRIGGER {t}_announce_update AFTER UPDATE ON {s}.{t} REFERENCING NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.announce('{key}');
CREATE TRIGGER {t}_announce_delete AFTER DELETE ON {s}.{t} REFERENCING OLD TABLE AS old_rows
  FOR EACH STATEMENT EXECUTE FUNCTION {s}.announce('{key}');
"""

_GRANTS = """
GRANT USAGE ON SCHEMA {s} TO {reader}, {editor};
GRANT SELECT ON ALL TABLES IN SCHEMA {s} TO {reader}, {editor};
GRANT INSERT, UPDATE, DELETE ON {s}.tiles, {s}.annotations, {s}.sources, {s}.claims, {s}.links,
  {s}.reviews, {s}.catalog_items TO {editor};
GRANT INSERT ON {s}.audit_log, {s}.seals TO {editor};
GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {editor};
"""


def create_sql(schema: str, created: str, created_by: str) -> list[str]:
    """Statements creating project ``schema`` (run in one transaction, after ``CREATE SCHEMA``)."""
    s = _ident(schema)
    out = [f"SET LOCAL search_path TO {s}, public"]
    out += [stmt.strip() for stmt in _TABLES.split(";") if stmt.strip()]
    lit = "'" + channel(schema).replace("'", "''") + "'"
    out += [_FUNCTIONS.format(s=s, channel=lit, limit=NOTIFY_IDS)]
    for table in OBJECT_TYPES:
        key = "sha256" if table == "tiles" else "id"
        out.append(_ANNOUNCE.format(s=s, t=table, key=key))
    out.append("INSERT INTO annotate_meta VALUES ('schema_version', '{v}'), ('created', '{c}'), "
               "('created_by', '{b}'), ('project_id', md5(random()::text || clock_timestamp()::text))"
               .format(v=SCHEMA_VERSION, c=created.replace("'", "''"), b=created_by.replace("'", "''")))
    return out


def migration_sql(schema: str, from_version: int) -> list[str]:
    """Statements bringing project ``schema`` from ``from_version`` to the next (one transaction)."""
    s = _ident(schema)
    out = [f"SET LOCAL search_path TO {s}, public", *MIGRATIONS.get(from_version, [])]
    if from_version == 4:
        out.append(_ANNOUNCE.format(s=s, t="catalog_items", key="id"))
        editor = _ident(f"{schema}_editor")
        reader = _ident(f"{schema}_reader")
        out.append(f"DO $$ BEGIN GRANT SELECT ON {s}.catalog_items TO {reader}; GRANT INSERT, UPDATE, DELETE ON "
                   f"{s}.catalog_items TO {editor}; GRANT USAGE ON ALL SEQUENCES IN SCHEMA {s} TO {editor}; "
                   "EXCEPTION WHEN undefined_object THEN NULL; END $$")
    out.append(f"UPDATE annotate_meta SET value = '{from_version + 1}' WHERE key = 'schema_version'")
    return out


def roles_sql(schema: str) -> list[str]:
    """The project's reader and editor group roles and their GRANTs (needs CREATEROLE)."""
    s = _ident(schema)
    reader, editor = _ident(f"{schema}_reader"), _ident(f"{schema}_editor")
    out = []
    for role in (reader, editor):
        out.append(f"DO $$ BEGIN CREATE ROLE {role} NOLOGIN; EXCEPTION WHEN duplicate_object THEN NULL; END $$")
    out.append(f"GRANT {reader} TO {editor}")
    out += [stmt.strip() for stmt in _GRANTS.format(s=s, reader=reader, editor=editor).split(";") if stmt.strip()]
    return out


# from_version -> statements bringing a PostGIS project to from_version + 1, as schema.MIGRATIONS does for the
# GeoPackage. PostGIS projects start at version 4; the next GeoPackage migration gets its twin here.
MIGRATIONS: dict[int, list[str]] = {
    4: ["""CREATE TABLE catalog_items (
  fid bigserial PRIMARY KEY, id text NOT NULL UNIQUE, stac_id text NOT NULL, collection text,
  catalog text NOT NULL, item_href text, asset_href text NOT NULL UNIQUE, asset_key text, acquired text,
  footprint_json text, gsd_m double precision, platform text, added text NOT NULL, analyst text NOT NULL)"""],  # then: announce triggers and grants (see PostgisStore._migrate)
}
