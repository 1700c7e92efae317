"""Source documents, the claims quoted from them, and the links from annotations to claims."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import Enum
from typing import Iterable

from .annotation import utc_now

__all__ = ["SourceDocument", "Claim", "Link", "Relation", "Assessment", "assess", "text_sha256"]


def text_sha256(text: str) -> str:
    """SHA-256 of a text's exact UTF-8 bytes."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


class Relation(str, Enum):
    CORROBORATES = "corroborates"
    CONTRADICTS = "contradicts"
    CONTEXT = "context"


class Assessment(str, Enum):
    CORROBORATED = "corroborated"
    CONTRADICTED = "contradicted"
    CONTESTED = "contested"
    UNASSESSED = "unassessed"


@dataclass(frozen=True)
class SourceDocument:
    """A report, stored exactly, with the SHA-256 of its text."""

    id: str
    text: str
    sha256: str
    title: str | None = None
    url: str | None = None
    publisher: str | None = None
    published: date | None = None
    media_type: str = "text/plain"
    imported: datetime = field(default_factory=utc_now)
    extra: dict = field(default_factory=dict, compare=False)


@dataclass(frozen=True)
class Claim:
    """A span of a source's text. ``start``/``end`` index the stored text (Python str offsets).

    ``prefix``/``suffix`` anchor the quote as a W3C TextQuoteSelector does;
    ``extracted`` holds what claim analysis found (dates, places, objects) and
    ``checkable`` whether imagery can check it.
    """

    id: str
    source_id: str
    start: int
    end: int
    quote: str
    prefix: str = ""
    suffix: str = ""
    checkable: bool | None = None
    extracted: dict = field(default_factory=dict)
    created: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class Link:
    """An annotation's bearing on a claim."""

    id: str
    annotation_id: str
    claim_id: str
    relation: Relation
    note: str = ""
    analyst: str = ""
    created: datetime = field(default_factory=utc_now)


def assess(relations: Iterable[Relation]) -> Assessment:
    """A claim's assessment from its links' relations.

    >>> assess([Relation.CORROBORATES, Relation.CONTEXT]).value
    'corroborated'
    >>> assess([Relation.CORROBORATES, Relation.CONTRADICTS]).value
    'contested'
    >>> assess([]).value
    'unassessed'
    """
    rel = set(relations)
    pro, con = Relation.CORROBORATES in rel, Relation.CONTRADICTS in rel
    if pro and con:
        return Assessment.CONTESTED
    if pro:
        return Assessment.CORROBORATED
    if con:
        return Assessment.CONTRADICTED
    return Assessment.UNASSESSED
