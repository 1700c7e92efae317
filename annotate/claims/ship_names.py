"""Ships a document names ("the aircraft carrier Shandong", "USS Harry S. Truman", "the Type 076 Sichuan") and
where it names them again: "the Shandong group" is the carrier, "Truman's hangar bay" is aboard the ship, not
a town of Truman, and "The Sichuan, launched in December" is the landing ship."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cached_property

from .objects import HULL_PREFIX, ObjectMention
from .place_model import _NATIONALITIES, PlaceMention

__all__ = ["ShipNames", "ship_names", "ship_name_objects", "with_named_classes", "without_ship_names"]

# the name written right after a vessel's kind or hull prefix: "the aircraft carrier Shandong", "the frigate
# Admiral Gorshkov", "the corvette HMS Härnösand"
_NAME_AFTER = re.compile(r"[ \t]+(?:" + HULL_PREFIX + r"\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+(?:[A-Z]\.|[A-Z][\w'’-]*)){0,3})")
_HULL = re.compile(r"^" + HULL_PREFIX + r"\s+")
# a name in apposition after one ship's kind: "the first Type 076 amphibious assault ship, Sichuan, began"
_NAME_APPOSED = re.compile(r",\s+(?:the\s+)?(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}),")
# a name, then its kind in apposition: "fired missiles at the Zografia, a Maltese-flagged bulk carrier"
# (not "1 enemy ship in the Black Sea, a carrier of Kalibr missiles": water, after a locative word)
_NAME_THEN_KIND = re.compile(r"(?<!\bin\s)(?<!into\s)(?<!near\s)(?<!\boff\s)(?<!towards\s)(?<!across\s)"
                             r"\bthe\s+(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2}"
                             r"(?<!Sea)(?<!Ocean)(?<!Strait)(?<!Gulf)(?<!Bay)),\s+an?\s+(?:[\w'’-]+\s+){0,3}$")
# the names listed after a plural kind: "the Type 056A corvettes, Wenshan and Baise,", "two Type 075s, Guangxi
# and Anhui, were seen", "the destroyers Yan'an and Zhanjiang,", or before a verb: "the cargo ships Sparta and Sparta II
# docked in Tartus"
# — each name may have its article, after "believed to be": "the three boats, believed to be the Yury Dolgoruky,
# the Knyaz Vladimir and the Knyaz Oleg,"
_NAME = r"(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2}"  # "Kira K"
_NAMES_LISTED = re.compile(r",?\s+(?:(?:believed|thought|understood|identified|assessed)\s+(?:to\s+be|as)\s+)?"
                           rf"(?P<names>{_NAME}(?:,\s+{_NAME})*,?\s+and\s+{_NAME})(?=\s*[,;:.]|\s+(?:were|are|was|had|have|docked|"
                           r"moored|berthed|anchored|arrived|left|sailed|entered|departed)\b)")
_NOT_NAMES = {"The", "A", "An", "In", "On", "At", "And", "But", "Navy", "Fleet", "Group", "Class", "Monday", "Guard",
              "Coast", "Royal", "Marine", "Marines", "Army", "Force", "Forces", "Command", "Type", "Project", "New",
              "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"}
# a name written before one ship's kind, after a possessive or "the": "China's Fujian carrier", "the Shandong carrier
# group", "the Liaoning carrier"
_NAME_BEFORE = re.compile(r"(?:[A-Z][\w.]*['’]s|\b[Tt]he)\s+(?P<name>[A-Z][a-z][\w'’-]+)\s+$")
# demonyms the place rules do not list (they name no country's territory there): "the Italian frigate"
_DEMONYM_ENDING = re.compile(r"(?:ese|ish|i)$")  # Chinese, Spanish, Pakistani, Israeli
_MORE_DEMONYMS = {"Italian", "Australian", "Canadian", "Indonesian", "Malaysian", "Brazilian", "Chilean", "Peruvian",
                  "Venezuelan", "Cuban", "Mexican", "Algerian", "Nigerian", "Greek", "Dutch", "French", "Belgian",
                  "Thai", "Malay", "Singaporean", "Lankan", "Colombian", "Argentine", "Argentinian", "Moroccan",
                  "Tunisian", "Croatian", "Serbian", "Albanian", "Montenegrin", "Slovenian", "Hungarian", "Czech",
                  "Austrian", "Swiss", "Irish", "Scottish", "Welsh", "English", "Icelandic", "Emirati", "Omani",
                  "Qatari", "Kuwaiti", "Bahraini", "Jordanian", "Ethiopian", "Eritrean", "Somali", "Kenyan",
                  "Djiboutian", "Allied", "Enemy", "Foreign", "Western", "Soviet"}
_KINDS_NAMED_BEFORE = ("carrier", "aircraft carrier", "destroyer", "frigate", "cruiser", "corvette")
_HEADLINE_CHARS = 160
_HEADER_LINES = 8
_LOCATIVE_BEFORE = re.compile(r"\b(?:at|in|near|off|to|from|into|outside|reached|left|entered)\s+$", re.IGNORECASE)


def ship_names(text: str, objects: list[ObjectMention]) -> ShipNames:
    """Name (and, for a name of several words, its last word) → the vessel mention that introduced it."""
    out = ShipNames()
    for o in objects:
        if o.category != "vessel":
            continue
        if o.text.endswith("s") and (listed := _NAMES_LISTED.match(text, o.end)) is not None:
            for name in re.split(r",?\s+and\s+(?:the\s+)?|,\s+(?:the\s+)?|^the\s+", listed.group("names")):
                if name and name.split()[0] not in _NOT_NAMES and len(name) >= 4:
                    out.setdefault(name, o)
            continue
        if _HULL.match(o.text):
            name = _HULL.sub("", o.text)
        elif o.text.lower() in _KINDS_NAMED_BEFORE and (m := _NAME_BEFORE.search(text, max(0, o.start - 40),
                                                                                 o.start)) is not None \
                and m.group("name") not in _NATIONALITIES and m.group("name") not in _NOT_NAMES \
                and m.group("name") not in _MORE_DEMONYMS and not _DEMONYM_ENDING.search(m.group("name")):
            # a name before the kind, not a people's ("the Chinese carrier", "the Spanish frigate")
            name = m.group("name")
        elif not o.text.endswith("s") and ", a" in text[max(0, o.start - 80):o.start] and \
                (m := _NAME_THEN_KIND.search(text, max(0, o.start - 80), o.start)) is not None:
            name = m.group("name")  # "at the Zografia, a Maltese-flagged bulk carrier": the name before its kind
        elif not o.text.endswith("s") and ((m := _NAME_AFTER.match(text, o.end)) is not None or
                                           (m := _NAME_APPOSED.match(text, o.end)) is not None):
            # a name follows one ship's kind, not a plural ("the Kilo-class submarines Russia built")
            name = m.group("name")
        else:
            continue
        words = [w for w in name.split() if w not in _NOT_NAMES]
        if not words or words[0] != name.split()[0]:
            continue
        for key in {" ".join(words), words[-1]}:
            if len(key) >= 4 and key[0].isupper() and not key.isupper():
                known = out.get(key)
                if known is None or _HULL.match(known.text) and not _HULL.match(o.text) and \
                        not o.cls.startswith("unknown") and o.cls != known.cls:
                    out[key] = o  # "TCG Anadolu" in a headline, "the amphibious assault ship TCG Anadolu" below
    return out


class ShipNames(dict):
    """Name → the vessel mention that introduced it, with one pattern finding them all (built once)."""

    @cached_property
    def pattern(self) -> re.Pattern:
        return re.compile(r"(?<![\w-])(?:" + "|".join(re.escape(n) for n in sorted(self, key=len, reverse=True))
                          + r")(?=['’]s\b|(?![\w-]))")


def _occurrences(text: str, start: int, end: int, names: ShipNames):
    if not names:
        return
    for m in names.pattern.finditer(text, start, end):
        intro = names[m.group()]
        if m.start() >= intro.end or _in_headline(text, m.start()):
            yield m, intro  # a later mention, not the one that introduced the name; or the headline's, above it
            # ("MSDF's Kaga completes F-35B carrier conversion" over "the helicopter destroyer Kaga returned")


def _in_headline(text: str, at: int) -> bool:
    """Whether ``at`` lies above the body: in the document's first lines (masthead, headline, date), each short
    and without a full stop at its end, before the first line that is prose."""
    start = 0
    for _ in range(_HEADER_LINES):
        end = text.find("\n", start)
        if end < 0:
            return False  # a document of one line has no headline above a body
        line = text[start:end].strip()
        if len(line) > _HEADLINE_CHARS or line.endswith((".", "!", "?")):
            return False
        if at < end:
            return at >= start
        start = end + 1
    return False


def without_ship_names(text: str, places: list[PlaceMention], names: ShipNames) -> list[PlaceMention]:
    """``places`` less the ones that are a ship's name ("Truman's hangar bay"), unless written as a place
    ("arrived at Kazan")."""
    if not places or not names:
        return places
    start, end = min(p.start for p in places), max(p.end for p in places)
    # a ship's name may run past the place inside it, either side ("Kira" in "Kira K", "Zhu Zhu" in "Bohai Zhu
    # Zhu"): look a little before the first place and beyond the last
    ships = [m.span() for m, _ in _occurrences(text, max(0, start - 60), min(len(text), end + 60), names)]
    return [p for p in places if not any(a <= p.start and p.end <= b for a, b in ships)
            or _written_as_place(text, p.start, p.end)]


def _written_as_place(text: str, start: int, end: int) -> bool:
    """A locative word before the name and no possessive after it: "arrived at Kazan", not "from Truman's
    hangar bay"."""
    return bool(_LOCATIVE_BEFORE.search(text, max(0, start - 12), start)) and text[end:end + 1] not in ("'", "’")


