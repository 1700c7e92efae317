"""The ``annotate`` command: parses arguments, calls the library, prints. No logic of its own.

Every error an analyst can cause (a missing file, a corrupt image, a bad
argument) prints one line, ``annotate: error: <file>: <problem>``, and exits
with status 2. Nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Sequence

from imagery import ImageryError

__all__ = ["main", "build_parser"]

EXIT_OK = 0
EXIT_USAGE = 2


def _fmt(value) -> str:
    if value is None:
        return "—"
    if isinstance(value, float):
        return f"{value:.6g}"
    return str(value)


def _print_info_text(meta) -> None:
    d = meta.to_dict()
    print(meta.path)
    rows = [
        ("size", f"{meta.width} × {meta.height} px, {meta.band_count} band(s) {meta.dtype}"),
        ("driver", meta.driver),
        ("sha256", meta.sha256),
        ("georeferenced", "yes" if meta.georeferenced else f"no ({meta.georef_kind})"),
        ("crs", meta.crs if meta.crs and len(meta.crs) < 60 else (meta.crs[:57] + "…" if meta.crs else None)),
        ("transform", ", ".join(f"{v:.10g}" for v in meta.transform) if meta.transform else None),
        ("transform source", meta.transform_source),
        ("gcps", f"{len(meta.gcps)} in {meta.gcp_crs}" if meta.gcps else None),
        ("rpcs", "present" if meta.has_rpcs else None),
        ("gsd", f"{meta.gsd_m:.3f} m (x {meta.gsd_x_m:.3f}, y {meta.gsd_y_m:.3f})" if meta.gsd_m else None),
        ("centre", f"{meta.center_lonlat[1]:.6f} N, {meta.center_lonlat[0]:.6f} E" if meta.center_lonlat else None),
        ("bounds", ", ".join(f"{v:.6f}" for v in meta.bounds_lonlat) if meta.bounds_lonlat else None),
        ("acquired", f"{d['acquired']} (from {meta.acquired_source})" if meta.acquired else None),
        ("site", meta.site),
        ("source", meta.source),
        ("credit", meta.credit),
        ("licence", meta.licence),
        ("nodata", meta.nodata),
        ("alpha", "yes" if meta.has_alpha else None),
        ("bands", ", ".join(meta.colorinterp)),
        ("overviews", ", ".join(map(str, meta.overviews)) or None),
    ]
    for key, value in rows:
        if value is not None:
            print(f"  {key:<17}{_fmt(value)}")
    for note in meta.warnings:
        print(f"  warning          {note}")


def _cmd_info(args) -> int:
    from imagery import open_tile

    results = []
    for path in args.tiles:
        with open_tile(path) as tile:
            results.append(tile.metadata)
    if args.json:
        out = [m.to_dict() for m in results]
        json.dump(out[0] if len(out) == 1 and not args.list else out, sys.stdout, indent=2, ensure_ascii=False)
        print()
    else:
        for meta in results:
            _print_info_text(meta)
    return EXIT_OK


def _cmd_tiles_optimize(args) -> int:
    from imagery.cog import write_cog

    out = write_cog(args.tile, args.output, overwrite=args.force)
    print(f"wrote {out}")
    return EXIT_OK


def _cmd_open(args) -> int:
    from annotate.napari.launch import launch_viewer

    return launch_viewer(args.paths, screenshot=args.screenshot, quit_after=args.quit)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotate",
        description="Check claims against satellite imagery: tiles, annotations, claims, evidence.",
    )
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    info = sub.add_parser("info", help="print everything known about image tiles")
    info.add_argument("tiles", nargs="+", metavar="TILE")
    info.add_argument("--json", action="store_true", help="machine-readable output (keys documented in README)")
    info.add_argument("--list", action="store_true", help="with --json, always print a list, even for one tile")
    info.set_defaults(func=_cmd_info)

    tiles = sub.add_parser("tiles", help="work with image tiles")
    tiles_sub = tiles.add_subparsers(dest="tiles_command", required=True, metavar="ACTION")
    optimize = tiles_sub.add_parser("optimize", help="write a Cloud-Optimized GeoTIFF copy with overviews")
    optimize.add_argument("tile", metavar="TILE")
    optimize.add_argument("-o", "--output", required=True, metavar="OUT")
    optimize.add_argument("--force", action="store_true", help="replace OUT if it exists")
    optimize.set_defaults(func=_cmd_tiles_optimize)

    open_ = sub.add_parser("open", help="open tiles in the napari viewer")
    open_.add_argument("paths", nargs="*", metavar="TILE", help="tiles to open (default: the sample tiles)")
    open_.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the window to PNG")
    open_.add_argument("--quit", action="store_true", help="close after opening (and the screenshot)")
    open_.set_defaults(func=_cmd_open)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    try:
        return args.func(args)
    except ImageryError as exc:
        print(f"annotate: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
