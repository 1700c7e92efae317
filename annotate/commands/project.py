"""``annotate new | add | list | link | log | verify``: the project file from the command line."""

from __future__ import annotations

import sys

from .printing import print_json, print_table

__all__ = ["register"]

EXIT_PROBLEMS = 1


def _floats(text: str, name: str, count: int | None = None) -> list[float]:
    from annotate.model.errors import InvariantError

    try:
        values = [float(v) for v in text.replace(" ", "").split(",") if v != ""]
    except ValueError:
        raise InvariantError(f"--{name} {text!r}: expected comma-separated numbers") from None
    if count is not None and len(values) != count:
        raise InvariantError(f"--{name} needs {count} comma-separated numbers, got {len(values)}")
    return values


def _geometry(args):
    from annotate.model.geometry import PixelGeometry

    if args.box:
        return PixelGeometry.box(*_floats(args.box, "box", 4))
    if args.obb:
        return PixelGeometry.obb(*_floats(args.obb, "obb", 5))
    if args.point:
        return PixelGeometry.point(*_floats(args.point, "point", 2))
    xy = _floats(args.polygon, "polygon")
    return PixelGeometry("polygon", tuple(xy))


def _ann_row(a, tiles) -> dict:
    t = tiles.get(a.tile_sha256)
    d = {"id": a.id, "tile": t.label if t else a.tile_sha256[:12], "tile_sha256": a.tile_sha256,
         "kind": a.geometry.kind, "params": list(a.geometry.params), "category": a.category, "class": a.cls,
         "type": a.type, "confidence": a.confidence.value, "length_m": a.length_m, "width_m": a.width_m,
         "heading_deg": a.heading_deg, "note": a.note, "analyst": a.analyst, "created": a.created.isoformat(),
         "modified": a.modified.isoformat(), "absent": a.absent}
    if a.lonlat:
        from shapely.geometry import shape

        c = shape(a.lonlat).centroid
        d["centre_lonlat"] = [c.x, c.y]
    return d


def _copy(args) -> int:
    from annotate.store.copy import copy_project
    from annotate.store.verify import verify_project
    from annotate.store import open_project

    result = copy_project(args.source, args.destination, progress=lambda msg: print(msg, file=sys.stderr))
    with open_project(args.destination, read_only=True) as copied:
        report = verify_project(copied, relink=False)
    counts = ", ".join(f"{n} {k}" for k, n in result.counts.items())
    print(f"copied {result.source} -> {result.destination}: {counts}; {result.audit_entries} audit entries, "
          f"{result.seals} seal(s)")
    print("the copy verifies: OK (chain, state, seals)" if not report.chain_problems and not report.state_problems
          and all(s.valid for s in report.seals) else "the copy does NOT verify: " + "; ".join(report.problems()))
    return 0 if not report.chain_problems and not report.state_problems else EXIT_PROBLEMS


def _new(args) -> int:
    from annotate.store import create_project

    with create_project(args.project) as project:
        print(f"created {project.path}")
    return 0


def _add(args) -> int:
    from annotate.model.geometry import describe_size
    from annotate.store import open_project
    from annotate.tiles import find_tile

    with open_project(args.project) as project:
        tile = find_tile(project, args.tile, add_missing=True)
        cls = args.cls.replace("_", " ").replace("-", " ").strip().lower()
        a = project.add_annotation(tile.sha256, _geometry(args), cls, confidence=args.confidence, type=args.type,
                                   note=args.note or "", absent=args.absent)
        hints = project.taxonomy.hints(a.length_m, a.width_m, a.cls) if a.length_m else []
    if args.json:
        print_json(_ann_row(a, {tile.sha256: tile}) | {"hint": hints[0].describe(a.length_m, a.width_m)
                                                        if hints else None})
    else:
        size = f"  {describe_size(a.length_m, a.width_m, a.heading_deg)}" if a.length_m else ""
        what = f"none present: no {a.cls}" if a.absent else f"{a.cls}{' (' + a.type + ')' if a.type else ''}"
        print(f"{a.id}  {what} on {tile.label}{size}")
        if hints:
            print(f"  hint: {hints[0].describe(a.length_m, a.width_m)}")
    return 0


def _list(args) -> int:
    from annotate.store import open_project
    from annotate.tiles import find_tile

    with open_project(args.project, read_only=True) as project:
        tiles = {t.sha256: t for t in project.tiles()}
        only = find_tile(project, args.tile).sha256 if args.tile else None
        items = project.annotations(only, with_lonlat=True)
        links = {a.id: project.links(annotation_id=a.id) for a in items}
        verdicts = project.review_states()
    rows = [_ann_row(a, tiles) | {"links": [{"claim_id": k.claim_id, "relation": k.relation.value}
                                            for k in links[a.id]],
                                  "review_state": verdicts[a.id].state.value if a.id in verdicts else "unreviewed",
                                  "reviewer": verdicts[a.id].reviewer if a.id in verdicts else None}
            for a in items]
    if args.json:
        print_json(rows)
        return 0
    print_table(["id", "tile", "class", "type", "conf", "size m", "hdg", "lat, lon", "links", "review"], [
        [r["id"][:8], r["tile"], ("none present: " if r["absent"] else "") + r["class"], r["type"] or "", r["confidence"],
         f"{r['length_m']:.1f}×{r['width_m']:.1f}" if r["length_m"] else "",
         f"{r['heading_deg']:.0f}" if r["heading_deg"] is not None else "",
         f"{r['centre_lonlat'][1]:.5f}, {r['centre_lonlat'][0]:.5f}" if "centre_lonlat" in r else "pixel-only",
         ", ".join(f"{k['relation']} {k['claim_id'][:8]}" for k in r["links"]),
         r["review_state"] + (f" ({r['reviewer']})" if r["reviewer"] else "")] for r in rows])
    print(f"{len(rows)} annotation(s)")
    return 0


