"""``annotate sources add|list|revise`` and ``annotate claims``."""

from __future__ import annotations

from datetime import date

from .printing import print_json, print_table

__all__ = ["register"]


def _published(text: str | None) -> date | None:
    from annotate.model.errors import InvariantError

    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise InvariantError(f"--published {text!r}: expected YYYY-MM-DD") from None


def _sources_add(args) -> int:
    from annotate.claims.importer import import_document
    from annotate.store import open_project

    with open_project(args.project) as project:
        result = import_document(project, args.document, title=args.title, url=args.url, publisher=args.publisher,
                                 published=_published(args.published))
    s, claims = result.source, result.claims
    checkable = sum(1 for c in claims if c.checkable)
    if args.json:
        print_json({"source_id": s.id, "sha256": s.sha256, "title": s.title, "url": s.url, "publisher": s.publisher,
                    "published": s.published.isoformat() if s.published else None, "claims": len(claims),
                    "checkable": checkable, "encoding": result.document.encoding, "notes": result.document.notes})
        return 0
    print(f"{s.id}  {s.title or '(untitled)'}")
    for key, value in (("publisher", s.publisher), ("published", s.published), ("url", s.url)):
        print(f"  {key:<10}{value if value else 'MISSING'}")
    print(f"  sha256    {s.sha256}")
    for note in result.document.notes:
        print(f"  note      {note}")
    print(f"  {len(claims)} claims, {checkable} checkable by imagery")
    return 0


def _sources_list(args) -> int:
    from annotate.store import open_project

    with open_project(args.project, read_only=True) as project:
        rows = [(s, len(project.claims(s.id))) for s in project.sources()]
    if args.json:
        print_json([{"id": s.id, "title": s.title, "publisher": s.publisher, "url": s.url,
                     "published": s.published.isoformat() if s.published else None, "sha256": s.sha256, "claims": n}
                    for s, n in rows])
        return 0
    print_table(["id", "published", "publisher", "title", "claims"],
                [[s.id[:8], s.published or "MISSING", s.publisher or "MISSING", s.title or "", n] for s, n in rows])
    return 0


def _sources_revise(args) -> int:
    from annotate.claims.importer import revise_document
    from annotate.store import open_project

    with open_project(args.project) as project:
        result = revise_document(project, project.resolve_id("source", args.source), args.document)
    if args.json:
        print_json({"source_id": result.source.id, "moved": [{"claim_id": c.id, "how": how} for c, how in result.moved],
                    "lost": [{"claim_id": c.id, "quote": c.quote} for c in result.lost]})
        return 0
    print(f"new version {result.source.id}: {len(result.moved)} claims re-anchored "
          f"({sum(h == 'fuzzy' for _, h in result.moved)} fuzzy)")
    for c in result.lost:
        print(f"  could not place {c.id[:8]}: {c.quote[:90]!r}")
    return 0


def _claims(args) -> int:
    from annotate.claims.matching import candidate_tiles
    from annotate.store import open_project

    with open_project(args.project, read_only=True) as project:
        claims = project.claims(project.resolve_id("source", args.source) if args.source else None)
        tiles = project.tiles() + project.catalog_items()  # recorded STAC items are candidates too
        published = {s.id: s.published for s in project.sources()}
        rows = []
        for c in claims:
            x = c.extracted
            rows.append({"id": c.id, "source_id": c.source_id, "start": c.start, "end": c.end, "quote": c.quote,
                         "checkable": bool(c.checkable), "score": x.get("score", 0), "reasons": x.get("reasons", []),
                         "assessment": project.assessment(c.id).value, "places": x.get("places", []),
                         "dates": x.get("dates", []), "objects": x.get("objects", []),
                         "quantities": x.get("quantities", []),
                         "candidate_tiles": [t.to_dict() for t in candidate_tiles(x, tiles, published=published.get(c.source_id))]
                         if c.checkable else []})
    rows.sort(key=lambda r: (not r["checkable"], -r["score"], r["start"]))
    if not args.all:
        rows = [r for r in rows if r["checkable"]] if not args.json else rows
    if args.json:
        print_json(rows)
        return 0
    for r in rows:
        badge = "CHECKABLE" if r["checkable"] else "not checkable"
        print(f"{r['id'][:8]}  [{badge}, {r['assessment']}]  {r['quote']}")
        if r["places"]:
            print("    places : " + "; ".join(_place_line(p) for p in r["places"]))
        if r["dates"]:
            print("    dates  : " + "; ".join(f"{d['value']} ({d['precision']}{', inferred' if d['inferred'] else ''})"
                                           for d in r["dates"]))
        if r["objects"]:
            print("    objects: " + "; ".join(o["class"] + (f" ({o['type']})" if o["type"] else "") for o in r["objects"]))
        for t in r["candidate_tiles"][:3]:
            print(f"    tile   : {t['tile']}  score {t['score']:.2f}  ({t['place']}, {t['distance_km']:.1f} km, "
                  f"{'in the date window' if t['days_outside_window'] == 0 else str(t['days_outside_window']) + ' days outside' if t['days_outside_window'] is not None else 'undated'})"
                  + (f" — {t['note']}" if t["note"] else ""))
    print(f"{len(rows)} claim(s)" + ("" if args.all else " checkable (--all for every sentence)"))
    return 0


def register(sub) -> None:
    sources = sub.add_parser("sources", help="source documents (reports) of a project")
    ss = sources.add_subparsers(dest="sources_command", required=True, metavar="ACTION")
    p = ss.add_parser("add", help="import a report (text, Markdown, HTML, PDF) and split it into claims")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("document", metavar="DOC")
    p.add_argument("--title")
    p.add_argument("--url")
    p.add_argument("--publisher")
    p.add_argument("--published", metavar="YYYY-MM-DD")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_sources_add)
    p = ss.add_parser("list", help="list the project's sources")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_sources_list)
    p = ss.add_parser("revise", help="import a revised version of a source and re-anchor its claims")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("source", metavar="SOURCE", help="source id (a unique prefix will do)")
    p.add_argument("document", metavar="DOC")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_sources_revise)

    p = sub.add_parser("claims", help="claims with places, dates, objects, checkability and candidate tiles")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--source", help="only this source")
    p.add_argument("--all", action="store_true", help="also the claims imagery cannot check")
    p.add_argument("--json", action="store_true", help="every claim, checkable first")
    p.set_defaults(func=_claims)


def _place_line(p: dict) -> str:
    """"Eden (village, AU, -37.066, 149.903)": which place of the name, and where."""
    parts = [p["kind"]]
    if p.get("country") and p["kind"] != "country":
        parts.append(p["country"])
    if p.get("lat") is not None and p.get("lon") is not None and p["kind"] not in ("country", "region"):
        parts.append(f"{p['lat']:.3f}, {p['lon']:.3f}")
    parts += [flag for flag in ("vague", "inferred") if p.get(flag)]
    return f"{p['name']} ({', '.join(parts)})"

