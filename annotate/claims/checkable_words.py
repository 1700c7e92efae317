"""The words that make a sentence checkable or not besides the activities themselves
(:mod:`annotate.claims.activity_words`): an activity's physical traces, and what
rules a sentence out (a doubt, a tally, an intention, a casualty figure, a report of someone else's claim).

:func:`annotate.claims.analysis._score` combines them; each pattern's comment gives the sentences it was written for.
"""

from __future__ import annotations

import re
from datetime import timedelta

from .activity_words import GONE_OR_BACK
from .date_tense import IRREGULAR_PAST
from .sightings import BE_SEEN

# the physical traces of an attack a tile can show, in a sentence that names no place of its own
_PHYSICAL = re.compile(r"(?:damaged|destroyed|damage|craters?|burn\w*|fires?|smoke|explosions?|blasts?|debris|scorch\w*|hits|"
                       r"slicks?|spills?|spilled|leak\w*|in\s+flames|ablaze|heat\s+signatures?|wrecked|rubble|"
                       r"sank|sunk|shredded|flattened|gutted|razed|disintegrated|struck|hit|targeted|"
                       r"shell(?:ing|ed)|shells\s+(?:fell|landed|hit)|explod(?:ed|es|ing)|detonat(?:ed|ing)|"
                       # a base dismantled: "a tent city … had already been removed", "packs up"
                       r"removed|pack(?:s|ed|ing)?\s+up|(?:tak(?:e|es|ing|en)|took)\s+apart)$", re.IGNORECASE)
# an air base, an airport or a naval or military base, one or several
_AIR_OR_MILITARY_SITE = r"(?:airports?|air\s*bases?|airbases?|airfields?|airstrips?|(?:naval|military)\s+bases?)\b"
# an attack on installations in a country: "Al-Qaeda attacks airports and army positions in Mali"
# or taken, or besieged and relieved: "Islamic State militants seize air base in Syria", "have broken a siege … of an air
# base in the north of the country"
# (or struck, in a headline: "Russian military strike Ukrainian airfield", "Strikes on Airfield in Chernihiv Region")
_ATTACKS_SITE = re.compile(r"\b(?:attack(?:s|ed|ing)?|seiz(?:e|es|ed|ing)|captur(?:e|es|ed|ing)|storm(?:s|ed|ing)?|"
                           r"overr(?:un|uns|an|unning)|strikes\s+on|strik(?:e|es|ing)|struck|shell(?:s|ed)?)\s+"
                           # ("Al-Shabaab attacks Ethiopian troops, airport in Somalia")
                           r"(?:an?\s+|the\s+|two\s+|three\s+|several\s+)?(?:[\w-]+,?\s+){0,2}?(?:military\s+)?" +
                           _AIR_OR_MILITARY_SITE + r"|\bsiege\b[^.;]{0,60}?\bof\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?" + _AIR_OR_MILITARY_SITE +
                           r"|"
                           # "three strikes on Iran-linked sites in Syria"
                           r"\b(?:air)?strikes\s+on\s+(?:[\w-]+\s+){0,3}?(?:sites|facilities|bases|depots|airfields)\b",
                           re.IGNORECASE)
# an airport's flights stopped: "Flights suspended at Libya airport"
_FLIGHTS_STOPPED = re.compile(r"\b(?:suspend|halt|stopp|divert|cancell?|ground)(?:ed|s|ing)?\b", re.IGNORECASE)
# a force leaving an installation: "US military completes withdrawal from drone base in Niger"
# (or a base handed over: "France hands over first military base in Chad")
_WITHDRAWAL = re.compile(r"withdr[ae]w\w*$|hand(?:s|ed|ing)?\s+over\b|.*\bhanded\s+over$", re.IGNORECASE)
# a tally of drones or missiles downed ("air defence units had destroyed 26 drones") or launched ("Russia launched
# 77 drones into Ukrainian airspace")
_DOWNED = (r"\b(?:destroyed|downed|shot\s+down|intercepted|launched(?=\s+\d))\s+(?:\d+\s+|all\s+|most\s+of\s+the\s+)?(?:[\w-]+\s+)?"
           # (not "destroyed Russian drone base": a place the drones are kept)
           r"(?:drones?|UAVs?|missiles?)\b(?!\s+(?:bases?|factory|plant|depots?|warehouses?|storage|sites?))|"
           r"\b(?:drones?|UAVs?|missiles?)\s+(?:were|was)\s+"
           r"(?:destroyed|downed|shot\s+down|intercepted)")
_DRONE_TALLY = re.compile(_DOWNED, re.IGNORECASE)
# no trace on the ground: drones shot down, damage still being assessed, damage denied
_NO_TRACE = re.compile(_DOWNED + r"|\bbeing\s+(?:clarified|investigated|assessed|"
                       r"established|determined)|\b(?:not|no|never)\s+(?:\w+\s+){0,2}(?:damage|acknowledged)\b",
                       re.IGNORECASE)
# what a type is or how it is used, said of the type: "The Su-57 is an ultra-modern combat aircraft", "Su-57s are used
# only now and then" (not "The Su-34 is parked on the apron": one aircraft, seen)
_TYPE_DESCRIPTION = re.compile(r"^\W*(?:The\s+)?[A-Z][A-Za-z/]*-\d+[A-Z]*\d?s?\s+(?:is|are)\s+(?:(?:an?|one\s+of)\s+|"
                               r"(?:only\s+|rarely\s+|mostly\s+|mainly\s+|often\s+|usually\s+)?(?:used|employed|flown|"
                               r"operated)\b)")
# what a concept or an agreement provides in general: "Under the concept, combat aircraft leave their home bases …"
_UNDER_A_RULE = re.compile(r"^\W*Under\s+(?:the|this|that|such\s+an?)\s+(?:new\s+)?(?:concept|doctrine|plan|scheme|rules?|"
                           r"arrangement|agreement|deal|treaty|system)\s*,")
# "Satellite images show new structures at Ream": what a satellite image shows at a named place is checkable
# (not "the footage shows Engels, not Morozovsk", which says where a video was filmed)
_IMAGERY_SHOWS = re.compile(r"\bsatellite\s+(?:imagery|images?|photos?|photographs?)\b[^.;]{0,60}?\b(?:show(?:s|ed|n)?|"
                            r"reveal(?:s|ed)?)\b|^\W*satellites?\s+(?:detects?|captures?|spots?)\b|"  # a headline's
                            # an image's title: "Aerial view of Kabul international airport"
                            r"^\W*(?:an?\s+)?(?:aerial|satellite)\s+(?:view|image|photo)s?\s+of\b",
                            re.IGNORECASE)
# a doubt about what is to come: "it remains unclear whether Chinese navy ships will use the berths"
_DOUBT = re.compile(r"\b(?:unclear|uncertain|not\s+clear)\s+(?:(?:on|at|in|from)\s+(?:the\s+)?\w+\s+)?(?:whether|if|how|when|what)\b|"
                    r"\bremains\s+to\s+be\s+seen\b|^\W*I\s+(?:think|believe|suspect|guess)\b|"
                    # what people believe happened: "Residents believe the mortars were fired from the south"
                    r"^\W*(?:Residents|Locals|Witnesses|Officials|Analysts|Experts|Some|Many)\s+(?:[a-z]+\s+){0,2}?"
                    r"believe\s+(?:that\s+)?(?:the|a|an|it|they)\b|"
                    r"\bit\s+is\s+(?:also\s+|quite\s+)?possible\s+that\b|"
                    # "it is not yet possible to assess the extent of the damage", "It is not yet known whether"
                    r"\bnot\s+(?:yet\s+)?(?:possible|able)\s+to\s+(?:assess|determine|establish|say)\b|"
                    r"\bnot\s+(?:yet\s+)?known\s+(?:whether|if|how)\b|"
                    # "The extent of the damage at the second base was unclear"
                    r"\b(?:extent|scale)\s+of\s+(?:the\s+)?[\w-]+\b[^.;]{0,60}?\b(?:is|was|remains?|remained)\s+(?:still\s+)?"
                    r"(?:unclear|unknown|not\s+known|uncertain)\b|"
                    # "The cause of the blast is under investigation"
                    r"\b(?:cause|origin)\s+of\s+the\s+[\w-]+\s+(?:is|was|remains)\s+(?:still\s+)?(?:under\s+investigation|"
                    r"unknown|not\s+known)\b",  # "It is also possible that the Su-30 was hit"
                    re.IGNORECASE)
