"""YOLO-OBB: a folder with ``labels/<image stem>.txt`` per tile, ``class_index x1 y1 x2 y2 x3 y3 x4 y4``
normalised to 0–1 by image width and height (corners as :func:`.pixel_formats.four_corners` gives them:
an oriented box from its bow-port corner), and ``classes.txt`` (one taxonomy class per line, index = line
number from 0). ``layout="ultralytics"`` adds ``images/`` (linked, or copied) and ``data.yaml``."""

from __future__ import annotations

from pathlib import Path

import yaml

from .atomic import atomic_output
from .bulk import bulk
from .dataset_layout import place_images
from .pixel_formats import four_corners
from .selection import Selection

__all__ = ["write_yolo_obb"]


@bulk
def write_yolo_obb(sel: Selection, path: str | Path, *, force: bool = False, progress=None, layout: str = "plain",
                   copy_images: bool = False) -> int:
    index = {c: i for i, c in enumerate(sel.classes)}
    count = 0
    with atomic_output(path, force=force, protect=sel.protected, folder=True) as tmp:
        (tmp / "labels").mkdir()
        (tmp / "classes.txt").write_text("\n".join(sel.classes) + "\n", encoding="utf-8")
        for sha, anns in sel.by_tile().items():
            tile = sel.tiles[sha]
            rows = []
            for a in anns:
                corners = four_corners(a.geometry)
                if corners is None or a.absent:  # an absence is not an object to detect
                    continue
                rows.append(f"{index[a.cls]} " + " ".join(f"{_unit(x / tile.width)} {_unit(y / tile.height)}"
                                                          for x, y in corners))
            count += len(rows)
            (tmp / "labels" / f"{Path(sel.image_names()[sha]).stem}.txt").write_text("\n".join(rows) + "\n", encoding="utf-8")
        if layout == "ultralytics" or copy_images:
            place_images(sel, tmp / "images", copy=copy_images)
        if layout == "ultralytics":
            data = {"train": "images", "val": "images", "names": dict(enumerate(sel.classes))}
            (tmp / "data.yaml").write_text("# written by annotate export --layout ultralytics; no 'path': the "
                                           "dataset is this file's folder\n" + yaml.safe_dump(data, sort_keys=False,
                                                                                           allow_unicode=True),
                                           encoding="utf-8")
    return count


def _unit(v: float) -> str:
    """A normalised coordinate in [0, 1] (an outline may touch the pixel just past the edge)."""
    return f"{min(max(v, 0.0), 1.0):.8f}"
