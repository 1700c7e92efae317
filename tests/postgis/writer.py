"""One analyst's process for the concurrency tests: N committed edits, each id printed once committed.

``python -m tests.postgis.writer URL TILE_SHA N`` — alternately adds an annotation and edits the last one.
"""

from __future__ import annotations

import sys

from annotate.model.geometry import PixelGeometry
from annotate.store import open_project


def main(url: str, tile: str, n: int) -> None:
    with open_project(url) as project:
        last = None
        for i in range(n):
            if last is None or i % 2 == 0:
                x, y = 20 + (i * 7) % 900, 20 + (i * 13) % 900
                last = project.add_annotation(tile, PixelGeometry.box(x, y, x + 12, y + 9), "tug")
                print(f"add {last.id}", flush=True)
            else:
                last = project.update_annotation(last.id, note=f"edit {i}")
                print(f"edit {last.id}", flush=True)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]))