# no sighting either: a condition ("If the marks were sediment …, they would cover the whole dock"); an assessment of
# a kind or a risk ("Dispersing ships is a common safety measure", "21,000 tons of fertiliser present an
# environmental risk"); imagery that does not exist ("No satellite images of Olenya have yet been obtained")
_NO_SIGHTING = re.compile(r"^\W*If\b[^.;]{3,140},\s+[^.;]*\bwould\b|"
                          # where not said: "carried out strikes on Ukrainian military targets, including a military
                          # airbase, without saying where"
                          r"\bwithout\s+(?:saying|specifying|disclosing|revealing|stating)\s+where\b|"
                          # "There was still no information on the damage on Wednesday morning"
                          r"\bno\s+(?:information|details|word|confirmation)\s+(?:yet\s+)?(?:on|about|of)\b|"
                          # a denial: "there was no indication that rockets had hit any of its air bases"
                          r"\bno\s+indications?\s+that\b|"
                          # a refusal to comment as the sentence's claim: "AMISOM officials declined to comment on …"
                          # (or to land: "Some airlines still declined to land at Bosaso" — no flight there)
                          r"^\W*(?:[\w'’-]+\s+){0,4}?(?:declined|refused)\s+to\s+(?:comment|land)\b|"
                          # what a place will allow once built: "Once completed, the runway would allow private jets"
                          r"^\W*(?:Once|When)\s+(?:completed|finished|built|operational|ready)\b[^.;]*\bwould\b|"
                          r"\bfirst\s+(?:known\s+|confirmed\s+)?use\s+of\b|"
                          # a confirmation not given: "Neither Washington nor Doha has confirmed the damage"
                          r"\bneither\b[^.;]{1,60}\bnor\b[^.;]{1,60}\b(?:has|have)\s+(?:yet\s+)?(?:confirmed|acknowledged)\b|"
                          # "The Defense Department has not confirmed how many of those aircraft …"
                          r"\b(?:has|have|had)\s+not\s+(?:yet\s+)?(?:confirmed|said|disclosed)\s+(?:how|whether|if|what|which)\b|"
                          # a state of alert, no thing to see: "The alert level at the Sigonella air base is unchanged"
                          r"\b(?:alert|readiness|threat)\s+(?:level|status|state)\b|"
                          # a fleet's size: "The Afghan air force operated 211 aircraft in total"; what is made where:
                          # "All variants of the Global Hawk are built in part in Moss Point"
                          r"\b(?:operated|operates|fielded|fields|had|has|owns|owned)\s+(?:a\s+total\s+of\s+)?(?:about\s+|some\s+|"
                          r"around\s+|nearly\s+)?\d[\d,]*\s+(?:aircraft|planes|helicopters|ships|vessels|warships)\s+in\s+total\b|"
                          # an inventory owned: "Kuwait now owns six Eurofighter jets"
                          r"\b(?:owns|owned|possesses|possessed)\s+(?:about\s+|some\s+|around\s+|nearly\s+)?(?:\d[\d,]*|two|"
                          r"three|four|five|six|seven|eight|nine|ten|a\s+dozen|dozens\s+of)\s+(?:[\w-]+\s+){0,2}(?:jets|"
                          r"aircraft|planes|fighters|bombers|helicopters|ships|vessels|warships|submarines|frigates)\b|"
                          r"\b(?:is|are)\s+(?:built|made|manufactured|produced|assembled)\s+(?:in\s+part\s+|partly\s+)?in\s+[A-Z]|"
                          # a capability: "The Taliban have access to US military aircraft"
                          r"\b(?:has|have|had|gained|gain)\s+access\s+to\b|"
                          # nothing found: "No oil spill was reported", "no damage was found"
                          r"\bno\s+(?:[\w-]+\s+){0,2}(?:spills?|leaks?|slicks?|damage|fires?)\s+(?:was|were|has|have|had)\s+"
                          r"(?:been\s+)?(?:reported|detected|found|seen|observed)\b|"  # "Tuesday's strikes were its first known use of"
                          r"\b(?:is|are)\s+an?\s+(?:common|standard|usual|routine|normal)\s+(?:[\w-]+\s+)?(?:practice|measure|"
                          r"tactic|technique|procedure)\b|"
                          r"\b(?:pose|poses|posed|present|presents|presented)\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:risk|threat|danger|hazard)\b|"
                          r"\bno\s+(?:[\w-]+\s+)?(?:satellite\s+)?(?:images?|imagery|footage)\s+(?:[\w-]+\s+){0,4}(?:(?:has|have)\s+"
                          r"(?:yet\s+)?been\s+)?(?:obtained|available|released|published|made\s+public)\b|"
                          # "Satellite imagery taken after the strike has yet to be published"
                          r"\b(?:images?|imagery|footage|photos?)\b[^.;]{0,60}?\b(?:has|have)\s+yet\s+to\s+(?:be\s+)?"
                          r"(?:published|released|made\s+public|emerge|surface)\b|"
                          # a threat that nothing has followed: "Iran has threatened to strike …, but no attack has been reported"
                          r"\bno\s+(?:attacks?|strikes?|incidents?)\s+(?:has|have)\s+(?:yet\s+)?been\s+reported\b|"
                          # a document seen, a habit: "told the Journal they had seen an early draft of an agreement",
                          # "one of a few regular DPRK freighters that sail between Dalian and Nampho"
                          r"\b(?:had|have|has)\s+seen\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+)?(?:draft|document|copy|letter|memo|"
                          r"agreement)\b|\bregular\s+(?:[\w-]+\s+){0,2}(?:freighters|ships|vessels|"
                          r"tankers|callers|visitors)\s+(?:that|which)\s+(?:sail|call|visit|ply|run)\b|"
                          # people on the move, nothing a tile shows: "hundreds of Chinese nationals arrive in Kyaukphyu",
                          # "500 Chinese arrive to work", "the Chinese workers were seen travelling"
                          r"\b(?:nationals|citizens|workers|technicians|engineers|tourists|residents|civilians|refugees|"
                          r"migrants|people|passengers|pilgrims|(?:\d[\d,]*|hundreds|thousands|dozens)\s+(?:of\s+)?"
                          r"[A-Z][a-z]+(?:ese|ans?|ians?|ish|is))\s+(?:have\s+|had\s+|were\s+|are\s+)?"
                          r"(?:reportedly\s+|been\s+|seen\s+)*(?:arriv\w*|travell?ing|came|come)\b",
                          re.IGNORECASE)
# a satellite or its product named with a place and a day: "Sevastopol update from the latest Sentinel-2 pass (26 Oct)"
_SENSOR = re.compile(r"\b(?:Sentinel-[12][AB]?|PlanetScope|SkySat|WorldView-?\d?|Pl[ée]iades|Landsat(?:\s+\d)?)\b")
# "may have been moved": the past fact itself is a guess
_SPECULATED = re.compile(r"\b(?:may|might|could)\s+(?:also\s+)?(?:not\s+)?have\s+(?:been\s+\w+|hit|struck|\w+ed)\b|"
                         # what a place would allow once built: "Once completed, the runway would allow private jets"
                         r"\bwould\s+(?:allow|enable|let|permit|accommodate)\b",
                         re.IGNORECASE)  # "may also have hit the airport's infrastructure"
