"""Arranging two dates of a site in the viewer as a session's :class:`~annotate.napari.session.CompareState`
says (Qt-free): the other date blended over the current one, a swipe divider between them
(:mod:`annotate.napari.swipe`), or side by side, each cell captioned with its date and time.

Side by side uses napari's grid with two layers per cell: each tile's image followed by its own annotation
layer, so every date shows its own tags; tiles not being compared are hidden (napari omits cells with nothing
visible). The camera is shared, so both dates pan and zoom together.
"""

from __future__ import annotations

__all__ = ["arrange", "caption"]


def arrange(session) -> str | None:
    """Show the session's current tile and the compared one; what the panel should say (``None``: the tile's
    own status)."""
    viewer, project, state = session.viewer, session.project, session.compare
    me, other = session.bridge.tile.sha256, state.other
    side = state.mode == "side" and other is not None
    swipe = state.mode == "swipe" and other is not None
    if session.swipe is not None and (not swipe or session.swipe.layer is not session.image_layer(other, create=False)):
        session.swipe.close()
        session.swipe = None
    shown = {me} | ({other} if other and (side or swipe or state.blend > 0) else set())
    layers = {sha: session.image_layer(sha, create=sha in shown) for sha in session.known_tiles()}
    for sha, layer in layers.items():
        if layer is None:
            continue
        layer.visible = sha in shown
        layer.opacity = 1.0 if side or swipe or sha == me else state.blend
        if sha in session.bridges or sha in shown:
            session.ensure_bridge(sha).set_visible(sha in shown and (side or sha == me))
    for sha, bridge in session.bridges.items():  # each cell of side by side names its date and time
        bridge.set_caption(caption(project.tile(sha)) if side and sha in shown else None)
    message = None
    if side:
        _pair_layers(session, layers, first=[me, other], shown=shown)
        width, height = viewer.canvas.size[1], viewer.canvas.size[0]
        viewer.canvas.grid.shape = (1, 2) if width >= height else (2, 1)
        where = ("left", "right") if width >= height else ("top", "bottom")
        message = (f"Side by side — {where[0]}: {session.bridge.tile.label}; {where[1]}: "
                   f"{project.tile(other).label}. Pan and zoom move both.")
    else:
        names = viewer.layers  # the other date over this one, this tile's annotations over both
        if other and layers.get(other) is not None and layers.get(me) is not None:
            names.move(names.index(layers[other]), names.index(layers[me]) + 1)
        names.move(names.index(session.bridge.layer), len(names))
        if swipe and session.swipe is None:
            from .swipe import Swipe

            session.swipe = Swipe(viewer, layers[other])
        if swipe:
            message = (f"Swipe — left: {session.bridge.tile.label}; right of the yellow divider: "
                       f"{project.tile(other).label}. Drag the divider; pan and zoom as usual.")
    overlay = viewer.canvas.overlays.text  # each cell has its caption: the canvas-wide one would cover the first
    if side and session.overlay_text_visible is None:
        session.overlay_text_visible = overlay.visible
        overlay.visible = False
    elif not side and session.overlay_text_visible is not None:
        overlay.visible = session.overlay_text_visible
        session.overlay_text_visible = None
    viewer.canvas.grid.stride = 2 if side else 1
    viewer.canvas.grid.enabled = side
    for sha in shown:  # labels and captions placed for the view each date is now drawn in (a grid cell)
        if sha in session.bridges:
            session.bridges[sha].refresh_labels()
    viewer.layers.selection.active = session.bridge.layer
    return message


def _pair_layers(session, layers: dict, first: list[str], shown: set[str]) -> None:
    """Order the layers image, annotations, image, annotations … (the ``first`` tiles first) so each grid
    cell holds one date with its own annotations; only the ``shown`` tiles' pairs are visible."""
    viewer_layers = session.viewer.layers
    order = []
    for sha in first + [s for s in layers if s not in first]:
        image = layers.get(sha)
        if image is None:
            continue
        bridge = session.ensure_bridge(sha)
        bridge.set_visible(sha in shown)
        order += [image, bridge.layer]
    rest = [layer for layer in viewer_layers if layer not in order]
    for target, layer in enumerate(rest + order):
        viewer_layers.move(viewer_layers.index(layer), target)


def caption(tile) -> str:
    """``Dunai port — 2025-05-18 01:52 UTC``: the site (or file) and the acquisition date and time."""
    when = tile.acquired.strftime("%Y-%m-%d %H:%M UTC") if tile.acquired else "date unknown"
    return f"{tile.site or tile.path.rsplit('/', 1)[-1]} — {when}"
