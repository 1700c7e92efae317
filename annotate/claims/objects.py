"""Observable objects (vessels, aircraft) named in a text, mapped to the taxonomy, and quantities with units."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from annotate.model.taxonomy import Taxonomy

from .combatants import ARMED_GROUP_BEFORE, people_around
from .designators import AIRCRAFT_NAME_RX, DESIGNATOR_RX, aircraft_name_class, designator_class
from .ship_classes import NAVY_PREFIXES, SHIP_CLASS_RX, ship_class

__all__ = ["ObjectMention", "Quantity", "find_objects", "find_quantities"]

# phrase → class; longest phrases are tried first. Plurals are handled by the pattern.
_CLASS_PHRASES = {
    "landing ship": "landing ship", "tank landing ship": "landing ship", "large landing ship": "landing ship",
    "amphibious assault ship": "landing ship", "amphibious ship": "landing ship", "landing craft": "landing ship",
    "troop-transporting ship": "landing ship", "troop transport ship": "landing ship", "troop ship": "landing ship",
    "troop carrier": "landing ship", "troop transport": "landing ship",
    # an aircraft maker's troop transport is an aircraft: "changed from Airbus troop transports into Transall aircraft"
    "Airbus troop transport": "cargo aircraft", "Boeing troop transport": "cargo aircraft",
    # an Ilyushin named by its maker alone is the airlifter reports mean: "Two more Ilyushin planes … landing at the
    # airstrip" (Kufra's airbridge of Il-76s)
    "Ilyushin plane": "cargo aircraft", "Ilyushin aircraft": "cargo aircraft", "Ilyushin jet": "cargo aircraft",
    "cargo ship": "cargo ship", "cargo vessel": "cargo ship", "freighter": "cargo ship", "bulk carrier": "cargo ship",
    "container ship": "cargo ship", "merchant vessel": "cargo ship", "merchant ship": "cargo ship",
    "ro-ro ship": "cargo ship", "roll-on/roll-off ship": "cargo ship", "roll-on/roll-off vessel": "cargo ship",
    "vehicle carrier": "cargo ship", "ro-ro vessel": "cargo ship", "ferry": "unknown vessel", "passenger ship": "unknown vessel",
    "aircraft carrier": "warship", "helicopter carrier": "warship", "helicopter destroyer": "warship", "carrier strike group": "warship",
    "replenishment tanker": "tanker", "replenishment ship": "tanker", "supply ship": "tanker",
    "resupply ship": "unknown vessel", "resupply boat": "unknown vessel", "resupply vessel": "unknown vessel",
    "aframax": "tanker", "suezmax": "tanker", "VLCC": "tanker", "supertanker": "tanker",
    "replenishment vessel": "tanker", "replenishment oiler": "tanker", "fleet oiler": "tanker", "oiler": "tanker",
    "oil tanker": "tanker", "tanker": "tanker",
    "warship": "warship", "frigate": "warship", "corvette": "warship", "destroyer": "warship", "cruiser": "warship",
    "patrol ship": "warship", "patrol boat": "warship", "naval vessel": "warship", "missile boat": "warship",
    "missile carrier": "warship", "surface ship": "warship", "naval ship": "warship",
    "submarine": "submarine", "tugboat": "tug", "tug": "tug",
    "carrier": "warship", "carrier air wing": None, "air wing": None, "combatant": "warship",
    "surface combatant": "warship", "navy vessel": "warship", "navy ship": "warship", "LNG carrier": "tanker", "car carrier": "cargo ship", "ore carrier": "cargo ship",
    "personnel carrier": None, "armoured personnel carrier": None, "armored personnel carrier": None,
    "minesweeper": "warship", "minehunter": "warship", "mine countermeasures ship": "warship",
    "mine countermeasures vessel": "warship", "patrol vessel": "warship", "gunboat": "warship",
    "missile ship": "warship", "small missile ship": "warship", "border guard boat": "warship",
    "border guard ship": "warship", "border guard vessel": "warship", "border guard patrol boat": "warship",
    "minelayer": "warship", "submarine rescue ship": "unknown vessel",
    "submarine rescue vessel": "unknown vessel", "submarine tender": "unknown vessel",
    "sustainment vessel": "tanker", "sustainment ship": "tanker", "fleet tanker": "tanker",
    "commercial vessel": "cargo ship", "commercial ship": "cargo ship",
    "PLAN vessel": "warship", "PLAN ship": "warship",
    "landing helicopter dock": "landing ship", "landing platform dock": "landing ship",
    "coast guard ship": "warship", "coast guard vessel": "warship", "coast guard boat": "warship",
    # a coast guard by its initials: "seven CCG vessels", "a JCG patrol ship"
    "CCG vessel": "warship", "CCG ship": "warship", "PCG vessel": "warship", "PCG ship": "warship",
    "JCG vessel": "warship", "JCG ship": "warship", "USCG cutter": "warship", "USCG vessel": "warship",
    "amphibious transport dock": "landing ship", "transport dock": "landing ship",
    "coastguard ship": "warship", "coastguard vessel": "warship", "coastguard boat": "warship", "inspection vessel": "warship",
    "inspection ship": "warship", "offshore patrol vessel": "warship", "ocean patrol vessel": "warship", "cutter": "warship", "battlecruiser": "warship",
    "battleship": "warship", "fast attack craft": "warship", "patrol craft": "warship", "combat vessel": "warship",
    "boxship": "cargo ship", "bulker": "cargo ship", "coal carrier": "cargo ship", "heavy-lift ship": "cargo ship",
    "heavy-lift vessel": "cargo ship", "combat support ship": "tanker", "amphibious ready group": "landing ship",
    "littoral combat ship": "warship", "flagship": "warship",
    # sea drones are no objects: "uncrewed surface vessels", "unmanned boats"
    "uncrewed surface vessel": None, "unmanned surface vessel": None, "uncrewed vessel": None,
    "unmanned vessel": None, "uncrewed boat": None, "unmanned boat": None, "sea drone": None,
    # nor air drones by their official names: "unmanned aircraft systems", "unmanned aerial vehicles"
    "unmanned aircraft system": None, "unmanned aerial system": None, "unmanned aircraft": None,
    "uncrewed aircraft": None, "unmanned aerial vehicle": None, "uncrewed aerial vehicle": None,
    "bomber base": None, "fighter base": None,
    # a unit, not its aircraft ("the 1st Fighter Wing, based at Langley"); a missile, not a jet ("fired Patriot
    # interceptor missiles")
    "fighter wing": None, "fighter squadron": None, "fighter group": None, "fighter regiment": None,
    "fighter aviation regiment": None, "fighter aviation division": None,  # "the 14th Guards Fighter Aviation Regiment"
    "bomber wing": None, "bomb wing": None, "bomber squadron": None, "bomber regiment": None, "bomber division": None,
    "bomber aviation regiment": None, "helicopter squadron": None, "helicopter regiment": None,
    "interceptor missile": None, "interceptor rocket": None,
    "small craft": "unknown vessel", "fast craft": "unknown vessel",
    # kinds of vessel the taxonomy has no class for: an unknown vessel, but a vessel of its own beside others
    "barge": "unknown vessel", "dredger": "unknown vessel", "icebreaker": "unknown vessel",
    "trawler": "unknown vessel", "yacht": "unknown vessel", "hovercraft": "unknown vessel",
    "floating workshop": "unknown vessel", "skiff": "unknown vessel",
    "dhow": "unknown vessel", "fast attack boat": "warship", "crude carrier": "tanker", "gas carrier": "tanker",
    "very large crude carrier": "tanker", "sub": "submarine",
    "ship": "unknown vessel", "vessel": "unknown vessel", "boat": "unknown vessel",
    "cargo aircraft": "cargo aircraft", "cargo plane": "cargo aircraft", "transport aircraft": "cargo aircraft",
    "transport plane": "cargo aircraft", "military transport aircraft": "cargo aircraft",
    "short-field transport": "cargo aircraft", "tactical transport": "cargo aircraft",
    "freighter aircraft": "cargo aircraft", "airlifter": "cargo aircraft", "cargo jet": "cargo aircraft",
    "airliner": "airliner", "passenger jet": "airliner", "passenger plane": "airliner",
    "passenger aircraft": "airliner", "commercial aircraft": "airliner", "commercial airliner": "airliner",
    "civilian plane": "airliner", "civilian aircraft": "airliner", "civilian jet": "airliner",
    "fighter jet": "fighter", "fighter": "fighter", "interceptor": "fighter",
    "warplane": "fighter", "war plane": "fighter",
    # (as the tuning set labels "Su-25 attack aircraft" and Millerovo's "attack aircraft")
    "attack aircraft": "fighter", "ground attack aircraft": "fighter", "ground-attack aircraft": "fighter",
    "bomber": "bomber", "helicopter": "helicopter", "gunship": "helicopter",
    "transport aviation": "cargo aircraft",  # "used by the Russians for transport aviation"
    "aircraft": "unknown aircraft", "plane": "unknown aircraft", "jet": "unknown aircraft", "airplane": "unknown aircraft",
}
# what an exercise's targets stand for: "fired at targets simulating enemy aircraft", "a mock enemy ship"
_SIMULATED_BEFORE = re.compile(r"\b(?:simulat(?:ing|ed?)|imitating|mock)\s+(?:an?\s+)?(?:enemy|hostile|adversary)?\s*"
                               r"(?:[a-z]+\s+)?$", re.IGNORECASE)
_UNITS = {
    "troops": "troops", "soldiers": "troops", "personnel": "troops", "marines": "troops", "people": "people",
    "kilometres": "km", "kilometers": "km", "km": "km", "miles": "mi", "nautical miles": "nmi", "metres": "m",
    "meters": "m", "m": "m", "tonnes": "t", "tons": "t", "ships": "ships", "vessels": "vessels",
    "aircraft": "aircraft", "planes": "aircraft", "helicopters": "helicopters", "tanks": "tanks",
    "vehicles": "vehicles", "containers": "containers", "flights": "flights",
}
_WORD_NUMBERS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                 "ten": 10, "eleven": 11, "twelve": 12, "dozen": 12, "a dozen": 12, "dozens of": 24,
                 "hundreds of": 200, "thousands of": 2000}


@dataclass(frozen=True)
class ObjectMention:
    start: int
    end: int
    text: str
    category: str
    cls: str
    type: str | None = None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "category": self.category,
                "class": self.cls, "type": self.type}


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    unit: str
    qualifier: str | None

    def to_dict(self) -> dict:
        return {"start": self.start, "end": self.end, "text": self.text, "value": self.value, "unit": self.unit,
                "qualifier": self.qualifier}


def _plural(phrase: str) -> str:
    words = phrase.split(" ")
    last = re.escape(words[-1])
    tail = rf"{last[:-1]}(?:y|ies)" if words[-1].endswith("y") else rf"{last}(?:es|s)?"
    return r"[\s-]+".join([re.escape(w) for w in words[:-1]] + [tail])


# "ship-to-ship transfers", "ship-borne", "air-to-air": an activity or an adjective, not an object
_CLASS_RX = re.compile(r"\b(?<![\w-])(?:" + "|".join(_plural(p) for p in sorted(_CLASS_PHRASES, key=len, reverse=True))
                       + r")\b(?!-(?:to|borne|based|launched|suction)\b)", re.IGNORECASE)  # not "cutter-suction dredgers"


def _forms() -> dict[str, str]:
    """Each singular and plural form of a class phrase (normalised) → the phrase."""
    out = {}
    for p in _CLASS_PHRASES:
        for f in (p, p + "s", p + "es", p[:-1] + "ies"):
            out.setdefault(re.sub(r"[\s-]+", " ", f.lower()), p)
    return out


_PHRASE_OF = _forms()


_SEPARATORS = re.compile(r"[\s-]+")


def _phrase_of(text: str) -> str | None:
    return _PHRASE_OF.get(_SEPARATORS.sub(" ", text.lower()))


def _class_of(text: str) -> str | None:
    phrase = _phrase_of(text)
    return _CLASS_PHRASES[phrase] if phrase is not None else None


def _type_matcher_of(taxonomy: Taxonomy) -> tuple[re.Pattern, dict]:
    """``_type_matcher`` of the taxonomy's types, looked up by identity first: hashing the types (dataclasses) for
    the cache cost more than the rest of a short sentence's object search."""
    last = _LAST_MATCHER.get(id(taxonomy.types))
    if last is not None and last[0] is taxonomy.types:
        return last[1]
    found = _type_matcher(taxonomy.types)
    _LAST_MATCHER.clear()
    _LAST_MATCHER[id(taxonomy.types)] = (taxonomy.types, found)
    return found


