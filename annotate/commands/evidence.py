"""``annotate seal | keys | schema``: anchoring the audit chain, the analyst's keys, foreign SQL."""

from __future__ import annotations

from .printing import print_json

__all__ = ["register"]


def _seal(args) -> int:
    from annotate.model.errors import InvariantError
    from annotate.store import open_project
    from annotate.store.verify import verify_project

    with open_project(args.project) as project:
        report = verify_project(project, relink=False)
        if not report.ok:
            raise InvariantError(f"{project.path}: does not verify ({report.problems()[0]}); a seal vouches for "
                                 "the log, so fix the project first (`annotate verify` lists every problem)")
        seal = project.store.seal(project.analyst)
    if args.json:
        print_json(seal.__dict__)
    else:
        print(f"sealed entries 1–{seal.seq} of {args.project} (head {seal.head_hash[:16]}…) as {seal.analyst}, "
              f"key {seal.fingerprint}")
    return 0


def _keys(args) -> int:
    from annotate.model.identity import current_analyst
    from annotate.store import keys

    from annotate.model.errors import InvariantError

    analyst = current_analyst()
    if args.action == "trust" and not args.key:
        raise InvariantError("keys trust needs KEY: a public key file, or its line 'annotate-ed25519 <base64> <name>'")
    if args.action == "export" and not args.output:
        raise InvariantError("keys export needs -o FILE")
    if args.action in ("show", "export"):
        key = keys.own_public_key(analyst, create=True)
        if args.action == "export":
            from annotate.io.atomic import atomic_output

            with atomic_output(args.output, force=args.force) as tmp:
                tmp.write_text(key.line() + "\n", encoding="utf-8")
            print(f"wrote {args.output}: public key {key.fingerprint} of {key.name}")
        else:
            print(key.line())
            print(f"fingerprint {key.fingerprint}")
        return 0
    if args.action == "trust":
        import os

        from annotate.model.errors import ProjectFileError

        source = args.key
        if os.path.isfile(source):
            try:
                source_text = open(source, encoding="utf-8").read()
            except (OSError, UnicodeDecodeError) as exc:
                raise ProjectFileError(f"{args.key}: cannot read: {exc}") from None
        else:
            source_text = source
        key = keys.parse_public_key(source_text, where=args.key if os.path.isfile(source) else "public key")
        added = keys.trust(key)
        print(f"{'now trusting' if added else 'already trusted'}: {key.fingerprint} {key.name}")
        return 0
    rows = [{"fingerprint": k.fingerprint, "name": k.name} for k in keys.trusted_keys(analyst).values()]
    if args.json:
        print_json(rows)
    else:
        for r in rows:
            print(f"{r['fingerprint']}  {r['name']}")
    return 0


def _schema(args) -> int:
    from annotate.model.annotation import utc_now
    from annotate.model.identity import current_analyst
    from annotate.model.serialize import format_time
    from annotate.store.gpkg import GeoPackageStore

    store = GeoPackageStore.open(args.project, read_only=not args.remove_foreign, allow_foreign=True)
    try:
        problems = store.schema_check.problems()
        if args.remove_foreign:
            done = store.remove_foreign(current_analyst(), format_time(utc_now()))
            for line in done or ["nothing to remove: the schema is annotate's own"]:
                print(line)
            return 0
        for p in problems or ["the schema is annotate's own"]:
            print(p)
        return 1 if problems else 0
    finally:
        store.close()


def _whoami(args) -> int:
    from annotate.model.errors import InvariantError
    from annotate.model.identity import current_analyst
    from annotate.model.settings import save_setting, settings_path

    if args.name is not None:
        name = args.name.strip()
        if not name or any(ord(c) < 32 for c in name):
            raise InvariantError("a name needs letters, on one line")
        if not save_setting("analyst", name):
            raise InvariantError(f"{settings_path()}: cannot write your settings")
        print(f"you are {name} (kept in {settings_path()})")
        return 0
    print(current_analyst())
    return 0


def register(sub) -> None:
    p = sub.add_parser("whoami", help="the analyst name the audit log records; with NAME, set it once for good")
    p.add_argument("name", nargs="?", metavar="NAME")
    p.set_defaults(func=_whoami)

    p = sub.add_parser("seal", help="sign the audit chain's head with your Ed25519 key")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_seal)

    p = sub.add_parser("keys", help="your public key (show, export) and the keys you trust (trust, list)")
    p.add_argument("action", choices=["show", "export", "trust", "list"])
    p.add_argument("key", nargs="?", metavar="KEY", help="for trust: a public key file or line")
    p.add_argument("-o", "--output", metavar="FILE", help="for export: where to write your public key")
    p.add_argument("--force", action="store_true")
    p.add_argument("--json", action="store_true")
    p.set_defaults(func=_keys)

    p = sub.add_parser("schema", help="list SQL in the project that annotate did not create; --remove-foreign "
                                      "removes it")
    p.add_argument("project", metavar="PROJECT")
    p.add_argument("--remove-foreign", action="store_true",
                   help="drop foreign triggers, views, indexes and tables; restore ours (audited)")
    p.set_defaults(func=_schema)
