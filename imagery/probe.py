"""Check that GDAL can open a file and decode its pixels, without risking this process.

Fuzzed and truncated files can make GDAL or libtiff hang, abort or segfault.
:func:`probe` therefore opens the file and decodes a small sample of its
pixels in a *forked child process* with a time limit: a crash or hang in the
child becomes a :class:`~imagery.errors.CorruptTileError` in the parent, and
the interpreter survives. The declared size is checked against sane limits
before any pixel is read (a header may declare 65,535 bands of 65,535 × 900).

A file that passed is remembered per (path, size, mtime) on disk (see
:mod:`imagery.filecache`), so an unchanged tile is probed once, not at every
open; a modified file is probed again. Set ``IMAGERY_PROBE=inline`` to probe in-process (no fork; e.g. on
platforms without ``fork``).
"""

from __future__ import annotations

import json
import logging
import os
import select
import signal
import time
import warnings
from pathlib import Path

from .filecache import FileFactCache
from .errors import CorruptTileError, ImageryError, NotAnImageError, UnsupportedTileError

__all__ = ["probe", "open_dataset", "check_declared_size", "MAX_SIDE", "MAX_BANDS", "MAX_PIXELS"]

MAX_SIDE = 1_000_000
MAX_BANDS = 256
MAX_PIXELS = 50_000_000_000  # 50 gigapixels per band
_SAMPLE_SIDE = 256
_PROBE_VERSION = "v1"  # bump when the checks get stricter, so files are probed again
_DECODE_ALL_BELOW = 20_000_000  # pixels; smaller images are decoded whole at full resolution

_passed = FileFactCache("probe-passed")


def check_declared_size(path: str, width: int, height: int, count: int) -> None:
    """Raise :class:`UnsupportedTileError` for zero-size or absurd declared dimensions."""
    if width <= 0 or height <= 0 or count <= 0:
        raise UnsupportedTileError(path, f"zero-size raster ({width} × {height} px, {count} bands)")
    if width > MAX_SIDE or height > MAX_SIDE or width * height > MAX_PIXELS:
        raise UnsupportedTileError(
            path, f"absurd dimensions in header: {width} × {height} px (limit {MAX_SIDE} px a side)"
        )
    if count > MAX_BANDS:
        raise UnsupportedTileError(
            path, f"absurd band count in header: {count} bands of {width} × {height} px (limit {MAX_BANDS})"
        )


def open_dataset(path: str):
    """``rasterio.open`` with its errors as ours: not an image, or a header GDAL cannot read."""
    import rasterio
    from rasterio.errors import RasterioIOError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return rasterio.open(path)
    except RasterioIOError as exc:
        if "not recognized" in str(exc):
            raise NotAnImageError(path, "not an image GDAL can read") from None
        raise CorruptTileError(path, f"cannot open: {_cause(exc, path)}") from None


