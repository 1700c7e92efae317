"""Docstring examples double as tests."""

from __future__ import annotations

import doctest

import pytest

import annotate.claims.sentences
import imagery.display
import imagery.provenance


@pytest.mark.parametrize("module", [imagery.provenance, imagery.display, annotate.claims.sentences])
def test_docstring_examples(module):
    result = doctest.testmod(module)
    assert result.attempted > 0 and result.failed == 0
