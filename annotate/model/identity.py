"""Who is working: the analyst's name for the audit log."""

from __future__ import annotations

import getpass
import os

__all__ = ["current_analyst", "configured_analyst"]


def current_analyst(explicit: str | None = None) -> str:
    """The analyst: given explicitly, else ``$ANNOTATE_ANALYST``, else the name in the user's settings
    (``annotate whoami NAME``; the viewer asks once), else the OS user."""
    if explicit:
        return explicit
    env = os.environ.get("ANNOTATE_ANALYST")
    if env:
        return env
    configured = configured_analyst()
    if configured:
        return configured
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry (containers)
        return f"uid:{os.getuid()}" if hasattr(os, "getuid") else "unknown"


def configured_analyst() -> str | None:
    """The name stored in the user's settings, if any."""
    from .settings import load_settings

    name = load_settings().get("analyst")
    return name.strip() if isinstance(name, str) and name.strip() else None