def ship_name_objects(text: str, start: int, end: int, names: ShipNames,
                      objects: list[ObjectMention]) -> list[ObjectMention]:
    """Vessel mentions for the ships named again in ``text[start:end]`` whose class the sentence does not
    already name ("On Monday, the Shandong group had sailed" → a warship)."""
    out: list[ObjectMention] = []
    for m, intro in _occurrences(text, start, end, names):
        if _written_as_place(text, m.start(), m.end()):
            continue
        if any(o.cls == intro.cls or o.start <= m.start() < o.end for o in objects + out):
            continue
        out.append(ObjectMention(m.start(), m.end(), m.group(), intro.category, intro.cls, intro.type))
    return out


def with_named_classes(text: str, objects: list[ObjectMention], names: ShipNames) -> list[ObjectMention]:
    """``objects`` with a ship named again by its hull prefix alone ("tour HMAS Choules on Saturday") given the
    class the document gave it ("Landing ship HMAS Choules berthed"), not the bare warship its prefix says — but
    in a headline, above the body, the prefix's warship stays."""
    out = []
    for o in objects:
        if o.category == "vessel" and _HULL.match(o.text) and not _in_headline(text, o.start):
            name = _HULL.sub("", o.text)
            intro = names.get(name) or names.get(name.split()[-1]) if name else None
            if intro is not None and intro.start < o.start and not _HULL.match(intro.text) and \
                    intro.cls != o.cls and not intro.cls.startswith("unknown"):
                o = replace(o, cls=intro.cls, type=intro.type)
        out.append(o)
    return out

