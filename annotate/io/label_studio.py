"""Label Studio: a folder with ``tasks.json`` (one task per tile, its annotations as one completed annotation)
and ``label_config.xml``, the labelling interface whose control names the results' ``from_name`` refer to.

Coordinates are percentages of the image (Label Studio's convention). An oriented box is a
``rectanglelabels`` result with ``rotation`` in degrees clockwise **about its top-left corner** (``x, y``:
the corner that is top-left before turning — the stern-port corner of our oriented box; width along the
length axis); a polygon a ``polygonlabels`` result; a point a ``keypointlabels`` result. Type,
confidence, analyst and review state ride in each region's ``meta.text``. ``data.image`` is
``/data/local-files/?d=<image file name>``: serve the tiles' folder as Label Studio local-file storage (or
edit the prefix). Label Studio's importer of YOLO-OBB reads those lines as plain boxes: use this export.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import quoteattr

import orjson

from .atomic import atomic_output
from .bulk import bulk
from .inert import xml_text
from .selection import Selection

__all__ = ["write_label_studio", "label_config", "IMAGE_PREFIX"]

IMAGE_PREFIX = "/data/local-files/?d="
_CONTROLS = (("RectangleLabels", "label", ' canRotate="true"'), ("PolygonLabels", "polygon", ""),
             ("KeyPointLabels", "keypoint", ""))


def label_config(classes: list[str]) -> str:
    """The ``<View>`` whose controls the exported results name (``label``, ``polygon``, ``keypoint``)."""
    labels = "".join(f"\n    <Label value={quoteattr(xml_text(c))}/>" for c in classes)
    controls = "".join(f'\n  <{tag} name="{name}" toName="image"{extra}>{labels}\n  </{tag}>'
                       for tag, name, extra in _CONTROLS)
    return f'<View>\n  <Image name="image" value="$image" zoom="true"/>{controls}\n</View>\n'


@bulk
def write_label_studio(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    names = sel.image_names()
    count = 0
    tasks = []
    for n, (sha, anns) in enumerate(sorted(sel.by_tile().items(), key=lambda kv: names[kv[0]]), 1):
        tile = sel.tiles[sha]
        results = [_result(sel, a, tile.width, tile.height) for a in anns if not a.absent]  # absences: not objects
        count += len(results)
        tasks.append({"id": n, "data": {"image": IMAGE_PREFIX + names[sha], "tile_sha256": sha,
                                        "acquired": tile.acquired.isoformat() if tile.acquired else None},
                      "annotations": [{"result": results, "was_cancelled": False, "ground_truth": False}]})
        if progress:
            progress(count)
    with atomic_output(path, force=force, protect=sel.protected, folder=True) as tmp:
        (tmp / "label_config.xml").write_text(label_config(sel.classes), encoding="utf-8")
        (tmp / "tasks.json").write_bytes(orjson.dumps(tasks))
    return count


def _result(sel: Selection, a, width: int, height: int) -> dict:
    g, p = a.geometry, a.geometry.params
    sx, sy = 100.0 / width, 100.0 / height
    if g.kind == "box":
        kind, name, value = "rectanglelabels", "label", {"x": p[0] * sx, "y": p[1] * sy, "width": (p[2] - p[0]) * sx,
                                                          "height": (p[3] - p[1]) * sy, "rotation": 0}
    elif g.kind == "obb":
        x0, y0 = g.vertices[0]  # the corner at −w/2, −h/2: top-left before the turn
        kind, name, value = "rectanglelabels", "label", {"x": x0 * sx, "y": y0 * sy, "width": p[2] * sx,
                                                          "height": p[3] * sy, "rotation": p[4]}
    elif g.kind == "point":
        kind, name, value = "keypointlabels", "keypoint", {"x": p[0] * sx, "y": p[1] * sy, "width": 0.5}
    else:
        kind, name, value = "polygonlabels", "polygon", {"points": [[x * sx, y * sy] for x, y in g.vertices],
                                                         "closed": True}
    value[kind] = [a.cls]
    state, reviewer = sel.review_of(a.id)
    meta = f"type: {a.type or ''}; confidence: {a.confidence.value}; analyst: {a.analyst}; review: {state}" + \
        (f" by {reviewer}" if reviewer else "")
    return {"id": a.id.replace("-", "")[:10], "type": kind, "from_name": name, "to_name": "image",
            "original_width": width, "original_height": height, "image_rotation": 0, "value": value,
            "meta": {"text": [meta]}}
