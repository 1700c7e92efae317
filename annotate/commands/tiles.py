"""``annotate info``, ``annotate tiles optimize``, ``annotate tiles add``."""

from __future__ import annotations

from imagery.georef import format_latlon

from .printing import print_json

__all__ = ["register"]


def _fmt(value) -> str:
    return "—" if value is None else f"{value:.6g}" if isinstance(value, float) else str(value)


def _print_info_text(meta) -> None:
    acquired = meta.acquired.isoformat() if meta.acquired else None
    crs = meta.crs if not meta.crs or len(meta.crs) < 60 else meta.crs[:57] + "…"
    rows = [
        ("size", f"{meta.width} × {meta.height} px, {meta.band_count} band(s) {meta.dtype}"),
        ("driver", meta.driver),
        ("sha256", meta.sha256),
        ("georeferenced", "yes" if meta.georeferenced else f"no ({meta.georef_kind})"),
        ("crs", crs),
        ("transform", ", ".join(f"{v:.10g}" for v in meta.transform) if meta.transform else None),
        ("transform source", meta.transform_source),
        ("gcps", f"{len(meta.gcps)} in {meta.gcp_crs}" if meta.gcps else None),
        ("rpcs", "present" if meta.has_rpcs else None),
        ("gsd", f"{meta.gsd_m:.3f} m (x {meta.gsd_x_m:.3f}, y {meta.gsd_y_m:.3f})" if meta.gsd_m else None),
        ("centre", format_latlon(meta.center_lonlat[1], meta.center_lonlat[0], 6) if meta.center_lonlat else None),
        ("bounds", ", ".join(f"{v:.6f}" for v in meta.bounds_lonlat) if meta.bounds_lonlat else None),
        ("acquired", f"{acquired} (from {meta.acquired_source})" if acquired else None),
        ("site", meta.site), ("source", meta.source), ("credit", meta.credit), ("licence", meta.licence),
        ("nodata", meta.nodata), ("alpha", "yes" if meta.has_alpha else None),
        ("bands", ", ".join(meta.colorinterp)), ("overviews", ", ".join(map(str, meta.overviews)) or None),
    ]
    print(meta.path)
    for key, value in rows:
        if value is not None:
            print(f"  {key:<17}{_fmt(value)}")
    for note in meta.warnings:
        print(f"  warning          {note}")


def _info(args) -> int:
    from imagery import open_tile

    metas = []
    for path in args.tiles:
        with open_tile(path) as tile:
            metas.append(tile.metadata)
    if args.json:
        out = [m.to_dict() for m in metas]
        print_json(out[0] if len(out) == 1 and not args.list else out)
    else:
        for meta in metas:
            _print_info_text(meta)
    return 0


def _optimize(args) -> int:
    from imagery.cog import write_cog

    print(f"wrote {write_cog(args.tile, args.output, overwrite=args.force)}")
    return 0


def _add(args) -> int:
    from annotate.store import open_project
    from annotate.tiles import add_tile_file

    from annotate.tiles import catalog_asset

    with open_project(args.project) as project:
        added = [add_tile_file(project, catalog_asset(project, path)) for path in args.tiles]
    if args.json:
        print_json([{"sha256": t.sha256, "path": t.path, "site": t.site,
                     "acquired": t.acquired.isoformat() if t.acquired else None} for t in added])
    else:
        for t in added:
            print(f"{t.sha256[:12]}  {t.label}  {t.path}")
    return 0


def _set_gsd(args) -> int:
    from annotate.store import open_project
    from annotate.tiles import find_tile

    from .printing import print_json

    with open_project(args.project) as project:
        tile = find_tile(project, args.tile)
        tile = project.state_ground_scale(tile.sha256, args.metres)
        count = len(project.annotations(tile.sha256))
    if args.json:
        print_json({"tile_sha256": tile.sha256, "gsd_m": tile.gsd_m, "stated": True, "annotations_remeasured": count})
    else:
        print(f"{tile.label}: ground scale {tile.gsd_m:g} m per pixel, stated (not measured); "
              f"{count} annotation(s) now sized in metres (no heading: the image's up is not known to be north)")
    return 0


def register(sub) -> None:
    info = sub.add_parser("info", help="print everything known about image tiles")
    info.add_argument("tiles", nargs="+", metavar="TILE")
    info.add_argument("--json", action="store_true", help="machine-readable output (keys documented in README)")
    info.add_argument("--list", action="store_true", help="with --json, always print a list, even for one tile")
    info.set_defaults(func=_info)

    tiles = sub.add_parser("tiles", help="work with image tiles")
    tiles_sub = tiles.add_subparsers(dest="tiles_command", required=True, metavar="ACTION")
    optimize = tiles_sub.add_parser("optimize", help="write a Cloud-Optimized GeoTIFF copy with overviews")
    optimize.add_argument("tile", metavar="TILE")
    optimize.add_argument("-o", "--output", required=True, metavar="OUT")
    optimize.add_argument("--force", action="store_true", help="replace OUT if it exists")
    optimize.set_defaults(func=_optimize)
    add = tiles_sub.add_parser("add", help="add image tiles to a project (hashed; originals untouched)")
    add.add_argument("project", metavar="PROJECT")
    add.add_argument("tiles", nargs="+", metavar="TILE")
    add.add_argument("--json", action="store_true")
    add.set_defaults(func=_add)
    gsd = tiles_sub.add_parser("set-gsd", help="state the ground scale of a pixel-only tile (metres per pixel)")
    gsd.add_argument("project", metavar="PROJECT")
    gsd.add_argument("tile", metavar="TILE", help="a path or a SHA-256 prefix")
    gsd.add_argument("metres", metavar="METRES", type=float, help="metres per pixel, e.g. 0.5")
    gsd.add_argument("--json", action="store_true")
    gsd.set_defaults(func=_set_gsd)
