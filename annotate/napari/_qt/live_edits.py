"""Other analysts' edits in this viewer: a shared (PostGIS) project's changes, polled on the GUI thread.

The store announces committed changes (``NOTIFY``); a timer here drains them every
:data:`POLL_MS` and lets :meth:`annotate.model.Project.poll_remote` emit the project's ordinary events, so
the outlines, the table and the panels update as they do for the analyst's own edits, on Qt's thread.
"""

from __future__ import annotations

from qtpy.QtCore import QObject, QTimer

__all__ = ["follow_remote_edits", "POLL_MS"]

POLL_MS = 250


def follow_remote_edits(parent: QObject, project, on_error=None) -> QTimer | None:
    """Start polling ``project`` for other sessions' edits (``None`` for a project that has none to tell)."""
    if not getattr(project, "live", False):
        return None
    timer = QTimer(parent)
    timer.setInterval(POLL_MS)

    def poll() -> None:
        if project.closed:
            timer.stop()
            return
        try:
            project.poll_remote()
        except Exception as exc:  # noqa: BLE001 - a dropped connection must not kill the viewer; say it once
            timer.stop()
            if on_error is not None:
                on_error(f"Live updates stopped: {exc}")

    timer.timeout.connect(poll)
    timer.start()
    return timer