# a claim reported as someone's or a guess, in the sentence's first clause: "milbloggers claimed that", "cannot
# independently verify", "probably", "has likely lost" (not "seen at Wonsan and probably based at Sondok")
_UNVERIFIED = re.compile(r"\b(?:claimed\s+(?:that|(?:its|their|the)\s+(?:forces|troops|units|military|army|navy)\b|"
                         # "claimed in several press conferences that", "claimed the strike was a direct hit", "claimed on
                         # the morning of 24 September, when Kursk was celebrating its city day, that"
                         r"(?:in|at|on)\s+(?:[\w-]+\s+){1,4}?that\b|(?:in|at|on)\s+[^.;:\"“]{1,90}?\bthat\b|the\s+(?:[\w-]+\s+)?(?:strike|attack|missile|drone)s?\s+"
                         r"(?:was|were|had|has)\b)|"
                         r"cannot\s+(?:independently\s+)?(?:verify|confirm)|could\s+not\s+(?:independently\s+)?verify|"
                         r"(?:is|are|was|were)\s+believed\s+to\s+have|probably(?!\s+(?:a|the)\s+(?:result|consequence|sign|trace)\s+of)|"
                         r"likely\s+(?:lost|has|had|was|were|is|are)|(?:is|are|was|were)\s+likely\s+(?:at|in|there|here)\b|"
                         # who built it, guessed: "The runway is likely built by the United Arab Emirates"
                         r"(?:is|are|was|were)\s+(?:likely|probably)\s+(?:being\s+)?(?:\w+ed|built|made|run|paid)\s+by\b|(?:has|have|had)\s+likely|by\s+(?:some|other|several)\s+accounts|"
                         r"(?:they|it|he|she|we|officials)\s+suspect(?:s|ed)?)\b", re.IGNORECASE)
# a count of events over a period ("attacked U.S. warships 174 times", "more than 40 times last year"), not views
_TALLY = re.compile(r"\b\d[\d,]*\s+times\s+(?:since|last|this|in|and|a\s+(?:day|week|month|year)|before|so\s+far)\b|"
                    # a run of attacks told as such: "Al-Shabaab has carried out several mortar attacks on Baidoa airport"
                    r"\b(?:has|have)\s+(?:carried\s+out|launched|conducted)\s+(?:several|many|numerous|repeated|multiple)\s+"
                    r"(?:[\w-]+\s+)?(?:attacks|strikes|raids)\b|"
                    # a run of attacks, a siege of weeks: "Port Sudan was hit by a series of drone attacks", "For
                    # weeks Ansar's positions have been under fire from air raids"
                    # "have hit the city with daily drone strikes over the past few weeks"
                    r"\bwith\s+(?:daily|nightly|repeated|near-daily)\s+(?:[\w-]+\s+)?(?:attacks|strikes|raids|shelling)\b|"
                    r"\b(?:hit|struck|targeted|attacked)\s+by\s+(?:a\s+(?:series|string|spate)\s+of|repeated)\s+"
                    r"(?:[\w-]+\s+){0,2}(?:attacks|strikes|raids|fire|shelling)\b|"  # "has been hit by repeated drone fire"
                    r"^\W*for\s+(?:several\s+|many\s+)?(?:weeks|months|years)\b[^.;]{0,60}?\b(?:have|has)\s+been\b|"
                    # a count of attacks over a few days: "It was the third attack on Russian airfields in two days"
                    r"\bthe\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}?"
                    r"(?:attacks?|strikes?|raids?)\s+(?:on|in|against)\b[^.;]{0,60}?\bin\s+(?:two|three|four|five|six|seven|"
                    r"\d+)\s+(?:days|weeks|months)\b|"
                    # "were among more than 300 raids across Syria"
                    r"\bamong\s+(?:more\s+than\s+|over\s+|some\s+|about\s+)?\d[\d,]*\s+(?:raids|strikes|airstrikes|attacks)\b|"
                    # "on high alert amid dozens of attacks on their bases"
                    r"\bamid\s+(?:dozens|scores|hundreds|a\s+(?:series|wave|spate|string))\s+of\s+(?:[\w-]+\s+)?"
                    r"(?:attacks|strikes|raids|airstrikes)\b|"
                    # a share: "it had destroyed about a third of Iran's ballistic missile launchers"
                    r"\b(?:about|roughly|some|nearly|almost|more\s+than)\s+(?:a|one)\s+(?:third|quarter|fifth|half)\s+of\b|"
                    # "have attacked more than 100 merchant ships since November 2023"
                    r"\b(?:attacked|struck|hit|seized|targeted)\s+(?:more\s+than|over|at\s+least|nearly|some|about)\s+"
                    r"\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:ships|vessels|aircraft)\b(?=[^.;]{0,60}\b(?:since|so\s+far|"
                    r"(?:this|last|a)\s+year|in\s+the\s+past)\b)|"  # (not "hit more than 40 aircraft on 1 June")
                    r"\b\d[\d,]*\s+times\s*[.;]|"
                    # "has been attacked several times in the past year"; a trend: "have stepped up attacks on US
                    # interests since early last year"
                    # a habit, not an event: "Troops sometimes visit Balad on short temporary duty trips"
                    r"\b(?:sometimes|occasionally|from\s+time\s+to\s+time)\s+(?:visit|visits|stop|stops|use|uses)\b|"
                    # struck before: "Mitiga has been targeted before in fighting between …"
                    r"\b(?:has|have)\s+been\s+(?:repeatedly\s+)?(?:attacked|struck|hit|targeted|shelled|bombed)\s+"
                    r"(?:before|previously|repeatedly)\b|"
                    # a campaign over time: "Ukraine has struck a number of air bases to weaken the Russian Air
                    # Force" (not one day's: "struck several Pakistani airbases on 10 May")
                    r"\b(?:has|have)\s+(?:repeatedly\s+)?(?:attacked|struck|hit|targeted)\s+(?:a\s+number\s+of|several|"
                    r"many|numerous|multiple|dozens\s+of|scores\s+of)\s+(?:[\w-]+\s+){0,2}?(?:air\s*bases|airbases|"
                    r"airfields|airports|bases|ports)\b|"
                    r"\b(?:attacked|struck|hit|targeted|shelled)\s+(?:[\w'’-]+\s+){0,8}?(?:several|many|multiple|numerous)\s+"
                    r"times\b|\b(?:stepped\s+up|intensified|escalated)\s+(?:their\s+|its\s+)?(?:attacks|strikes|raids)\b|"
                    # "have handled more than 100 million tons of cargo since the corridor opened"
                    r"\b(?:handled|exported|shipped|loaded|carried|transported)\s+(?:more\s+than|over|at\s+least|nearly|"
                    r"some|about)\s+\d[\d,.]*\s+(?:million\s+|billion\s+|m\s+|bn\s+)?(?:tons|tonnes|barrels)\b"
                    r"(?=[^.;]{0,60}\bsince\b)|"
                    # "Since November 2023, the Huthis have attacked more than 100 merchant ships"
                    r"\bsince\b[^.;]{0,60}?\b(?:attacked|struck|hit|seized|targeted)\s+(?:more\s+than|over|at\s+least|"
                    r"nearly|some|about)\s+\d[\d,]*\s+(?:[\w-]+\s+){0,2}(?:ships|vessels|aircraft)\b|"
                    # "the second vessel detained in Finnish waters in less than a year"
                    r"\bthe\s+(?:second|third|fourth|fifth|sixth|\d+(?:st|nd|rd|th))\s+(?:[\w-]+\s+){0,2}(?:detained|seized|"
                    r"attacked|struck|hit|sunk|damaged|boarded|intercepted|lost)\b[^.;]{0,60}?\b(?:in\s+(?:less\s+than|"
                    r"more\s+than|just\s+over|just\s+under|under|over)\s+a\s+(?:year|month|week)|this\s+year|since)\b|"
                    # "we count 11 arrivals at Hmeimim between …", "has about 76 B-52s in its inventory"
                    r"\b(?:count(?:s|ed)?|recorded|logged|tallied)\s+(?:at\s+least\s+|more\s+than\s+|over\s+)?\d[\d,]*\s+"
                    r"(?:[\w-]+\s+){0,2}(?:arrivals|departures|flights|sorties|visits|calls|transits|landings|launches)\b|"
                    r"\bin\s+(?:its|their)\s+(?:inventory|arsenal)\b", re.IGNORECASE)
