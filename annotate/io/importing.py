"""Import annotations from another tool onto one tile of a project: all or nothing, with what was skipped.

A format reader turns a file into candidate rows (``geometry``, ``cls`` and optional ``type``,
``confidence``, ``note``, ``id``) and the records it could not read, each with where and why. Every
candidate is validated (known class, inside the image); the valid ones are saved in one transaction.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field

from annotate.model.errors import InvariantError, ProjectError
from annotate.model.geometry import GeometryError
from annotate.model.project import Project
from annotate.model.tile_ref import TileRef

__all__ = ["Skipped", "ImportSummary", "ImportFormatError", "import_annotations", "READERS"]


class ImportFormatError(ProjectError, ValueError):
    """The file is not in the format it was said to be in (nothing was imported)."""


@dataclass(frozen=True)
class Skipped:
    where: str  # "line 12", "annotation id 7", "feature 3"
    reason: str


@dataclass
class ImportSummary:
    imported: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    by_class: dict[str, int] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {"imported": self.imported, "by_class": self.by_class,
                "skipped": [{"where": s.where, "reason": s.reason} for s in self.skipped]}


def _readers():
    from .coco_read import read_coco
    from .dota_read import read_dota
    from .geojson_read import read_geojson
    from .yolo_read import read_yolo_obb

    return {"coco": read_coco, "dota": read_dota, "yolo-obb": read_yolo_obb, "geojson": read_geojson}


READERS = ("coco", "dota", "yolo-obb", "geojson")


def import_annotations(project: Project, tile_sha256: str, fmt: str, path: str | os.PathLike,
                       tile: TileRef | None = None) -> ImportSummary:
    """Read ``path`` in format ``fmt`` and add its annotations to the tile; returns what happened.

    ``tile`` may be an image not yet in the project: it is added with the annotations, in the same
    transaction, and only if something is imported.
    """
    if fmt not in READERS:
        raise ImportFormatError(f"unknown import format {fmt!r}; use one of {', '.join(READERS)}")
    if not os.path.isfile(path):
        raise ImportFormatError(f"{path}: no such file")
    tile = tile if tile is not None and tile.sha256 == tile_sha256 else project.tile(tile_sha256)
    try:
        rows, skipped = _readers()[fmt](path, tile, project.taxonomy)
    except ImportFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError, OverflowError) as exc:
        # a structure the reader did not expect anywhere in the file: the file is not usable as that format
        raise ImportFormatError(f"{path}: not a usable {fmt} file ({type(exc).__name__}: {str(exc)[:120]}); "
                                "nothing imported") from None
    summary = ImportSummary(skipped=list(skipped))
    valid = []
    for where, row in rows:
        try:
            valid.append(project.new_annotations(tile_sha256, [row], tile=tile)[0])
        except (InvariantError, GeometryError) as exc:
            summary.skipped.append(Skipped(where, str(exc)))
    if valid:
        project.add_annotations(valid, label=f"import {fmt}", new_tile=tile)
    summary.imported = len(valid)
    summary.ids = [a.id for a in valid]
    for a in valid:
        summary.by_class[a.cls] = summary.by_class.get(a.cls, 0) + 1
    return summary
