"""Read YOLO-OBB labels (normalised corners) for one tile; class names from ``classes.txt`` beside the
labels folder (or beside the file), else the taxonomy order."""

from __future__ import annotations

from pathlib import Path

from annotate.model.geometry import GeometryError, PixelGeometry

from .importing import ImportFormatError, Skipped

__all__ = ["read_yolo_obb"]


def read_yolo_obb(path, tile, taxonomy):
    path = Path(path)
    names = list(taxonomy.classes)
    for cand in (path.parent / "classes.txt", path.parent.parent / "classes.txt"):
        if cand.is_file():
            names = [ln.strip() for ln in cand.read_text(encoding="utf-8").splitlines() if ln.strip()]
            break
    try:
        lines = path.read_text(encoding="utf-8-sig").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{path}: cannot read as YOLO-OBB: {exc}") from None
    rows, skipped = [], []
    for n, line in enumerate(lines, 1):
        parts = line.split()
        if not parts:
            continue
        where = f"line {n}"
        if len(parts) != 9:
            skipped.append(Skipped(where, f"{len(parts)} fields; YOLO-OBB has a class index and 8 coordinates"))
            continue
        try:
            index = int(parts[0])
            xy = [float(v) for v in parts[1:]]
        except ValueError:
            skipped.append(Skipped(where, "not numbers"))
            continue
        if not 0 <= index < len(names):
            skipped.append(Skipped(where, f"class index {index} not in classes.txt ({len(names)} classes)"))
            continue
        if any(v < -0.01 or v > 1.01 for v in xy):
            skipped.append(Skipped(where, "coordinates not normalised to 0–1"))
            continue
        pts = [(xy[i] * tile.width, xy[i + 1] * tile.height) for i in range(0, 8, 2)]
        try:
            geom = PixelGeometry.polygon(pts)
        except GeometryError as exc:
            skipped.append(Skipped(where, str(exc)))
            continue
        rows.append((where, {"geometry": geom, "cls": names[index]}))
    return rows, skipped