def _check(path: str) -> None:
    """Open and decode a sample; raise an ImageryError on failure. Runs in the child."""
    from rasterio.errors import RasterioIOError
    from rasterio.windows import Window

    with open_dataset(path) as ds:
        check_declared_size(path, ds.width, ds.height, ds.count)
        gdal_errors = _GdalErrorLog()
        try:
            # the overview a viewer shows first (the decimated path is also the one on
            # which GDAL's PNG driver reports truncation instead of zero-filling)
            scale = max(ds.width, ds.height) / _SAMPLE_SIDE
            ds.read(out_shape=(ds.count, max(1, int(ds.height / scale)), max(1, int(ds.width / scale))))
            if ds.width * ds.height <= _DECODE_ALL_BELOW:
                ds.read()
            else:  # full-resolution blocks at the start, middle and end of the file
                bh, bw = ds.block_shapes[0]
                bh, bw = min(bh, 1024), min(bw, 1024)
                for r, c in ((0, 0), (ds.height // 2, ds.width // 2), (ds.height - 1, ds.width - 1)):
                    r0, c0 = (r // bh) * bh, (c // bw) * bw
                    ds.read(window=Window(c0, r0, min(bw, ds.width - c0), min(bh, ds.height - r0)))
        except RasterioIOError as exc:
            raise CorruptTileError(path, f"pixel data cannot be decoded (truncated or corrupt): {_cause(exc, path)}") from None
        finally:
            gdal_errors.close()
        if gdal_errors.messages:
            # some drivers (PNG) zero-fill what they cannot decode and only log an error
            raise CorruptTileError(
                path, f"pixel data cannot be decoded (truncated or corrupt): {_short(gdal_errors.messages[-1], path)}"
            )


class _GdalErrorLog(logging.Handler):
    """Collects errors GDAL signals while reading, which rasterio only logs."""

    def __init__(self) -> None:
        super().__init__(logging.INFO)
        self.messages: list[str] = []
        self._logger = logging.getLogger("rasterio._err")
        self._old_level = self._logger.level
        self._logger.setLevel(logging.INFO)
        self._logger.addHandler(self)

    def emit(self, record: logging.LogRecord) -> None:
        text = record.getMessage()
        if "signalled an error" in text:
            self.messages.append(text.split("msg=", 1)[-1].strip("'\""))

    def close(self) -> None:
        self._logger.removeHandler(self)
        self._logger.setLevel(self._old_level)
        super().close()


def _cause(exc: BaseException, path: str) -> str:
    """The most specific GDAL message in an exception chain."""
    messages = []
    while exc is not None:
        messages.append(str(exc))
        exc = exc.__cause__ or exc.__context__
    useful = [m for m in messages if m and "See previous exception" not in m]
    return _short(useful[0] if useful else messages[0], path)


def _short(msg: str, path: str) -> str:
    msg = msg.replace(path, "").replace(Path(path).name, "").strip(" :,")
    return msg.splitlines()[0][:200] if msg else "unknown GDAL error"


def probe(path: str | os.PathLike, timeout: float = 30.0) -> None:
    """Raise an :class:`~imagery.errors.ImageryError` unless ``path`` opens and decodes safely.

    Parameters
    ----------
    path
        An existing file.
    timeout
        Seconds the decoder may take on the sample before the file is declared
        to hang it.
    """
    path = os.fspath(path)
    key = _passed.key(path)
    if _passed.get(key) == _PROBE_VERSION:
        return
    if os.environ.get("IMAGERY_PROBE") == "inline" or not hasattr(os, "fork"):
        _check(path)
    else:
        _probe_forked(path, timeout)
    _passed.put(key, _PROBE_VERSION)


_ERRORS = {cls.__name__: cls for cls in (CorruptTileError, NotAnImageError, UnsupportedTileError, ImageryError)}


def _probe_forked(path: str, timeout: float) -> None:
    read_fd, write_fd = os.pipe()
    pid = os.fork()
    if pid == 0:  # child: never returns
        os.close(read_fd)
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 2)  # GDAL prints decoder errors on stderr; the parent reports them
        code = 0
        try:
            _check(path)
            payload = {"ok": True}
        except ImageryError as exc:
            payload = {"ok": False, "error": type(exc).__name__, "problem": exc.problem}
        except BaseException as exc:  # noqa: BLE001 - report anything to the parent
            payload = {"ok": False, "error": "CorruptTileError", "problem": f"{type(exc).__name__}: {exc}"}
        try:
            os.write(write_fd, json.dumps(payload).encode())
        except BaseException:  # noqa: BLE001
            code = 1
        os._exit(code)
    os.close(write_fd)
    chunks = []
    deadline = time.monotonic() + timeout
    try:
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
                raise CorruptTileError(path, f"decoding hung for more than {timeout:.0f} s; the file is corrupt or hostile")
            ready, _, _ = select.select([read_fd], [], [], left)
            if not ready:
                continue
            data = os.read(read_fd, 65536)
            if not data:
                break
            chunks.append(data)
    finally:
        os.close(read_fd)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        sig = signal.Signals(os.WTERMSIG(status)).name
        raise CorruptTileError(path, f"the image decoder crashed ({sig}); the file is corrupt")
    try:
        payload = json.loads(b"".join(chunks) or b"{}")
    except ValueError:
        payload = {}
    if payload.get("ok"):
        return
    cls = _ERRORS.get(payload.get("error"), CorruptTileError)
    raise cls(path, payload.get("problem") or "the image decoder failed")
