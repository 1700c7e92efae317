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
    from annotate.io.exporting import FOLDER_FORMATS, WRITERS
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

    extra = _layout_options(args)
    folder = args.format in FOLDER_FORMATS or extra.get("layout") == "datumaro"
    check_output(args.output, force=args.force, folder=folder, protect=sel.protected)
    count = WRITERS[args.format](sel, args.output, force=args.force, progress=_bar(len(sel.annotations)), **extra)
    if args.json:
        print_json({"format": args.format, "output": args.output, "written": count,
                    "annotations_selected": len(sel.annotations)})
    else:
        print(f"wrote {args.output}: {count} {args.format} record(s) from {len(sel.annotations)} annotation(s)")
    return 0


def _layout_options(args) -> dict:
    """``layout``/``copy_images`` for the dataset formats; refused where they mean nothing."""
    from annotate.io.dataset_layout import LAYOUTS, check_layout
    from annotate.model.errors import ProjectFileError

    if args.layout is None and not args.copy_images:
        return {}
    layout = args.layout or "plain"
    check_layout(args.format, layout)
    if args.format not in LAYOUTS:
        raise ProjectFileError(f"--copy-images does not apply to {args.format}; use it with "
                               f"{', '.join(LAYOUTS)}")
    if args.copy_images and args.format in ("coco", "cvat") and layout != "datumaro":
        raise ProjectFileError(f"--copy-images with {args.format} needs --layout datumaro (a plain "
                               f"{args.format} export is one file)")
    return {"layout": layout, "copy_images": args.copy_images}


def _import(args) -> int:
    from annotate.io.importing import ImportFormatError, ImportOptions, import_annotations, parse_class_map
    from annotate.store import open_project

    with open_project(args.project) as project:
        tiles = [_tile_for_import(project, t) for t in args.tile]
        options = ImportOptions(class_map=parse_class_map(args.map, project.taxonomy),
                                columns=_columns(args.columns))
        if args.columns and args.format != "csv":
            raise ImportFormatError("--columns applies to --format csv only")
        summary = import_annotations(project, None, args.format, args.file, tiles=tiles, options=options)
    if summary.imported == 0:
        first = f" (first: {summary.skipped[0].where}: {summary.skipped[0].reason})" if summary.skipped else ""
        raise ImportFormatError(f"{args.file}: nothing imported: {len(summary.skipped)} record(s) skipped{first}; "
                                "the project is unchanged")
    if args.json:
        print_json(summary.to_dict())
        return 0
    onto = tiles[0].label if len(tiles) == 1 else ", ".join(f"{t}: {n}" for t, n in summary.by_tile.items())
    print(f"imported {summary.imported} annotation(s) onto {onto}"
          + (": " + ", ".join(f"{n} {c}" for c, n in sorted(summary.by_class.items())) if summary.by_class else ""))
    if summary.skipped:
        print(f"skipped {len(summary.skipped)}:")
        for s in summary.skipped[:50]:
            print(f"  {s.where}: {s.reason}")
        if len(summary.skipped) > 50:
            print(f"  … and {len(summary.skipped) - 50} more (--json lists all)")
    return 0


def _columns(text: str | None) -> dict[str, str]:
    """``image=image_id,class=class,geometry=geometry`` → a dict (field → column)."""
    from annotate.io.importing import ImportFormatError

    out = {}
    for part in (text or "").split(","):
        if not part.strip():
            continue
        key, sep, column = part.partition("=")
        if not sep or not key.strip() or not column.strip():
            raise ImportFormatError(f"--columns {text!r}: write FIELD=COLUMN pairs separated by commas, "
                                    "e.g. image=image_id,class=class,geometry=geometry")
        out[key.strip()] = column.strip()
    return out


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
                   choices=["geojson", "gpkg", "kml", "csv", "coco", "cvat", "label-studio", "dota", "yolo-obb", "w3c",
                            "claimreview"])
    p.add_argument("-o", "--output", required=True, metavar="OUT",
                   help="a file (a folder for dota, yolo-obb, label-studio, and coco/cvat with --layout datumaro)")
    p.add_argument("--layout", choices=["plain", "ultralytics", "datumaro"],
                   help="dataset layout: ultralytics (yolo-obb: images/, labels/, data.yaml), datumaro (coco, cvat, dota)")
    p.add_argument("--copy-images", action="store_true",
                   help="copy the images into the dataset (default: symbolic links; datumaro layouts always copy)")
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

    p = sub.add_parser("import", help="import annotations from COCO, CVAT, CSV, DOTA, YOLO-OBB or GeoJSON onto tiles")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--format", required=True, choices=["coco", "cvat", "csv", "dota", "yolo-obb", "geojson"])
    p.add_argument("--tile", required=True, action="append",
                   help="the tile: a path (added if new) or a SHA-256 prefix; repeat it to import a multi-image file "
                        "(coco, cvat, csv) onto several tiles at once, all or nothing")
    p.add_argument("--map", action="append", metavar="LABEL=CLASS",
                   help="the file's label LABEL (any case) is our class CLASS; repeatable")
    p.add_argument("--columns", metavar="FIELD=COLUMN,…",
                   help="csv: which column holds what: image, class, geometry (pixels: WKT or x,y pairs), lonlat "
                        "(WKT), xmin/ymin/xmax/ymax or x/y/width/height, type, confidence, note, analyst")
    p.add_argument("file", metavar="FILE")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_import)
