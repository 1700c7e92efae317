"""``annotate edit | delete | unlink``: change or remove what was tagged, through the project's one write path
(each change is audited and can be undone in the viewer's session history)."""

from __future__ import annotations

from .printing import print_json

__all__ = ["register"]


def _edit(args) -> int:
    from annotate.model.errors import InvariantError
    from annotate.store import open_project

    changes = {}
    if args.cls is not None:
        changes["cls"] = args.cls.replace("_", " ").replace("-", " ").strip().lower()
    if args.type is not None:
        changes["type"] = args.type or None
    if args.confidence is not None:
        changes["confidence"] = args.confidence
    if args.note is not None:
        changes["note"] = args.note
    if not changes:
        raise InvariantError("nothing to change: give --class, --type, --confidence or --note")
    with open_project(args.project) as project:
        aid = project.resolve_id("annotation", args.annotation)
        a = project.update_annotation(aid, **changes)
    if args.json:
        print_json({"id": a.id, "class": a.cls, "type": a.type, "confidence": a.confidence.value, "note": a.note})
    else:
        print(f"{a.id}  now {a.cls}{' (' + a.type + ')' if a.type else ''}, {a.confidence.value}"
              + (f"; note: {a.note}" if a.note else ""))
    return 0


def _delete(args) -> int:
    from annotate.store import open_project

    with open_project(args.project) as project:
        aid = project.resolve_id("annotation", args.annotation)
        links = project.links(annotation_id=aid)
        a = project.annotation(aid)
        project.delete_annotation(aid)
    print(f"deleted {aid}  {a.cls}" + (f" and its {len(links)} link(s)" if links else ""))
    return 0


def _unlink(args) -> int:
    from annotate.model.errors import NotFoundError
    from annotate.store import open_project

    with open_project(args.project) as project:
        aid = project.resolve_id("annotation", args.annotation)
        cid = project.resolve_id("claim", args.claim)
        links = [k for k in project.links(annotation_id=aid, claim_id=cid)
                 if args.relation is None or k.relation.value == args.relation]
        if not links:
            raise NotFoundError(f"annotation {aid[:8]} is not linked to claim {cid[:8]}"
                                + (f" as {args.relation}" if args.relation else ""))
        for k in links:
            project.unlink(k.id)
        status = project.assessment(cid).value
    print(f"unlinked annotation {aid[:8]} from claim {cid[:8]} ({', '.join(k.relation.value for k in links)}); "
          f"claim now {status}")
    return 0


def register(sub) -> None:
    p = sub.add_parser("edit", help="change an annotation's class, type, confidence or note")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("annotation", metavar="ANNOTATION", help="annotation id (a unique prefix will do)")
    p.add_argument("--class", dest="cls")
    p.add_argument("--type", help='type designation; "" clears it')
    p.add_argument("--confidence", choices=["confirmed", "probable", "possible"])
    p.add_argument("--note")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_edit)

    p = sub.add_parser("delete", help="delete an annotation and its links")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("annotation", metavar="ANNOTATION")
    p.set_defaults(func=_delete)

    p = sub.add_parser("unlink", help="remove an annotation's link(s) to a claim")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("annotation", metavar="ANNOTATION")
    p.add_argument("claim", metavar="CLAIM")
    p.add_argument("--relation", choices=["corroborates", "contradicts", "context"],
                   help="only this relation (default: every link between the two)")
    p.set_defaults(func=_unlink)
