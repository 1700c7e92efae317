"""Reading source documents: plain text, Markdown, HTML (reduced to text) and PDF (text layer).

The stored text is exactly what claims index into. Encodings: a BOM (UTF-8,
UTF-16) is honoured, else UTF-8, else Windows-1252 (a superset of Latin-1),
and the one used is reported. Binary files, empty documents and files over
:data:`MAX_BYTES` are refused with one clear message.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass, field
from datetime import date
from html.parser import HTMLParser
from pathlib import Path

from annotate.model.errors import ProjectError

from .headers import DATELINE, dateline_agency, dateline_date, glossed_today, header_date, is_date_line

__all__ = ["DocumentError", "LoadedDocument", "load_document", "MAX_BYTES", "MAX_TEXT_CHARS"]

MAX_BYTES = 50 * 1024 * 1024  # a file (PDFs carry images)
MAX_TEXT_CHARS = 2_000_000  # about 800 pages: claim extraction stays under half a minute


class DocumentError(ProjectError, ValueError):
    """A document cannot be imported (binary, empty, too large, unreadable)."""


@dataclass
class LoadedDocument:
    text: str
    media_type: str
    encoding: str | None = None
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    notes: list[str] = field(default_factory=list)


class _HTMLText(HTMLParser):
    _BLOCK = {"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "section", "article", "header",
              "footer", "blockquote", "pre", "title", "ul", "ol", "table"}
    _SKIP = {"script", "style", "noscript", "template", "svg"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.meta: dict[str, str] = {}
        self.title = ""
        self._skip = 0
        self._in_title = False

    def handle_starttag(self, tag, attrs):
        a = {k.lower(): (v or "") for k, v in attrs}
        if tag in self._SKIP:
            self._skip += 1
        elif tag == "meta":
            key = (a.get("property") or a.get("name") or "").lower()
            if key and a.get("content"):
                self.meta[key] = a["content"].strip()
        elif tag == "link" and a.get("rel", "").lower() == "canonical" and a.get("href"):
            self.meta.setdefault("canonical", a["href"])
        elif tag == "title":
            self._in_title = True
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in self._SKIP and self._skip:
            self._skip -= 1
        if tag == "title":
            self._in_title = False
        if tag in self._BLOCK:
            self.parts.append("\n")

    def handle_data(self, data):
        if self._skip:
            return
        if self._in_title:
            self.title += data
            return
        self.parts.append(re.sub(r"\s+", " ", data))

    def text(self) -> str:
        raw = "".join(self.parts)
        lines = [ln.strip() for ln in raw.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip() + "\n"


def _decode(data: bytes, path: Path) -> tuple[str, str]:
    for bom, enc in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc), enc
            except UnicodeDecodeError as exc:
                raise DocumentError(f"{path}: declares {enc} but is not valid {enc}: {exc.reason}") from None
    if b"\x00" in data[:8192]:
        if len(data) > 4 and data[1::2][:200].count(0) > 90:  # UTF-16 LE without a BOM
            try:
                return data.decode("utf-16-le"), "utf-16-le"
            except UnicodeDecodeError:
                pass
        raise DocumentError(f"{path}: a binary file, not a text, HTML or PDF document")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("cp1252", errors="replace"), "cp1252"
    _refuse_binary(text, path)
    return text, encoding


# controls other than tab, newline, form feed and return, and what could not be decoded: in real text there
# are none or a handful; in bytes that are not text, about one character in ten
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f\ufffd]")
_MAX_NOT_TEXT = 0.01


def _refuse_binary(text: str, path: Path) -> None:
    sample = text[:200_000]
    bad = len(_NOT_TEXT.findall(sample))
    if sample and bad > 8 and bad / len(sample) > _MAX_NOT_TEXT:
        raise DocumentError(f"{path}: binary data, not a text document ({100 * bad / len(sample):.0f}% of its "
                            "characters are control codes or undecodable)")


def _metadata_from_text(doc: LoadedDocument) -> None:
    text = doc.text
    if doc.published is None:
        doc.published = header_date(text)
    heading = re.search(r"^#\s+(.+)$", text, re.MULTILINE) if doc.media_type == "text/markdown" else None
    if doc.title is None:
        if heading:
            doc.title = heading.group(1).strip()
        else:
            first = next((ln.strip() for ln in text.splitlines() if ln.strip() and not is_date_line(ln) and not
                          re.match(r"(?:date|published)\s*:?\s*\d{4}-", ln.strip(), re.IGNORECASE)), "")
            if first and len(first) <= 140 and not first.endswith((".", ":")) and not DATELINE.match(first):
                doc.title = first
    # a wire dateline, at a line's start or right after a header date ("date 2025-03-14 Seoul, March 14 (Yonhap) —")
    dl = DATELINE.search(text) or DATELINE.search(
        re.sub(r"^\s*(?:date|published|posted|updated|dated)\b[^A-Za-z\n]*", "", text[:400], count=1, flags=re.I))
    if dl:
        if doc.publisher is None:
            doc.publisher = dateline_agency(dl)
        if doc.published is None:
            month, day, year = dateline_date(dl)
            if year is None:
                today = date.today()
                year = today.year if (month, day) <= (today.month, today.day) else today.year - 1
                doc.notes.append("publication year not stated; taken as the most recent such date")
            try:
                doc.published = date(year, month, day)
            except ValueError:
                pass
    if doc.published is None:
        doc.published = glossed_today(text)


_NUMBER = re.compile(r"^[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?$")
_FIELDS = re.compile(r"[\s,;()\[\]\"']+")


def _label_file_kind(text: str) -> str | None:
    """The format of an annotation label file (lines of coordinates: DOTA, YOLO, a CSV of geometries), or
    ``None`` for prose. Reading one as a report made every line a "claim"."""
    lines = [ln for ln in text.splitlines()[:300] if ln.strip() and not ln.startswith(("imagesource:", "gsd:"))]
    if len(lines) < 3:
        return None
    fields = [[f for f in _FIELDS.split(ln.strip()) if f] for ln in lines]
    records = [f for f in fields if sum(map(bool, map(_NUMBER.match, f))) >= max(4, len(f) / 2)]
    if len(records) < 0.8 * len(lines) - 1:  # a CSV's header line does not count against it
        return None
    if all(len(f) in (9, 10) and all(_NUMBER.match(x) for x in f[:8]) for f in records):
        return "DOTA"
    if all(_NUMBER.match(f[0]) and "." not in f[0] and all(_NUMBER.match(x) for x in f[1:]) for f in records):
        return "YOLO"
    return "CSV" if "," in lines[0] else "a table of numbers"


def load_document(path: str | Path) -> LoadedDocument:
    """Read a document and its metadata. Raises :class:`DocumentError` with one clear line."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise DocumentError(f"{path}: no such file") from None
    except OSError as exc:
        raise DocumentError(f"{path}: {exc.strerror}") from None
    if not path.is_file():
        raise DocumentError(f"{path}: not a file")
    if size == 0:
        raise DocumentError(f"{path}: empty document")
    if size > MAX_BYTES:
        raise DocumentError(f"{path}: {size / 1e6:.0f} MB is more than the {MAX_BYTES // 2**20} MiB a document may be")
    data = path.read_bytes()
    suffix = path.suffix.lower()
    if data.startswith(b"%PDF"):
        doc = _load_pdf(path)
    else:
        text, encoding = _decode(data, path)
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        looks_html = suffix in (".html", ".htm") or re.match(r"\s*(<!doctype html|<html)", text[:200], re.IGNORECASE)
        if looks_html:
            parser = _HTMLText()
            parser.feed(text)
            parser.close()
            meta = parser.meta
            doc = LoadedDocument(parser.text(), "text/html", encoding,
                                 title=meta.get("og:title") or (parser.title.strip() or None),
                                 url=meta.get("og:url") or meta.get("canonical"),
                                 publisher=meta.get("og:site_name") or meta.get("publisher") or meta.get("author"))
            published = meta.get("article:published_time") or meta.get("date") or meta.get("pubdate")
            if published:
                try:
                    doc.published = date.fromisoformat(published[:10])
                except ValueError:
                    doc.notes.append(f"unreadable published date in HTML meta: {published!r}")
        else:
            media = "text/markdown" if suffix in (".md", ".markdown") else "text/plain"
            doc = LoadedDocument(text, media, encoding)
        if encoding == "cp1252":
            doc.notes.append("not UTF-8: read as Windows-1252 (Latin-1)")
    if len(doc.text) > MAX_TEXT_CHARS:
        raise DocumentError(f"{path}: {len(doc.text):,} characters of text is more than the {MAX_TEXT_CHARS:,} "
                            "one document may have; split it into parts")
    if not doc.text.strip():
        raise DocumentError(f"{path}: no text in the document" + (" (a scanned PDF without a text layer?)"
                                                                  if doc.media_type == "application/pdf" else ""))
    if doc.media_type in ("text/plain", "text/markdown") and (kind := _label_file_kind(doc.text)):
        raise DocumentError(f"{path}: an annotation label file ({kind}), not a report; import its annotations "
                            "onto a tile with `annotate import`")
    _metadata_from_text(doc)
    return doc


