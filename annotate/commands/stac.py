"""``annotate stac add | list``: a provider's STAC catalog or API as a source of tiles, without the pixels."""

from __future__ import annotations

from .printing import print_json, print_table

__all__ = ["register"]


def _add(args) -> int:
    from annotate.io.stac import read_stac
    from annotate.store import open_project

    result = read_stac(args.catalog, bbox=args.bbox, datetime_range=args.datetime,
                       collections=args.collection or None, limit=args.limit)
    with open_project(args.project) as project:
        recorded = project.add_catalog_items(result.items, label=f"record STAC items from {args.catalog}")
    if args.json:
        print_json({"found": len(result.items), "recorded": [c.id for c in recorded], "skipped": result.skipped,
                    "kind": result.kind})
        return 0
    for why in result.skipped:
        print(f"skipped {why}")
    already = len(result.items) - len(recorded)
    print(f"recorded {len(recorded)} item(s) from the STAC {result.kind} {args.catalog}"
          + (f"; {already} already recorded" if already else "")
          + ". No pixels were read: `annotate claims` lists them as candidates; "
            "`annotate tiles add PROJECT ITEM` reads one remotely and adds it as a tile")
    return 0


def _list(args) -> int:
    from annotate.model.catalog_item import catalog_item_to_dict
    from annotate.store import open_project

    with open_project(args.project, read_only=True) as project:
        items = project.catalog_items()
    if args.json:
        print_json([catalog_item_to_dict(c) for c in items])
        return 0
    print_table(["id", "item", "collection", "acquired", "gsd m", "platform", "asset"],
                [[c.id[:8], c.stac_id, c.collection or "", c.acquired.isoformat() if c.acquired else "",
                  f"{c.gsd_m:.2f}" if c.gsd_m else "", c.platform or "", c.asset_href] for c in items])
    print(f"{len(items)} catalog item(s)")
    return 0


def register(sub) -> None:
    p = sub.add_parser("stac", help="record the images a STAC catalog or API lists (no pixels read)")
    actions = p.add_subparsers(dest="action", metavar="ACTION", required=True)
    a = actions.add_parser("add", help="record a static catalog's or an API's items")
    a.add_argument("project", metavar="PROJECT")
    a.add_argument("catalog", metavar="CATALOG_OR_API_URL", help="catalog.json (path or URL) or a STAC API")
    a.add_argument("--bbox", metavar="W,S,E,N", help="only items over this box (degrees)")
    a.add_argument("--datetime", metavar="START/END", help="only items acquired then, e.g. 2025-05-01/2025-06-30")
    a.add_argument("--collection", action="append", metavar="ID", help="only this collection (repeatable)")
    a.add_argument("--limit", type=int, default=1000, help="at most this many items (default 1000)")
    a.add_argument("--json", action="store_true")
    a.set_defaults(func=_add)
    ls = actions.add_parser("list", help="the recorded catalog items")
    ls.add_argument("project", metavar="PROJECT")
    ls.add_argument("--json", action="store_true")
    ls.set_defaults(func=_list)
