"""Open an image tile and describe it: size, georeferencing, GSD, footprint, date, credit, hash.

>>> with open_tile("sample_tiles/dunai_2025-05-18.tif") as tile:   # doctest: +SKIP
...     tile.metadata.gsd_m, tile.metadata.crs
(0.5, 'EPSG:32653')
"""

from __future__ import annotations

import math
import os
from contextlib import ExitStack
from dataclasses import asdict, dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any


from .errors import ImageryError, NotAnImageError, TileNotFoundError
from .georef import Georef
from .hashing import sha256_file
from .remote import OPEN_SETTINGS, RemoteError, RemotePath, configure_gdal, is_remote, remote_sha256, why_unreadable
from .probe import check_declared_size, open_dataset, probe
from .provenance import read_provenance

__all__ = ["Tile", "TileMetadata", "open_tile"]

_WORLD_FILE_SUFFIXES = ("w", ".wld")


@dataclass(frozen=True)
class TileMetadata:
    """Everything known about a tile, frozen. ``to_dict()`` gives the stable JSON form.

    Transforms are in GDAL order ``(a, b, c, d, e, f)``, pixel-corner convention.
    GCPs are ``(row, col, x, y, z)`` in ``gcp_crs``. Footprint and bounds are
    WGS 84 ``(lon, lat)``. ``gsd_m`` is geodesic, in metres per pixel.
    """

    path: str
    sha256: str | None
    driver: str
    width: int
    height: int
    band_count: int
    dtype: str
    nodata: float | None
    has_alpha: bool
    colorinterp: tuple[str, ...]
    band_descriptions: tuple[str | None, ...]
    overviews: tuple[int, ...]
    block_shape: tuple[int, int]
    georeferenced: bool
    georef_kind: str  # "transform", "gcps", "rpcs-only", "world-file-no-crs" or "none"
    crs: str | None  # "EPSG:nnnn" where there is a code, else WKT
    crs_epsg: int | None
    transform: tuple[float, ...] | None
    transform_source: str | None  # "header", "world file" or None
    gcps: tuple[tuple[float, float, float, float, float], ...]
    gcp_crs: str | None
    has_rpcs: bool
    gsd_m: float | None
    gsd_x_m: float | None
    gsd_y_m: float | None
    center_lonlat: tuple[float, float] | None
    bounds_lonlat: tuple[float, float, float, float] | None
    footprint_lonlat: tuple[tuple[float, float], ...] | None
    acquired: datetime | None
    acquired_source: str | None
    site: str | None
    source: str | None
    credit: str | None
    licence: str | None
    warnings: tuple[str, ...] = field(default=())

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; the keys are documented in README and stable."""
        d = asdict(self)
        d["acquired"] = self.acquired.isoformat() if self.acquired else None
        for key in ("colorinterp", "band_descriptions", "overviews", "block_shape", "transform",
                    "center_lonlat", "bounds_lonlat", "warnings"):
            if d[key] is not None:
                d[key] = list(d[key])
        d["gcps"] = [list(g) for g in self.gcps]
        d["footprint_lonlat"] = [list(p) for p in self.footprint_lonlat] if self.footprint_lonlat else None
        return d


class Tile:
    """An open tile: its dataset, its frozen :class:`TileMetadata` and its :class:`Georef`.

    Use as a context manager, or call :meth:`close`. A tile can also be made
    from an already-open rasterio dataset (``Tile(dataset=ds)``), which it then
    does not close.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, dataset=None, compute_hash: bool = True) -> None:
        self._stack = ExitStack()
        if dataset is None:
            if path is None:
                raise TypeError("Tile needs a path or a dataset")
            dataset = self._stack.enter_context(open_dataset(os.fspath(path)))
        self.dataset = dataset
        self.path = path if isinstance(path, RemotePath) else Path(dataset.name if path is None else path)
        check_declared_size(str(self.path), dataset.width, dataset.height, dataset.count)
        self.georef: Georef | None = None
        self.metadata: TileMetadata = _describe(self, compute_hash)

    def __enter__(self) -> "Tile":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def close(self) -> None:
        self._stack.close()

    @property
    def closed(self) -> bool:
        return self.dataset.closed

    def __repr__(self) -> str:
        m = self.metadata
        return f"<Tile {m.path} {m.width}×{m.height}×{m.band_count} {m.dtype} {m.crs or 'pixel-only'}>"


