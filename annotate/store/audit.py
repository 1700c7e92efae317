"""The hash-chained audit log: each entry's hash covers its content and the previous entry's hash.

Changing, removing or reordering any entry breaks the chain from that entry on,
which :func:`verify_chain` reports.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from typing import Iterable

__all__ = ["AuditEntry", "GENESIS", "entry_hash", "verify_chain", "ChainProblem"]

GENESIS = "0" * 64


@dataclass(frozen=True)
class AuditEntry:
    """One logged action. ``before``/``after`` are JSON-ready dicts (``None`` for create/delete)."""

    seq: int
    time: str
    analyst: str
    action: str
    object_type: str
    object_id: str
    before: dict | None
    after: dict | None
    prev_hash: str
    hash: str


@dataclass(frozen=True)
class ChainProblem:
    seq: int
    problem: str


def canonical(value) -> str:
    """The one JSON spelling of a value that the chain hashes (and the log stores)."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def entry_hash(prev_hash: str, time: str, analyst: str, action: str, object_type: str, object_id: str,
               before_json: str, after_json: str) -> str:
    """SHA-256 over the entry's fields (``before``/``after`` as their :func:`canonical` JSON), unit-separated."""
    payload = "\x1f".join((prev_hash, time, analyst, action, object_type, object_id, before_json, after_json))
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def verify_chain(entries: Iterable[AuditEntry]) -> list[ChainProblem]:
    """Every break in the chain: a wrong previous hash, or an entry whose content no longer matches its hash."""
    problems = []
    prev = GENESIS
    for e in entries:
        if e.prev_hash != prev:
            problems.append(ChainProblem(e.seq, "previous-hash mismatch (an entry was removed or reordered)"))
        expected = entry_hash(e.prev_hash, e.time, e.analyst, e.action, e.object_type, e.object_id,
                              canonical(e.before), canonical(e.after))
        if expected != e.hash:
            problems.append(ChainProblem(e.seq, "content does not match its hash (the entry was altered)"))
        prev = e.hash
    return problems
