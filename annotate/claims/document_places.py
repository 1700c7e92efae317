"""Which of several places of one name a document means, decided by the document as a whole.

* **Its other places.** "Eden" is a town in North Carolina and a port in New South Wales; in a report that
  also names Sydney and Brisbane it is the Australian one — the one near the document's other places. (Near,
  not in the same country: "Pokrovsk" in a report on Krasnodar Krai is still the Ukrainian town, not the
  village of that name in Yakutia.)
* **One sense per document.** A name read once as an installation ("Belaya" in "four air bases, including
  Olenya and Belaya") means that installation when it comes back alone ("Images of Belaya"), not a village
  of that name; an installation named in full ("Andersen Air Force Base") is meant by its short form later
  ("B-52 bombers rotated through Andersen"), which no list has as a name.
"""

from __future__ import annotations

import math
import re
from dataclasses import replace
from typing import Callable, Iterable

from .place_context import _KIND_BEFORE, _LOCATIVE_BEFORE
from .place_model import INSTALLATION_KINDS, SETTLEMENT_KINDS as _SETTLEMENTS, TOWN_KM, WRITTEN_ARTICLES, Place, PlaceMention, _norm, km_to_nearest

__all__ = ["cued_names_again", "organisations_named_again", "people_named_again", "possessor_towns", "settle_homonyms",
           "shipyards_in_town", "short_forms", "towns_of_the_same_name"]

_INSTALLATIONS = (*INSTALLATION_KINDS, "island")
_SMALLER = ("town", "village")  # what a city never gives way to
_FAR_KM = 300.0
_MAX_ANCHORS = 400
_MAX_CUED = 200  # names a document's cued villages come back under (bounded cost on any text)
_ARTICLE_WRITTEN = re.compile(rf"(?:{WRITTEN_ARTICLES})-(?=[A-Z])", re.IGNORECASE)  # "al-Mukalla", "Al-Mukalla"


def settle_homonyms(sentences: list[list[PlaceMention]], text: str = "") -> None:
    """Replace, in place, mentions the rest of the document shows to mean another place of the same name.

    The document's anchors are the places only one place has the name of, then the cities among the rest (a
    big city is what a bare name means most often). A settlement or installation of a shared name becomes
    the other place of that name that lies far nearer the anchors (a quarter of the distance or less, and
    the first reading more than 300 km from every anchor). A city of 100,000 people or more never gives way
    to a town or village of its name ("San Diego" in a report on Japan is still the Californian city, not a
    Philippine village that lies nearer)."""
    _qualified(sentences)
    spots = [(i, k) for i, mentions in enumerate(sentences) for k, m in enumerate(mentions) if not m.inferred]
    anchors = [sentences[i][k] for i, k in spots if not sentences[i][k].alternatives]
    shared = [(i, k) for i, k in spots if sentences[i][k].alternatives]
    anchors += [sentences[i][k] for i, k in shared if sentences[i][k].place.kind == "city"]
    # where the anchors are (one point per 0.1°, at most _MAX_ANCHORS of them: a long document's cost stays
    # bounded), and which names put a point there — a name is no anchor for itself
    points: dict[tuple[float, float], set[str]] = {}
    for a in anchors:
        if a.place.lat is not None and a.place.lon is not None:
            key = (round(a.place.lat, 1), round(a.place.lon, 1))
            if key in points or len(points) < _MAX_ANCHORS:
                points.setdefault(key, set()).add(_norm(a.text))
    decided: dict[tuple[str, int], Place | None] = {}
    for i, k in shared:
        m = sentences[i][k]
        if m.place.kind not in _SETTLEMENTS + _INSTALLATIONS:
            continue
        memo = (_norm(m.text), id(m.place))
        if memo not in decided:
            others = [p for p, names in points.items() if names != {memo[0]}]
            here = km_to_nearest(m.place, others)
            there, best = min(((km_to_nearest(o, others), j) for j, o in enumerate(m.alternatives)
                               if not (m.place.kind == "city" and o.kind in _SMALLER)), default=(math.inf, 0))
            decided[memo] = m.alternatives[best] if here > _FAR_KM and there * 4 <= here < math.inf else None
        if decided[memo] is not None:
            sentences[i][k] = replace(m, place=decided[memo], alternatives=())
    _one_sense_per_document(sentences, text)


