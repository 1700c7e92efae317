"""Publication figures: a crop around annotations with outlines and labels, a metre scale bar, a north
arrow from the georeferencing, and a caption with site, date, source/credit and the claim quote."""

from __future__ import annotations

import math
import textwrap
from pathlib import Path

from PIL import Image, ImageDraw

from imagery import open_tile
from imagery.chips import make_chip

from annotate.io.atomic import atomic_output, protected_paths
from annotate.model.errors import InvariantError, NotFoundError
from annotate.model.project import Project

from .drawing import CATEGORY_COLOURS, COLOURS, font, label, number, outline

__all__ = ["make_figure", "MAX_LABELLED", "MAX_NUMBERED", "number_ranges"]

MAX_LABELLED = 15  # more annotations than this are numbered, with a key in the caption
MAX_NUMBERED = 60  # more than this are only outlined, coloured by category, and counted in the caption


def number_ranges(ns: list[int]) -> str:
    """``1–3, 7`` from ``[1, 2, 3, 7]``.

    >>> number_ranges([1, 2, 3, 7, 9, 10])
    '1–3, 7, 9–10'
    """
    out, start = [], None
    for i, n in enumerate(ns):
        if start is None:
            start = n
        if i + 1 == len(ns) or ns[i + 1] != n + 1:
            out.append(str(start) if start == n else f"{start}–{n}")
            start = None
    return ", ".join(out)

_NICE = (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000)


def _scale_bar(draw, width_px: int, height_px: int, metres_per_px: float) -> None:
    target = width_px * 0.2 * metres_per_px
    length_m = max(v for v in _NICE if v <= max(target, 1)) if target >= 1 else 1
    bar = length_m / metres_per_px
    x0, y0 = 24, height_px - 36
    draw.rectangle((x0 - 8, y0 - 28, x0 + bar + 8, y0 + 14), fill=(0, 0, 0))
    draw.rectangle((x0, y0, x0 + bar, y0 + 6), fill=(255, 255, 255))
    draw.rectangle((x0, y0, x0 + bar / 2, y0 + 6), fill=(40, 40, 40), outline=(255, 255, 255))
    draw.text((x0, y0 - 24), f"{length_m:g} m", fill=(255, 255, 255), font=font(18))


def _north_arrow(draw, width_px: int, angle_deg: float) -> None:
    cx, cy, r = width_px - 48, 56, 28
    a = math.radians(angle_deg)
    tip = (cx + r * math.sin(a), cy - r * math.cos(a))
    tail = (cx - r * math.sin(a), cy + r * math.cos(a))
    left = (cx + 10 * math.cos(a), cy + 10 * math.sin(a))
    right = (cx - 10 * math.cos(a), cy - 10 * math.sin(a))
    draw.ellipse((cx - r - 10, cy - r - 10, cx + r + 10, cy + r + 10), fill=(0, 0, 0))
    draw.polygon([tip, left, tail, right], fill=(255, 255, 255))
    draw.polygon([tip, left, (cx, cy), right], fill=(220, 40, 40))
    draw.text((tip[0] - 6 + 14 * math.sin(a), tip[1] - 12 - 14 * math.cos(a)), "N", fill=(255, 255, 255),
              font=font(16))


