"""The evidence report: per claim, the quote and its source, its assessment, and each linked annotation with
an image chip, class, type, confidence, measured size, image date and source, and coordinates; a summary of
claims by status; the project's integrity (verify result, image hashes).

HTML is self-contained (chips inline as PNG data); Markdown writes its chips beside it in ``<name>_files/``.
Every text from the project or a source is escaped: a claim containing ``<script>`` renders as text.
"""

from __future__ import annotations

import base64
import io
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import Callable

from PIL import ImageDraw

from imagery import ImageryError, open_tile
from imagery.chips import make_chip
from imagery.georef import format_latlon
from imagery.display import make_recipe

from annotate.io.atomic import atomic_output, check_output, protected_paths
from annotate.io.inert import markdown_text, web_url
from annotate.model.annotation import Annotation
from annotate.model.geometry import describe_size
from annotate.model.project import Project
from annotate.store.verify import verify_project

from .drawing import COLOURS, outline

__all__ = ["build_report", "write_html", "write_markdown", "Report"]

_ORDER = ("contested", "contradicted", "corroborated", "unassessed")


@dataclass
class Evidence:
    annotation: Annotation
    relation: str
    note: str
    chip_png: bytes | None
    tile_label: str
    tile_credit: str
    lat: float | None
    lon: float | None
    mgrs: str | None
    review: str = "unreviewed"  # the tag's and the link's latest peer-review verdicts


@dataclass
class ClaimSection:
    claim_id: str
    quote: str
    status: str
    source_title: str
    source_publisher: str
    source_date: str
    source_url: str | None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Report:
    project: str
    sections: list[ClaimSection]
    counts: Counter
    integrity_ok: bool
    integrity_problems: list[str]
    tiles: list[tuple[str, str, str]]  # (label, sha256, status)
    audit_entries: int
    chain_head: str | None = None  # "entry:hash" of the last audit entry: a reader can check the file later
    seals: list[str] = field(default_factory=list)  # who sealed which entries, with key fingerprints


def _chip(tile_path: str, a: Annotation, colour, cache: dict) -> bytes | None:
    try:
        if tile_path not in cache:
            t = open_tile(tile_path, compute_hash=False)
            cache[tile_path] = (t, make_recipe(t.dataset))  # band choice and stretch: once per tile
        t, recipe = cache[tile_path]
    except (ImageryError, OSError):
        return None
    xs = [x for x, _ in a.geometry.vertices]
    ys = [y for _, y in a.geometry.vertices]
    chip = make_chip(t, ys, xs, size=240, margin=0.6, min_margin_px=30, recipe=recipe)
    img = chip.image.convert("RGB")
    rr, cc = chip.to_chip_pixels(ys, xs)
    outline(ImageDraw.Draw(img), list(zip(cc, rr)), colour, width=2)
    buf = io.BytesIO()
    img.save(buf, format="PNG", optimize=True)
    return buf.getvalue()


def build_report(project: Project, progress: Callable[[int, int], None] | None = None) -> Report:
    """Collect everything the report shows (reads chips from the images; verifies the project)."""
    project.store.check_references()
    tiles = {t.sha256: t for t in project.tiles()}
    sources = {s.id: s for s in project.sources()}
    claims = project.claims()
    links = project.links()
    annotations = {aid: project.annotation(aid) for aid in {k.annotation_id for k in links}}
    by_claim: dict[str, list] = {}
    for k in links:
        by_claim.setdefault(k.claim_id, []).append(k)
    total = sum(len(v) for v in by_claim.values())
    done = 0
    opened: dict = {}
    georefs: dict = {}
    verdicts = project.review_states()
    sections, counts = [], Counter()
    try:
        for c in claims:
            status = project.assessment(c.id).value
            if not (c.checkable or c.id in by_claim):
                continue
            counts[status] += 1
            s = sources[c.source_id]
            section = ClaimSection(c.id, c.quote, status, s.title or "(untitled)", s.publisher or "publisher unknown",
                                   s.published.isoformat() if s.published else "date unknown", s.url)
            for k in by_claim.get(c.id, []):
                a = annotations[k.annotation_id]
                tile = tiles[a.tile_sha256]
                lat = lon = ref = None
                if tile.sha256 not in georefs:
                    georefs[tile.sha256] = tile.georef()
                georef = georefs[tile.sha256]
                if georef is not None:
                    cx, cy = a.geometry.centre
                    lon, lat = (float(v) for v in georef.pixel_to_lonlat(cy, cx))
                    ref = georef.mgrs(cy, cx)
                section.evidence.append(Evidence(
                    a, k.relation.value, k.note, _chip(tile.path, a, COLOURS.get(k.relation.value), opened),
                    f"{tile.site or Path(tile.path).name}, "
                    f"{tile.acquired.strftime('%Y-%m-%d %H:%M UTC') if tile.acquired else 'date unknown'}",
                    tile.credit or tile.source or "source unknown", lat, lon, ref,
                    f"tag {_verdict(verdicts.get(a.id))}; link {_verdict(verdicts.get(k.id))}"))
                done += 1
                if progress:
                    progress(done, total)
            sections.append(section)
    finally:
        for t, _ in opened.values():
            t.close()
    sections.sort(key=lambda s: (_ORDER.index(s.status), s.quote))
    check = verify_project(project, relink=False)
    tile_rows = [(tiles[x.sha256].label, x.sha256, x.status) for x in check.tiles]
    return Report(str(project.path), sections, counts, check.ok, check.problems(), tile_rows, check.audit_entries,
                  check.chain_head, check.seal_lines())


