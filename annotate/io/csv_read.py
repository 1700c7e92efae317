"""Read a plain CSV table of labels for one tile, with a column mapping.

``--columns`` names which column holds what (``field=column``, comma-separated):

``image``       the image file name; only rows naming this tile (by file name or stem) are read.
``class``       the label (mapped to a taxonomy class like every importer's, see ``--map``).
``geometry``    the outline in **pixels**: WKT (``POLYGON ((…))``, ``POINT (…)``) or a list of x, y pairs in
                any brackets (``[(135, 522), (245, 522), …]``, as the Airbus aircraft sample writes it).
``lonlat``      the outline as WKT in **longitude, latitude** (WGS 84), through the tile's georeferencing.
``xmin ymin xmax ymax`` or ``x y width height``
                an axis-aligned box from four columns.
``type``, ``confidence``, ``note``, ``analyst``
                optional.

Without ``--columns`` the usual names are tried (``image_id``/``image``/``file_name``/``filename``,
``class``/``label``/``category``, ``geometry``/``wkt``, ``wkt_lonlat``, our own export's ``pixel_kind`` and
``pixel_params``). A closed ring's repeated last point is dropped; four pairs forming an axis-aligned
rectangle become a box, any other four an oriented box or quadrilateral (see
:func:`annotate.io.pixel_formats.quad_geometry`).
"""

from __future__ import annotations

import csv
import re
from pathlib import Path

from annotate.model.geometry import GeometryError, PixelGeometry

from .importing import ImportFormatError, Skipped
from .pixel_formats import quad_geometry
from .record_fields import image_basename, text_or_none

__all__ = ["read_csv", "FIELDS"]

FIELDS = ("image", "class", "geometry", "lonlat", "xmin", "ymin", "xmax", "ymax", "x", "y", "width", "height",
          "type", "confidence", "note", "analyst", "pixel_kind", "pixel_params")
_GUESS = {"image": ("image_id", "image", "file_name", "filename", "image_name"),
          "class": ("class", "label", "category", "class_name"),
          "geometry": ("geometry", "wkt", "pixel_wkt"), "lonlat": ("wkt_lonlat",),
          "type": ("type",), "confidence": ("confidence",), "note": ("note",), "analyst": ("analyst",),
          "pixel_kind": ("pixel_kind",), "pixel_params": ("pixel_params",)}
