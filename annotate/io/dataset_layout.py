"""Dataset folders other tools open as they are: where the images and label files go, and the images
themselves (linked or copied, never moved or changed).

``plain``        our default: ``labelTxt/`` (DOTA), ``labels/`` + ``classes.txt`` (YOLO-OBB), one JSON file
                 (COCO); images only with ``--copy-images`` (DOTA: ``images/``; YOLO-OBB: ``images/``).
``ultralytics``  YOLO-OBB: ``images/<name>``, ``labels/<stem>.txt``, ``data.yaml`` (``train``/``val`` =
                 ``images``, ``names``), as ``ultralytics`` ``YOLODataset(task="obb")`` reads it.
``datumaro``     COCO: ``annotations/instances_default.json`` + ``images/default/<name>``; DOTA:
                 ``default/labelTxt/`` + ``default/images/``; CVAT: ``annotations.xml`` + ``images/`` (as
                 CVAT's own export archive) — what datumaro reads. Images are copied (datumaro refuses
                 symbolic links).

Linked images are symbolic links to the tiles' absolute paths. Image names are the selection's unique names
(:meth:`Selection.image_names`), so two ``scene.tif`` from different folders both arrive.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from annotate.model.errors import ProjectFileError

from .selection import Selection

__all__ = ["LAYOUTS", "check_layout", "place_images", "images_copied"]

LAYOUTS = {"coco": ("plain", "datumaro"), "cvat": ("plain", "datumaro"), "dota": ("plain", "datumaro"),
           "yolo-obb": ("plain", "ultralytics")}


def check_layout(fmt: str, layout: str) -> None:
    if layout != "plain" and layout not in LAYOUTS.get(fmt, ("plain",)):
        choices = ", ".join(LAYOUTS.get(fmt, ("plain",)))
        raise ProjectFileError(f"--layout {layout} does not apply to {fmt}; use {choices}")


def images_copied(layout: str, copy_images: bool) -> bool:
    return copy_images or layout == "datumaro"


def place_images(sel: Selection, folder: Path, *, copy: bool) -> int:
    """Each selected tile's image as ``folder/<unique name>``; returns how many. A tile whose file is
    missing, or that is not a local file, stops the export with its path."""
    folder.mkdir(parents=True, exist_ok=True)
    names = sel.image_names()
    for sha, tile in sel.tiles.items():
        source = Path(tile.path)
        if not source.is_file():
            raise ProjectFileError(f"{tile.path}: the image of tile {sha[:12]} is not there; cannot put it in "
                                   "the dataset (relocate the tile, or export without images)")
        target = folder / names[sha]
        try:
            if copy:
                shutil.copyfile(source, target)
            else:
                os.symlink(source.resolve(), target)
        except OSError as exc:
            raise ProjectFileError(f"{target}: cannot {'copy' if copy else 'link'} {tile.path}: "
                                   f"{exc.strerror or exc}") from None
    return len(names)