def open_tile(path: str | os.PathLike, *, compute_hash: bool = True, probe_timeout: float = 30.0) -> Tile:
    """Open a tile safely and describe it.

    The file is first probed in a child process (see :mod:`imagery.probe`), so a
    corrupt file raises an :class:`~imagery.errors.ImageryError` instead of
    hanging or crashing the interpreter.

    Parameters
    ----------
    path
        GeoTIFF/COG, NITF, JPEG2000, PNG/JPEG (with or without a world file), …
    compute_hash
        Compute the SHA-256 now (cached by path, size and mtime). A viewer may
        pass ``False`` and hash later to show the image sooner.
    probe_timeout
        Seconds allowed to decode a sample of the pixels.
    """
    path = os.fspath(path)
    if is_remote(path):  # read in place with range requests (see imagery.remote); GDAL's errors become ours
        import rasterio

        configure_gdal()
        try:
            with rasterio.Env(**OPEN_SETTINGS):
                return Tile(RemotePath(path), compute_hash=compute_hash)
        except RemoteError:
            raise
        except ImageryError:
            if (why := why_unreadable(path)) is not None:  # the server's fault, not the file's: say so
                raise RemoteError(path, why) from None
            raise
    if not os.path.exists(path):
        raise TileNotFoundError(path, "no such file")
    if not os.path.isfile(path):
        raise TileNotFoundError(path, "not a regular file")
    if os.path.getsize(path) == 0:
        raise NotAnImageError(path, "empty file (0 bytes)")
    probe(path, timeout=probe_timeout)
    return Tile(path, compute_hash=compute_hash)


def _crs_string(crs) -> tuple[str | None, int | None]:
    if crs is None:
        return None, None
    epsg = crs.to_epsg()
    return (f"EPSG:{epsg}", epsg) if epsg else (crs.to_wkt(), None)


def _usable_transform(t) -> bool:
    values = tuple(t)[:6]
    return all(math.isfinite(v) for v in values) and abs(t.a * t.e - t.b * t.d) > 1e-300


def _check_on_earth(ring, gsd) -> None:
    """Raise ``ValueError`` for a footprint off the earth (|lat| > 90, non-finite) or a zero/absurd GSD."""
    pts = [v for p in ring for v in p]
    if not all(math.isfinite(v) for v in pts) or any(abs(lat) > 90 for _, lat in ring):
        raise ValueError("the image's corners fall outside the earth (latitude beyond ±90° or not a number)")
    if not (math.isfinite(gsd.x) and math.isfinite(gsd.y) and gsd.x > 0 and gsd.y > 0):
        raise ValueError(f"ground sample distance {gsd.x} × {gsd.y} m is not a positive number")


