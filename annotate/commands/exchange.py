"""``annotate export`` and ``annotate import``."""

from __future__ import annotations

from datetime import date

from .printing import print_json

__all__ = ["register"]


def _bar(total: int):
    """A progress bar on stderr for long exports (only on a terminal); writers call it with records done."""
    import sys

    from tqdm import tqdm

    bar = tqdm(total=total, unit="rec", desc="export", file=sys.stderr, disable=not sys.stderr.isatty() or total < 20000,
               leave=False)

    def update(done: int) -> None:
        bar.n = done
        bar.refresh()

    return update


def _date(text):
    return date.fromisoformat(text) if text else None


def _export(args) -> int:
    from annotate.io.exporting import WRITERS
    from annotate.io.selection import select
    from annotate.store import open_project
    from annotate.tiles import find_tile

    with open_project(args.project, read_only=True) as project:
        tiles = [find_tile(project, t).sha256 for t in args.tile] if args.tile else None
        claims = [project.resolve_id("claim", c) for c in args.claim] if args.claim else None
        classes = [c.replace("_", " ") for c in args.cls] if args.cls else None
        sel = select(project, tiles=tiles, claims=claims, classes=classes, since=_date(args.since),
                     until=_date(args.until))
    from annotate.io.atomic import check_output

    sel.review_url = args.review_url  # ClaimReview: where the reviews will be published

    check_output(args.output, force=args.force, folder=args.format in ("dota", "yolo-obb"), protect=sel.protected)
    count = WRITERS[args.format](sel, args.output, force=args.force, progress=_bar(len(sel.annotations)))
    if args.json:
        print_json({"format": args.format, "output": args.output, "written": count,
                    "annotations_selected": len(sel.annotations)})
    else:
        print(f"wrote {args.output}: {count} {args.format} record(s) from {len(sel.annotations)} annotation(s)")
    return 0


def _import(args) -> int:
    from annotate.io.importing import ImportFormatError, import_annotations
    from annotate.store import open_project

    with open_project(args.project) as project:
        tile = _tile_for_import(project, args.tile)
        summary = import_annotations(project, tile.sha256, args.format, args.file, tile=tile)
    if summary.imported == 0:
        first = f" (first: {summary.skipped[0].where}: {summary.skipped[0].reason})" if summary.skipped else ""
        raise ImportFormatError(f"{args.file}: nothing imported: {len(summary.skipped)} record(s) skipped{first}; "
                                "the project is unchanged")
    if args.json:
        print_json(summary.to_dict())
        return 0
    print(f"imported {summary.imported} annotation(s) onto {tile.label}"
          + (": " + ", ".join(f"{n} {c}" for c, n in sorted(summary.by_class.items())) if summary.by_class else ""))
    if summary.skipped:
        print(f"skipped {len(summary.skipped)}:")
        for s in summary.skipped[:50]:
            print(f"  {s.where}: {s.reason}")
        if len(summary.skipped) > 50:
            print(f"  … and {len(summary.skipped) - 50} more (--json lists all)")
    return 0


def _tile_for_import(project, ref):
    """The project's tile, or a new image described but not yet added (it is added with what is imported)."""
    import os

    from annotate.model.errors import NotFoundError
    from annotate.model.tile_ref import TileRef
    from annotate.tiles import find_tile
    from imagery import open_tile

    try:
        return find_tile(project, ref)
    except NotFoundError:
        if not os.path.isfile(ref):
            raise
    with open_tile(ref) as opened:
        return TileRef.from_metadata(opened.metadata)


def register(sub) -> None:
    p = sub.add_parser("export", help="export annotations to another tool's format")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--format", required=True,
                   choices=["geojson", "gpkg", "kml", "csv", "coco", "dota", "yolo-obb", "w3c", "claimreview"])
    p.add_argument("-o", "--output", required=True, metavar="OUT", help="a file (a folder for dota and yolo-obb)")
    p.add_argument("--tile", action="append", help="only this tile (repeatable)")
    p.add_argument("--claim", action="append", help="only annotations linked to this claim (repeatable)")
    p.add_argument("--class", dest="cls", action="append", help="only this class (repeatable)")
    p.add_argument("--since", metavar="YYYY-MM-DD", help="only tiles acquired on or after")
    p.add_argument("--until", metavar="YYYY-MM-DD", help="only tiles acquired on or before")
    p.add_argument("--force", action="store_true", help="replace OUT if it exists")
    p.add_argument("--review-url", metavar="URL", help="claimreview: the page the reviews will be published on "
                                                        "(each review's url is URL#claim-<id>)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_export)

    p = sub.add_parser("import", help="import annotations from COCO, DOTA, YOLO-OBB or GeoJSON onto a tile")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--format", required=True, choices=["coco", "dota", "yolo-obb", "geojson"])
    p.add_argument("--tile", required=True, help="the tile: a path (added if new) or a SHA-256 prefix")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_import)