# the speaker's own forces watching, in the perfect of a daily report: "ROC Armed Forces have monitored the situation"
# (not "a P-3C … monitored the vessels", nor "militia vessels were monitored near the shoal": what was seen there)
_MONITORED = re.compile(r"\b(?:has|have)\s+(?:closely\s+)?monitored\b", re.IGNORECASE)
# an act a country is seen doing without a site named: "N. Korea fires ballistic missile into East Sea", "12 of the 17
# sorties crossed the median line"
_MILITARY_ACT = re.compile(r"\b(?:fires?|fired|launch(?:es|ed)?)\s+(?:[\w-]+\s+){0,3}(?:missiles?|rockets?)\b|"
                           r"\bcrossed\s+the\s+median\s+line\b", re.IGNORECASE)
_VIEWS_BEFORE = re.compile(r"\b(?:viewed|shared|watched|liked|played|seen|reposted|retweeted)\b", re.IGNORECASE)
_NEXT_CLAUSE = re.compile(r",?\s+(?:and|but)\s+")
# "will remain in Havana": a state to come, not one now
_FUTURE_STATE = re.compile(r"\b(?:will|would|to|may|might|could|shall)\s+(?:remain\w*|be\s+\w+)$", re.IGNORECASE)
# "Videos posted by residents show explosions over the harbour": what a video or a photo shows happening at a place
_MEDIA_SHOWS = re.compile(r"\b(?:videos?|footage|photos?|photographs?|images?|imagery)\b[^.;]{0,60}?(?<!not\s)(?<!n't\s)"
                          r"\bshow(?:s|ed)?\b",
                          re.IGNORECASE)
_CONSTRUCTION = re.compile(r"(?<![\w-])(?:under\s+construction|(?:was|were)\s+(?:finished|completed)|"
                           r"(?:began|begun|started)\s+(?:building|constructing|work)|construct(?:ed|ing)|built|being\s+built|"
                           r"expanded|extended|new\s+construction|"  # "This is new construction linked to …"
                           # "helped to modernise the airport in the Uzbek city of Termiz"
                           r"moderni[sz](?:e|ed|ing)\s+(?:the\s+|an?\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:airport|airfield|"
                           r"air\s*base|base|port|runway|harbou?r|pier|quay)s?\b|"
                           r"construction\s+(?:of|started|began|begun|work)|lengthened|widened|resurfaced|paved|"
                           r"dredged|excavated|reclaimed|reclamation|"
                           # "Refurbishment at Tunnel No. 3 has been under way"
                           r"(?:refurbishment|renovation|excavation|construction|work)\b[^;]{0,40}?\bunder\s*way|"
                           r"(?:has|have)\s+(?:since\s+)?(?:grown|expanded)\s+(?:into|to)\b|"  # "has since grown into a hub"
                           # "the extension of the main runway", "ground clearing began", "buildings are going up"
                           r"(?:extensions?|expansions?|renovation|upgrades?|repairs?)\s+(?:of|to)\b|"
                           r"moderni[sz]ation|restor(?:e|ed|ing|ation)\b|torn\s+(?:up|down)|demolish\w*|dismantl\w*|"
                           r"replaced\s+by\s+(?:a|an)\s+new|(?:was|were|been)\s+set\s+up\s+(?:at|in|near|on)\b|set\s+up\s+(?:\w+\s+){0,2}(?:facilities|buildings|warehouses|"
                           r"tents|camps?|structures|positions|hospitals?)|"
                           # "had opened a 50-bed hospital at the edge of the runway"
                           r"opened\s+(?:an?|the|its)\s+(?:[\w-]+\s+){0,2}?hospital\b|"
                           r"renovated|moderni[sz]ed|rebuilt|ground\s+clearing|(?:are|is)\s+going\s+up|"
                           # "Workers are rehabilitating a 400-metre section", "maintenance work had begun on the
                           # runway"
                           r"rehabilitat(?:ed|ing)\b|(?:maintenance|repair|rehabilitation)\s+work\s+(?:had\s+|has\s+)?"
                           r"(?:begun|began|started)|"
                           # "Dozens of small buildings … have appeared", "Housing around the site has grown"
                           r"(?:buildings?|housing|dormitories|structures|hangars|sheds)\b[^.;]{0,100}?\b"
                           r"(?:(?:have|has)\s+(?:also\s+)?(?:appeared|emerged|grown|gone\s+up|risen)))\b",
                           re.IGNORECASE)
# work under way expected to end: "…, and the work is expected to be finished within a month" (no intention of
# what is to come: the work is there)
_END_EXPECTED = re.compile(r"\b(?:is|are)\s+expected\s+to\s+be\s+(?:finished|completed|ready)\b", re.IGNORECASE)
_COMPLETED = re.compile(r"\b(?:has|have|had)\s+been\s+(?:completed|finished|built|constructed|erected|paved)\b",
                        re.IGNORECASE)
# a vessel's or an aircraft's damage in a clause of its own beside a casualty figure
_OBJECT_DAMAGED = re.compile(r"\band\s+(?:[\w-]+\s+){1,3}(?:was|were|had\s+been|have\s+been|has\s+been)\s+"
                             r"(?:damaged|destroyed|hit|sunk)\b", re.IGNORECASE)  # (not "killed when the ship was hit")
# (a headline's toll in the present: "US airstrikes kill 10 Somali militants")
_CASUALTY = re.compile(r"\b(killed|killing|dead|deaths?|wounded|injured|casualt\w+|died|fatalit\w+|losses|"
                       r"kills?(?=\s+(?:at\s+least\s+|about\s+|more\s+than\s+|over\s+)?\d))\b", re.IGNORECASE)
# a person's killing named as an event: "the killing of Qassem Soleimani", "the assassination of …"
_NAMED_KILLING = re.compile(r"(?:killing|assassination|murder)\s+of\s+(?:(?:General|Gen\.|Commander|President|Major|"
                            r"Lieutenant|Colonel|Col\.)\s+)?[A-Z][\w'’-]+\s+[A-Z]")
# casualties denied: "no crew member was injured", "no one was hurt", "without casualties"
_NONE_HURT = re.compile(r"\b(?:no|without)\s+[\"“]?(?:[\w-]+\s+){0,3}(?:(?:was|were|has\s+been|have\s+been)\s+)?"
                        r"(?:killed|injured|wounded|hurt|casualt\w+|deaths?|fatalit\w+|losses)\b", re.IGNORECASE)
# the act's own toll, none: "The blast caused no casualties", "the strike on the airport caused no casualties" (the
# sentence tells the toll, not the act)
_ACT_HURT_NONE = re.compile(r"(?:\s+(?:on|at|in|against|near)\s+(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?\s+(?:caused|left|"
                            r"resulted\s+in)\s+no\s+(?:[\w-]+\s+){0,2}?(?:casualt\w+|deaths?|injur\w+|fatalit\w+)",
                            re.IGNORECASE)
