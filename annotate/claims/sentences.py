"""A report cut into sentences: paragraphs and header lines first, then pysbd within each, every piece bounded.

pysbd is used with two of its costs removed, its results unchanged (see ``_LinearSegmenter``): a large report
spent most of its import in them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .captions import joined_captions
from .headers import DATELINE_PATTERN, MONTH_PATTERN, is_header_line
from .on_cores import map_on_cores

__all__ = ["MAX_PIECE", "MAX_SENTENCE", "bounded_pieces", "sentence_spans"]


def sentence_spans(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Sentence boundaries (pysbd) as ``(start, end)`` offsets into ``text``, whitespace trimmed.

    Quotes inside a sentence stay whole; abbreviations such as "U.S." do not split.
    Line breaks between paragraphs always end a sentence (headlines, datelines).
    """
    end = len(text) if end is None else end
    segmenter = _segmenter()
    paragraphs = []  # each paragraph's pieces of at most MAX_PIECE characters
    for para0, para1 in _paragraphs(text, start, end):
        if (lead := _DATELINE_LEAD.match(text, para0, para1)) is not None:
            para0 = lead.end()  # a dateline with periods of its own ("SEVEROMORSK, July 27. /TASS/.") is no sentence
        paragraphs.append(bounded_pieces(text, para0, para1, MAX_PIECE))
    pieces = [piece for found in paragraphs for piece in found]

    def cut(i: int) -> list[tuple[int, int]]:
        """Piece ``i`` cut into sentences of at most MAX_SENTENCE characters."""
        piece0, piece1 = pieces[i]
        # a piece without sentence punctuation is one sentence to pysbd: not worth its time (the largest accepted
        # document of words without punctuation spent most of its import there)
        found = segmenter.segment(text[piece0:piece1]) if _SENTENCE_END.search(text, piece0, piece1) else ()
        out = []
        for s0, s1 in [(piece0 + s.start, piece0 + s.end) for s in found] or [(piece0, piece1)]:
            for q0, q1 in _quoted_sentences(text, s0, s1, segmenter):
                out.extend(bounded_pieces(text, q0, q1, MAX_SENTENCE))
        return out

    cuts = iter(map_on_cores(cut, len(pieces), min_items=1) if end - start >= ON_CORES_FROM else
                [cut(i) for i in range(len(pieces))])
    spans: list[tuple[int, int]] = []
    for found in paragraphs:
        for p0, p1 in joined_captions(text, [sentence for _ in found for sentence in next(cuts)]):
            _trimmed(text, p0, p1, spans)
    return _rejoined(text, spans)


_QUOTE_MARKS = re.compile(r'["“”]')
_INNER_END = re.compile(r'[.!?…]["“”]?\s+["“]?[A-Z]')
_DATED_TAIL = re.compile(r"\b(?:" + MONTH_PATTERN + r"|(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|yesterday|today)\b")


def _quoted_sentences(text: str, s0: int, s1: int, segmenter) -> list[tuple[int, int]]:
    """``text[s0:s1]`` cut where a quotation of several sentences ends one: pysbd keeps a quotation whole ('"The ship
    came in. It left." the source said' is one sentence to it), so a claim about the ship's departure would take the
    arrival's place and date. Segmented again with the quote marks blanked, which keeps the offsets. Kept whole when
    what follows the quotation dates it ('"… just docked in Crete. War is coming," reads a post from June 21')."""
    if not _QUOTE_MARKS.search(text, s0, s1) or not _INNER_END.search(text, s0, s1):
        return [(s0, s1)]
    last = max(m.end() for m in _QUOTE_MARKS.finditer(text, s0, s1))
    if _DATED_TAIL.search(text, last, s1):
        return [(s0, s1)]
    found = segmenter.segment(_QUOTE_MARKS.sub(" ", text[s0:s1]))
    if len(found) < 2:
        return [(s0, s1)]
    cuts = [s0] + [s0 + s.start for s in found[1:]] + [s1]
    return [(a, b) for a, b in zip(cuts, cuts[1:]) if b > a]


