"""Peer review: a second analyst's verdict on an annotation or a link (the Berkeley Protocol's review step).

Each verdict is a record of its own — who reviewed what, when, with which comment — kept like every other
change (through the project's one write path, in the audit log). An object's review state is its latest
verdict; one that has none is ``unreviewed``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from enum import Enum

from .annotation import utc_now

__all__ = ["Review", "ReviewState", "UNREVIEWED"]

UNREVIEWED = "unreviewed"


class ReviewState(str, Enum):
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    NEEDS_CHANGE = "needs change"


@dataclass(frozen=True)
class Review:
    """One verdict on an annotation or a link."""

    id: str
    object_type: str  # "annotation" or "link"
    object_id: str
    state: ReviewState
    reviewer: str
    comment: str = ""
    time: datetime = field(default_factory=utc_now)
