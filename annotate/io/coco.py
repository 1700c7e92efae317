"""COCO object detection: an image per tile, categories from the taxonomy, an oriented box or polygon as
``segmentation`` with its axis-aligned hull as ``bbox``. Pixel coordinates, origin at the top-left corner.
Points have no COCO shape and are skipped (counted in the result)."""

from __future__ import annotations

import json
from pathlib import Path

from .atomic import atomic_output
from .bulk import bulk
from .pixel_formats import polygon_area
from .selection import Selection

__all__ = ["write_coco", "coco_header"]


def coco_header(sel: Selection) -> tuple[dict, dict[str, int], dict[str, int]]:
    """``info``, ``images`` (one per tile) and ``categories`` (the taxonomy), with the id maps."""
    images, image_id = [], {}
    for i, (sha, tile) in enumerate(sorted(sel.tiles.items(), key=lambda kv: kv[1].path), 1):
        image_id[sha] = i
        images.append({"id": i, "file_name": Path(tile.path).name, "width": tile.width, "height": tile.height,
                       "date_captured": tile.acquired.isoformat() if tile.acquired else None, "sha256": sha})
    cat_id = {c: i for i, c in enumerate(sel.classes, 1)}
    categories = [{"id": i, "name": c, "supercategory": sel.category_of[c]} for c, i in cat_id.items()]
    return ({"info": {"description": f"exported from {Path(sel.project_path).name}"}, "images": images,
             "categories": categories}, image_id, cat_id)


@bulk
def write_coco(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    """Streams the annotations as text (100,000 dicts and one ``json.dumps`` of them is several times slower)."""
    head, image_id, cat_id = coco_header(sel)
    head_text = json.dumps(head, separators=(",", ":"))
    count = 0
    with atomic_output(path, force=force) as tmp, open(tmp, "w", encoding="utf-8") as fh:
        fh.write(head_text[:-1] + ',"annotations":[')
        for n, a in enumerate(sel.annotations, 1):
            g = a.geometry
            if g.kind == "point":
                continue
            verts = g.vertices
            x0, y0, x1, y1 = g.bbox
            seg = ",".join(f"{v!r}" for p in verts for v in p)
            params = ",".join(repr(float(v)) for v in g.params)
            fh.write(("," if count else "") +
                     f'{{"id":{n},"image_id":{image_id[a.tile_sha256]},"category_id":{cat_id[a.cls]},'
                     f'"bbox":[{x0!r},{y0!r},{x1 - x0!r},{y1 - y0!r}],"segmentation":[[{seg}]],'
                     f'"area":{polygon_area(verts)!r},"iscrowd":0,"attributes":{{"annotate_id":"{a.id}",'
                     f'"type":{json.dumps(a.type)},"confidence":"{a.confidence.value}","kind":"{g.kind}",'
                     f'"params":[{params}]}}}}')
            count += 1
            if progress and count % 5000 == 0:
                progress(count)
        fh.write("]}\n")
    return count
