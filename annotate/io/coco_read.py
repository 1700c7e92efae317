"""Read COCO detections for one tile (the image whose file name or size matches)."""

from __future__ import annotations

import json
from pathlib import Path

from annotate.model.geometry import GeometryError, PixelGeometry

from .importing import ImportFormatError, Skipped

__all__ = ["read_coco"]


def read_coco(path, tile, taxonomy):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
        images, anns, cats = data["images"], data["annotations"], data["categories"]
    except (OSError, UnicodeDecodeError, ValueError, KeyError, TypeError) as exc:
        raise ImportFormatError(f"{path}: not a COCO file: {exc}") from None
    if not isinstance(images, list) or not all(isinstance(im, dict) for im in images):
        raise ImportFormatError(f"{path}: not a COCO file: 'images' is not a list of objects")
    name = Path(tile.path).name
    # the image this tile is: by its SHA-256 (our exports carry it), else by file name, else the only one
    matching = [im for im in images if im.get("sha256") == tile.sha256] or \
        [im for im in images if Path(str(im.get("file_name"))).name == name] or \
        ([images[0]] if len(images) == 1 else [])
    if not matching:
        raise ImportFormatError(f"{path}: no image named {name} (images: "
                                f"{', '.join(str(im.get('file_name')) for im in images[:5])})")
    image_id = matching[0]["id"]
    cat_names = {c["id"]: c["name"] for c in cats}
    rows, skipped = [], []
    for a in anns:
        if a.get("image_id") != image_id:
            continue
        where = f"annotation id {a.get('id')}"
        cls = str(cat_names.get(a.get("category_id"), "")).replace("_", " ").lower()
        if cls not in taxonomy.classes:
            skipped.append(Skipped(where, f"category {cat_names.get(a.get('category_id'))!r} is not in the taxonomy"))
            continue
        attrs = a.get("attributes") or {}
        try:
            if attrs.get("kind") in ("box", "obb", "polygon") and attrs.get("params"):
                geom = PixelGeometry(attrs["kind"], tuple(float(v) for v in attrs["params"]))
            elif a.get("segmentation") and isinstance(a["segmentation"], list) and len(a["segmentation"][0]) >= 6:
                seg = a["segmentation"][0]
                geom = PixelGeometry.polygon(list(zip(seg[0::2], seg[1::2])))
            else:
                x, y, w, h = (float(v) for v in a["bbox"])
                geom = PixelGeometry.box(x, y, x + w, y + h)
        except (GeometryError, KeyError, TypeError, ValueError) as exc:
            skipped.append(Skipped(where, f"unreadable geometry: {exc}"))
            continue
        rows.append((where, {"geometry": geom, "cls": cls, "type": attrs.get("type"),
                             "confidence": attrs.get("confidence", "probable")}))
    return rows, skipped
