"""What a place is in the claims pipeline: ``Place`` (a named point with its kind and reach),
``PlaceMention`` (where a text names one), and the name keys the gazetteer indexes them under (``_norm``,
and ``_variant_key`` for other transliterations)."""

from __future__ import annotations

import math
import re
import unicodedata
from dataclasses import dataclass

from imagery.georef import GEOD

__all__ = ["Place", "PlaceMention", "GazetteerError"]

SETTLEMENT_KINDS = ("city", "town", "village")  # the kinds of place people live in, a list's or unlisted
TOWN_KM = 40.0  # an installation named after a town lies within this of it ("Cheongju" and its air base)
# the kinds of installation: what reports name after a town ("Ust-Luga port", "Engels airbase") and what "the site",
# "the base", "the yard" can refer back to; a facility is a plant, a factory, a refinery or a nuclear site
INSTALLATION_KINDS = ("port", "naval base", "shipyard", "airfield", "facility")

_RADIUS_KM = {"port": 3.0, "naval base": 3.0, "shipyard": 2.0, "airfield": 3.0, "facility": 2.0, "city": 15.0, "town": 8.0, "village": 4.0,
              "region": 200.0, "country": 800.0}
_COMMON_WORDS = {"fleet", "navy", "army", "guard", "mobile", "split", "nice", "reading", "male", "bath", "march", "may", "june", "july", "university",
                 "victoria", "union", "independence", "liberty", "hope", "concord", "as", "of", "in", "on", "at",
                 "most", "bar", "best", "buy", "deal", "lead", "orange", "sale", "pop", "wells", "marine", "mercedes",
                 "port", "airport", "station", "city", "center", "centre", "north", "south", "east", "west",
                 # ordinals head a headline ("Fourth U.S. destroyer arrives"): no spelling of Fürth or Fifth Avenue
                 "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
                 # armed groups and an adjective spelled like places ("the Hamas attack" is no Hamm)
                 "hamas", "hezbollah", "houthi", "houthis", "taliban", "baltic",
                 # an organisation's word ("the African Union Mission in Somalia" is no Mission, Texas)
                 "mission"}
# never another spelling of a place's name: the NATO alphabet, which names submarine classes ("a Kilo sub" is no
# Kiel, "a Tango" no Tanggu); a place named so exactly (Lima, Quebec) keeps its name
_NOT_SPELLINGS = {"alfa", "alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf", "hotel", "juliet", "juliett",
                  "kilo", "mike", "november", "oscar", "papa", "romeo", "sierra", "tango", "uniform", "victor",
                  "whiskey", "xray", "yankee", "zulu", "akula", "yasen", "borei", "lada", "typhoon",
                  "iskander"}  # a missile, not Malaysia's Iskandar