_CSS = """
body{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;max-width:1100px;margin:2em auto;color:#1b1b1b;line-height:1.45}
h1{font-size:1.6em}h2{font-size:1.15em;margin-top:2em;border-bottom:1px solid #ccc}
.badge{display:inline-block;padding:.1em .6em;border-radius:.8em;font-size:.85em;color:#fff;font-weight:600}
.corroborated{background:#1e8e3e}.contradicted{background:#c5221f}.contested{background:#e37400}.unassessed{background:#777}
blockquote{margin:.5em 0;padding:.4em 1em;border-left:4px solid #999;background:#f6f6f6}
.ev{display:flex;gap:1em;margin:.8em 0;padding:.6em;border:1px solid #e0e0e0;border-radius:6px}
.ev img{width:240px;height:auto;border:1px solid #aaa}.ev table td{padding:.1em .6em .1em 0;vertical-align:top}
.meta{color:#555;font-size:.9em}table.summary td,table.summary th{padding:.2em 1em;text-align:left}
code{font-size:.85em}.ok{color:#1e8e3e;font-weight:600}.bad{color:#c5221f;font-weight:600}
"""


def _size(a: Annotation) -> str:
    if a.length_m is None:
        return "point" if a.geometry.kind == "point" else "pixel-only tile: no ground size"
    return describe_size(a.length_m, a.width_m, a.heading_deg)


def render_html(r: Report) -> str:
    e = escape
    parts = [f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>Evidence report — "
             f"{e(Path(r.project).name)}</title><style>{_CSS}</style></head><body>",
             f"<h1>Evidence report</h1><p class='meta'>Project <code>{e(r.project)}</code></p>",
             "<table class='summary'><tr><th>Assessment</th><th>Claims</th></tr>"]
    for status in _ORDER:
        parts.append(f"<tr><td><span class='badge {status}'>{status}</span></td><td>{r.counts.get(status, 0)}</td></tr>")
    parts.append("</table>")
    for s in r.sections:
        url = web_url(s.source_url)  # only http(s) becomes a link; anything else is shown as text
        src = e(s.source_title) + (f" — <a href='{e(url)}' rel='noopener noreferrer'>{e(url)}</a>" if url else
                                   f" — {e(s.source_url)}" if s.source_url else "")
        parts.append(f"<h2><span class='badge {s.status}'>{s.status}</span> Claim <code>{e(s.claim_id[:8])}</code></h2>"
                     f"<blockquote>{e(s.quote)}</blockquote><p class='meta'>{src}; {e(s.source_publisher)}, "
                     f"{e(s.source_date)}</p>")
        if not s.evidence:
            parts.append("<p class='meta'>No annotation linked yet.</p>")
        for ev in s.evidence:
            a = ev.annotation
            img = (f"<img alt='chip of {e(a.cls)}' src='data:image/png;base64,"
                   f"{base64.b64encode(ev.chip_png).decode()}'>" if ev.chip_png else "<p class='bad'>image missing</p>")
            where = f"{format_latlon(ev.lat, ev.lon)} (MGRS {e(ev.mgrs)})" if ev.lat is not None else "pixel-only tile"
            rows = [("relation", f"<b>{e(ev.relation)}</b>" + (f" — {e(ev.note)}" if ev.note else "")),
                    ("object", (f"<b>none present</b>: no {e(a.cls)} in this area (an observed absence)" if a.absent
                                else e(a.cls) + (f" ({e(a.type)})" if a.type else ""))),
                    ("confidence", e(a.confidence.value)), ("size", e(_size(a))), ("image", e(ev.tile_label)),
                    ("credit", e(ev.tile_credit)), ("position", where), ("analyst", e(a.analyst)),
                    ("review", e(ev.review)),
                    ("note", e(a.note) if a.note else "—"), ("annotation", f"<code>{e(a.id)}</code>")]
            table = "".join(f"<tr><td class='meta'>{k}</td><td>{v}</td></tr>" for k, v in rows)
            parts.append(f"<div class='ev'>{img}<table>{table}</table></div>")
    parts.append("<h2>Integrity</h2>")
    verdict = "<span class='ok'>verified</span>" if r.integrity_ok else "<span class='bad'>problems found</span>"
    parts.append(f"<p>{verdict}: audit log of {r.audit_entries} hash-chained entries; images re-hashed from their "
                 "bytes.</p>")
    parts.append(f"<p>Chain head: <code>{e(_head(r.chain_head))}</code></p>")
    parts.append("<ul>" + "".join(f"<li>{e(line)}</li>" for line in r.seals) + "</ul>" if r.seals else "")
    if r.integrity_problems:
        parts.append("<ul>" + "".join(f"<li class='bad'>{e(p)}</li>" for p in r.integrity_problems) + "</ul>")
    parts.append("<table class='summary'><tr><th>Image</th><th>SHA-256</th><th>Status</th></tr>")
    for label_, sha, status in r.tiles:
        parts.append(f"<tr><td>{e(label_)}</td><td><code>{sha}</code></td><td>{e(status)}</td></tr>")
    parts.append("</table></body></html>\n")
    return "".join(parts)


