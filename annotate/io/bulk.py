"""Bulk writers pause the cyclic garbage collector (see :mod:`annotate.model.bulk`)."""

from annotate.model.bulk import bulk, paused_gc

__all__ = ["bulk", "paused_gc"]
