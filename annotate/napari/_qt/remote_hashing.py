"""Remote tiles hashed in the background: the image is on screen at once, the tile joins the project when its
SHA-256 is known.

A project keys its tiles by SHA-256, and a remote file's SHA-256 means streaming the whole file. The viewer
does not wait for it: :class:`imagery.remote.BackgroundHash` streams on a thread of its own while the image
layer (range reads) is already shown; a timer here polls the job on the GUI thread, says how far it is in the
panel's status line, and records the tile (:func:`annotate.tiles.add_tile_file`) when the hash is in — the
project is only ever touched on the GUI thread. Until then the layer is shown but cannot be tagged.
"""

from __future__ import annotations

from qtpy.QtCore import QObject, QTimer

from imagery import ImageryError
from imagery.remote import BackgroundHash

__all__ = ["RemoteTileHashing", "POLL_MS"]

POLL_MS = 200


class RemoteTileHashing(QObject):
    """The remote tiles of a viewer still being hashed, each with its image layer."""

    def __init__(self, widget) -> None:
        super().__init__(widget)
        self.widget = widget
        self.jobs: list[tuple[BackgroundHash, object]] = []
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self.poll)

    def start(self, layer, url: str) -> BackgroundHash:
        """Hash ``url`` (shown by ``layer``) in the background; the tile is added to the project when done."""
        job = BackgroundHash(url)
        layer.metadata["tile_sha256"] = None
        self.jobs.append((job, layer))
        self.timer.start()
        self.poll()
        return job

    def open(self, url: str):
        """Show a remote image (a catalog item's COG) at once, from range reads, and — in a project that may be
        edited — hash it in the background to add it as a tile. Returns its layer (``None``: a notification
        says why it cannot be read)."""
        viewer = self.widget.viewer
        shown = next((layer for layer in viewer.layers if layer.metadata.get("tile_path") == url), None)
        if shown is None:
            shown = self.widget.session.show_image(url)  # a problem is shown by the widget
            if shown is None:
                return None
            project = self.widget.project
            if project is not None and not project.read_only:
                self.start(shown, url)
        viewer.layers.selection.active = shown
        return shown

    def poll(self) -> None:
        waiting = []
        for job, layer in self.jobs:
            if job.done:
                self._finish(job, layer)
            else:
                waiting.append((job, layer))
        self.jobs = waiting
        if waiting:
            self.widget.status.setText("; ".join(_progress_line(job) for job, _ in waiting) +
                                       " — the image is shown; tagging it waits for its SHA-256")
        else:
            self.timer.stop()

    def _finish(self, job: BackgroundHash, layer) -> None:
        from napari.utils.notifications import show_error

        from annotate.model.errors import ProjectError
        from annotate.tiles import add_tile_file

        project = self.widget.project
        if project is None or project.closed:
            return
        try:
            ref = add_tile_file(project, job.url, hashed=job)
        except (ImageryError, ProjectError) as exc:
            show_error(f"Not added to the project: {exc}")
            self.widget.status.setText(f"Not added to the project: {exc}")
            return
        layer.metadata["tile_sha256"] = ref.sha256
        before = self.widget.status.text()
        self.widget.tile_ready(ref.sha256, layer)
        shown = self.widget.status.text()
        self.widget.status.setText(f"{ref.label}: SHA-256 {ref.sha256[:12]}… — added to the project." +
                                   (f" {shown}" if shown != before else ""))

    def cancel_all(self) -> None:
        for job, _ in self.jobs:
            job.cancel()
        self.jobs = []
        self.timer.stop()


def _progress_line(job: BackgroundHash) -> str:
    name = job.url.rsplit("/", 1)[-1]
    if job.fraction is None:
        return f"Hashing {name}: {job.bytes_read / 1e6:.1f} MB read"
    return f"Hashing {name}: {100 * job.fraction:.0f} % of {job.total / 1e6:.1f} MB"