def _load_pdf(path: Path) -> LoadedDocument:
    """The text layer of a PDF. Encrypted, damaged and truncated files are one :class:`DocumentError` (what
    pypdf logs on the way is kept out of the analyst's terminal; its first note is in the message)."""
    import logging

    from pypdf import PdfReader
    from pypdf.errors import FileNotDecryptedError, PyPdfError

    notes: list[str] = []

    class _Collect(logging.Handler):
        def emit(self, record: logging.LogRecord) -> None:
            notes.append(record.getMessage())

    logger = logging.getLogger("pypdf")
    handler, propagate = _Collect(logging.WARNING), logger.propagate
    logger.addHandler(handler)
    logger.propagate = False
    try:
        reader = PdfReader(str(path))
        if reader.is_encrypted:
            try:
                opened = reader.decrypt("")  # many "protected" PDFs only restrict printing: no password
            except (PyPdfError, ValueError, KeyError, TypeError, NotImplementedError) as exc:
                raise DocumentError(f"{path}: an encrypted PDF that cannot be opened ({exc}); save an unencrypted "
                                    "copy and import that") from None
            if not opened:
                raise DocumentError(f"{path}: an encrypted PDF (a password is needed); save an unencrypted copy "
                                    "and import that")
        pages = [(page.extract_text() or "").strip() for page in reader.pages]
        info = reader.metadata or {}
    except DocumentError:
        raise
    except FileNotDecryptedError:
        raise DocumentError(f"{path}: an encrypted PDF (a password is needed); save an unencrypted copy and "
                            "import that") from None
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError, IndexError, OSError, RecursionError) as exc:
        detail = f" ({notes[0]})" if notes and notes[0] not in str(exc) else ""
        raise DocumentError(f"{path}: damaged or truncated PDF: {exc}{detail}") from None
    finally:
        logger.removeHandler(handler)
        logger.propagate = propagate
    doc = LoadedDocument("\n\n".join(p for p in pages if p) + "\n", "application/pdf")
    title = info.get("/Title") if hasattr(info, "get") else None
    doc.title = str(title).strip() if title else None
    return doc
