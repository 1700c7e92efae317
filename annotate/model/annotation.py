"""An annotation: a tagged object on a tile."""

from __future__ import annotations

import uuid
from dataclasses import dataclass, field, replace
from datetime import datetime, timezone
from enum import Enum

from .geometry import PixelGeometry

__all__ = ["Annotation", "Confidence", "new_id", "utc_now"]


class Confidence(str, Enum):
    """How sure the analyst is of the identification."""

    CONFIRMED = "confirmed"
    PROBABLE = "probable"
    POSSIBLE = "possible"


def new_id() -> str:
    return str(uuid.uuid4())


def utc_now() -> datetime:
    """Now, UTC, to the millisecond (the precision the project file keeps)."""
    t = datetime.now(timezone.utc)
    return t.replace(microsecond=t.microsecond // 1000 * 1000)


@dataclass(frozen=True)
class Annotation:
    """One tagged object.

    ``geometry`` is in pixels (authoritative); ``lonlat`` is the GeoJSON geometry
    derived from it when the tile is georeferenced; ``length_m``, ``width_m``
    and ``heading_deg`` are measured geodesically from it. ``absent``: the analyst
    looked at this area and saw **no** ``cls`` there (an empty pier) — evidence too,
    linkable to a claim, never an object in a training dataset.
    """

    id: str
    tile_sha256: str
    geometry: PixelGeometry
    category: str
    cls: str
    confidence: Confidence = Confidence.PROBABLE
    type: str | None = None
    note: str = ""
    analyst: str = ""
    created: datetime = field(default_factory=utc_now)
    modified: datetime = field(default_factory=utc_now)
    lonlat: dict | None = field(default=None, compare=False)
    length_m: float | None = None
    width_m: float | None = None
    heading_deg: float | None = None
    absent: bool = False  # an observation of absence: no ``cls`` in this area ("none present")

    def with_changes(self, **changes) -> "Annotation":
        return replace(self, **changes)
