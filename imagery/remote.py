"""Tiles on servers: ``http(s)://`` and ``s3://`` images read in place with range requests.

GDAL reads a remote COG through ``/vsicurl/`` (``/vsis3/`` for S3, with the usual ``AWS_*`` settings):
the header first, then only the blocks a view needs. :func:`configure_gdal` sets what makes that lean and
safe on a closed network — no directory listing on open (``GDAL_DISABLE_READDIR_ON_OPEN``), merged
consecutive ranges, a block cache, timeouts — without overriding anything the user set.

A remote file's identity is what its server says of it (:class:`RemoteIdentity`: URL, size, ETag,
Last-Modified), plus its SHA-256 once the whole file has been streamed through :func:`stream_sha256`
(in the background for a viewer; a command that records the tile waits for it).
"""

from __future__ import annotations

import hashlib
import os
import threading
import urllib.error
import urllib.request
from dataclasses import asdict, dataclass
from typing import Callable
from urllib.parse import unquote, urlsplit

from .errors import ImageryError
from .filecache import FileFactCache

__all__ = ["is_remote", "RemotePath", "RemoteIdentity", "configure_gdal", "remote_identity", "stream_sha256",
           "remote_sha256", "BackgroundHash", "RemoteError", "why_unreadable"]

_SCHEMES = ("http://", "https://", "s3://")

# network settings only (they touch /vsicurl/ alone, so they are set for the process); the no-listing
# setting is given only around a remote open (OPEN_SETTINGS): set for the process, it would hide a local
# image's world file
OPEN_SETTINGS = {"GDAL_DISABLE_READDIR_ON_OPEN": "EMPTY_DIR"}  # never list the "folder" of a URL
_GDAL_DEFAULTS = {
    # only image files are fetched: no probing for .ovr/.aux.xml/.msk sidecars over the network
    "CPL_VSIL_CURL_ALLOWED_EXTENSIONS": ".tif,.tiff,.TIF,.TIFF,.jp2,.J2K,.j2k,.ntf,.NTF,.nitf,.png,.jpg,.jpeg,.vrt,.img",
    "GDAL_HTTP_MERGE_CONSECUTIVE_RANGES": "YES",
    "GDAL_HTTP_TIMEOUT": "30",
    "GDAL_HTTP_CONNECTTIMEOUT": "10",
    "GDAL_HTTP_MAX_RETRY": "2",
    "GDAL_HTTP_RETRY_DELAY": "0.5",
    "VSI_CACHE": "TRUE",
    "VSI_CACHE_SIZE": str(64 * 1024 * 1024),
    "CPL_VSIL_CURL_CHUNK_SIZE": str(64 * 1024),
}


class RemoteError(ImageryError):
    """The server could not be reached or refused the file; the message names the URL and the reason."""


def is_remote(path) -> bool:
    return isinstance(path, str) and path.startswith(_SCHEMES)


class RemotePath(str):
    """A URL that answers what code asks of a tile's path (``name``, ``suffix``, ``os.fspath``)."""

    @property
    def name(self) -> str:
        return unquote(urlsplit(self).path.rsplit("/", 1)[-1]) or urlsplit(self).netloc

    @property
    def suffix(self) -> str:
        name = self.name
        return name[name.rfind("."):] if "." in name else ""

    @property
    def stem(self) -> str:
        return self.name[: len(self.name) - len(self.suffix)] if self.suffix else self.name

    def __fspath__(self) -> str:
        return str(self)


def configure_gdal() -> None:
    """Set GDAL's network options for remote tiles (once; the user's own settings win)."""
    for key, value in _GDAL_DEFAULTS.items():
        os.environ.setdefault(key, value)