def _qualified(sentences: list[list[PlaceMention]]) -> None:
    """A settlement of a shared name followed by its state or country ("Portsmouth, Virginia", "Perth, Scotland")
    is the one of that name in it."""
    for mentions in sentences:
        for k, (m, qualifier) in enumerate(zip(mentions, mentions[1:])):
            if not m.alternatives or qualifier.start - m.end > 2 or qualifier.place.kind not in ("region", "country"):
                continue
            q = qualifier.place
            fits = [p for p in (m.place, *m.alternatives)
                    if (q.kind == "region" and q.code and p.code == q.code) or
                    (q.kind == "country" or not q.code or p.code is None) and p.country == q.country]
            if fits and fits[0] is not m.place:
                mentions[k] = replace(m, place=fits[0], alternatives=())


def _one_sense_per_document(sentences: list[list[PlaceMention]], text: str = "") -> None:
    """A name read once as an installation keeps that sense where it comes back as a town or village — unless
    the text calls it one there ("the airfield in the town of Yeysk" after "the military airfield in Yeysk"; "Tal
    Afar is about 43 miles west of Mosul" after "captures key airport in Tal Afar")."""
    first: dict[str, PlaceMention] = {}
    for mentions in sentences:
        for k, m in enumerate(mentions):
            key = _norm(m.text)
            earlier = first.get(key)
            if earlier is not None and earlier.place is not m.place and m.place.kind in ("town", "village") and \
                    earlier.place.kind in _INSTALLATIONS and \
                    not _WRITTEN_AS_TOWN.search(text, max(0, m.start - 24), m.start) and \
                    not _TOWN_NOUN_AFTER.match(text, m.end):
                mentions[k] = replace(m, place=earlier.place, alternatives=(), match=earlier.match,
                                      score=earlier.score)
            else:
                first.setdefault(key, m)


# an installation's kind around its name: "Andersen Air Force Base", "Naval Air Station Whidbey Island"
_KIND_WORDS = re.compile(r"^(?:(?:Naval\s+(?:Air\s+)?Station|Marine\s+Corps\s+Air\s+Station|NAS|MCAS|RAF|RAAF\s+Base|"
                         r"RNAS|HMNB|Joint\s+Base)\s+)?(?P<core>.+?)"
                         r"(?:\s+(?:Air\s+Force\s+Base|AFB|Air\s+Base|Airbase|Air\s+Station|Naval\s+(?:Air\s+)?Station|"
                         r"Naval\s+Base|air\s+base|airbase|(?:Military\s+)?[Aa]irfield|naval\s+base|[Ss]hipyard|Island|Reef|Shoal|Atoll|"
                         r"Transit\s+Cent(?:er|re)|military\s+base))?$")  # "the Manas Transit Center" … "at Manas"
# "Karshi-Khanabad air base, commonly known as K2", "… (known as K2)"
_KNOWN_AS = re.compile(r",?\s+\(?(?:also\s+|commonly\s+|widely\s+|locally\s+)?(?:known|referred\s+to)\s+as\s+"
                       r"[\"“‘']?(?P<name>[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)")
_DESIGNATED = re.compile(r"[A-Z]{1,2}-?\d{1,2}")  # a base known by a letter and a number: "the K1 military base" … "K1"


# a shipyard or an airfield, then "in" and the town: "CSBC Corp.'s shipyard in Kaohsiung", "the Shagol airfield in
# Chelyabinsk"
_SHIPYARD_IN_BEFORE = re.compile(r"\b(?:shipyard|dockyard|airfield|air\s*base|airport)\s+in\s+$", re.IGNORECASE)
_BESIDE = re.compile(r",?\s+(?:in|near|outside)\s+")  # between an installation and the town it lies in
# "the town of", "the village of": a settlement, whatever else the document names after it
_WRITTEN_AS_TOWN = re.compile(r"\b(?:city|town|village|mayors?)\s+of\s+$", re.IGNORECASE)  # (its mayor: the town)
# a town written as one, not as the installation named after it
_THE_TOWN_ITSELF = re.compile(r"\b(?:port|city|town|harbou?r)\s+of\s+$", re.IGNORECASE)
# (or where it lies: "Tal Afar lies about 60 km west of Mosul", after "Tal Afar air base")
# (or a capital, or a town with an airport of its own: "of which Maiduguri is the capital", "a curfew has been imposed
# in Maiduguri, and its civilian airport was also briefly closed", after "Maiduguri airbase")
_TOWN_NOUN_AFTER = re.compile(r"(?:'s)?\s+(?:city|town|port|harbou?r)\b|\s+(?:lies|is\s+located|is\s+situated|is)\s+"
                              r"(?:about\s+|some\s+|roughly\s+|around\s+)?\d[\d,.]*\s*"
                              r"(?:km|kilometres|kilometers|miles)\b|"
                              r"\s+is\s+the\s+(?:[\w-]+\s+)?capital\b|"
                              r",?\s+and\s+its\s+(?:[\w-]+\s+)?(?:airport|airfield|port)\b")