_NUMBER = re.compile(r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?")
_MAX_FIELD = 10_000_000


def read_csv(path, tile, taxonomy, options=None):
    try:
        with open(path, encoding="utf-8-sig", newline="") as fh:
            sample = fh.read(65536)
            fh.seek(0)
            try:
                dialect = csv.Sniffer().sniff(sample, delimiters=",;\t|")
            except csv.Error:
                dialect = csv.excel
            csv.field_size_limit(_MAX_FIELD)
            reader = csv.DictReader(fh, dialect=dialect)
            header = [h.strip() for h in (reader.fieldnames or [])]
            columns = _columns(path, header, (options.columns if options else None) or {})
            records = list(reader)
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        raise ImportFormatError(f"{path}: cannot read as CSV: {str(exc)[:160]}") from None
    georef = tile.georef() if "lonlat" in columns else None
    if "lonlat" in columns and georef is None:
        raise ImportFormatError(f"{path}: column {columns['lonlat']!r} holds lon/lat, but {tile.label} is not "
                                "georeferenced")
    names = {Path(tile.path).name.casefold(), Path(tile.path).stem.casefold()}
    rows, skipped = [], []
    for n, record in enumerate(records, 2):
        record = {(k or "").strip(): v for k, v in record.items() if isinstance(v, str)}
        if "image" in columns and image_basename(record.get(columns["image"], "")).casefold() not in names:
            continue
        where = f"line {n}"
        label = (record.get(columns["class"]) or "").strip()
        if not label:
            skipped.append(Skipped(where, f"no class in column {columns['class']!r}"))
            continue
        try:
            geom = _geometry(record, columns, georef)
        except (GeometryError, ValueError, TypeError, IndexError, OverflowError) as exc:
            skipped.append(Skipped(where, f"unreadable geometry: {str(exc)[:120]}"))
            continue
        row = {"geometry": geom, "label": label}
        for key in ("type", "confidence", "note", "analyst"):
            if key in columns:
                row[key] = text_or_none(record.get(columns[key]))
        row["confidence"] = row.get("confidence") or "probable"
        rows.append((where, row))
    return rows, skipped


def _columns(path, header: list[str], given: dict[str, str]) -> dict[str, str]:
    """Our field → the file's column, checked against the header."""
    unknown = sorted(set(given) - set(FIELDS))
    if unknown:
        raise ImportFormatError(f"--columns: unknown field(s) {', '.join(unknown)}; use {', '.join(FIELDS)}")
    missing = [col for col in given.values() if col not in header]
    if missing:
        raise ImportFormatError(f"{path}: no column {missing[0]!r} (columns: {', '.join(header[:20])})")
    columns = dict(given)
    lower = {h.casefold(): h for h in header}
    for key, names in _GUESS.items():
        if key not in columns:
            found = next((lower[n] for n in names if n in lower), None)
            if found is not None and not (key == "image" and found == columns.get("class")):
                columns[key] = found
    shapes = [k for k in ("geometry", "lonlat", "pixel_params") if k in columns]
    boxes = all(k in columns for k in ("xmin", "ymin", "xmax", "ymax")) or \
        all(k in columns for k in ("x", "y", "width", "height"))
    if "class" not in columns:
        raise ImportFormatError(f"{path}: which column is the class? give --columns class=COLUMN "
                                f"(columns: {', '.join(header[:20])})")
    if not shapes and not boxes:
        raise ImportFormatError(f"{path}: which column is the geometry? give --columns geometry=COLUMN "
                                "(pixels), lonlat=COLUMN (WKT in lon/lat) or xmin,ymin,xmax,ymax columns "
                                f"(columns: {', '.join(header[:20])})")
    return columns


def _geometry(record: dict, columns: dict, georef) -> PixelGeometry:
    if "pixel_kind" in columns and "pixel_params" in columns and record.get(columns["pixel_kind"]):
        return PixelGeometry(record[columns["pixel_kind"]].strip(),
                             tuple(float(v) for v in _NUMBER.findall(record[columns["pixel_params"]])))
    if all(k in columns for k in ("xmin", "ymin", "xmax", "ymax")):
        x0, y0, x1, y1 = (float(record[columns[k]]) for k in ("xmin", "ymin", "xmax", "ymax"))
        return PixelGeometry.box(x0, y0, x1, y1)
    if all(k in columns for k in ("x", "y", "width", "height")) and "geometry" not in columns:
        x, y, w, h = (float(record[columns[k]]) for k in ("x", "y", "width", "height"))
        return PixelGeometry.box(x, y, x + w, y + h)
    if "geometry" in columns and (record.get(columns["geometry"]) or "").strip():
        return _pixel_shape(record[columns["geometry"]])
    if "lonlat" in columns and (record.get(columns["lonlat"]) or "").strip():
        return _lonlat_shape(record[columns["lonlat"]], georef)
    raise ValueError("the geometry cell is empty")


def _pixel_shape(text: str) -> PixelGeometry:
    text = text.strip()
    if re.match(r"(?i)^(multi)?(point|polygon|linestring)\b", text):
        from shapely import wkt
        from shapely.errors import ShapelyError

        try:
            g = wkt.loads(text)
        except (ShapelyError, ValueError) as exc:
            raise ValueError(f"not WKT: {exc}") from None
        if g.geom_type == "Point":
            return PixelGeometry.point(g.x, g.y)
        if g.geom_type != "Polygon" or g.is_empty:
            raise ValueError(f"{g.geom_type} is not supported (POINT or POLYGON)")
        return _ring(list(g.exterior.coords))
    numbers = [float(v) for v in _NUMBER.findall(text)]
    if len(numbers) < 2 or len(numbers) % 2:
        raise ValueError(f"{len(numbers)} numbers; need x, y pairs")
    pts = list(zip(numbers[0::2], numbers[1::2]))
    return PixelGeometry.point(*pts[0]) if len(pts) == 1 else _ring(pts)


def _ring(pts: list[tuple[float, float]]) -> PixelGeometry:
    if len(pts) > 1 and pts[0] == pts[-1]:
        pts = pts[:-1]
    if len(pts) == 4:
        xs, ys = {round(x, 9) for x, _ in pts}, {round(y, 9) for _, y in pts}
        if len(xs) == 2 and len(ys) == 2:  # an axis-aligned rectangle: a box (as the tool drew it)
            return PixelGeometry.box(min(xs), min(ys), max(xs), max(ys))
        return quad_geometry(pts)
    return PixelGeometry.polygon(pts)


def _lonlat_shape(text: str, georef) -> PixelGeometry:
    from shapely import wkt
    from shapely.errors import ShapelyError

    try:
        g = wkt.loads(text.strip())
    except (ShapelyError, ValueError) as exc:
        raise ValueError(f"not WKT: {exc}") from None
    if g.geom_type == "Point":
        r, c = georef.lonlat_to_pixel(g.x, g.y)
        return PixelGeometry.point(float(c), float(r))
    if g.geom_type != "Polygon" or g.is_empty:
        raise ValueError(f"{g.geom_type} is not supported (POINT or POLYGON)")
    ring = list(g.exterior.coords)
    rows, cols = georef.lonlat_to_pixel([p[0] for p in ring], [p[1] for p in ring])
    return _ring([(float(c), float(r)) for c, r in zip(cols, rows)])
