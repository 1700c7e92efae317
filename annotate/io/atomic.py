"""Write an output file or folder completely or not at all — and never over an input.

* An output is written to a temporary file or folder beside it and renamed into place, so a failure leaves
  nothing half-written.
* No output may be a project file, its ``-wal``/``-shm``/``-journal``, one of the project's images, or a
  folder holding any of these: refused even with ``--force`` (``protect`` names them; any SQLite file that is
  an annotate project is recognised as one without being named).
* A file output onto a folder, or a folder output onto a file, is refused.
* ``--force`` on an existing output folder replaces only what an export wrote there before: each folder
  export leaves a manifest (``.annotate-export.json``) of its files; files it does not list are kept, and a
  file of ours that would overwrite someone else's is refused.
"""

from __future__ import annotations

import json
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterable, Iterator

from annotate.model.errors import ProjectFileError
from annotate.store.open_modes import is_project_file

__all__ = ["atomic_output", "check_output", "write_json_list", "protected_paths", "MANIFEST"]

MANIFEST = ".annotate-export.json"
_SIDE_FILES = ("-wal", "-shm", "-journal")


def protected_paths(project) -> tuple[str, ...]:
    """The project file and its images: what no output may replace."""
    return (str(project.path), *(t.path for t in project.tiles(skip_malformed=True)))


def _real(p: str | os.PathLike) -> str:
    return os.path.realpath(os.fspath(p))


def _guarded(protect: Iterable[str | os.PathLike]) -> set[str]:
    out = set()
    for p in protect:
        real = _real(p)
        out.add(real)
        out.update(real + s for s in _SIDE_FILES)
    return out


def _refuse_inputs(path: Path, protect: set[str]) -> None:
    real = _real(path)
    stem = real
    for s in _SIDE_FILES:
        if real.endswith(s):
            stem = real[: -len(s)]
    if real in protect or (path.is_file() and is_project_file(path)) or (stem != real and is_project_file(Path(stem))):
        raise ProjectFileError(f"{path}: is the project or one of its images; an output never replaces an input "
                               "(choose another name)")
    if path.is_dir():
        inside = [p for p in protect if p.startswith(real.rstrip(os.sep) + os.sep)]
        if not inside:
            inside = [str(p) for p in path.iterdir() if p.is_file() and p.suffix.lower() == ".gpkg"
                      and is_project_file(p)]
        if inside:
            raise ProjectFileError(f"{path}: holds {inside[0]}, an input of this export; choose another folder")


def check_output(path: str | os.PathLike, *, force: bool = False, folder: bool = False,
                 protect: Iterable[str | os.PathLike] = ()) -> None:
    """Raise :class:`ProjectFileError` now if ``path`` could not be written (see :func:`atomic_output`): for
    commands that do long work before writing."""
    path = Path(path)
    _refuse_inputs(path, _guarded(protect))
    if path.exists() or path.is_symlink():
        if folder and not path.is_dir():
            raise ProjectFileError(f"{path}: is a file; this format writes a folder (choose another name)")
        if not folder and path.is_dir():
            raise ProjectFileError(f"{path}: is a folder; give a file name")
        if not force:
            raise ProjectFileError(f"{path}: exists (use --force to replace it)")
    parent = path.parent if str(path.parent) else Path(".")
    if not parent.is_dir():
        raise ProjectFileError(f"{path}: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise ProjectFileError(f"{path}: folder {parent} is not writable")


@contextmanager
def atomic_output(path: str | os.PathLike, *, force: bool = False, folder: bool = False,
                  protect: Iterable[str | os.PathLike] = ()) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; on success it takes ``path``'s place, on failure it vanishes.

    An existing ``path`` is refused unless ``force``; an input (see the module docstring) always is.
    """
    path = Path(path)
    check_output(path, force=force, folder=folder, protect=protect)
    parent = path.parent if str(path.parent) else Path(".")
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
        if folder:
            _write_manifest(tmp)
            if path.is_dir():
                _merge_into(tmp, path)
                shutil.rmtree(tmp)
                return
        os.replace(tmp, path)
    except BaseException as exc:
        shutil.rmtree(tmp, ignore_errors=True) if tmp.is_dir() else tmp.unlink(missing_ok=True)
        if isinstance(exc, OSError) and not isinstance(exc, ProjectFileError):
            raise ProjectFileError(f"{path}: not written: {exc.strerror or exc}") from None
        raise


def _files(root: Path) -> list[str]:
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file() and p.name != MANIFEST)


def _write_manifest(tmp: Path) -> None:
    (tmp / MANIFEST).write_text(json.dumps({"written_by": "annotate export", "files": _files(tmp)}, indent=1),
                                encoding="utf-8")


def _old_manifest(folder: Path) -> set[str]:
    try:
        files = json.loads((folder / MANIFEST).read_text(encoding="utf-8")).get("files", [])
        return {f for f in files if isinstance(f, str) and ".." not in Path(f).parts and not os.path.isabs(f)}
    except (OSError, ValueError, AttributeError):
        return set()


def _merge_into(tmp: Path, folder: Path) -> None:
    """Replace the files a previous export listed with the new ones; leave every other file alone."""
    old = _old_manifest(folder)
    new = _files(tmp)
    clash = [f for f in new if (folder / f).exists() and f not in old]
    if clash:
        raise ProjectFileError(f"{folder / clash[0]}: exists and was not written by an earlier export; "
                               "move it or choose another folder")
    for rel in new:
        (folder / rel).parent.mkdir(parents=True, exist_ok=True)
        os.replace(tmp / rel, folder / rel)
    for rel in sorted(old - set(new)):
        (folder / rel).unlink(missing_ok=True)
    os.replace(tmp / MANIFEST, folder / MANIFEST)


def write_json_list(items: list, path: str | os.PathLike, *, force: bool = False,
                    protect: Iterable[str | os.PathLike] = ()) -> int:
    """Write a JSON array (indented, UTF-8) completely or not at all; returns its length."""
    with atomic_output(path, force=force, protect=protect) as tmp:
        tmp.write_text(json.dumps(items, indent=1, ensure_ascii=False), encoding="utf-8")
    return len(items)
