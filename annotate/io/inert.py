"""Output that stays inert: text from documents, tiles and projects can never become a link, a script, a
formula or markup in what we write.

>>> web_url("javascript:alert(1)") is None, web_url(" https://example.org/a b ")
(True, 'https://example.org/a%20b')
>>> markdown_text("see [x](javascript:alert(1)) `code` <b>")
'see \\\\[x\\\\](javascript:alert(1)) \\\\`code\\\\` &lt;b&gt;'
>>> csv_cell("=HYPERLINK(\\"http://evil\\")"), csv_cell(-12.5), csv_cell("-12 m")
('\\'=HYPERLINK("http://evil")', -12.5, "'-12 m")
>>> xml_text("ok\\x07\\x1b[2J")
'ok[2J'
"""

from __future__ import annotations

import re
from html import escape
from urllib.parse import quote, urlsplit

__all__ = ["web_url", "markdown_text", "csv_cell", "xml_text"]

# what XML 1.0 forbids (C0 controls but tab/newline/return, surrogates, U+FFFE/U+FFFF) and C1 controls
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")
# the punctuation that makes markup mid-line (emphasis, code, links, tables, strikethrough); values never start
# a line in our reports, and <, >, & are HTML-escaped
_MD_PUNCT = re.compile(r"([\\`*_{}\[\]#|~])")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def web_url(url: str | None) -> str | None:
    """``url`` if it is an ``http(s)`` address (unsafe characters percent-encoded), else ``None``."""
    if not url:
        return None
    url = xml_text(url).strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return None
    return quote(url, safe=":/?#[]@!$&'()*+,;=%~-._")


def markdown_text(text: object) -> str:
    """``text`` as literal Markdown text: HTML-escaped, punctuation backslash-escaped, one line."""
    s = xml_text(str(text)).replace("\r", " ").replace("\n", " ")
    return _MD_PUNCT.sub(r"\\\1", escape(s, quote=False))


def csv_cell(value):
    """A spreadsheet cell that cannot be a formula (OWASP CSV injection): text starting with ``= + - @`` tab
    or return gets a leading apostrophe; numbers stay numbers."""
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        return "'" + value
    return value


def xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (and C1 controls)."""
    return _NOT_XML.sub("", text)
