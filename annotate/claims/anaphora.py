"""Places a sentence refers back to: "the port", "its berth", "the same piers", "the naval facility", "the strait".

Each such noun phrase takes a place from the latest earlier sentence that names one it can refer to, the
best fitting there — for a port noun a place written as a port ("the Syrian port of Tartus", "Wonsan
port") or a port, naval base or shipyard, else a town; for an airfield noun an airfield, else a town;
"the strait" a strait — unless the sentence itself names one; "the country" the country of the latest place
named. Carried places are marked ``inferred``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Callable

from .place_context import _AIRBASE_BEFORE
from .place_model import (INSTALLATION_KINDS, SETTLEMENT_KINDS as _TOWNS, _NATIONALITIES, Place, PlaceMention,
                          km_to_nearest)

__all__ = ["PlaceMemory"]

_SEA = ("port", "harbour", "harbor", "pier", "quay", "berth", "jetty", "dock", "drydock", "anchorage", "roadstead",
        "shipyard", "dockyard", "yard", "slipway", "wharf", "naval base", "bay", "terminal", "basin", "boat basin")
_REEF = ("shoal", "reef", "atoll", "lagoon")
_AIR = ("air base", "airbase", "airfield", "airstrip", "airport", "apron", "runway", "hangar", "taxiway", "flight line",
        "air college")  # (an air force's college flies from an airfield: "facilities inside the Air College")
_OTHER = ("base", "site", "facility", "strait", "canal", "waterway", "island", "area", "refinery", "depot", "plant",
          "camp", "compound", "military complex", "outpost", "garrison", "worksite", "storehouse", "logistics centre",
          "logistics center",
          "city", "town", "shoreline", "waterfront", "stretch of shoreline", "stretch of coast",
          # the parts of a launch site or a test range an imagery report goes through one by one
          "pad", "launch pad", "test stand", "gantry", "launch tower", "assembly building", "bridge", "silo",
          # and of a test site's: "the North Portal", "the main administration and support area"
          "portal", "administrative area", "support area", "administration area", "tunnel entrance",
          # "the same range", "the test range" (not "its range", a weapon's reach: see _RANGE_WORDS)
          "range")
# (not "said that no foreign base would be allowed": a conjunction before a determiner; not "its remaining Crimean
# airfields", "its other bases": the rest of a kind, no place named before)
_ANAPHORA = re.compile(r"\b(?:the|that|this|its|their)\s+(?!(?:no|any|an?|another|every|each|other|remaining|second|"
                       r"third|fourth|fifth|next|only)\s)(?:same\s+)?"
                       # what it cost, before its other modifiers: "the $10.7 billion, 3,500-acre base"
                       r"(?:[$£€]\d[\d.,]*\s+(?:million|billion|bn)\b,?\s+)?"
                       r"(?:(?!(?:" + "|".join(_SEA + _REEF + _AIR + _OTHER)
                       + r")\b)(?P<modifier>[$£€]?(?:\d+\.\d+-[\w-]+|[a-z0-9][\w,-]*))\s+(?:(?!(?:" + "|".join(_SEA + _REEF + _AIR + _OTHER)
                       + r")\b)[a-z0-9][\w,-]*\s+)?)?(?P<noun>" + "|".join(sorted(_SEA + _REEF + _AIR + _OTHER, key=len, reverse=True))
                       + r")(?P<plural>s|es)?(?:'s)?\b(?!\s+(?:landing\s+ship|ship|vessel|tug|tanker|fire|crane|police|workers?|residents?|of\s+call|visits?|calls?|side|"
                       r"superstructure)\b)",
                       re.IGNORECASE)  # not "the dock landing ship", "the port tug": an attribute of a vessel; not "its
# next port of call"
# "the apron at Roosevelt Roads": the noun's place is written right after it, nothing is referred back to
_PLACED_AFTER = re.compile(r"\s+(?:at|in|of|on|near|off)\s+(?:the\s+)?(?:(?:[a-z][\w-]*\s+)?(?:capital|city|town|port),?\s+"
                           r"(?:of\s+)?)?(?=[A-Z])")  # "the base near the capital Bishkek", "near the capital, Khartoum"
# "the base near Qingdao": the installation named before, if it lies within _NEAR_KM of the town named after
_NEAR_AFTER = re.compile(r"\s+(?:near|outside)\s")
# a quantifier before a plural: "any of its air bases", "none of the bases" (which, the text does not say)
_ANY_OF_BEFORE = re.compile(r"\b(?:any|none|some|several|many|few)\s+of\s+$", re.IGNORECASE)
_NEAR_KM = 60.0
# a sentence that begins with an installation's noun, no article, before its parts: "Port buildings were damaged"
_BARE_NOUN_FIRST = re.compile(r"\s*(Port|Harbou?r|Airfield|Airport|Base|Shipyard)\s+(?:buildings|facilities|"
                              r"infrastructure|cranes|warehouses|hangars|storage|tanks|workshops)\b")
# what kind of plant: "the nuclear power plant" is not "the thermal power plant" named beside it
_FACILITY_WORD = re.compile(r"\b(?:nuclear|thermal|hydroelectric|chemical|enrichment|refinery|drone|missile)\b",
                            re.IGNORECASE)
# "the airfield runways" after two airfields: each of them
_PLURAL_HEAD_AFTER = re.compile(r"\s+(?:runways|hangars|buildings|facilities|aprons|piers|berths)\b")
# "the airfield in the town of Yeysk": the airfield named before, if it lies near that town (the text names both)
_IN_TOWN_AFTER = re.compile(r"\s+(?:in|near|outside)\s+the\s+(?:[a-z]+\s+)?(?:city|town|village)\s+of\s+")
# "at" and a capitalised word, no weekday or month: a place named after the noun, known to no list ("the piers at
# Longpo"); "its berth on the Danube", "the port on Jan. 20" still refer back
_CALENDAR = r"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"  # a weekday or a month
_UNKNOWN_NAME = re.compile(r"\s+at\s+(?!" + _CALENDAR + r"[a-z]*\b)[A-Z][a-z]")
_DEFINED_AFTER = re.compile(r"\s+of\s+(?:the\s+|a\s+)?(?:former|old|new|disused)\b")
_PORT_WORDS = re.compile(r"\bport\s+of\s+$|\bharbou?r\s+of\s+$", re.IGNORECASE)
_PORT_AFTER = re.compile(r"\s+(?:port|harbou?r)\b", re.IGNORECASE)
_YARD_AFTER = re.compile(r"\s+(?:ship|dock)?yard\b", re.IGNORECASE)  # "the Chongjin shipyard": a port's yard
# "the two sites": that many of the places before
_COUNT = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "2": 2, "3": 3, "4": 4, "5": 5, "6": 6}
_LOOKBACK = 12  # sentences
_AIR_NAME = re.compile(r"\b(?:air\s*field|air\s*strip|air\s*base|airbase|airport)$", re.IGNORECASE)
# nouns that name one kind of installation: "the yard" is the latest shipyard named, "the base" the latest base,
# before a town named since
# a modifier saying who holds the place, not naming it: "the RSF-controlled airport", "the Houthi-held port"
_HELD_BY_MODIFIER = re.compile(r"-(?:controlled|held|occupied|run|operated)$", re.IGNORECASE)
_EXACT_KINDS = {**dict.fromkeys(("shipyard", "dockyard", "yard", "slipway", "drydock"), ("shipyard",)),
                **dict.fromkeys(("pier", "quay", "berth", "jetty", "wharf"), ("port", "naval base")),
                "base": ("naval base", "airfield"), "naval base": ("naval base",),
                # "the site" is the latest installation named, before a town named since ("the Qayyarah Air Base …
                # to retake the city of Mosul … a survey of the site")
                "site": INSTALLATION_KINDS,
                # "the airfield" is the latest airfield named, before a town named since ("Olenya airfield … The
                # air base south of Murmansk … at the airfield"), as is "the airstrip" ("the Kufrah airstrip …
                # flew to Kufrah … landing at the airstrip")
                **dict.fromkeys(("airfield", "air base", "airbase", "air college", "airstrip"), ("airfield",)),
                # "the military complex" after "the Ghozlani military complex"
                "military complex": ("facility",)}
# and "the runway" looks back to the latest airfield too, past a town named since ("an airfield and a hospital in
# Amdjarass … flights into the town … a hospital at the edge of the runway"), but a place the sentence names beside
# it ("the same runway … moved its jets to Larissa") stays as for any other part of an airfield
_LATEST_OF_KIND = {"runway": ("airfield",)}
# the nouns a town or a region in the sentence does not stop from meaning the installation named before, each with
# the kinds of that installation ("the airport" is an airfield, though it prefers no airfield over a town: h49)
_BASE_NOUNS = {**{noun: _EXACT_KINDS[noun] for noun in ("base", "air base", "airbase", "airfield", "military complex")},
               "airport": ("airfield",)}
# "stormed the city's airport": the airport of the city named before; "the city of Palmyra …, while on the outskirts
# of its airport": of the town named before in the sentence
_CITY_AIRPORT = re.compile(r"\b(?:(?:the|that)\s+(?:city|town)['’]s|(?P<its>its))\s+"
                           r"(?:main\s+|international\s+|civil(?:ian)?\s+)?airport\b", re.IGNORECASE)
_RELATIVE_TO_CAPITAL = re.compile(r"\b(?:of|from|to|near|outside|around|towards?|into)\s+the\s+capital\b|"
                                  r"\bthe\s+capital['’]s\b")
# a country keeping forces somewhere: "France had around 1,000 troops in the country" (another country)
_KEEPS_AFTER = re.compile(r"\s+(?:had|has|have|kept|keeps|maintained|maintains|sent|sends|deployed|deploys|"
                          r"stationed)\s+(?:[\w,-]+\s+){0,3}?(?:troops|soldiers|forces|personnel|service\s*members)\b")
_THE_CITYS = re.compile(r"\b(?:the|that)\s+(?:city|town)['’]s\b", re.IGNORECASE)
_AT_TOWN_BEFORE = re.compile(r"\b(?:at|in|on|near|outside|inside|off)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_KINDS_KEPT = ("airfield", "naval base", "shipyard", "port")  # carried installations a later noun may refer to
_NAMED_KIND = ("dockyard", "shipyard")  # a noun that names its place when the place's name has it
_REEF_NAME = re.compile(r"shoal|reef|atoll|lagoon|cay", re.IGNORECASE)
# "the Syrian bases" are in Syria: a qualified noun does not refer back to a place of another country
_NATIONALITY_WORD = re.compile(r"\b(?:" + "|".join(sorted(_NATIONALITIES, key=len, reverse=True)) + r")\b")
# a sea or an ocean as a modifier describes the place before: "the Mediterranean port city" is Tartus again
_SEA_ADJECTIVES = {"Mediterranean", "Baltic", "Arctic", "Pacific", "Atlantic", "Caspian", "Adriatic", "Aegean",
                   "Caribbean"}
# "the country"; "the Islamic Republic" (Iran after Fordow, Pakistan after Karachi; not "the Islamic Republic of
# Iran Navy", which names its own)
# "the capital" alone (not "the capital of Syria", "the Cuban capital"): the capital city named before
_THE_CAPITAL = re.compile(r"\bthe\s+capital\b(?!\s+(?:of|city\s+of)\b)")
# (or the country by its part of the world: "the West African country", "the Gulf state", "the island nation")
_THE_COUNTRY = re.compile(r"\bthe\s+(?:(?:(?:West|East|North|South|Central|Southeast|Southern|Northern|Eastern|Western)\s+"
                          r"(?:African|Asian|European|American)|African|Asian|European|Gulf|Baltic|Balkan|Nordic|Caribbean|"
                          r"Pacific|Sahel|Sahelian|Central\s+Asian|Middle\s+Eastern|island|landlocked|oil-rich)\s+"
                          r"(?:country|nation|state|kingdom)\b|country|sultanate|Islamic\s+Republic(?!\s+of\b))\b")
_CIVIL = ("civilian", "civil", "commercial")
_NAME_AFTER = re.compile(r"\s+(?!(?:" + _CALENDAR + r"|The|This|It|In|On|At|A|An)[a-z]*\b)[A-Z][\w-]*\s+[A-Z]")
_UNNAMED_BEFORE = re.compile(r"\b(?:a|an)\s+(?:[a-z]+\s+)?(?:naval\s+base|base|port|harbou?r|airfield|air\s+base|"
                             r"airbase|shipyard)\b(?!\s+(?:in|at|near|of)\s+[A-Z])")
_SAID_BEFORE = re.compile(r"\b(?:note[sd]?|sa(?:id|ys|y)|added|reported|claim(?:s|ed)?|believe[sd]?|think|thinks|"
                          r"warn(?:s|ed)?|show(?:s|ed)?|suggest(?:s|ed)?|stated)\s+$", re.IGNORECASE)
# "that" as a conjunction when no determiner follows it ("note that Russian military bases", not "said that the base")
_THAT_CONJUNCTION = re.compile(r"that\s+(?!(?:the|its|their|this|these)\b)", re.IGNORECASE)
_ADDRESSED_BEFORE = re.compile(r"\b(?:warned|told|informed|notified|urged|accused|asked|pressed|thanked|gave|"
                               r"assured|reassured|alerted)\s+$")
# "a note to the US embassy in Tashkent": where a government receives it, no place the sentence is about
# (and where something was said: "told a press conference in Bishkek that Russia should leave the air base")
_EMBASSY_BEFORE = re.compile(r"\b(?:embassy|consulate|mission|(?:press|news)\s+conference|briefing|reporters)\s+in\s+$",
                             re.IGNORECASE)
_SPEAKS_AFTER = re.compile(r"(?:\s+and\s+[A-Z][\w'’-]+)?"  # "Moscow and Khartoum agreed": two governments
                           r"\s+(?:warned|said|says|told|informed|notified|announced|confirmed|denied|responded|vowed|"
                           r"threatened|claimed|insisted|signed|(?:first\s+)?agreed)\b")
# "the range" as a place only when the same one or a range for tests: not a weapon's reach ("its range")
_RANGE_WORDS = {"test", "testing", "firing", "missile", "bombing", "target", "proving", "training", "gunnery"}
# "7,000 evacuees on base": at the base named before
_ON_BASE = re.compile(r"\bon\s+base\b")
# a site's parts, named by their side ("the North Portal") or numbered ("Tunnel No. 3"): the site named before
_PARTS = ("portal", "administrative area", "support area", "administration area", "pad", "launch pad", "gantry",
          "test stand")
_SIDES = {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western", "Main", "Central"}
_SITE_PART = re.compile(r"\b(?:Tunnel|Portal|Pad|Gantry)\s+(?:No\.\s*)?\d+\b|"
                        r"\b(?:North|South|East|West)\s+(?:or|and)\s+(?:North|South|East|West)\s+Portals\b")
_OWN_REACH = 40  # characters after "the airfield" within which a town named is the airfield's own
# a place beside the one meant: "The base, near the resort city of Sanya" is not Sanya
_NEAR = (r"(?:near|nearby|outside|beside|next\s+to|close\s+to|(?:a\s+)?short\s+distance\s+from|not\s+far\s+from|"
         r"(?:about\s+|some\s+|roughly\s+)?\d[\d,.]*\s*(?:km|kilometres|kilometers|miles)\s+(?:\w+\s+)?"
         r"(?:from|of))")  # "100 km from Volgograd": a landmark at a distance
_BESIDE = re.compile(r"\b(?:" + _NEAR + r"|(?:north|south)?-?(?:east|west)\s+of|(?:north|south)\s+of|"
                     # "close to the eastern Crimean city of Kerch"
                     + _NEAR + r"\s+the\s+(?:[A-Za-z]+\s+){0,2}(?:city|town)\s+of)\s+"
                     r"(?:the\s+)?(?:[a-z]+\s+){0,2}$", re.IGNORECASE)  # not "arrived at the port city of Busan"


def _island_province(mention: PlaceMention) -> bool:
    """A region the text names as an island ("Hainan Island"): a place "the island" can refer back to."""
    return mention.place.kind == "region" and mention.text.lower().endswith(" island")


def _fits(noun: str, mention: PlaceMention, written_as_port: str) -> int:
    """How well a place fits the noun: 2 = its own kind, 1 = a town it lies in, 0 = not at all."""
    kind = mention.place.kind
    if kind in _TOWNS and mention.place.lat is None and (noun in _SEA or noun in _AIR or noun in ("city", "town")):
        return 0  # a neighbourhood or a village no list has is no town an airport or a city is meant by ("the Suuqa
        # Hoolaha neighbourhood of the city … the attack on the airport")
    if noun in _REEF:
        return 2 if kind == "island" else 0
    if noun == "naval base" and kind == "shipyard":
        return 0  # a yard is no naval base: "the main naval base" after "the Shahid Darvishi shipyard in Bandar Abbas"
    if noun in ("base", "naval base") and kind == "port":
        return 0  # a terminal is no base, the town before it may be: "the port of Novorossiysk … explosions near the
        # Sheskharis oil terminal and at the entrance to the naval base … moored at the base"
    if noun in ("port", "harbour", "harbor") and "terminal" in mention.place.name.lower():
        return 0  # "explosions near the Sheskharis oil terminal … a patrol ship at the port": the town's port
    if noun in _SEA:
        return 2 if written_as_port in ("port", "yard") or kind in ("port", "naval base", "shipyard") else \
            1 if kind in _TOWNS or kind == "island" else 0  # "the harbour" of Woody Island
    if noun in _AIR:
        # (or a base the text wrote as an airfield: "Manda Bay Airfield", listed as the camp beside it)
        return 2 if kind == "airfield" or written_as_port == "air" else \
            1 if kind in _TOWNS or kind == "island" else 0  # a reef's runway
    if noun in ("canal", "waterway"):
        return 2 if kind == "strait" else 0  # the gazetteer's straits include the canals
    if noun == "island" and _island_province(mention):
        return 2  # "Hainan Island" is a province in the index, an island in the text: "residents of the island"
    if noun in ("strait", "island", "bridge"):
        return 2 if kind == noun else 0  # "the bridge" is the Crimean Bridge named before, no town
    if noun in ("city", "town"):
        # (a town before a city named beside it: "the town" after "flights from Mogadishu to Buloburte")
        return 1 if noun == "town" and kind == "city" else 2 if kind in _TOWNS else 0
    return 0 if kind == "country" else 2  # "the base", "the site", "the facility": any named place but a country


@dataclass
class _Sentence:
    """A sentence's specific places (each with whether the text wrote it as a port), and how well they fit each
    (noun, country) asked about so far: (the best fit, the places fitting that well)."""

    places: list[tuple[PlaceMention, str]]
    fits: dict[tuple[str, str | None], tuple[int, list[PlaceMention]]] = field(default_factory=dict)


@dataclass
class PlaceMemory:
    """The specific places named so far in a document, sentence by sentence, most recent last (each with
    whether the text wrote it as a port)."""

    seen: list[_Sentence] = field(default_factory=list)
    country_of: Callable[[str], Place | None] | None = None  # a country's place by its code
    island_named: Callable[[str], Place | None] | None = None  # the island of a name ("Masirah" → Masirah Island)
    airport_of: Callable[[str], Place | None] | None = None  # a city's airport ("Mosul": Mosul International)
    capital_of: Callable[[str], Place | None] | None = None  # a country's capital city by the country's code
    last_country: str | None = None
    capitals: dict[str, PlaceMention] = field(default_factory=dict)  # the latest capital named, landmark or not

    def refer(self, text: str, start: int, end: int, named: list[PlaceMention]) -> list[PlaceMention]:
        """Places ``text[start:end]`` refers back to (inferred), then remember the ones it names."""
        specific = [(p, self._as_port(text, p)) for p in named if not p.vague or _island_province(p)]
        # (a town read as the airfield named after it, "airfields near occupied Berdiansk", is that airfield, not
        # a place beside the one meant: the gazetteer's own test of the words before it)
        acting = [(p, port) for p, port in specific
                  if not (p.place.kind == "city" and (_ADDRESSED_BEFORE.search(text, max(0, p.start - 24), p.start) or
                                                      _SPEAKS_AFTER.match(text, p.end, end) or
                                                      _EMBASSY_BEFORE.search(text, max(0, p.start - 24), p.start)))]
        itself = [(p, port) for p, port in acting if not _BESIDE.search(text, max(0, p.start - 48), p.start) or
                  _AIRBASE_BEFORE.search(text, max(0, p.start - 40), p.start) and p.place.kind == "airfield"]
        # (a capital speaking or spoken to is its government, no place the sentence is about: "Iran warned Washington
        # … and fired missiles at the base", "Tehran warned …")
        carried: list[PlaceMention] = self._city_airports(text, start, end, named)
        for m in _ANAPHORA.finditer(text, start, end):
            noun = m.group("noun").lower()
            if noun == "town" and (m.group("modifier") or "").lower() == "military":
                noun = "base"  # "removing wrecked equipment from the military town": a garrison, the base named before
            if _THAT_CONJUNCTION.match(m.group()) and _SAID_BEFORE.search(text, max(start, m.start() - 16), m.start()):
                continue  # "Experts note that Russian military bases are watched": a conjunction, no reference
            if m.group("plural") and _ANY_OF_BEFORE.search(text, max(start, m.start() - 16), m.start()):
                continue  # "no indication that rockets had hit any of its air bases": none of them in particular
            if (after := _IN_TOWN_AFTER.match(text, m.end(), end)) and not (m.group("modifier") or "")[:1].isupper():
                town = next((p for p in named if p.start == after.end() and p.place.lat is not None), None)
                if town is not None:
                    carried += self._near(noun, town, carried + named)
                    continue
            if (after := _PLACED_AFTER.match(text, m.end(), end)) and \
                    (any(p.start == after.end() for p in named) or m.group("noun")[:1].isupper() or
                     _UNKNOWN_NAME.match(text, m.end(), end)):
                beside = next((p for p in named if p.start == after.end() and p.place.lat is not None), None)
                if beside is not None and _NEAR_AFTER.match(text, m.end(), after.end()) and \
                        not (m.group("modifier") or "")[:1].isupper() and \
                        not any(p.start < m.end() and m.start() < p.end for p in named):
                    # "the base near Qingdao": the installation named before, if it lies near Qingdao — not
                    # Qingdao ("the Kacha airfield near Sevastopol" names its own)
                    carried += self._near(noun, beside, carried + named)
                elif (where := next((p for p in named if p.start == after.end()), None)) is not None and \
                        where.vague and where.place.country and not m.group("noun")[:1].isupper() and \
                        not text.startswith(("'s", "’s"), where.end) and \
                        not (m.group("modifier") or "")[:1].isupper():
                    # "the base in Anbar province": a region says where, not which — the base named before, if it
                    # lies in that country
                    carried += self._installations_before(noun, where.place.country, carried + named)
                continue  # "the port at Tartus"; "the Bay of Bengal" is a name of its own; "the new piers at
                # Longpo": a place no list has, but not the one before
            if _DEFINED_AFTER.match(text, m.end(), end):
                continue  # "on the site of the former slipway": what follows says which
            if noun in _AIR and (m.group("modifier") or "").lower() in _CIVIL:
                continue  # "the civilian airport … halted flights" after a strike on a military airfield: another
            if any(p.start < m.end() and m.start() < p.end for p in named):
                continue  # "near the Jiangnan shipyard": the phrase names its place
            if noun == "range" and "same" not in m.group().lower() and \
                    (m.group("modifier") or "").lower() not in _RANGE_WORDS:
                continue  # "its range", "the long range": a reach, no place
            if noun == "area" and ("same" not in m.group().lower() or
                                   any(p.end <= m.start() and p.place.kind != "country" for p in named)):
                continue  # "entered the area" is vague; "the same area" (a caption) is the place before; "spotted
                # off Johor … but left the area": the area of the place just named
            # "at the same yard … repaired at Rajin": the yard before, not the port the sentence names
            same = "same" in m.group().lower() and noun in _EXACT_KINDS and \
                not any(p.place.kind in _EXACT_KINDS[noun] for p, _ in itself)
            if noun not in _TOWNS and (unnamed := _UNNAMED_BEFORE.search(text, start, m.start())) and \
                    not (noun == "airport" and "airport" not in unnamed.group() and
                         _BESIDE.search(text, max(start, m.start() - 48), m.start())):
                # (but "has a military base next to the airport": the airport named before, beside that base)
                continue  # "visited a naval base on the east coast, where submarines were lined up at the pier":
                # that base's pier, no place named before
            if _NAME_AFTER.match(text, m.end(), end) and not m.group().endswith(("'s", "’s")):
                continue  # "the German shipyard ThyssenKrupp Marine Systems": a name of its own follows (not "the
                # plant's Cascade Hall #2": a part of the place before)
            if noun in ("site", "facility", "area", "depot") and carried:
                continue  # "on the airfield's western edge, just north of the ammunition sites": the airfield's
            # "Aircraft from this airfield … bombed Mariupol": a demonstrative refers back past a town after it
            this = m.group()[:4].lower() == "this"
            if noun in ("plant", "facility", "site") and (kind_word := _FACILITY_WORD.search(m.group())) and \
                    itself and not any(kind_word.group().lower() in p.place.name.lower() for p, _ in itself):
                # "fires near the nuclear power plant, as well as smoke over … the Zaporizhzhia thermal power plant":
                # the nuclear plant named before, not the thermal one the sentence names
                named_so = [c for sentence in reversed(self.seen[-_LOOKBACK:]) for c, _ in sentence.places
                            if kind_word.group().lower() in c.place.name.lower()][:1]
                carried += [replace(c, inferred=True) for c in named_so if all(c.place != o.place for o in carried)]
                if named_so:
                    continue
            modifier = m.group("modifier") or ""
            if modifier.lower() == "home" and m.group("plural"):
                continue  # "combat aircraft leave their home bases": anyone's, no place named before
            # "the Syrian bases": in Syria; "the Korean base" is in one of two countries: no reference back
            country = _NATIONALITIES.get(modifier.capitalize()) if modifier.capitalize() != "Korean" else None
            # ("Washington is sending troops to the Lithuanian base": a place of another country is not the base —
            # then only an installation named before is, not a town: "the Russian facility" near Port Sudan is
            # no Moscow)
            own = [(p, port) for p, port in itself if country is None or p.place.country in (None, country)]
            abroad = len(own) < len(itself)
            # a region, or a town the sentence does not put the act at, is not the base meant when a base was named
            # before ("the jihadists had fled towards Mosul after the base fell"; "the base … one of their last
            # strongholds in Idlib"; not "loaded at Tartus …, with equipment from the base": Tartus's)
            # ("the airport" is the town's named before it, whatever the word before the town: "image of Berbera …
            # the runway extension at the airport"; not a town long after it: "captured the airport …, when they
            # overran Mosul")
            own_kind = [(p, port) for p, port in own
                        if p.place.kind != "region" and (
                            p.place.kind not in _TOWNS or
                            p.end <= m.start() and (noun == "airport" or
                                                    _AT_TOWN_BEFORE.search(text, max(0, p.start - 24), p.start)) or
                            m.end() <= p.start <= m.end() + _OWN_REACH)] \
                if noun in _BASE_NOUNS and self._named_of_kind(noun) else own
            if noun == "airport" and (town := next((p for p, _ in reversed(own) if p.place.kind in _TOWNS and
                                                    p.place.lat is not None and (p.end <= m.start() or
                                                    m.end() <= p.start <= m.end() + _OWN_REACH)), None)) and \
                    (near := self._near(noun, town, carried + named) or
                     m.end() <= town.start and self._airport_of_town(m, town, carried + named)):
                # the airport named before, beside the town this sentence names by the word: "The direct road from
                # Palmyra to the airport", "Losing the airport would have put Palmyra's security at risk" after "the
                # Palmyra airport" (the town and its airport both); none named before, the own airport of the town
                # just after it ("the attack on the airport and on an Ethiopian military base in Baidoa": Baidoa
                # Airport; not a town before it, "its base in Djibouti next to the international airport")
                carried += near
                continue
            if noun not in _TOWNS and _BESIDE.search(text, max(start, m.start() - 48), m.start()) is not None and \
                    (town := next((p for p, _ in reversed(own) if p.end <= m.start() and p.place.kind in _TOWNS and
                                   p.place.lat is not None), None)) is not None:
                # a town placed by the noun is not it: "the city of Tabqa, just north of the base" — the installation
                # named before, if it lies near that town
                carried += self._near(noun, town, carried + named)
                continue
            if any(_fits(noun, p, port) and (p.start < m.end() or not this and (noun not in _EXACT_KINDS or
                                                                                p.start - m.end() <= _OWN_REACH))
                   for p, port in own_kind) and not same and \
                    noun not in ("strait", "canal", "waterway", "island", *_REEF):
                continue  # the sentence names the place itself (not "used the airfield to carry out Tuesday's
                # attack on rebel-held Khan Sheikhoun": a town far after the noun is another place)
            if noun in _TOWNS and (any(p.end <= m.start() and p.place.kind in _TOWNS and p.place.lat is not None
                                       for p in named) or
                                   _THE_CAPITAL.search(text, start, m.start())):
                continue  # "drones downed near Moscow, one of the largest attempts to attack the city": Moscow, named
                # before it in the sentence, even beside another place, or "the capital" before it (not a town of the
                # sentences before)
            if not same and any(_fits(noun, p, "") == 2 and (noun not in _REEF or _REEF_NAME.search(p.place.name))
                                        for p, _ in own_kind):
                continue  # (an island is no shoal: "The shoal lies 200 km west of the island of Palawan")
            # "the Sardinian base": the adjective of a place named before describes the base meant
            described = self._adjective_of_named(modifier, named) if modifier[:1].isupper() and country is None else None
            if modifier[:1].isupper() and country is None and modifier not in _SEA_ADJECTIVES and \
                    not (noun in _PARTS and modifier in _SIDES) and described is None and \
                    not _HELD_BY_MODIFIER.search(modifier):  # (not "the RSF-controlled airport": whose it is)
                continue  # "the Kola Bay", "the Skagen anchorage": a name of its own, not a reference back
            plural = bool(m.group("plural")) or noun in _AIR + _SEA and bool(_PLURAL_HEAD_AFTER.match(text, m.end(), end))
            antecedents = self._antecedents(noun, country, plural)
            if noun == "island" and not plural and not modifier and (isle := self._island_of_installation()) is not None:
                antecedents = [isle]  # "Masirah Air Base, on an island …. The island served as a staging base"
            if plural and (count := _COUNT.get(modifier.lower())) is not None:
                antecedents = antecedents[:count]  # "the two sites" after three places: the first two
            if noun == "airport" and not plural and len(antecedents) == 1 and antecedents[0].place.kind in _TOWNS and \
                    antecedents[0].place.lat is not None and (near := self._near(noun, antecedents[0], [])):
                antecedents = near  # "the airport" after "Mykolaiv international airport … the Mykolaiv
                # administration": the airport named before by that town, not the town
            if described is not None:
                # "the Sardinian base" after a sentence with Aviano and Decimomannu: the one nearest Sardinia
                antecedents = sorted(self._antecedents(noun, None, True),
                                     key=lambda c: km_to_nearest(c.place, [(described.place.lat, described.place.lon)])
                                     )[:len(antecedents)]
            for place in antecedents:
                if abroad and place.place.kind not in _KINDS_KEPT:
                    continue
                if all(c.place != place.place for c in carried + [p for p, _ in specific]):
                    carried.append(replace(place, inferred=True))
        if not itself and not carried and _SITE_PART.search(text, start, end):
            # "Refurbishment at Tunnel No. 3 has been under way": a numbered part of the site named before
            carried += self._installations_before("site", None, named)
        if not itself and not carried and _ON_BASE.search(text, start, end):
            # "we had more than 7,000 evacuees on base": the base named before
            carried += [replace(c, inferred=True) for c in self._antecedents("base", None, False)]
        if not named and (bare := _BARE_NOUN_FIRST.match(text, start, end)):
            # "Port buildings were also damaged.": the port of the sentences before
            carried += [replace(c, inferred=True) for c in self._antecedents(bare.group(1).lower(), None, False)
                        if all(c.place != o.place for o in carried)]
        hit = _THE_COUNTRY.search(text, start, end)
        # (a country keeping forces in "the country" is not it: "France had around 1,000 troops in the country" is
        # the country of the sentences before)
        keeper = next((p for p in reversed(named) if hit and p.place.kind == "country" and p.start < hit.start()), None)
        keeps = keeper is not None and _KEEPS_AFTER.match(text, keeper.end) is not None and \
            self.last_country not in (None, keeper.place.country)
        if hit and self.country_of is not None and (keeper is None or keeps):
            # (a country named after it is another: "the air base in the northeast of the country, within reach of
            # targets in Iraq and Syria")
            # "ships leaving the Syrian port of Tartus as Moscow's future in the country remained uncertain": Syria,
            # the country of the latest place before it that is not an actor ("Moscow's")
            before = [p for p in named if p.end <= hit.start() and p.place.country and
                      not text.startswith(("'s", "’s"), p.end)]
            people = [_NATIONALITIES[w.group()] for w in _NATIONALITY_WORD.finditer(text, start, hit.start())]
            # "Finnish officials said … allowed to leave the country": Finland, when no place is named before it
            code = self.last_country if keeps else \
                before[-1].place.country if before else people[-1] if people else self.last_country
            if code and (country := self.country_of(code)) is not None:
                carried.append(PlaceMention(hit.start(), hit.end(), hit.group(), country, vague=True, inferred=True))
        if (cap := _THE_CAPITAL.search(text, start, end)) and self.country_of is not None and \
                not any(p.place.kind == "city" and (self._is_capital(p.place) or not _RELATIVE_TO_CAPITAL.search(
                    text, max(start, cap.start() - 12), cap.end() + 2)) for p in named) and \
                (city := self._capital(next((p.place.country for p in reversed(named)
                                             if p.end <= cap.start() and not p.vague and p.place.country), None))) \
                is not None:
            # "With the capital under Taliban control": the capital city named before (Kabul), not the country;
            # none named, the country's own ("Sudan's army … Atbara, a city north of the capital": Khartoum). A city
            # the sentence names is the capital meant ("of which Mosul is the capital") unless placed relative to
            # it ("Atbara, a city north of the capital", "Omdurman, the capital's twin city")
            carried.append(PlaceMention(cap.start(), cap.end(), cap.group(), city, inferred=True))
        if specific:
            # what the sentence is about, not a landmark beside it ("at Hmeimim air base near Latakia … the port");
            # and an installation a qualified noun carried ("sending troops to the Lithuanian base … maintaining the
            # base": the Šiauliai base again, not an airfield abroad named before it)
            # (a government speaking is no place the sentence is about, even when all its places are landmarks:
            # "after Moscow and Khartoum agreed to build a centre near Port Sudan … the city's naval base")
            self.seen.append(_Sentence((itself or acting or specific) +
                                       [(c, "") for c in carried if c.place.kind in _KINDS_KEPT]))
        for p in named:
            if p.place.country:
                self.last_country = p.place.country
                if p.place.kind == "city" and self._is_capital(p.place):
                    self.capitals[p.place.country] = p  # ("130 km southwest of Tripoli … from the capital")
        return carried

    def _adjective_of_named(self, word: str, named: list[PlaceMention]) -> PlaceMention | None:
        """The place named before (with coordinates) that ``word`` is the adjective of ("the Sardinian base" after
        "Decimomannu Air Base in Sardinia"): a description of the place referred to, not a name of its own."""
        before = named + [p for sentence in reversed(self.seen[-_LOOKBACK:]) for p, _ in sentence.places]
        return next((p for p in before if len(p.text) >= 4 and p.place.lat is not None and
                     word.startswith(p.text[:-1]) and 0 < len(word) - len(p.text) <= 2), None)

    def _city_airports(self, text: str, start: int, end: int, named: list[PlaceMention]) -> list[PlaceMention]:
        """"The city's airport": the airport of the latest city named, in this sentence before it or before."""
        out: list[PlaceMention] = []
        if self.airport_of is None or text.find("airport", start, end) < 0:
            return out
        for m in _CITY_AIRPORT.finditer(text, start, end):
            cities = [p for p in named if p.end <= m.start() and p.place.kind in ("city", "town")]
            # ("its airport" is the city's named before only after "the city's" in the sentence: "aimed at the
            # city's artillery base and its airport")
            if not cities and (not m.group("its") or _THE_CITYS.search(text, start, m.start())):
                cities = [p for sentence in reversed(self.seen[-_LOOKBACK:]) for p, _ in reversed(sentence.places)
                          if p.place.kind in ("city", "town")][:1]
            if cities:
                out += self._airport_of_town(m, cities[-1], out + named)
        return out

    def _town_airport(self, town: PlaceMention) -> Place | None:
        """The airport a list knows by ``town``'s name or by the name written ("Palmyra Airport" for Tadmur)."""
        return (self.airport_of(town.place.name) or self.airport_of(town.text)) if self.airport_of else None

    def _airport_of_town(self, m: re.Match, town: PlaceMention, known: list[PlaceMention]) -> list[PlaceMention]:
        """The airport a list knows by ``town``'s name (or the name written), as what the noun ``m`` means, unless
        ``known``; else nothing."""
        airport = self._town_airport(town)
        if airport is None or any(o.place == airport for o in known):
            return []
        return [PlaceMention(m.start(), m.end(), m.group(), airport, inferred=True)]

    def _named_of_kind(self, noun: str) -> bool:
        """Whether a place of the very kind ``noun`` means ("the base": a naval base or an airfield) was named in the
        last ``_LOOKBACK`` sentences."""
        return any(p.place.kind in _BASE_NOUNS[noun] for sentence in self.seen[-_LOOKBACK:] for p, _ in sentence.places)

    def _island_of_installation(self) -> PlaceMention | None:
        """The island the latest installation named lies on, known by its name's first word ("Masirah Air Base" is on
        Masirah Island), if it was named since the latest island; else ``None``."""
        if self.island_named is None:
            return None
        for sentence in reversed(self.seen[-_LOOKBACK:]):
            for p, _ in reversed(sentence.places):
                if p.place.kind == "island":
                    return None
                if p.place.kind in _KINDS_KEPT and p.place.lat is not None and \
                        (isle := self.island_named(p.place.name.split()[0])) is not None and isle.lat is not None and \
                        km_to_nearest(isle, [(p.place.lat, p.place.lon)]) <= _NEAR_KM:
                    return replace(p, place=isle, inferred=True)
        return None

    def _capital(self, code: str | None = None) -> Place | None:
        """The latest city named that is its country's capital (at the country's point), in country ``code`` (that of
        a place the sentence names before "the capital": "left the base in Faya and headed to the capital" is
        N'Djamena after Paris) or else the latest country — where the sentence is about it or names it as a landmark;
        none named, that country's capital."""
        code = code or self.last_country
        if not code:
            return None
        if (named := self.capitals.get(code)) is not None:
            return named.place
        return self.capital_of(code) if self.capital_of is not None else None

    def _is_capital(self, place: Place) -> bool:
        """Whether ``place`` is its country's capital (a city at the country's point)."""
        country = self.country_of(place.country) if self.country_of is not None and place.country else None
        return country is not None and country.lat is not None and place.lat is not None and \
            abs(place.lat - country.lat) < 0.05 and abs(place.lon - country.lon) < 0.05

    def _near(self, noun: str, town: PlaceMention, known: list[PlaceMention]) -> list[PlaceMention]:
        """The installation ``noun`` refers back to, if it lies within ``_NEAR_KM`` of ``town`` and is not ``known``:
        the latest one named that does, past others named since ("the Tabqa air base … the military airport of
        Deir Ezzor. The city of Tabqa, just north of the base": Tabqa's)."""
        point = [(town.place.lat, town.place.lon)]
        for sentence in reversed(self.seen[-_LOOKBACK:]):
            near = [c for c, port in sentence.places
                    if _fits(noun, c, port) == 2 and c.place.kind not in (*_TOWNS, "country", "region") and
                    km_to_nearest(c.place, point) <= _NEAR_KM]
            if near:  # (one the sentence names already is the one meant: "the airfield near Hvardiiske")
                return [replace(c, inferred=True) for c in near[:1] if all(c.place != o.place for o in known)]
        return []

    def _installations_before(self, noun: str, country: str | None, known: list[PlaceMention]) -> list[PlaceMention]:
        """The installations (no town, country or region) ``noun`` refers back to, in ``country`` when given, that
        are not ``known``, marked inferred."""
        return [replace(c, inferred=True) for c in self._antecedents(noun, country, False)
                if c.place.kind not in (*_TOWNS, "country", "region") and all(c.place != o.place for o in known)]

    def _antecedents(self, noun: str, country: str | None, plural: bool) -> list[PlaceMention]:
        """The places a noun refers back to: in the latest sentence (of the last ``_LOOKBACK``) with a place that
        fits, the best fitting one written first, or all of them for a plural ("around Abu Musa and Greater Tunb …
        over the islands"). "The shoal" is the latest shoal or reef named, before any other island; "the yard"
        the latest shipyard, before a naval base named since, and "the base" the latest base ("its Kiel shipyard …
        ships based at Wilhelmshaven naval base … Images taken at the yard")."""
        reef = noun in _REEF
        named = reef or noun in _NAMED_KIND  # the latest place with the noun in its name, before any other
        exact = _EXACT_KINDS.get(noun) or _LATEST_OF_KIND.get(noun, ())
        first = reef or bool(exact)  # the latest place of that very kind, before any other that would fit

        def fit(p: PlaceMention, port: str) -> int:
            if country not in (None, p.place.country):
                return 0
            if named and re.search(rf"\b{noun}\b", p.place.name, re.IGNORECASE):
                return 4  # "the shoal" is the latest shoal named, before a reef named since; "the dockyard" the
                # Naval Dockyard, before a shipyard named since
            if reef and _REEF_NAME.search(p.place.name) or p.place.kind in exact or \
                    port == "yard" and "shipyard" in exact:  # "the Chongjin shipyard" (a port in the index)
                return 3
            return _fits(noun, p, port)

        fallback: list[PlaceMention] = []
        fallback_fit = 0
        # a reference reaches back a few paragraphs, not the whole of a long text (bounded cost)
        for sentence in reversed(self.seen[-_LOOKBACK:]):
            if (known := sentence.fits.get((noun, country))) is None:  # each sentence is asked up to _LOOKBACK times
                scored = [(fit(p, port), p) for p, port in sentence.places]
                best = max((f for f, _ in scored), default=0)
                known = sentence.fits[(noun, country)] = (best, [p for f, p in scored if f == best])
            best, chosen = known
            if best == 4 or best == 3 and not named or best and not first:
                return chosen if plural else chosen[:1]
            if best and (not fallback or named and best > fallback_fit):  # a shoal's reef before any island
                fallback, fallback_fit = (chosen if plural else chosen[:1]), best
        return fallback

    @staticmethod
    def _as_port(text: str, p: PlaceMention) -> str:
        """How the text wrote the place: "port" (the port of X, X port), "yard" (the X shipyard), "air" (the X
        Airfield) or "" (by name)."""
        if _YARD_AFTER.match(text, p.end):
            return "yard"
        if p.place.kind != "airfield" and _AIR_NAME.search(p.text):
            return "air"
        as_port = _PORT_WORDS.search(text, max(0, p.start - 12), p.start) or _PORT_AFTER.match(text, p.end)
        return "port" if as_port else ""
