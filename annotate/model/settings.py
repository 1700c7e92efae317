"""The analyst's own settings, kept between sessions in ``$XDG_CONFIG_HOME/annotate/settings.json``: their
name (asked once, then used for the audit log) and the class they last used at each kind of site."""

from __future__ import annotations

import json
import os
from pathlib import Path

__all__ = ["settings_path", "load_settings", "save_setting", "site_kind"]

_AIRFIELD_WORDS = ("airport", "airfield", "air base", "airbase", "aerodrome", "air station", "heliport")
_PORT_WORDS = ("port", "harbour", "harbor", "naval base", "shipyard", "dock", "pier", "anchorage", "marina",
               "bay", "strait", "roads")


def settings_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "annotate" / "settings.json"


def load_settings() -> dict:
    """The settings (empty when there are none yet or the file cannot be read: never an error)."""
    try:
        data = json.loads(settings_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def save_setting(key: str, value) -> bool:
    """Store one setting (written whole to a temporary file and renamed); ``False`` if it could not be."""
    data = load_settings()
    data[key] = value
    path = settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(path.name + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False), encoding="utf-8")
        os.replace(tmp, path)
    except OSError:
        return False
    return True


def site_kind(site: str | None) -> str | None:
    """``"airfield"``, ``"port"`` or ``None`` from a tile's site name.

    >>> site_kind("Sunan International Airport"), site_kind("Dunai port"), site_kind("Novorossiysk naval base")
    ('airfield', 'port', 'port')
    >>> site_kind(None), site_kind("Pyongyang")
    (None, None)
    """
    text = f" {(site or '').lower()} "
    if any(w in text for w in _AIRFIELD_WORDS):
        return "airfield"
    if any(f" {w}" in text for w in _PORT_WORDS):
        return "port"
    return None