def short_forms(text: str, spans: list[tuple[int, int]], sentences: list[list[PlaceMention]],
                given: Iterable[PlaceMention] = ()) -> None:
    """Add, in place, the mentions of an installation by the short form of the full name it is given elsewhere
    in the document ("Andersen" after "Andersen Air Force Base"), and read the town it is named after as the
    installation where that town comes back alone ("Engels airbase: bombers back" … "the apron at Engels";
    "RAF Lossiemouth" … "a P-8 from Lossiemouth"; "Triton Island" … "all claim Triton") — or where a town far away has the name ("the Yulin naval base"
    … "based at Yulin" is no city of Yulin in Guangxi). ``given``: installations the document names outside its
    sentences (a dateline's "RAMSTEIN AIR BASE, Germany —")."""
    cores: dict[str, PlaceMention] = {}
    nicknames: dict[str, PlaceMention] = {}
    for mentions in [list(given), *sentences]:
        for m in mentions:
            if m.inferred:
                continue
            if m.place.kind in INSTALLATION_KINDS and (known := _KNOWN_AS.match(text, m.end)):
                nicknames.setdefault(known.group("name"), m)  # "Karshi-Khanabad air base, commonly known as K2"
            if m.place.kind not in ("airfield", "naval base", "shipyard", "facility", "island"):
                continue
            core = _KIND_WORDS.match(m.text).group("core")
            if core == m.text and m.place.name != m.text and _KIND_BEFORE.search(text, max(0, m.start - 24), m.start):
                cores.setdefault(core, m)  # "Naval Base Karwar", matched as "Karwar" after its kind: a short form
            elif core != m.text and (len(core) >= 4 or _DESIGNATED.fullmatch(core)) and core[0].isupper():
                cores.setdefault(core, m)
    cores = {**nicknames, **cores}  # a full name's short form before a nickname of the same words
    if not cores:
        return
    rx = _names_again(cores)
    for (s, e), mentions in zip(spans, sentences):
        for hit in rx.finditer(text, s, e):
            full = cores[hit.group()]
            if full.start <= hit.start() < full.end:
                continue  # the full name itself (a short form before it counts: a headline above the body)
            if _THE_TOWN_ITSELF.search(text, max(s, hit.start() - 24), hit.start()) or \
                    _TOWN_NOUN_AFTER.match(text, hit.end()) or \
                    _SHIPYARD_IN_BEFORE.search(text, max(s, hit.start() - 24), hit.start()):
                continue  # "the commercial port of Wonsan", "the city of Engels": the text says it is not the base;
                # "Hyundai's shipyard in Ulsan", "the Shagol airfield in Chelyabinsk" name the town beside it
            if any(m.place is full.place and m.end <= hit.start() and _BESIDE.fullmatch(text, m.end, hit.start())
                   for m in mentions):
                continue  # "the Fourth Fighter Base Vahdati in Dezful": the installation by another name, then its town
            beside = [(full.place.lat, full.place.lon)]
            same = [k for k, m in enumerate(mentions) if (m.start, m.end) == hit.span() and
                    (m.place.kind in _SETTLEMENTS and (1.0 < km_to_nearest(m.place, beside) or
                                                       m.place.source == "airportsdata") or
                     m.place.kind in _INSTALLATIONS and m.place is not full.place and
                     (m.place.kind == "airfield") == (full.place.kind == "airfield"))]  # "from Whiteman": the
                     # base; but "the airbase at Cam Ranh" after "the Cam Ranh naval base" stays the airfield
            if same and hit.start() > full.start:  # the town the installation is named after, beside it or far off
                # (not at its very point, unless the town is known only by its airport: "Bagram"), after the full
                # name: the installation
                mentions[same[0]] = replace(full, start=hit.start(), end=hit.end(), text=hit.group(), alternatives=())
            elif not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                mentions.append(replace(full, start=hit.start(), end=hit.end(), text=hit.group(), alternatives=()))
        mentions.sort(key=lambda m: m.start)


def _names_again(names: Iterable[str]) -> re.Pattern:
    """A pattern for any of ``names`` standing alone where it comes back — a whole word, longest first, and not the
    first words of a longer capitalised name ("Andersen", not "Andersen Hall")."""
    return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True)) +
                      r")(?![\w-])(?!\s+[A-Z])")