_COUNTRY_ALIASES = {
    "Russia": "RU", "North Korea": "KP", "DPRK": "KP", "South Korea": "KR", "China": "CN", "Ukraine": "UA",
    "United States": "US", "U.S.": "US", "U.S": "US", "US": "US", "USA": "US", "Iran": "IR", "Syria": "SY", "Japan": "JP", "Taiwan": "TW",
    "Vietnam": "VN", "Crimea": "UA", "Belarus": "BY", "Turkey": "TR", "Türkiye": "TR", "Mongolia": "MN",
    "United Kingdom": "GB", "Britain": "GB", "UK": "GB", "Burma": "MM",
    "Falklands": "FK", "Malvinas": "FK", "Vatican": "VA", "N Korea": "KP", "S Korea": "KR", "ROK": "KR",
    "N.Korea": "KP", "S.Korea": "KR",  # NHK's and Yonhap's headlines
    "Republic of Korea": "KR", "PRC": "CN", "UAE": "AE", "Emirates": "AE", "Burkina": "BF", "Brunei": "BN", "Korea": "KR",  # "from Korea to the Philippines"
    "U.A.E.": "AE", "U.A.E": "AE",  # the New York Times's (a token is read without its full stop)
    # the Congo of Kinshasa, as wire copy writes it (not the Republic of the Congo, "Congo" alone in pycountry)
    "Democratic Republic of Congo": "CD", "Democratic Republic of the Congo": "CD", "DR Congo": "CD", "DRC": "CD",
    "D.R. Congo": "CD",
}
_DEMONYMS = {
    "Russian": "RU", "North Korean": "KP", "South Korean": "KR", "Chinese": "CN", "Ukrainian": "UA",
    "American": "US", "Iranian": "IR", "Syrian": "SY", "Japanese": "JP", "Belarusian": "BY",
    "N. Korean": "KP", "S. Korean": "KR",  # Yonhap's headlines: "expansion of N. Korean airbase"
    "Pakistani": "PK", "Indian": "IN", "Israeli": "IL",  # "Pakistani base complex razed"
}
# a country's people and things, for "the Syrian bases" (in Syria) and "the Cuban capital" (Havana)
_NATIONALITIES = {**_DEMONYMS, "Korean": "KP", "Libyan": "LY", "Yemeni": "YE", "Turkish": "TR", "British": "GB", "Philippine": "PH",
                  "Taiwanese": "TW", "Vietnamese": "VN", "Cambodian": "KH", "Indian": "IN", "Finnish": "FI",
                  "Estonian": "EE", "Latvian": "LV", "Lithuanian": "LT", "Polish": "PL", "German": "DE", "Swedish": "SE",
                  "Norwegian": "NO", "Danish": "DK", "Egyptian": "EG", "Sudanese": "SD", "Israeli": "IL",
                  "Lebanese": "LB", "Saudi": "SA", "Iraqi": "IQ", "Georgian": "GE", "Romanian": "RO", "Bulgarian": "BG",
                  "Crimean": "UA", "Greek": "GR", "Italian": "IT", "French": "FR", "Spanish": "ES", "Dutch": "NL",
                  "Cuban": "CU", "Venezuelan": "VE", "Pakistani": "PK", "Afghan": "AF", "Thai": "TH", "Malaysian": "MY",
                  "Indonesian": "ID", "Australian": "AU", "Canadian": "CA", "Mexican": "MX",
                  "Qatari": "QA", "Emirati": "AE", "Bahraini": "BH", "Kuwaiti": "KW", "Jordanian": "JO", "Omani": "OM",
                  "Uzbek": "UZ", "Kyrgyz": "KG", "Kazakh": "KZ", "Tajik": "TJ", "Turkmen": "TM"}
# a person's title before a name: "President Jackson", "Gen. Florence …", "Defence Minister Sergei …"

class GazetteerError(ValueError):
    """A user gazetteer file is malformed."""


@dataclass(frozen=True)
class Place:
    """A named place. ``lat``/``lon`` may be ``None`` for subdivisions known only by name."""

    name: str
    kind: str
    lat: float | None
    lon: float | None
    country: str | None
    source: str
    approximate: bool = True
    radius_km: float = 3.0
    code: str | None = None
    needs_cue: bool = False  # matched only after a locative word ("past Dover"): a town named like an English word


@dataclass(frozen=True)
class PlaceMention:
    start: int
    end: int
    text: str
    place: Place
    vague: bool = False
    inferred: bool = False
    match: str = "exact"  # or "variant": another transliteration of the name ("Sergeevka" for Sergeyevka)
    score: float = 1.0  # how close the text is to the place's name (1 for an exact name or alias)
    # other places of the same name in other countries that the words around would also allow (Eden, New South
    # Wales beside Eden, North Carolina): the document's other places choose between them (``homonyms``)
    alternatives: tuple[Place, ...] = ()

    def to_dict(self) -> dict:
        p = self.place
        return {"start": self.start, "end": self.end, "text": self.text, "name": p.name, "kind": p.kind,
                "lat": p.lat, "lon": p.lon, "country": p.country, "source": p.source, "approximate": p.approximate,
                "radius_km": p.radius_km, "vague": self.vague, "inferred": self.inferred, "code": p.code,
                "match": self.match, "score": round(self.score, 3)}