@dataclass(frozen=True)
class RemoteIdentity:
    url: str
    size: int | None
    etag: str | None
    last_modified: str | None
    sha256: str | None = None

    def to_dict(self) -> dict:
        return asdict(self)

    def differs_from(self, recorded: "RemoteIdentity") -> str | None:
        """Why this is not the file that was recorded (``None`` if nothing says so)."""
        if recorded.size is not None and self.size is not None and recorded.size != self.size:
            return f"size {self.size} bytes, recorded {recorded.size}"
        if recorded.etag and self.etag and recorded.etag != self.etag:
            return f"ETag {self.etag}, recorded {recorded.etag}"
        if recorded.last_modified and self.last_modified and recorded.last_modified != self.last_modified:
            return f"Last-Modified {self.last_modified}, recorded {recorded.last_modified}"
        return None


def _http_url(url: str) -> str:
    if url.startswith("s3://"):
        raise RemoteError(url, "an s3:// file is asked through boto3, not over plain HTTP")
    return url


def remote_identity(url: str, timeout: float = 15) -> RemoteIdentity:
    """What the server says of ``url`` (a HEAD request); :class:`RemoteError` if it is missing or unreachable."""
    if url.startswith("s3://"):
        from .s3 import s3_identity

        return s3_identity(url, timeout)
    request = urllib.request.Request(_http_url(url), method="HEAD")
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked
            size = resp.headers.get("Content-Length")
            return RemoteIdentity(url, int(size) if size and size.isdigit() else None, resp.headers.get("ETag"),
                                  resp.headers.get("Last-Modified"))
    except urllib.error.HTTPError as exc:
        raise RemoteError(url, f"the server answers {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise RemoteError(url, f"cannot reach the server ({getattr(exc, 'reason', exc)})") from None


def why_unreadable(url: str) -> str | None:
    """After GDAL failed to read ``url``: the server's part in it, if any (it stalls, refuses or is down) —
    asked with one small range request bounded by ``GDAL_HTTP_TIMEOUT``; ``None`` when the server answers."""
    if url.startswith("s3://"):
        try:
            remote_identity(url)
        except RemoteError as exc:
            return exc.problem
        return None
    if not url.startswith(("http://", "https://")):
        return None
    timeout = float(os.environ.get("GDAL_HTTP_TIMEOUT") or _GDAL_DEFAULTS["GDAL_HTTP_TIMEOUT"])
    request = urllib.request.Request(url, headers={"Range": "bytes=0-1023"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as resp:  # noqa: S310 - http(s) only, checked
            resp.read(1024)
    except urllib.error.HTTPError as exc:
        return f"the server answers {exc.code} {exc.reason}"
    except TimeoutError:
        return f"the server stopped answering (no data within {timeout:g} s, GDAL_HTTP_TIMEOUT)"
    except (urllib.error.URLError, OSError) as exc:
        reason = getattr(exc, "reason", exc)
        if isinstance(reason, TimeoutError) or "timed out" in str(reason):
            return f"the server stopped answering (no data within {timeout:g} s, GDAL_HTTP_TIMEOUT)"
        return f"cannot reach the server ({reason})"
    return None


def stream_sha256(url: str, progress: Callable[[int, int | None], None] | None = None,
                  timeout: float = 30, chunk: int = 1 << 20, cancelled: threading.Event | None = None) -> str:
    """The SHA-256 of the whole remote file, streamed (never held in memory); ``timeout`` bounds each wait for
    the server, so a server that stalls mid-file is an error, not a hang."""
    if url.startswith("s3://"):
        from .s3 import s3_sha256

        return s3_sha256(url, progress, timeout, chunk, cancelled)
    hashed = StreamedHash(url, progress, cancelled)
    try:
        with urllib.request.urlopen(_http_url(url), timeout=timeout) as resp:  # noqa: S310
            total = resp.headers.get("Content-Length")
            hashed.total = int(total) if total and total.isdigit() else None
            while block := resp.read(chunk):
                hashed.update(block)
    except urllib.error.HTTPError as exc:
        raise RemoteError(url, f"the server answers {exc.code} {exc.reason}") from None
    except (urllib.error.URLError, OSError) as exc:
        raise RemoteError(url, f"reading stopped after {hashed.done} bytes ({getattr(exc, 'reason', exc)})") from None
    return hashed.hexdigest()


class StreamedHash:
    """The SHA-256 of a remote file fed block by block as it arrives (from HTTP or S3): counts the bytes,
    reports ``progress(done, total)``, and stops with :class:`RemoteError` once ``cancelled`` is set."""

    def __init__(self, url: str, progress: Callable[[int, int | None], None] | None = None,
                 cancelled: threading.Event | None = None) -> None:
        self.url, self.progress, self.cancelled = url, progress, cancelled
        self.total: int | None = None
        self.done = 0
        self._digest = hashlib.sha256()

    def update(self, block: bytes) -> None:
        if self.cancelled is not None and self.cancelled.is_set():
            raise RemoteError(self.url, f"hashing cancelled after {self.done} bytes")
        self._digest.update(block)
        self.done += len(block)
        if self.progress:
            self.progress(self.done, self.total)

    def hexdigest(self) -> str:
        return self._digest.hexdigest()


_known_sha256 = FileFactCache("remote-sha256")


def _cache_key(identity: RemoteIdentity):
    """A file version as its server names it; ``None`` when the server gives no ETag nor Last-Modified (then
    nothing says a later file is the same one, and it is streamed again)."""
    if not (identity.etag or identity.last_modified) or identity.size is None:
        return None
    version = hashlib.sha256(f"{identity.etag}|{identity.last_modified}".encode()).hexdigest()[:32]
    return identity.url, identity.size, 0, version


def remote_sha256(url: str, identity: RemoteIdentity | None = None,
                  progress: Callable[[int, int | None], None] | None = None, timeout: float = 30,
                  cancelled: threading.Event | None = None) -> str:
    """The SHA-256 of a remote file: remembered for the same URL, size, ETag and Last-Modified (the cache beside
    the local files' one), else streamed once with :func:`stream_sha256`."""
    identity = identity or remote_identity(url, timeout=timeout)
    key = _cache_key(identity)
    if key is not None and (known := _known_sha256.get(key)):
        return known
    value = stream_sha256(url, progress, timeout=timeout, cancelled=cancelled)
    after = remote_identity(url, timeout=timeout)
    if (why := after.differs_from(identity)) is not None:
        raise RemoteError(url, f"the file changed on the server while it was being hashed ({why})")
    if key is not None:
        _known_sha256.put(key, value)
    return value


class BackgroundHash:
    """A remote file's identity and SHA-256 worked out on a thread of its own, so a viewer shows the image at
    once and records the tile when its hash is known.

    Poll it: ``done`` (finished either way), ``fraction`` (``None`` while the size is unknown), ``sha256`` and
    ``identity`` when it succeeded, ``error`` (a :class:`RemoteError`) when it did not. ``cancel()`` stops the
    stream at its next block.
    """

    def __init__(self, url: str, timeout: float = 30) -> None:
        self.url = url
        self.identity: RemoteIdentity | None = None
        self.sha256: str | None = None
        self.error: RemoteError | None = None
        self.bytes_read = 0
        self.total: int | None = None
        self._cancelled = threading.Event()
        self._done = threading.Event()
        self._thread = threading.Thread(target=self._run, args=(timeout,), name=f"sha256 {url}", daemon=True)
        self._thread.start()

    def _progress(self, done: int, total: int | None) -> None:
        self.bytes_read, self.total = done, total

    def _run(self, timeout: float) -> None:
        try:
            identity = remote_identity(self.url, timeout=timeout)
            self.total = identity.size
            sha = remote_sha256(self.url, identity, self._progress, timeout=timeout, cancelled=self._cancelled)
            self.identity, self.sha256 = identity, sha
        except RemoteError as exc:
            self.error = exc
        finally:
            self._done.set()

    @property
    def done(self) -> bool:
        return self._done.is_set()

    @property
    def fraction(self) -> float | None:
        return self.bytes_read / self.total if self.total else None

    def wait(self, timeout: float | None = None) -> bool:
        return self._done.wait(timeout)

    def cancel(self) -> None:
        self._cancelled.set()
