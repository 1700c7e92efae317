"""Aircraft designators in reporting ("two Su-34s", "a Tu-160", "Y-20 transports") and the taxonomy class
each family belongs to.

The taxonomy's own types (Il-76, Su-25, …) are matched by ``objects.find_objects``; this table covers the
many designators analysts read that the taxonomy has no type for. Families of two or more letters (Tu, Su,
MiG, Il, An, Mi, Ka, Yak, Be) take any number; one-letter families only the numbers listed, so that "an E-3
grade" or "the A-1 road" are not aircraft. Tankers, airborne early warning and maritime patrol aircraft
have no class of their own: they are ``unknown aircraft``.
"""

from __future__ import annotations

import re

__all__ = ["DESIGNATOR_RX", "designator_class", "AIRCRAFT_NAME_RX", "aircraft_name_class"]

_BOMBER, _FIGHTER, _CARGO, _AIRLINER, _HELICOPTER, _OTHER = (
    "bomber", "fighter", "cargo aircraft", "airliner", "helicopter", "unknown aircraft")

# (family, number) → class; (family, None) is the family's default
_TABLE: dict[tuple[str, int | None], str] = {
    ("Tu", 95): _BOMBER, ("Tu", 160): _BOMBER, ("Tu", 22): _BOMBER, ("Tu", 142): _OTHER, ("Tu", 214): _OTHER,
    ("Tu", 154): _AIRLINER, ("Tu", 204): _AIRLINER, ("Tu", 134): _AIRLINER, ("Tu", None): _OTHER,
    ("Su", 24): _BOMBER, ("Su", None): _FIGHTER, ("MiG", None): _FIGHTER, ("Yak", 130): _FIGHTER, ("Yak", None): _OTHER,
    ("Il", 76): _CARGO, ("Il", 28): _BOMBER, ("Il", 112): _CARGO, ("Il", 62): _AIRLINER, ("Il", 96): _AIRLINER, ("Il", 114): _AIRLINER,
    ("Il", None): _OTHER,  # Il-78 tanker, Il-38 patrol, Il-20 reconnaissance, Il-80 command post
    ("An", 148): _AIRLINER, ("An", 158): _AIRLINER, ("An", 30): _OTHER, ("An", None): _CARGO,
    ("Mi", None): _HELICOPTER, ("Ka", None): _HELICOPTER, ("Be", None): _OTHER,
    ("H", 6): _BOMBER, ("H", 20): _BOMBER, ("B", 1): _BOMBER, ("B", 2): _BOMBER, ("B", 21): _BOMBER,
    ("B", 52): _BOMBER,
    **{("J", n): _FIGHTER for n in (7, 8, 10, 11, 15, 16, 20, 31, 35)},
    **{("F", n): _FIGHTER for n in (4, 5, 14, 15, 16, 18, 22, 35)}, ("JF", 17): _FIGHTER, ("F/A", 18): _FIGHTER, ("EA", 18): _OTHER,
    **{("Y", n): _CARGO for n in (8, 20)}, ("Y", 9): _OTHER, **{("C", n): _CARGO for n in (2, 5, 17, 27, 130, 141, 160, 212, 295, 390)},
    ("C", 208): _OTHER,
    **{("Z", n): _HELICOPTER for n in (8, 9, 10, 18, 19, 20)}, ("CH", 47): _HELICOPTER, ("CH", 53): _HELICOPTER,
    # the US system's helicopters ("H" their vehicle type), whatever the number: UH-1N, AH-64, MH-139, HH-60; not
    # "CH" (China's CH-4 is a drone: only the Chinook and the Sea Stallion)
    **{(f, None): _HELICOPTER for f in ("UH", "AH", "MH", "HH", "SH", "OH", "TH", "VH")},
    **{("KC", n): _OTHER for n in (10, 46, 135)}, **{("KJ", n): _OTHER for n in (200, 500, 600, 2000)},
    **{("E", n): _OTHER for n in (2, 3, 6, 7, 8)}, **{("P", n): _OTHER for n in (1, 3, 8)}, ("A", 50): _OTHER,
    ("A", 100): _OTHER, ("MV", 22): _OTHER, ("CV", 22): _OTHER, ("V", 22): _OTHER,  # the Osprey tilt-rotor
    **{("AC", n): _OTHER for n in (47, 119, 130)},  # gunship versions of transports
    ("Y", None): None, ("H", None): None, ("B", None): None, ("J", None): None,
}
_OPEN_FAMILIES = ("Tu", "Su", "MiG", "Il", "An", "Mi", "Ka", "Yak", "Be", "UH", "AH", "MH", "HH", "SH", "OH", "TH", "VH")
_CLOSED_FAMILIES = sorted({f for f, _ in _TABLE} - set(_OPEN_FAMILIES), key=len, reverse=True)

DESIGNATOR_RX = re.compile(
    r"(?<![\w/-])(?P<family>F/A|" + "|".join(_OPEN_FAMILIES + tuple(_CLOSED_FAMILIES)) + r")-(?P<number>\d{1,4})"
    r"(?P<variant>[A-Z]{0,3}\d?[A-Z]?)(?:s|['’]s)?(?![\w-])")