def _norm(text: str) -> str:
    """The index key of a name: lower case, without accents; an apostrophe inside a word is dropped ("Sana'a" and
    "Sanaa", "Sunch'on" and "Sunchon" are one key), other apostrophes, hyphens and spaces are one space."""
    text = _plain(text)
    if any(mark in text for mark in _APOSTROPHES):
        text = _INNER_APOSTROPHE.sub("", text)
    return _NORM_SEPARATORS.sub(" ", text).strip()


def _spelled(text: str) -> str:
    """A name as written, for comparing spellings: lower case, without accents, every apostrophe a space."""
    return _NORM_SEPARATORS.sub(" ", _plain(text)).strip()


def _plain(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return text.lower()


# apostrophes, and the marks transliterations write for an ayn: "Tall ‘Afar", "Tal `Afar", "Ṣanʿāʾ"
_APOSTROPHES = "'’ʼ‘`ʿʻ"
_NORM_SEPARATORS = re.compile(rf"[\s\-–{_APOSTROPHES}]+")  # an en dash joins a name too ("Djibouti–Ambouli")
_INNER_APOSTROPHE = re.compile(rf"(?<=[^\W\d_])[{_APOSTROPHES}](?=[^\W\d_])")


_VARIANTS = (("iy", "i"), ("yi", "i"), ("ij", "i"), ("ii", "i"), ("yy", "i"), ("ye", "e"), ("yo", "o"),
             ("ya", "a"), ("yu", "u"), ("ou", "u"), ("kh", "h"), ("gh", "g"), ("y", "i"), ("w", "v"),
             ("ia", "a"), ("ph", "p"))  # Diaghilevo / Dyagilevo; North Korea's own romanisation
# writes the aspirates with an h: Sinpho / Sinpo, Phyongyang / Pyongyang


def _variant_key(text: str) -> str:
    """One key for the transliterations of a name: Sergeevka / Sergeyevka, Sunchon / Sunch'on, Primorsky /
    Primorskiy / Primorskyi, Feodosia / Feodosiya (spaces, apostrophes, doubled letters and y/i spellings
    ignored)."""
    key = _norm(text).replace(" ", "|")  # word by word: "Saky air base" is not "Sak-yair-base"
    for a, b in _VARIANTS:
        key = key.replace(a, b)
    return _DOUBLED.sub(r"\1", key.replace("|", ""))


_DOUBLED = re.compile(r"(.)\1+")
# an Arabic article (or "El") at the start of a name: "Al-Tabqa" is also written "Tabqa", "Al Azraq" "Azraq"; in lower
# case before a name in a text: "al-Khadim", "el-Arish", "ad-Dakhla"
ARABIC_ARTICLES = r"Al|Ad|Ar|As|At|An|Az|Ash"
NAME_ARTICLE = re.compile(rf"^(?:{ARABIC_ARTICLES}|El)[ -]")
WRITTEN_ARTICLES = (ARABIC_ARTICLES + "|El").lower()


def _closeness(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, _spelled(a), _spelled(b)).ratio()


def km_to_nearest(place: Place, points: list[tuple[float, float]]) -> float:
    """Kilometres from ``place`` to the nearest of ``points`` (``(lat, lon)``), infinite when ``place`` has no
    coordinates or there are no points (a point without coordinates, an unlisted place's, is none)."""
    if place.lat is None or place.lon is None or not points:
        return math.inf
    if any(lat is None or lon is None for lat, lon in points):
        points = [(lat, lon) for lat, lon in points if lat is not None and lon is not None]
        if not points:
            return math.inf
    lats, lons = zip(*points)
    _, _, metres = GEOD.inv([place.lon] * len(points), [place.lat] * len(points), lons, lats)
    return float(min(metres)) / 1000.0
