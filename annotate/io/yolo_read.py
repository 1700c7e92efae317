"""Read YOLO-OBB labels (normalised corners) for one tile; class names from ``classes.txt`` or an Ultralytics
``data.yaml`` beside the labels folder (or beside the file), else the taxonomy order."""

from __future__ import annotations

from pathlib import Path

from annotate.model.geometry import GeometryError

from .importing import ImportFormatError, Skipped
from .pixel_formats import quad_geometry

__all__ = ["read_yolo_obb"]


def read_yolo_obb(path, tile, taxonomy, options=None):
    path = Path(path)
    names = list(taxonomy.classes)
    for folder in (path.parent, path.parent.parent):
        if (folder / "classes.txt").is_file():
            names = [ln.strip() for ln in _read_text(folder / "classes.txt").splitlines() if ln.strip()]
            break
        if (folder / "data.yaml").is_file():
            names = _yaml_names(folder / "data.yaml")
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
            geom = quad_geometry(pts, tolerance=1e-4 + 1e-8 * max(tile.width, tile.height))
        except GeometryError as exc:
            skipped.append(Skipped(where, str(exc)))
            continue
        rows.append((where, {"geometry": geom, "label": names[index]}))
    return rows, skipped


def _read_text(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportFormatError(f"{path}: cannot read: {exc}") from None


def _yaml_names(path: Path) -> list[str]:
    """``names`` of an Ultralytics ``data.yaml``: a list, or a mapping index → name."""
    import yaml

    try:
        names = (yaml.safe_load(_read_text(path)) or {}).get("names")
    except (yaml.YAMLError, AttributeError) as exc:
        raise ImportFormatError(f"{path}: not a usable data.yaml: {str(exc)[:120]}") from None
    if isinstance(names, dict) and all(isinstance(k, int) for k in names):
        return [str(names.get(i, "")) for i in range(max(names, default=-1) + 1)]
    if isinstance(names, list):
        return [str(n) for n in names]
    raise ImportFormatError(f"{path}: 'names' is neither a list nor a mapping of class indices")
