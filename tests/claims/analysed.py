"""Claims analysis of a short text, for the rule tests: the default gazetteer and taxonomy, a given publication."""

from __future__ import annotations

from datetime import date

from annotate.claims.analysis import ClaimAnalysis, analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def analyses(text: str, published: date) -> list[ClaimAnalysis]:
    """One analysis per sentence of ``text``."""
    return analyze_document(text, published, default_gazetteer(), load_taxonomy())


def place_names(text: str, published: date) -> list[list[str]]:
    """The gazetteer names of each sentence's places, in order."""
    return [[p.place.name for p in a.places] for a in analyses(text, published)]
