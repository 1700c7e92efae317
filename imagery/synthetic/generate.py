"""Write the sample tiles: COG + metadata + ground truth."""

from __future__ import annotations

import json
import os
import tempfile
from pathlib import Path

import numpy as np
import rasterio
import rasterio.shutil
from affine import Affine
from pyproj import Transformer

from .scenes import GSD, SITES, SIZE, SiteDate, render

__all__ = ["generate_all", "write_tile"]

CREDIT = "Synthetic rendering by the imagery-annotate project (not real imagery)"
LICENCE = "CC0-1.0"


def _transform(site: SiteDate) -> Affine:
    to_utm = Transformer.from_crs(4326, site.epsg, always_xy=True)
    x, y = to_utm.transform(site.lon, site.lat)
    half = SIZE * GSD / 2
    x0 = round((x - half) / GSD) * GSD
    y0 = round((y + half) / GSD) * GSD
    return Affine(GSD, 0.0, x0, 0.0, -GSD, y0)


def write_tile(site: SiteDate, out_dir: Path) -> Path:
    """Render ``site`` and write ``<key>.tif`` and ``<key>.truth.json`` into ``out_dir``."""
    image, truths = render(site)
    data = np.moveaxis(np.asarray(image), -1, 0)
    transform = _transform(site)
    stamp = site.date[:19].replace("-", ":").replace("T", " ")
    tags = {
        "TIFFTAG_DATETIME": stamp,
        "TIFFTAG_IMAGEDESCRIPTION": f"{site.site}, {site.place}; synthetic scene for testing",
        "TIFFTAG_COPYRIGHT": CREDIT,
        "ACQUISITION_DATETIME": site.date,
        "SITE_NAME": site.site,
        "SOURCE": "synthetic (imagery.synthetic generator)",
        "CREDIT": CREDIT,
        "LICENSE": LICENCE,
    }
    out_dir.mkdir(parents=True, exist_ok=True)
    dst = out_dir / f"{site.key}.tif"
    with tempfile.TemporaryDirectory() as tmp:
        raw = os.path.join(tmp, "raw.tif")
        profile = dict(driver="GTiff", width=SIZE, height=SIZE, count=3, dtype="uint8", crs=f"EPSG:{site.epsg}",
                       transform=transform, tiled=True, blockxsize=512, blockysize=512, compress="deflate")
        with rasterio.open(raw, "w", **profile) as ds:
            ds.write(data)
            ds.update_tags(**tags)
            ds.colorinterp = [rasterio.enums.ColorInterp.red, rasterio.enums.ColorInterp.green,
                              rasterio.enums.ColorInterp.blue]
        rasterio.shutil.copy(raw, str(dst), driver="COG", COMPRESS="JPEG", QUALITY=82, BLOCKSIZE=512,
                             OVERVIEWS="AUTO", OVERVIEW_RESAMPLING="AVERAGE")
    truth = {
        "tile": dst.name,
        "site": site.site,
        "place": site.place,
        "acquired": site.date,
        "crs": f"EPSG:{site.epsg}",
        "gsd_m": GSD,
        "note": "Pixel coordinates: x = column, y = row, origin at the top-left corner of the image. "
                "corners_xy are clockwise from the bow/nose's port corner. Synthetic scene.",
        "objects": [t.to_dict(GSD) for t in truths],
    }
    (out_dir / f"{site.key}.truth.json").write_text(json.dumps(truth, indent=1) + "\n", encoding="utf-8")
    return dst


def generate_all(out_dir: str | os.PathLike) -> list[Path]:
    """Write every sample tile into ``out_dir``."""
    return [write_tile(site, Path(out_dir)) for site in SITES]

