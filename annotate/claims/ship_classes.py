"""Ship classes reporting names without the taxonomy having a type for them ("a Borei-class boat", "two
Admiral Grigorovich-class frigates", "a Type 055") and the taxonomy class each belongs to."""

from __future__ import annotations

import re

__all__ = ["NAVY_PREFIXES", "SHIP_CLASS_RX", "ship_class"]

# hull prefixes of commissioned warships that both the object rules (a prefixed name is a warship) and the place
# rules (a prefixed name is no place) know; each adds its own (auxiliaries such as USNS name ships but no warships)
NAVY_PREFIXES = ("USS", "HMS", "HMAS", "HMCS", "HMNZS", "INS", "JS", "ROKS", "BRP", "TCG", "HNLMS", "KRI", "PNS", "FS",
                 "ITS", "HDMS", "HSwMS", "ORP", "ARA", "SPS", "NRP", "HS")

_SUBMARINE, _WARSHIP, _LANDING = "submarine", "warship", "landing ship"
_NAMED = {
    _SUBMARINE: ("Borei", "Borey", "Yasen", "Oscar", "Akula", "Delta", "Typhoon", "Lada", "Romeo", "Sinpo", "Han",
                 "Jin", "Shang", "Song", "Yuan", "Virginia", "Ohio", "Los Angeles", "Seawolf", "Astute",
                 "Vanguard", "Soryu", "Taigei", "Varshavyanka", "Improved Kilo", "Gorae", "Hero"),
    _WARSHIP: ("Admiral Grigorovich", "Admiral Gorshkov", "Karakurt", "Buyan-M", "Buyan", "Vasily Bykov", "Bykov",
               "Slava", "Udaloy", "Sovremenny", "Kirov", "Gremyashchiy", "Krivak", "Neustrashimy", "Grisha",
               "Tarantul", "Nanuchka", "Luyang", "Luyang II", "Luyang III", "Renhai", "Jiangkai", "Jiangkai II",
               "Jiangdao", "Luzhou", "Arleigh Burke", "Ticonderoga", "Zumwalt", "Kongo", "Atago", "Maya",
               "Mogami", "Asahi", "Akizuki", "Izumo", "Hyuga", "Choe Hyon", "Nimitz", "Gerald R. Ford",
               "Ford", "Kuznetsov", "Queen Elizabeth", "Type 45", "Type 23"),
    _LANDING: ("Yuzhao", "Yushen", "Yuting", "Wasp", "America", "San Antonio", "Mistral", "Ivan Rogov"),
}
_TYPES = {"055": _WARSHIP, "052": _WARSHIP, "054": _WARSHIP, "056": _WARSHIP, "001": _WARSHIP,
          "002": _WARSHIP, "003": _WARSHIP, "071": _LANDING, "072": _LANDING, "075": _LANDING, "076": _LANDING,
          "093": _SUBMARINE, "094": _SUBMARINE, "095": _SUBMARINE, "096": _SUBMARINE, "039": _SUBMARINE,
          "035": _SUBMARINE}
_BY_NAME = {name.lower(): cls for cls, names in _NAMED.items() for name in names}

_NAMES = "|".join(re.escape(n) for n in sorted(_BY_NAME, key=len, reverse=True))
# "a Borei-class boat", "two Yasen-M boats" (a class name, with its variant letter, before a vessel word), "Type 055"
SHIP_CLASS_RX = re.compile(
    r"(?<![\w-])(?:(?P<name>" + _NAMES + r")(?:-[A-Z]{1,2}\b|-[IVX]+\b)?(?:[\s-]+class\b|(?=\s+(?:boats?|subs?|"
    r"submarines?|frigates?|destroyers?|corvettes?|cruisers?|ships?|vessels?)\b))"
    r"|\bType\s+(?P<type>0\d\d)[A-Z]{0,2}(?:s\b|\b))", re.IGNORECASE)


def ship_class(match: re.Match) -> str | None:
    """The taxonomy class of a match of ``SHIP_CLASS_RX``."""
    if match.group("name"):
        return _BY_NAME.get(match.group("name").lower())
    return _TYPES.get(match.group("type"))
