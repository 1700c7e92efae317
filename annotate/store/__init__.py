"""Projects: create and open one, in a GeoPackage file or (a ``postgresql://`` URL) a PostGIS database."""

from __future__ import annotations

import os
import warnings

from annotate.model.errors import ProjectWarning
from annotate.model.project import Project

from .gpkg import GeoPackageStore
from .pg_connection import is_postgres_url

__all__ = ["create_project", "open_project", "open_project_or_read_only", "GeoPackageStore"]


def create_project(path: str | os.PathLike, *, analyst: str | None = None) -> Project:
    """Create a new, empty project (refuses to overwrite): a file, or a schema in a PostGIS database."""
    if is_postgres_url(path):
        from .postgis import PostgisStore

        return Project(PostgisStore.create(path), analyst=analyst)
    return Project(GeoPackageStore.create(path), analyst=analyst)


def open_project(path: str | os.PathLike, *, read_only: bool = False, analyst: str | None = None) -> Project:
    """Open an existing project file. What the analyst should know about it (foreign SQL in a project
    opened read-only, …) is issued as a :class:`ProjectWarning`."""
    if is_postgres_url(path):
        from .postgis import PostgisStore

        store = PostgisStore.open(path, read_only=read_only)
    else:
        store = GeoPackageStore.open(path, read_only=read_only)
    for message in store.warnings:
        warnings.warn(ProjectWarning(f"{_shown(path)}: {message}"), stacklevel=2)
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
        why = "your database role may not edit it" if is_postgres_url(path) else "the file or its folder is read-only"
        warnings.warn(ProjectWarning(f"{_shown(path)}: {why}; opened read-only"), stacklevel=2)
        return open_project(path, read_only=True, analyst=analyst)


def _shown(path) -> str:
    """A project's name as printed: a database URL without its password."""
    if is_postgres_url(path):
        from .pg_connection import parse_url

        try:
            return parse_url(path).shown
        except ValueError:
            return "a PostgreSQL project"
    return str(path)
