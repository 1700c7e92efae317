"""An image a provider's catalog lists (a STAC item), recorded without its pixels.

A catalog item is a *candidate* source of evidence: where and when an image was taken (footprint,
acquisition time, GSD, platform) and where its pixels are (a COG asset's URL). Claims find items as they
find tiles; adding an item as a tile (``annotate tiles add PROJECT ITEM``) reads its asset remotely and
hashes it — only then can it be annotated.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from .serialize import format_time, parse_time

__all__ = ["CatalogItem", "catalog_item_to_dict", "catalog_item_from_dict"]


@dataclass(frozen=True)
class CatalogItem:
    id: str  # the project's id for it
    stac_id: str
    asset_href: str  # absolute URL of the image (a COG)
    catalog: str  # the catalog or API it was found through
    collection: str | None = None
    item_href: str | None = None
    asset_key: str | None = None
    acquired: datetime | None = None
    footprint: tuple[tuple[float, float], ...] | None = None  # lon/lat ring
    gsd_m: float | None = None
    platform: str | None = None
    added: datetime | None = None
    analyst: str = ""

    # what claim matching asks of a candidate (as of a TileRef)
    @property
    def label(self) -> str:
        when = self.acquired.date().isoformat() if self.acquired else "undated"
        return f"{self.collection + ' ' if self.collection else ''}{self.stac_id} {when} (catalog)"

    @property
    def sha256(self) -> str:
        return ""  # not hashed: its pixels were never read

    @property
    def path(self) -> str:
        return self.asset_href


def catalog_item_to_dict(c: CatalogItem) -> dict:
    return {"id": c.id, "stac_id": c.stac_id, "collection": c.collection, "catalog": c.catalog,
            "item_href": c.item_href, "asset_href": c.asset_href, "asset_key": c.asset_key,
            "acquired": format_time(c.acquired), "footprint": [list(p) for p in c.footprint] if c.footprint else None,
            "gsd_m": c.gsd_m, "platform": c.platform, "added": format_time(c.added), "analyst": c.analyst}


def catalog_item_from_dict(d: dict) -> CatalogItem:
    return CatalogItem(id=d["id"], stac_id=d["stac_id"], asset_href=d["asset_href"], catalog=d["catalog"],
                       collection=d.get("collection"), item_href=d.get("item_href"), asset_key=d.get("asset_key"),
                       acquired=parse_time(d.get("acquired")),
                       footprint=tuple(tuple(p) for p in d["footprint"]) if d.get("footprint") else None,
                       gsd_m=d.get("gsd_m"), platform=d.get("platform"), added=parse_time(d.get("added")),
                       analyst=d.get("analyst") or "")
