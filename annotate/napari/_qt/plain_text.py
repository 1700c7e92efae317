"""Text from documents and tile metadata shown in Qt as text, never as markup.

Qt renders a label or tooltip as rich text when it merely *looks* like HTML, so a claim quote or a tile's
site tag such as ``<img src=…>`` or ``<a href=…>`` would be drawn (and could load files). Labels fed from
such text are set to ``Qt.PlainText``; tooltips have no such switch, so they are escaped inside an explicit
rich-text wrapper.
"""

from __future__ import annotations

from html import escape

__all__ = ["plain_tooltip"]


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` literally.

    >>> plain_tooltip("<b>bold</b>\\nline")
    '<qt>&lt;b&gt;bold&lt;/b&gt;<br>line</qt>'
    """
    return "<qt>" + escape(text, quote=False).replace("\n", "<br>") + "</qt>"