# NATO reporting names written in brackets after a designator: "Tu-95 (Bear)", a misprinted "Tu-60 (Blackjack)"
_REPORTING_NAMES = {"bear": _BOMBER, "blackjack": _BOMBER, "backfire": _BOMBER, "badger": _BOMBER, "fencer": _BOMBER,
                    "flanker": _FIGHTER, "fullback": _FIGHTER, "foxbat": _FIGHTER, "foxhound": _FIGHTER,
                    "fulcrum": _FIGHTER, "felon": _FIGHTER, "frogfoot": _FIGHTER, "candid": _CARGO, "condor": _CARGO,
                    "cub": _CARGO, "careless": _AIRLINER, "hip": _HELICOPTER, "hind": _HELICOPTER, "helix": _HELICOPTER,
                    "halo": _HELICOPTER, "havoc": _HELICOPTER, "hokum": _HELICOPTER}
_REPORTING_NAME = re.compile(r"\s*\((" + "|".join(_REPORTING_NAMES) + r")\)", re.IGNORECASE)


def designator_class(match: re.Match) -> str | None:
    """The taxonomy class of a designator found by ``DESIGNATOR_RX``, or ``None`` when it is no aircraft we
    know ("an F-1 visa", "the A-7 road")."""
    family, number = match.group("family"), int(match.group("number"))
    if (named := _REPORTING_NAME.match(match.string, match.end())) is not None:
        return _REPORTING_NAMES[named.group(1).lower()]  # "Tu-60 (Blackjack)": the name says what a misprint hides
    if (family, number) in _TABLE:
        return _TABLE[(family, number)]
    return _TABLE.get((family, None)) if family in _OPEN_FAMILIES else None


# aircraft reported by name, without a family-number designator ("a JAS 39 Gripen", "two Rafales")
_NAMES = {"gripen": _FIGHTER, "rafale": _FIGHTER, "eurofighter": _FIGHTER, "typhoon": _FIGHTER, "mirage": _FIGHTER,
          "super hornet": _FIGHTER, "harrier": _FIGHTER, "tornado": _FIGHTER, "a400m": _CARGO, "voyager": _OTHER,
          "raptor": _FIGHTER, "strike eagle": _FIGHTER, "fighting falcon": _FIGHTER, "jaguar": _FIGHTER,
          "vc10": _OTHER, "vc-10": _OTHER,  # the RAF's tanker
          "osprey": _OTHER, "apache": _HELICOPTER, "black hawk": _HELICOPTER, "chinook": _HELICOPTER,
          # by maker and model: Boeing's and Airbus's jetliners; business and utility aircraft of no class of their own
          "boeing": _AIRLINER, "airbus": _AIRLINER, "beechcraft": _OTHER, "cessna": _OTHER, "king air": _OTHER,
          "dash 8": _OTHER, "learjet": _OTHER, "gulfstream": _OTHER, "pilatus": _OTHER}
AIRCRAFT_NAME_RX = re.compile(
    r"(?<![\w-])(?:JAS[\s-]?39\s+)?(?P<name>Gripen|Rafale|A400M(?:\s+Atlas)?|Voyager(?=s\b|\s+(?:tankers?|aircraft|jets?))|Eurofighter(?:\s+Typhoon)?|Mirage(?=\s+(?:2000|F1|III))|"
    r"Osprey(?=s\b|\s+(?:tilt-?rotors?|aircraft))|(?:Apache|Black\s+Hawk|Chinook)(?=s\b|\s+(?:attack\s+)?helicopters?)|Super\s+Hornet|Harrier(?=\s+(?:jump|jets?|aircraft|II))|Tornado(?=\s+(?:jets?|aircraft|fighters?|bombers?|GR4|IDS|ECR))|"
    r"Typhoon(?=\s+(?:jets?|fighters?|aircraft|FGR4|from|of\s+the|took\s+off|scrambled|intercepted)|s\b)|"
    # the F-22's, F-15E's and F-16's names ("The Raptors landed"; not a sports team's "Toronto Raptors")
    r"(?<!Toronto\s)Raptor(?=s\b|\s+(?:jets?|fighters?|stealth|aircraft))|Strike\s+Eagle|Fighting\s+Falcon|"
    # the SEPECAT Jaguar (not the Jacksonville Jaguars, a car) and the VC10 tanker
    r"(?<!Jacksonville\s)Jaguar(?=s\b|\s+(?:jets?|fighters?|aircraft|strike|attack|GR\d))|VC-?10(?=s\b|\s+(?:tankers?|"
    r"aircraft|jets?|transports?))|"
    # "the presidential Boeing 737-700", "an Airbus A330" (not the A330 MRTT tanker), "a Beechcraft 1900D"
    r"Boeing\s+7[0-8]7(?:-\d{3}(?:ER|F)?)?|Airbus\s+A3[0-8]0(?:neo|-\d{3})?(?!\s+MRTT)|"
    r"(?:Beechcraft|Cessna)(?:\s+(?:King\s+Air\s+)?\d{3,4}[A-Z]{0,2})?(?:\s+(?:Grand\s+)?Caravan|\s+Citation|\s+Skyhawk)?|"
    r"King\s+Air|Dash\s+8|Learjet|Gulfstream|"
    r"Pilatus(?:\s+PC-\d{1,2})?)(?:\s+(?:2000|F1|III|II|GR4|FGR4|IDS|ECR))?(?:s|['’]s)?(?![\w-])")


def aircraft_name_class(match: re.Match) -> str | None:
    """The class of an aircraft named by ``AIRCRAFT_NAME_RX`` ("Gripen" is a fighter)."""
    name = re.sub(r"\s+", " ", match.group("name").lower())
    return _NAMES.get(name) or _NAMES.get(name.split(" ")[0])
