"""The ``annotate`` command: parses arguments, calls the library, prints. No logic of its own.

Every error an analyst can cause (a missing file, a corrupt image, a bad
argument, a non-project file) prints one line, ``annotate: error: <problem>``,
and exits with status 2; ``annotate verify`` exits with 1 when it finds
problems. Nothing prints a traceback: an unexpected error becomes one line
naming a crash report, exit 70 (see :mod:`annotate.commands.guard`).
"""

from __future__ import annotations

import argparse
import os
import sys
from typing import Sequence

from imagery import ImageryError

from annotate.commands import claims, editing, evidence, exchange, project, reporting, review, stac, tiles, viewer
from annotate.commands.guard import run_guarded
from annotate.model.errors import ProjectError
from annotate.model.geometry import GeometryError
from annotate.model.taxonomy import TaxonomyError

__all__ = ["main", "build_parser"]




def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="annotate",
        description="Check claims against satellite imagery: tiles, annotations, claims, evidence.",
    )
    parser.add_argument("--analyst", help="your name for the audit log (default: $ANNOTATE_ANALYST, else the OS user)")
    sub = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    tiles.register(sub)
    project.register(sub)
    editing.register(sub)
    review.register(sub)
    evidence.register(sub)
    claims.register(sub)
    exchange.register(sub)
    reporting.register(sub)
    viewer.register(sub)
    stac.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    args = build_parser().parse_args(argv)
    if args.analyst:
        os.environ["ANNOTATE_ANALYST"] = args.analyst
    return run_guarded(lambda: args.func(args), argv, (ImageryError, ProjectError, GeometryError, TaxonomyError))


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
