"""The project's tables, read and written through one DB-API-style connection with ``?`` parameters.

:class:`ProjectTables` holds every query the project makes of its rows, shared by the GeoPackage file
(:mod:`.gpkg`) and the PostGIS database (:mod:`.postgis`): the two keep the same tables and columns, so one
row means one thing in both. A backend provides ``self._con`` (``execute``/``executemany``), ``self.path``,
:meth:`transaction`, and the spelling of the lon/lat outline (:meth:`_geom_in`, :meth:`_geom_out`,
:meth:`_outline`).
"""

from __future__ import annotations

import json

from annotate.model.annotation import Annotation, Confidence, utc_now
from annotate.model.bulk import paused_gc
from annotate.model.errors import ConflictError, MalformedRowError, NotFoundError
from annotate.model.evidence import Claim, Link, Relation, SourceDocument
from annotate.model.geometry import PixelGeometry
from annotate.model.review import Review, ReviewState
from annotate.model.serialize import format_time, tile_from_dict, tile_to_dict
from annotate.model.tile_ref import TileRef

from .audit import GENESIS, AuditEntry, canonical, entry_hash
from .gpkg_rows import ROW_ERRORS as _ROW_ERRORS
from .gpkg_rows import measures as _measures
from .gpkg_rows import numbers as _numbers
from .gpkg_rows import params as _params
from .gpkg_rows import texts as _texts
from .gpkg_rows import when as _when
from .schema_guard import has_table

__all__ = ["ProjectTables", "ANN_COLS", "AUDIT_COLS"]

_CONFIDENCE = {c.value: c for c in Confidence}

ANN_COLS = ("id, tile_sha256, kind, pixel_geometry, category, class, type, confidence, length_m, width_m, "
            "heading_deg, note, analyst, created, modified, absent")
AUDIT_COLS = "fid, time, analyst, action, object_type, object_id, before, after, prev_hash, hash"


