"""CVAT for images 1.1 XML: one ``<image>`` per tile; boxes as ``<box>`` (an oriented box with ``rotation``,
degrees clockwise about its centre, its ``xtl…xbr`` sides along the length axis so the heading survives),
polygons as ``<polygon>``, points as ``<points>``; type, confidence, analyst, review state and our id as
``<attribute>`` children declared per label in ``<meta>``. CVAT, datumaro and our importer read it."""

from __future__ import annotations

import zlib
from datetime import datetime, timezone
from pathlib import Path
from xml.sax.saxutils import escape, quoteattr

from annotate.model.errors import ProjectFileError

from .atomic import atomic_output
from .bulk import bulk
from .dataset_layout import place_images
from .inert import xml_text
from .selection import Selection

__all__ = ["write_cvat", "CVAT_ATTRIBUTES"]

# name, input type, default, values (CVAT's attribute declaration)
CVAT_ATTRIBUTES = (("type", "text", "", ""), ("confidence", "select", "probable", "confirmed\nprobable\npossible"),
                   ("analyst", "text", "", ""),
                   ("review", "select", "unreviewed", "unreviewed\naccepted\nrejected\nneeds change"),
                   ("reviewer", "text", "", ""), ("annotate_id", "text", "", ""))


def _attr(v) -> str:
    return quoteattr(xml_text(str(v)))


def _meta(sel: Selection, images: int) -> str:
    declared = "".join(
        f"<attribute><name>{name}</name><mutable>True</mutable><input_type>{kind}</input_type>"
        f"<default_value>{default}</default_value><values>{escape(values)}</values></attribute>"
        for name, kind, default, values in CVAT_ATTRIBUTES)
    labels = "".join(f"<label><name>{escape(xml_text(c))}</name><color>#{zlib.crc32(c.encode()) & 0xFFFFFF:06x}</color>"
                     f"<type>any</type><attributes>{declared}</attributes></label>" for c in sel.classes)
    now = datetime.now(timezone.utc).isoformat(timespec="seconds")
    return (f"<meta><task><name>{escape(xml_text(Path(sel.project_path).name))}</name><size>{images}</size>"
            f"<mode>annotation</mode><labels>{labels}</labels></task><dumped>{now}</dumped></meta>")


@bulk
def write_cvat(sel: Selection, path: str | Path, *, force: bool = False, progress=None, layout: str = "plain",
               copy_images: bool = False) -> int:
    """One XML file; ``layout="datumaro"``: a folder ``annotations.xml`` + ``images/`` (copied), as CVAT's
    own export archive holds it and datumaro reads it."""
    if layout == "datumaro":
        with atomic_output(path, force=force, protect=sel.protected, folder=True) as tmp:
            count = _write_xml(sel, tmp / "annotations.xml", progress)
            place_images(sel, tmp / "images", copy=True)
        return count
    if copy_images:
        raise ProjectFileError("--copy-images with cvat needs --layout datumaro (a plain CVAT export is one file)")
    with atomic_output(path, force=force, protect=sel.protected) as tmp:
        return _write_xml(sel, tmp, progress)


def _write_xml(sel: Selection, target: Path, progress) -> int:
    by_tile = sel.by_tile()
    names = sel.image_names()
    count = 0
    with open(target, "w", encoding="utf-8") as fh:
        fh.write('<?xml version="1.0" encoding="utf-8"?>\n<annotations>\n<version>1.1</version>\n')
        fh.write(_meta(sel, len(by_tile)) + "\n")
        for frame, (sha, anns) in enumerate(sorted(by_tile.items(), key=lambda kv: names[kv[0]])):
            tile = sel.tiles[sha]
            out = [f'<image id="{frame}" name={_attr(names[sha])} width="{tile.width}" height="{tile.height}">']
            for a in anns:
                if a.absent:  # an absence is not an object to label
                    continue
                out.append(_shape(sel, a))
                count += 1
            out.append("</image>\n")
            fh.write("\n".join(out))
            if progress:
                progress(count)
        fh.write("</annotations>\n")
    return count


def _shape(sel: Selection, a) -> str:
    state, reviewer = sel.review_of(a.id)
    values = {"type": a.type or "", "confidence": a.confidence.value, "analyst": a.analyst, "review": state,
              "reviewer": reviewer or "", "annotate_id": a.id}
    attrs = "".join(f'<attribute name="{k}">{escape(xml_text(str(v)))}</attribute>' for k, v in values.items())
    head = f'label={_attr(a.cls)} source="manual" occluded="0" z_order="0"'
    g, p = a.geometry, a.geometry.params
    if g.kind == "box":
        return (f'<box {head} xtl="{p[0]:.2f}" ytl="{p[1]:.2f}" xbr="{p[2]:.2f}" ybr="{p[3]:.2f}">'
                f"{attrs}</box>")
    if g.kind == "obb":
        cx, cy, w, h, angle = p
        return (f'<box {head} xtl="{cx - w / 2:.2f}" ytl="{cy - h / 2:.2f}" xbr="{cx + w / 2:.2f}" '
                f'ybr="{cy + h / 2:.2f}" rotation="{angle:.2f}">{attrs}</box>')
    points = ";".join(f"{x:.2f},{y:.2f}" for x, y in g.vertices)
    tag = "points" if g.kind == "point" else "polygon"
    return f'<{tag} {head} points="{points}">{attrs}</{tag}>'
