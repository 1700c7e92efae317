"""The project aggregate: the only way to change a project.

It checks the invariants (known tile and class, no dangling link, deleting an
annotation deletes its links in the same transaction), writes every change and
its audit entries in one transaction through a :class:`ProjectStore`, emits
change events (psygnal) after the commit, and keeps recent operations for
undo and redo. It knows nothing of napari or Qt: a GUI subscribes to
:attr:`Project.events`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace
from typing import Any, Callable

from psygnal import Signal, SignalGroup

from .annotation import Annotation, Confidence, new_id, utc_now
from .bulk import paused_gc
from .errors import ConflictError, InvariantError, NotFoundError, ProjectError
from .evidence import Assessment, Claim, Link, Relation, SourceDocument, assess, text_sha256
from .geometry import PixelGeometry, derive_many, measure_stated
from .identity import current_analyst
from .review import UNREVIEWED, Review, ReviewState
from .serialize import (
    annotation_to_dict,
    claim_to_dict,
    format_time,
    link_to_dict,
    review_to_dict,
    source_to_dict,
    tile_to_dict,
)
from .catalog_item import CatalogItem, catalog_item_to_dict
from .store_protocol import ProjectStore
from .taxonomy import Taxonomy, load_taxonomy
from .tile_ref import TileRef

__all__ = ["Project", "ProjectEvents", "Change"]

_UNDO_DEPTH = 200
_BATCHED = ("annotation", "claim")  # kinds whose consecutive creations are inserted in one statement
_CONTEXT_CHARS = 32


class ProjectEvents(SignalGroup):
    """``changed(object_type, action, object_id)`` fires once per changed object, after the commit."""

    changed = Signal(str, str, str)


@dataclass(frozen=True)
class Change:
    """One object's change: ``before`` is ``None`` for a creation, ``after`` ``None`` for a deletion."""

    object_type: str  # "annotation", "link", "claim", "source", "tile"
    object_id: str
    before: Any
    after: Any

    @property
    def action(self) -> str:
        return "create" if self.before is None else "delete" if self.after is None else "update"

    def inverse(self) -> "Change":
        return Change(self.object_type, self.object_id, self.after, self.before)


_TO_DICT: dict[str, Callable[[Any], dict]] = {
    "annotation": annotation_to_dict, "link": link_to_dict, "claim": claim_to_dict,
    "source": lambda s: source_to_dict(s, with_text=False) | {"text_sha256": s.sha256}, "tile": tile_to_dict,
    "review": review_to_dict, "catalog_item": catalog_item_to_dict,
}


