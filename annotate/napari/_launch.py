"""``annotate open``: a napari window on tiles; under Xvfb with a screenshot when there is no display."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from imagery import ImageryError, open_tile

from ._layers import overlay_text, tile_layer_data, tile_title

__all__ = ["launch_viewer", "default_sample_tiles", "has_display"]

_CHILD_FLAG = "ANNOTATE_UNDER_XVFB"
_DEFAULT_SHOT = Path("screenshots") / "annotate-open.png"
WINDOW_SIZE = (1600, 1000)


def default_sample_tiles() -> list[Path]:
    """The sample tiles shipped beside the package (``sample_tiles/*.tif``)."""
    root = Path(os.environ.get("ANNOTATE_SAMPLES", Path(__file__).resolve().parents[2] / "sample_tiles"))
    return sorted(root.glob("*.tif"))


def has_display() -> bool:
    if sys.platform != "linux":
        return True
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def _rerun_under_xvfb(paths: list[str], screenshot: str | None) -> int:
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise ImageryError("xvfb-run", "no display and Xvfb is not installed (apt-get install xvfb), or run on a desktop")
    shot = Path(screenshot or _DEFAULT_SHOT).resolve()
    shot.parent.mkdir(parents=True, exist_ok=True)
    cmd = [xvfb, "-a", "-s", f"-screen 0 {WINDOW_SIZE[0]}x{WINDOW_SIZE[1]}x24", sys.executable, "-m", "annotate.cli",
           "open", *paths, "--screenshot", str(shot), "--quit"]
    print("no display: running the viewer under Xvfb (virtual screen)", flush=True)
    rc = subprocess.call(cmd, env={**os.environ, _CHILD_FLAG: "1"})
    if rc == 0:
        print(f"screenshot: {shot}")
    return rc


def launch_viewer(paths: list[str], screenshot: str | None = None, quit_after: bool = False) -> int:
    """Open ``paths`` (default: the sample tiles) in napari. Returns an exit status."""
    paths = [str(p) for p in paths] or [str(p) for p in default_sample_tiles()]
    if not paths:
        raise ImageryError("sample_tiles", "no tiles given and no sample tiles found")
    if not has_display() and not os.environ.get(_CHILD_FLAG):
        return _rerun_under_xvfb(paths, screenshot)
    project = None
    from ._reader import is_project_file

    from annotate.store.pg_connection import is_postgres_url

    if is_postgres_url(paths[0]) or (paths[0].lower().endswith(".gpkg") and is_project_file(paths[0])):
        from annotate.store import open_project_or_read_only

        project = open_project_or_read_only(paths[0])
        extra = [str(p) for p in paths[1:]]
        hash_later = [p for p in extra if _hashed_in_background(project, p)]
        from annotate.tiles import add_tile_file

        for p in extra:
            if p not in hash_later:
                add_tile_file(project, p)
        paths = [t.path for t in project.tiles()] + hash_later
        if not paths:
            raise ImageryError(project.path, "the project has no tiles yet: add some with `annotate tiles add`")
    tiles, failures = [], []
    for p in paths:
        try:
            tiles.append(open_tile(p, compute_hash=False))
        except ImageryError as exc:
            if project is None:
                raise  # tiles named on the command line: fail before any window opens
            failures.append(str(exc))  # a project's missing image: say so in the viewer, keep the rest
    if not tiles:
        raise ImageryError(paths[0], "none of the project's images can be opened: " + "; ".join(failures))

    import napari

    viewer = napari.Viewer(title="annotate — " + tile_title(tiles[0]), show=True)
    if project is not None and not quit_after and not project.live:  # a database names its own analysts
        _ask_name_once(project)
    viewer.window.resize(*WINDOW_SIZE)
    from .session import session_of

    session = session_of(viewer)
    for i, tile in enumerate(tiles):  # the first tile on top and visible; the others one click away
        data, kwargs, _ = tile_layer_data(tile, session)
        viewer.add_image(data, visible=i == 0, **kwargs)
    viewer.layers.move(0, len(viewer.layers))
    viewer.layers.selection.active = viewer.layers[-1]
    first = tiles[0].metadata
    overlays = viewer.canvas.overlays
    overlays.scale_bar.visible = True
    overlays.text.visible = True
    overlays.text.position = "top_left"
    overlays.text.font_size = 10
    overlays.text.text = overlay_text(first)
    if project is not None:
        from ._qt.annotation_widget import AnnotationWidget

        widget = AnnotationWidget(viewer, project)
        viewer.window.add_dock_widget(widget, name="Annotations", area="right")
        _warn_if_unverified(project, widget)
        for layer in viewer.layers:
            if layer.metadata.get("tile_path") in hash_later:
                widget.hashing.start(layer, str(layer.metadata["tile_path"]))
        from napari.utils.notifications import show_error

        for failure in failures:
            show_error(f"Image not shown: {failure}")
    viewer.reset_view()
    if project is not None:
        widget.navigation.zoom_to_tile()  # the current tile, not the union of every tile's extent
    if screenshot:
        from qtpy.QtWidgets import QApplication

        for _ in range(5):  # let the dock widgets lay out before the picture
            QApplication.processEvents()
        Path(screenshot).parent.mkdir(parents=True, exist_ok=True)
        viewer.screenshot(str(screenshot), canvas_only=False, flash=False)
        if not os.environ.get(_CHILD_FLAG):
            print(f"screenshot: {Path(screenshot).resolve()}")
    if quit_after:
        if project is not None:
            widget.hashing.cancel_all()  # remote tiles still being hashed: not recorded
        viewer.close()
        for tile in tiles:
            tile.close()
        return 0
    napari.run()
    return 0


def _hashed_in_background(project, path: str) -> bool:
    """A remote file not yet in an editable project: shown at once, hashed and added in the background."""
    from imagery.remote import is_remote

    return (is_remote(path) and not project.read_only
            and all(t.path != path for t in project.tiles()))


def _ask_name_once(project) -> None:
    """The first time the viewer opens a project for someone who never said their name (no ``--analyst``,
    no ``$ANNOTATE_ANALYST``, nothing in the settings), ask it, keep it, and record edits under it."""
    from annotate.model.identity import configured_analyst
    from annotate.model.settings import save_setting

    if os.environ.get("ANNOTATE_ANALYST") or configured_analyst():
        return
    from qtpy.QtWidgets import QInputDialog

    name, ok = QInputDialog.getText(None, "Your name", "Your name, as the audit log and reports will show it "
                                    "(asked once; change it with `annotate whoami NAME`):", text=project.analyst)
    if ok and name.strip():
        save_setting("analyst", name.strip())
        project.analyst = name.strip()


def _warn_if_unverified(project, widget) -> None:
    """A project that fails `annotate verify` opens with a warning banner, not silently."""
    from napari.utils.notifications import show_warning

    from annotate.store.verify import verify_project

    report = verify_project(project, relink=False)
    if not report.ok:
        problems = report.problems()
        text = ("⚠ READ-ONLY. " if project.read_only else "⚠ ") + \
            f"This project does not verify ({len(problems)} problem(s)): " + "; ".join(problems[:3])
        widget.status.setText(text)
        widget.status.setStyleSheet("background:#b00020;color:white;padding:6px;font-weight:bold")
        show_warning(text)
