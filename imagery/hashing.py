"""SHA-256 of image files, streamed, and cached by (path, size, mtime).

The cache lives in memory and, so that a large tile is hashed once and not at
every start, in ``$XDG_CACHE_HOME/imagery/sha256.tsv`` (an append-only file;
the last line for a key wins). Set ``IMAGERY_HASH_CACHE=off`` to disable the
file. A changed size or modification time always re-hashes.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

__all__ = ["sha256_file", "hash_cache_path"]

_CHUNK = 4 * 1024 * 1024
_memory: dict[tuple[str, int, int], str] = {}
_loaded_from: Path | None = None


def hash_cache_path() -> Path | None:
    """The on-disk cache file, or ``None`` when disabled."""
    if os.environ.get("IMAGERY_HASH_CACHE", "").lower() == "off":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "imagery" / "sha256.tsv"


def _load(cache: Path) -> None:
    global _loaded_from
    if _loaded_from == cache:
        return
    _loaded_from = cache
    try:
        lines = cache.read_text(encoding="utf-8").splitlines()
    except OSError:
        return
    for line in lines:
        parts = line.split("\t")
        if len(parts) == 4 and len(parts[3]) == 64:
            try:
                _memory[(parts[0], int(parts[1]), int(parts[2]))] = parts[3]
            except ValueError:
                continue


def sha256_file(path: str | os.PathLike) -> str:
    """Hex SHA-256 of a file, read in 4 MiB chunks; cached by path, size and mtime."""
    real = os.path.realpath(path)
    st = os.stat(real)
    key = (real, st.st_size, st.st_mtime_ns)
    cache = hash_cache_path()
    if cache is not None:
        _load(cache)
    if key in _memory:
        return _memory[key]
    digest = hashlib.sha256()
    with open(real, "rb") as fh:
        while chunk := fh.read(_CHUNK):
            digest.update(chunk)
    value = digest.hexdigest()
    _memory[key] = value
    if cache is not None and "\t" not in real and "\n" not in real:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            with open(cache, "a", encoding="utf-8") as fh:
                fh.write(f"{real}\t{st.st_size}\t{st.st_mtime_ns}\t{value}\n")
        except OSError:
            pass  # a read-only home must not stop anyone from opening a tile
    return value
