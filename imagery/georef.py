"""Pixel ↔ CRS ↔ lon/lat conversions and geodesic measurement.

This module is the only place in the project that swaps axis orders.
The conventions it converts between are:

* **pixel** coordinates are ``(row, col)``, continuous, with the origin at the
  top-left *corner* of the image (GDAL, COCO and DOTA use the same origin); the
  centre of pixel ``(i, j)`` is ``(i + 0.5, j + 0.5)``;
* **CRS** coordinates are ``(x, y)`` in the tile's CRS (easting, northing);
* **geographic** coordinates are ``(lon, lat)`` in WGS 84 degrees, the order
  GeoJSON, KML and pyproj's ``always_xy`` use.

Distances, areas and headings are geodesic on the WGS 84 ellipsoid, so they are
right whatever the CRS: UTM, Web Mercator (whose "metres" are not ground
metres away from the equator) or plain degrees.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Sequence

import mgrs as _mgrs
import numpy as np
from affine import Affine
from pyproj import CRS, Geod, Transformer
from pyproj.exceptions import CRSError as _ProjCRSError
from pyproj.exceptions import ProjError

__all__ = ["Georef", "GSD", "WGS84", "GEOD", "format_latlon"]

WGS84 = CRS.from_epsg(4326)
GEOD = Geod(ellps="WGS84")
_MGRS = _mgrs.MGRS()


@dataclass(frozen=True)
class GSD:
    """Ground sample distance at the image centre, in metres per pixel.

    ``x`` is the ground length of one pixel step along a row (one column),
    ``y`` of one step down a column (one row); ``mean`` is their geometric mean.
    """

    x: float
    y: float

    @property
    def mean(self) -> float:
        return math.sqrt(self.x * self.y)


class Georef:
    """Georeferencing of one raster: an affine transform or GCPs, plus a CRS.

    Parameters
    ----------
    crs
        The CRS of ``transform`` (or of the GCPs). ``None`` means the raster has
        a transform from a world file but no CRS: pixel ↔ CRS works, lon/lat
        does not.
    transform
        Pixel-corner affine transform, ``x = a*col + b*row + c``,
        ``y = d*col + e*row + f`` (GDAL order). Rotated transforms are fine.
    gcps
        Ground control points ``(row, col, x, y)``; used instead of ``transform``
        through GDAL's GCP transformer (polynomial fit).
    """

    def __init__(
        self,
        crs: CRS | str | int | None,
        transform: Affine | Sequence[float] | None = None,
        gcps: Sequence[tuple[float, float, float, float]] | None = None,
    ) -> None:
        self.crs = _as_crs(crs)
        if transform is not None and not isinstance(transform, Affine):
            transform = Affine(*transform[:6])
        self.transform: Affine | None = transform
        self.gcps = tuple(tuple(map(float, g)) for g in gcps) if gcps else ()
        if self.transform is None and not self.gcps:
            raise ValueError("a Georef needs a transform or GCPs")
        if self.transform is not None:
            values = tuple(self.transform)[:6]
            if not all(math.isfinite(v) for v in values):
                raise ValueError(f"degenerate transform {values}: not every value is a finite number")
            if not abs(self.transform.determinant) > 1e-300:
                raise ValueError(f"degenerate transform {values}: zero pixel size")
        elif self.gcps:
            _check_gcps(self.gcps)
        self._gcp_transformer = None
        if self.gcps and self.transform is None:
            from rasterio.control import GroundControlPoint
            from rasterio.transform import GCPTransformer

            from rasterio._err import CPLE_BaseError

            try:  # GDAL fits the polynomial lazily: fit it now, so an unsolvable set fails here, in one line
                self._gcp_transformer = GCPTransformer(
                    [GroundControlPoint(row=r, col=c, x=x, y=y) for r, c, x, y in self.gcps]
                )
                self._gcp_transformer.xy([self.gcps[0][0]], [self.gcps[0][1]], offset="ul")
                self._gcp_transformer.rowcol([self.gcps[0][2]], [self.gcps[0][3]], op=lambda v: v)
            except (CPLE_BaseError, ValueError, RuntimeError) as exc:
                raise ValueError(f"degenerate GCPs: no transform can be fitted to them ({exc})") from None
        self._to_lonlat = None
        self._from_lonlat = None
        if self.crs is not None:
            try:
                self._to_lonlat = Transformer.from_crs(self.crs, WGS84, always_xy=True)
                self._from_lonlat = Transformer.from_crs(WGS84, self.crs, always_xy=True)
            except ProjError as exc:
                raise ValueError(f"unknown CRS (no transformation to WGS 84): {self.crs.name}: {exc}") from None

    # ------------------------------------------------------------------ pixel ↔ CRS
    def pixel_to_crs(self, row, col):
        """Pixel ``(row, col)`` → CRS ``(x, y)``; scalars or arrays."""
        row = np.asarray(row, dtype="float64")
        col = np.asarray(col, dtype="float64")
        if self._gcp_transformer is not None:
            xs, ys = self._gcp_transformer.xy(row.ravel(), col.ravel(), offset="ul")
            return _shaped(xs, row), _shaped(ys, row)
        t = self.transform
        x = t.a * col + t.b * row + t.c
        y = t.d * col + t.e * row + t.f
        return _scalar(x), _scalar(y)

    def crs_to_pixel(self, x, y):
        """CRS ``(x, y)`` → pixel ``(row, col)`` (fractional); scalars or arrays."""
        x = np.asarray(x, dtype="float64")
        y = np.asarray(y, dtype="float64")
        if self._gcp_transformer is not None:
            rows, cols = self._gcp_transformer.rowcol(
                x.ravel(), y.ravel(), op=lambda v: v
            )
            return _shaped(rows, x), _shaped(cols, x)
        inv = ~self.transform
        col = inv.a * x + inv.b * y + inv.c
        row = inv.d * x + inv.e * y + inv.f
        return _scalar(row), _scalar(col)

    # ------------------------------------------------------------------ CRS ↔ lon/lat
    @property
    def has_lonlat(self) -> bool:
        """True when lon/lat can be computed (a CRS is known)."""
        return self._to_lonlat is not None

    def _need_crs(self) -> None:
        if self._to_lonlat is None:
            raise ValueError("no CRS: this raster has a transform but no coordinate reference system")

    def crs_to_lonlat(self, x, y):
        self._need_crs()
        lon, lat = self._to_lonlat.transform(np.asarray(x, "float64"), np.asarray(y, "float64"))
        return _scalar(lon), _scalar(lat)

    def lonlat_to_crs(self, lon, lat):
        self._need_crs()
        x, y = self._from_lonlat.transform(np.asarray(lon, "float64"), np.asarray(lat, "float64"))
        return _scalar(x), _scalar(y)

    def pixel_to_lonlat(self, row, col):
        """Pixel ``(row, col)`` → ``(lon, lat)`` in WGS 84."""
        return self.crs_to_lonlat(*self.pixel_to_crs(row, col))

    def lonlat_to_pixel(self, lon, lat):
        """``(lon, lat)`` in WGS 84 → pixel ``(row, col)``."""
        return self.crs_to_pixel(*self.lonlat_to_crs(lon, lat))

    def mgrs(self, row: float, col: float, precision: int = 5) -> str:
        """MGRS grid reference of a pixel point (precision 5 = 1 m)."""
        lon, lat = self.pixel_to_lonlat(row, col)
        return _MGRS.toMGRS(float(lat), float(lon), MGRSPrecision=precision)

    # ------------------------------------------------------------------ geodesy
    def gsd(self, height: int, width: int) -> GSD:
        """Geodesic ground sample distance at the image centre."""
        r, c = height / 2.0, width / 2.0
        lon, lat = self.pixel_to_lonlat([r, r, r + 1], [c, c + 1, c])
        _, _, dx = GEOD.inv(lon[0], lat[0], lon[1], lat[1])
        _, _, dy = GEOD.inv(lon[0], lat[0], lon[2], lat[2])
        return GSD(float(dx), float(dy))

    def length_m(self, rows: Sequence[float], cols: Sequence[float]) -> float:
        """Geodesic length in metres of a polyline given in pixel coordinates."""
        lon, lat = self.pixel_to_lonlat(np.atleast_1d(rows), np.atleast_1d(cols))
        return float(GEOD.line_length(np.atleast_1d(lon), np.atleast_1d(lat)))

    def area_m2(self, rows: Sequence[float], cols: Sequence[float]) -> float:
        """Geodesic area in square metres of a polygon (ring) in pixel coordinates."""
        lon, lat = self.pixel_to_lonlat(np.atleast_1d(rows), np.atleast_1d(cols))
        area, _ = GEOD.polygon_area_perimeter(np.atleast_1d(lon), np.atleast_1d(lat))
        return abs(float(area))

    def heading_deg(self, row0: float, col0: float, row1: float, col1: float) -> float:
        """True heading (degrees clockwise from north, 0–360) from pixel point 0 to point 1."""
        lon, lat = self.pixel_to_lonlat([row0, row1], [col0, col1])
        azimuth, _, _ = GEOD.inv(lon[0], lat[0], lon[1], lat[1])
        return float(azimuth) % 360.0

    def north_angle_deg(self, row: float, col: float) -> float:
        """Direction of true north on the image at a pixel, in degrees clockwise from "up"."""
        lon, lat = self.pixel_to_lonlat(row, col)
        lon2, lat2, _ = GEOD.fwd(lon, lat, 0.0, 10.0)
        r2, c2 = self.lonlat_to_pixel(lon2, lat2)
        return math.degrees(math.atan2(c2 - col, -(r2 - row))) % 360.0

    def footprint(self, height: int, width: int, per_edge: int = 8) -> list[tuple[float, float]]:
        """The raster's outline as a closed lon/lat ring, densified along each edge."""
        t = np.linspace(0.0, 1.0, per_edge, endpoint=False)
        # clockwise in image space: top edge → right edge → bottom → left
        rows = np.concatenate([np.zeros(per_edge), t * height, np.full(per_edge, float(height)), (1 - t) * height])
        cols = np.concatenate([t * width, np.full(per_edge, float(width)), (1 - t) * width, np.zeros(per_edge)])
        lon, lat = self.pixel_to_lonlat(rows, cols)
        ring = [(float(a), float(b)) for a, b in zip(lon, lat)]
        ring.append(ring[0])
        return ring