_LAST_MATCHER: dict[int, tuple[tuple, tuple[re.Pattern, dict]]] = {}


@lru_cache(maxsize=8)
def _type_matcher(types: tuple) -> tuple[re.Pattern, dict]:
    names = [(name, t) for t in types for name in (t.name, *t.aliases)]
    rx = re.compile(r"(?<![\w-])(" + "|".join(re.escape(n) for n, _ in sorted(names, key=lambda x: -len(x[0])))
                    + r")(?:[\s-]+class|s|['’]s)?(?![\w-])", re.IGNORECASE)  # "Il-76s", "the Il-76's crew"
    return rx, {n.lower(): t for n, t in names}


# a vessel word naming a service or a place, not a vessel ("the ferry crossing", "a tanker terminal")
_NOT_A_VESSEL_AFTER = re.compile(r"[\s-]+(?:crossings?|lines?|services?|routes?|terminals?|operators?|"
                                 # "Vessel Traffic Services" (not "levels of vessel traffic": vessels going by)
                                 r"traffic\s+(?:[Ss]ervices?|[Cc]ontrol|[Ss]eparation|[Mm]anagement)|"
                                 r"compan(?:y|ies)|schedules?|links?|tracking|industry|owners?|market|ports?|piers?|berths?|"
                                 r"wharf|wharves|quays?|jett(?:y|ies)|halls?|"
                                 # "to revive ship repair", "ship repair yard" (not "ordered the ship repaired")
                                 r"repair(?!ed)s?|building|breaking)\b",
                                 re.IGNORECASE)
