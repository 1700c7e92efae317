"""Sentences that report what an image shows, with or without a place or an object class.

Infrastructure and damage reporting often names neither a vessel nor an aircraft nor a site in the sentence itself:
"Two craters some 50 meters across could be seen", "Four tanks for petroleum have been finished", "The images also
show that a warehouse-like building was hit". These are as checkable as a ship at a pier: an analyst can look.
"""

from __future__ import annotations

import re

__all__ = ["BE_SEEN", "IMAGERY_SAYS", "SEEN_PASSIVE", "SIGHTED_STATE", "sighting"]

# imagery as the subject of what it shows: "Recent satellite images suggest China is building …", "The pictures show
# an airfield structure …", "A Planet Labs satellite also recorded on January 7 that …", "The first two images give an
# overview of the airfield" (not "the image being shared does not show …": a negation is no sighting; not a heading's
# "what the imagery shows")
IMAGERY_SAYS = re.compile(
    # ("The photos, obtained from the US company Planet Labs, show …"; "Satellite images hint at work at Lop Nur";
    # "satellite imagery first caught soldiers levelling ground")
    r"\b(?:satellites?|imagery|images|image|pictures?|photos?|photographs?)\b"
    r"(?:,(?:\s+[\w'’().-]+){1,8}?,|(?:\s+[\w'’().,-]+){0,8}?)\s+"  # (an appositive between commas: not "the photos, showed")
    r"(?:also\s+|now\s+|clearly\s+|appear\s+to\s+|first\s+)?"
    r"(?:show(?:s|ed)?|reveal(?:s|ed)?|suggest(?:s|ed)?|indicate[sd]?|confirm(?:s|ed)?|recorded\s+(?:on|in|that)|"
    r"hint(?:s|ed)?\s+at|caught\s+[a-z]|"
    r"captured\s+(?:the|an?)\s|"  # "Planet Labs PBC images captured the dome at Al Udeid"
    r"(?:give|gives|gave|provide[sd]?|offer(?:s|ed)?)\s+(?:an?\s+)?(?:[a-z]+\s+)?(?:overview|view|close-up|look))\b|"
    # "Satellite images have appeared showing the aftermath"
    r"\bsatellite\s+(?:images?|imagery|photos?|pictures?)\s+(?:[\w'’-]+\s+){0,3}?(?:showing|revealing)\b|"
    # "Destruction … shown in satellite imagery"; "Oil was seen leaking into the sea"
    r"\bshown\s+(?:in|on|by)\s+(?:new\s+)?satellite\s+(?:imagery|images|photos)\b|"
    r"\b(?:was|were)\s+seen\s+(?!travell?ing\b)[a-z]+ing\b",
    re.IGNORECASE)
# a negation between the imagery and its verb ("the image being shared does not show the Maersk Sentosa")
_HEADING_WHAT = re.compile(r"\bwhat\s+(?:[\w-]+\s+){0,2}$", re.IGNORECASE)
_NEGATED_SPAN = re.compile(r"\b(?:not|never|no\s+longer)\b|n['’]t\b", re.IGNORECASE)
# what a modal's passive says was seen: "could be seen", "can be spotted" (shared with the intention rule, which
# must not read "could be seen" as a guess)
BE_SEEN = r"be\s+(?:seen|spotted|observed|made\s+out|identified)\b"
# "about 20 bombers could be seen", "New piers can be seen extending from the wharves"
SEEN_PASSIVE = re.compile(r"\b(?:can|could)\s+(?:clearly\s+|also\s+|still\s+|now\s+)?" + BE_SEEN, re.IGNORECASE)
# a state an image shows without a place needed: "containers appeared smashed", "appears nearly finished", "four
# tanks have been finished", "the container port looks busy"
SIGHTED_STATE = re.compile(
    r"\b(?:appears?|appeared|looks?|looked|seems?|seemed)\s+(?:to\s+(?:still\s+)?be\s+)?(?:still\s+)?"
    r"(?:(?:nearly|almost|largely|mostly|partly|fully|heavily|badly)\s+)?"
    r"(?:smashed|damaged|destroyed|burnt|burned|charred|collapsed|bent|flattened|gutted|finished|complete|completed|"
    r"busy|crowded|full|in\s+use|operational|parked|moored|docked)\b|"
    # "A new tunnel is spotted at a Chinese nuclear test site"
    r"\b(?:is|are)\s+(?:now\s+)?(?:spotted|seen|observed)\s+(?:at|on|near)\s+(?:an?|the)\s|"
    r"\b(?:has|have|had)\s+been\s+(?:completed|finished|erected)\b|"
    # what the picture shows not to be there, what was seen moving, a structure measured: "the background shows no
    # sign of damage", "unusual activity was seen near the tunnel entrances", "the floor measured 42 meters by 15"
    r"\bshow(?:s|ed)?\s+no\s+(?:visible\s+)?(?:signs?|traces?|evidence)\s+of\s+(?:damage|destruction|strikes?|impacts?|fire)\b|"
    r"\b(?:activity|movement|vehicles|trucks|equipment|personnel)\s+(?:was|were|is|are)\s+(?:also\s+)?(?:seen|observed|"
    r"spotted|detected)\b|"
    # "There are no visible holes in the roofs", "remains in place", "stands about 45 meters from the entrance"
    r"\bno\s+(?:visible|discernible)\s+(?:holes|damage|craters|scorch\w*|signs?)\b|\bremains?\s+in\s+place\b|"
    r"\bstands?\s+(?:about\s+|some\s+|roughly\s+)?\d+\s*(?:m|meters|metres)\s+from\b|"
    r"\bmeasur\w+\s+(?:about\s+|roughly\s+|approximately\s+|some\s+|around\s+)?\d[\d.,]*\s*(?:m|meters|metres)\s+by\s+\d|"
    # what a structure is taken to be: "The structure appears to be a long runway running toward the east"
    r"\b(?:appears?|appeared|looks?|looked)\s+to\s+be\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:runway|airstrip|pier|wharf|"
    r"hangar|shelter|dry\s?dock|bunker|crater|levee|seawall|helipad|revetment|enclosure)s?\b",
    re.IGNORECASE)


def sighting(sentence: str) -> re.Match[str] | None:
    """What in ``sentence`` reports a sighting on its own, or ``None``.

    >>> bool(sighting("Two craters some 50 meters across could be seen at the site."))
    True
    >>> bool(sighting("But the image being shared does not show the Maersk Sentosa."))
    False
    """
    if (seen := SEEN_PASSIVE.search(sentence)) or (seen := SIGHTED_STATE.search(sentence)):
        return seen
    return next((says for says in IMAGERY_SAYS.finditer(sentence) if not _NEGATED_SPAN.search(says.group())
                 and not _HEADING_WHAT.search(sentence, 0, says.start())), None)
