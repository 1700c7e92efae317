"""Read CVAT for images 1.1 XML for one tile: the ``<image>`` of the same file name (or the only one).

``<box>`` (with ``rotation``: an oriented box about its centre), ``<polygon>`` and ``<points>`` (each point
one annotation) are read; polylines, ellipses, masks, cuboids and skeletons are skipped with the reason.
The attributes we write (type, confidence, analyst, review) come back. Parsed with defusedxml: entity
expansion and external entities are refused, not followed.
"""

from __future__ import annotations

from pathlib import Path

from annotate.model.geometry import GeometryError, PixelGeometry

from .importing import ImportFormatError, Skipped
from .record_fields import image_basename, review_note, text_or_none

__all__ = ["read_cvat"]

_SKIPPED_SHAPES = ("polyline", "ellipse", "mask", "cuboid", "skeleton", "tag")


def read_cvat(path, tile, taxonomy, options=None):
    from xml.etree.ElementTree import ParseError

    from defusedxml import ElementTree
    from defusedxml.common import DefusedXmlException

    try:
        root = ElementTree.parse(str(path)).getroot()
    except (OSError, ParseError, DefusedXmlException, UnicodeDecodeError, RecursionError) as exc:
        raise ImportFormatError(f"{path}: not CVAT XML: {str(exc)[:160]}") from None
    if root.tag != "annotations":
        raise ImportFormatError(f"{path}: not CVAT XML: the root element is <{root.tag}>, not <annotations>")
    images = root.findall("image")
    if not images:
        what = "tracks (CVAT for video; export the task as CVAT for images)" if root.find("track") is not None \
            else "no <image> element"
        raise ImportFormatError(f"{path}: not CVAT for images: {what}")
    name = Path(tile.path).name
    matching = [im for im in images if image_basename(im.get("name", "")) == name] or \
        ([images[0]] if len(images) == 1 else [])
    if not matching:
        raise ImportFormatError(f"{path}: no image named {name} (images: "
                                f"{', '.join(im.get('name', '?') for im in images[:5])})")
    rows, skipped = [], []
    for n, el in enumerate(matching[0], 1):
        where = f"<{el.tag}> {n} of image {matching[0].get('name')}"
        if el.tag in _SKIPPED_SHAPES:
            skipped.append(Skipped(where, f"a CVAT {el.tag} has no equivalent here"))
            continue
        if el.tag not in ("box", "polygon", "points"):
            continue
        label = el.get("label")
        if not label:
            skipped.append(Skipped(where, "no label"))
            continue
        attrs = {a.get("name"): (a.text or "") for a in el.findall("attribute")}
        try:
            geoms = _geometries(el)
        except (GeometryError, ValueError, TypeError, OverflowError) as exc:
            skipped.append(Skipped(where, f"unreadable geometry: {str(exc)[:120]}"))
            continue
        for geom in geoms:
            rows.append((where, {"geometry": geom, "label": label, "type": text_or_none(attrs.get("type")),
                                 "confidence": text_or_none(attrs.get("confidence")) or "probable",
                                 "analyst": text_or_none(attrs.get("analyst")),
                                 "note": review_note(attrs.get("review"), attrs.get("reviewer"), path)}))
    return rows, skipped


def _geometries(el) -> list[PixelGeometry]:
    if el.tag == "box":
        x0, y0, x1, y1 = (float(el.get(k, "nan")) for k in ("xtl", "ytl", "xbr", "ybr"))
        rotation = float(el.get("rotation", "0"))
        if rotation % 360:
            return [PixelGeometry.obb((x0 + x1) / 2, (y0 + y1) / 2, x1 - x0, y1 - y0, rotation)]
        return [PixelGeometry.box(x0, y0, x1, y1)]
    pts = [tuple(float(v) for v in pair.split(",")) for pair in el.get("points", "").split(";") if pair.strip()]
    if any(len(p) != 2 for p in pts) or not pts:
        raise ValueError("points must be x,y pairs separated by ';'")
    if el.tag == "points":
        return [PixelGeometry.point(x, y) for x, y in pts]
    return [PixelGeometry.polygon(pts)]
