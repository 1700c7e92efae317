"""Air bases no list has, named after a town that one has: "Hasimara Air Force Station", "the air base at Sirsa".

Reports name military airfields by the town beside them, and no list has every one: an Indian Air Force station,
a Belarusian or a Pakistani base that no airportsdata entry or curated list knows. Read as the town, such a
mention puts the claim in the right neighbourhood but under the wrong kind of place (a town, not an airfield), so
"the base" cannot refer back to it and the claim's place names a town the report never meant. Here, a town
written with an air base's kind words after it ("Hasimara Air Force Station", "Hasimara air base") or after an
unnamed air base's words ("the air base at Hasimara", "an airfield near Hasimara") is an **unlisted air base** named
after the town: ``"Hasimara air base"``, at the town's point, approximate, with a source that says so — unless a list
has an airfield named after the town after all ("Halwara Air Force Station" is Halwara's airport, shared with the air
force), which it then is. One document has one such base per town: "Hasimara air base" later is the same place, and
so is "Hasimara" alone after it (see :func:`annotate.claims.document_places.settle_homonyms`).
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Callable

from .document_places import _SETTLEMENTS
from .installation_words import ON_THE_PENINSULA
from .place_model import _NATIONALITIES, NAME_ARTICLE, Place, PlaceMention, km_to_nearest

__all__ = ["UNLISTED", "airfields_named_like_far_towns", "service_stations", "unlisted_air_bases"]

UNLISTED = "unlisted air base"  # the start of an unlisted base's source
_RADIUS_KM = 10.0  # the town's point, not the base's: the base lies within a few kilometres of it
_AT_TOWN_KM = 5.0  # a listed airfield this near the town is its air base, whatever the list calls it
# the kind words after a town's name: "Halwara Air Force Station", "Halwara airbase", "the Sirsa military airfield"
_AIR_KIND_WORDS = (r"(?:(?:Indian\s+|IAF\s+|PAF\s+)?Air\s+Force\s+(?:Station|Base)|[Aa]ir\s*[Bb]ase|Air\s+Station|"
                   r"(?:[Mm]ilitary\s+)?[Aa]ir\s*[Ff]ield|air\s+force\s+(?:station|base))")
# (or after a list of towns, in the plural: "Hotan, Yarkant and Kashgar airbases"; not "Subic and Basa Air Base")
_AIR_KIND_AFTER = re.compile(r"(?:['’]s)?\s+(?:" + _AIR_KIND_WORDS + r"|(?P<airport>(?:International\s+)?[Aa]irport))\b|"
                             r"(?:(?:,\s+|,?\s+and\s+)[A-Z][\w'’-]+)+\s+" + _AIR_KIND_WORDS + r"s\b")
# an unnamed air base's words before it: "the air base at Sirsa", "an Indian Air Force base near Halwara", "another
# airfield on the peninsula, at Saky" (not a named base's: "Hmeimim Air Base near Latakia", "Dyagilevo, an air base
# near Ryazan")
_DEMONYM = "|".join(sorted(_NATIONALITIES, key=len, reverse=True))
# (or an armed force's: "the Ukrainian Armed Forces air base in Nizhyn")
# (a headline's without its article: "fire missile at airfield in city of Oleksandriia"; an airport by its town's
# name where no list has it: "the airport of Zintan"; the town named as a city: "the airfield of the city of X")
_AIR_KIND_BEFORE = re.compile(r"(?:(?<!\bport\sand\s)(?<!\bharbour\sand\s)"  # (not "the port and the airport of Port
                              # Sudan": the city's, both)
                              r"\b(?:the|an?|another)\s+(?:(?-i:[a-z][\w-]*|" + _DEMONYM + r")\s+){0,2}|"
                              r"\b(?-i:at|on|strikes?|hits?|attacks?|shells?)\s+|(?:^|(?<=\n))(?=Airport\b))"
                              r"(?:(?-i:Armed\s+Forces|Air\s+Force)\s+)?"
                              r"(?:air\s*base|airfield|air\s+station|air\s+force\s+(?:base|station)|air\s+college|"
                              r"air\s+(?:force\s+)?academy|(?P<airport>airport))(?:\s+infrastructure)?"
                              # the base and something else there: "an airfield and a hospital in Amdjarass" (both
                              # in the town: the base and the town)
                              r"(?P<also>\s+and\s+an?\s+(?-i:[a-z][\w-]*\s+)?(?-i:[a-z][\w-]*))?\s+"
                              r"(?:" + ON_THE_PENINSULA + r")?(?:at|in|of|(?P<near>near))\s+"
                              r"(?P<city>(?:the\s+)?(?-i:[A-Z][a-z]+(?:an|i|ese|ish|ch)\s+)?(?:city|town)\s+of\s+)?$",
                              re.IGNORECASE)
# a town said to have an air base, in a relative clause: "the city of Mirgorod in Poltava Region, which has a large
# military airfield" (the town and its airfield both)
_HAS_AN_AIRFIELD = re.compile(r"(?:\s+in\s+(?:[A-Z][\w'’-]*\s+){1,3}(?:[Rr]egion|[Oo]blast|[Pp]rovince))?,\s+"
                              r"(?:which|that)\s+(?:has|hosts|is\s+home\s+to)\s+(?:an?|its)\s+(?:[\w-]+\s+){0,2}?"
                              r"(?:air\s*base|airfield|military\s+airport)\b")
_NAMED_BEFORE = re.compile(r"[A-Z][\w'’-]+,\s+$")  # "Dyagilevo, " before "an air base near Ryazan": that base described
_BASE_AFTER = re.compile(r"\s+base\b")  # "the Harir base" (a base of no kind said)
# a military airfield's name ("Bashur Airfield", "Naha Air Base"), not a civil airport's
_MILITARY_AIRFIELD = re.compile(r"Air\s*[Bb]ase|Airbase|Air\s+Force|Air\s*[Ff]ield|Air\s+Station|\bAfb\b|\bAFB\b|\bAB\b")


def unlisted_air_bases(text: str, sentences: list[list[PlaceMention]],
                       listed: Callable[[Place, str], Place | None],
                       at_town: Callable[[Place, float], Place | None] | None = None) -> None:
    """Replace, in place, a town named as an air base that no list has with that base (see the module).

    ``listed(town, name)`` is the listed airfield named ``name`` after the town, if any ("Naha Air Base" is Naha's
    airport, which the air force shares): then that one is meant; else ``at_town(town, km)``, the listed airfield
    within ``km`` of the town under another name ("Harir air base" is airportsdata's "Bashur Airfield")."""
    airfields = [(m.place.lat, m.place.lon) for mentions in sentences for m in mentions
                 if m.place.kind == "airfield" and m.place.lat is not None]
    made: dict[int, Place | None] = {}
    for mentions in sentences:
        for k in range(len(mentions) - 1, -1, -1):
            m = mentions[k]
            town = m.place
            if m.inferred or m.vague or town.kind not in _SETTLEMENTS or town.lat is None:
                continue
            if _HAS_AN_AIRFIELD.match(text, m.end):
                base = _airfield_beside(town, m.text, sentences, listed, at_town)
                if all(o.place is not base for o in mentions):
                    mentions.insert(k + 1, replace(m, place=base, alternatives=(), match="exact", score=1.0,
                                                   inferred=True))
                continue
            after = _AIR_KIND_AFTER.match(text, m.end)
            named = after is not None
            before = None if named else _unnamed_base_before(text, m.start)
            if not named and before is None:
                if town.kind != "city" and _BASE_AFTER.match(text, m.end) and \
                        (base := _listed_base(town, m.text, listed, at_town)) and _MILITARY_AIRFIELD.search(base.name):
                    # "the Harir base": a base of no kind named after a town, where a list has a military airfield
                    # there (not a city's: "the Djibouti base" is no airport; nor an airport: "its Eilat base")
                    mentions[k] = replace(m, place=base, alternatives=(), match="exact", score=1.0)
                continue
            if before is not None and before.group("airport") and before.group("near"):
                continue  # "the airport near Vasylkiv": the listed airfield by the town, read where "near" is
            city = before is not None and before.group("city") is not None
            if city and (before.group("near") or town.kind == "city" and not before.group("airport")):
                # "an airfield in the Russian city of Ryazan": which of a city's airfields, the text leaves open ("the
                # airfield near the town of Mozdok" is the town's neighbourhood, as the tuning set reads it)
                continue
            if id(town) not in made:
                # (an airport is the listed airfield at the town whatever its kind: a civil one shares its name)
                airport = bool((after or before).groupdict().get("airport"))
                made[id(town)] = _base_of(town, m.text, airfields, listed, at_town, airport)
            if (base := made[id(town)]) is None:
                continue
            based = replace(m, place=base, alternatives=(), match="exact", score=1.0)
            # "Hasimara air base", "the air base at Sirsa" name the base only; "an airfield near Hvardiiske" the base
            # and the town it is near, "an airfield in the city of Chuhuiv" the base and the town it names as one,
            # "an airfield and a hospital in Amdjarass" the base and the town the hospital is in
            mentions[k:k + 1] = [m, based] if before is not None and (before.group("near") or city or
                                                                      before.group("also")) else [based]


def _unnamed_base_before(text: str, at: int) -> re.Match | None:
    """An unnamed air base's words right before ``at`` ("the air base at"), not a named one's."""
    words = _AIR_KIND_BEFORE.search(text, max(0, at - 60), at)
    if words is None or _NAMED_BEFORE.search(text, max(0, words.start() - 40), words.start()):
        return None
    return words


def _listed_base(town: Place, name: str, listed: Callable[[Place, str], Place | None],
                 at_town: Callable[[Place, float], Place | None] | None) -> Place | None:
    """The listed airfield named after ``town``, or the military one lying at it under another name."""
    return _named_after(town, name, listed) or _military_airfield_at(town, at_town)


def _named_after(town: Place, name: str, listed: Callable[[Place, str], Place | None]) -> Place | None:
    """The listed airfield named after the town as the text writes it, by its own name, or by that name without its
    Arabic article ("Tabqa Air Base" by the town of Al-Tabqa, written "Tabaqa" in the text)."""
    bare = NAME_ARTICLE.sub("", town.name)
    return listed(town, name) or listed(town, town.name) or (listed(town, bare) if bare != town.name else None)


def _military_airfield_at(town: Place, at_town: Callable[[Place, float], Place | None] | None,
                          any_kind: bool = False) -> Place | None:
    """The listed military airfield within ``_AT_TOWN_KM`` of ``town`` under another name ("Bashur Airfield" at
    Harir; not a civil airport named after another town: "Dera Ismael Khan Airport" by Shorkot) — or, ``any_kind``,
    any listed airfield there (an airport the text names: a civil one shares its name)."""
    there = at_town(town, _AT_TOWN_KM) if at_town is not None else None
    return there if there is not None and (any_kind or _MILITARY_AIRFIELD.search(there.name)) else None


def _base_of(town: Place, name: str, airfields: list[tuple[float, float]],
             listed: Callable[[Place, str], Place | None],
             at_town: Callable[[Place, float], Place | None] | None = None, airport: bool = False) -> Place | None:
    """The air base a town's name means: the listed one named after it ("Halwara Air Force Station" is Halwara's
    airport, shared with the air force; "Yarkant airbase" Shache's, the town's other name), none where the document
    names an airfield beside the town, the listed one at the town under another name, else an unlisted one."""
    if (known := _named_after(town, name, listed)) is not None:
        return known
    if airfields and km_to_nearest(town, airfields) <= _RADIUS_KM:
        return None
    # the listed airfield at the town under another name: a military one, or for an airport any (a civil one)
    if (there := _military_airfield_at(town, at_town, airport)) is not None:
        return there
    return _unlisted_base(f"{name} air base", town)


def _airfield_beside(town: Place, name: str, sentences: list[list[PlaceMention]],
                     listed: Callable[[Place, str], Place | None],
                     at_town: Callable[[Place, float], Place | None] | None) -> Place:
    """The air base a town is said to have: the airfield the document names within ``_RADIUS_KM`` of it ("the
    Mirgorod airfield" later), else the listed one named after or lying at it, else an unlisted one."""
    point = [(town.lat, town.lon)]
    beside = next((m.place for mentions in sentences for m in mentions if m.place.kind == "airfield" and
                   m.place.lat is not None and km_to_nearest(m.place, point) <= _RADIUS_KM), None)
    return beside or _listed_base(town, name, listed, at_town) or _unlisted_base(f"{name} air base", town)


def _unlisted_base(name: str, town: Place) -> Place:
    """An air base no list has, called ``name``, at the point of the ``town`` it is named after."""
    return Place(name, "airfield", town.lat, town.lon, town.country,
                 f"{UNLISTED}: named after {town.name} ({town.source}); the town's point", approximate=True,
                 radius_km=_RADIUS_KM)


_NEAR_KM = 60.0  # the airfield lies this near one of the document's other places …
_TOWN_FAR_KM = 150.0  # … and the town of its name at least this far from all of them, and four times as far
_MAX_POINTS = 200


def airfields_named_like_far_towns(sentences: list[list[PlaceMention]],
                                   airfield_named: Callable[[str], Place | None]) -> None:
    """Replace, in place, a town named alone that lies far from every other place of the document with the listed
    airfield of its name that lies among them ("the US leaves Manas" in a report on Kant and Bishkek is Manas
    International Airport, 25 km from Bishkek, not the town of Manas 270 km away); ``airfield_named(name)`` is the
    listed airfield called ``name`` + an airport's or an air base's word."""
    # the document's points, one per 0.1° and at most _MAX_POINTS of them: a long document's cost stays bounded
    points: dict[tuple[float, float], tuple[float, float]] = {}
    for mentions in sentences:
        for m in mentions:
            if not m.inferred and m.place.lat is not None and m.place.kind != "country" and len(points) < _MAX_POINTS:
                points.setdefault((round(m.place.lat, 1), round(m.place.lon, 1)), (m.place.lat, m.place.lon))
    decided: dict[tuple[str, int], Place | None] = {}
    for mentions in sentences:
        for k, m in enumerate(mentions):
            if m.inferred or m.place.kind not in _SETTLEMENTS or m.place.lat is None:
                continue
            memo = (m.text, id(m.place))
            if memo not in decided:
                decided[memo] = _far_towns_airfield(m.place, airfield_named(m.text), points)
            if decided[memo] is not None:
                mentions[k] = replace(m, place=decided[memo], alternatives=(), match="exact", score=1.0)


def _far_towns_airfield(town: Place, base: Place | None,
                        points: dict[tuple[float, float], tuple[float, float]]) -> Place | None:
    """``base`` if it lies among the document's ``points`` (other than the town's own) and the town far from them."""
    if base is None or base.lat is None:
        return None
    own = (round(town.lat, 1), round(town.lon, 1))
    others = [p for key, p in points.items() if key != own]
    if not others:
        return None
    near = km_to_nearest(base, others)
    return base if near <= _NEAR_KM and km_to_nearest(town, others) >= max(_TOWN_FAR_KM, 4 * near) else None


# a service's station before a settlement's name: "RAF Feltwell", "RAAF Base Curtin", "RNAS Culdrose"
_STATION = re.compile(r"(?<![\w-])(?P<service>RAF|RAAF\s+Base|RNAS|RNZAF\s+Base|CFB)\s+(?P<name>[A-Z][a-z]{3,}(?:-[A-Z][a-z]+)?)"
                      r"(?![\w-])(?!\s+[A-Z])")
# the country whose settlements a service's stations are named after (its stations abroad are listed: RAF Akrotiri)
_SERVICE_COUNTRY = {"RAF": "GB", "RNAS": "GB", "RAAF": "AU", "RNZAF": "NZ", "CFB": "CA"}


def service_stations(text: str, spans: list[tuple[int, int]], sentences: list[list[PlaceMention]],
                     lookup: Callable[[str], Place | None]) -> None:
    """Add, in place, a service's station no list has, named after a settlement one has ("RAF Feltwell", by the
    village of Feltwell): an unlisted air base under the name the text gives it, at the settlement's point — where
    no place was found there (a listed station, "RAF Lakenheath", is found as itself)."""
    for (s, e), mentions in zip(spans, sentences):
        added = False
        for hit in _STATION.finditer(text, s, e):
            if any(m.start < hit.end() and hit.start() < m.end and m.place.kind != "village" for m in mentions):
                continue
            town = lookup(hit.group("name"))
            if town is None or town.kind not in _SETTLEMENTS or town.lat is None or \
                    town.country != _SERVICE_COUNTRY[hit.group("service").split()[0]]:
                continue  # (not "RAF Springfield": no English village, an American city)
            name = re.sub(r"\s+", " ", hit.group())
            base = _unlisted_base(name, town)
            mentions[:] = [m for m in mentions if not (m.start < hit.end() and hit.start() < m.end)]
            mentions.append(PlaceMention(hit.start(), hit.end(), name, base))
            added = True
        if added:
            mentions.sort(key=lambda m: m.start)