def _link(args) -> int:
    from annotate.store import open_project

    with open_project(args.project) as project:
        annotation_id = project.resolve_id("annotation", args.annotation)
        claim_id = project.resolve_id("claim", args.claim)
        k = project.link(annotation_id, claim_id, args.relation, note=args.note or "")
        status = project.assessment(claim_id).value
    if args.json:
        print_json({"id": k.id, "annotation_id": k.annotation_id, "claim_id": k.claim_id,
                    "relation": k.relation.value, "claim_assessment": status})
    else:
        print(f"{k.id}  annotation {annotation_id[:8]} {k.relation.value} claim {claim_id[:8]} (claim now {status})")
    return 0


def _log(args) -> int:
    from annotate.store import open_project

    with open_project(args.project, read_only=True) as project:
        entries = project.log(limit=args.limit)
    if args.json:
        print_json([e.__dict__ for e in entries])
        return 0
    print_table(["#", "time", "analyst", "action", "object", "id"],
                [[e.seq, e.time, e.analyst, e.action, e.object_type, e.object_id[:12]] for e in entries])
    return 0


def _verify(args) -> int:
    from annotate.store import open_project
    from annotate.store.verify import verify_project

    with open_project(args.project, read_only=not args.search) as project:
        report = verify_project(project, search=args.search or ())
    if args.json:
        print_json(report.to_dict())
    else:
        print(f"{report.path}: {report.audit_entries} audit entries, {len(report.tiles)} tile(s)")
        for t in report.tiles:
            extra = f" → {t.found_at} (relinked)" if t.status == "moved" and report.relinked else ""
            extra += f" ({t.note})" if t.note else ""
            print(f"  {t.status:<9}{t.path}{extra}")
        if report.chain_head:
            seq, digest = report.chain_head.split(":")
            print(f"  chain head: entry {seq}, {digest}")
        for line in report.seal_lines():
            print(f"  seal     {line}")
        for s in report.seals:
            if s.valid and not s.trusted:
                print(f"  NOTE     the key {s.seal.fingerprint} of {s.seal.analyst} is not among your trusted keys "
                      "(annotate keys trust KEY)")
        for p in report.problems():
            print(f"  PROBLEM  {p}")
        print("verified: OK" if report.ok else "verification FAILED")
    return 0 if report.ok else EXIT_PROBLEMS


def register(sub) -> None:
    p = sub.add_parser("new", help="create a new project: a GeoPackage file, or a postgresql://…?schema=NAME URL")
    p.add_argument("project", metavar="PROJECT")
    p.set_defaults(func=_new)

    p = sub.add_parser("copy", help="copy a project to a new one, GeoPackage <-> PostGIS, audit chain intact")
    p.add_argument("source", metavar="SRC", help="a .gpkg file or a postgresql:// URL")
    p.add_argument("destination", metavar="DST", help="a new .gpkg file or postgresql://…?schema=NEW")
    p.set_defaults(func=_copy)

    p = sub.add_parser("add", help="add an annotation (pixel coordinates: x = column, y = row)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--tile", required=True, help="the tile: a file path or a SHA-256 prefix")
    p.add_argument("--class", dest="cls", required=True, help='e.g. "landing ship", cargo_aircraft')
    g = p.add_mutually_exclusive_group(required=True)
    g.add_argument("--box", metavar="x0,y0,x1,y1")
    g.add_argument("--obb", metavar="cx,cy,w,h,angle", help="angle: degrees clockwise from +x, along w")
    g.add_argument("--polygon", metavar="x,y,x,y,...")
    g.add_argument("--point", metavar="x,y")
    p.add_argument("--confidence", default="probable", choices=["confirmed", "probable", "possible"])
    p.add_argument("--type", help='type designation, e.g. "Ropucha-class", Il-76')
    p.add_argument("--note")
    p.add_argument("--absent", action="store_true",
                   help="an observation of absence: no CLASS in this area (a box or polygon), e.g. an empty pier")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_add)

    p = sub.add_parser("list", help="list annotations")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--tile", help="only this tile (path or SHA-256 prefix)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_list)

    p = sub.add_parser("link", help="link an annotation to a claim")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("annotation", metavar="ANNOTATION", help="annotation id (a unique prefix will do)")
    p.add_argument("claim", metavar="CLAIM", help="claim id (a unique prefix will do)")
    p.add_argument("--relation", required=True, choices=["corroborates", "contradicts", "context"])
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_link)

    p = sub.add_parser("log", help="show the audit log (who changed what, when)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--limit", type=int, help="only the last N entries")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_log)

    p = sub.add_parser("verify", help="check the audit chain, image hashes and schema (exit 1 on any problem)")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--search", action="append", metavar="DIR", help="find moved images here by hash, and relink")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_verify)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use the annotate command")
