"""Which of a project's tiles can check a claim: footprint near the claim's places, date in its window.

Score in [0, 1]: half for place (1 inside the footprint, falling to 0 at the
search distance), half for time (1 inside the claim's date window, halving for
every window-width outside it; 0.5 when the claim or tile has no date).

A claim about a past event (every date window starts on or before the report's
publication) never prefers a tile acquired after publication: such tiles rank
after every other candidate, and say so (``after_publication``, ``note``) —
first only when nothing else matches.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime

from shapely.geometry import Point, Polygon

from annotate.model.catalog_item import CatalogItem
from annotate.model.tile_ref import TileRef
from imagery.georef import GEOD

__all__ = ["TileCandidate", "candidate_tiles"]


@dataclass(frozen=True)
class TileCandidate:
    tile: TileRef
    score: float
    place: str
    distance_km: float
    days_outside: int | None
    after_publication: bool = False
    note: str = ""

    def to_dict(self) -> dict:
        d = {"kind": "tile", "tile_sha256": self.tile.sha256, "tile": self.tile.label, "path": self.tile.path,
             "score": round(self.score, 3), "place": self.place, "distance_km": round(self.distance_km, 2),
             "days_outside_window": self.days_outside, "after_publication": self.after_publication,
             "note": self.note}
        if isinstance(self.tile, CatalogItem):  # listed by a catalog, pixels not read yet
            d.update(kind="catalog item", tile_sha256=None, catalog_item_id=self.tile.id)
        return d


def _distance_km(footprint: Polygon, lon: float, lat: float) -> float:
    pt = Point(lon, lat)
    if footprint.contains(pt):
        return 0.0
    from shapely.ops import nearest_points

    near = nearest_points(footprint.exterior, pt)[0]
    return GEOD.inv(lon, lat, near.x, near.y)[2] / 1000.0


def _time_fit(acquired: datetime | None, window: tuple[date, date] | None) -> tuple[float, int | None]:
    if acquired is None or window is None:
        return 0.5, None
    d = acquired.date()
    start, end = window
    if start <= d < end:
        return 1.0, 0
    outside = (start - d).days if d < start else (d - end).days + 1
    width = max((end - start).days, 1)
    return 0.5 ** (outside / width), outside


def candidate_tiles(extracted: dict, tiles: list[TileRef | CatalogItem], max_distance_km: float = 5.0,
                    limit: int = 5, published: date | None = None) -> list[TileCandidate]:
    """Tiles ranked by fit for one claim's ``extracted`` places and dates (best first); ``published`` is the
    report's publication date (see the module's note on past events)."""
    places = [p for p in extracted.get("places", []) if p.get("lat") is not None]
    if not places:
        return []
    windows = [(date.fromisoformat(d["window"][0]), date.fromisoformat(d["window"][1]))
               for d in extracted.get("dates", []) if d.get("window")]
    out = []
    for tile in tiles:
        if not tile.footprint:
            continue
        footprint = Polygon(tile.footprint)
        best_place = None
        for p in places:
            reach = max_distance_km + float(p.get("radius_km") or 0)
            dist = _distance_km(footprint, p["lon"], p["lat"])
            if dist <= reach:
                fit = 1.0 - dist / reach
                if p.get("vague"):
                    fit *= 0.3
                if best_place is None or fit > best_place[0]:
                    best_place = (fit, p["name"], dist)
        if best_place is None:
            continue
        t_fit, outside = max((_time_fit(tile.acquired, w) for w in windows or [None]),
                             key=lambda f: f[0])
        out.append(TileCandidate(tile, 0.5 * best_place[0] + 0.5 * t_fit, best_place[1], best_place[2], outside))
    past = published is not None and bool(windows) and all(w[0] <= published for w in windows)
    if past:
        late = [c for c in out if c.tile.acquired is not None and c.tile.acquired.date() > published]
        only_late = len(late) == len(out)
        why = f"acquired after the report was published ({published.isoformat()}), about a past event"
        out = [replace(c, after_publication=True, note=why + ("; no earlier tile matches" if only_late else ""))
               if c in late else c for c in out]
        out.sort(key=lambda c: (c.after_publication, -c.score))
    else:
        out.sort(key=lambda c: -c.score)
    return out[:limit]