# a vessel or aircraft word naming a facility, an activity or people ("aircraft shelters", "a boat basin",
# "submarine operations", "ship trackers"), or a count ("the number of aircraft"): no object
_NOT_AN_OBJECT_AFTER = re.compile(r"[\s-]+(?:shelters?|hangars?|parking|aprons?|revetments?|basins?|sheds?|pens?|"
                                  r"operations|maintenance|bunkers?|trackers?|spotters?|watchers?|brokers?|agents?|"
                                  # "its submarine fleet"; "carrier killer" missiles
                                  r"programmes?|programs?|visits?|fleets?|forces?|flotillas?|killers?)\b",
                                  re.IGNORECASE)
_TRANSPORT_AND_BEFORE = re.compile(r"\btransport\s+(?:and|or)\s+[a-z-]+\s+$")  # "transport and training aircraft"
# "concerns over such vessels", "the number of aircraft": a kind (not "an unknown number of aircraft", "a number of
# ships": some of them, there)
_NUMBER_OF_BEFORE = re.compile(r"(?<!\ban\s)(?<!\ba\s)(?<!\bunknown\s)(?<!\blarge\s)(?<!\bsmall\s)(?<!\bundisclosed\s)"
                               r"\b(?:numbers?\s+of|such)\s+$", re.IGNORECASE)
