"""A large document's sentences shared between cores: the same analysis as one process gives, sentence by sentence."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

from annotate.claims import on_cores, sentences
from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.on_cores import map_on_cores
from annotate.model.taxonomy import load_taxonomy

FIXTURES = Path(__file__).parent / "fixtures"
several_cores = pytest.mark.skipif(on_cores._cores() < 2, reason="one core: nothing is shared")


def _reports(count: int = 200) -> str:
    """Real reporting: the first ``count`` tuning reports one after another (dates, names, quotes, datelines)."""
    return "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))[:count])


def _counted(pools: list) -> type:
    """A process pool that counts its making in ``pools``."""

    class Counted(on_cores.ProcessPoolExecutor):
        def __init__(self, *args, **kwargs) -> None:
            pools.append(args)
            super().__init__(*args, **kwargs)

    return Counted


@several_cores
def test_work_runs_in_another_process() -> None:
    pids = map_on_cores(lambda i: (i, os.getpid()), 10, min_items=2)
    assert [i for i, _ in pids] == list(range(10))  # in order
    assert {pid for _, pid in pids} - {os.getpid()}  # some of it done elsewhere


def test_few_items_stay_here() -> None:
    assert {pid for pid in map_on_cores(lambda i: os.getpid(), 10)} == {os.getpid()}


@several_cores
def test_shared_objects_come_back_as_themselves() -> None:
    kept, other = ["a place"], ["a copy"]
    back = map_on_cores(lambda i: (kept, other), 4, shared=lambda: {id(kept): kept}, min_items=2)
    assert all(k is kept for k, _ in back)
    assert any(o is not other for _, o in back) and all(o == other for _, o in back)


@several_cores
def test_an_error_there_is_raised_here() -> None:
    def work(i: int) -> int:
        if i == 9:
            raise ValueError("sentence 9")
        return i

    with pytest.raises(ValueError, match="sentence 9"):
        map_on_cores(work, 10, min_items=2)


@several_cores
def test_a_large_document_analysed_on_cores_as_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    text, gazetteer, taxonomy = _reports(), default_gazetteer(), load_taxonomy()
    monkeypatch.setattr(on_cores, "MIN_ITEMS", 10 ** 9)
    alone = analyze_document(text, date(2025, 6, 1), gazetteer, taxonomy)
    monkeypatch.setattr(on_cores, "MIN_ITEMS", 100)
    pools = []
    monkeypatch.setattr(on_cores, "ProcessPoolExecutor", _counted(pools))
    shared = analyze_document(text, date(2025, 6, 1), gazetteer, taxonomy)
    assert len(pools) == 2  # the sentences' own names, then their scores
    assert len(alone) > 1000 and len(shared) == len(alone)
    assert sum(a.checkable for a in alone) > 100 and sum(len(a.places) for a in alone) > 1000
    held = gazetteer.places_by_id()
    for one, two in zip(alone, shared):
        assert (two.start, two.end, two.checkable, two.extracted()) == (one.start, one.end, one.checkable,
                                                                         one.extracted())
        # the very places of the gazetteer, not copies: document passes compare places by identity (a place a
        # document pass makes — an air base no list has, named after its town — is made anew by each analysis)
        assert all(p.place is q.place if id(p.place) in held else p.place == q.place and id(q.place) not in held
                   for p, q in zip(one.places, two.places))
    assert sum(id(p.place) in held for a in alone for p in a.places) > 1000


@several_cores
def test_a_long_text_cut_into_sentences_on_cores_as_in_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    text = _reports(400)
    monkeypatch.setattr(sentences, "ON_CORES_FROM", 10 ** 9)
    alone = sentences.sentence_spans(text)
    monkeypatch.setattr(sentences, "ON_CORES_FROM", 1000)
    pools = []
    monkeypatch.setattr(on_cores, "ProcessPoolExecutor", _counted(pools))
    assert sentences.sentence_spans(text) == alone and len(alone) > 2000
    assert len(pools) == 1
