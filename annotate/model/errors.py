"""One root for the annotation domain's errors; each also inherits the matching builtin."""

from __future__ import annotations

__all__ = ["ProjectError", "NotFoundError", "InvariantError", "ProjectFileError", "NotAProjectError",
           "SchemaTooNewError", "ReadOnlyProjectError", "ForeignSchemaError", "MalformedRowError",
           "ConflictError", "ProjectWarning"]


class ProjectError(Exception):
    """Root of project errors. The message names the file or object and the problem, in one line."""


class NotFoundError(ProjectError, KeyError):
    """No annotation, claim, source, link or tile with that id."""

    def __str__(self) -> str:  # KeyError would quote the message
        return str(self.args[0]) if self.args else ""


class InvariantError(ProjectError, ValueError):
    """The change would break a rule of the project (a dangling link, an unknown class, …)."""


class ProjectFileError(ProjectError, OSError):
    """The project file cannot be read or written (missing, permission denied, disk full, corrupt)."""


class NotAProjectError(ProjectError, ValueError):
    """The file is not an annotate project (another SQLite file, a plain GeoPackage, or not SQLite at all)."""


class SchemaTooNewError(ProjectError, ValueError):
    """The project was written by a newer version of annotate."""


class ReadOnlyProjectError(ProjectError, PermissionError):
    """A change was attempted on a project opened read-only."""


class ForeignSchemaError(ProjectFileError):
    """The project holds SQL (triggers, views, tables) that annotate did not create: refused for writing."""


class MalformedRowError(ProjectFileError):
    """A row of the project cannot be read (bad JSON, time, number or geometry): the message names it."""


class ConflictError(ProjectError):
    """Someone else changed the object after this editor loaded it: the edit is refused, nothing is written."""

    @classmethod
    def on_annotation(cls, annotation_id: str, who: str, when: str) -> "ConflictError":
        return cls(f"annotation {annotation_id[:8]} was changed by {who} at {when} after you loaded it; your "
                   "edit was not saved. Its current state is shown now: edit again if still needed")


class ProjectWarning(UserWarning):
    """Something the analyst should know about an opened project (foreign SQL, a skipped row); issued with
    :func:`warnings.warn`, printed by the CLI as one line and shown by napari as a notification."""
