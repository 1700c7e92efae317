"""A small persistent cache of facts about files, keyed by (real path, size, mtime, head-and-tail digest).

Used for SHA-256 digests and for "this file passed the safety probe". Each
cache is an append-only TSV in ``$XDG_CACHE_HOME/imagery/`` (the last line for
a key wins) mirrored in memory. A changed size or modification time is a new
key, and so is changed content at either end of the file (the SHA-256 of its
first and last 64 KiB): a file rewritten with the same size and modification
time — a truncated copy padded back, a restored timestamp — is examined again. ``IMAGERY_CACHE=off`` keeps the
cache in memory only.
"""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

__all__ = ["FileFactCache", "cache_dir"]

Key = tuple[str, int, int, str]

_EDGE = 65536


def cache_dir() -> Path | None:
    """Folder of the on-disk caches, or ``None`` when disabled."""
    if os.environ.get("IMAGERY_CACHE", "").lower() == "off":
        return None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "imagery"


class FileFactCache:
    """One fact (a short string without tabs or newlines) per file version."""

    def __init__(self, name: str) -> None:
        self.name = name
        self._memory: dict[Key, str] = {}
        self._loaded_from: Path | None = None

    @staticmethod
    def key(path: str | os.PathLike) -> Key:
        real = os.path.realpath(path)
        st = os.stat(real)
        digest = hashlib.sha256()
        with open(real, "rb") as fh:
            digest.update(fh.read(_EDGE))
            if st.st_size > _EDGE:
                fh.seek(max(_EDGE, st.st_size - _EDGE))
                digest.update(fh.read(_EDGE))
        return real, st.st_size, st.st_mtime_ns, digest.hexdigest()[:32]

    def _file(self) -> Path | None:
        folder = cache_dir()
        return None if folder is None else folder / f"{self.name}.tsv"

    def _load(self, file: Path) -> None:
        if self._loaded_from == file:
            return
        self._loaded_from = file
        try:
            lines = file.read_text(encoding="utf-8").splitlines()
        except (OSError, UnicodeDecodeError):
            return
        for line in lines:
            parts = line.split("\t")
            if len(parts) == 5:  # lines of the older 4-field form lack the content digest: ignored
                try:
                    self._memory[(parts[0], int(parts[1]), int(parts[2]), parts[3])] = parts[4]
                except ValueError:
                    continue

    def get(self, key: Key) -> str | None:
        file = self._file()
        if file is not None:
            self._load(file)
        return self._memory.get(key)

    def put(self, key: Key, value: str) -> None:
        self._memory[key] = value
        file = self._file()
        if file is None or any(c in key[0] for c in "\t\n") or any(c in value for c in "\t\n"):
            return
        try:
            file.parent.mkdir(parents=True, exist_ok=True)
            with open(file, "a", encoding="utf-8") as fh:
                fh.write(f"{key[0]}\t{key[1]}\t{key[2]}\t{key[3]}\t{value}\n")
        except OSError:
            pass  # a read-only home must not stop anyone from opening a tile
