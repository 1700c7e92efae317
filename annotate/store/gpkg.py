"""The project file: a GeoPackage (SQLite) that GDAL and QGIS open as-is.

Every change runs in its own ``BEGIN IMMEDIATE`` transaction and is committed
when made (WAL mode, ``synchronous=FULL``): a crash or ``kill -9`` loses no
committed edit and leaves no half-edit. Several processes may edit one
project: writers queue on SQLite's lock (30 s busy timeout) and each sees the
others' committed edits.
"""

from __future__ import annotations

import json
import os
import sqlite3
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from annotate import __version__
from annotate.model.annotation import Annotation, Confidence
from annotate.model.bulk import paused_gc
from annotate.model.errors import (
    ForeignSchemaError,
    MalformedRowError,
    NotAProjectError,
    ProjectError,
    NotFoundError,
    ProjectFileError,
    ReadOnlyProjectError,
    SchemaTooNewError,
)
from annotate.model.evidence import Claim, Link, Relation, SourceDocument
from annotate.model.geometry import PixelGeometry
from annotate.model.review import Review, ReviewState
from annotate.model.serialize import format_time, tile_from_dict, tile_to_dict
from annotate.model.tile_ref import TileRef

from .audit import GENESIS, AuditEntry, canonical, entry_hash
from .gpkg_geometry import blob_to_geojson, to_gpkg_blob
from .gpkg_rows import ROW_ERRORS as _ROW_ERRORS
from .gpkg_rows import measures as _measures
from .gpkg_rows import numbers as _numbers
from .gpkg_rows import params as _params
from .gpkg_rows import texts as _texts
from .gpkg_rows import when as _when
from . import open_modes
from .schema import APPLICATION_ID, SCHEMA_VERSION, create_schema, migrate
from .schema_guard import check_schema, has_table, read_columns

__all__ = ["GeoPackageStore"]

_CONFIDENCE = {c.value: c for c in Confidence}

_ANN_COLS = ("id, tile_sha256, kind, pixel_geometry, category, class, type, confidence, length_m, width_m, "
             "heading_deg, note, analyst, created, modified, absent")


