"""Import a document into a project: store it exactly, split it into claims, analyse each claim."""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

from annotate.model.evidence import Claim, SourceDocument
from annotate.model.project import Project

from .analysis import analyze_document
from .documents import LoadedDocument, load_document
from .gazetteer_build import default_gazetteer

__all__ = ["ImportResult", "import_document", "claims_from_text"]


@dataclass
class ImportResult:
    source: SourceDocument
    claims: list[Claim]
    document: LoadedDocument


def claims_from_text(project: Project, source: SourceDocument) -> list[Claim]:
    """One analysed claim per sentence of ``source`` (not yet saved)."""
    analyses = analyze_document(source.text, source.published, default_gazetteer(), project.taxonomy)
    return [project.new_claim(source, a.start, a.end, checkable=a.checkable, extracted=a.extracted())
            for a in analyses]


def import_document(project: Project, path: str | os.PathLike, *, title: str | None = None, url: str | None = None,
                    publisher: str | None = None, published: date | None = None) -> ImportResult:
    """Read ``path``, add it as a source (flags override what the document says) and add its claims.

    The source and its claims are two committed steps; a failure while building
    claims leaves no claims and the source can be re-imported.
    """
    doc = load_document(path)
    source = project.add_source(doc.text, title=title or doc.title, url=url or doc.url,
                                publisher=publisher or doc.publisher, published=published or doc.published,
                                media_type=doc.media_type)
    claims = project.add_claims(claims_from_text(project, source), label=f"claims of {source.title or 'source'}")
    return ImportResult(source, claims, doc)


@dataclass
class RevisionResult:
    source: SourceDocument
    moved: list[tuple[Claim, str]]  # (claim now on the new version, "exact" | "fuzzy")
    lost: list[Claim]  # left on the old version: the analyst decides


def revise_document(project: Project, old_source_id: str, path: str | os.PathLike) -> RevisionResult:
    """Import a revised version of a source and move its claims (with their links) onto it."""
    from .anchoring import reanchor

    old = project.source(old_source_id)
    doc = load_document(path)
    new = project.add_source(doc.text, title=doc.title or old.title, url=doc.url or old.url,
                             publisher=doc.publisher or old.publisher, published=doc.published or old.published,
                             media_type=doc.media_type)
    moved, lost = [], []
    text = new.text
    for anchor in reanchor(project.claims(old.id), text):
        if anchor.start is None:
            lost.append(anchor.claim)
            continue
        s, e = anchor.start, anchor.end
        claim = project.update_claim(anchor.claim.id, source_id=new.id, start=s, end=e, quote=text[s:e],
                                     prefix=text[max(0, s - 32):s], suffix=text[e:e + 32])
        moved.append((claim, anchor.how))
    return RevisionResult(new, moved, lost)
