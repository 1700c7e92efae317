"""Per-sentence work of a large document shared between the machine's cores.

A forked process takes a part of the sentences while this one does the rest: what the work reads (the text, the
gazetteer of some hundred megabytes) is shared by the fork, neither copied nor pickled, and only the results come
back. Objects of this process that a result names (the gazetteer's places) come back as references to the same
objects, not as copies, so that code comparing places by identity ("is this mention's place the town the lookup
gave?") reads the same answers as when one process did all the work.

Small documents, a machine with one core or a platform without ``fork`` run in this process only: the results are
the same either way (tests/claims/test_on_cores.py compares them sentence by sentence).
"""

from __future__ import annotations

import io
import multiprocessing
import os
import pickle
from collections.abc import Callable, Mapping
from concurrent.futures import ProcessPoolExecutor
from typing import TypeVar

__all__ = ["MIN_ITEMS", "map_on_cores"]

T = TypeVar("T")

MIN_ITEMS = 2000  # fewer sentences than this (a report of some 250,000 characters) are not worth a fork

# what a forked process works on: set before the fork, read there, cleared after
_work: Callable[[int], object] | None = None
_shared: Mapping[int, object] = {}


class _Referring(pickle.Pickler):
    """Pickles an object of ``_shared`` as its ``id``: the parent process holds the very same object there."""

    def persistent_id(self, obj: object) -> int | None:
        return id(obj) if id(obj) in _shared and _shared[id(obj)] is obj else None


class _Resolving(pickle.Unpickler):
    def __init__(self, data: bytes, shared: Mapping[int, object]) -> None:
        super().__init__(io.BytesIO(data))
        self._objects = shared

    def persistent_load(self, pid: int) -> object:
        return self._objects[pid]


def _part(lo: int, hi: int) -> bytes:
    """In the forked process: the results for items ``lo`` to ``hi``, pickled with references to shared objects."""
    out = io.BytesIO()
    _Referring(out, protocol=pickle.HIGHEST_PROTOCOL).dump([_work(i) for i in range(lo, hi)])
    return out.getvalue()


def _cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


def map_on_cores(work: Callable[[int], T], n: int, shared: Callable[[], Mapping[int, object]] | None = None,
                 min_items: int | None = None) -> list[T]:
    """``[work(i) for i in range(n)]``, the later parts computed in forked processes when ``n`` is large.

    Parameters
    ----------
    work
        The work on item ``i``; it must not change what other items' work reads (a forked process's changes stay
        there), and its result must pickle.
    n
        How many items.
    shared
        Gives the objects, by ``id``, that results may name and that must come back as themselves, not as copies
        (called only when the work is shared).
    min_items
        Fewer items than this run in this process only (default ``MIN_ITEMS``).
    """
    global _work, _shared
    cores = _cores()
    if n < (MIN_ITEMS if min_items is None else min_items) or cores < 2 or \
            "fork" not in multiprocessing.get_all_start_methods():
        return [work(i) for i in range(n)]
    bounds = [n * k // cores for k in range(cores + 1)]
    _work, _shared = work, shared() if shared is not None else {}
    try:
        with ProcessPoolExecutor(cores - 1, mp_context=multiprocessing.get_context("fork")) as pool:
            parts = [pool.submit(_part, lo, hi) for lo, hi in zip(bounds[1:-1], bounds[2:])]
            out = [work(i) for i in range(bounds[1])]
            for part in parts:
                out.extend(_Resolving(part.result(), _shared).load())
    finally:
        _work, _shared = None, {}
    return out
