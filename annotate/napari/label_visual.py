"""A vispy ``Text`` visual that lays each distinct string out once.

vispy's ``Text`` lays out every string again, glyph by glyph in Python and with a GL flush per string,
whenever its list of strings changes (about 1 ms per label on this machine), so panning over labelled
annotations or renaming one label relaid all of them. Annotation labels repeat a lot ("cargo ship
20×6 m"), so this subclass keeps each string's glyph quads and only lays out strings it has not seen.
It overrides one vispy method and reuses its private helpers (vispy 0.17); a test draws labels through
it, so a vispy release that changes them fails loudly rather than silently.
"""

from __future__ import annotations

import numpy as np
from vispy.gloo import IndexBuffer, VertexBuffer
from vispy.scene.visuals import Text
from vispy.visuals.text import text as _vispy_text

__all__ = ["CachedText"]

_MAX_CACHED = 20_000


class CachedText(Text):
    """``vispy.scene.visuals.Text`` with a per-string layout cache."""

    def __init__(self, *args, **kwargs) -> None:
        self._layouts: dict[tuple, np.ndarray] = {}
        super().__init__(*args, **kwargs)

    def _layout(self, text: str) -> np.ndarray:
        key = (text, self._anchors, self._font._lowres_size, self._line_height, id(self._font))
        quads = self._layouts.get(key)
        if quads is None:
            if len(self._layouts) >= _MAX_CACHED:
                self._layouts.clear()
            quads = _vispy_text._text_to_vbo(text, self._font, self._anchors[0], self._anchors[1],
                                             self._font._lowres_size, self._line_height)
            self._layouts[key] = quads
        return quads

    def _prepare_draw(self, view):
        if len(self.text) and self._vertices is None:  # what vispy does here, with cached layouts
            texts = [self.text] if isinstance(self.text, str) else self.text
            n_char = sum(len(t) for t in texts)
            self._vertices_data = np.concatenate([self._layout(t) for t in texts])
            self._vertices = VertexBuffer(self._vertices_data)
            idx = (np.array([0, 1, 2, 0, 2, 3], np.uint32) +
                   np.arange(0, 4 * n_char, 4, dtype=np.uint32)[:, np.newaxis])
            self._index_buffer = IndexBuffer(idx.ravel())
            self.shared_program.bind(self._vertices)
            self._configure_gl_state()
        return super()._prepare_draw(view)
