"""What an export contains: a project's annotations narrowed by tiles, claims, classes and a date range."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from annotate.model.annotation import Annotation
from annotate.model.errors import ProjectError
from annotate.model.evidence import Claim, Link, SourceDocument
from annotate.model.project import Project
from annotate.model.tile_ref import TileRef

from .atomic import protected_paths
from .bulk import bulk

__all__ = ["Selection", "select", "EmptySelectionError"]


class EmptySelectionError(ProjectError, ValueError):
    """The filter matches nothing: nothing is written."""


@dataclass
class Selection:
    """Everything an exporter needs, loaded once."""

    project_path: str
    tiles: dict[str, TileRef]
    annotations: list[Annotation]
    links: list[Link]
    claims: dict[str, Claim]
    sources: dict[str, SourceDocument]
    classes: list[str] = field(default_factory=list)  # taxonomy order: stable category ids
    category_of: dict[str, str] = field(default_factory=dict)
    protected: tuple[str, ...] = ()  # the project and its images: no output may replace them
    reviews: dict = field(default_factory=dict)  # object id → its latest review verdict

    def review_of(self, object_id: str) -> tuple[str, str | None]:
        """``(state, reviewer)`` of an annotation or link (``("unreviewed", None)`` without a verdict)."""
        r = self.reviews.get(object_id)
        return (r.state.value, r.reviewer) if r else ("unreviewed", None)

    def links_of(self, annotation_id: str) -> list[Link]:
        if not hasattr(self, "_by_ann"):
            self._by_ann: dict[str, list[Link]] = {}
            for k in self.links:
                self._by_ann.setdefault(k.annotation_id, []).append(k)
        return self._by_ann.get(annotation_id, [])

    def image_names(self) -> dict[str, str]:
        """SHA-256 → the image's file name in a dataset export, unique within it: two tiles both called
        ``scene.tif`` (in different folders) become ``scene_<sha8>.tif`` and ``scene_<sha8>.tif``, so no
        label file or COCO image overwrites another's."""
        if not hasattr(self, "_names"):
            from pathlib import PurePath

            stems: dict[str, int] = {}
            for t in self.tiles.values():
                key = PurePath(t.path).stem.lower()
                stems[key] = stems.get(key, 0) + 1
            self._names = {}
            for sha, t in self.tiles.items():
                p = PurePath(t.path)
                self._names[sha] = p.name if stems[p.stem.lower()] == 1 else f"{p.stem}_{sha[:8]}{p.suffix}"
        return self._names

    def by_tile(self) -> dict[str, list[Annotation]]:
        out: dict[str, list[Annotation]] = {}
        for a in self.annotations:
            out.setdefault(a.tile_sha256, []).append(a)
        return out


@bulk
def select(project: Project, *, tiles: list[str] | None = None, claims: list[str] | None = None,
           classes: list[str] | None = None, since: date | None = None, until: date | None = None,
           with_lonlat: bool = True, allow_empty: bool = False) -> Selection:
    """Annotations (and their tiles, links, claims, sources) matching every given filter.

    ``tiles`` are SHA-256 values, ``claims`` claim ids (annotations linked to them), ``classes`` taxonomy
    classes, ``since``/``until`` bound the tile acquisition date (inclusive).
    """
    project.store.check_references()
    all_tiles = {t.sha256: t for t in project.tiles()}
    wanted_tiles = set(tiles) if tiles else set(all_tiles)
    if since or until:
        wanted_tiles = {s for s in wanted_tiles if all_tiles[s].acquired and
                        (since is None or all_tiles[s].acquired.date() >= since) and
                        (until is None or all_tiles[s].acquired.date() <= until)}
    annotations = [a for a in project.annotations(with_lonlat=with_lonlat) if a.tile_sha256 in wanted_tiles]
    if classes:
        annotations = [a for a in annotations if a.cls in set(classes)]
    links = project.links()
    if claims:
        linked = {k.annotation_id for k in links if k.claim_id in set(claims)}
        annotations = [a for a in annotations if a.id in linked]
    if not annotations and not allow_empty:
        raise EmptySelectionError(f"{project.path}: the filter matches no annotation; nothing written")
    ids = {a.id for a in annotations}
    links = [k for k in links if k.annotation_id in ids]
    claim_objs = {c.id: c for c in project.claims() if c.id in {k.claim_id for k in links}}
    sources = {s.id: s for s in project.sources() if s.id in {c.source_id for c in claim_objs.values()}}
    used_tiles = {a.tile_sha256 for a in annotations}
    return Selection(str(project.path), {s: t for s, t in all_tiles.items() if s in used_tiles}, annotations, links,
                     claim_objs, sources, list(project.taxonomy.classes),
                     {c: project.taxonomy.category_of(c) for c in project.taxonomy.classes},
                     protected_paths(project), project.review_states())
