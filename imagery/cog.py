"""Write a Cloud-Optimized GeoTIFF copy of a tile, with overviews. The original is never touched."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path

import rasterio
import rasterio.shutil
from rasterio._err import CPLE_BaseError
from rasterio.errors import RasterioError

from .errors import ImageryError
from .tile import open_tile

__all__ = ["write_cog"]


@contextmanager
def _quiet_stderr():
    """libtiff prints each failed write (a full disk: dozens of lines) straight to file descriptor 2; the
    failure itself comes back as an exception and is reported once."""
    try:
        saved = os.dup(2)
    except OSError:
        yield
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    try:
        os.dup2(devnull, 2)
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(devnull)


def write_cog(src: str | os.PathLike, dst: str | os.PathLike, *, overwrite: bool = False) -> Path:
    """Copy ``src`` to a tiled COG at ``dst`` with internal overviews.

    8-bit RGB is JPEG-compressed (quality 90, YCbCr), everything else
    DEFLATE-compressed, losslessly. The copy is written to a temporary file
    beside ``dst`` and renamed into place, so a failure leaves nothing behind.

    Raises
    ------
    ImageryError
        If ``dst`` is the source itself, exists (without ``overwrite``), or cannot be written.
    """
    src, dst = Path(src), Path(dst)
    with open_tile(src, compute_hash=False) as tile:
        meta = tile.metadata
    if dst.is_dir():
        raise ImageryError(dst, "is a folder; give the output file's name")
    if dst.exists():
        if os.path.samefile(src, dst):
            raise ImageryError(dst, "refusing to overwrite the original image; choose another output path")
        if not overwrite:
            raise ImageryError(dst, "output exists (use --force to replace it)")
        with open(dst, "rb") as fh:
            if fh.read(16) == b"SQLite format 3\x00":
                raise ImageryError(dst, "is a database (a project?), not an image; an output never replaces it")
    if not dst.parent.is_dir():
        raise ImageryError(dst, f"output folder {dst.parent} does not exist")
    options = {"BLOCKSIZE": 512, "OVERVIEWS": "AUTO", "OVERVIEW_RESAMPLING": "AVERAGE", "BIGTIFF": "IF_SAFER"}
    if meta.dtype == "uint8" and meta.band_count == 3:
        options.update(COMPRESS="JPEG", QUALITY=90)
    else:
        options.update(COMPRESS="DEFLATE", PREDICTOR=2 if meta.dtype.startswith(("uint", "int")) else 3)
    tmp = None
    try:
        fd, tmp = tempfile.mkstemp(suffix=".tif", dir=dst.parent)
        os.close(fd)
        with rasterio.open(src) as ds, _quiet_stderr():
            rasterio.shutil.copy(ds, tmp, driver="COG", **options)
        os.replace(tmp, dst)
    except (RasterioError, CPLE_BaseError, OSError) as exc:  # a full disk reaches us as a GDAL error
        problem = (str(exc) or type(exc).__name__).splitlines()[0]
        try:
            if shutil.disk_usage(dst.parent).free < 1 << 20:
                problem = "no space left on the device"
        except OSError:
            pass
        raise ImageryError(dst, f"cannot write COG: {problem}") from None
    finally:
        if tmp and os.path.exists(tmp):
            os.unlink(tmp)
    return dst
