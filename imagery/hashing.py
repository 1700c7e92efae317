"""SHA-256 of image files, streamed in 4 MiB chunks, cached by (path, size, mtime).

See :mod:`imagery.filecache` for where the cache lives; a changed size or
modification time always re-hashes.
"""

from __future__ import annotations

import hashlib
import os

from .filecache import FileFactCache

__all__ = ["sha256_file"]

_CHUNK = 4 * 1024 * 1024
_cache = FileFactCache("sha256")


def sha256_file(path: str | os.PathLike, *, use_cache: bool = True) -> str:
    """Hex SHA-256 of a file."""
    key = _cache.key(path)
    if use_cache and (known := _cache.get(key)):
        return known
    digest = hashlib.sha256()
    with open(key[0], "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    value = digest.hexdigest()
    _cache.put(key, value)
    return value