def format_latlon(lat: float, lon: float, digits: int = 5, sep: str = ", ") -> str:
    """Latitude and longitude as an analyst reads them, hemispheres as letters.

    >>> format_latlon(24.5616, -77.7579, 4)
    '24.5616 N, 77.7579 W'
    >>> format_latlon(-33.9, 151.2, 1, sep="  ")
    '33.9 S  151.2 E'
    """
    return (f"{abs(lat):.{digits}f} {'N' if lat >= 0 else 'S'}{sep}"
            f"{abs(lon):.{digits}f} {'E' if lon >= 0 else 'W'}")


def _check_gcps(gcps: tuple[tuple[float, ...], ...]) -> None:
    """GCPs a polynomial can be fitted to: at least three, finite, spanning an area in pixels and on the ground."""
    if len(gcps) < 3:
        raise ValueError(f"degenerate GCPs: {len(gcps)} point(s); at least 3 are needed")
    pts = np.asarray([g[:4] for g in gcps], dtype="float64")
    if not np.isfinite(pts).all():
        raise ValueError("degenerate GCPs: not every coordinate is a finite number")
    for cols, what in (((0, 1), "pixel"), ((2, 3), "ground")):
        xy = pts[:, cols] - pts[:, cols].mean(axis=0)
        sv = np.linalg.svd(xy, compute_uv=False)
        if sv[0] == 0 or sv[-1] <= sv[0] * 1e-9:
            raise ValueError(f"degenerate GCPs: the points are identical or on one line in {what} coordinates")


def _as_crs(crs) -> CRS | None:
    if crs is None:
        return None
    if isinstance(crs, CRS):
        return crs
    try:
        if hasattr(crs, "to_wkt"):
            return CRS.from_wkt(crs.to_wkt())
        return CRS.from_user_input(crs)
    except _ProjCRSError as exc:
        raise ValueError(f"unknown CRS {crs!r}: {exc}") from None


def _scalar(a):
    a = np.asarray(a)
    return float(a) if a.ndim == 0 else a


def _shaped(values, like):
    arr = np.asarray(values, dtype="float64").reshape(np.shape(like))
    return _scalar(arr)
