"""KML for Google Earth: a folder per claim (and one for unlinked annotations), a placemark per annotation
with a TimeStamp of the image date and a description quoting the claim."""

from __future__ import annotations

from html import escape as _html_escape
from pathlib import Path

from annotate.model.geometry import describe_size
from annotate.model.serialize import format_time

from .atomic import atomic_output
from .bulk import bulk
from .inert import xml_text
from .selection import Selection

__all__ = ["write_kml"]

def escape(text: str) -> str:
    """XML text: escaped, and without the characters XML 1.0 cannot hold (a control character in a note
    would make the whole file unreadable)."""
    return _html_escape(xml_text(text))


_STYLES = {"corroborates": "ff00c000", "contradicts": "ff0000e0", "context": "ffe0a000", "none": "ff00ffff"}


def _coords(g: dict) -> str:
    if g["type"] == "Point":
        x, y = g["coordinates"]
        return f"<Point><coordinates>{x!r},{y!r}</coordinates></Point>"
    ring = " ".join(f"{x!r},{y!r}" for x, y in g["coordinates"][0])
    return f"<Polygon><outerBoundaryIs><LinearRing><coordinates>{ring}</coordinates></LinearRing></outerBoundaryIs></Polygon>"


def _placemark(sel: Selection, a, relation: str, claim_quote: str | None, pid: str) -> str:
    """One placemark; ``pid`` is unique in the file (an annotation linked to two claims appears twice)."""
    tile = sel.tiles[a.tile_sha256]
    size = describe_size(a.length_m, a.width_m, a.heading_deg) if a.length_m else "point"
    lines = [f"{a.cls}{' (' + a.type + ')' if a.type else ''}, {a.confidence.value}", size,
             f"image: {tile.site or tile.path} {format_time(tile.acquired) or 'undated'}",
             f"image SHA-256: {tile.sha256}"]
    if claim_quote:
        lines.insert(0, f"{relation}: “{claim_quote}”")
    if a.note:
        lines.append(f"note: {a.note}")
    stamp = f"<TimeStamp><when>{format_time(tile.acquired)}</when></TimeStamp>" if tile.acquired else ""
    desc = escape("\n".join(lines))
    return (f'<Placemark id="{escape(pid)}"><name>{escape(("none present: " if a.absent else "") + (a.type or a.cls))}</name><description>{desc}</description>'
            f"{stamp}<styleUrl>#{relation}</styleUrl>{_coords(a.lonlat)}</Placemark>")


@bulk
def write_kml(sel: Selection, path: str | Path, *, force: bool = False, progress=None) -> int:
    """Returns the number of placemarks (an annotation linked to two claims appears in both folders)."""
    by_id = {a.id: a for a in sel.annotations if a.lonlat}
    count = 0
    parts = ['<?xml version="1.0" encoding="UTF-8"?>\n<kml xmlns="http://www.opengis.net/kml/2.2"><Document>',
             f"<name>{escape(Path(sel.project_path).name)}</name>"]
    for key, colour in _STYLES.items():
        parts.append(f'<Style id="{key}"><LineStyle><color>{colour}</color><width>2</width></LineStyle>'
                     f"<PolyStyle><color>40{colour[2:]}</color></PolyStyle></Style>")
    linked: set[str] = set()
    for claim in sel.claims.values():
        members = [k for k in sel.links if k.claim_id == claim.id and k.annotation_id in by_id]
        if not members:
            continue
        parts.append(f"<Folder><name>{escape(claim.quote[:80])}</name><description>{escape(claim.quote)}</description>")
        for k in members:
            parts.append(_placemark(sel, by_id[k.annotation_id], k.relation.value, claim.quote,
                                    f"a-{k.annotation_id}-link-{k.id}"))
            linked.add(k.annotation_id)
            count += 1
        parts.append("</Folder>")
    rest = [a for a in by_id.values() if a.id not in linked]
    if rest:
        parts.append("<Folder><name>Not linked to a claim</name>")
        parts += [_placemark(sel, a, "none", None, f"a-{a.id}") for a in rest]
        parts.append("</Folder>")
        count += len(rest)
    parts.append("</Document></kml>\n")
    with atomic_output(path, force=force, protect=sel.protected) as tmp:
        tmp.write_text("".join(parts), encoding="utf-8")
    return count
