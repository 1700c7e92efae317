"""Import annotations from another tool onto tiles of a project: all or nothing, with what was skipped.

A format reader turns a file into candidate rows for one tile (``geometry``, the file's own ``label``, and
optionally ``cls`` when the format implies one, ``type``, ``confidence``, ``note``, ``analyst``) and the
records it could not read, each with where and why. Each label becomes a taxonomy class through the
user's mapping (``--map Airplane=unknown aircraft``, case-insensitive), else the format's own mapping,
else the taxonomy class of the same name (case, ``_`` and ``-`` ignored). Every candidate is validated
(known class, inside the image); the valid ones of every tile are saved in one transaction, with the
tiles not yet in the project. Nothing imported is an error, and leaves the project as it was.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from annotate.model.errors import InvariantError, ProjectError
from annotate.model.geometry import GeometryError
from annotate.model.project import Project
from annotate.model.tile_ref import TileRef

__all__ = ["Skipped", "ImportSummary", "ImportFormatError", "ImportOptions", "import_annotations", "READERS",
           "parse_class_map"]


class ImportFormatError(ProjectError, ValueError):
    """The file is not in the format it was said to be in (nothing was imported)."""


@dataclass(frozen=True)
class Skipped:
    where: str  # "line 12", "annotation id 7", "feature 3"
    reason: str


@dataclass(frozen=True)
class ImportOptions:
    """``class_map``: the file's label (case-folded) → taxonomy class; ``columns``: for CSV, our field →
    the file's column (see :mod:`annotate.io.csv_read`)."""

    class_map: dict[str, str] = field(default_factory=dict)
    columns: dict[str, str] = field(default_factory=dict)


@dataclass
class ImportSummary:
    imported: int = 0
    skipped: list[Skipped] = field(default_factory=list)
    by_class: dict[str, int] = field(default_factory=dict)
    by_tile: dict[str, int] = field(default_factory=dict)
    ids: list[str] = field(default_factory=list)
    stated_gsd: float | None = None  # a DOTA gsd: line applied to a pixel-only tile

    def to_dict(self) -> dict:
        return {"imported": self.imported, "by_class": self.by_class, "by_tile": self.by_tile,
                "stated_gsd": self.stated_gsd,
                "skipped": [{"where": s.where, "reason": s.reason} for s in self.skipped]}


def _readers():
    from .coco_read import read_coco
    from .csv_read import read_csv
    from .cvat_read import read_cvat
    from .dota_read import read_dota
    from .geojson_read import read_geojson
    from .yolo_read import read_yolo_obb

    return {"coco": read_coco, "dota": read_dota, "yolo-obb": read_yolo_obb, "geojson": read_geojson,
            "cvat": read_cvat, "csv": read_csv}


READERS = ("coco", "cvat", "csv", "dota", "yolo-obb", "geojson")


def parse_class_map(pairs: list[str] | None, taxonomy) -> dict[str, str]:
    """``["Airplane=unknown aircraft", …]`` → ``{"airplane": "unknown aircraft"}``; a target that is not a
    taxonomy class is refused before anything is read."""
    out: dict[str, str] = {}
    for pair in pairs or []:
        label, sep, cls = pair.partition("=")
        if not sep or not label.strip() or not cls.strip():
            raise ImportFormatError(f"--map {pair!r}: write LABEL=CLASS, e.g. --map 'Airplane=unknown aircraft'")
        target = _taxonomy_class(cls, taxonomy)
        if target is None:
            raise ImportFormatError(f"--map {pair!r}: {cls.strip()!r} is not a class of the taxonomy")
        out[label.strip().casefold()] = target
    return out


def _fold(name: str) -> str:
    return " ".join(str(name).replace("_", " ").replace("-", " ").split()).casefold()


def _taxonomy_class(name: str, taxonomy) -> str | None:
    wanted = _fold(name)
    return next((c for c in taxonomy.classes if _fold(c) == wanted), None)