class Project:
    """An open project. Create or open one with :func:`annotate.store.create_project` / ``open_project``."""

    def __init__(self, store: ProjectStore, *, analyst: str | None = None, taxonomy: Taxonomy | None = None) -> None:
        self.store = store
        # a server that knows who is connected names the analyst itself (PostGIS: the database role)
        self.analyst = getattr(store, "analyst", None) or current_analyst(analyst)
        self.taxonomy = taxonomy or load_taxonomy(store.path)
        self.events = ProjectEvents()
        self.closed = False  # a viewer may outlive its project: its widgets check this
        self._georefs: dict[str, Any] = {}
        self._undo: list[tuple[str, list[Change]]] = []
        self._redo: list[tuple[str, list[Change]]] = []

    # ------------------------------------------------------------------ lifecycle
    @property
    def path(self):
        return self.store.path

    @property
    def name(self) -> str:
        """What a title bar calls the project: the file's name, or ``schema on host/database``."""
        from pathlib import Path

        return getattr(self.store, "name", None) or Path(self.path).name

    @property
    def read_only(self) -> bool:
        return self.store.read_only

    def close(self) -> None:
        self.closed = True
        self.store.close()

    def __enter__(self) -> "Project":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @property
    def live(self) -> bool:
        """Does the store announce other sessions' edits (a shared PostGIS project)? See :meth:`poll_remote`."""
        return hasattr(self.store, "poll_changes")

    def poll_remote(self) -> int:
        """Emit :attr:`events` for edits other analysts committed since the last call (``reload`` with an
        empty id when too many changed at once to name them); returns how many changes were seen."""
        if not self.live or self.closed:
            return 0
        n = 0
        for otype, action, ids in self.store.poll_changes():
            for oid in ids if ids is not None else [""]:
                self.events.changed.emit(otype, action if ids is not None else "reload", oid)
                n += 1
        return n

    # ------------------------------------------------------------------ the one write path
    def _commit(self, label: str, changes: list[Change], *, record: bool = True, action_prefix: str = "") -> None:
        now = format_time(utc_now())
        with self.store.transaction():
            entries = []
            created: list = []  # consecutive new annotations (or claims) go to the store in one batch
            created_kind = ""
            for ch in changes:
                batched = ch.action == "create" and ch.object_type in _BATCHED
                if created and (not batched or ch.object_type != created_kind):
                    self._insert_batch(created_kind, created)
                    created = []
                if batched:
                    created_kind = ch.object_type
                    created.append(ch.after)
                else:
                    self._write(ch)
                before = _TO_DICT[ch.object_type](ch.before) if ch.before is not None else None
                after = _TO_DICT[ch.object_type](ch.after) if ch.after is not None else None
                entries.append((now, self.analyst, action_prefix + ch.action, ch.object_type, ch.object_id,
                                before, after))
            if created:
                self._insert_batch(created_kind, created)
            self.store.append_audit_many(entries)
        if record:
            self._undo.append((label, changes))
            del self._undo[:-_UNDO_DEPTH]
            self._redo.clear()
        for ch in changes:
            self.events.changed.emit(ch.object_type, ch.action, ch.object_id)

    def _insert_batch(self, kind: str, items: list) -> None:
        if kind == "annotation":
            self.store.insert_annotations(items)
        else:
            self.store.insert_claims(items)

    def _write(self, ch: Change) -> None:
        s = self.store
        kind, action = ch.object_type, ch.action
        if kind == "annotation":
            seen = format_time(ch.before.modified)  # refused if someone else changed the row meanwhile
            if action == "update":
                s.update_annotation(ch.after, expected_modified=seen)
            else:
                s.delete_annotation(ch.object_id, expected_modified=seen)
        elif kind == "link":
            if action == "create":
                s.insert_link(ch.after)
            elif action == "delete":
                s.delete_link(ch.object_id)
            else:
                s.delete_link(ch.object_id)
                s.insert_link(ch.after)
        elif kind == "claim":
            {"create": lambda: s.insert_claim(ch.after), "update": lambda: s.update_claim(ch.after),
             "delete": lambda: s.delete_claim(ch.object_id)}[action]()
        elif kind == "source":
            {"create": lambda: s.insert_source(ch.after), "delete": lambda: s.delete_source(ch.object_id)}[action]()
        elif kind == "catalog_item":
            {"create": lambda: s.insert_catalog_item(ch.after),
             "delete": lambda: s.delete_catalog_item(ch.object_id)}[action]()
        elif kind == "review":  # verdicts are never edited: a new one supersedes; undo removes it
            {"create": lambda: s.insert_review(ch.after), "delete": lambda: s.delete_review(ch.object_id)}[action]()
        elif kind == "tile":
            if action == "create":
                s.put_tile(ch.after)
            elif action == "update":  # a tile changes only its path (relinked) or its stated ground scale
                if ch.before is None or ch.before.path != ch.after.path:
                    s.set_tile_path(ch.object_id, ch.after.path)
                if ch.before is None or ch.before.gsd_m != ch.after.gsd_m:
                    s.set_tile_gsd(ch.object_id, ch.after.gsd_m)
            else:
                raise InvariantError("tiles are never deleted from a project (their annotations are evidence)")

    # ------------------------------------------------------------------ undo / redo
    @property
    def can_undo(self) -> bool:
        return bool(self._undo)

    @property
    def can_redo(self) -> bool:
        return bool(self._redo)

    def undo(self) -> str | None:
        """Undo the most recent operation of this session; returns its label, or ``None`` if nothing to undo."""
        if not self._undo:
            return None
        label, changes = self._undo.pop()
        self._commit(label, [c.inverse() for c in reversed(changes)], record=False, action_prefix="undo-")
        self._redo.append((label, changes))
        return label

    def redo(self) -> str | None:
        if not self._redo:
            return None
        label, changes = self._redo.pop()
        self._commit(label, changes, record=False, action_prefix="redo-")
        self._undo.append((label, changes))
        return label

    # ------------------------------------------------------------------ catalog items
    def add_catalog_items(self, items: list[CatalogItem], label: str = "record catalog items") -> list[CatalogItem]:
        """Record catalog items (one audited transaction); an item whose asset is already recorded is skipped.
        Returns those recorded."""
        known = {c.asset_href for c in self.store.list_catalog_items()}
        new, seen = [], set()
        for c in items:
            if c.asset_href in known or c.asset_href in seen:
                continue
            seen.add(c.asset_href)
            new.append(replace(c, added=c.added or utc_now(), analyst=self.analyst))
        if new:
            self._commit(label, [Change("catalog_item", c.id, None, c) for c in new])
        return new

    def catalog_items(self) -> list[CatalogItem]:
        return self.store.list_catalog_items()

    # ------------------------------------------------------------------ tiles
    def add_tile(self, tile: TileRef) -> TileRef:
        """Add a tile (idempotent by SHA-256: the stored one is returned)."""
        existing = self.store.get_tile(tile.sha256)
        if existing is not None:
            return existing
        self._commit(f"add tile {tile.label}", [Change("tile", tile.sha256, None, tile)])
        return tile

    def relink_tile(self, sha256: str, new_path: str) -> TileRef:
        old = self.tile(sha256)
        new = replace(old, path=new_path)
        self._commit(f"relink tile {old.label}", [Change("tile", sha256, old, new)], record=False)
        return new

    def state_ground_scale(self, sha256: str, gsd_m: float) -> TileRef:
        """Record a ground scale someone **states** for a pixel-only tile (the analyst's knowledge, a DOTA
        ``gsd:`` line), in metres per pixel: the tile's annotations get sizes in metres (no heading, no
        position), re-derived in the same audited change. A georeferenced tile's scale is measured from its
        georeferencing and is refused."""
        old = self.tile(sha256)
        if old.georeferenced:
            raise InvariantError(f"{old.label} is georeferenced: its ground scale ({old.gsd_m:.3f} m) is measured, "
                                 "not stated")
        try:
            gsd = float(gsd_m)
        except (TypeError, ValueError):
            raise InvariantError(f"ground scale {gsd_m!r} is not a number of metres") from None
        if not (math.isfinite(gsd) and 0 < gsd <= 10_000):
            raise InvariantError(f"ground scale {gsd_m!r} m per pixel is not a positive size (0 < m ≤ 10000)")
        new = replace(old, gsd_m=gsd)
        anns = self.store.list_annotations(sha256)
        rederived = self._derive_all(anns, new)
        label = f"state ground scale {gsd:g} m/px for {old.label}"
        # the log's action says the scale is stated ("stated-scale-update"), for the tile and each re-sized annotation
        self._commit(label, [Change("tile", sha256, old, new)] +
                     [Change("annotation", a.id, a, b) for a, b in zip(anns, rederived)],
                     action_prefix="stated-scale-")
        return new

    def tile(self, sha256: str) -> TileRef:
        t = self.store.get_tile(sha256)
        if t is None:
            raise NotFoundError(f"no tile with SHA-256 {sha256[:12]}… in {self.path}")
        return t

    def tiles(self, skip_malformed: bool = False) -> list[TileRef]:
        """Every tile of the project (``skip_malformed``: leave out rows that cannot be read, naming them in
        the store's ``warnings``)."""
        return self.store.list_tiles(skip_malformed=skip_malformed)

    # ------------------------------------------------------------------ annotations
    def _georef(self, tile: TileRef):
        if tile.sha256 not in self._georefs:
            self._georefs[tile.sha256] = tile.georef()
        return self._georefs[tile.sha256]

    def _derive_all(self, items: list[Annotation], tile: TileRef) -> list[Annotation]:
        georef = self._georef(tile)
        if georef is None and tile.gsd_m and not tile.georeferenced:  # a stated scale: sizes, no position
            derived = [(None, measure_stated(a.geometry, tile.gsd_m)) for a in items]
        else:
            derived = derive_many([a.geometry for a in items], georef)
        return [replace(a, lonlat=lonlat, length_m=m.length_m if m else None, width_m=m.width_m if m else None,
                        heading_deg=m.heading_deg if m else None) for a, (lonlat, m) in zip(items, derived)]

    def _derive(self, a: Annotation, tile: TileRef) -> Annotation:
        return self._derive_all([a], tile)[0]

    def new_annotation(self, tile_sha256: str, geometry: PixelGeometry, cls: str, *,
                       confidence: Confidence | str = Confidence.PROBABLE, type: str | None = None,
                       note: str = "", id: str | None = None, absent: bool = False) -> Annotation:
        """Build (not save) a validated annotation with its derived lon/lat and measurements (``absent``: an
        observation that no ``cls`` is in this area)."""
        row = {"geometry": geometry, "cls": cls, "confidence": confidence, "type": type, "note": note, "id": id,
               "absent": absent}
        return self.new_annotations(tile_sha256, [row])[0]

    def new_annotations(self, tile_sha256: str, rows: list[dict], tile: TileRef | None = None) -> list[Annotation]:
        """Build (not save) many validated annotations on one tile, measured in one vectorised pass.

        Each row has ``geometry`` and ``cls``, and optionally ``confidence``, ``type``, ``note``, ``id`` and
        ``analyst`` (who tagged it, as an imported file states it; the audit log records who imported). ``tile`` may be given for a tile not yet in the project (see :meth:`add_annotations`).
        """
        tile = tile if tile is not None and tile.sha256 == tile_sha256 else self.tile(tile_sha256)
        now = utc_now()
        with paused_gc():
            return self._build_many(tile, tile_sha256, rows, now, [])

    def _build_many(self, tile, tile_sha256, rows, now, items) -> list[Annotation]:
        for row in rows:
            try:
                category = self.taxonomy.category_of(row["cls"])
                confidence = Confidence(row.get("confidence", Confidence.PROBABLE))
            except ValueError as exc:
                raise InvariantError(str(exc)) from None
            _check_inside(row["geometry"], tile)
            _check_absence(row.get("absent") is True, row["geometry"])
            items.append(Annotation(id=row.get("id") or new_id(), tile_sha256=tile_sha256, geometry=row["geometry"],
                                    category=category, cls=row["cls"], confidence=confidence,
                                    type=row.get("type") or None, note=row.get("note") or "",
                                    analyst=row.get("analyst") or self.analyst, absent=row.get("absent") is True,
                                    created=now, modified=now))
        return self._derive_all(items, tile)

    def add_annotation(self, tile_sha256: str, geometry: PixelGeometry, cls: str, **kwargs) -> Annotation:
        a = self.new_annotation(tile_sha256, geometry, cls, **kwargs)
        self._commit(f"add {cls}", [Change("annotation", a.id, None, a)])
        return a

    def add_annotations(self, items: list[Annotation], label: str = "import",
                        new_tile: TileRef | list[TileRef] | None = None) -> list[Annotation]:
        """Save many prepared annotations (see :meth:`new_annotations`) in one transaction: all or nothing.
        ``new_tile`` (one or a list), not yet in the project, is added in the same transaction (an import that
        fails leaves no tile behind)."""
        if items:
            tiles = new_tile if isinstance(new_tile, list) else [new_tile] if new_tile is not None else []
            first = [Change("tile", t.sha256, None, t) for t in {t.sha256: t for t in tiles}.values()
                     if self.store.get_tile(t.sha256) is None]
            with paused_gc():
                self._commit(label, first + [Change("annotation", a.id, None, a) for a in items])
        return items

    def update_annotation(self, annotation_id: str, *, seen_modified=None, **changes) -> Annotation:
        """Change fields (``geometry``, ``cls``, ``confidence``, ``type``, ``note``, ``absent``); derived values
        follow. ``seen_modified``: the ``modified`` time of the annotation as the editor showed it; if someone else
        changed it since, the edit is refused with :class:`ConflictError` instead of overwriting theirs."""
        old = self.annotation(annotation_id)
        if seen_modified is not None and seen_modified != old.modified:
            self._refuse_stale(old)
        allowed = {"geometry", "cls", "confidence", "type", "note", "absent"}
        if set(changes) - allowed:
            raise InvariantError(f"cannot change {', '.join(sorted(set(changes) - allowed))} of an annotation")
        if "cls" in changes:
            try:
                changes["category"] = self.taxonomy.category_of(changes["cls"])
            except ValueError as exc:
                raise InvariantError(str(exc)) from None
        if "confidence" in changes:
            changes["confidence"] = Confidence(changes["confidence"])
        if "absent" in changes:
            changes["absent"] = changes["absent"] is True
        tile = self.tile(old.tile_sha256)
        if "geometry" in changes:
            _check_inside(changes["geometry"], tile)
        _check_absence(changes.get("absent", old.absent), changes.get("geometry", old.geometry))
        new = self._derive(replace(old, **changes, modified=utc_now()), tile)
        self._commit(f"edit {new.cls}", [Change("annotation", annotation_id, old, new)])
        return new

    def delete_annotation(self, annotation_id: str, *, seen_modified=None) -> None:
        """Delete an annotation and, in the same transaction, its links (``seen_modified`` as for
        :meth:`update_annotation`)."""
        old = self.annotation(annotation_id)
        if seen_modified is not None and seen_modified != old.modified:
            self._refuse_stale(old)
        steps = [Change("link", k.id, k, None) for k in self.store.list_links(annotation_id=annotation_id)]
        steps.append(Change("annotation", annotation_id, old, None))
        self._commit(f"delete {old.cls}", steps)

    def _refuse_stale(self, current: Annotation) -> None:
        last = self.store.list_audit(current.id, limit=1)
        who, when = (last[0].analyst, last[0].time) if last else (current.analyst, format_time(current.modified))
        raise ConflictError.on_annotation(current.id, who, when)

    def annotation(self, annotation_id: str) -> Annotation:
        a = self.store.get_annotation(annotation_id)
        if a is None:
            raise NotFoundError(f"no annotation {annotation_id} in {self.path}")
        return a

    def annotations(self, tile_sha256: str | None = None, with_lonlat: bool = False) -> list[Annotation]:
        return self.store.list_annotations(tile_sha256, with_lonlat=with_lonlat)

    # ------------------------------------------------------------------ sources and claims
    def add_source(self, text: str, *, title=None, url=None, publisher=None, published=None,
                   media_type: str = "text/plain") -> SourceDocument:
        s = SourceDocument(id=new_id(), text=text, sha256=text_sha256(text), title=title, url=url,
                           publisher=publisher, published=published, media_type=media_type)
        self._commit(f"import {title or 'source'}", [Change("source", s.id, None, s)])
        return s

    def source(self, source_id: str) -> SourceDocument:
        s = self.store.get_source(source_id)
        if s is None:
            raise NotFoundError(f"no source {source_id} in {self.path}")
        return s

    def sources(self) -> list[SourceDocument]:
        return self.store.list_sources()

    def new_claim(self, source: SourceDocument, start: int, end: int, **fields) -> Claim:
        """A claim on ``source.text[start:end]``, anchored by quote, prefix and suffix."""
        if not 0 <= start < end <= len(source.text):
            raise InvariantError(f"claim span {start}–{end} is outside the source text (0–{len(source.text)})")
        text = source.text
        return Claim(id=fields.pop("id", None) or new_id(), source_id=source.id, start=start, end=end,
                     quote=text[start:end], prefix=text[max(0, start - _CONTEXT_CHARS):start],
                     suffix=text[end:end + _CONTEXT_CHARS], **fields)

    def add_claims(self, claims: list[Claim], label: str = "add claims") -> list[Claim]:
        for source_id in {c.source_id for c in claims}:  # each source once (a long report has thousands of claims)
            self.source(source_id)
        self._commit(label, [Change("claim", c.id, None, c) for c in claims])
        return claims

    def add_claim(self, source_id: str, start: int, end: int, **fields) -> Claim:
        claim = self.new_claim(self.source(source_id), start, end, **fields)
        return self.add_claims([claim], label="add claim")[0]

    def update_claim(self, claim_id: str, **changes) -> Claim:
        old = self.claim(claim_id)
        new = replace(old, **changes)
        self._commit("edit claim", [Change("claim", claim_id, old, new)])
        return new

    def delete_claim(self, claim_id: str) -> None:
        old = self.claim(claim_id)
        steps = [Change("link", k.id, k, None) for k in self.store.list_links(claim_id=claim_id)]
        self._commit("delete claim", steps + [Change("claim", claim_id, old, None)])

    def claim(self, claim_id: str) -> Claim:
        c = self.store.get_claim(claim_id)
        if c is None:
            raise NotFoundError(f"no claim {claim_id} in {self.path}")
        return c

    def claims(self, source_id: str | None = None) -> list[Claim]:
        return self.store.list_claims(source_id)

    # ------------------------------------------------------------------ links
    def link(self, annotation_id: str, claim_id: str, relation: Relation | str, note: str = "") -> Link:
        """Link an annotation to a claim. Both must exist; the same link twice is refused."""
        self.annotation(annotation_id)
        self.claim(claim_id)
        try:
            relation = Relation(relation)
        except ValueError:
            raise InvariantError(f"unknown relation {relation!r}; use corroborates, contradicts or context") from None
        if any(k.relation == relation for k in self.store.list_links(annotation_id=annotation_id, claim_id=claim_id)):
            raise InvariantError(f"annotation {annotation_id} already {relation.value} claim {claim_id}")
        k = Link(id=new_id(), annotation_id=annotation_id, claim_id=claim_id, relation=relation, note=note,
                 analyst=self.analyst)
        self._commit(f"link ({relation.value})", [Change("link", k.id, None, k)])
        return k

    def add_links(self, rows: list[tuple[str, str, Relation | str, str]], label: str = "link") -> list[Link]:
        """Many ``(annotation_id, claim_id, relation, note)`` links in one transaction (ids must exist)."""
        links = [Link(id=new_id(), annotation_id=a, claim_id=c, relation=Relation(r), note=n, analyst=self.analyst)
                 for a, c, r, n in rows]
        try:
            self._commit(label, [Change("link", k.id, None, k) for k in links])
        except ProjectError as exc:
            raise InvariantError(f"links not added (an annotation or claim is missing, or a link repeats): {exc}") \
                from None
        return links

    def unlink(self, link_id: str) -> None:
        k = self.store.get_link(link_id)
        if k is None:
            raise NotFoundError(f"no link {link_id} in {self.path}")
        self._commit(f"unlink ({k.relation.value})", [Change("link", link_id, k, None)])

    def links(self, annotation_id: str | None = None, claim_id: str | None = None) -> list[Link]:
        return self.store.list_links(annotation_id, claim_id)

    def assessment(self, claim_id: str) -> Assessment:
        return assess(k.relation for k in self.store.list_links(claim_id=claim_id))

    # ------------------------------------------------------------------ review
    def review(self, object_id: str, state: ReviewState | str, comment: str = "", *,
               allow_self: bool = False) -> Review:
        """Record the current analyst's verdict on an annotation or a link. Reviewing one's own work is refused
        unless ``allow_self`` (an explicit override, kept in the log like any verdict)."""
        try:
            state = ReviewState(state)
        except ValueError:
            raise InvariantError(f"unknown review state {state!r}; use accepted, rejected or needs change") from None
        target = self.store.get_annotation(object_id, with_lonlat=False)
        kind = "annotation"
        if target is None:
            target, kind = self.store.get_link(object_id), "link"
        if target is None:
            raise NotFoundError(f"no annotation or link {object_id} in {self.path}")
        if target.analyst == self.analyst and not allow_self:
            raise InvariantError(f"{kind} {object_id[:8]} is {self.analyst}'s own work; a review is a second "
                                 "analyst's check (override explicitly to review your own)")
        if state != ReviewState.ACCEPTED and not comment.strip():
            raise InvariantError(f"a verdict of '{state.value}' needs a comment saying why")
        r = Review(id=new_id(), object_type=kind, object_id=object_id, state=state, reviewer=self.analyst,
                   comment=comment)
        self._commit(f"review ({state.value})", [Change("review", r.id, None, r)])
        return r

    def reviews(self, object_id: str | None = None) -> list[Review]:
        return self.store.list_reviews(object_id)

    def review_states(self) -> dict[str, Review]:
        """Each reviewed object's latest verdict (objects missing here are unreviewed)."""
        return {r.object_id: r for r in self.store.list_reviews()}

    def review_state(self, object_id: str) -> str:
        found = self.store.list_reviews(object_id)
        return found[-1].state.value if found else UNREVIEWED

    # ------------------------------------------------------------------ ids
    def resolve_id(self, kind: str, prefix: str) -> str:
        """The full id of an annotation / claim / source / link from a unique prefix (as git does for commits)."""
        table = {"annotation": "annotations", "claim": "claims", "source": "sources", "link": "links",
                 "review": "reviews"}[kind]
        hits = self.store.find_ids(table, prefix.strip().lower())
        if not hits:
            raise NotFoundError(f"no {kind} {prefix} in {self.path}")
        if len(hits) > 1:
            raise NotFoundError(f"{kind} id {prefix} is ambiguous in {self.path}; give more characters")
        return hits[0]

    # ------------------------------------------------------------------ audit
    def log(self, object_id: str | None = None, limit: int | None = None):
        return self.store.list_audit(object_id, limit)


def _check_absence(absent: bool, geometry: PixelGeometry) -> None:
    if absent and geometry.kind == "point":
        raise InvariantError("an absence is observed over an area (a box or a polygon), not at a point")


def _check_inside(geometry: PixelGeometry, tile: TileRef, slack: float = 1.0) -> None:
    """Refuse geometry wholly or partly outside the image (one pixel of slack for edge-touching labels)."""
    x0, y0, x1, y1 = geometry.bbox
    if x0 < -slack or y0 < -slack or x1 > tile.width + slack or y1 > tile.height + slack:
        raise InvariantError(
            f"geometry {x0:.1f},{y0:.1f}–{x1:.1f},{y1:.1f} lies outside the image ({tile.width} × {tile.height} px)")