class ProjectTables:
    """Rows of tiles, annotations, sources, claims, links, reviews and the audit log (see the module)."""

    path: object
    _read_cols: str = ANN_COLS

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
        georef = {k: d[k] for k in ("transform", "gcps", "footprint", "remote") if k in d}
        self._q("INSERT INTO tiles (sha256, path, site, acquired, acquired_source, source, credit, crs, width, height, "
                "gsd_m, georeferenced, georef_json, added) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (tile.sha256, tile.path, tile.site, d["acquired"], tile.acquired_source, tile.source, tile.credit,
                 tile.crs, tile.width, tile.height, tile.gsd_m, int(tile.georeferenced), json.dumps(georef),
                 format_time(utc_now())))

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
    # the lon/lat outline as the backend stores it: a GeoPackage blob, or PostGIS geometry from GeoJSON
    _GEOM_PARAM = "?"
    _GEOM_SELECT = "geom"

    def _geom_in(self, lonlat: dict | None):
        raise NotImplementedError

    def _geom_out(self, stored) -> dict | None:
        raise NotImplementedError

    def _ann_params(self, a: Annotation) -> tuple:
        return (self._geom_in(a.lonlat), a.id, a.tile_sha256, a.geometry.kind, json.dumps(list(a.geometry.params)),
                a.category, a.cls, a.type, a.confidence.value, a.length_m, a.width_m, a.heading_deg, a.note,
                a.analyst, format_time(a.created), format_time(a.modified), int(a.absent))

    def insert_annotations(self, items: list[Annotation]) -> None:
        self._con.executemany(f"INSERT INTO annotations (geom, {ANN_COLS}) VALUES ({self._GEOM_PARAM},"
                              "?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                              [self._ann_params(a) for a in items])

    def update_annotation(self, a: Annotation, expected_modified: str | None = None) -> None:
        """Write ``a`` over its row. With ``expected_modified`` (the row's ``modified`` as the editor last saw
        it), a row someone else changed meanwhile is not overwritten: :class:`ConflictError`."""
        p = self._ann_params(a)
        sql = (f"UPDATE annotations SET geom={self._GEOM_PARAM}, tile_sha256=?, kind=?, pixel_geometry=?, "
               "category=?, class=?, type=?, confidence=?, length_m=?, width_m=?, heading_deg=?, note=?, analyst=?, "
               "created=?, modified=?, absent=? WHERE id=?")
        params = p[:1] + p[2:] + (a.id,)
        if expected_modified is not None:
            sql, params = sql + " AND modified=?", params + (expected_modified,)
        if self._q(sql, params).rowcount != 1:
            self._missing_or_conflict(a.id, expected_modified)

    def delete_annotation(self, annotation_id: str, expected_modified: str | None = None) -> None:
        sql, params = "DELETE FROM annotations WHERE id = ?", (annotation_id,)
        if expected_modified is not None:
            sql, params = sql + " AND modified = ?", params + (expected_modified,)
        if self._q(sql, params).rowcount != 1:
            self._missing_or_conflict(annotation_id, expected_modified)

    def _missing_or_conflict(self, annotation_id: str, expected_modified: str | None):
        row = self._q("SELECT analyst, modified FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        if row is None or expected_modified is None:
            raise NotFoundError(f"no annotation {annotation_id}" + (" (someone deleted it meanwhile)"
                                                                     if expected_modified else ""))
        last = self._q("SELECT analyst, time FROM audit_log WHERE object_id = ? ORDER BY fid DESC LIMIT 1",
                       (annotation_id,)).fetchone()
        raise ConflictError.on_annotation(annotation_id, *(last if last else row))

    def _annotation(self, row, with_lonlat: bool) -> Annotation:
        (aid, tile, kind, pg, category, cls, typ, conf, length, width, heading, note, analyst, created,
         modified, absent, blob) = row
        if absent not in (0, 1):
            raise ValueError(f"absent is {absent!r}, not 0 or 1")
        _measures(length, width, heading)
        _texts(aid, tile, kind, pg, category, cls, conf, note, analyst, created, modified, optional=(typ,))
        lonlat = self._geom_out(blob) if with_lonlat else None
        # rows were validated when written: build the frozen record without re-running __init__ (hot path)
        a = object.__new__(Annotation)
        a.__dict__.update(id=aid, tile_sha256=tile, geometry=PixelGeometry._trusted(kind, _params(pg, kind)),
                          category=category, cls=cls, confidence=_CONFIDENCE[conf], type=typ, note=note,
                          analyst=analyst, created=_when(created), modified=_when(modified), lonlat=lonlat,
                          length_m=length, width_m=width, heading_deg=heading, absent=absent == 1)
        return a

    def get_annotation(self, annotation_id: str, with_lonlat: bool = True) -> Annotation | None:
        geom = self._GEOM_SELECT if with_lonlat else "NULL"
        row = self._q(f"SELECT {self._read_cols}, {geom} FROM annotations WHERE id = ?", (annotation_id,)).fetchone()
        return self._built("annotation", lambda r: self._annotation(r, with_lonlat), [row])[0] if row else None

    def list_annotations(self, tile_sha256: str | None = None, with_lonlat: bool = False) -> list[Annotation]:
        geom = self._GEOM_SELECT if with_lonlat else "NULL"
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
        self.insert_claims([c])

    def insert_claims(self, items: list[Claim]) -> None:
        """Insert many claims in one statement (a long report has tens of thousands)."""
        self._con.executemany("INSERT INTO claims (id, source_id, start_offset, end_offset, quote, prefix, suffix, "
                              "checkable, extracted, created) VALUES (?,?,?,?,?,?,?,?,?,?)",
                              [self._claim_params(c) for c in items])

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
    def _lock_chain(self) -> None:
        """Make concurrent appends take turns until commit (a GeoPackage's write transaction already does)."""

    def _entry_analyst(self, analyst: str) -> str:
        """The name an audit entry records (a server that knows who is connected overrides it)."""
        return analyst

    def append_audit_many(self, entries: list[tuple]) -> None:
        """Append many ``(time, analyst, action, object_type, object_id, before, after)`` entries in order."""
        self._lock_chain()
        row = self._q("SELECT fid, hash FROM audit_log ORDER BY fid DESC LIMIT 1").fetchone()
        # numbered here, under the lock, not by a sequence: a server's sequence hands out a number that an edit
        # rolled back (or killed) never uses, and verify reads such a gap as a missing entry
        seq, prev = (row[0], row[1]) if row else (0, GENESIS)
        rows = []
        for time, analyst, action, otype, oid, before, after in entries:
            analyst = self._entry_analyst(analyst)
            before_json, after_json = canonical(before), canonical(after)
            digest = entry_hash(prev, time, analyst, action, otype, oid, before_json, after_json)
            seq += 1
            rows.append((seq, time, analyst, action, otype, oid, None if before is None else before_json,
                         None if after is None else after_json, prev, digest))
            prev = digest
        self._con.executemany("INSERT INTO audit_log (fid, time, analyst, action, object_type, object_id, before, "
                              "after, prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)

    def list_audit(self, object_id: str | None = None, limit: int | None = None) -> list[AuditEntry]:
        sql = f"SELECT {AUDIT_COLS} FROM audit_log"
        params: list = []
        if object_id:
            sql += " WHERE object_id = ?"
            params.append(object_id)
        sql += " ORDER BY fid"
        if limit:
            sql = f"SELECT * FROM ({sql.replace(' ORDER BY fid', ' ORDER BY fid DESC')} LIMIT {int(limit)}) AS recent ORDER BY fid"
        return self._built("audit", lambda r: AuditEntry(r[0], r[1], r[2], r[3], r[4], r[5], _unjson(r[6]),
                                                         _unjson(r[7]), r[8], r[9]), self._q(sql, params))

    # ------------------------------------------------------------------ catalog items (STAC)
    _CAT_COLS = ("id, stac_id, collection, catalog, item_href, asset_href, asset_key, acquired, footprint_json, "
                 "gsd_m, platform, added, analyst")

    def insert_catalog_item(self, c) -> None:
        from annotate.model.catalog_item import catalog_item_to_dict

        d = catalog_item_to_dict(c)
        self._q(f"INSERT INTO catalog_items ({self._CAT_COLS}) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (d["id"], d["stac_id"], d["collection"], d["catalog"], d["item_href"], d["asset_href"],
                 d["asset_key"], d["acquired"], json.dumps(d["footprint"]) if d["footprint"] else None, d["gsd_m"],
                 d["platform"], d["added"], d["analyst"]))

    def delete_catalog_item(self, item_id: str) -> None:
        if self._q("DELETE FROM catalog_items WHERE id = ?", (item_id,)).rowcount != 1:
            raise NotFoundError(f"no catalog item {item_id}")

    def _catalog_item(self, r):
        from annotate.model.catalog_item import catalog_item_from_dict

        _texts(r[0], r[1], r[3], r[5], r[11], r[12], optional=(r[2], r[4], r[6], r[7], r[8], r[10]))
        keys = [k.strip() for k in self._CAT_COLS.split(",")]
        d = dict(zip(keys, r))
        d["footprint"] = json.loads(d.pop("footprint_json")) if d.get("footprint_json") else None
        return catalog_item_from_dict(d)

    def list_catalog_items(self) -> list:
        """Every recorded catalog item (none in a project older than catalogs)."""
        if not has_table(self._con, "catalog_items"):
            return []
        return self._built("catalog_item", self._catalog_item,
                           self._q(f"SELECT {self._CAT_COLS} FROM catalog_items ORDER BY fid"))

    def set_project_id(self, project_id: str) -> None:
        self._q("UPDATE annotate_meta SET value = ? WHERE key = 'project_id'", (project_id,))

    def insert_seal_rows(self, rows: list[tuple]) -> None:
        """Seals as stored (``(seq, head_hash, time, analyst, public_key, fingerprint, signature)``): copying."""
        self._con.executemany("INSERT INTO seals (seq, head_hash, time, analyst, public_key, fingerprint, "
                              "signature) VALUES (?,?,?,?,?,?,?)", rows)

    def insert_audit_rows(self, rows: list[tuple]) -> None:
        """Append stored log rows as they are (``(seq, time, analyst, action, object_type, object_id, before,
        after, prev_hash, hash)``, ``before``/``after`` as JSON text): copying a project's chain, not extending
        it. The rows' own hashes are kept, so the copy verifies as the original did."""
        self._con.executemany("INSERT INTO audit_log (time, analyst, action, object_type, object_id, before, after, "
                              "prev_hash, hash) VALUES (?,?,?,?,?,?,?,?,?)", [tuple(r[1:]) for r in rows])

    def audit_rows(self):
        """The log's rows as stored, in order (``before``/``after`` as their JSON text): for verification."""
        return self._q(f"SELECT {AUDIT_COLS} FROM audit_log ORDER BY fid")



def _unjson(text: str | None):
    return None if text is None else json.loads(text)
