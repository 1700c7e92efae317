"""``annotate open``: the napari viewer."""

from __future__ import annotations

__all__ = ["register"]


def _open(args) -> int:
    from annotate.napari.launch import launch_viewer

    return launch_viewer(args.paths, screenshot=args.screenshot, quit_after=args.quit)


def register(sub) -> None:
    p = sub.add_parser("open", help="open tiles in the napari viewer")
    p.add_argument("paths", nargs="*", metavar="TILE", help="tiles to open (default: the sample tiles)")
    p.add_argument("--screenshot", metavar="PNG", help="save a screenshot of the window to PNG")
    p.add_argument("--quit", action="store_true", help="close after opening (and the screenshot)")
    p.set_defaults(func=_open)
