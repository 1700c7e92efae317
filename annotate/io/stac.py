"""STAC as a tile source: the items a catalog or an API lists, as :class:`CatalogItem` records, no pixels.

A static catalog (``catalog.json`` / ``collection.json``, local or on a server) is walked with pystac; a
STAC API (a landing page that ``conformsTo`` item search) is searched with pystac-client. ``bbox`` and
``datetime`` narrow both (an API filters on its side; a static catalog is filtered here). Of each item,
the image asset is chosen as a viewer would: the ``visual`` asset, else one whose roles include ``data``
or ``visual``, else the first GeoTIFF/COG; an item without one is skipped and said so.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from datetime import datetime, timezone

from annotate.model.annotation import new_id
from annotate.model.errors import ProjectError
from annotate.model.catalog_item import CatalogItem

__all__ = ["read_stac", "StacResult", "StacError", "parse_bbox", "parse_datetime_range"]


class StacError(ProjectError, ValueError):
    """The catalog could not be read, or the filters are malformed: the message names which and why."""


@dataclass
class StacResult:
    items: list[CatalogItem] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # "ITEM: why"
    kind: str = "catalog"  # or "api"


def parse_bbox(text: str | None) -> tuple[float, float, float, float] | None:
    """``W,S,E,N`` in degrees."""
    if not text:
        return None
    try:
        w, s, e, n = (float(v) for v in text.split(","))
    except ValueError:
        raise StacError(f"--bbox {text!r}: expected W,S,E,N in degrees (e.g. 132.3,42.85,132.4,42.95)") from None
    if not all(math.isfinite(v) for v in (w, s, e, n)) or not (-90 <= s < n <= 90 and -180 <= w <= 180
                                                                and -180 <= e <= 180):
        raise StacError(f"--bbox {text!r}: not a box on the earth (W,S,E,N with S < N)")
    return w, s, e, n


def parse_datetime_range(text: str | None) -> tuple[datetime | None, datetime | None] | None:
    """``2025-05-01/2025-06-30`` (either end may be ``..``), or one date."""
    if not text:
        return None
    parts = text.split("/")
    if len(parts) > 2:
        raise StacError(f"--datetime {text!r}: expected START/END or one date")

    def one(p: str, end: bool) -> datetime | None:
        if p in ("", ".."):
            return None
        try:
            d = datetime.fromisoformat(p.replace("Z", "+00:00"))
        except ValueError:
            raise StacError(f"--datetime {text!r}: {p!r} is not an ISO date") from None
        if d.tzinfo is None:
            d = d.replace(tzinfo=timezone.utc)
        if end and len(p) == 10:  # a whole day: up to its end
            d = d.replace(hour=23, minute=59, second=59)
        return d

    if len(parts) == 1:
        return one(parts[0], False), one(parts[0], True)
    return one(parts[0], False), one(parts[1], True)


def _asset(item):
    assets = item.assets
    if "visual" in assets:
        return "visual", assets["visual"]
    for key, a in assets.items():
        if set(a.roles or []) & {"data", "visual"} and "tif" in (a.media_type or a.href).lower():
            return key, a
    for key, a in assets.items():
        if "geotiff" in (a.media_type or "").lower() or a.href.lower().endswith((".tif", ".tiff")):
            return key, a
    return None, None


def _when(item) -> datetime | None:
    d = item.datetime or item.common_metadata.start_datetime
    if d is not None and d.tzinfo is None:
        d = d.replace(tzinfo=timezone.utc)
    return d


def _footprint(geometry) -> tuple[tuple[float, float], ...] | None:
    if not geometry:
        return None
    from shapely.geometry import shape

    try:
        g = shape(geometry)
    except (ValueError, TypeError, AttributeError, KeyError):
        return None
    if g.is_empty:
        return None
    hull = g.convex_hull if g.geom_type != "Polygon" else g
    if hull.geom_type != "Polygon":
        return None
    return tuple((float(x), float(y)) for x, y in hull.exterior.coords)


def _record(item, catalog: str, out: StacResult) -> None:
    key, asset = _asset(item)
    if asset is None:
        out.skipped.append(f"{item.id}: no image asset (GeoTIFF/COG) among {sorted(item.assets)}")
        return
    href = asset.get_absolute_href() or asset.href
    props = item.properties or {}
    gsd = props.get("gsd")
    out.items.append(CatalogItem(
        id=new_id(), stac_id=item.id, asset_href=href, catalog=catalog, collection=item.collection_id,
        item_href=item.get_self_href(), asset_key=key, acquired=_when(item), footprint=_footprint(item.geometry),
        gsd_m=float(gsd) if isinstance(gsd, (int, float)) and gsd > 0 else None,
        platform=props.get("platform") or props.get("constellation")))


def _inside(item, bbox, window) -> bool:
    if bbox is not None and item.bbox:
        w, s, e, n = bbox
        iw, is_, ie, in_ = item.bbox[:4]
        if iw > e or ie < w or is_ > n or in_ < s:
            return False
    if window is not None:
        d = _when(item)
        start, end = window
        if d is None or (start and d < start) or (end and d > end):
            return False
    return True


def read_stac(url: str, *, bbox: str | None = None, datetime_range: str | None = None,
              collections: list[str] | None = None, limit: int = 1000) -> StacResult:
    """The items of a static catalog or a STAC API at ``url`` (a path or http(s) URL)."""
    box, window = parse_bbox(bbox), parse_datetime_range(datetime_range)
    import pystac

    try:
        root = pystac.read_file(url)
    except Exception as exc:  # noqa: BLE001 - pystac raises many kinds (HTTP, JSON, STAC validation)
        raise StacError(f"{url}: not a readable STAC catalog, collection or API ({_reason(exc)})") from None
    out = StacResult()
    if isinstance(root, pystac.Catalog) and _is_api(root):
        out.kind = "api"
        return _search_api(url, box, datetime_range, collections, limit, out)
    if isinstance(root, pystac.Item):
        items = [root]
    elif isinstance(root, pystac.Catalog):
        try:
            items = root.get_items(recursive=True)
        except Exception as exc:  # noqa: BLE001
            raise StacError(f"{url}: cannot walk the catalog ({_reason(exc)})") from None
    else:
        raise StacError(f"{url}: a STAC {type(root).__name__}, not a catalog, collection or item")
    try:
        for item in items:
            if collections and item.collection_id not in collections:
                continue
            if _inside(item, box, window):
                _record(item, url, out)
                if len(out.items) >= limit:
                    break
    except Exception as exc:  # noqa: BLE001 - a broken link deep in the catalog
        raise StacError(f"{url}: reading its items failed ({_reason(exc)}); nothing recorded") from None
    return out


def _is_api(root) -> bool:
    conforms = root.extra_fields.get("conformsTo") or []
    return any("item-search" in str(c) for c in conforms)


def _search_api(url, box, datetime_range, collections, limit, out: StacResult) -> StacResult:
    from pystac_client import Client

    try:
        search = Client.open(url).search(bbox=box, datetime=datetime_range, collections=collections,
                                          max_items=limit)
        for item in search.items():
            _record(item, url, out)
    except Exception as exc:  # noqa: BLE001
        raise StacError(f"{url}: the API search failed ({_reason(exc)})") from None
    return out


def _reason(exc: BaseException) -> str:
    if isinstance(exc, KeyError) and exc.args:  # a STAC object without a required field
        return f"a STAC object lacks its {exc.args[0]!r} field"
    return " ".join((str(exc) or type(exc).__name__).split())[:300]
