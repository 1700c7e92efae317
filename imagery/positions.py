"""A position typed by an analyst: decimal degrees, degrees-minutes-seconds with hemispheres, or MGRS.

>>> parse_position("42.889 132.357")
(42.889, 132.357)
>>> [round(v, 5) for v in parse_position("42°53'20\\"N 132°21'25\\"E")]
[42.88889, 132.35694]
>>> [round(v, 4) for v in parse_position("24.5616 S, 77.7579 W")]
[-24.5616, -77.7579]
"""

from __future__ import annotations

import math
import re

__all__ = ["parse_position", "PositionError"]


class PositionError(ValueError):
    """The text is not a position this parser reads (the message says which forms it takes)."""


_FORMS = "decimal degrees '42.889 132.357', DMS '42°53'20\"N 132°21'25\"E', or MGRS '53TKH 12345 67890'"
_DMS = re.compile(r"""(?P<deg>[-+]?\d+(?:\.\d+)?)\s*(?:[°º]|d(?:eg)?)?\s*
                      (?:(?P<min>\d+(?:\.\d+)?)\s*(?:['′]|m(?:in)?)?\s*
                         (?:(?P<sec>\d+(?:\.\d+)?)\s*(?:["″]|''|s(?:ec)?)?\s*)?)?
                      (?P<hem>[NSEW])?""", re.IGNORECASE | re.VERBOSE)
_MGRS = re.compile(r"^\s*\d{1,2}[C-HJ-NP-X][A-HJ-NP-Z]{2}(?:\s*\d+\s*\d*)?\s*$", re.IGNORECASE)


def parse_position(text: str) -> tuple[float, float]:
    """``(lat, lon)`` in degrees of ``text``; :class:`PositionError` naming the accepted forms otherwise."""
    t = (text or "").strip()
    if not t:
        raise PositionError(f"no position given; type {_FORMS}")
    if _MGRS.match(t):
        return _from_mgrs(t)
    parts = _halves(t)
    if parts is None:
        raise PositionError(f"{text!r} is not a position; type {_FORMS}")
    lat, lon = (_angle(p) for p in parts)
    if lat[1] in ("E", "W") or lon[1] in ("N", "S"):  # written longitude first ("132.357 E 42.889 N")
        lat, lon = lon, lat
    lat_v = -abs(lat[0]) if lat[1] == "S" else lat[0]
    lon_v = -abs(lon[0]) if lon[1] == "W" else lon[0]
    if not (-90 <= lat_v <= 90 and -180 <= lon_v <= 180):
        raise PositionError(f"{text!r}: latitude must be within ±90° and longitude within ±180°")
    return lat_v, lon_v


def _halves(t: str) -> tuple[str, str] | None:
    """Split at a comma, a semicolon, after a hemisphere letter, or between two bare numbers."""
    for sep in (",", ";"):
        if t.count(sep) == 1:
            a, b = t.split(sep)
            return a.strip(), b.strip()
    m = re.match(r"^(.*?[NSEWnsew])\s+(.+)$", t)
    if m and re.search(r"\d", m.group(1)) and re.search(r"\d", m.group(2)):
        return m.group(1).strip(), m.group(2).strip()
    numbers = t.split()
    if len(numbers) == 2:
        return numbers[0], numbers[1]
    return None


def _angle(text: str) -> tuple[float, str]:
    m = _DMS.fullmatch(text.strip())
    if not m:
        raise PositionError(f"{text!r} is not an angle; type {_FORMS}")
    deg = float(m.group("deg"))
    minutes = float(m.group("min") or 0)
    seconds = float(m.group("sec") or 0)
    if minutes >= 60 or seconds >= 60:
        raise PositionError(f"{text!r}: minutes and seconds must be below 60")
    value = math.copysign(abs(deg) + minutes / 60 + seconds / 3600, -1.0 if text.strip().startswith("-") else 1.0)
    return value, (m.group("hem") or "").upper()


def _from_mgrs(text: str) -> tuple[float, float]:
    import mgrs

    ref = re.sub(r"\s+", "", text).upper()
    try:
        lat, lon = mgrs.MGRS().toLatLon(ref)
    except Exception as exc:  # noqa: BLE001 - the mgrs library raises plain exceptions of several kinds
        edge = _on_band_edge(ref)
        if edge is None:
            raise PositionError(f"{text!r} is not a valid MGRS reference ({exc})") from None
        lat, lon = edge
    return float(lat), float(lon)


_BANDS = "CDEFGHJKLMNPQRSTUVWX"


def _on_band_edge(ref: str) -> tuple[float, float] | None:
    """Read a reference whose northing was rounded onto the next latitude band.

    Converters (the ``mgrs`` package among them) round a point a few millimetres
    south of a band edge up to the edge and keep the southern band's letter, e.g.
    ``31MAA6602100000`` for a point 3 mm south of the equator; the same square in
    the neighbouring band is the point meant.  Accepted only when the result lies
    within a metre of the edge between the two bands.
    """
    import mgrs

    m = re.fullmatch(r"(\d{1,2})([C-HJ-NP-X])(.*)", ref)
    if not m:
        return None
    i = _BANDS.index(m.group(2))
    for j in (i - 1, i + 1):
        if not 0 <= j < len(_BANDS):
            continue
        try:
            lat, lon = mgrs.MGRS().toLatLon(m.group(1) + _BANDS[j] + m.group(3))
        except Exception:  # noqa: BLE001 - not this band either
            continue
        edge = -80 + 8 * max(i, j)  # the latitude between bands i and j
        if abs(lat - edge) < 1e-5:
            return lat, lon
    return None
