"""Where and when an image was taken, and who made it: read from tags, sidecars or the name.

The acquisition time is taken from the most trustworthy source present, in
this order, and the source is reported with it:

1. ``tiff-datetime`` — the TIFF ``DateTime`` tag;
2. ``metadata:<KEY>`` — an acquisition item in the file's metadata (default or
   ``IMAGERY`` domain), e.g. ``ACQUISITIONDATETIME``;
3. ``nitf-idatim`` — the NITF image header's ``IDATIM``;
4. ``sidecar:<file>`` — a sidecar JSON or STAC item beside the image
   (``<file>.json``, ``<stem>.json`` or ``<stem>.stac.json``);
5. ``filename`` — a ``YYYY-MM-DD`` (or ``YYYYMMDD``) in the file name.

Times without a zone are taken as UTC (satellite metadata is in UTC).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Mapping

__all__ = ["Provenance", "read_provenance", "parse_datetime", "find_sidecar"]

_ACQ_KEYS = (
    "ACQUISITIONDATETIME",
    "ACQUISITION_DATETIME",
    "ACQUISITION_DATE",
    "ACQUISITION_TIME",
    "DATETIME_ORIGINAL",
    "EXIF_DATETIMEORIGINAL",
    "SENSING_TIME",
    "PRODUCT_START_TIME",
    "DATATAKE_1_DATATAKE_SENSING_START",
    "IMAGE_DATE",
)
_SITE_KEYS = ("SITE_NAME", "SITE", "LOCATION", "TIFFTAG_DOCUMENTNAME")
_SOURCE_KEYS = ("SOURCE", "SATELLITEID", "SENSOR", "NITF_ISORCE", "TIFFTAG_ARTIST")
_CREDIT_KEYS = ("CREDIT", "TIFFTAG_COPYRIGHT", "COPYRIGHT", "ATTRIBUTION")
_LICENCE_KEYS = ("LICENSE", "LICENCE", "RIGHTS")


@dataclass(frozen=True)
class Provenance:
    """When, where and by whom, each with the source that said so."""

    acquired: datetime | None
    acquired_source: str | None
    site: str | None
    source: str | None
    credit: str | None
    licence: str | None


def parse_datetime(text: str) -> datetime | None:
    """Parse the date-time spellings imagery metadata uses; ``None`` if none fits.

    >>> parse_datetime("2025:05:18 02:14:09").isoformat()
    '2025-05-18T02:14:09+00:00'
    >>> parse_datetime("20091021203850").isoformat()
    '2009-10-21T20:38:50+00:00'
    >>> parse_datetime("2025-05-18T02:14:09.5Z").isoformat()
    '2025-05-18T02:14:09.500000+00:00'
    >>> parse_datetime("not a date") is None
    True
    """
    text = (text or "").strip().strip("\x00").strip()
    if not text:
        return None
    candidates = [text, text.replace("Z", "+00:00")]
    m = re.fullmatch(r"(\d{4}):(\d{2}):(\d{2})[ T](\d{2}):(\d{2}):(\d{2})", text)
    if m:
        candidates.insert(0, "{}-{}-{}T{}:{}:{}".format(*m.groups()))
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})", text)  # NITF CCYYMMDDhhmmss
    if m:
        candidates.insert(0, "{}-{}-{}T{}:{}:{}".format(*m.groups()))
    for cand in candidates:
        try:
            dt = datetime.fromisoformat(cand)
        except ValueError:
            continue
        if not 1900 <= dt.year <= 2200:
            return None
        return dt.replace(tzinfo=timezone.utc) if dt.tzinfo is None else dt.astimezone(timezone.utc)
    return None


def find_sidecar(path: Path) -> tuple[Path, dict] | None:
    """The first readable sidecar JSON (plain or STAC item) beside ``path``."""
    for cand in (path.with_name(path.name + ".json"), path.with_suffix(".json"), path.with_suffix(".stac.json")):
        if cand.is_file():
            try:
                data = json.loads(cand.read_text(encoding="utf-8-sig"))
            except (OSError, ValueError, UnicodeDecodeError):
                continue
            if isinstance(data, dict):
                return cand, data
    return None


def _sidecar_fields(data: dict) -> dict[str, str | None]:
    """Flatten a plain sidecar or a STAC item to our field names."""
    props = data.get("properties") if isinstance(data.get("properties"), dict) else {}
    merged = {**data, **props}
    providers = merged.get("providers")
    provider_names = None
    if isinstance(providers, list):
        provider_names = ", ".join(str(p.get("name")) for p in providers if isinstance(p, dict) and p.get("name")) or None

    def first(*keys):
        for key in keys:
            value = merged.get(key)
            if value not in (None, ""):
                return str(value)
        return None

    return {
        "acquired": first("datetime", "acquired", "acquisition_datetime", "start_datetime", "date"),
        "site": first("site", "site_name", "title", "location"),
        "source": first("source", "platform", "constellation", "instruments") or provider_names,
        "credit": first("credit", "attribution", "copyright") or provider_names,
        "licence": first("licence", "license"),
    }


def _first_tag(tags: Mapping[str, str], keys) -> tuple[str, str] | None:
    upper = {k.upper(): v for k, v in tags.items()}
    for key in keys:
        value = upper.get(key)
        if value and str(value).strip():
            return key, str(value).strip()
    return None


def _date_from_name(name: str) -> datetime | None:
    m = re.search(r"(?<!\d)(\d{4})-?(\d{2})-?(\d{2})(?!\d)", name)
    if not m:
        return None
    try:
        return datetime(int(m[1]), int(m[2]), int(m[3]), tzinfo=timezone.utc)
    except ValueError:
        return None


def read_provenance(path: Path, tags: Mapping[str, str], imagery_tags: Mapping[str, str] | None = None) -> Provenance:
    """Collect acquisition time, site, source, credit and licence for one image.

    Parameters
    ----------
    path
        The image file (its name and sidecars are consulted).
    tags
        The default-domain metadata (GDAL tags, including ``TIFFTAG_*`` and ``NITF_*``).
    imagery_tags
        GDAL's ``IMAGERY`` domain, filled from provider metadata files.
    """
    all_tags = {**(imagery_tags or {}), **tags}
    sidecar = find_sidecar(path)
    side = _sidecar_fields(sidecar[1]) if sidecar else {}

    acquired, acquired_source = None, None
    found = _first_tag(tags, ("TIFFTAG_DATETIME",))
    if found and (dt := parse_datetime(found[1])):
        acquired, acquired_source = dt, "tiff-datetime"
    if acquired is None:
        found = _first_tag(all_tags, _ACQ_KEYS)
        if found and (dt := parse_datetime(found[1])):
            acquired, acquired_source = dt, f"metadata:{found[0]}"
    if acquired is None:
        found = _first_tag(tags, ("NITF_IDATIM",))
        if found and (dt := parse_datetime(found[1])):
            acquired, acquired_source = dt, "nitf-idatim"
    if acquired is None and side.get("acquired") and (dt := parse_datetime(side["acquired"])):
        acquired, acquired_source = dt, f"sidecar:{sidecar[0].name}"
    if acquired is None and (dt := _date_from_name(path.name)):
        acquired, acquired_source = dt, "filename"

    def pick(keys, field):
        found = _first_tag(all_tags, keys)
        return found[1] if found else side.get(field)

    return Provenance(
        acquired=acquired,
        acquired_source=acquired_source,
        site=pick(_SITE_KEYS, "site"),
        source=pick(_SOURCE_KEYS, "source"),
        credit=pick(_CREDIT_KEYS, "credit"),
        licence=pick(_LICENCE_KEYS, "licence"),
    )
