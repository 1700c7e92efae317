"""A stream of real edits, run as a separate process by the crash and concurrency tests.

Usage: ``python -m tests.annotate.edit_stream PROJECT TILE_SHA CLAIM_ID COUNT``. Prints the id of each
annotation after its transaction committed, flushing at once.
"""

from __future__ import annotations

import sys

from annotate.model import PixelGeometry
from annotate.store import open_project


def main(path: str, tile_sha: str, claim_id: str, count: int) -> None:
    with open_project(path, analyst=f"writer-{__import__('os').getpid()}") as project:
        previous = None
        for i in range(count):
            x = 50 + (i * 37) % 3900
            a = project.add_annotation(tile_sha, PixelGeometry.obb(x, 1000 + i % 50, 60, 12, i % 180), "cargo ship")
            project.link(a.id, claim_id, "context")
            print(f"added {a.id}", flush=True)
            if previous is not None and i % 3 == 0:
                project.delete_annotation(previous)  # removes its link in the same transaction
                print(f"deleted {previous}", flush=True)
            previous = a.id


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], sys.argv[3], int(sys.argv[4]))
