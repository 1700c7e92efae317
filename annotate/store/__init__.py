"""Project files: create and open projects backed by a GeoPackage."""

from __future__ import annotations

import os
import warnings

from annotate.model.errors import ProjectWarning
from annotate.model.project import Project

from .gpkg import GeoPackageStore

__all__ = ["create_project", "open_project", "open_project_or_read_only", "GeoPackageStore"]


def create_project(path: str | os.PathLike, *, analyst: str | None = None) -> Project:
    """Create a new, empty project file (refuses to overwrite)."""
    return Project(GeoPackageStore.create(path), analyst=analyst)


def open_project(path: str | os.PathLike, *, read_only: bool = False, analyst: str | None = None) -> Project:
    """Open an existing project file. What the analyst should know about it (foreign SQL in a project
    opened read-only, …) is issued as a :class:`ProjectWarning`."""
    store = GeoPackageStore.open(path, read_only=read_only)
    for message in store.warnings:
        warnings.warn(ProjectWarning(f"{path}: {message}"), stacklevel=2)
    return Project(store, analyst=analyst)


def open_project_or_read_only(path: str | os.PathLike, *, analyst: str | None = None) -> Project:
    """Open for editing when allowed, else read-only (a read-only file, folder or medium, or foreign SQL in the
    project): what a viewer does, saying "read-only" (``project.read_only``) instead of refusing to show it."""
    from annotate.model.errors import ForeignSchemaError, ReadOnlyProjectError

    try:
        return open_project(path, analyst=analyst)
    except ForeignSchemaError:  # the read-only open says why, once
        return open_project(path, read_only=True, analyst=analyst)
    except ReadOnlyProjectError:
        warnings.warn(ProjectWarning(f"{path}: the file or its folder is read-only; opened read-only"), stacklevel=2)
        return open_project(path, read_only=True, analyst=analyst)
