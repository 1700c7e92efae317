"""Write an output file or folder completely or not at all."""

from __future__ import annotations

import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from annotate.model.errors import ProjectFileError

__all__ = ["atomic_output", "write_json_list"]


@contextmanager
def atomic_output(path: str | os.PathLike, *, force: bool = False, folder: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it replaces ``path``, on failure it vanishes.

    An existing ``path`` is refused unless ``force``; an unwritable folder is one clear error.
    """
    path = Path(path)
    if path.exists() and not force:
        raise ProjectFileError(f"{path}: exists (use --force to replace it)")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ProjectFileError(f"{path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ProjectFileError(f"{path}: folder {parent} is not writable")
    try:
        tmp = Path(tempfile.mkdtemp(prefix=f".{path.name}.", dir=parent)) if folder else \
            Path(tempfile.mkstemp(prefix=f".{path.name}.", dir=parent)[1])
    except OSError as exc:
        raise ProjectFileError(f"{path}: cannot write: {exc.strerror}") from None
    umask = os.umask(0)
    os.umask(umask)
    try:
        os.chmod(tmp, (0o777 if folder else 0o666) & ~umask)  # mkstemp/mkdtemp make private files
        yield tmp
        if path.exists() and force:
            shutil.rmtree(path) if path.is_dir() else path.unlink()
        os.replace(tmp, path)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True) if tmp.is_dir() else tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, ProjectFileError):
            raise ProjectFileError(f"{path}: not written: {exc.strerror or exc}") from None
        raise


def write_json_list(items: list, path: str | os.PathLike, *, force: bool = False) -> int:
    """Write a JSON array (indented, UTF-8) completely or not at all; returns its length."""
    import json

    with atomic_output(path, force=force) as tmp:
        tmp.write_text(json.dumps(items, indent=1, ensure_ascii=False), encoding="utf-8")
    return len(items)
