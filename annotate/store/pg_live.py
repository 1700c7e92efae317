"""Other analysts' edits as they are committed: ``LISTEN`` on the project's channel, polled without blocking.

The triggers of :mod:`.pg_schema` send one ``NOTIFY`` per changing statement, after its commit. A
:class:`Listener` keeps one connection of its own and :meth:`Listener.poll` drains what arrived — no thread,
so a GUI calls it from its own timer and turns each change into the project's events on its own thread.
"""

from __future__ import annotations

import json

from .pg_connection import ProjectURL
from .pg_schema import OBJECT_TYPES

__all__ = ["Listener"]

_ACTIONS = {"insert": "create", "update": "update", "delete": "delete"}


class Listener:
    def __init__(self, url: ProjectURL, channel: str, own_token: str) -> None:
        import psycopg

        self._own = own_token
        self._conn = psycopg.connect(url.conninfo, autocommit=True, application_name=f"{own_token}-listen")
        self._conn.execute(f'LISTEN "{channel}"')

    def poll(self) -> list[tuple[str, str, list[str] | None]]:
        """``(object_type, action, ids or None)`` per change by another session, oldest first."""
        out = []
        for note in self._conn.notifies(timeout=0):
            try:
                msg = json.loads(note.payload)
            except ValueError:
                continue
            if str(msg.get("from", "")).startswith(self._own):
                continue  # this session's own change: its events were emitted when it was made
            otype = OBJECT_TYPES.get(msg.get("table"))
            if otype is None:
                continue
            ids = msg.get("ids")
            out.append((otype, _ACTIONS.get(msg.get("op"), "update"), ids if isinstance(ids, list) else None))
        return out

    def close(self) -> None:
        self._conn.close()
