"""Read a DOTA labelTxt file (v1.0/1.5/2.0, with or without header lines) for one tile."""

from __future__ import annotations

from annotate.model.geometry import GeometryError

from .importing import ImportFormatError, Skipped
from .pixel_formats import from_dota_class, quad_geometry

__all__ = ["read_dota", "stated_gsd"]


def stated_gsd(path) -> float | None:
    """The ``gsd:`` header line of a DOTA label file (metres per pixel), when it holds a usable number."""
    import math

    try:
        with open(path, encoding="utf-8-sig") as fh:
            head = [fh.readline() for _ in range(4)]
    except (OSError, UnicodeDecodeError):
        return None
    for line in head:
        if line.strip().lower().startswith("gsd:"):
            try:
                value = float(line.split(":", 1)[1])
            except ValueError:
                return None
            return value if math.isfinite(value) and 0 < value <= 10_000 else None
    return None


def read_dota(path, tile, taxonomy, options=None):
    try:
        with open(path, encoding="utf-8-sig") as fh:
            lines = fh.read().splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{path}: cannot read as DOTA labelTxt: {exc}") from None
    rows, skipped = [], []
    numeric_lines = 0
    for n, line in enumerate(lines, 1):
        text = line.strip()
        if not text or text.startswith(("imagesource:", "gsd:")):
            continue
        parts = text.split()
        where = f"line {n}"
        if len(parts) < 9:
            skipped.append(Skipped(where, f"{len(parts)} fields; DOTA needs 8 coordinates and a class"))
            continue
        try:
            xy = [float(v) for v in parts[:8]]
        except ValueError:
            skipped.append(Skipped(where, "coordinates are not numbers"))
            continue
        numeric_lines += 1
        name = parts[8]
        difficult = parts[9] if len(parts) > 9 else "0"
        cls = from_dota_class(name)
        try:
            geom = quad_geometry(list(zip(xy[0::2], xy[1::2])))
        except GeometryError as exc:
            skipped.append(Skipped(where, str(exc)))
            continue
        note = f"DOTA class {name}" + ("; marked difficult" if difficult == "1" else "")
        rows.append((where, {"geometry": geom, "label": name, "cls": cls, "note": note, "type": name if cls == "other" else None,
                             "confidence": "possible" if difficult == "1" else "probable"}))
    if lines and not numeric_lines and not rows and skipped and len(skipped) == len([ln for ln in lines if ln.strip()]):
        raise ImportFormatError(f"{path}: no line looks like DOTA ({skipped[0].where}: {skipped[0].reason})")
    return rows, skipped
