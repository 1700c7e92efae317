"""Read COCO detections for one tile (the image whose SHA-256, file name or — when there is one image —
whose only entry matches). ``attributes`` as we and CVAT write them (``kind``/``params``, ``type``,
``confidence``, ``analyst``, ``review``, CVAT's ``rotation``) come back."""

from __future__ import annotations

import json
from pathlib import Path

from annotate.model.geometry import GeometryError, PixelGeometry

from .importing import ImportFormatError, Skipped
from .pixel_formats import quad_geometry
from .record_fields import image_basename, review_note
from .record_fields import text_or_none as _text

__all__ = ["read_coco"]


def read_coco(path, tile, taxonomy, options=None):
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8-sig"))
    except (OSError, UnicodeDecodeError, ValueError, RecursionError) as exc:
        raise ImportFormatError(f"{path}: not a COCO file: {str(exc)[:160]}") from None
    if not isinstance(data, dict) or not all(isinstance(data.get(k), list) for k in ("images", "annotations")):
        raise ImportFormatError(f"{path}: not a COCO file: needs 'images' and 'annotations' lists")
    images, anns, cats = data["images"], data["annotations"], data.get("categories", [])
    if not all(isinstance(im, dict) and "id" in im for im in images):
        raise ImportFormatError(f"{path}: not a COCO file: every entry of 'images' must be an object with an id")
    if not isinstance(cats, list) or not all(isinstance(c, dict) and "id" in c and "name" in c for c in cats):
        raise ImportFormatError(f"{path}: not a COCO file: every category must be an object with id and name")
    name = Path(tile.path).name
    # the image this tile is: by its SHA-256 (our exports carry it), else by file name, else the only one
    matching = [im for im in images if im.get("sha256") == tile.sha256] or \
        [im for im in images if image_basename(im.get("file_name")) == name] or \
        ([images[0]] if len(images) == 1 else [])
    if not matching:
        raise ImportFormatError(f"{path}: no image named {name} (images: "
                                f"{', '.join(str(im.get('file_name')) for im in images[:5])})")
    image_id = matching[0]["id"]
    cat_names = {_key(c["id"]): str(c["name"]) for c in cats}
    rows, skipped = [], []
    for n, a in enumerate(anns, 1):
        if not isinstance(a, dict):
            skipped.append(Skipped(f"annotation {n}", "not an object"))
            continue
        if a.get("image_id") != image_id:
            continue
        where = f"annotation id {a.get('id')}"
        label = cat_names.get(_key(a.get("category_id")))
        if label is None:
            skipped.append(Skipped(where, f"category_id {a.get('category_id')!r} is not among the categories"))
            continue
        attrs = a.get("attributes")
        attrs = attrs if isinstance(attrs, dict) else {}
        try:
            geom = _geometry(a, attrs)
        except (GeometryError, KeyError, TypeError, ValueError, IndexError) as exc:
            skipped.append(Skipped(where, f"unreadable geometry: {str(exc)[:120]}"))
            continue
        rows.append((where, {"geometry": geom, "label": label, "type": _text(attrs.get("type")),
                             "confidence": _text(attrs.get("confidence")) or "probable",
                             "analyst": _text(attrs.get("analyst")),
                             "note": review_note(attrs.get("review"), attrs.get("reviewer"), path)}))
    return rows, skipped


def _geometry(a: dict, attrs: dict) -> PixelGeometry:
    if attrs.get("kind") in ("box", "obb", "polygon") and isinstance(attrs.get("params"), list):
        return PixelGeometry(attrs["kind"], tuple(float(v) for v in attrs["params"]))
    seg = a.get("segmentation")
    if isinstance(seg, list) and seg and isinstance(seg[0], list) and len(seg[0]) >= 6:
        ring = [float(v) for v in seg[0]]
        pts = list(zip(ring[0::2], ring[1::2]))
        return quad_geometry(pts) if len(pts) == 4 else PixelGeometry.polygon(pts)
    bbox = a.get("bbox")
    if not isinstance(bbox, list) or len(bbox) != 4:
        raise ValueError("no segmentation and no 4-number bbox")
    x, y, w, h = (float(v) for v in bbox)
    rotation = attrs.get("rotation")
    if isinstance(rotation, (int, float)) and float(rotation) % 360:  # CVAT: the box turned about its centre
        return PixelGeometry.obb(x + w / 2, y + h / 2, w, h, float(rotation))
    return PixelGeometry.box(x, y, x + w, y + h)


def _key(v):
    return v if isinstance(v, (int, str)) and not isinstance(v, bool) else repr(v)
