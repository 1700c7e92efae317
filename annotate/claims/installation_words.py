"""Words that name an installation's kind around a place's name: "Evenes air station", "Chitose and Naha air
bases", "the Ust-Luga fuel terminal", "Yongbyon's uranium enrichment plant", "the ports of Al-Bayda and Latakia" —
which decide, in :mod:`annotate.claims.gazetteer`, whether a town's name means the installation named after it."""

from __future__ import annotations

import re

_AIR_SUFFIXES = (" air base", " airbase", " airport", " air station", " international airport")
# where an unnamed installation lies before its town is named: "another airfield on the peninsula, at Saky"
ON_THE_PENINSULA = r"on\s+the\s+(?:peninsula|island|coast),?\s+"
_AIR_KINDS = ("airfield", "naval base")  # what an air suffix names ("Naval Air Station …" is a naval base)
# an installation's kind after a name, or after a list of names: "Evenes air station", "Chitose and Naha air bases",
# "the Ust-Luga fuel terminal", "Kiel shipyard" (the kind chooses which installation named after the town)
_LIST_JOIN = r"(?:,\s+|,?\s+and\s+)"  # between names of a list: "Olenya, Belaya and Ivanovo"
_KIND_AFTER = re.compile(r"(?:" + _LIST_JOIN + r"[A-Z][\w'’-]+)*[\"”»]?\s+(?:(?P<air>(?:military\s+)?(?:air\s*base|air\s+station|"
                         r"airfield|airport))|"
                         r"(?:(?:fuel|oil|grain|container|coal|LNG|ferry|naval|commercial|sea|river)\s+)?"
                         r"(?:(?P<port>port|terminal|harbou?r)|(?P<yard>shipyard|dockyard|yard))|(?:naval|submarine)\s+base|"
                         r"(?P<bomber>(?:bomber|fighter)\s+)?(?P<base>base))s?\b")  # "F-15s from Komatsu and Naha bases":
# air bases where aircraft are; "Engels bomber base", "Engels military airfield", 'the "Millerovo" military airfield'
# a place said to be an air base: "Khanskaya is a military airfield of the Russian Ministry of Defence" (its listed
# airfield, not the village of that name)
_IS_AN_AIRFIELD = re.compile(r"\s+(?:is|was)\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,2}?(?:air\s*base|airfield|air\s+station)\b")
# a base (not a naval one) in or at a town: "French troops left the base in Faya", "the base at Faya-Largeau"
_BASE_IN_BEFORE = re.compile(r"\b(?<!naval\s)(?<!navy\s)(?<!submarine\s)base\s+(?:in|at)\s+$", re.IGNORECASE)
# words of an installation's kind, never its name: "Naval Base Karwar" is no base named "Naval" (an air station)
_KIND_ONLY = {"naval", "navy", "air", "military", "army", "marine", "coast", "submarine", "missile", "space"}
_LISTED = re.compile(_LIST_JOIN + r"[A-Z]")  # a name listed before the kind: "Belaya, Dyagilevo and Ivanovo air bases"
_SUFFIXES_AFTER = {"air": _AIR_SUFFIXES, "port": (" port", " oil terminal"), "yard": (" shipyard",),
                   None: (" naval base", " submarine base", " naval facility")}
# a town's facility, in lower case after its name: "Yongbyon's uranium enrichment plant", "the Natanz enrichment facility"
_FACILITY_AFTER = re.compile(r"(?:['’]s)?\s+(?:[a-z]+\s+){0,3}?(?:plant|complex|facility|reactor)s?\b")
_FACILITY_SUFFIXES = (" nuclear complex", " nuclear site", " nuclear facility", " nuclear plant", " nuclear power plant",
                      " enrichment plant", " facility", " complex")
_PORTS_OF_BEFORE = re.compile(r"\bports?\s+of\s+(?:[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+and\s+)?$")