# a toll told as a clause after the act: "Rebels seized a military airport on Tuesday, killing … 40 troops"
_CASUALTY_CLAUSE = re.compile(r"[^,]*,\s+(?:killing|wounding|injuring)$")
# the toll of the act before it, as a clause of its own: "took several checkpoints around the base, and heavy
# fighting … has left 34 fighters dead", a headline's "attacks east Syria military airport, 34 killed" (not
# another event's, in a relative clause: "used the airfield to carry out Tuesday's attack …, which killed 86")
# (or after a colon: "The battle for Benghazi's Benina airport has flared up again: at least 13 … killed")
_TOLL_AFTER = re.compile(r"[^,:]*[,:](?:(?!\b(?:which|that|who|including)\b).)*", re.DOTALL)
_INTENTION = re.compile(r"\b((?:has|have|had)\s+committed\b|awaits\b|(?:has|have|had)\s+been\s+trying\s+to\b|plans? to|planning to|planned to|intends?|(?:was|were)\s+preparing\s+to\s+(?:visit|travel|go|leave|meet)|"
                        # an attack being readied, not made: "the Houthis had been preparing a missile attack"
                        r"(?:(?:had|has|have)\s+been|was|were)\s+preparing\s+an?\s+(?:[\w-]+\s+){0,2}?(?:attack|strike|assault|offensive)\b|(?:was|were|is|are)\s+(?:\w+\s+)?meant\s+to|(?:may|might|could)\s+be\s+(?:preparing|planning|getting\s+ready)|"
                        # a capacity: "the dry dock is large enough to take an aircraft carrier"
                        r"(?:large|big|long|deep|wide)\s+enough\s+to|"
                        # land given "for a $120 million air base able to take B-52 bombers" (not "the only pier at
                        # Ream able to host vessels": a pier built)
                        r"\bfor\s+an?\s+(?:[$\w.,-]+\s+){0,5}?(?:base|airfield|air\s*base|port|pier|runway)\s+"
                        r"(?:able|capable)\s+(?:to|of)\s+(?:take|taking|handle|handling|accommodate|accommodating|"
                        r"receive|receiving|host|hosting)\b|"
                        # or a lack of one: "the base has too little ramp space to launch combat sorties"
                        r"(?:too\s+little|not\s+enough|enough|limited|lacks?\s+(?:the\s+)?)\s*(?:[\w-]+\s+){0,2}?"
                        r"(?:space|room|capacity)\s+to|(?:its|their|the)\s+ability\s+to|intention|aims? to|will\s+[\"“]?\w+|would\s+[\"“]?\w+|"
                        r"could\s+(?!not\s+(?:find|see|spot|locate|identify|detect)\b)(?!(?:clearly\s+|also\s+|still\s+|already\s+|first\s+)?(?:again\s+)?"
                        r"(?:" + BE_SEEN + r"|be\s+heard\b))\w+|"  # "detonations could be heard": sensed, not a guess
                        r"(?:may|might|could)\s+(?:also\s+)?have\s+(?:been|hit|struck|\w+ed)|(?:is|are|was|were)\s+due\s+to|"
                        # a plan as it stood, a wish: "the planes that were to deliver paratroopers", "wanted to preserve"
                        r"(?:was|were)\s+(?:supposed\s+)?to\s+(?!(?:the|a|an|its|their|be\s+seen)\b)[a-z]+|wanted\s+to|wants?\s+to\s+[a-z]+|"
                        r"(?:is|are)\s+to\s+(?:arrive|be|join|sail|enter|begin|start)|"
                        r"expects?\s+(?:[\w-]+(?:\s+[\w-]+){0,6}\s+)?to|(?:ends|begins|starts|concludes|resumes)\s+on|anticipates?|(?:un)?likely to|poised to|"
                        # "is scheduled to return", "may still transit"
                        # what may come one day: "Maxwell may eventually receive ten of the helicopters"
                        r"may\s+(?:eventually|ultimately|one\s+day|someday|soon|later)\s+\w+|may\s+(?:receive|get|gain|acquire|obtain)\b|"
                        r"(?:may|might|could)\s+serve\b|scheduled\s+to|(?:is|are)\s+(?:scheduled|planned|slated)\s+for|(?:is|are)\s+planned\b|may\s+still\s+\w+|"
                        r"may\s+(?:be\s+)?\w+ed|might|expected to|(?:is|are)\s+expected\s+(?:in|at|back|on|off)|"
                        r"is set to|(?i:set\s+for)|threaten\w*|vowed?|promis(?:ed|es|e)\s+to|hopes? to|"
                        # a choice still weighed, a budget's plan: "Trump was weighing a limited strike", "Pentagon
                        # budget calls for $143 million buildup"
                        r"(?:is|are|was|were)\s+(?:weighing|considering|mulling|contemplating)\b|calls?\s+for\s+(?:a\s+|an\s+)?[$€£]|"
                        r"expects?\s+(?:another|more|further|an?)\b|"
                        # a design or a purchase is not yet a ship: "is being designed", "approved the purchase of"
                        r"(?:is|are)\s+being\s+designed|approv\w+\s+(?:the\s+)?(?:purchase|procurement|acquisition|order)|"
                        # an order is not yet a fact: "Kim Jong-un ordered the ship restored"
                        r"ordered|instructed|"
                        # a capability, an event that did not take place: "the tankers can carry 13,000 cubic
                        # metres", "the parade was cancelled"
                        # a fit: "the submarine carried four launchers for Kalibr cruise missiles"
                        r"(?:carried|carries|carry)\s+(?:up\s+to\s+)?(?:\w+\s+)?(?:[\w-]+\s+)?(?:launchers|launch\s+(?:tubes|systems)|"
                        r"torpedo\s+tubes|missile\s+tubes)|"
                        r"can\s+(?:carry|hold|accommodate|launch|reach|travel|fly|host|store|transport|embark|shield|protect|"
                        r"defend|withstand|serve|count|claim)|equipped\s+to|(?:was|were|is|are)\s+adapted\s+to|(?:is|are)\s+known\s+to|"
                        # "can berth vessels up to 200 metres long" (not "can berth a carrier, satellite images show")
                        # (or a permission: "large aircraft can now use the airport", "where planes can divert")
                        r"can\s+(?:now\s+)?(?:berth|dock|handle|take|use|land|divert)\b(?![^.;]*\b(?:images?|imagery)\s+shows?\b)|"
                        # a design's figure: "The Type 076 displaces over 40,000 tonnes"
                        r"displaces\s+(?:about\s+|over\s+|some\s+|more\s+than\s+|around\s+|nearly\s+)?\d[\d,.]*|"
                        # (not an airport's flights: "Flights were cancelled at Zintan Airport" stopped them there)
                        r"(?<![Ff]lights\s)(?:was|were|been|is|are)\s+(?:cancell?ed|canceled|called\s+off|postponed|scrapped))\b")
# a headline's infinitive in its first clause: "RSN to commission two more submarines", "Submarine to arrive at
# Sattahip next year" (not "the first to arrive", not "a port the Houthis use to receive weapons")
_TO_COME = re.compile(r"[^,;]{0,80}?(?<!first )(?<!last )\bto\s+(?:commission|arrive|receive|acquire)\b")
# more of them in a headline (no full stop): "Pair of C-17s to rotate in and out of Ramstein", "Fighters to patrol
# Baltic skies"
_HEADLINE_TO_COME = re.compile(r"[^,;]{0,80}?(?<!first )(?<!last )(?<!used )(?<!use )\bto\s+(?:rotate|deploy|patrol|"
                               r"send|visit|dock|join|build|open|reopen|return|buy|deliver|conduct|hold|begin|start|"
                               r"resume|replace|retire|expand|upgrade|relocate|withdraw|station)\b")
# a headline's progressive without its auxiliary: what is coming ("Malmstrom AFB getting new helicopters")
_HEADLINE_GETTING = re.compile(r"[^,;]{0,80}?(?<!\bis )(?<!\bare )\b(?:getting|receiving|gaining)\s+(?:new|more|its|their|"
                               r"an?|\d+|two|three|four|five|six|seven|eight|nine|ten|several)\b")
