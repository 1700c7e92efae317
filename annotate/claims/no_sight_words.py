"""What a sentence says that is no sight, whatever activity it names: an alarm set off, a role, a figure not given,
a cost, a service, a characterisation, a record, aircraft only as support, a visit for talks.

:data:`annotate.claims.analysis._NOT_A_SIGHT` tries them in order; each pattern's comment gives the sentences it was
written for.
"""

from __future__ import annotations

import re

# an alarm or a defence system set off, no trace of it: "the attack had set off the C-RAM defence system at the airport"
_ALARM_RAISED = re.compile(r"\b(?:set\s+off|activated|triggered|sounded)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?"
                           r"(?:defen[cs]e\s+systems?|C-RAM|sirens?|alarms?|air\s+defen[cs]es?)\b")
# a role an aircraft or a ship had, not what was there: "The aircraft was doing humanitarian work for Malian citizens"
_ROLE = re.compile(r"\b(?:was|were|is|are)\s+(?:doing|carrying\s+out|performing)\s+(?:[\w-]+\s+){0,2}work\s+for\b|"
                   # or has come to have: "an air base in central Jordan has become a hub for American planning"
                   r"\b(?:has|have|had)\s+become\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}(?:hub|centre|center)\s+(?:for|of)\b")
# a number or a fact not given: "US officials would not say how many F-22s had deployed" (unless a clause after it
# gives what was seen: "…, but photos showed at least six of the jets at Al Dhafra")
_REFUSAL = re.compile(r"\b(?:declined|refused|would\s+not|wouldn['’]t|did\s+not|didn['’]t|could\s+not|couldn['’]t)\s+"
                      r"(?:to\s+)?(?:say|disclose|reveal|give|confirm|specify|detail)\s+(?:how\s+(?:many|much|long)|"
                      r"where|when|the\s+number)\b")
_CLAUSE_BESIDE = re.compile(r"[,;]\s+(?:but|while|although|yet)\b|;\s")
# what a place cost to build, not what is there: "Air Base 201 … was built for $100 million"
_BUILT_FOR_COST = re.compile(r"\b(?:built|constructed|completed)\s+(?:for|at\s+a\s+cost\s+of)\s+(?:about\s+|some\s+|"
                             r"more\s+than\s+|over\s+|nearly\s+|almost\s+)?(?:US\s*)?[$€£¥]")
# aircraft named only as what an advance had behind it: "the advance was made with the support of Russian warplanes"
_SUPPORT_OF = re.compile(r"\b(?:with\s+(?:the\s+)?(?:air\s+)?support\s+(?:of|from)|backed\s+by|supported\s+by|"
                         r"(?:with\s+)?air\s+cover\s+from)\s+(?:[\w-]+\s+){0,3}$", re.IGNORECASE)
# a visit for talks: "Carter arrived in Iraq on Monday to meet U.S. commanders and Iraqi officials" (not a ship's
# or a squadron's arrival: those name objects)
_TALKS_VISIT = re.compile(r"\b(?:arrived|arrives|landed|lands)\s+in\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                          r"(?:on\s+\w+\s+)?(?:to\s+(?:meet|hold\s+talks|discuss)|for\s+(?:talks|meetings))\b")
# a characterisation, not a sight: "described Ostafyevo as a 'deceptive target'", "Beijing describes the facility as a
# logistics support base", "Shipowners … described the anchorage as 'a waiting room'"
_DESCRIBED_AS = re.compile(r"\b(?:described|describes|describing)\s+(?:[\w'’-]+\s+){1,5}?as\b")
# a record, not a sight: "It is the first visit by a Russian warship to Eritrea in the country's modern history"
# or a unit's ("The helicopter is the first for the 908th Airlift Wing")
_RECORD = re.compile(r"\bfirst\s+[^.;]{0,80}\bin\s+(?:its|their|the\s+[\w-]+['’]s)\s+"
                     r"(?:modern\s+|recent\s+)?history\b|"
                     r"\b(?:is|was)\s+the\s+(?:first|second|third|last)\s+(?:one\s+)?for\s+(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?[A-Z]")
# a rank among its kind, no sight: "The Taftanaz air base … is the largest air base the rebels have captured",
# "Taftanaz was the largest helicopter base in northern Syria", "India's second largest air base"
_RANKED = re.compile(r"\b(?:is|was|are|were)\s+(?:now\s+)?(?:the|its|their|[A-Z][\w-]*['’]s)\s+(?:second[- ]|third[- ])?"
                     r"(?:largest|biggest|most\s+important|busiest)\s+(?:[\w-]+\s+){0,2}?(?:air\s*base|airbase|airfield|"
                     r"airport|base|port|naval\s+base|shipyard|field)s?\b")
# a service a place gives, no sight: "We provide all the major maintenance for C-17 … transports"
_SERVICE = re.compile(r"\b(?:provides?|offers?)\s+(?:all\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}"
                      r"(?:maintenance|repairs?|support|services?|training)\b|"
                      # a standing role: "The jets support Russia's Black Sea Fleet" (not "arrived to support")
                      r"(?<!\bto\s)\bsupports?\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,3}"
                      r"(?:[Ff]leets?|forces|operations|units|aviation|troops)\b")
