"""The ``annotate`` command: parses arguments, calls the library, prints. No logic of its own.

Every error an analyst can cause (a missing file, a corrupt image, a bad
argument, a non-project file) prints one line, ``annotate: error: <problem>``,
and exits with status 2; ``annotate verify`` exits with 1 when it finds
problems. Nothing prints a traceback.
"""

from __future__ import annotations

import argparse
import os
import sqlite3
import sys
from typing import Sequence

from imagery import ImageryError

from annotate.commands import claims, exchange, project, reporting, tiles, viewer
from annotate.model.errors import ProjectError
from annotate.model.geometry import GeometryError
from annotate.model.taxonomy import TaxonomyError

__all__ = ["main", "build_parser"]

EXIT_USAGE = 2


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotate",
        description="Check claims against satellite imagery: tiles, annotations, claims, evidence.",
    )
    parser.add_argument("--analyst", help="your name for the audit log (default: $ANNOTATE_ANALYST, else the OS user)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    tiles.register(sub)
    project.register(sub)
    claims.register(sub)
    exchange.register(sub)
    reporting.register(sub)
    viewer.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.analyst:
        os.environ["ANNOTATE_ANALYST"] = args.analyst
    try:
        return args.func(args)
    except (ImageryError, ProjectError, GeometryError, TaxonomyError) as exc:
        print(f"annotate: error: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except sqlite3.Error as exc:  # a store error that escaped translation: still one line
        print(f"annotate: error: project file: {exc}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