# a headline's clause of what happens meanwhile: "Australia to upgrade Manus Island naval base as US warships visit"
_AS_CLAUSE = re.compile(r"\s+as\s+")
# a diplomatic act or an advice: what it names is reported, not seen ("protested the deployments", "vessels are
# advised to transit with caution")
_REPORTED = re.compile(r"\b((?<!after\s)(?<!amid\s)(?<!following\s)protest(?:ed|s)|den(?:ied|ies)|blam(?:ed|es)|accus(?:ed|es)|urg(?:ed|es)|demand(?:ed|s)|"
                       r"(?:is|are|was|were)\s+sanctioning|(?:imposed|announced)\s+sanctions|"
                       r"warn(?:ed|s)|summon(?:ed|s)|called\s+(?:on|for)|(?:is|are)\s+advised\s+to|should(?!\s+(?:also\s+)?be\s+noted)|must|object(?:ed|s)\s+to|"
                       r"(?:is|are|was|were)\s+(?:(?:closely\s+)?monitoring|closely\s+tracking)|bann(?:ed|ing)|bans|"
                       r"(?:does|do|did)\s+not\s+comment|reportedly\s+told|"
                       # "has not announced a launch date", "Treasury Sanctions Shadow Fleet Tankers"
                       r"(?:has|have|had)\s+not\s+(?:announced|disclosed)|Treasury\s+Sanctions|"
                       # a decision is no sight: "the deployment had been agreed in September"; "has announced no
                       # naval visit"
                       r"(?:has|have|had|was|were)\s+(?:been\s+)?(?:agreed|approved|authori[sz]ed|decided)|"
                       r"(?:has|have|had)\s+announced\s+no|"
                       # a request, a note, an agreement ended: "Uzbeks ask US to leave Karshi-Khanabad", "delivered a
                       # note to the US embassy", "Uzbekistan has ended the agreement", "the notice arrived on Friday"
                       r"ask(?:s|ed)?\s+(?:the\s+)?(?:[A-Z][\w.]*\s+){1,3}to|"
                       r"delivered\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:note|notice|letter|message|ultimatum)|"
                       r"(?:ended|terminated|ends|terminates|cancell?ed)\s+(?:the|an?|its)\s+(?:[\w-]+\s+)?(?:agreement|deal|"
                       r"accord|treaty|lease)|(?:note|notice|letter|message)\s+(?:had\s+|was\s+)?(?:arrived|reached)|"
                       # a cause given: "Officials said the blasts were an accident caused by an engine fire"
                       r"said\s+(?:that\s+)?(?:the|a|an|its)\s+(?:[\w'’-]+\s+){0,5}?(?:was|were)\s+(?:an?\s+)?(?:accident|"
                       r"accidental|caused\s+by|the\s+result\s+of))\b",
                       re.IGNORECASE)
# a fact check's verdict or a parliamentary question ("We rate the claim … as unproven", "To ask the Secretary of
# State …"): about a claim, not a claim
_VERDICT = re.compile(
                      # a debunk's words: "falsely shared", "misattributed", "AI-generated"
                      r"\b(?:falsely|misleadingly|misattributed|(?i:AI)[- ](?:generated|generation)|doctored|digitally\s+altered)\b|"
                      r"(?:^|\n|Fact[\s-]+[Cc]heck\s*:)\s*(?:(?:We|we)\s+rate\b|Verdict\s*:|To\s+ask\b|The\s+claim\s+that\b|"
                      # a fact check's headline: "Video does not show a Chinese carrier in Hambantota"
                      r"(?:No,\s+)?(?:(?:[Tt]he|[Tt]his|[Tt]hat)\s+)?(?:[Vv]ideo|[Ff]ootage|[Cc]lip|[Pp]hoto|[Pp]ost|[Ii]mage)s?\s+"
                      r"(?:does|do|did)(?:\s+not|n['’]t)\s+show\b)|"
                      r"\bwe\s+rate\s+the\s+claim\b|"
                      # a government's rebuttal: "rejected claims spread by Pakistan", "spread misinformation with claims"
                      r"\breject(?:s|ed)?\s+(?:the\s+)?(?:false\s+)?claims?\b|\bspread\s+(?:mis|dis)information\b|"
                      # a fact check's headline: "No, China does not have warships …", "Old Video Of Ship Fire Viral As
                      # …", "Video of burning ship is from 2020 …, not …", "… Photo of Chinese warship … is EDITED"
                      r"^\s*(?:Fact[\s-]+[Cc]heck\s*:\s*|PolitiFact\s*[|:]\s*)?No,\s|^\s*Old\s+(?:[Vv]ideo|[Pp]hoto|[Ii]mage|[Cc]lip|[Ff]ootage)s?\b|"
                      r"^\s*(?:Fact[\s-]+[Cc]heck\s*:\s*)?(?:[Vv]ideo|[Pp]hoto|[Ii]mage|[Cc]lip|[Ff]ootage)s?\s+of\b[^.]*\b(?:is|are)\s+from\b[^.]*,\s+not\b|"
                      r"\b(?:is|are)\s+(?:EDITED|FAKE|FALSE|MISLEADING|[Dd]octored|[Ff]abricated)\b|"
                      # where a picture has been before: "the picture has circulated since 2015 in reports about …"
                      r"\b(?:picture|photo|image|video|footage|clip)s?\s+(?:has|have|had)\s+(?:been\s+)?circulat\w+|"
                      # a fact checker about its own work: "We have previously checked claims about …"
                      r"\b(?:we|We)\s+(?:have\s+)?(?:previously\s+|also\s+)?(?:checked|fact-checked|debunked)\b|"
                      # a fact checker's method and a shared picture's denial: "A reverse image search brings up …",
                      # "the image being shared does not show the Maersk Sentosa"
                      r"^\W*(?:(?:A|An|The)\s+)?(?:combination\s+of\s+(?:[\w-]+\s+){1,3})?[Rr]everse\s+image\s+searche?s?\b|\b(?:being\s+shared|circulating|viral)\b[^.;]{0,30}\b(?:does|do|did)"
                      r"\s+not\s+show\b")
# a state an image shows now at a named place: "the revetments remain empty", "no new construction was visible",
# "dredging continues"
_OBSERVED_STATE = re.compile(r"\b(?:appears?|appeared|looks?|looked)\s+(?:to\s+be\s+)?(?:largely\s+|mostly\s+)?"
                             r"(?:intact|undamaged|empty|unchanged|abandoned|deserted|unaffected|untouched|unscathed)\b|\bshow(?:s|ed)?\s+(?:the\s+)?(?:[\w-]+\s+){0,3}empty\b|"
                             r"\b(?:remains?|is|are|was|were)\s+(?:still\s+)?(?:empty|visible|present|absent|"
                             r"under\s+construction)\b|\b(?:remains?|is|are|was|were)\s+(?:virtually\s+|largely\s+|"
                             r"mostly\s+|almost\s+|essentially\s+)?unchanged\b|\b(?:was|were)\s+not\s+(?:affected|damaged|hit)\b|\b(?:dredging|construction|reclamation|work|activity)\s+continues\b|"
                             r"\b(?:has|have)\s+(?:been\s+)?(?:deployed|moved|built|expanded|relocated|stationed)\b|"
                             # "activity is normal", "activity at the site remained low"
                             r"\bactivity\s+(?:[\w-]+\s+){0,4}(?:is|was|remains?|remained|appears?)\s+(?:[\w-]+\s+)?"
                             r"(?:normal|unusual|high|low|heightened|increased|reduced|limited|minimal)\b|"
                             # "Kandahar Air Base, where activity has fallen"
                             r"\bactivity\s+(?:has|had|have)\s+(?:fallen|risen|increased|decreased|dropped|picked\s+up)\b",
                             re.IGNORECASE)
# what others said, after the main clause: "China has begun building a pier, confirming earlier reports that …"
_REPORT_CLAUSE = re.compile(r",\s+(?:confirming|contradicting|echoing|according\s+to)\s+(?:earlier\s+|previous\s+)?"
                            r"(?:reports?|claims?|statements?)\b[^.;]*", re.IGNORECASE)