def cued_names_again(text: str, spans: list[tuple[int, int]], sentences: list[list[PlaceMention]]) -> None:
    """Add, in place, the mentions of a village (or a town named like an English word) that a sentence found with
    the locative word it needs ("from the Kapustin Yar test site") where its name comes back without one ("Kapustin
    Yar was founded in 1946"): one sense per document. Not as the first word of a longer name ("Kapustin Yar
    Street")."""
    found: dict[str, PlaceMention] = {}
    for mentions in sentences:
        for m in mentions:
            if not m.inferred and (m.place.kind == "village" or m.place.needs_cue) and m.text[:1].isupper() and \
                    len(m.text) >= 4 and (m.text in found or len(found) < _MAX_CUED):
                found.setdefault(m.text, m)
    if not found:
        return
    rx = _names_again(found)
    for (s, e), mentions in zip(spans, sentences):
        added = False
        for hit in rx.finditer(text, s, e):
            if not any(m.start < hit.end() and hit.start() < m.end for m in mentions):
                mentions.append(replace(found[hit.group()], start=hit.start(), end=hit.end(), alternatives=()))
                added = True
        if added:
            mentions.sort(key=lambda m: m.start)


def shipyards_in_town(text: str, sentences: list[list[PlaceMention]],
                      shipyard_of: Callable[[Place, str], Place | None]) -> None:
    """Add, in place, to a town after "shipyard in" ("CSBC Corp.'s shipyard in Kaohsiung", "Hyundai's shipyard in
    Ulsan") the shipyard named after it, when a list has one (``shipyard_of(town, name)``): the text names both.
    ("The naval base in Tartus", "the base in Kronstadt" stay the towns, as the reports' labels read them.)"""
    for mentions in sentences:
        for m in list(mentions):
            if m.inferred or m.place.kind not in _SETTLEMENTS or \
                    not _SHIPYARD_IN_BEFORE.search(text, max(0, m.start - 24), m.start):
                continue
            yard = shipyard_of(m.place, m.text)
            if yard is not None and all(p.place is not yard for p in mentions):
                mentions.append(replace(m, place=yard, alternatives=()))
                mentions.sort(key=lambda p: p.start)


# "the Lipetsk airfield, near the Russian city of the same name"
_SAME_NAME = re.compile(r"\b(?:city|town|village)\s+of\s+the\s+same\s+name\b")


def towns_of_the_same_name(text: str, spans: list[tuple[int, int]], sentences: list[list[PlaceMention]],
                           lookup: Callable[[str], Place | None]) -> None:
    """Add, in place, the town "the city of the same name" is: the town whose name begins the installation named
    before it in the sentence ("the Lipetsk airfield, near the Russian city of the same name" is Lipetsk), when
    it lies within a town's reach of the installation."""
    for (s, e), mentions in zip(spans, sentences):
        for hit in _SAME_NAME.finditer(text, s, e):
            before = [m for m in mentions if m.end <= hit.start() and m.place.kind in INSTALLATION_KINDS and
                      m.place.lat is not None]
            if not before:
                continue
            word = re.sub(r"^(?:the|The)\s+", "", before[-1].text).split(" ")[0].split("-")[0]
            if (town := _town_by(lookup(word), before[-1].place, mentions)) is None:
                continue
            mentions.append(PlaceMention(hit.start(), hit.end(), hit.group(), town))
            mentions.sort(key=lambda p: p.start)


def _town_by(town: Place | None, installation: Place, mentions: list[PlaceMention]) -> Place | None:
    """``town`` when it is a settlement within a town's reach of ``installation`` that ``mentions`` do not name yet
    (the town an installation's name begins with), else ``None``."""
    if town is None or town.kind not in _SETTLEMENTS or town.lat is None or \
            km_to_nearest(town, [(installation.lat, installation.lon)]) > 2 * TOWN_KM or \
            any(m.place is town for m in mentions):
        return None
    return town


# a town's possessive at the start of its installation's name: "Misrata's air college", "Port Sudan's airport"
# (with its Arabic article written in lower case: "al-Mukalla's airport")
_POSSESSOR = re.compile(rf"((?:(?:{WRITTEN_ARTICLES})-)?[A-Z][\w-]*(?:\s+[A-Z][\w-]*)?)['’]s\s")