def _verdict(r) -> str:
    if r is None:
        return "unreviewed"
    return f"{r.state.value} by {r.reviewer}" + (f" ({r.comment})" if r.comment else "")


def _head(chain_head: str | None) -> str:
    if not chain_head:
        return "the audit log is empty"
    seq, digest = chain_head.split(":", 1)
    return f"entry {seq}, SHA-256 {digest}"


def _md(text: object) -> str:
    """Markdown-escape an interpolated value (and keep HTML inert): see :func:`annotate.io.inert.markdown_text`."""
    return markdown_text(text)


def _md_link(url: str | None) -> str:
    safe = web_url(url)
    if safe:
        return f" — <{safe}>"
    return f" — {_md(url)}" if url else ""


def write_html(project: Project, out: str | Path, *, force: bool = False, progress=None) -> Report:
    check_output(out, force=force, protect=protected_paths(project))  # before the chips are read
    report = build_report(project, progress)
    with atomic_output(out, force=force, protect=protected_paths(project)) as tmp:
        tmp.write_text(render_html(report), encoding="utf-8")
    return report


def write_markdown(project: Project, out: str | Path, *, force: bool = False, progress=None) -> Report:
    out = Path(out)
    files = out.with_name(out.stem + "_files")
    check_output(out, force=force, protect=protected_paths(project))
    check_output(files, force=force, folder=True, protect=protected_paths(project))
    report = build_report(project, progress)
    protect = protected_paths(project)
    with atomic_output(files, force=force, folder=True, protect=protect) as tmp_dir, \
            atomic_output(out, force=force, protect=protect) as tmp:
        lines = [f"# Evidence report\n\nProject {_md(report.project)}\n", "| Assessment | Claims |", "|---|---|"]
        lines += [f"| {s} | {report.counts.get(s, 0)} |" for s in _ORDER]
        n = 0
        for s in report.sections:
            lines += ["", f"## {s.status.upper()} — claim {_md(s.claim_id[:8])}", "", f"> {_md(s.quote)}", "",
                      f"*{_md(s.source_title)}*, {_md(s.source_publisher)}, {_md(s.source_date)}"
                      + _md_link(s.source_url)]
            for ev in s.evidence:
                a = ev.annotation
                if ev.chip_png:
                    n += 1
                    (tmp_dir / f"chip_{n:04d}.png").write_bytes(ev.chip_png)
                    lines += ["", f"![chip]({files.name}/chip_{n:04d}.png)"]
                where = f"{format_latlon(ev.lat, ev.lon)} (MGRS {_md(ev.mgrs)})" if ev.lat is not None else \
                    "pixel-only tile"
                lines += ["", f"- **{_md(ev.relation)}**" + (f": {_md(ev.note)}" if ev.note else ""),
                          (f"- **none present**: no {_md(a.cls)} in this area (an observed absence)" if a.absent else
                           f"- {_md(a.cls)}" + (f" ({_md(a.type)})" if a.type else "")) + f", {_md(a.confidence.value)}",
                          f"- {_md(_size(a))}", f"- image: {_md(ev.tile_label)}; {_md(ev.tile_credit)}", f"- {where}",
                          f"- analyst: {_md(a.analyst)}", f"- review: {_md(ev.review)}"]
                if a.note:
                    lines.append(f"- note: {_md(a.note)}")
        lines += ["", "## Integrity", "", ("verified" if report.integrity_ok else "PROBLEMS FOUND")
                  + f": {report.audit_entries} audit entries", ""]
        lines += [f"Chain head: {_md(_head(report.chain_head))}", ""]
        lines += [f"- {_md(line)}" for line in report.seals] + [""]
        lines += [f"- {_md(p)}" for p in report.integrity_problems]
        lines += ["", "| Image | SHA-256 | Status |", "|---|---|---|"]
        lines += [f"| {_md(lbl)} | {_md(sha)} | {_md(st)} |" for lbl, sha, st in report.tiles]
        tmp.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return report
