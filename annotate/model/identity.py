"""Who is working: the analyst's name for the audit log."""

from __future__ import annotations

import getpass
import os

__all__ = ["current_analyst"]


def current_analyst(explicit: str | None = None) -> str:
    """The analyst: given explicitly (settings), else ``$ANNOTATE_ANALYST``, else the OS user."""
    if explicit:
        return explicit
    env = os.environ.get("ANNOTATE_ANALYST")
    if env:
        return env
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"