def _describe(tile: Tile, compute_hash: bool) -> TileMetadata:
    ds = tile.dataset
    path = str(tile.path)
    notes: list[str] = []
    colorinterp = tuple(ci.name for ci in ds.colorinterp)
    has_alpha = "alpha" in colorinterp
    crs_str, epsg = _crs_string(ds.crs)
    gcps, gcp_crs = ds.gcps if ds.gcps else ([], None)
    has_rpcs = bool(ds.rpcs)
    world_file = any(str(f).lower().endswith(_WORLD_FILE_SUFFIXES) and str(f) != ds.name for f in (ds.files or [])[1:])
    has_transform = ds.transform is not None and not ds.transform.is_identity

    georef, kind, transform_source = None, "none", None
    try:
        if has_transform and not _usable_transform(ds.transform):
            raise ValueError(f"degenerate transform {tuple(ds.transform)[:6]}: zero or non-finite pixel size")
        if has_transform:
            transform_source = "world file" if world_file else "header"
            georef = Georef(ds.crs, ds.transform)
            kind = "transform" if ds.crs else "world-file-no-crs" if world_file else "transform-no-crs"
        elif gcps:
            georef = Georef(gcp_crs, None, [(g.row, g.col, g.x, g.y) for g in gcps])
            kind = "gcps" if gcp_crs else "gcps-no-crs"
            crs_str, epsg = _crs_string(gcp_crs)
        elif has_rpcs:
            kind = "rpcs-only"
            notes.append("RPCs present but no DEM is configured; pixel-only until orthorectified")
    except ValueError as exc:  # degenerate or unknown: still an image, shown pixel-only
        georef, kind, transform_source = None, "none", None
        crs_str, epsg = None, None
        has_transform = False
        notes.append(f"georeferencing unusable ({exc}): pixel-only mode (no lon/lat, no metres)")
    georeferenced = georef is not None and georef.has_lonlat
    if georef is not None and not georef.has_lonlat:
        notes.append(f"has a transform ({transform_source or 'GCPs'}) but no CRS; lon/lat unknown (add a .prj or .aux.xml)")
    if not georeferenced and kind == "none" and not notes:
        notes.append("not georeferenced: pixel-only mode (no lon/lat, no metres)")
    gsd = footprint = bounds = center = None
    if georeferenced:
        try:
            g = georef.gsd(ds.height, ds.width)
            gsd = g
            ring = georef.footprint(ds.height, ds.width)
            footprint = tuple(ring)
            lons = [p[0] for p in ring]
            lats = [p[1] for p in ring]
            bounds = (min(lons), min(lats), max(lons), max(lats))
            clon, clat = georef.pixel_to_lonlat(ds.height / 2, ds.width / 2)
            center = (float(clon), float(clat))
            _check_on_earth(ring, g)
        except Exception as exc:  # noqa: BLE001 - PROJ can fail on odd CRSs; a transform may leave the earth
            notes.append(f"georeferencing unusable (cannot convert to lon/lat: {exc}): pixel-only mode "
                         "(no lon/lat, no metres)")
            georef, georeferenced, kind, crs_str, epsg = None, False, "none", None, None
            gsd = footprint = bounds = center = None
            has_transform = False
    tile.georef = georef
    overviews = tuple(ds.overviews(1))
    if not overviews and ds.width * ds.height > 2048 * 2048:
        notes.append("no overviews: display will be slow; run `annotate tiles optimize` to write a COG copy")

    remote = isinstance(tile.path, RemotePath)
    # a remote tile's sidecars are not looked for (GDAL lists no remote folder; see imagery.remote)
    prov = read_provenance(Path("/nonexistent") / tile.path.name if remote else tile.path, ds.tags(),
                           ds.tags(ns="IMAGERY"))
    if prov.acquired is None:
        notes.append("acquisition date unknown")
    nodata = ds.nodata
    return TileMetadata(
        path=path if remote else os.path.abspath(path),
        sha256=(remote_sha256(str(path)) if remote else sha256_file(path)) if compute_hash else None,
        driver=ds.driver,
        width=ds.width,
        height=ds.height,
        band_count=ds.count,
        dtype=ds.dtypes[0],
        nodata=None if nodata is None else float(nodata),
        has_alpha=has_alpha,
        colorinterp=colorinterp,
        band_descriptions=tuple(ds.descriptions),
        overviews=overviews,
        block_shape=tuple(ds.block_shapes[0]),
        georeferenced=georeferenced,
        georef_kind=kind,
        crs=crs_str,
        crs_epsg=epsg,
        transform=tuple(ds.transform)[:6] if has_transform else None,
        transform_source=transform_source,
        gcps=tuple((g.row, g.col, g.x, g.y, g.z or 0.0) for g in gcps),
        gcp_crs=_crs_string(gcp_crs)[0] if gcps else None,
        has_rpcs=has_rpcs,
        gsd_m=gsd.mean if gsd else None,
        gsd_x_m=gsd.x if gsd else None,
        gsd_y_m=gsd.y if gsd else None,
        center_lonlat=center,
        bounds_lonlat=bounds,
        footprint_lonlat=footprint,
        acquired=prov.acquired,
        acquired_source=prov.acquired_source,
        site=prov.site,
        source=prov.source,
        credit=prov.credit,
        licence=prov.licence,
        warnings=tuple(notes),
    )
