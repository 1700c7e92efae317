"""Fields of an imported record that other tools write loosely: text that may be a number, null, a list;
a review state recorded elsewhere."""

from __future__ import annotations

from pathlib import Path, PurePosixPath, PureWindowsPath

__all__ = ["text_or_none", "review_note", "image_basename"]


def text_or_none(v) -> str | None:
    """A non-empty string (numbers written as text), else ``None`` (null, lists, objects, booleans)."""
    return str(v) if isinstance(v, (str, int, float)) and not isinstance(v, bool) and str(v).strip() else None


def review_note(state, reviewer, path) -> str:
    """A review recorded in another file comes back as a note, not as a verdict in this project: only a
    reviewer working in the project can give one.

    >>> review_note("accepted", "bob", "/x/a.json")
    'review in a.json: accepted by bob'
    """
    state = text_or_none(state)
    if not state or state == "unreviewed":
        return ""
    by = f" by {text_or_none(reviewer)}" if text_or_none(reviewer) else ""
    return f"review in {Path(path).name}: {state}{by}"


def image_basename(name) -> str:
    """The file name of an image as another tool recorded it (a POSIX or Windows path, or a bare name)."""
    text = str(name).strip()
    return PureWindowsPath(text).name if "\\" in text else PurePosixPath(text).name
