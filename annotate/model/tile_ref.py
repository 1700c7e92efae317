"""A reference to an image tile, as a project keeps it: identity by hash, georeferencing by value."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

__all__ = ["TileRef"]


@dataclass(frozen=True)
class TileRef:
    """An image in a project, identified by its SHA-256.

    The georeferencing is kept by value (CRS, transform or GCPs), so
    annotations can be converted to lon/lat and measured without the image
    file at hand — and the project still says where an image was when it has
    moved.
    """

    sha256: str
    path: str
    width: int
    height: int
    site: str | None = None
    acquired: datetime | None = None
    acquired_source: str | None = None
    source: str | None = None
    credit: str | None = None
    crs: str | None = None
    transform: tuple[float, ...] | None = None
    gcps: tuple[tuple[float, float, float, float], ...] = ()
    gsd_m: float | None = None
    footprint: tuple[tuple[float, float], ...] | None = None
    georeferenced: bool = False
    # a tile on a server: what the server said of it when added (url, size, etag, last_modified, sha256)
    remote: dict[str, Any] | None = None
    extra: dict[str, Any] = field(default_factory=dict, compare=False)

    @classmethod
    def from_metadata(cls, meta) -> "TileRef":
        """From an :class:`imagery.TileMetadata` (with its SHA-256 computed)."""
        if not meta.sha256:
            raise ValueError(f"{meta.path}: the tile's SHA-256 is needed to add it to a project")
        return cls(
            sha256=meta.sha256, path=meta.path, width=meta.width, height=meta.height, site=meta.site,
            acquired=meta.acquired, acquired_source=meta.acquired_source, source=meta.source, credit=meta.credit,
            crs=meta.crs if meta.georeferenced else None, transform=meta.transform,
            gcps=tuple((g[0], g[1], g[2], g[3]) for g in meta.gcps) if meta.georef_kind == "gcps" else (),
            gsd_m=meta.gsd_m, footprint=meta.footprint_lonlat, georeferenced=meta.georeferenced,
        )

    def georef(self):
        """An :class:`imagery.Georef` rebuilt from the stored values, or ``None`` when pixel-only."""
        if not self.georeferenced or not self.crs:
            return None
        from imagery import Georef

        try:
            if self.transform:
                return Georef(self.crs, self.transform)
            return Georef(self.crs, None, self.gcps)
        except ValueError:  # degenerate values stored by an older version: pixel-only, not a crash
            return None

    @property
    def label(self) -> str:
        date = self.acquired.strftime("%Y-%m-%d") if self.acquired else "undated"
        return f"{self.site or self.path.rsplit('/', 1)[-1]} {date}"
