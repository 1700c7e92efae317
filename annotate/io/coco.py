"""COCO object detection: an image per tile, categories from the taxonomy, an oriented box or polygon as
``segmentation`` with its axis-aligned hull as ``bbox``. Pixel coordinates, origin at the top-left corner.
Points have no COCO shape and are skipped (counted in the result)."""

from __future__ import annotations

import json
from pathlib import Path

from .atomic import atomic_output
from .pixel_formats import polygon_area
from .selection import Selection

__all__ = ["write_coco", "coco_dict"]


def coco_dict(sel: Selection) -> tuple[dict, int]:
    images, image_id = [], {}
    for i, (sha, tile) in enumerate(sorted(sel.tiles.items(), key=lambda kv: kv[1].path), 1):
        image_id[sha] = i
        images.append({"id": i, "file_name": Path(tile.path).name, "width": tile.width, "height": tile.height,
                       "date_captured": tile.acquired.isoformat() if tile.acquired else None, "sha256": sha})
    cat_id = {c: i for i, c in enumerate(sel.classes, 1)}
    categories = [{"id": i, "name": c, "supercategory": sel.category_of[c]} for c, i in cat_id.items()]
    annotations, skipped = [], 0
    for n, a in enumerate(sel.annotations, 1):
        if a.geometry.kind == "point":
            skipped += 1
            continue
        verts = list(a.geometry.vertices)
        x0, y0, x1, y1 = a.geometry.bbox
        annotations.append({
            "id": n, "image_id": image_id[a.tile_sha256], "category_id": cat_id[a.cls],
            "bbox": [x0, y0, x1 - x0, y1 - y0], "segmentation": [[v for p in verts for v in p]],
            "area": polygon_area(verts), "iscrowd": 0,
            "attributes": {"annotate_id": a.id, "type": a.type, "confidence": a.confidence.value,
                           "kind": a.geometry.kind, "params": list(a.geometry.params)},
        })
    return {"info": {"description": f"exported from {Path(sel.project_path).name}"}, "images": images,
            "annotations": annotations, "categories": categories}, skipped


def write_coco(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    data, _ = coco_dict(sel)
    with atomic_output(path, force=force) as tmp:
        tmp.write_text(json.dumps(data, separators=(",", ":")), encoding="utf-8")
    return len(data["annotations"])