# what a thing seen might do, in a relative clause: "is expanding a key port, with analysts pointing to additions that
# could raise its capacity" (the expansion is the claim)
_MODAL_RELATIVE = re.compile(r"\b(?:that|which|who)\s+(?:could|would|might|may|can|will)\s+[^.;,]*|"
                             # the purpose of work under way: "Work to extend the runway is under way so that it can
                             # take larger aircraft" (the work is the claim)
                             r"\bso\s+(?:that\s+)?(?:it|they|the\s+[\w-]+)\s+(?:can|could|will|would)\s+[^.;]*|"
                             # "an empty shoreline north of the base, where the Russian facility was to be built"
                             r",\s+where\s+[^.;,]*\b(?:was|were)\s+to\s+[^.;,]*|"
                             # what a sighting suggests: "can be seen on the runway, which suggests there may have been
                             # a fire" (the vehicles are seen; the fire is the guess)
                             r",\s+which\s+(?:suggests?|indicates?|means?|implies|(?:probably|likely)\s+\w+)\b[^.;]*|"
                             # "the damage is limited to a small area, probably linked to the burning of fuel trucks"
                             r"(?:,|\s)\s*(?:probably|likely|possibly)\s+(?:linked|related|connected|caused|due)\b[^.;]*",
                             re.IGNORECASE)  # "moved the battery away a day earlier, which probably made the strike possible"
# a clause between commas: "The ship, the last of four built in France, will patrol" — its verb is not the sentence's
_BRACKETED = re.compile(r"\([^()]{0,80}\)")  # "a destroyed part of the buildings (probably warehouses)"
# (not a main clause with its own future: "Once the exercise is over, the Su-25s will fly back to the base, he said")
_PARENTHETICAL = re.compile(r"(?<!\d),(?!\d)(?![^,;]*\bwill\s+(?!be\b)[a-z]+\b)[^,;]{1,80},(?!\d)")  # not "6,000-ton"
# clauses of a sentence: "B-52 bombers rotated through Andersen in February, and we expect the next task force …"
_CLAUSES = re.compile(r";|,\s+(?:and|but|while|whereas|just\s+as)\s+|\s+and\s+(?=(?:is|are|will|would|has|have)\s)")
# a relative clause stating a past fact: "…, with the destroyer USS Roosevelt, which arrived on 22 June"
_PAST_RELATIVE = re.compile(r",\s+which\s+(?:had\s+)?(?:arrived|docked|berthed|left|sailed|entered|moored|returned)\b")
# an incident that befell the object, in a relative clause between commas, whatever is to come of it: "the tanker
# Eventin, which lost power off the island of Rügen on Friday, will be towed to Sassnitz"
_INCIDENT_RELATIVE = re.compile(r",\s+which\s+(?:had\s+)?(?:lost\s+power|ran\s+aground|caught\s+fire|broke\s+down|"
                                r"(?:was|had\s+been)\s+(?:hit|damaged|struck))\b")
_A_DAY = timedelta(days=1)  # a report's "today" may be a day past its date line (an update, another time zone)
_PAST_VERB = re.compile(r"\b(?!(?:need|based|planned|expected|scheduled|reported|threatened|warned|announced)\b)\w{3,}ed\b(?!-)|\b(?:" + IRREGULAR_PAST + r")\b")
_OPINION = re.compile(r"\b(believes?|opinion|condemn\w*|criticis\w*|criticiz\w*|called it|described it as|"
                      r"dangerous|provocation|threat to|strategic\s+(?:hub|importance|asset|location)|outrage\w*|regrett\w*|unacceptable|praised?|described\s+(?:\w+\s+){0,3}as)\b", re.IGNORECASE)


# a sighting or a state with no place of its own, after a sentence that named one: "Changes were seen at the west high
# bay", "the trailer was gone and the shelter was back in its usual position" (not "has not observed any violation",
# "the raid is seen as part of a wider effort")
_STATE_SEEN = re.compile(r"(?<!\bnot\s)(?<!\bnever\s)\b(?:seen|spotted|observed)\b(?!\s+as\b)|"
                         r"\b(?:" + GONE_OR_BACK + r")\b", re.IGNORECASE)
# work under way that a place's imagery shows: "China appears to be building an airstrip on a disputed island"
_SEEN_BUILDING = re.compile(r"\b(?:is|are|was|were|(?:appears?|appeared|seems?|seemed)\s+to\s+be)\s+(?:now\s+|still\s+)?"
                            r"(?:building|constructing|expanding|extending|reclaiming|dredging|fortifying|reactivating|"
                            r"upgrading|rebuilding|modernizing|modernising)\b",
                            re.IGNORECASE)
# the structures a place has, counted: "Today the yard has two covered floating docks", "Nampho has two such repair
# ways" (not "Most airfields have 2,500-meter runways": no count of them)
_COUNTED_STRUCTURES = re.compile(r"\b(?:has|have|had)\s+(?:two|three|four|five|six|seven|eight|nine|ten|several|\d{1,3})\s+"
                                 r"(?:[\w-]+\s+){0,2}?(?:(?:dry\s*|floating\s+)?docks|drydocks|piers|berths|hangars|"
                                 r"shelters|runways|slipways|wharves|quays|(?:repair\s+)?ways|silos|launch\s+pads)\b",
                                 re.IGNORECASE)
# drones or aircraft seen over bases of a place named ("Drones seen again near US bases in eastern England"), and a
# base set up or re-opened in one ("Russia sets up navy base in the remotest Arctic", "Russia re-opens … airfield")
_SEEN_OVER_SITES = re.compile(r"\b(?:spotted|seen|sighted|observed)\s+(?:again\s+|also\s+)?(?:flying\s+)?(?:over|near|above|"
                              r"around)\s+(?:[\w-]+\s+){0,5}?(?:bases|air\s*bases|airfields|airports)\b|"
                              r"\b(?:sets?|setting)\s+up\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,2}?(?:base|airfield|"
                              r"air\s*base|outpost|camp)\b|\bre-?opens?\s+(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+){0,3}?"
                              r"(?:base|airfield|air\s*base|airport)\b|"
                              # ("Yemen's Mukalla airport opens", "Aalborg Airport has reopened")
                              r"\b(?:base|airfield|air\s*base|airport)\s+(?:has\s+|had\s+)?(?:re-?)?open(?:s|ed)\b|"
                              # a unit at work there: "US special forces also train Somali commandos at the base"
                              r"\btrain(?:s|ed|ing)?\s+(?:[\w'’-]+\s+){1,4}?at\s+the\s+(?:air\s*)?base\b|"
                              # guards there: "The airport and the Halane base camp are guarded around the clock"
                              r"\b(?:is|are|was|were)\s+guarded\b", re.IGNORECASE)
# what makes a sentence naming any place checkable: a state an image shows ("the revetments remain empty"), work
# finished ("four new shelters have been completed"), a country's act ("N. Korea fires ballistic missiles"), work
# under way, structures counted, drones seen over its bases, a base set up or opened there, a unit training there
_SEEN_AT_A_PLACE = (_OBSERVED_STATE, _COMPLETED, _MILITARY_ACT, _SEEN_BUILDING, _COUNTED_STRUCTURES, _SEEN_OVER_SITES)
# a count over a period, with no place: "over the past day Ukrainian defenders had destroyed six helicopters"
_PERIOD_TALLY = re.compile(r"\b(?:over|during|in)\s+the\s+(?:past|last|previous)\s+(?:day|24\s+hours|week|month|night)\b",
                           re.IGNORECASE)
