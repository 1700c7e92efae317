"""The napari plugin and viewer launcher. The only part of the project that imports napari or Qt.

Importing this package does not import napari; its modules do, when used. ``session_of(viewer)`` gives a
viewer's map session (:mod:`annotate.napari.session`).
"""

from .session import session_of

__all__ = ["session_of"]
