"""Seals: the analyst signs the head of the audit chain, so a chain rewritten consistently is caught.

A hash chain proves only that it is consistent with itself: whoever holds the file can rewrite every entry
and every hash after it. A seal signs, with the analyst's Ed25519 key, the project's id, the number and
hash of the last entry, the time and the analyst. ``verify`` checks each seal's signature, that the sealed
entry still has the sealed hash, and whether the key is one the user trusts; a report prints the chain head
and the seals with their key fingerprints, so a reader holding the report can check the file later.
"""

from __future__ import annotations

import base64
import json
import sqlite3
from dataclasses import asdict, dataclass

from annotate.model.annotation import utc_now
from annotate.model.errors import InvariantError
from annotate.model.serialize import format_time

from .keys import PublicKey, public_key_of, signing_key, trusted_keys
from .schema_guard import has_table

__all__ = ["Seal", "SealCheck", "seal_message", "make_seal", "read_seals", "check_seals", "chain_head"]


@dataclass(frozen=True)
class Seal:
    seq: int
    head_hash: str
    time: str
    analyst: str
    public_key: str  # base64 of the raw 32 bytes
    fingerprint: str
    signature: str  # base64


@dataclass(frozen=True)
class SealCheck:
    seal: Seal
    valid: bool  # signature good and the sealed entry unchanged
    trusted: bool  # the key is the user's own or one they trust
    problem: str | None

    def describe(self) -> str:
        s = self.seal
        who = f"{s.analyst} (key {s.fingerprint}{'' if self.trusted else ', not among your trusted keys'})"
        if not self.valid:
            return f"seal of entry {s.seq} by {who}: {self.problem}"
        return f"entries 1–{s.seq} sealed by {who} at {s.time}"

    def to_dict(self) -> dict:
        return asdict(self.seal) | {"valid": self.valid, "trusted": self.trusted, "problem": self.problem}


def seal_message(project_id: str, seq: int, head_hash: str, time: str, analyst: str) -> bytes:
    body = json.dumps({"project_id": project_id, "seq": seq, "head_hash": head_hash, "time": time,
                       "analyst": analyst}, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return b"annotate-seal-v1\n" + body.encode("utf-8")


def chain_head(con: sqlite3.Connection) -> tuple[int, str] | None:
    row = con.execute("SELECT fid, hash FROM audit_log ORDER BY fid DESC LIMIT 1").fetchone()
    return (int(row[0]), str(row[1])) if row else None


def make_seal(con: sqlite3.Connection, project_id: str, analyst: str) -> Seal:
    """Sign the current chain head and store the seal (the caller has checked the chain and tables)."""
    head = chain_head(con)
    if head is None:
        raise InvariantError("the audit log is empty: nothing to seal")
    if not has_table(con, "seals"):
        raise InvariantError("this project predates seals; open it writable once to upgrade it")
    key = signing_key(analyst)
    pub = public_key_of(key, analyst)
    time = format_time(utc_now())
    sig = key.sign(seal_message(project_id, head[0], head[1], time, analyst))
    seal = Seal(head[0], head[1], time, analyst, pub.b64, pub.fingerprint, base64.b64encode(sig).decode("ascii"))
    con.execute("INSERT INTO seals (seq, head_hash, time, analyst, public_key, fingerprint, signature) "
                "VALUES (?,?,?,?,?,?,?)", (seal.seq, seal.head_hash, seal.time, seal.analyst, seal.public_key,
                                           seal.fingerprint, seal.signature))
    return seal


def read_seals(con: sqlite3.Connection) -> list[Seal]:
    if not has_table(con, "seals"):
        return []
    rows = con.execute("SELECT seq, head_hash, time, analyst, public_key, fingerprint, signature FROM seals "
                       "ORDER BY fid")
    return [Seal(*(str(v) if i else v for i, v in enumerate(r))) for r in rows]


def check_seals(con: sqlite3.Connection, project_id: str | None) -> list[SealCheck]:
    """Each seal: signature, the sealed entry's hash now, and whether its key is trusted."""
    trusted = trusted_keys()
    out = []
    for s in read_seals(con):
        problem = None
        try:
            raw = base64.b64decode(s.public_key, validate=True)
            sig = base64.b64decode(s.signature, validate=True)
            seq = int(s.seq)
        except (ValueError, TypeError, OverflowError):  # OverflowError: a seq of ±infinity
            out.append(SealCheck(s, False, False, "the seal row is malformed"))
            continue
        key = PublicKey(raw, s.analyst)
        if len(raw) != 32 or key.fingerprint != s.fingerprint:
            problem = "the seal's key does not match its fingerprint (the seal row was altered)"
        elif not key.verify(sig, seal_message(project_id or "", seq, s.head_hash, s.time, s.analyst)):
            problem = "the signature does not match (the seal row was altered or belongs to another project)"
        else:
            row = con.execute("SELECT hash FROM audit_log WHERE fid = ?", (seq,)).fetchone()
            if row is None:
                problem = f"entry {seq} is no longer in the audit log (the log was cut)"
            elif row[0] != s.head_hash:
                problem = (f"entry {seq} now has hash {str(row[0])[:16]}…, the seal signed {s.head_hash[:16]}… "
                           "(the chain was rewritten)")
        out.append(SealCheck(s, problem is None, s.fingerprint in trusted, problem))
    return out
