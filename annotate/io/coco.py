"""COCO object detection: an image per tile, categories from the taxonomy, an oriented box or polygon as
``segmentation`` with its axis-aligned hull as ``bbox``. Pixel coordinates, origin at the top-left corner.
Points have no COCO shape and are skipped (counted in the result)."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import orjson

from annotate.model.errors import ProjectFileError

from .atomic import atomic_output
from .bulk import bulk
from .dataset_layout import place_images
from .pixel_formats import polygon_area
from .selection import Selection

__all__ = ["write_coco", "coco_header"]


def coco_header(sel: Selection) -> tuple[dict, dict[str, int], dict[str, int]]:
    """``info``, ``images`` (one per tile) and ``categories`` (the taxonomy), with the id maps."""
    images, image_id = [], {}
    for i, (sha, tile) in enumerate(sorted(sel.tiles.items(), key=lambda kv: kv[1].path), 1):
        image_id[sha] = i
        images.append({"id": i, "file_name": sel.image_names()[sha], "width": tile.width, "height": tile.height,
                       "date_captured": tile.acquired.isoformat() if tile.acquired else None, "sha256": sha})
    cat_id = {c: i for i, c in enumerate(sel.classes, 1)}
    categories = [{"id": i, "name": c, "supercategory": sel.category_of[c]} for c, i in cat_id.items()]
    return ({"info": {"description": f"exported from {Path(sel.project_path).name}"}, "images": images,
             "categories": categories}, image_id, cat_id)


def _corners(geoms) -> np.ndarray:
    """Corners of boxes and oriented boxes from their parameters, as :func:`.pixel_formats.four_corners` orders
    them (a box from its top-left corner; an oriented box clockwise on screen from its bow-port corner)."""
    obb = np.array([g.kind == "obb" for g in geoms])
    p = np.zeros((len(geoms), 5))
    for i, g in enumerate(geoms):
        p[i, :len(g.params)] = g.params
    out = np.empty((len(geoms), 4, 2))
    b = p[~obb]  # x0, y0, x1, y1
    out[~obb] = np.stack([b[:, [0, 1]], b[:, [2, 1]], b[:, [2, 3]], b[:, [0, 3]]], axis=1)
    o = p[obb]  # cx, cy, w, h, angle
    a = np.radians(o[:, 4])
    ux, uy = np.cos(a), np.sin(a)
    hw, hh = o[:, 2] / 2, o[:, 3] / 2
    signs = np.array([(1, -1), (1, 1), (-1, 1), (-1, -1)], dtype=float)  # bow-port first
    sx, sy = signs[:, 0][None, :], signs[:, 1][None, :]
    out[obb, :, 0] = o[:, [0]] + sx * (hw * ux)[:, None] + sy * (hh * -uy)[:, None]
    out[obb, :, 1] = o[:, [1]] + sx * (hw * uy)[:, None] + sy * (hh * ux)[:, None]
    return out


def _shapes(sel: Selection) -> dict[int, tuple[list, list, float]]:
    """``bbox`` (x, y, w, h), flat ``segmentation`` ring and shoelace ``area`` by COCO id (1-based position),
    for every annotation but points; the four-cornered ones (boxes, oriented boxes) in one numpy pass."""
    out: dict[int, tuple[list, list, float]] = {}
    quads = [(n, a.geometry) for n, a in enumerate(sel.annotations, 1)
             if a.geometry.kind in ("box", "obb") and not a.absent]  # an absence is not an object to detect
    if quads:
        v = _corners([g for _, g in quads])  # M × 4 × 2, the order four_corners gives
        x, y = v[..., 0], v[..., 1]
        area = np.abs((x * np.roll(y, -1, axis=1) - np.roll(x, -1, axis=1) * y).sum(axis=1)) / 2
        lo, hi = v.min(axis=1), v.max(axis=1)
        boxes = np.concatenate([lo, hi - lo], axis=1).tolist()
        for (n, _), bbox, seg, ar in zip(quads, boxes, v.reshape(len(quads), 8).tolist(), area.tolist()):
            out[n] = (bbox, seg, ar)
    for n, a in enumerate(sel.annotations, 1):
        if a.geometry.kind == "polygon" and not a.absent:
            verts = a.geometry.vertices
            x0, y0, x1, y1 = a.geometry.bbox
            out[n] = ([x0, y0, x1 - x0, y1 - y0], [c for p in verts for c in p], polygon_area(verts))
    return out


@bulk
def write_coco(sel: Selection, path: str | Path, *, force: bool = False, progress=None, layout: str = "plain",
               copy_images: bool = False) -> int:
    """One JSON file; with ``layout="datumaro"`` a folder ``annotations/instances_default.json`` +
    ``images/default/`` (see :mod:`.dataset_layout`)."""
    if copy_images and layout != "datumaro":
        raise ProjectFileError("--copy-images needs a dataset folder: use --layout datumaro with coco")
    if layout == "datumaro":
        with atomic_output(path, force=force, protect=sel.protected, folder=True) as tmp:
            (tmp / "annotations").mkdir()
            count = _write_json(sel, tmp / "annotations" / "instances_default.json", progress)
            place_images(sel, tmp / "images" / "default", copy=True)
        return count
    with atomic_output(path, force=force, protect=sel.protected) as tmp:
        return _write_json(sel, tmp, progress)


def _write_json(sel: Selection, target: Path, progress) -> int:
    """Streams the annotations, each encoded by orjson (one ``json.dumps`` of 100,000 dicts is several
    times slower and holds them all)."""
    head, image_id, cat_id = coco_header(sel)
    head_text = json.dumps(head, separators=(",", ":"))
    dumps = orjson.dumps
    shapes = _shapes(sel)
    count = 0
    chunk: list[bytes] = []
    with open(target, "wb") as fh:
        fh.write(head_text[:-1].encode() + b',"annotations":[')
        for n, a in enumerate(sel.annotations, 1):
            if n not in shapes:
                continue
            bbox, seg, area = shapes[n]
            g = a.geometry
            state, reviewer = sel.review_of(a.id)
            record = {"id": n, "image_id": image_id[a.tile_sha256], "category_id": cat_id[a.cls],
                      "bbox": bbox, "segmentation": [seg], "area": area, "iscrowd": 0,
                      "attributes": {"annotate_id": a.id, "type": a.type, "confidence": a.confidence.value,
                                     "analyst": a.analyst, "review": state, "reviewer": reviewer,
                                     "kind": g.kind, "params": g.params}}
            chunk.append(dumps(record))
            count += 1
            if len(chunk) == 5000:
                fh.write((b"," if count > len(chunk) else b"") + b",".join(chunk))
                chunk.clear()
                if progress:
                    progress(count)
        if chunk:
            fh.write((b"," if count > len(chunk) else b"") + b",".join(chunk))
        fh.write(b"]}\n")
    return count
