"""The viewer's session: what the panels share, held without Qt (the napari-animation pattern).

``session_of(viewer)`` gives the viewer's :class:`ViewerSession`: the open project, each project tile's image
layer (made through one factory, :func:`annotate.napari._layers.tile_layer_data`) and annotation layer
(:class:`~annotate.napari.bridge.TileAnnotations`), the tile being annotated, the defaults given to new shapes
(class, confidence, type, note, absence), the comparison of two dates (:class:`CompareState`, arranged by
:mod:`annotate.napari.comparison`) and — as a :class:`~annotate.napari.map_session.MapSession` — the map frame
of each site and each tile's placement in it. It tells what changes through psygnal events
(:class:`SessionEvents`); the Qt panels set its state through its methods and redraw on its events, so no
panel reaches into another.
"""

from __future__ import annotations

import os
import weakref
from dataclasses import dataclass, replace

from psygnal import Signal, SignalGroup

from imagery import ImageryError, open_tile

from .map_session import MapSession

__all__ = ["ViewerSession", "SessionEvents", "CompareState", "session_of", "MapSession"]

_SESSIONS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_NO_VIEWER: "ViewerSession | None" = None

_FIRST_CATEGORY = {"airfield": "aircraft", "port": "vessel"}  # what is found at a kind of site


class SessionEvents(SignalGroup):
    project = Signal(object)  # a project was attached
    image_added = Signal(str, object)  # (tile SHA-256, image layer): a project tile's image layer is known
    bridge_added = Signal(object)  # a tile's annotation layer was made (a TileAnnotations)
    current_tile = Signal(str)  # the tile being annotated changed (its SHA-256)
    defaults = Signal(dict)  # what new shapes get: cls, confidence, type, note, absent
    compare = Signal(object)  # the comparison changed (a CompareState)
    status = Signal(str)  # what the session says of the view ("" → back to the tile's own status)
    problem = Signal(str, str)  # (message, "error" | "warning"): an image that cannot be read, a rough placement


@dataclass(frozen=True)
class CompareState:
    """Two dates compared: ``other`` over the current tile, with ``blend`` its opacity (0–1) in ``overlay``
    mode; ``swipe`` (a divider) and ``side`` (side by side) show both whole."""

    other: str | None = None
    blend: float = 0.0
    mode: str = "overlay"  # "overlay" | "swipe" | "side"

    def __post_init__(self) -> None:
        if self.mode not in ("overlay", "swipe", "side"):
            raise ValueError(f"compare mode {self.mode!r}: overlay, swipe or side")
        if not 0.0 <= self.blend <= 1.0:
            raise ValueError(f"blend {self.blend}: between 0 and 1")


