"""Bulk work over many records: pause the cyclic garbage collector.

The records (annotations, their dicts and strings) hold no reference cycles, and with 100,000 of them
the collector's repeated full scans of the growing heap cost more than the work itself.
"""

from __future__ import annotations

import functools
import gc
from contextlib import contextmanager

__all__ = ["paused_gc", "bulk"]


@contextmanager
def paused_gc():
    was = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was:
            gc.enable()


def bulk(fn):
    """Decorator: run ``fn`` with the collector paused."""
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        with paused_gc():
            return fn(*args, **kwargs)
    return wrapper
