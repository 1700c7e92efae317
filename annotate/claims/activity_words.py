"""The activities an image shows at a place: a ship docked, aircraft parked, a base struck, built, visited or taken.

One pattern, :data:`ACTIVITY`; :func:`annotate.claims.analysis._score` weighs a match against the vetoes of
:mod:`annotate.claims.checkable_words`. Each alternative's comment gives the sentences it was written for.
"""

from __future__ import annotations

import re

__all__ = ["ACTIVITY", "GONE_OR_BACK"]

# an installation's noun, after what was done to it
_SITE = r"(?:air\s*base|airbase|airfield|airport|(?:naval|military)\s+base|base|port|harbou?r)\b"

# a thing gone from a place or back where it was: "the trailer was gone", "the shelter was back in its usual position"
# (an activity, and after a sentence that named the place, that place's)
GONE_OR_BACK = r"(?:is|are|was|were)\s+gone|back\s+in\s+(?:its|their)\s+(?:usual|original|normal|former|previous)\s+position"
ACTIVITY = re.compile(
    r"\b(dock|docked|docking|arriv\w*|depart(?!ment)\w*|moor\w*|berth\w*|(?<!allotted\s)(?<!allocated\s)(?<!acquired\s)(?<!reclaimed\s)(?<!leased\s)(?-i:land(?:ed|s)?)|landing(?!\s+(?:zones?|sites?|pads?|strips?|grounds?|areas?|gear|lights?|craft|ships?|vessels?|platforms?)\b)|park\w*|deploy\w*|load\w*|"
    r"unload\w*|sail\w*|anchor\w*|seen(?!\s+as\b)|spotted|observed|visible|(?<!Force\s)station\w*|transport\w*+(?!\s+minist)|left|leave|enter\w*|"
    r"call(?:ed)? at|present|gather\w*|assembl\w*|construct\w*|(?<!-)built|build\w*|expand\w*|dredg\w*|moved?|moving|"
    r"transfers?|transferred|refuel\w*|empty|emptied|relocat\w*|visit\w*|filmed|photographed|pictured|imaged|"
    r"captured on|closed|re-?opened|struck|striking|hits?|damaged|damaging|destroyed|(?:blew|blown|blowing|blows)\s+up|burn\w*|sank|sunk|"
    r"launched|fitted out|"
    # "had fallen on the military facility", "are already repairing it", "both appear cratered"
    r"(?:fell|fallen|crashed|came\s+down)\s+(?:on|onto|into)|cratered|"
    # "a suicide bomber blew himself up … at the entrance to the base's headquarters"
    r"blew\s+(?:himself|herself|itself|themselves)\s+up|"
    r"(?:is|are|was|were)\s+(?:already\s+|still\s+|now\s+)?repairing|(?:was|were|been|being)\s+repaired|of\s+repairs|"
    r"targeted|"
    # "The Halane military camp … was also a target", "a brief skirmish … at the checkpoint guarding Baidoa airport",
    # "troops … were flown from Mogadishu to Beletweyne"
    r"(?:was|were)\s+(?:also\s+)?(?:a|the)\s+targets?\b|skirmish(?:es)?\b|(?:was|were)\s+flown\s+(?:from|to|into|out)\b|"
    r"(?:rounds|shells|bombs|rockets)\s+rain(?:s|ed)?\s+down\b|"  # "Somalia: mortar rounds rain down on Kismayo"
    r"moved|towed|parked|absent|returned|overr(?:un|an)|"
    # a base taken, fought in or besieged, its defenders there: "Islamic State captures air base at Tabqa", "stormed the
    # Tabqa air base", "Fighting raged inside the walls of the base", "breaks siege of Kuweires air base", "troops were
    # holed up inside the base" (not a town or a capital taken: "seized the capital Damascus" is no sight)
    r"(?:captur(?:e|es|ed|ing)|seiz(?:e|es|ed|ing)|storm(?:s|ed|ing)?|retak(?:e|es|en|ing)|retook|recaptur(?:e|es|ed|ing)|"
    # "Army fights to keep Wadi Saeedna air base", "an attempt … to advance on its main air base", "Terrorists shell
    # Mogadishu airport"
    r"shell(?:s|ed|ing)?|"
    r"(?:fight(?:s|ing)?|fought)\s+to\s+(?:keep|hold|defend)|advanc(?:e|es|ed|ing)\s+(?:on|towards?)|"
    r"(?:tak(?:e|es|en|ing)|took)(?:\s+(?:full\s+|total\s+|complete\s+)?control\s+of)?|liberat(?:e|es|ed|ing)|"
    # "troops had regained control of the air base", "RSF vehicles had pulled out of the airport"
    r"regain(?:s|ed|ing)?\s+(?:full\s+)?control\s+of|pull(?:s|ed|ing)?\s+out\s+of|"
    # "laid siege to the base"
    r"clear(?:ed|ing)|besieg(?:e|es|ed|ing)|(?:laid|lay|lays|laying)\s+siege\s+to|"
    # its defenders gone: "The Syrian air force evacuated the besieged airfield", "soldiers fled the base at dawn"
    r"evacuat(?:e|es|ed|ing)|fled|flee(?:s|ing)?|"
    # a base surrounded or broken into: "IS militants encircle key Deir az-Zour airbase", "closed in on the airbase",
    # "broke into the base", "in full control of the air base"
    r"encircl(?:e|es|ed|ing)|surround(?:s|ed|ing)?|clos(?:e|es|ed|ing)\s+in\s+on|(?:broke|break|breaks|broken)\s+into|"
    r"(?:in|under)\s+(?:the\s+)?(?:full\s+|total\s+|complete\s+)?control\s+of|"
    # "Al-Juwaili announces GNA control of Al-Watiya base"
    r"announc(?:e|es|ed|ing)\s+(?:[\w'’-]+\s+){0,2}?control\s+of)\s+"
    r"(?:(?:the|a|an|most\s+of\s+the)\s+)?(?:[\w'’-]+\s+){0,3}?" + _SITE + r"|"
    # "The airport of Tal Afar has been liberated", "The Tal Afar airport has fallen", "The Abu al-Duhur air base in
    # the north-western Syrian province of Idlib has fallen", "driven Islamic State fighters from an air base"
    + _SITE + r"(?:\s+(?:of|at|in|near)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,4}?(?:of\s+)?[A-Z][\w'’-]*"
    r"(?:\s+[A-Z][\w'’-]*)?)?"
    r"\s+(?:has\s+|had\s+|have\s+)?(?:been\s+)?(?:[a-z]+ly\s+)?"
    r"(?:liberated|captured|seized|retaken|recaptured|taken\s+back|fell|fallen)\b|"  # "… airport has been taken back"
    # "The airport is under the control of the M23"
    + _SITE + r"\s+(?:is|was|are|were)\s+(?:now\s+|already\s+)?(?:in|under)\s+(?:the\s+)?(?:full\s+|total\s+|complete\s+)?"
    r"control\s+of\b|"
    r"(?:drove|driven|drive|drives|driving|expelled|ousted)\s+(?:[\w'’-]+\s+){0,4}?(?:from|out\s+of)\s+(?:the\s+|an?\s+)?"
    r"(?:[\w'’-]+\s+){0,2}?" + _SITE + r"|"
    # a base cut off, or the ground around it taken: "The gains cut the airport off", "took control of a key area
    # around a military airbase", "has taken several checkpoints around the base"
    r"cut\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?" + _SITE + r"\s+off\b|"
    r"(?:took|taken|seized|captured)\s+(?:control\s+of\s+)?(?:the\s+|an?\s+|several\s+|some\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:area|ground|checkpoints?|positions?|perimeter|outskirts)\s+(?:around|near|along|outside|of)\s+"
    r"(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?" + _SITE + r"|"
    r"(?:broke|broken)\s+into\s+it\b|"  # "fought for weeks to take the sprawling facility and broke into it"
    # an offensive begun: "began the third and final phase of its offensive west of Mosul on Monday"
    r"(?:began|begun|launched|started|continued|resumed)\s+(?:[\w'’-]+\s+){0,8}?offensive\b|"
    # a base the scene of a battle, troops held there: "The airport was the scene of a fierce battle in August",
    # "Egyptian officers being detained at the Merowe air base", "RSF detains Egyptian troops at an air base"
    r"(?:was|were|has\s+been|had\s+been)\s+the\s+scene\s+of\s+(?:[\w-]+\s+){0,2}?(?:battles?|fighting|clashes)\b|"
    # "began attacking the airport and other vital targets"
    r"attack(?:s|ed|ing)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?" + _SITE + r"|"
    r"detain(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){0,3}?(?:at|in)\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}?" + _SITE + r"|"
    r"(?:fighting|clashes|battles?)\s+(?:\w+\s+){0,2}?(?:inside|in|at|around|for)\s+(?:the\s+)?(?:walls\s+of\s+(?:the\s+)?)?"
    r"(?:[\w'’-]+\s+){0,2}?" + _SITE + r"|"
    # an airport's flights stopped or started again: "Flights were briefly suspended on Saturday at the only working
    # airport", "officials had halted air navigation at Mitiga", "Flights resumed around midday"
    # (named, for what the words say of the airport: see analysis._score)
    # (or the airport closed to them: "government closes airport for now", "We have closed the airport")
    # (and its first flight after a closure: "The airport received its first civilian passenger flight on Wednesday")
    r"(?P<flights>clos(?:e|es|ed|ing)\s+(?:the\s+)?(?:[\w-]+\s+)?airports?\b|"
    r"receiv(?:e|es|ed|ing)\s+(?:its|the|a)\s+first\s+(?:[\w-]+\s+){0,3}?flights?\b|"
    r"(?:(?:flights|air\s+traffic|air\s+navigation|aviation)\s+|"
    # ("Landings and takeoffs at the airport have been halted")
    r"(?:landings\s+and\s+take-?offs|take-?offs\s+and\s+landings)\s+"
    r"(?:(?:at|from|to|in)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?(?:airport|airfield|air\s*base|base)\s+)?)"
    r"(?:(?:were|was|are|is|have\s+been|has\s+been|had\s+been)\s+)?"
    r"(?:\w+ly\s+)?(?:suspended|halted|resumed|stopped|diverted|grounded|cancell?ed)\b|"
    # (not "the civilian airport … briefly halted flights because of an incident at the military airfield": its
    # flights, another place's incident)
    r"(?:suspend|halt|resum|stopp|divert|cancell?)(?:ed|s|ing|e)?\s+(?:all\s+flights|air\s+traffic|air\s+navigation)\b)|"
    # a battle at a base's edge, troops there with a visitor: "on the outskirts of its airport a real battle goes on",
    # "was at the Palmyra airport with a group of Syrian special forces"
    r"(?:outskirts|perimeter|edges?|gates?)\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}?" + _SITE +
    r"[^.;]{0,30}?\b(?:battles?|fighting|clashes)\b|"
    r"(?:was|were)\s+(?:at|inside)\s+(?:the\s+)?(?:[\w'’-]+\s+){0,3}?" + _SITE + r"\s+with\s+(?:(?:a|an)\s+)?"
    r"(?:(?:group|unit|squad|convoy|detachment)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|fighters)\b|"
    r"(?:break|breaks|broke|broken|breaking|lift(?:s|ed|ing)?)\s+(?:[\w'’-]+\s+){0,4}?siege\b(?=[^.;]{0,60}?" + _SITE + r")|"
    r"holed\s+up\s+(?:inside|in|at)\b|"
    # troops or goods brought to a place; a numbered unit a base is home to ("home to the 48th Fighter Wing")
    r"brought\s+(?:to|ashore|onto|into)\b|home\s+to\s+(?:the\s+)?\d+(?:st|nd|rd|th)\s+(?:[A-Z][\w-]*\s+){0,3}"
    r"(?:Wing|Squadron|Regiment|Group|Division|Brigade)\b|"
    r"home\s+to\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:wing|squadron|regiment|group|division|brigade|unit)\b|"  # "a
    # training aviation regiment", "a training unit, the 272nd Aviation Base"
    # a base shown to visitors, as a visit is: "held a media day at Ali Al-Salem", "opens the base to the press"
    r"(?:held|hosted|holds|hosts)\s+(?:an?\s+)?(?:media|open|press)\s+day|"
    r"opens?\s+(?:[\w'’-]+\s+){1,6}?to\s+(?:the\s+)?(?:press|media|public|reporters|visitors)\b|taken\s+(?:by\s+(?:[A-Z][\w-]*\s+){1,3})?(?:at|on|in|near|over)|(?:air)?strikes?|attack(?:s|ed)?|(?<!air\s)raids?|air\s+raids?(?=\s+(?:on|against)\b)|raided|shell(?:ing|ed)|shells\s+(?:fell|landed|hit)|explod(?:ed|es|ing)|detonat(?:ed|ing)|fires?|"
    r"burning|smoke|explosions?|blasts?|(?<!the\s)(?:gunfire|gunshots?|shooting(?!\s+down\b))|shots\s+(?:rang|were\s+fired|fired)|parades?|staged|fired|firing|drills?|exercis(?:e|es|ed|ing)|manoeuvres?|maneuvers?|"
    r"patrol(?:s|led|ling)?(?!\s+(?:boats?|ships?|vessels?|craft|aircraft|planes?)\b)|"
    r"(?:imagery|images|photos|photographs|pictures|footage)\s+(?:of|from|taken)|"
    # an acquisition, a presence, an activity level, a blast's work: "recorded the images in August", "They have been
    # there since at least Dec. 1", "Activity at Nampho Port", "shredded most of another building"
    r"(?:recorded|collected|captured|acquired|took)\s+(?:the\s+|these\s+|new\s+)?(?:images?|imagery|photos?|pictures)|"
    r"(?:has|have|had)\s+been\s+there|activity\s+(?:at|on|around|across|near|of)|settl(?:e|ed|es|ing)\s+in\b|"
    r"shredded|disintegrated|flattened|gutted|razed|"
    # "tents have been taken down", "the first signs of change at the site", "bombs were dropped on Fordow"
    r"taken\s+down|dismantl\w*|(?:torn|pulled)\s+down|signs?\s+of\s+(?:change|activity|construction|work)|"
    r"dropped\s+(?:off\s+)?(?:on|onto|at)|"
    # who is at a base, what it is used for, a show over it: "About 800 US service members are at the base", "has used
    # K2 for scores of flights", "aerobatic teams perform over Kubinka", "displayed their skills in the sky over …"
    r"(?:troops|service\s*members|soldiers|personnel|airmen|sailors|marines)\s+(?:are|were|remain|remained)\s+"
    r"(?:still\s+|now\s+)?(?:stationed\s+)?(?:at|on)\s+(?:the|a|an)\b|"
    r"used\s+(?:[\w-]+\s+){1,3}?(?:for|as)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}(?:flights|missions|staging|hub|refuell?ing)|"
    r"(?:perform(?:s|ed|ing)?|display(?:s|ed|ing)?)\s+(?:[\w'’]+\s+){0,5}?(?:over|above)\b|operates\s+from\b|"
    # a base handed over: "France hands over first military base in Chad", "the base at Faya-Largeau … had been handed
    # over", "French military base in Chad handed over"
    r"hand(?:s|ed|ing)?\s+over\s+(?:[\w'’-]+\s+){0,4}?(?:base|camp|airfield|airport|air\s*base)s?\b|"
    r"(?:base|camp|airfield|airport)s?\b[^.;]{0,80}?\bhanded\s+over\b|"
    # flights counted at a place: "at least 105 cargo landings at Kufrah", "105 cargo flights at Kufra Airport"
    r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}?(?:flights|landings)\s+(?:at|into)\b|"
    # a test site's work: "water is still being pumped out", "Ongoing Activity", "a shelter … were installed", "a
    # formation of personnel"
    r"pumped|ongoing\s+(?:activity|work|construction|excavation)|"
    # who is there: "houses 350 US troops", "had posted soldiers to guard the airfield"
    r"hous(?:es|ed)\s+(?:about\s+|some\s+|around\s+|a\s+small\s+number|\d[\d,]*)|(?:posted|stationed|sent)\s+(?:[\w-]+\s+)?"
    r"(?:soldiers|troops|guards|forces)|installed|formation\s+of\s+(?:personnel|troops|vehicles)|"
    # "has a contingent of 250 Russian officers and 150 soldiers"
    r"(?:has|had|have)\s+a\s+(?:contingent|garrison|detachment)\s+of\s+(?:about\s+|some\s+|around\s+)?\d[\d,]*|"
    # a site's state and who stays there: "puts new runway into service", "the runway is now in use", "the trailer
    # was gone", "the shelter was back in its usual position", "stayed at the base", "inspected the facility",
    # "movement … was blocked"
    r"(?:puts?|putting|brought|brings?|entered|enters|came|comes)\s+(?:[\w,-]+\s+){0,3}into\s+(?:service|operation|use)|"
    r"(?:is|are|was|were)\s+(?:now\s+)?in\s+use|" + GONE_OR_BACK + r"|"
    r"(?:stay(?:ed|s)?|remained)\s+(?:at|on|in)\s+the\b|inspect(?:ed|s|ing)?\s+(?:(?:the|a|an)\b|(?=(?-i:[A-Z])))|"
    r"survey(?:ed|s)?\s+(?:of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:site|base|airfield|air\s*base|airport|port|"
    r"facility)\b|"
    r"block(?:ed|s|ing)?\s+(?:access|movement|the\s+entrance)|(?:was|were)\s+blocked|"
    # aircraft and crowds on the move: "took off from Sigonella", "flew for hours over the Burgas area", "was delivered
    # to Sigonella", "hundreds of people rushed to the airport"
    r"(?:take|took|taken|taking|takes)\s+off|(?:flew|flying)\s+(?:[\w,]+\s+){0,5}?(?:over|to|from|into|near)\b|"
    r"(?<!\bbe\s)delivered\s+to|rushed\s+(?:to|into|onto)|converged\s+on|"
    # a base packed up and taken apart, a launcher found, ground levelled: "US air base in Kyrgyzstan packs up",
    # "soldiers were taking apart a field canteen", "found a Katyusha rocket launcher in an abandoned vehicle"
    r"pack(?:s|ed|ing)?\s+up|(?:tak(?:e|es|ing|en)|took)\s+apart|levell?(?:ed|ing)\s+(?:the\s+)?ground|"
    r"found\s+(?:an?|the|two|three|several|\d+)\s+(?:[\w-]+\s+){0,3}(?:launchers?|debris|wreckage|remains|craters?)|"
    # a base turned to a use: "Ramstein Air Base became US European Command's main evacuation hub"
    r"became\s+(?:[\w'’-]+\s+){0,5}?(?:hub|staging\s+(?:area|point|ground|base))|"
    # a site's work and size: "sped up work on a runway", "is nearly complete", "an airstrip appears on an island",
    # "the runway … measures nearly three kilometres"
    r"(?:sped|speeded|speeds?|speeding)\s+up\s+(?:the\s+)?(?:work|construction)|accelerat\w+\s+(?:the\s+)?(?:work|construction)|"
    r"(?:is|are|was|were)\s+(?:nearly|almost|now|largely)\s+complete\b|nearing\s+completion|"
    r"appear(?:s|ed)\s+(?:on|at)\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}(?:island|reef|shoal|atoll|coast|shore|beach|runway|"
    r"airfield|base|site|pier|pad|apron|tarmac|quay|wharf)\b|"
    r"measur(?:es|ed)\s+(?:nearly\s+|about\s+|some\s+|roughly\s+|almost\s+|around\s+)?(?:\d[\d,.]*|one|two|three|four|five|"
    r"six|seven|eight|nine|ten)\s*(?:-\s*)?(?:kilometres|kilometers|km|metres|meters|m|feet|ft|miles)\b|"
    # a fire or a spill a sensor or an image records: "heat signatures were recorded", "an oil slick", "in flames";
    # who holds a place: "Russian ground troops appear to still hold the airport"
    r"slicks?|(?:oil\s+)?spills?|leak(?:s|ed|ing)|in\s+flames|ablaze|heat\s+(?:signatures?|anomal\w+|sources?)|wrecked|rubble|"
    r"thermal\s+anomal\w+|(?:holds?|held|controls?|controlled)\s+(?:the|a|an)\s+(?:[\w-]+\s+)?(?:airport|airfield|"
    r"air\s+base|base|port|town|city)|"
    # traces and tests an image shows: "scorch marks", "an engine test", "a satellite launch", "damage to a refinery"
    r"scorch(?:ed|\s+marks?)|craters?|debris|damage|(?:engine|missile|rocket|launch)\s+tests?|launch(?:es)?|"
    r"attempted|port\s+calls?|remain(?:s|ed)?|detected|originat(?:ed|es|ing)|completed|remov(?:ed|al|es|ing)|"
    # what else imagery sees done: "deepened the harbour", "passing between Okinawa
    # and Miyako", "hosted the largest overseas base", "cables were cut", "rebuilds", "withdrawal", "shadows"
    r"deepen\w*|pass(?:ed|ing)\s+(?:through|between|near|by|off)|host(?:s|ed|ing)|"
    r"operat(?:es|ed|ing)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}(?:base|facility|airfield|outpost)|"
    r"(?:was|were|been)\s+cut|rebuil\w*|withdr[ae]w\w*|shadow(?:s|ed|ing)|collid\w*|collisions?|"
    r"upgrad(?:es|ing)|(?:has|have|had|was|were|been)\s+upgraded|upgraded\s+(?:a|an|the|its|their)\b|"
    # "opened to flights in January", "a similar pair was intercepted"
    r"opened\s+(?:to|for|in)|intercept(?:ed|s)?|water\s+cannons?|geolocated\s+(?:the|a|an|it|them|this|these|those|to)|"
    # a depot's stock and work: "tanks were lined up at the site", "on display", "took in 14 tanks", "opened this
    # week", "halted operations"
    r"lined\s+up|on\s+display|took\s+in|(?:halted|suspended)\s+(?:all\s+)?operations|"
    r"operations\s+(?:at\s+)?(?:[\w,-]+\s+){0,10}?(?:were|was)\s+(?:suspended|halted)|(?:has|have|had)\s+received|"
    r"(?:depot|storehouse|facility|base|site)\s+(?:\w+\s+){0,3}?opened\b|"
    # what a site gained: "adds a second pier"
    r"add(?:s|ed)\s+(?:a|an|two|three|four|new|second|third)\s+(?:new\s+)?(?:[\w-]+\s+)?(?:piers?|wharf|wharves|berths?|"
    r"runways?|hangars?|shelters?|docks?|quays?|jett(?:y|ies)|buildings?|helipads?)\b|"
    # a maritime security warning's "an incident 35NM west of Hodeidah"
    r"incident\s+(?:(?:happened|occurred|took\s+place)\s+)?(?:about\s+|some\s+)?\d+\s*(?:NM|nm|nautical\s+miles|km|kilomet(?:re|er)s|miles))\b",
    re.IGNORECASE)
