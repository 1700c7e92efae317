"""DOTA labelTxt: a folder with ``labelTxt/<image stem>.txt`` per tile, ``imagesource:`` and ``gsd:`` header
lines, then ``x1 y1 x2 y2 x3 y3 x4 y4 class difficult`` with four corners clockwise. See
:mod:`annotate.io.pixel_formats` for the class mapping."""

from __future__ import annotations

from pathlib import Path

from .atomic import atomic_output
from .bulk import bulk
from .dataset_layout import place_images
from .pixel_formats import four_corners, to_dota_class
from .selection import Selection

__all__ = ["write_dota", "dota_lines"]


def dota_lines(sel: Selection, sha: str, annotations) -> list[str]:
    tile = sel.tiles[sha]
    lines = [f"imagesource:{(tile.source or 'unknown').replace(' ', '_')}"]
    if tile.gsd_m:
        lines.append(f"gsd:{tile.gsd_m:.6f}")
    for a in annotations:
        name = to_dota_class(a.category, a.cls, a.type)
        corners = four_corners(a.geometry)
        if name is None or corners is None or a.absent:  # an absence is not an object to detect
            continue
        difficult = 1 if a.confidence.value == "possible" else 0
        lines.append(" ".join(_number(v) for p in corners for v in p) + f" {name} {difficult}")
    return lines


@bulk
def write_dota(sel: Selection, path: str | Path, *, force: bool = False, progress=None, layout: str = "plain",
               copy_images: bool = False) -> int:
    """``labelTxt/`` (and ``images/`` with ``copy_images``); ``layout="datumaro"``: ``default/labelTxt`` and
    ``default/images`` (see :mod:`.dataset_layout`)."""
    count = 0
    with atomic_output(path, force=force, protect=sel.protected, folder=True) as tmp:
        root = tmp / "default" if layout == "datumaro" else tmp
        (root / "labelTxt").mkdir(parents=True)
        for sha, anns in sel.by_tile().items():
            lines = dota_lines(sel, sha, anns)
            count += sum(1 for ln in lines if ":" not in ln)
            name = Path(sel.image_names()[sha]).stem
            (root / "labelTxt" / f"{name}.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
        if layout == "datumaro" or copy_images:
            place_images(sel, root / "images", copy=True)
    return count


def _number(v: float) -> str:
    """A coordinate to 0.0001 px, without trailing zeros (a DOTA integer stays an integer)."""
    text = f"{v:.4f}".rstrip("0").rstrip(".")
    return "0" if text == "-0" else text