# where pysbd ends a sentence that goes on: a Dutch warship's prefix ("Zr.Ms. Tromp"), a clock time before a day
# ("from 6 a.m. Tuesday to 6 a.m. Wednesday")
_PREFIX_END = re.compile(r"\b[ZH]r\.\s?Ms\.$")
_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.IGNORECASE)
_DAY_START = re.compile(r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|" + MONTH_PATTERN + r"\b")


def _rejoined(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``spans`` with a sentence cut after a ship's prefix or a clock time before a day joined to the next."""
    out: list[tuple[int, int]] = []
    for s0, s1 in spans:
        if out and "\n" not in text[out[-1][1]:s0]:
            before = text[out[-1][0]:out[-1][1]]
            if _PREFIX_END.search(before) or _CLOCK_END.search(before) and _DAY_START.match(text, s0):
                out[-1] = (out[-1][0], s1)
                continue
        out.append((s0, s1))
    return out


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Runs of non-blank lines in ``text[start:end]``; a header line (a date, a labelled or bylined date) is a run
    of its own, so that a headline above "Published 14 Nov 2025" does not take the publication's day."""
    out = []
    for para in re.finditer(r"[^\n]+(?:\n(?!\s*\n)[^\n]+)*", text[start:end]):
        p0 = start + para.start()
        for line in re.finditer(r"[^\n]+", para.group()):
            l0, l1 = start + para.start() + line.start(), start + para.start() + line.end()
            if l0 > p0 and not out and _SOURCE_LINE.fullmatch(line.group()) and len(line.group().split()) <= 6 and \
                    len(line.group().split(",")[0].split()) <= 4:  # not a headline: "INS Sunayna Visits Port Louis, Mauritius"
                # under the headline, a source and where it writes from ("AFP Fact Check, Kyiv"): no claim
                out.append((p0, l0))
                p0 = l1
            elif is_header_line(line.group()):
                if l0 > p0:
                    out.append((p0, l0))
                out.append((l0, l1))
                p0 = l1
        if start + para.end() > p0:
            out.append((p0, start + para.end()))
    return out


# names only, a comma between: "AFP Fact Check, Kyiv", "Reuters, London"
_SOURCE_LINE = re.compile(r"\s*[A-Z][\w'’.&-]*(?:\s+(?:[A-Z][\w'’.&-]*|of|the|and|&))*"
                          r"(?:,\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2})+\s*")
_SENTENCE_END = re.compile(r"[.!?…]")
_DATELINE_LEAD = re.compile(r"\s*(?:" + DATELINE_PATTERN + r")\s*")
MAX_PIECE = 4000  # characters handed to pysbd at once: its cost grows faster than linearly without punctuation
ON_CORES_FROM = 250_000  # characters: a longer text's pieces are cut into sentences on every core (on_cores)
MAX_SENTENCE = 600  # a "sentence" longer than this (a run of words, a table flattened to text) is cut at clauses
_CLAUSE_ENDS = (re.compile(r"[.!?][\"'”’)\]]*\s"), re.compile(r"[;:—–]\s|,\s"), re.compile(r"\s"))


def bounded_pieces(text: str, start: int, end: int, limit: int) -> list[tuple[int, int]]:
    """``text[start:end]`` cut into pieces of at most ``limit`` characters: at the last sentence end before the
    limit, else the last clause boundary, else the last space, else at the limit itself.

    >>> [len(p) for p in (lambda t: [t[a:b] for a, b in bounded_pieces(t, 0, len(t), 10)])("one two three four five")]
    [8, 6, 9]
    """
    out = []
    while end - start > limit:
        window = text[start:start + limit]
        cut = None
        for pattern in _CLAUSE_ENDS:
            last = None
            for m in pattern.finditer(window, limit // 4):
                last = m
            if last is not None:
                cut = start + last.end()
                break
        cut = cut or start + limit
        out.append((start, cut))
        start = cut
    if end > start:
        out.append((start, end))
    return out


def _trimmed(text: str, s0: int, s1: int, spans: list[tuple[int, int]]) -> None:
    """Append one sentence span, whitespace, Markdown markers and a wire dateline trimmed off."""
    while s0 < s1 and text[s0].isspace():
        s0 += 1
    while s1 > s0 and text[s1 - 1].isspace():
        s1 -= 1
    if is_header_line(text[s0:s1]):
        return  # a header line (a date, a byline with a date: "Fleet Weekly, 12 September 2025 — Jo Reed") is no claim
    lead = _LEAD.match(text, s0, s1)  # markdown markers, a wire dateline: not part of the claim
    if lead and lead.end() > s0:
        s0 = lead.end()
        if is_header_line(text[s0:s1]):
            return
    if s1 > s0:
        spans.append((s0, s1))


# agencies a title-case dateline names in brackets ("Nairobi (AFP) –")
_AGENCIES = ("AP|AFP|Reuters|CNN|BBC|NBC|CBS|ABC|VOA|RFA|UPI|NHK|dpa|DPA|ANSA|EFE|Xinhua|Yonhap|Kyodo|CNA|PNA|Bernama|Antara|IANS|PTI|ANI|"
             "Anadolu|AA|TASS|RIA|IRNA|Interfax|Ukrinform|BTA|PAP|Lusa|KUNA|WAM|SPA|QNA|APA|Trend")
_LEAD = re.compile(r"(?:\s*(?:#{1,6}|>|[-*+]|\d+\.)\s+)?(?:(?:date|published)\s*:?\s*\d{4}-\d{2}-\d{2}\s+)?"
                   r"(?:" + DATELINE_PATTERN + r"\s*|"
                   # an AP-style dateline without a date: "BEIRUT (AP) —", "KYIV, Ukraine (AP) —" (or the time filed:
                   # Al-Masdar's "BEIRUT, LEBANON (1:10 P.M.) –")
                   r"[A-Z][A-Z .'’/-]{1,30}(?:,\s+[A-Z][A-Za-z .]{1,30})?\s+\((?:[A-Za-z .]{1,20}|"
                   r"\d{1,2}:\d\d\s*[AaPp]\.?[Mm]\.?)\)\s*[:\-–—]{1,2}\s*|"
                   # written in title case, an agency's name in the brackets: "Nairobi (AFP) –"
                   r"[A-Z][A-Za-z .'’/-]{1,30}(?:,\s+[A-Z][A-Za-z .]{1,30})?\s+\((?:" + _AGENCIES + r")\)\s*[:\-–—]{1,2}\s*|"
                   # one without an agency, before a dash: "YOKOSUKA NAVAL BASE, Japan —", "SINGAPORE - The …" (the
                   # Straits Times' hyphen between spaces; ABC's "LONDON -- Satellite images …")
                   r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,3}(?:,\s+[A-Z][A-Za-z .]{1,30})?\s+(?:[–—]|--?(?=\s))\s*|"
                   # a publication's own, with its date: "Naval News, 14 May 2026 — TKMS cut …"
                   r"[A-Z][\w.&'’-]*(?: [A-Z][\w.&'’-]*){0,3},\s+(?:\d{1,2}\s+" + MONTH_PATTERN + r"|" + MONTH_PATTERN +
                   r"\.?\s+\d{1,2},)\s+\d{4}\s*[–—]{1,2}\s*|"
                   # or before a colon: "ISLAMABAD: The Pakistan Navy …"
                   r"[A-Z][A-Z'’-]{2,}(?: [A-Z][A-Z'’-]+){0,2}:\s+(?=[A-Z]))?")


@lru_cache(maxsize=1)
def _segmenter():
    import pysbd
    from pysbd.lang.english import English
    from pysbd.utils import TextSpan

    class _PeriodAbbreviations(English.AbbreviationReplacer):
        """pysbd's abbreviation pass (0.3.4) without the abbreviations that cannot act on the line.

        Every replacement it makes hides the period after an abbreviation ("Gen." → "Gen∯"); an abbreviation of
        letters only that is not followed by a period anywhere in the line changes nothing, yet pysbd compiled two
        or three regular expressions for each of its 188 abbreviations found as a substring ("al" in "naval"),
        per line — more than Python's cache of 512 holds, so every pattern was compiled again on every line.
        """

        def search_for_abbreviations_in_string(self, text):
            if "." not in text:
                return text
            lowered = text.lower()
            for abbr in self.lang.Abbreviation.ABBREVIATIONS:
                stripped = abbr.strip()
                if stripped not in lowered or stripped.isalpha() and stripped + "." not in lowered:
                    continue
                abbrev_match = re.findall(r"(?:^|\s|\r|\n){}".format(stripped), text, flags=re.IGNORECASE)
                if not abbrev_match:
                    continue
                char_array = re.findall(r"(?<={" + str(re.escape(stripped)) + "} ).{1}", text)
                for ind, match in enumerate(abbrev_match):
                    text = self.scan_for_replacements(text, match, ind, char_array)
            return text

    class _English(English):
        AbbreviationReplacer = _PeriodAbbreviations

    class _LinearSegmenter(pysbd.Segmenter):
        """pysbd's segmenter finding each sentence with ``str.find`` from the previous one's end: pysbd searched
        the whole piece again with a new regular expression per sentence (quadratic, and each pattern pushed
        the others out of Python's regex cache)."""

        def sentences_with_char_spans(self, sentences):
            text, spans, prior = self.original_text, [], 0
            for sent in sentences:
                i = text.find(sent, max(0, prior - len(sent)))
                while i >= 0:
                    j = _SPACES.match(text, i + len(sent)).end()
                    if j > prior:  # as pysbd: the first occurrence ending after the previous sentence
                        spans.append(TextSpan(text[i:j], i, j))
                        prior = j
                        break
                    i = text.find(sent, i + 1)
            return spans

    segmenter = _LinearSegmenter(language="en", clean=False, char_span=True)
    segmenter.language_module = _English
    return segmenter


_SPACES = re.compile(r"\s*")