# the object of a pursuit is another vessel or aircraft than the pursuer: "fighters took off to identify the jet",
# "a coast guard boat escorted the two ships", "six Typhoons arrived, joining the aircraft already there"
_PURSUED_BEFORE = re.compile(r"\b(?:(?:intercept|identify|escort|shadow|follow|chase|tail|ram|board|join|monitor|track)"
                             r"(?:s|ed|ing)?|scrambled\s+against|against)\s+"  # "water cannon against the boats"
                             r"(?:the|its|their|these|those|both)\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
# where a "fuel tanker" is a truck: an airfield's, a road's
_ON_LAND = re.compile(r"\b(?:airfields?|airports?|air\s*bases?|runways?|roads?|highways?|trucks?|lorr(?:y|ies)|"
                      r"depots?)\b", re.IGNORECASE)
# what combat jets do: "Israeli jets struck the port", "the Indian jets dropped their bombs"
_STRIKES_AFTER = re.compile(r"\s+(?:also\s+|again\s+|have\s+|had\s+|then\s+)?(?:struck|strike|strikes|bombed|bomb|"
                            r"hit|pounded|pound|raided|attacked|attack|dropped|fired|targeted)\b", re.IGNORECASE)
# a vessel word qualifying an aircraft: "tanker aircraft", "a tanker plane" is an aircraft
# a drone's engine, not an aircraft: "Geran-3 jet drones", "jet-powered kamikaze drones"
_DRONE_AFTER = re.compile(r"(?:[\s-]+powered)?\s+(?:[\w-]+\s+)?(?:drones?|UAVs?)\b", re.IGNORECASE)
_AIRCRAFT_AFTER = re.compile(r"[\s-]+(?:aircraft|planes?|jets?|airplanes?)\b", re.IGNORECASE)
# an aircraft designator right before a vessel word: "Il-78 tankers", "KC-135 tankers" are aircraft
_AIRCRAFT_DESIGNATOR_BEFORE = re.compile(r"\b(?:Il|Tu|An|Su|MiG|Yak|Be|Ka|Mi|Y|KJ|H|KC|C|P|E|A)-\d{1,3}[A-Z]{0,3}"
                                         # "Il-78 mid-air refuelling tankers"
                                         r"(?:\s+(?:mid-?air|aerial|air))?(?:\s+(?:refuelling|refueling))?\s+$")
_BARE_TYPES = {"Kilo": "kilo-class"}  # the name as written → the taxonomy type's name (lower case)
_BARE_TYPE = re.compile(r"\b(?:[Tt]he|[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Aa]nother|[Ss]econd|[Tt]hird|[Ll]ast)\s+"
                        r"(?P<name>" + "|".join(_BARE_TYPES) + r")s?\b(?![\w-])(?!\s+(?:of|grams?|metres?|meters?)\b)")
_AIRCRAFT_TOO = ("tanker", "cargo ship", "unknown vessel")  # ship words an aircraft is called by ("Il-78 tankers")
# a navy's hull prefix and a name: a commissioned warship ("USS Stockdale", "INS Tamal") unless its kind is given
HULL_PREFIX = "(?:" + "|".join(NAVY_PREFIXES + ("HNoMS", "RSS", "KD", "HTMS", r"Zr\.\s?Ms\.")) + ")"
_HULL_NAME = re.compile(r"\b" + HULL_PREFIX + r"\s+[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|S\.))*")
# a count of generic vessels with its parts named after it, or one side's ships ("47 vessels, including 21 bulk
# carriers", "four enemy ships", "allied ships"; not "1 enemy ship, a carrier of …"): vessels of their own
_INCLUDING_AFTER = re.compile(r"(?:\s+[\w-]+){0,8}?,?\s+(?:including|among them|of which|among which)\b|"  # "the debris
                              # of several aircraft along the runway …, including two Tu-22M3 bombers"
                              # "four aircraft on the apron at Hmeimim: two Il-76s, an An-124 and a Su-35"
                              r"(?:\s+[\w-]+){0,8}:\s+(?:two|three|four|five|six|an?|\d+)\s", re.IGNORECASE)
_SIDE_BEFORE = re.compile(r"\b(?:enemy|allied|friendly|hostile|foreign|NATO|Western|Russian|Ukrainian|Chinese|"
                          r"American|other)\s+$", re.IGNORECASE)
# a generic ship, boat or vessel described by its trade is a vessel of its own, not a repeat of a specific one
_DESCRIBED_BEFORE = re.compile(r"(?:\b[\w]+-(?:laying|going|carrying|class)|\b(?:research|survey|fishing|hospital|"
                               r"intelligence|spy|rescue|salvage|cable|training|command|icebreaking|dredging|pilot|"
                               r"container|passenger|merchant|civilian|commercial)\b|"
                               # its size: "the 5,000-ton ship", "a 90-metre vessel"
                               r"\b\d[\d,.]*[\s-]*(?:tons?|tonnes?|metres?|meters?|m|feet|foot|ft)\b)[\s-]*$", re.IGNORECASE)


# a navy's vessels with its initials between: "seven People's Liberation Army Navy (PLAN) vessels" (a named fleet's
# "Baltic Fleet ships" stay vessels: the tuning set's convention)
_NAVY_BEFORE = re.compile(r"\bNavy\s+\([A-Z]{2,6}\)\s+$")
# two services sharing one vessel word: "coast guard and maritime militia vessels"
_SERVICE_AND_BEFORE = re.compile(r"\b(?:coast\s*guard|navy|naval|patrol)\s+and\s+(?:[\w-]+\s+){1,2}$", re.IGNORECASE)
# "a BFAR aircraft" beside "a Chinese Navy helicopter", "China Coast Guard vessels" beside "BRP Datu Sanday": an
# indefinite or a bare plural generic introduces another object; "the ship" after "the frigate" repeats it
_INDEFINITE_BEFORE = re.compile(r"\b(?:a|an|another|second|third|fourth|one|(?<=\sand\s)1)\s+(?:(?!the\b)[\w-]+\s+){0,2}$", re.IGNORECASE)
_DEFINITE_BEFORE = re.compile(r"\b(?:the|its|their|these|those|both|all|such|any|no)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# "a third vessel, possibly a fast attack craft": the generic is the craft named after it
_APPOSITION_AFTER = re.compile(r",\s+(?:possibly|probably|likely|apparently|perhaps|presumably|reportedly)?\s*(?:an?|the)\s",
                               re.IGNORECASE)
# "Pacific Fleet ships", "Navy vessels": a named fleet's ships, the same ones as its named kinds
_NAMED_OWNER_BEFORE = re.compile(r"[A-Z][\w-]*\s+$")
# "a nuclear submarine base", "the submarine bases": the base, not a submarine — unless a name comes before it
_BASE_AFTER = re.compile(r"[\s-]+bases?\b")
_NAMED_BASE_BEFORE = re.compile(r"\b(?!(?:The|A|An|Its|Their|Russian|Chinese|Soviet|American|British|French|"
                                r"North|Nuclear)\s)[A-Z][\w-]*\s+$")
# "The two ships", "The vessels": a definite generic as the sentence's first words
_SENTENCE_SUBJECT = re.compile(r"\s*(?:The|These|Those|Both)\s+(?:(?:two|three|four|five|six|[a-z]+-?[a-z]*)\s+){0,2}")
# "BRP Sierra Madre, a landing ship": the kind of the named ship, after it
_APPOSED_KIND = re.compile(r"(?:,|\s+(?:is|was))\s+(?:an?|the|our|its|their)\s+(?:[\w'’-]+\s+){0,5}")  # "INS X is the last
# Kalvari-class …", "TCG Anadolu, our amphibious assault ship", "INS Ikshak, the Indian Navy's third survey vessel"
_KIND_THEN_NAME = re.compile(r",?\s+(?:the\s+)?")  # "a tank landing ship, the BRP Sierra Madre"
# a generic vessel word before a hull-prefixed name is that ship ("a signals intelligence ship, HSwMS Artemis"); one
# before another name is a ship of its own ("at the vessel Datu Gumbay Python")
_HULL_APPOSED = re.compile(_KIND_THEN_NAME.pattern + HULL_PREFIX + r"\s+[A-Z]")
_SHIP_NAME_AFTER = re.compile(r"\s+(?!" + HULL_PREFIX + r"\b)(?!(?:The|A|An|In|On|At|And|Was|Is)\b)[A-Z][a-z][\w'’-]*")
_IDENTIFIED_AFTER = re.compile(r"\b(?:is|was|are|were)\s+(?:an?|the)\s")
# a count before a generic word, and another count after "and" beside it: objects counted apart
_NUMBER = r"(?:\d[\d,]*|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several)"
_COUNT_BEFORE = re.compile(r"(?<![\w-])" + _NUMBER + r"\s+(?:(?!and\s|or\s)[a-z][\w-]*\s+){0,3}$", re.IGNORECASE)
_AND_COUNT_AFTER = re.compile(r"\s+and\s+" + _NUMBER + r"\s", re.IGNORECASE)
# an airline called a carrier: "by the same carrier", "the national carrier", "a low-cost carrier"
_AIRLINE_BEFORE = re.compile(r"\b(?:same|national|flag|low-cost|budget|state-owned|state)\s+$", re.IGNORECASE)
_COUNTED_BEFORE = re.compile(r"(?:\b(?:the|two|three|four|five|six|several|both|\d+)|aircraft|[A-Z][\w-]*)\s+$")
_MISSION_AFTER = re.compile(r"\s+(?:maritime\s+)?(?:anti-submarine|patrol|reconnaissance|early[\s-]warning|"
                            r"electronic|surveillance|tanker|refuell?ing|intelligence|airborne)\b", re.IGNORECASE)
# a mission or a size before a generic aircraft word: a kind of its own beside a specific class ("patrol aircraft"
# beside transports, "small aircraft and drones but not bombers")
_MISSION_BEFORE = re.compile(r"\b(?:patrol|reconnaissance|surveillance|early[\s-]warning|refuell?ing|intelligence|"
                             r"small|light|training|trainer)\s+$", re.IGNORECASE)
_KINDS_WITHOUT_CLASS = {"barge", "dredger", "icebreaker", "trawler", "yacht", "hovercraft", "ferry",
                        "floating workshop", "small craft", "fast craft"}


def _generic_of_its_own(text: str, start: int, end: int, phrase: str, s0: int, e0: int,
                        found: list[ObjectMention], definite: bool) -> bool:
    """Whether the generic ``phrase`` at ``s0…e0`` (``definite``: after "the", "its", …) is an object of its own
    beside the specific ones ``found``, not a repeat of one of them."""
    plural = phrase.endswith("s")
    return bool(_DESCRIBED_BEFORE.search(text, max(start, s0 - 40), s0)  # "a cable-laying ship"
                or _phrase_of(phrase) in _KINDS_WITHOUT_CLASS  # "a barge"
                or _INCLUDING_AFTER.match(text, e0, end)  # "47 vessels, including 21 bulk carriers"
                or _introduced(text, max(start, s0 - 40), s0, found) and not _APPOSITION_AFTER.match(text, e0, end)
                or plural and not definite  # a bare plural
                and not _NAMED_OWNER_BEFORE.search(text, max(start, s0 - 30), s0)
                or plural and _SIDE_BEFORE.search(text, max(start, s0 - 12), s0)  # "enemy ships"
                or _other_kind_after(text, e0, end)
                or bool(_AND_OTHER_BEFORE.search(text, max(start, s0 - 30), s0))
                or bool(_ALONGSIDE_BEFORE.search(text, max(start, s0 - 50), s0)))


# "F-22 fighters and other aircraft": the generic says it is not the specific one before it
_AND_OTHER_BEFORE = re.compile(r"\b(?:and|or|with|plus)\s+(?:several\s+|many\s+|some\s+|a\s+few\s+|\d+\s+|two\s+|"
                               r"three\s+|four\s+|five\s+)?other\s+$", re.IGNORECASE)
# "six Eurofighter jets alongside a fleet of American-made aircraft": others beside them
_ALONGSIDE_BEFORE = re.compile(r"\b(?:alongside|besides|as\s+well\s+as|in\s+addition\s+to)\s+(?:an?\s+|its\s+|their\s+)?"
                               r"(?:fleet\s+of\s+)?(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_OR_AFTER = re.compile(r"\s+(?:or|nor)\s+(?:no\s+)?(?:an?\s+)?([\w-]+)")


def _other_kind_after(text: str, e0: int, end: int) -> bool:
    """Whether a specific kind follows the generic after "or" ("no ship or submarine"): the generic is any other
    vessel, an object of its own."""
    after = _OR_AFTER.match(text, e0, end)
    if after is None:
        return False
    other = _class_of(after.group(1))
    return other is not None and not other.startswith("unknown")


def _definite_before_the_specific(text: str, start: int, end: int, s0: int, e0: int) -> bool:
    """A definite generic opening its sentence ("The two ships were monitored by a frigate") refers back to
    earlier sentences, not to a specific vessel named after it — unless an apposition names it ("The ship, a
    Ropucha-class landing ship, …")."""
    apposed = _APPOSITION_AFTER.match(text, e0, end)
    # "The ship, a Ropucha-class landing ship, …" names its kind; "The boat, the Unaizah May 4, …" only its name
    apposed_kind = apposed and _CLASS_RX.search(text, apposed.end(), min(end, apposed.end() + 40)) or \
        apposed and SHIP_CLASS_RX.search(text, apposed.end(), min(end, apposed.end() + 40))
    return bool(_SENTENCE_SUBJECT.fullmatch(text, start, s0)) and not apposed_kind and \
        not _IDENTIFIED_AFTER.search(text, e0, end)  # "The vessel seen in the photo is the TCG Bayraktar"


# "the ship berthed next to a container ship": a definite generic before an indefinite specific one is not it
_INDEFINITE_SPECIFIC_AFTER = re.compile(r"\b(?:next\s+to|beside|alongside|near|behind|with)\s+(?:an?|another|two|three|four|"
                                        r"five|six|seven|eight|nine|ten|several|\d+)\s+",
                                        re.IGNORECASE)


def _definite_but_another(text: str, start: int, end: int, s0: int, e0: int, definite: bool) -> bool:
    """A definite generic that is another object than the specific ones beside it: the pursued ("fighters took off
    to identify the jet") or one followed by an indefinite specific one it stands beside ("the ship berthed at the
    harbour next to a container ship")."""
    return definite and bool(_PURSUED_BEFORE.search(text, max(start, s0 - 40), s0) or
                _DEFINITE_BEFORE.search(text, max(start, s0 - 20), s0) and _INDEFINITE_SPECIFIC_AFTER.search(text, e0, end))


def _names_same_ship(text: str, o: ObjectMention, s0: int, e0: int) -> bool:
    """Whether the class mention ``o`` is the kind of the hull-prefixed name at ``s0…e0``: right before it
    ("the landing ship BRP Sierra Madre") or in an apposition after it ("BRP Sierra Madre, a landing ship")."""
    return (o.end <= s0 and bool(_KIND_THEN_NAME.fullmatch(text, o.end, s0))) or \
        (o.start >= e0 and bool(_APPOSED_KIND.fullmatch(text, e0, o.start)))


def _introduced(text: str, start: int, s0: int, found: list[ObjectMention]) -> bool:
    """An indefinite article introduces the generic at ``s0`` as an object of its own ("a BFAR aircraft"), unless
    what it introduces is a mention already found ("a Y-9 patrol aircraft" is the Y-9)."""
    m = _INDEFINITE_BEFORE.search(text, start, s0)
    return m is not None and not any(m.start() <= o.start and o.end <= s0 for o in found)


def _named_kinds(text: str, start: int, end: int, rx: re.Pattern, classify, category: str, taxonomy: Taxonomy,
                 out: list[ObjectMention], taken: list[tuple[int, int]]) -> set[int]:
    """Append the mentions of a ship class or an aircraft designator (``rx``, classed by ``classify``) that
    no earlier mention covers; a class word right after joins the mention ("Su-34 bombers", "a Borei-class
    boat", "Il-78 tankers" — one aircraft, not a tanker ship) and names its class when it is a specific one of
    the same ``category``. Returns where each starts (never generic repeats)."""
    starts = set()
    for m in rx.finditer(text, start, end):
        s0, e0 = m.span()
        cls = classify(m)
        if cls is None or any(a < e0 and s0 < b for a, b in taken):
            continue
        if category == "aircraft" and cls in ("cargo aircraft", "airliner") and _MISSION_AFTER.match(text, e0, end):
            cls = "unknown aircraft"  # "a Y-8 anti-submarine aircraft": a patrol version, not the transport (a
            # bomber's or a fighter's reconnaissance version stays what it is: "Su-24MR reconnaissance aircraft")
        follow = _CLASS_RX.match(text, e0 + 1) if text[e0:e0 + 1] in (" ", "-") else None
        if follow and follow.end() <= end:
            named = _class_of(follow.group())
            if named and taxonomy.category_of(named) == category and not named.startswith("unknown") and \
                    (named != "helicopter" or cls == named):
                # (a fixed-wing designator stays fixed-wing: "AC-130 gunships" are no helicopters)
                cls = named  # the text's own word for it
            e0 = follow.end()
        out.append(ObjectMention(s0, e0, text[s0:e0], taxonomy.category_of(cls), cls))
        taken.append((s0, e0))
        starts.add(s0)
    return starts


def find_objects(text: str, taxonomy: Taxonomy, start: int = 0, end: int | None = None) -> list[ObjectMention]:
    """Vessel and aircraft mentions in ``text[start:end]``; a type designation and the class phrase after it
    ("Ropucha-class landing ship") make one mention with both."""
    end = len(text) if end is None else end
    span = text[start:end]
    type_rx, by_name = _type_matcher_of(taxonomy)
    out: list[ObjectMention] = []
    taken: list[tuple[int, int]] = []
    for m in type_rx.finditer(span):
        if m.group(1).isalpha() and not m.group(1)[0].isupper():
            continue  # a reporting name that is also a word, in lower case: "a classic way", "could backfire"
        t = by_name[m.group(1).lower()]
        s0, e0 = m.start() + start, m.end() + start
        follow = _CLASS_RX.match(text, e0 + 1) if text[e0:e0 + 1] in (" ", "-") else None
        cls = t.cls
        if follow and _class_of(follow.group()) in (t.cls, "unknown vessel", "unknown aircraft"):
            e0 = follow.end()
        out.append(ObjectMention(s0, e0, text[s0:e0], taxonomy.category_of(cls), cls, t.name))
        taken.append((s0, e0))
    # a class written bare that is also a word, capitalised after an article or a number: "the Kilo that was in dry
    # dock" (not "a kilo of")
    for m in _BARE_TYPE.finditer(text, start, end):
        t = by_name.get(_BARE_TYPES[m.group("name")])
        if t is not None and not any(a < m.end("name") and m.start("name") < b for a, b in taken):
            out.append(ObjectMention(m.start("name"), m.end(), text[m.start("name"):m.end()],
                                     taxonomy.category_of(t.cls), t.cls, t.name))
            taken.append((m.start("name"), m.end()))
    # "a Borei-class boat", "two Type 055 destroyers"; "two Su-34s", "a Tu-160", "Il-78 tankers"
    _named_kinds(text, start, end, SHIP_CLASS_RX, ship_class, "vessel", taxonomy, out, taken)
    designated = _named_kinds(text, start, end, DESIGNATOR_RX, designator_class, "aircraft", taxonomy, out, taken)
    # a name right after a designator is the same aircraft ("F/A-18 Super Hornets")
    taken += [(o.end, o.end + 2) for o in out if o.category == "aircraft"]
    designated |= _named_kinds(text, start, end, AIRCRAFT_NAME_RX, aircraft_name_class, "aircraft", taxonomy, out,
                               taken)
    described: set[int] = set(designated)  # generic mentions kept beside specific ones ("a cable-laying ship")
    for m in _CLASS_RX.finditer(span):
        s0, e0 = m.start() + start, m.end() + start
        if any(a < e0 and s0 < b for a, b in taken):
            continue
        cls = _class_of(m.group())
        if m.group().lower() in ("sub", "subs") and text[e0:e0 + 1] == "-":
            continue  # "sub-Saharan", "sub-surface"
        if cls is None or m.group().lower() == "carriers" and not _COUNTED_BEFORE.search(text, max(start, s0 - 30), s0):
            continue  # "Carriers are not expected to return": shipping lines, not aircraft carriers
        if m.group().lower() == "carrier" and _AIRLINE_BEFORE.search(text, max(start, s0 - 20), s0):
            continue  # "a weekly flight to Tripoli by the same carrier": an airline
        if cls == "tanker" and text[max(start, s0 - 9):s0].lower().rstrip().endswith(("fuel", "petrol", "gasoline")) \
                and _ON_LAND.search(text, start, end):
            continue  # "a fuel tanker had exploded at an airfield": a truck
        if cls == "fighter" and m.group().lower() == "fighters" and \
                (ARMED_GROUP_BEFORE.search(text, max(start, s0 - 24), s0) or people_around(text, s0, e0, end)):
            continue  # "Taliban fighters posing with helicopters", "fighters from Jabhat al-Nusra", "the fighters
            # took the base", "34 fighters dead": people, not aircraft
        if cls == "bomber" and text[max(start, s0 - 8):s0].lower().endswith("suicide "):
            continue  # "a suicide bomber blew himself up": a man
        if m.group().lower() == "jet" and _DRONE_AFTER.match(text, e0, end):
            continue  # "Geran-3 jet drones", "jet-powered kamikaze drones": drones, no aircraft
        if cls == "unknown aircraft" and m.group().lower() in ("jet", "jets") and _STRIKES_AFTER.match(text, e0, end):
            cls = "fighter"  # "Israeli jets struck the port": combat aircraft
        if cls == "fighter" and "attack" in m.group().lower() and \
                _AIRCRAFT_DESIGNATOR_BEFORE.search(text, max(start, s0 - 40), s0):
            cls = "unknown aircraft"  # "A-10 ground-attack aircraft": the designator's type says which class
            described.add(s0)
        if _SIMULATED_BEFORE.search(text, max(start, s0 - 32), s0):
            continue  # "targets simulating enemy aircraft": an exercise's target, no aircraft there
        if (not_one := _NOT_AN_OBJECT_AFTER.match(text, e0, end)) and \
                not (m.group().endswith("s") and not_one.group().strip(" -") == "visit") or \
                text[max(start, s0 - 6):s0].rstrip().endswith(("of", "such")) and \
                _NUMBER_OF_BEFORE.search(text, max(start, s0 - 12), s0):
            continue  # ("as US warships visit": ships, a verb after them; "a warship visit" is no ship)
        if taxonomy.category_of(cls) == "vessel":
            if _NOT_A_VESSEL_AFTER.match(text, e0, end):
                continue
            if _BASE_AFTER.match(text, e0, end) and not _NAMED_BASE_BEFORE.search(text, max(start, s0 - 30), s0):
                continue  # "a nuclear submarine base" is a place; a caption's "Longpo submarine base, Hainan." shows one
            if (after := _AIRCRAFT_AFTER.match(text, e0, end)) is not None:
                cls, e0 = "unknown aircraft", after.end()  # "Voyager tanker aircraft": an aircraft of its own
                taken.append((s0, e0))
                described.add(s0)
            elif cls in _AIRCRAFT_TOO and _AIRCRAFT_DESIGNATOR_BEFORE.search(text, max(start, s0 - 40), s0):
                # "two Il-78 tankers" (not "the MEKO A-200 frigates")
                cls = "unknown aircraft"
                described.add(s0)
        # (each regex behind a cheap test of the text before: a text of nothing but "ship, ship, …" asks for each)
        if cls == "unknown vessel" and text[max(start, s0 - 30):s0].rstrip().endswith(")") and \
                _phrase_of(m.group()) in ("ship", "vessel", "boat") and _NAVY_BEFORE.search(text, max(start, s0 - 30), s0):
            cls = "warship"  # "People's Liberation Army Navy (PLAN) vessels" are "PLAN vessels", "Navy vessels"
        elif cls == "unknown vessel" and " and " in text[max(start, s0 - 40):s0] and \
                (both := _SERVICE_AND_BEFORE.search(text, max(start, s0 - 40), s0)):
            out.append(ObjectMention(both.start(), e0, text[both.start():e0], "vessel", "warship"))
            described.add(s0)  # "coast guard and maritime militia vessels": the coast guard's and the militia's
        elif cls == "unknown aircraft" and "transport" in text[max(start, s0 - 40):s0] and \
                (both := _TRANSPORT_AND_BEFORE.search(text, max(start, s0 - 40), s0)):
            out.append(ObjectMention(both.start(), e0, text[both.start():e0], "aircraft", "cargo aircraft"))
            described.add(s0)  # "other transport and training aircraft": transports, and aircraft of another kind
        if cls.startswith("unknown"):
            if _HULL_APPOSED.match(text, e0, end):
                continue  # "a signals intelligence ship, HSwMS Artemis", "a third ship, HMS Birmingham": the named ship
            definite = bool(_DEFINITE_BEFORE.search(text, max(start, s0 - 40), s0))  # after "the", "its", "these" …
            if definite and _SHIP_NAME_AFTER.match(text, e0, end):
                described.add(s0)  # "at the vessel Datu Gumbay Python": a ship named by its name, another one
            if cls == "unknown aircraft" and (mission := _MISSION_BEFORE.search(text, max(start, s0 - 28), s0)) and \
                    not any(o.category == "aircraft" and 0 <= mission.start() - o.end <= 2 for o in out):
                described.add(s0)  # "by short-field transports, and probably by patrol aircraft": another kind (not
                # "a Y-9 patrol aircraft": the Y-9)
            if cls == "unknown aircraft" and (counted := _COUNT_BEFORE.search(text, max(start, s0 - 48), s0)) and \
                    (_AND_COUNT_AFTER.match(text, e0, end) or
                     text[max(start, counted.start() - 5):counted.start()] == " and "):
                described.add(s0)  # "Three disused aircraft and two helicopters", "two helicopters and three
                # decommissioned military aircraft": counted apart, aircraft of another kind (not boats: "two Hai
                # Lung-class submarines … and two World War II-era boats" are submarines too)
            if _generic_of_its_own(text, start, end, m.group(), s0, e0, out, definite) or \
                    _definite_before_the_specific(text, start, end, s0, e0) or \
                    _definite_but_another(text, start, end, s0, e0, definite):
                described.add(s0)
        out.append(ObjectMention(s0, e0, text[s0:e0], taxonomy.category_of(cls), cls))
    vessels = [o for o in out if o.category == "vessel"]
    for m in _HULL_NAME.finditer(text, start, end):
        s0, e0 = m.span()
        if not any(_names_same_ship(text, o, s0, e0) for o in vessels
                   if not o.cls.startswith("unknown") or o.start in described):  # "…, the third survey vessel"
            # "the landing ship BRP Sierra Madre" is the landing ship; "HMS Somerset escorted the submarine X" a
            # warship beside it; "the vessel HDMS X" a warship
            out.append(ObjectMention(s0, e0, text[s0:e0], "vessel", "warship"))
    # a generic "ship"/"aircraft" beside a specific one of the same kind ("vessel tracking data") adds nothing
    specific = {o.category for o in out if not o.cls.startswith("unknown")}
    out = [o for o in out if not (o.cls.startswith("unknown") and o.category in specific and o.start not in described)]
    return sorted(out, key=lambda o: o.start)



_QTY_RX = re.compile(
    r"\b(?P<qual>up to|about|around|roughly|approximately|at least|more than|over|nearly|almost|some|some)?\s*"
    r"(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|a dozen|dozens of|hundreds of|thousands of)\s+(?:(?:military|Russian|North Korean|new|more|other)\s+)?"
    r"(?P<unit>nautical miles|" + "|".join(sorted((u for u in _UNITS if u != "nautical miles"), key=len, reverse=True))
    + r")\b", re.IGNORECASE)


def find_quantities(text: str, start: int = 0, end: int | None = None) -> list[Quantity]:
    """Numbers with units: "up to 400 troops", "95 kilometres", "two ships"."""
    end = len(text) if end is None else end
    out = []
    for m in _QTY_RX.finditer(text, start, end):
        num = m.group("num").lower()
        value = float(num.replace(",", "")) if num[0].isdigit() else float(_WORD_NUMBERS[num])
        s0 = m.start("qual") if m.group("qual") else m.start("num")
        out.append(Quantity(s0, m.end(), text[s0:m.end()], value, _UNITS[m.group("unit").lower()],
                            (m.group("qual") or "").lower() or None))
    return out