class ViewerSession(MapSession):
    """One viewer's working state (see the module's doc)."""

    def __init__(self, viewer=None) -> None:
        super().__init__()
        self._viewer = weakref.ref(viewer) if viewer is not None else None  # the viewer owns its session
        self.events = SessionEvents()
        self.project = None
        self.images: dict[str, object] = {}  # tile SHA-256 → its image layer
        self.bridges: dict = {}  # tile SHA-256 → its TileAnnotations
        self.bridge = None  # the current tile's
        self.defaults = {"cls": None, "confidence": "probable", "type": None, "note": "", "absent": False}
        self.compare = CompareState()
        self.swipe = None  # the active annotate.napari.swipe.Swipe, if any
        self.overlay_text_visible: bool | None = None  # the canvas overlay's visibility before side by side
        self.arranging = False  # True while layers are reordered: napari may make a moved layer active
        self.labels_mode = "all"
        self._tile_index: tuple[set[str], dict[str, str]] | None = None  # SHA-256s; path → SHA-256 (see tile_of)
        if viewer is not None:  # tiles in another CRS than their map are refitted to what is in view
            viewer.scene.camera.events.center.connect(self.follow_view)
            viewer.scene.camera.events.zoom.connect(self.follow_view)

    @property
    def viewer(self):
        return self._viewer() if self._viewer is not None else None

    # ------------------------------------------------------------------ project and tiles
    def attach(self, project) -> None:
        self.project = project
        self._tile_index = None
        project.events.changed.connect(self._project_changed)
        self.events.project.emit(project)

    def _project_changed(self, object_type: str, action: str, object_id: str) -> None:
        if object_type == "tile":  # added or relinked: the tiles are looked up afresh
            self._tile_index = None

    def known_tiles(self) -> list[str]:
        return [t.sha256 for t in self.project.tiles()] if self.project is not None else []

    def tile_of(self, layer) -> str | None:
        """The project tile an image layer shows: the SHA-256 in its metadata, else (a layer opened by path,
        not hashed) the tile with the same real path; ``None`` for anything else."""
        meta = getattr(layer, "metadata", None) or {}
        if self.project is None or not meta.get("tile_path"):
            return None
        if self._tile_index is None:  # read once per project, again when a tile is added or relinked
            tiles = self.project.tiles()
            self._tile_index = ({t.sha256 for t in tiles}, {_path_key(t.path): t.sha256 for t in tiles})
        shas, by_path = self._tile_index
        sha = meta.get("tile_sha256")
        if sha:
            return sha if sha in shas else None
        return by_path.get(_path_key(os.fspath(meta["tile_path"])))

    def image_layer(self, sha256: str, create: bool = True):
        """The image layer showing a project tile; opened and added if ``create`` (``None`` if it cannot be:
        the ``problem`` event says why)."""
        layer = self.images.get(sha256)
        if layer is not None and layer in self.viewer.layers:
            return layer
        for candidate in self.viewer.layers:
            if self.tile_of(candidate) == sha256:
                return self.adopt_image(sha256, candidate)
        if not create:
            return None
        tile = self.project.tile(sha256)
        layer = self.show_image(tile.path, sha256)
        return None if layer is None else self.adopt_image(sha256, layer)

    def show_image(self, path: str, sha256: str | None = None):
        """Open an image file or URL and add it as a layer placed on the map (``sha256``: the project tile it
        is, when known); ``None`` when it cannot be read (the ``problem`` event says why)."""
        from ._layers import tile_layer_data

        try:
            opened = open_tile(path, compute_hash=False)
        except ImageryError as exc:
            self.events.problem.emit(f"Image not shown: {exc}", "error")
            return None
        data, kwargs, _ = tile_layer_data(opened, self, sha256=sha256)
        layer = self.viewer.add_image(data, **kwargs)
        if kwargs["metadata"]["placement"].note:
            self.events.problem.emit(f"{kwargs['name']}: {kwargs['metadata']['placement'].note}", "warning")
        return layer

    def adopt_image(self, sha256: str, layer):
        """Remember a project tile's image layer (its metadata then names the tile)."""
        if self.images.get(sha256) is not layer:
            self.images[sha256] = layer
            layer.metadata["tile_sha256"] = sha256
            self.events.image_added.emit(sha256, layer)
        return layer

    def ensure_bridge(self, sha256: str):
        """The tile's annotation layer (made on first use)."""
        from .bridge import TileAnnotations

        self.image_layer(sha256, create=False)
        if sha256 not in self.bridges:
            bridge = TileAnnotations(self.viewer, self.project, self.project.tile(sha256))
            bridge.current = self.defaults  # one set of defaults for every tile's new shapes
            bridge.layer.editable = not self.project.read_only  # a read-only project is shown, not edited
            bridge.batch.labels_mode = self.labels_mode
            self.bridges[sha256] = bridge
            self.events.bridge_added.emit(bridge)
        return self.bridges[sha256]

    def show_tile(self, sha256: str, compare_with: str | None = None):
        """Make ``sha256``'s annotations the ones drawn and edited (each tile keeps its own layer), compared
        with ``compare_with`` (default: the nearest other date of the site)."""
        self.bridge = self.ensure_bridge(sha256)
        others = [t.sha256 for t in self.other_dates()]
        other = compare_with if compare_with in others else (others[0] if others else None)
        if other != self.compare.other:
            self.compare = replace(self.compare, other=other)
            self.events.compare.emit(self.compare)
        self.events.current_tile.emit(sha256)
        self.arrange()
        return self.bridge

    def open_tile(self, sha256: str, compare_with: str | None = None):
        """Open a project tile (a claim's candidate, a comparison) and make it the current one."""
        if self.image_layer(sha256) is None:
            return None
        bridge = self.show_tile(sha256, compare_with)
        self.viewer.layers.selection.active = bridge.layer
        return bridge

    def set_labels_mode(self, mode: str) -> None:
        self.labels_mode = mode
        for bridge in self.bridges.values():
            bridge.batch.labels_mode = mode
            bridge.refresh_labels()

    def follow_view(self, event=None) -> None:
        """Refit the placement of each tile in view that is placed by a fitted affine (a tile in another CRS
        than its map) over the part of it in view, when the current fit misses there by more than half a pixel
        of the tile or of the screen; its image and its annotation layer move together, so annotations stay
        on their pixels."""
        viewer = self.viewer
        if viewer is None or not self._fitted:
            return
        from napari.layers import Image

        centre, zoom = viewer.scene.camera.center[-2:], viewer.scene.camera.zoom
        height, width = (viewer.canvas.size if viewer.canvas.size else (800, 800))
        half0, half1 = height / 2 / zoom, width / 2 / zoom
        corners0 = [centre[0] - half0, centre[0] - half0, centre[0] + half0, centre[0] + half0]
        corners1 = [centre[1] - half1, centre[1] + half1, centre[1] - half1, centre[1] + half1]
        groups: dict[str, list] = {}
        for layer in viewer.layers:
            meta = getattr(layer, "metadata", None) or {}
            key = meta.get("tile_sha256") or (str(meta["tile_path"]) if meta.get("tile_path") else None)
            if key in self._fitted and layer.visible:
                groups.setdefault(key, []).append(layer)
        for key, layers in groups.items():
            placement = self.placements[key]
            rows, cols = placement.to_pixel(corners0, corners1)
            tolerance = max(0.5, 0.5 / (zoom * placement.metres_per_pixel))  # half a tile or screen pixel
            new = self.refit(key, (min(rows), min(cols), max(rows), max(cols)), tolerance)
            if new is None:
                continue
            for layer in layers:
                layer.affine = new.image_affine() if isinstance(layer, Image) else new.matrix
                if "placement" in layer.metadata:
                    layer.metadata["placement"] = new
            bridge = self.bridges.get(key)
            if bridge is not None:
                bridge.placement = new

    # ------------------------------------------------------------------ what new shapes get
    def set_defaults(self, **values) -> None:
        unknown = set(values) - set(self.defaults)
        if unknown:
            raise KeyError(f"not a default of new shapes: {sorted(unknown)}")
        if any(self.defaults[k] != v for k, v in values.items()):
            self.defaults.update(values)
            self.events.defaults.emit(dict(self.defaults))

    def classes_for(self, tile) -> tuple[list[str], str]:
        """The class list for ``tile`` — what is found at its kind of site first (aircraft on an airfield,
        vessels at a port), taxonomy order otherwise — and the class to start with: the one last used at such
        a site."""
        from annotate.model.settings import load_settings, site_kind

        kind = site_kind(tile.site)
        tax = self.project.taxonomy
        classes = list(tax.classes)
        first = _FIRST_CATEGORY.get(kind)
        if first:
            classes.sort(key=lambda c: tax.category_of(c) != first)  # stable: taxonomy order within each
        remembered = (load_settings().get("last_class") or {}).get(kind) if kind else None
        return classes, remembered if remembered in classes else classes[0]

    def remember_class(self, cls: str) -> None:
        """The analyst picked ``cls`` on the current tile: the next tile of this kind of site starts with it."""
        from annotate.model.settings import load_settings, save_setting, site_kind

        kind = site_kind(self.bridge.tile.site) if self.bridge is not None else None
        if kind and cls:
            remembered = dict(load_settings().get("last_class") or {})
            if remembered.get(kind) != cls:
                remembered[kind] = cls
                save_setting("last_class", remembered)

    # ------------------------------------------------------------------ comparing dates
    def other_dates(self) -> list:
        """The project's other tiles, same site and nearest date first."""
        if self.project is None or self.bridge is None:
            return []
        me = self.bridge.tile
        others = [t for t in self.project.tiles() if t.sha256 != me.sha256]
        others.sort(key=lambda t: (t.site != me.site, abs((t.acquired - me.acquired).total_seconds())
                                   if t.acquired and me.acquired else float("inf")))
        return others

    def swap(self) -> None:
        """Flicker: the compared date becomes the current one, compared with the one it replaces."""
        if self.compare.other is not None and self.bridge is not None:
            self.open_tile(self.compare.other, compare_with=self.bridge.tile.sha256)

    def set_compare(self, show: bool = True, **values) -> None:
        """Change the comparison (``other``, ``blend``, ``mode``) and, if ``show``, arrange the view for it."""
        new = replace(self.compare, **values)
        if new != self.compare:
            self.compare = new
            self.events.compare.emit(new)
        if show:
            self.arrange()

    def arrange(self) -> None:
        """Show the current tile and the compared one as :attr:`compare` says."""
        if self.bridge is None or self.viewer is None:
            return
        from .comparison import arrange

        self.arranging = True
        try:
            message = arrange(self)
        finally:
            self.arranging = False
        self.events.status.emit(message or "")


def _path_key(path: str) -> str:
    """A tile's path as compared: a URL as it is, a file by its real path."""
    return path if "://" in path else os.path.realpath(path)


def session_of(viewer) -> ViewerSession:
    """The viewer's session (made on first use); ``None`` → a session for layers made without a viewer."""
    global _NO_VIEWER
    if viewer is None:
        if _NO_VIEWER is None:
            _NO_VIEWER = ViewerSession()
        return _NO_VIEWER
    if viewer not in _SESSIONS:
        _SESSIONS[viewer] = ViewerSession(viewer)
    return _SESSIONS[viewer]