def make_figure(project: Project, tile_sha256: str, out: str | Path, *, claim_id: str | None = None,
                width: int = 1600, force: bool = False) -> Path:
    """Write a PNG figure of the tile's annotations (those linked to ``claim_id`` when given)."""
    tile = project.tile(tile_sha256)
    anns = project.annotations(tile_sha256)
    relation = {}
    claim = None
    if claim_id:
        claim = project.claim(claim_id)
        links = project.links(claim_id=claim_id)
        relation = {k.annotation_id: k.relation.value for k in links}
        anns = [a for a in anns if a.id in relation]
    if not anns:
        raise InvariantError(f"no annotations to show on {tile.label}" + (" for that claim" if claim_id else ""))
    xs = [x for a in anns for x, _ in a.geometry.vertices]
    ys = [y for a in anns for _, y in a.geometry.vertices]
    # frame the annotations in a landscape 4:3 window (a tall ship alone would make a sliver of a figure)
    cx, cy = (min(xs) + max(xs)) / 2, (min(ys) + max(ys)) / 2
    half_h = max(max(ys) - min(ys), (max(xs) - min(xs)) * 0.75, 40) / 2
    half_w = max((max(xs) - min(xs)) / 2, half_h * 4 / 3)
    frame_x, frame_y = [cx - half_w, cx + half_w], [cy - half_h, cy + half_h]
    try:
        opened = open_tile(tile.path, compute_hash=False)
    except FileNotFoundError:
        raise NotFoundError(f"{tile.path}: the image is missing (run `annotate verify --search DIR`)") from None
    with opened as t:
        chip = make_chip(t, frame_y, frame_x, size=width, margin=0.25, min_margin_px=60)
        georef = t.georef
        north = georef.north_angle_deg((min(ys) + max(ys)) / 2, (min(xs) + max(xs)) / 2) if georef and \
            georef.has_lonlat else None
    image = chip.image.convert("RGB")
    if max(image.size) < width:  # small crops are enlarged so labels stay legible
        f = width / max(image.size)
        image = image.resize((round(image.width * f), round(image.height * f)), Image.LANCZOS)
    sx = image.width / chip.window[3]
    sy = image.height / chip.window[2]
    draw = ImageDraw.Draw(image)
    numbered = MAX_LABELLED < len(anns) <= MAX_NUMBERED  # numbers on the outlines and a key below
    crowded = len(anns) > MAX_NUMBERED  # outlines coloured by category, counted in the key: no marks at all
    key: dict[str, list[int]] = {}
    for n, a in enumerate(sorted(anns, key=lambda a: (a.geometry.centre[1], a.geometry.centre[0])), 1):
        pts = [((x - chip.window[1]) * sx, (y - chip.window[0]) * sy) for x, y in a.geometry.vertices]
        colour = COLOURS.get(relation.get(a.id)) if a.id in relation or not crowded else \
            CATEGORY_COLOURS.get(a.category, COLOURS[None])
        outline(draw, pts, colour, width=2 if numbered or crowded else 3)
        size = f" {a.length_m:.0f}×{a.width_m:.0f} m" if a.length_m else ""
        if numbered or crowded:
            if numbered:
                number(draw, (sum(p[0] for p in pts) / len(pts), sum(p[1] for p in pts) / len(pts)), n)
            key.setdefault(a.type or a.cls if crowded else f"{a.type or a.cls}{size}", []).append(n)
            continue
        top = min(pts, key=lambda p: p[1])
        label(draw, (top[0] + 6, max(4, top[1] - 26)), f"{a.type or a.cls}{size}", colour)
    if tile.gsd_m:
        _scale_bar(draw, image.width, image.height, tile.gsd_m / sx)
    if north is not None:
        _north_arrow(draw, image.width, north)
    caption_lines = [f"{tile.site or Path(tile.path).name} — "
                     f"{tile.acquired.strftime('%d %B %Y, %H:%M UTC') if tile.acquired else 'date unknown'}"]
    caption_lines.append(f"Imagery: {tile.credit or tile.source or 'source unknown'}")
    if claim is not None:
        caption_lines += textwrap.wrap(f"Claim: “{claim.quote}”", max(40, image.width // 11))
    if key:
        entries = ([f"{what} ({len(ns)})" for what, ns in sorted(key.items(), key=lambda kv: -len(kv[1]))]
                   if crowded else [f"{number_ranges(ns)} {what}" for what, ns in key.items()])
        caption_lines += textwrap.wrap(("Outlines by category — " if crowded else "Key: ") + "; ".join(entries),
                                       max(40, image.width // 11))
    caption_lines.append(f"Image SHA-256 {tile.sha256[:16]}…  Annotated by "
                         f"{', '.join(sorted({a.analyst for a in anns}))}")
    cap_font = font(20)
    line_h = 28
    canvas = Image.new("RGB", (image.width, image.height + 24 + line_h * len(caption_lines)), (255, 255, 255))
    canvas.paste(image, (0, 0))
    cd = ImageDraw.Draw(canvas)
    for i, line in enumerate(caption_lines):
        cd.text((16, image.height + 12 + i * line_h), line, fill=(20, 20, 20), font=cap_font)
    with atomic_output(out, force=force, protect=protected_paths(project)) as tmp:
        canvas.save(tmp, format="PNG", optimize=True)
    return Path(out)