def _resolve(row: dict, taxonomy, class_map: dict[str, str]) -> str:
    """The row's taxonomy class (sets ``cls``; a mapped ``other`` keeps the label as its type)."""
    label = row.pop("label", None)
    if label is not None and str(label).strip().casefold() in class_map:
        row["cls"] = class_map[str(label).strip().casefold()]
        if row["cls"] == "other" and not row.get("type"):
            row["type"] = str(label)
    elif not row.get("cls"):
        row["cls"] = _taxonomy_class(label, taxonomy) if label is not None else None
        if row["cls"] is None:
            raise InvariantError(f"class {label!r} is not in the taxonomy; map it with --map '{label}=CLASS'")
    return row["cls"]


def import_annotations(project: Project, tile_sha256: str | None, fmt: str, path: str | os.PathLike,
                       tile: TileRef | None = None, *, tiles: list[TileRef] | None = None,
                       options: ImportOptions | None = None) -> ImportSummary:
    """Read ``path`` in format ``fmt`` and add its annotations to the tile (or to each of ``tiles``, the
    file's records matched to each by image name or hash); returns what happened.

    A tile may be an image not yet in the project: it is added with the annotations, in the same
    transaction, and only if something is imported.
    """
    options = options or ImportOptions()
    if fmt not in READERS:
        raise ImportFormatError(f"unknown import format {fmt!r}; use one of {', '.join(READERS)}")
    if not os.path.isfile(path):
        raise ImportFormatError(f"{path}: no such file")
    if tiles is None:
        tiles = [tile if tile is not None and tile.sha256 == tile_sha256 else project.tile(tile_sha256)]
    summary = ImportSummary()
    valid, new_tiles, state_scale = [], [], []
    if fmt == "dota":  # a pixel-only tile takes the file's gsd: line as a stated ground scale, after the import
        from .dota_read import stated_gsd

        gsd = stated_gsd(path)
        state_scale = [t.sha256 for t in tiles if gsd and not t.georeferenced and not t.gsd_m]
        summary.stated_gsd = gsd if state_scale else None
    for t in tiles:
        rows, skipped = _read(fmt, path, t, project.taxonomy, options)
        name = Path(t.path).name
        summary.skipped.extend(skipped if len(tiles) == 1 else [Skipped(f"{name}: {s.where}", s.reason)
                                                                 for s in skipped])
        for where, row in rows:
            try:
                _resolve(row, project.taxonomy, options.class_map)
                valid.append(project.new_annotations(t.sha256, [row], tile=t)[0])
            except (InvariantError, GeometryError) as exc:
                summary.skipped.append(Skipped(where if len(tiles) == 1 else f"{name}: {where}", str(exc)))
        if project.store.get_tile(t.sha256) is None:
            new_tiles.append(t)
        summary.by_tile[Path(t.path).name] = sum(1 for a in valid if a.tile_sha256 == t.sha256)
    empty = [name for name, n in summary.by_tile.items() if n == 0]
    if len(tiles) > 1 and empty and valid:
        raise ImportFormatError(f"{path}: nothing to import onto {', '.join(empty)} (check the image names); "
                                "nothing imported, the project is unchanged")
    if valid:
        project.add_annotations(valid, label=f"import {fmt}", new_tile=new_tiles)
        for sha in state_scale:
            project.state_ground_scale(sha, summary.stated_gsd)
    summary.imported = len(valid)
    summary.ids = [a.id for a in valid]
    for a in valid:
        summary.by_class[a.cls] = summary.by_class.get(a.cls, 0) + 1
    return summary


def _read(fmt, path, tile, taxonomy, options):
    try:
        return _readers()[fmt](path, tile, taxonomy, options)
    except ImportFormatError:
        raise
    except (KeyError, TypeError, ValueError, AttributeError, IndexError, RecursionError, OverflowError) as exc:
        # a structure the reader did not expect anywhere in the file: the file is not usable as that format
        raise ImportFormatError(f"{path}: not a usable {fmt} file ({type(exc).__name__}: {str(exc)[:120]}); "
                                "nothing imported") from None