# what a place (or an operation) is or where it lies: "Kirovskoye airfield is an important military facility", "The
# base lies on the Sea of Azov opposite … Mariupol", "Located in Chaklala, …", "Operation Sindoor was a coordinated
# precision strike operation" (not "The frigate is moored at the base": one thing, seen there)
_PLACE_DESCRIPTION = re.compile(r"^\W*(?:Located|Situated)\s+(?:in|at|near|on|about|some|just|roughly|\d)|"
                                # "Rhein-Main Air Base, near Frankfurt, was the Air Force's main airlift hub"
                                # (not an event said to have been: "There was a missile strike on airfield infrastructure")
                                r"^\W*(?!There\s)(?:The\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:(?:air\s*base|airfield|airport|port|base|terminal|"
                                r"plant|facility|site)\s+)?(?:[A-Z][\w-]*,\s+(?:near|outside|in|on|at|north|south|east|west)\b[^,]{1,40},\s+)?"
                                r"(?:(?:is|was)\s+(?:an?|one\s+of\s+the|the)\s+(?:[\w'’-]+\s+){0,4}"
                                r"(?:facility|installation|base|air\s*base|airfield|hub|port|site|points?|centres?|centers?|operation|"
                                r"campaign|offensive)\b|"
                                r"(?:lies|is\s+located|is\s+situated|sits)\s+(?:on|in|at|near|opposite|about|some|\d))")
# a unit based there, which an image of the base may show at work: "Khanskaya is a military airfield …, home to a
# training unit" (what the place is, and who is there)
_HOSTS_UNIT = re.compile(r"\b(?:home\s+to|hosts?|houses)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,3}"
                         r"(?:wing|squadron|regiment|group|division|brigade|unit)s?\b", re.IGNORECASE)
# when a place was made: "The damaged berth was commissioned in 2013" (history, years before the report)
_MADE_IN = re.compile(r"\b(?:(?:was|were)\s+(?:commissioned|founded|established|opened|built|constructed)|"
                      r"built\s+(?:the|it|this|that)(?:\s+[\w-]+){0,3}?|"
                      # "a military airport built by British forces in 1942"
                      r"(?:built|constructed)(?=\s+by\s))"
                      r"(?:\s+by\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?[\w'’-]+(?=\s+in\s))?"
                      # "built the base in the 1950s", "was built in Trogir, Croatia, in 1979"
                      r"(?:\s+(?:in|at|by)\s+(?:[A-Z][\w'’-]*\s*){1,3}(?:,\s+(?:[A-Z][\w'’-]*\s*){1,3})?,?)?"
                      r"\s+in\s+(?:the\s+)?(\d{4})s?\b")
_HISTORY_YEARS = 5  # made this many years or more before publication: history, not a claim to check
# an attack that an activity word names, after a tally: "shot down 114 drones during a Ukrainian attack on refineries"
# the attack drones downed came in ("during a … attack"), or were an attempt at ("one of the largest attempts to attack")
# (or the tally's own kind referred to: "intercepted RSF drones …, the fourth day in a row of such attacks")
_DURING_BEFORE = re.compile(r"\bduring\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}$|\battempts?\s+to\s+$|\bsuch\s+$",
                            re.IGNORECASE)
# a country's installation, unnamed ("Russian drone base", "a Russian military base"): struck, it is a claim to check
_GENERIC_SITE = re.compile(r"\b(?:base|airfield|air\s*base|airport|port|harbou?r|shipyard|warehouse|depot|refinery)$",
                           re.IGNORECASE)
# an installation's noun beside a country: "the damage at the air base in southern Israel was slight"
_SITE_NOUN = re.compile(r"\b(?:air\s*bases?|airbases?|airfields?|airports?|(?:naval|military|drone)\s+bases?|shipyards?|refiner(?:y|ies)|"
                        r"depots?)\b", re.IGNORECASE)

# a hedged reading of damage an image gives, no place needed: "A third appears to have struck a hangar"
_APPEARS_STRUCK = re.compile(r"\b(?:appears?|appeared|seems?|seemed)\s+to\s+have\s+(?:been\s+)?(?:hit|struck|damaged|"
                             r"destroyed)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:hangars?|shelters?|buildings?|runways?|"
                             r"taxiways?|aprons?|depots?|warehouses?|tents?|bunkers?|structures?)\b", re.IGNORECASE)
# an accusation of an act, which is a claim to check: "accused Russia of striking the port", "accused Kuwait of letting
# an aircraft take off from Ali Al-Salem" (not of an attempt: "accused Beijing of trying to starve out the marines")
_ACCUSED_OF = re.compile(r"accus(?:ed|es|ing)\s+(?:[\w'’.-]+\s+){1,4}?of\s+"
                         r"(?!(?:trying|attempting|planning|plotting|seeking|preparing|wanting)\b)", re.IGNORECASE)
# a warning given, then the act: "Iran warned Washington ahead of time and fired missiles at the base" (or what was
# watched was seen: "was monitoring the airspace over RAF Lakenheath after the drones were seen")
_AND_THEN_ACTED = re.compile(r"\band\s+(?:then\s+)?(?:fired|launched|struck|attacked|hit|bombed|shelled|seized|sent)\b|"
                             r"\bafter\s+(?:the\s+)?(?:[\w-]+\s+){0,2}(?:were|was|had\s+been)\s+(?:seen|spotted|sighted|"
                             r"observed)\b",
                             re.IGNORECASE)
# an assessment the imagery itself is cited for: "probably suffered damage …, according to satellite images"
_PER_IMAGERY = re.compile(r"\baccording\s+to\s+(?:the\s+|new\s+|recent\s+)*(?:commercial\s+)?satellite\s+(?:images|imagery|photos)\b",
                          re.IGNORECASE)
# "dock" as a noun, not docking: "a 46-year-old floating dock", "The dock was built in Trogir" (a dry dock being
# built or opened is work a tile shows: kept)
_DOCK_NOUN_BEFORE = re.compile(r"\b(?:floating|the|a|an|its|their|this|that|another|old|ageing|aging|covered|"
                               r"[\w-]+-(?:old|metre|meter|foot|ton|tonne)|PD-\d+)\s+$", re.IGNORECASE)
# an attack named as a time, not as what happened: "The day after the attack, Trump thanked Iran"
_TIME_OF = re.compile(r"(?:\b(?:day|days|hours?|weeks?|morning|night|months?)\s+(?:after|before|since)|^\W*(?:After|Before|Since))\s+"
                      r"(?:the|this|that)\s+$")
# a country's name before an installation's noun: "hit communications dome at Qatar base"
_SITE_AFTER = re.compile(r"\s+(?:military\s+|air\s+)?(?:base|airfield|airbase|airport|port|harbou?r|shipyard|warehouse|depot|"
                         r"refinery)\b", re.IGNORECASE)
# a judgement of an act, whatever the act: "Katz called it a decisive strike that destroyed the fleet"
_JUDGED = re.compile(r"\b(?:called|calls|described|describes)\s+(?:it|the\s+\w+)\s+(?:as\s+)?an?\s+", re.IGNORECASE)
# a past fact or an identity hedged, which an image may still show: "may have struck", "could be" (not "may be
# preparing": a plan)
_HEDGE = re.compile(r"(?:may|might|could)\s+(?:also\s+)?have\b|could\s+be$", re.IGNORECASE)


# a political act, no trace on the ground: "joined NATO in 2004", "signed an order allowing air policing"
_POLITICAL = re.compile(r"\b(?:join(?:ed|s)?\s+(?:NATO|the\s+(?:alliance|EU|European\s+Union|bloc))|"
                        r"signed\s+(?:an?\s+|the\s+)?(?:order|decree|law|memorandum|agreement|deal|treaty)|"
                        r"annex(?:ed|ation\s+of)|"
                        # an aim and a minister's praise: "Russia has long sought a permanent naval presence", "Lavrov
                        # praised Massawa's logistics capabilities"
                        r"(?:has|have|had)\s+(?:long\s+)?sought|praised)\b")
# building on an island no list names: "Mysterious airstrip appears on a Yemeni island", "air base being built on
# volcanic island off Yemen"
_ON_AN_ISLAND = re.compile(r"\b(?:appears?|appeared|built|building|construction)\b[^.;]{0,40}?\bon\s+(?:an?\s+|the\s+)?"
                           r"(?:[\w-]+\s+){0,2}island\b", re.IGNORECASE)