def possessor_towns(sentences: list[list[PlaceMention]], lookup: Callable[[str], Place | None]) -> None:
    """Add, in place, the town whose possessive begins an installation's mention ("Misrata's air college" names
    Misrata and its airport, as "Benghazi's Benina airport" names both), when it lies within a town's reach."""
    for mentions in sentences:
        for m in list(mentions):
            if m.inferred or m.place.kind not in INSTALLATION_KINDS or m.place.lat is None or \
                    (own := _POSSESSOR.match(m.text)) is None or \
                    (town := _town_by(lookup(own.group(1)) or _without_article(own.group(1), lookup), m.place,
                                      mentions)) is None:
                continue
            # (vague: the installation is what the sentence is about, and what a later noun refers back to — not
            # its town: "… near the main terminal" after "Port Sudan's international airport")
            mentions.append(PlaceMention(m.start, m.start + len(own.group(1)), own.group(1), town, vague=True))
            mentions.sort(key=lambda p: (p.start, p.end))  # the town, then its installation


def _without_article(name: str, lookup: Callable[[str], Place | None]) -> Place | None:
    """The place ``name`` is with its written Arabic article left out ("al-Mukalla's airport": Mukalla), or
    ``None``."""
    bare = _ARTICLE_WRITTEN.match(name)
    return lookup(name[bare.end():]) if bare else None


_MAX_ORGANISATIONS = 200
# a capitalised word before a country's name: "Sky Mali", "Air Mali" — an organisation's name when the text has it
# somewhere without the country read as a place
_WORD_BEFORE = re.compile(r"(?<![\w'’-])(?!(?:The|A|An|In|On|At|From|To|By|For|With|And|But|Of|As|After|Before|Since|"
                          r"While|When|Where|That|This|These|Those|Its|Their|His|Her|Both|All|Only|Even|Then|So)\s)"
                          r"([A-Z][\w'’-]*)\s+$")


def organisations_named_again(text: str, sentences: list[list[PlaceMention]]) -> None:
    """Drop, in place, a country read as a place inside an organisation's name that the document reads as an
    organisation elsewhere ("Sky Mali cancels flights" above "The airline Sky Mali said"): one sense per document.
    Only a name of two words, a capitalised word and the country, and only where one of its occurrences was not
    read as a place."""
    candidates: dict[str, list[tuple[int, int]]] = {}
    for k, mentions in enumerate(sentences):
        for j, m in enumerate(mentions):
            if m.place.kind == "country" and not m.inferred and \
                    (before := _WORD_BEFORE.search(text, max(0, m.start - 30), m.start)) is not None:
                candidates.setdefault(f"{before.group(1)} {m.text}", []).append((k, j))
    if not candidates or len(candidates) > _MAX_ORGANISATIONS:
        return  # (a text naming hundreds of such pairs is a list, not a report: bounded cost, one pass below)
    found = {(m.start, m.end) for mentions in sentences for m in mentions}
    organisations = {hit.group() for hit in _names_again(candidates).finditer(text)
                     if (hit.end() - len(hit.group().split(" ", 1)[1]), hit.end()) not in found}
    dropped = sorted((where for name in organisations for where in candidates[name]), reverse=True)
    for k, j in dropped:
        del sentences[k][j]


# a person named in full after a title or a trade: "SPLA-N spokesman Arnu Ngutulu Lodi", "Governor Abdeen Awadallah"
_TITLED_PERSON = re.compile(r"\b(?i:spokes(?:man|woman|person)|president|minister|general|gen\.|colonel|col\.|governor|"
                            r"commander|director|secretary|dr\.|mr\.|mrs\.|ms\.)\s+(?:[A-Z][a-z'’-]+\s+){1,2}"
                            r"(?P<surname>[A-Z][a-z'’-]+)\b")
_MAX_PEOPLE = 200


def people_named_again(text: str, sentences: list[list[PlaceMention]]) -> None:
    """Drop, in place, a town read where the text names by surname alone a person it named in full after a title
    ("Lodi urged residents" after "SPLA-N spokesman Arnu Ngutulu Lodi"): one sense per document — not after a
    locative word ("in Lodi" is the town)."""
    surnames: set[str] = set()
    for m in _TITLED_PERSON.finditer(text):
        surnames.add(m.group("surname"))
        if len(surnames) >= _MAX_PEOPLE:
            break  # (a text naming hundreds of people is a list: bounded cost)
    if not surnames:
        return
    for mentions in sentences:
        mentions[:] = [m for m in mentions
                       if not (m.text in surnames and m.place.kind in (*_SETTLEMENTS, "region") and not m.inferred and
                               not _LOCATIVE_BEFORE.search(text, max(0, m.start - 24), m.start))]
