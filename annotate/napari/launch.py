"""Public entry of the viewer launcher (see :mod:`annotate.napari._launch`)."""

from ._launch import default_sample_tiles, has_display, launch_viewer

__all__ = ["launch_viewer", "default_sample_tiles", "has_display"]
