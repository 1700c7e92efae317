"""``annotate report`` and ``annotate figure``."""

from __future__ import annotations

import sys

__all__ = ["register"]


def _progress(desc: str):
    """A tqdm bar on stderr (hidden when stderr is not a terminal), fed with (done, total)."""
    from tqdm import tqdm

    bar = None

    def update(done: int, total: int) -> None:
        nonlocal bar
        if bar is None:
            bar = tqdm(total=total, desc=desc, unit="chip", file=sys.stderr, disable=not sys.stderr.isatty())
        bar.n = done
        bar.refresh()
        if done >= total:
            bar.close()

    return update


def _report(args) -> int:
    from annotate.report.evidence import write_html, write_markdown
    from annotate.store import open_project

    fmt = args.format or ("md" if args.output.endswith(".md") else "html")
    with open_project(args.project, read_only=True) as project:
        writer = write_markdown if fmt == "md" else write_html
        report = writer(project, args.output, force=args.force, progress=_progress("chips"))
    counts = ", ".join(f"{n} {s}" for s, n in sorted(report.counts.items()))
    print(f"wrote {args.output}: {len(report.sections)} claims ({counts or 'none'}); "
          f"integrity {'verified' if report.integrity_ok else 'PROBLEMS FOUND'}")
    return 0


def _figure(args) -> int:
    from annotate.report.figure import make_figure
    from annotate.store import open_project
    from annotate.tiles import find_tile

    with open_project(args.project, read_only=True) as project:
        tile = find_tile(project, args.tile)
        claim = project.resolve_id("claim", args.claim) if args.claim else None
        out = make_figure(project, tile.sha256, args.output, claim_id=claim, force=args.force)
    print(f"wrote {out}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("report", help="write the evidence report (self-contained HTML, or Markdown)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="report.html or report.md")
    p.add_argument("--format", choices=["html", "md"], help="default: from the file name")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=_report)

    p = sub.add_parser("figure", help="write a publication figure of a tile's annotations")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--tile", required=True, help="path or SHA-256 prefix")
    p.add_argument("--claim", help="only the annotations linked to this claim; its quote goes in the caption")
    p.add_argument("-o", "--output", required=True, metavar="PNG")
    p.add_argument("--force", action="store_true")
    p.set_defaults(func=_figure)
