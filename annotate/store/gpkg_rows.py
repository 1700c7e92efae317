"""Reading a project's rows back: each field is checked for what a SQLite tool could have put there (a blob
in a text column, text in a number column, an empty time, a geometry with the wrong count of numbers), so a
malformed row becomes one ``ValueError`` that the store turns into an error naming the row."""

from __future__ import annotations

import math

from annotate.model.serialize import parse_time

__all__ = ["ROW_ERRORS", "when", "texts", "numbers", "measures", "params"]

ROW_ERRORS = (ValueError, TypeError, KeyError, IndexError, AttributeError, OverflowError)

_COUNTS = {"point": 2, "box": 4, "obb": 5}


def when(text):
    """A required time: an empty one is as malformed as an unreadable one."""
    t = parse_time(text)
    if t is None:
        raise ValueError("a required time is empty")
    return t


def texts(*values, optional=()) -> None:
    """Text columns hold text (a SQLite tool can store a number or a blob anywhere)."""
    if not all(isinstance(v, str) for v in values) or not all(v is None or isinstance(v, str) for v in optional):
        raise ValueError("a text field holds a number or binary data")


def numbers(*values, optional=()) -> None:
    ok = (lambda v: isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v))
    if not all(ok(v) for v in values) or not all(v is None or ok(v) for v in optional):
        raise ValueError("a number field holds text, binary data or a non-finite value")


def measures(length, width, heading) -> None:
    """Stored measurements are all absent (a point, a pixel-only tile), or finite numbers — the heading may be
    absent alone: sizes from a stated ground scale have no compass heading."""
    values = (length, width, heading)
    if all(v is None for v in values):
        return
    given = values if heading is not None else values[:2]
    if not all(isinstance(v, (int, float)) and not isinstance(v, bool) and math.isfinite(v) for v in given):
        raise ValueError(f"measurements {values} are not numbers")


def params(text: str, kind: str) -> tuple[float, ...]:
    """The stored JSON list of numbers, parsed without the general JSON decoder (hot path of listing); a list
    that does not fit its kind raises ``ValueError`` (the row is then named as malformed)."""
    if not (text.startswith("[") and text.endswith("]")):
        raise ValueError(f"pixel geometry {text[:40]!r} is not a list of numbers")
    values = tuple(map(float, text[1:-1].split(",")))
    need = _COUNTS.get(kind)
    if (len(values) != need) if need else (kind != "polygon" or len(values) < 6 or len(values) % 2):
        raise ValueError(f"a {kind} with {len(values)} numbers")
    return values
