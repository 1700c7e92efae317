"""``annotate review`` and ``annotate agreement``: a second analyst's check of the work."""

from __future__ import annotations

from .printing import print_json, print_table

__all__ = ["register"]


def _review(args) -> int:
    from annotate.model.errors import InvariantError, NotFoundError
    from annotate.store import open_project

    verdict = {"accept": "accepted", "reject": "rejected", "needs_change": "needs change"}
    chosen = [v for k, v in verdict.items() if getattr(args, k)]
    with open_project(args.project, read_only=not chosen) as project:
        if not chosen:
            return _list_reviews(project, args)
        if not args.id:
            raise InvariantError("give the annotation or link to review (an id or a unique prefix)")
        try:
            object_id = project.resolve_id("annotation", args.id)
        except NotFoundError:
            object_id = project.resolve_id("link", args.id)
        r = project.review(object_id, chosen[0], args.comment or "", allow_self=args.self_review)
    if args.json:
        print_json({"id": r.id, "object_type": r.object_type, "object_id": r.object_id, "state": r.state.value,
                    "reviewer": r.reviewer, "comment": r.comment})
    else:
        print(f"{r.object_type} {r.object_id[:8]} {r.state.value} by {r.reviewer}"
              + (f": {r.comment}" if r.comment else ""))
    return 0


def _list_reviews(project, args) -> int:
    states = project.review_states()
    rows = []
    for a in project.annotations():
        r = states.get(a.id)
        rows.append({"object_type": "annotation", "id": a.id, "what": a.cls, "analyst": a.analyst,
                     "state": r.state.value if r else "unreviewed", "reviewer": r.reviewer if r else None,
                     "comment": r.comment if r else ""})
    for k in project.links():
        r = states.get(k.id)
        rows.append({"object_type": "link", "id": k.id, "what": f"{k.relation.value} claim {k.claim_id[:8]}",
                     "analyst": k.analyst, "state": r.state.value if r else "unreviewed",
                     "reviewer": r.reviewer if r else None, "comment": r.comment if r else ""})
    if args.state:
        rows = [r for r in rows if r["state"] == args.state.replace("_", " ")]
    rows.sort(key=lambda r: (r["state"] != "unreviewed", r["object_type"], r["id"]))
    if args.json:
        print_json(rows)
        return 0
    print_table(["kind", "id", "what", "analyst", "review", "reviewer", "comment"],
                [[r["object_type"], r["id"][:8], r["what"], r["analyst"], r["state"], r["reviewer"] or "",
                  r["comment"]] for r in rows])
    done = sum(r["state"] != "unreviewed" for r in rows)
    print(f"{done} of {len(rows)} reviewed")
    return 0


def _agreement(args) -> int:
    from annotate.model.agreement import compare_analysts
    from annotate.store import open_project
    from annotate.tiles import find_tile

    with open_project(args.project, read_only=True) as project:
        tile = find_tile(project, args.tile)
        result = compare_analysts(project.annotations(tile.sha256), args.analysts[0], args.analysts[1],
                                  iou_threshold=args.iou)
    if args.json:
        print_json(result.to_dict())
        return 0
    a, b = args.analysts
    print(f"{tile.label}: {result.count_a} annotations by {a}, {result.count_b} by {b}; "
          f"matched {len(result.matches)} (IoU ≥ {args.iou:.2f})")
    print(f"precision {result.precision:.3f}  recall {result.recall:.3f}  F1 {result.f1:.3f}  "
          f"(of {b}'s against {a}'s)")
    kappa = "n/a (fewer than two classes)" if result.kappa is None else f"{result.kappa:.3f}"
    print(f"class agreement on the matched: {result.class_agreement:.1%}, Cohen's kappa {kappa}")
    for m in result.disagreements:
        print(f"  DIFFERENT CLASS  {m.a_id[:8]} {m.a_class} ↔ {m.b_id[:8]} {m.b_class} (IoU {m.iou:.2f})")
    for aid, cls in result.only_a:
        print(f"  ONLY {a}  {aid[:8]} {cls}")
    for bid, cls in result.only_b:
        print(f"  ONLY {b}  {bid[:8]} {cls}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("review", help="record a verdict on an annotation or link, or list review states")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("id", nargs="?", metavar="ID", help="annotation or link id (a unique prefix will do)")
    g = p.add_mutually_exclusive_group()
    g.add_argument("--accept", action="store_true")
    g.add_argument("--reject", action="store_true")
    g.add_argument("--needs-change", dest="needs_change", action="store_true")
    p.add_argument("--comment", help="why (required to reject or ask for a change)")
    p.add_argument("--self", dest="self_review", action="store_true",
                   help="review your own work (an explicit override, recorded as such in the log)")
    p.add_argument("--state", choices=["unreviewed", "accepted", "rejected", "needs_change"],
                   help="when listing: only this state")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_review)

    p = sub.add_parser("agreement", help="compare two analysts' annotations of one tile")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--tile", required=True, help="path or SHA-256 prefix")
    p.add_argument("--analysts", nargs=2, required=True, metavar=("A", "B"))
    p.add_argument("--iou", type=float, default=0.5, help="overlap that counts as the same object (default 0.5)")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_agreement)