class GeoPackageStore:
    """Persistence of one project in one GeoPackage file. Use :meth:`create` or :meth:`open`."""

    def __init__(self, con: sqlite3.Connection, path: Path, read_only: bool) -> None:
        self._con = con
        self._read_cols = read_columns(con, "annotations", _ANN_COLS)  # an unmigrated (read-only) project too
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

    def _q(self, sql: str, params=()):
        return self._con.execute(sql, params)

    def _built(self, object_type: str, build, rows) -> list:
        """``[build(row) …]``; a row that cannot be read becomes one :class:`MalformedRowError` naming it."""
        try:
            return [build(r) for r in rows]
        except _ROW_ERRORS as exc:
            from .replay import TABLES, _stored

            where = next((row[3] for row in _stored(self._con, object_type) if row[3]), None) \
                if object_type in TABLES else None
            table = TABLES.get(object_type, "audit_log")
            raise MalformedRowError(f"{self.path}: {where or f'a row of {table} is malformed ({exc})'}; "
                                    "`annotate verify` lists every problem") from None

    # ------------------------------------------------------------------ tiles
    def put_tile(self, tile: TileRef) -> None:
        d = tile_to_dict(tile)
        georef = {k: d[k] for k in ("transform", "gcps", "footprint")}
        self._q("INSERT INTO tiles (sha256, path, site, acquired, acquired_source, source, credit, crs, width, height, "
                "gsd_m, georeferenced, georef_json, added) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (tile.sha256, tile.path, tile.site, d["acquired"], tile.acquired_source, tile.source, tile.credit,
                 tile.crs, tile.width, tile.height, tile.gsd_m, int(tile.georeferenced), json.dumps(georef),
                 format_time(_now())))

    def set_tile_path(self, sha256: str, path: str) -> None:
        self._q("UPDATE tiles SET path = ? WHERE sha256 = ?", (path, sha256))

    def set_tile_gsd(self, sha256: str, gsd_m: float | None) -> None:
        self._q("UPDATE tiles SET gsd_m = ? WHERE sha256 = ?", (gsd_m, sha256))

    def _tile(self, row) -> TileRef:
        sha, path, site, acquired, acq_src, source, credit, crs, w, h, gsd, geo, gj = row
        _texts(sha, path, gj, optional=(site, acquired, acq_src, source, credit, crs))
        _numbers(w, h, optional=(gsd,))
        d = {"sha256": sha, "path": path, "site": site, "acquired": acquired, "acquired_source": acq_src,
             "source": source, "credit": credit, "crs": crs, "width": w, "height": h, "gsd_m": gsd,
             "georeferenced": bool(geo), **json.loads(gj)}
        return tile_from_dict(d)

    _TILE_COLS = ("sha256, path, site, acquired, acquired_source, source, credit, crs, width, height, gsd_m, "
                  "georeferenced, georef_json")

    def get_tile(self, sha256: str) -> TileRef | None:
        row = self._q(f"SELECT {self._TILE_COLS} FROM tiles WHERE sha256 = ?", (sha256,)).fetchone()
        return self._built("tile", self._tile, [row])[0] if row else None

    def list_tiles(self, skip_malformed: bool = False) -> list[TileRef]:
        """Every tile; a malformed row stops with :class:`MalformedRowError`, or is left out (and named in
        :attr:`warnings`) with ``skip_malformed``."""
        rows = self._q(f"SELECT {self._TILE_COLS} FROM tiles ORDER BY fid").fetchall()
        if not skip_malformed:
            return self._built("tile", self._tile, rows)
        out = []
        for r in rows:
            try:
                out.append(self._tile(r))
            except _ROW_ERRORS as exc:
                self.warnings.append(f"tile {r[0]!r} skipped: its row is malformed ({exc})")
        return out

    # ------------------------------------------------------------------ annotations
    def _ann_params(self, a: Annotation) -> tuple:
        return (to_gpkg_blob(a.lonlat), a.id, a.tile_sha256, a.geometry.kind, json.dumps(list(a.geometry.params)),
                a.category, a.cls, a.type, a.confidence.value, a.length_m, a.width_m, a.heading_deg, a.note,
                a.analyst, format_time(a.created), format_time(a.modified), int(a.absent))

    def insert_annotations(self, items: list[Annotation]) -> None:
        self._con.executemany(f"INSERT INTO annotations (geom, {_ANN_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                              [self._ann_params(a) for a in items])

    def update_annotation(self, a: Annotation) -> None:
        p = self._ann_params(a)
        cur = self._q("UPDATE annotations SET geom=?, tile_sha256=?, kind=?, pixel_geometry=?, category=?, class=?, "
                      "type=?, confidence=?, length_m=?, width_m=?, heading_deg=?, note=?, analyst=?, created=?, "
                      "modified=?, absent=? WHERE id=?", p[:1] + p[2:] + (a.id,))
        if cur.rowcount != 1:
            raise NotFoundError(f"no annotation {a.id}")

    def delete_annotation(self, annotation_id: str) -> None:
        if self._q("DELETE FROM annotations WHERE id = ?", (annotation_id,)).rowcount != 1:
            raise NotFoundError(f"no annotation {annotation_id}")

    def _annotation(self, row, with_lonlat: bool) -> Annotation:
        (aid, tile, kind, pg, category, cls, typ, conf, length, width, heading, note, analyst, created,
         modified, absent, blob) = row
        if absent not in (0, 1):
            raise ValueError(f"absent is {absent!r}, not 0 or 1")
        _measures(length, width, heading)
        _texts(aid, tile, kind, pg, category, cls, conf, note, analyst, created, modified, optional=(typ,))
        lonlat = blob_to_geojson(blob) if with_lonlat else None
        # rows were validated when written: build the frozen record without re-running __init__ (hot path)
        a = object.__new__(Annotation)
        a.__dict__.update(id=aid, tile_sha256=tile, geometry=PixelGeometry._trusted(kind, _params(pg, kind)),
                          category=category, cls=cls, confidence=_CONFIDENCE[conf], type=typ, note=note,
                          analyst=analyst, created=_when(created), modified=_when(modified), lonlat=lonlat,
                          length_m=length, width_m=width, heading_deg=heading, absent=absent == 1)
        return a

    def get_annotation(self, annotation_id: str, with_lonlat: bool = True) -> Annotation | None:
        geom = "geom" if with_lonlat else "NULL"
        row = self._q(f"SELECT {self._read_cols}, {geom} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        return self._built("annotation", lambda r: self._annotation(r, with_lonlat), [row])[0] if row else None

    def list_annotations(self, tile_sha256: str | None = None, with_lonlat: bool = False) -> list[Annotation]:
        geom = "geom" if with_lonlat else "NULL"
        if tile_sha256 is None:
            rows = self._q(f"SELECT {self._read_cols}, {geom} FROM annotations ORDER BY fid")
        else:
            rows = self._q(f"SELECT {self._read_cols}, {geom} FROM annotations WHERE tile_sha256 = ? ORDER BY fid",
                           (tile_sha256,))
        with paused_gc():
            return self._built("annotation", lambda r: self._annotation(r, with_lonlat), rows)

    def find_ids(self, table: str, prefix: str, limit: int = 2) -> list[str]:
        """Ids in ``table`` starting with ``prefix`` (at most ``limit``)."""
        if table not in ("annotations", "sources", "claims", "links", "reviews"):
            raise ValueError(table)
        escaped = prefix.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        rows = self._q(f"SELECT id FROM {table} WHERE id LIKE ? ESCAPE '\\' LIMIT ?", (escaped + "%", limit))
        return [r[0] for r in rows]

    def count(self, table: str) -> int:
        if table not in ("annotations", "tiles", "sources", "claims", "links", "audit_log"):
            raise ValueError(table)
        return self._q(f"SELECT count(*) FROM {table}").fetchone()[0]

    # ------------------------------------------------------------------ sources and claims
    def insert_source(self, s: SourceDocument) -> None:
        self._q("INSERT INTO sources (id, sha256, title, url, publisher, published, media_type, imported, text) "
                "VALUES (?,?,?,?,?,?,?,?,?)",
                (s.id, s.sha256, s.title, s.url, s.publisher, s.published.isoformat() if s.published else None,
                 s.media_type, format_time(s.imported), s.text))

    _SRC_COLS = "id, text, sha256, title, url, publisher, published, media_type, imported"

    def _source(self, r) -> SourceDocument:
        from datetime import date

        _texts(r[0], r[1], r[2], r[7], r[8], optional=(r[3], r[4], r[5], r[6]))
        return SourceDocument(id=r[0], text=r[1], sha256=r[2], title=r[3], url=r[4], publisher=r[5],
                              published=date.fromisoformat(r[6]) if r[6] else None, media_type=r[7],
                              imported=_when(r[8]))

    def get_source(self, source_id: str) -> SourceDocument | None:
        row = self._q(f"SELECT {self._SRC_COLS} FROM sources WHERE id = ?", (source_id,)).fetchone()
        return self._built("source", self._source, [row])[0] if row else None

    def list_sources(self) -> list[SourceDocument]:
        return self._built("source", self._source, self._q(f"SELECT {self._SRC_COLS} FROM sources ORDER BY fid"))

    def delete_source(self, source_id: str) -> None:
        if self._q("DELETE FROM sources WHERE id = ?", (source_id,)).rowcount != 1:
            raise NotFoundError(f"no source {source_id}")

    def insert_claim(self, c: Claim) -> None:
        self._q("INSERT INTO claims (id, source_id, start_offset, end_offset, quote, prefix, suffix, checkable, "
                "extracted, created) VALUES (?,?,?,?,?,?,?,?,?,?)", self._claim_params(c))

    def update_claim(self, c: Claim) -> None:
        p = self._claim_params(c)
        cur = self._q("UPDATE claims SET source_id=?, start_offset=?, end_offset=?, quote=?, prefix=?, suffix=?, "
                      "checkable=?, extracted=?, created=? WHERE id=?", p[1:] + (c.id,))
        if cur.rowcount != 1:
            raise NotFoundError(f"no claim {c.id}")

    @staticmethod
    def _claim_params(c: Claim) -> tuple:
        return (c.id, c.source_id, c.start, c.end, c.quote, c.prefix, c.suffix,
                None if c.checkable is None else int(c.checkable), json.dumps(c.extracted, ensure_ascii=False),
                format_time(c.created))

    _CLAIM_COLS = "id, source_id, start_offset, end_offset, quote, prefix, suffix, checkable, extracted, created"

    def _claim(self, r) -> Claim:
        _texts(r[0], r[1], r[4], r[5], r[6], r[8], r[9])
        _numbers(r[2], r[3])
        if not isinstance(json.loads(r[8]), dict):
            raise ValueError("what was extracted from the claim is not a JSON object")
        return Claim(id=r[0], source_id=r[1], start=r[2], end=r[3], quote=r[4], prefix=r[5], suffix=r[6],
                     checkable=None if r[7] is None else bool(r[7]), extracted=json.loads(r[8]),
                     created=_when(r[9]))

    def get_claim(self, claim_id: str) -> Claim | None:
        row = self._q(f"SELECT {self._CLAIM_COLS} FROM claims WHERE id = ?", (claim_id,)).fetchone()
        return self._built("claim", self._claim, [row])[0] if row else None

    def list_claims(self, source_id: str | None = None) -> list[Claim]:
        if source_id is None:
            rows = self._q(f"SELECT {self._CLAIM_COLS} FROM claims ORDER BY fid")
        else:
            rows = self._q(f"SELECT {self._CLAIM_COLS} FROM claims WHERE source_id = ? ORDER BY start_offset",
                           (source_id,))
        return self._built("claim", self._claim, rows)

    def delete_claim(self, claim_id: str) -> None:
        if self._q("DELETE FROM claims WHERE id = ?", (claim_id,)).rowcount != 1:
            raise NotFoundError(f"no claim {claim_id}")

    # ------------------------------------------------------------------ links
    def insert_link(self, k: Link) -> None:
        self._q("INSERT INTO links (id, annotation_id, claim_id, relation, note, analyst, created) "
                "VALUES (?,?,?,?,?,?,?)",
                (k.id, k.annotation_id, k.claim_id, k.relation.value, k.note, k.analyst, format_time(k.created)))

    def delete_link(self, link_id: str) -> None:
        if self._q("DELETE FROM links WHERE id = ?", (link_id,)).rowcount != 1:
            raise NotFoundError(f"no link {link_id}")

    def _link(self, r) -> Link:
        _texts(*r)
        return Link(id=r[0], annotation_id=r[1], claim_id=r[2], relation=Relation(r[3]), note=r[4], analyst=r[5],
                    created=_when(r[6]))

    def get_link(self, link_id: str) -> Link | None:
        row = self._q("SELECT id, annotation_id, claim_id, relation, note, analyst, created FROM links WHERE id = ?",
                      (link_id,)).fetchone()
        return self._built("link", self._link, [row])[0] if row else None

    def list_links(self, annotation_id: str | None = None, claim_id: str | None = None) -> list[Link]:
        sql = "SELECT id, annotation_id, claim_id, relation, note, analyst, created FROM links"
        where, params = [], []
        if annotation_id is not None:
            where.append("annotation_id = ?")
            params.append(annotation_id)
        if claim_id is not None:
            where.append("claim_id = ?")
            params.append(claim_id)
        if where:
            sql += " WHERE " + " AND ".join(where)
        return self._built("link", self._link, self._q(sql + " ORDER BY fid", params))

    # ------------------------------------------------------------------ reviews
    def insert_review(self, r: Review) -> None:
        self._q("INSERT INTO reviews (id, object_type, object_id, state, reviewer, comment, time) "
                "VALUES (?,?,?,?,?,?,?)", (r.id, r.object_type, r.object_id, r.state.value, r.reviewer, r.comment,
                                           format_time(r.time)))

    def delete_review(self, review_id: str) -> None:
        if self._q("DELETE FROM reviews WHERE id = ?", (review_id,)).rowcount != 1:
            raise NotFoundError(f"no review {review_id}")

    def _review(self, r) -> Review:
        _texts(*r)
        return Review(id=r[0], object_type=r[1], object_id=r[2], state=ReviewState(r[3]), reviewer=r[4],
                      comment=r[5], time=_when(r[6]))

    def list_reviews(self, object_id: str | None = None) -> list[Review]:
        """Verdicts in the order given (all, or one object's); a project older than reviews has none."""
        if not has_table(self._con, "reviews"):
            return []
        sql = "SELECT id, object_type, object_id, state, reviewer, comment, time FROM reviews"
        rows = self._q(sql + " WHERE object_id = ? ORDER BY fid", (object_id,)) if object_id else \
            self._q(sql + " ORDER BY fid")
        return self._built("review", self._review, rows)

    # ------------------------------------------------------------------ audit log
    def append_audit_many(self, entries: list[tuple]) -> None:
        """Append many ``(time, analyst, action, object_type, object_id, before, after)`` entries in order."""
        row = self._q("SELECT hash FROM audit_log ORDER BY fid DESC LIMIT 1").fetchone()
        prev = row[0] if row else GENESIS
        rows = []
        for time, analyst, action, otype, oid, before, after in entries:
            before_json, after_json = canonical(before), canonical(after)
            digest = entry_hash(prev, time, analyst, action, otype, oid, before_json, after_json)
            rows.append((time, analyst, action, otype, oid, None if before is None else before_json,
                         None if after is None else after_json, prev, digest))
            prev = digest
        self._con.executemany("INSERT INTO audit_log (time, analyst, action, object_type, object_id, before, after, "
                              "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)", rows)

    def list_audit(self, object_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        sql = f"SELECT {_AUDIT_COLS} FROM audit_log"
        params: list = []
        if object_id:
            sql += " WHERE object_id = ?"
            params.append(object_id)
        sql += " ORDER BY fid"
        if limit:
            sql = f"SELECT * FROM ({sql.replace(' ORDER BY fid', ' ORDER BY fid DESC')} LIMIT {int(limit)}) ORDER BY fid"
        return self._built("audit", lambda r: AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], _unjson(r[6]),
                                                         _unjson(r[7]), r[8], r[9]), self._q(sql, params))

    def audit_rows(self):
        """The log's rows as stored, in order (``before``/``after`` as their JSON text): for verification."""
        return self._q(f"SELECT {_AUDIT_COLS} FROM audit_log ORDER BY fid")

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
    def integrity_problems(self) -> list[str]:
        """SQLite's own integrity and foreign-key checks, and the GeoPackage registrations (the schema itself
        is compared with the version's by :func:`.schema_guard.check_schema`)."""
        from .gpkg_checks import integrity_problems

        return integrity_problems(self._con, self.schema_version)


_AUDIT_COLS = "fid, time, analyst, action, object_type, object_id, before, after, prev_hash, hash"


def _unjson(text: str | None):
    return None if text is None else json.loads(text)


def _now():
    from annotate.model.annotation import utc_now

    return utc_now()
