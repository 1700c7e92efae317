"""Whether a name found in a text means the place of that name there: the words around it ("at Kacha" puts
a village on the map; "USS George Washington" is a ship; "President Jackson" a person; "U.S. Central
Command" an organisation). Used by ``Gazetteer.find``."""

from __future__ import annotations

import re

from .date_tense import IRREGULAR_PAST
from .designators import AIRCRAFT_NAME_RX
from .place_model import WRITTEN_ARTICLES, _COMMON_WORDS, Place, _norm
from .ship_classes import NAVY_PREFIXES

_TITLES = {"president", "minister", "gen", "general", "adm", "admiral", "col", "colonel", "lt", "lieutenant", "maj",
           "major", "capt", "captain", "cmdr", "commander", "sgt", "sergeant", "mr", "mrs", "ms", "miss", "dr", "sen",
           "senator", "rep", "gov", "governor", "mayor", "secretary", "chairman", "premier", "king", "queen",
           "prince", "princess", "pope", "spokesman", "spokeswoman", "spokesperson", "ambassador", "envoy", "marshal",
           "chief", "director", "deputy", "prof", "professor", "saint", "st", "sir", "lord", "lady", "comrade",
           # the titles Russian warships are named with: "Knyaz Vladimir", "Generalissimus Suvorov", "Akademik Lazarev"
           "knyaz", "kniaz", "generalissimus", "imperator", "tsar", "emperor", "empress", "akademik", "academician",
           # a person's trade before the name, as reporting writes it: "naval analyst Alex Luck", "researcher Decker
           # Eveleth"
           "analyst", "researcher", "expert", "journalist", "reporter", "correspondent", "photographer", "scholar",
           "historian", "investigator", "commentator", "blogger", "editor"}
# words that continue a place's name ("Sevastopol Bay", "Kaliningrad Oblast"), so a capitalised word after a
# place is not a surname
_PLACE_WORDS = {"port", "harbour", "harbor", "bay", "base", "air", "airport", "airfield", "airbase", "naval", "navy",
                "shipyard", "shipyards", "yard", "dock", "docks", "island", "islands", "peninsula", "strait", "sea",
                "river", "gulf", "oblast", "krai", "province", "region", "district", "county", "city", "raion",
                "station", "terminal", "pier", "roads", "channel", "lake", "cape", "point", "fleet", "international",
                "regional", "military", "airstrip", "heliport", "anchorage", "roadstead", "governorate", "area",
                "coast", "valley", "mountains", "republic", "territory", "state", "north", "south", "east", "west",
                "northern", "southern", "eastern", "western", "central", "upper", "lower", "new", "old",
                # Russian airfields named for their town and a side of it: "Ivanovo Severny", "Kazan Yuzhny"
                "severny", "severnyy", "yuzhny", "yuzhnyy", "vostochny", "vostochnyy", "zapadny", "zapadnyy"}
_WEEKDAYS_MONTHS = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                    "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december"}

_POSSESSIVE = re.compile(r"['’]s$")
_WATER = re.compile(
    r"(?:(?:East|South)\s+China|Black|Baltic|Barents|White|Kara|Laptev|Bering|Yellow|Philippine|Red|Mediterranean|"
    r"Caspian|Arabian|North|Norwegian|Aegean|Adriatic|Ionian|Coral|Tasman|Celebes|Sulu|Java|Okhotsk|Japan|Azov|"
    r"(?:North\s+)?Natuna|Andaman|Arafura|Banda|Timor|Bismarck|Solomon|Labrador|Greenland|Irish|Celtic|Ligurian|"
    r"Tyrrhenian|Levantine|Marmara|Caribbean|Beaufort|Chukchi|East\s+Siberian|Pechora|Wadden|Bothnian)"
    r"\s+Sea\b(?:\s+Fleet\b)?|(?:Sea|Gulf|Bay)\s+of\s+(?:Azov|Okhotsk|Japan|Marmara|Finland|Riga|Bothnia|Aden|Oman|"
    r"Bengal|Biscay|Tonkin|Thailand|Mexico)\b|Persian\s+Gulf\b|(?:Pacific|Atlantic|Arctic|Indian|Southern)\s+Ocean\b|"
    # the river, not Sudan's River Nile state ("trying to cross the River Nile"; "in River Nile province" the state)
    r"River\s+Nile\b(?!\s+(?:[Ss]tate|[Pp]rovince|[Rr]egion))|Nile\s+River\b")
# what follows a name and puts it on the map: "Machulishchy, near Minsk"
# "Ramstein is home to the 86th Airlift Wing": a place; "Aviano F-16s": the aircraft's home
# ("residents of Tabqa city": a town's name before "city" or "town")
_LOCATIVE_AFTER = re.compile(r",?\s+(?:near|outside|in|north|south|east|west|is\s+home\s+to)\b|\s+(?:city|town)\b(?!['’]s)|"
                             r"\s+(?:[A-Z]{1,2}|Su|Tu|MiG)-\d{1,3}[A-Z]{0,2}s\b")
# a list governed by an installation word: "at four airfields: Olenya, Belaya, Diaghilevo and Ivanovo"
# "the airbase at Cam Ranh": the airfield named after the place ("an air base near Ryazan" is beside it)
# (an unnamed airport too, "the military airport in Akhtubinsk", "an airport in Pskov": the air base named after the
# town, else its airport; not "Ramon Airport in Eilat", which names the town beside it)
# "near occupied Berdiansk", "in temporarily occupied Crimea", "at airfield in Russian-occupied Melitopol"
_OCCUPIED = r"(?:temporarily\s+|Russian[-\s])?occupied\s+"
_AIRBASE_BEFORE = re.compile(r"(?:(?:\b(?:air\s*base|airfield|air\s+station|air\s+force\s+(?:base|station))s?|"
                             r"(?<!\bport\sand\s)(?<!\bharbour\sand\s)\b(?:the|an?)\s+(?-i:(?:[a-z-]+|[A-Z][a-z]+(?:an|i|ese|ish|ch))\s+){0,2}airport|"
                             r"\b(?-i:(?!the\b|and\b|or\b)[a-z][a-z-]+)\s+airport)"  # a headline's "captures key airport in Tal Afar"
                             # "the military airfield in Russia's Yeysk", "an airfield in occupied Berdiansk", "the
                             # airport and military base of Gao", "the military airport of Deir Ezzor" (not "the port and
                             # the airport of Port Sudan": the city's, both)
                             # (or in part of it: "an air base in the centre of Ouagadougou")
                             r"(?:(?:\s+and\s+(?:military\s+|air\s+)?base\s+(?:at|in|of)|\s+(?:at|in|of))\s+(?:" + _OCCUPIED +
                             r"|(?-i:[A-Z][a-z]+)['’]s\s+|the\s+(?:centre|center|heart|outskirts)\s+of\s+)?|"
                             r"\s+[\"“«])|"  # 'the airfield "Millerovo"'
                             # unnamed, near: "an airfield near occupied Berdiansk" (not "Hmeimim air base near Latakia")
                             r"\b(?!(?i:" + WRITTEN_ARTICLES + r")-[A-Z])(?-i:[a-z][\w-]*)\s+(?:air\s*base|airfield)s?\s+near\s+(?:" +
                             _OCCUPIED + r")?|"  # (not a name with its article: "al-Harir airbase near Erbil")
                             # the second of two: "the airfields in Luhansk and Berdyansk"
                             r"\b(?:air\s*base|airfield)s\s+(?:at|in|near)\s+(?:occupied\s+)?(?-i:[A-Z][\w'’-]+)\s+and\s+"
                             r"(?:occupied\s+)?)$", re.IGNORECASE)
# a sentence that puts aircraft somewhere: a bare name there may be the airfield named after it
_AIRCRAFT_WORDS = re.compile(r"\b(?:bombers?|fighters?|aircraft|jets?|airplanes?|planes?|helicopters?|airliners?|"
                             r"(?:Tu|Su|MiG|Il|An|KJ|[A-Z]{1,2})-\d+\w*|"
                             # flying named without the aircraft: "NATO polices their airspace … from Amari"
                             r"airspace|air\s+policing|sorties?)\b")
# a shipping route through a city's canal: "return to Suez", "via Suez", "transits through Kiel"
_ROUTE_BEFORE = re.compile(r"\b(?:via|through|transit(?:s|ed|ing)?|(?:return(?:s|ed|ing)?|back)\s+to|"
                           r"avoid(?:s|ed|ing)?|bypass(?:es|ed|ing)?)\s+$", re.IGNORECASE)
# a model number and an aircraft's kind after a name: "an Atlantique 2 maritime patrol aircraft"
_AIRCRAFT_MODEL_AFTER = re.compile(r"\s+\d{1,3}[A-Z]?\s+(?:[\w-]+\s+){0,2}(?:aircraft|planes?|jets?|fighters?|"
                                   r"helicopters?)\b")
# a model's number after a name that follows "a"/"an": "a Falcon 50 flew", "an Atlantique 2 landed" (not "a
# Kyiv court", which has no number, nor "at Kyiv 24 hours later")
_MODEL_NUMBER_AFTER = re.compile(r"\s+\d{1,4}[A-Z]{0,2}\b(?!\s*(?:hours?|days?|weeks?|months?|years?|km|miles?|"
                                 r"kilomet|nautical|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec))")
_INDEFINITE_BEFORE = re.compile(r"\b[Aa]n?\s+$")
# a people's institutions after a name that is also a region's: "the Somali government", "Somali pirates"
# (a people's or a state's forces and officials: "Somali militants", "a Somali security official", "Jubaland police
# officials", "HirShabelle state government")
_ADJECTIVE_NOUN_AFTER = re.compile(r"\s+(?:government|forces|army|navy|pirates|officials?|authorities|president|"
                                   r"troops|militia|fishermen|waters|coast\s+guard|militants?|commandos?|soldiers|"
                                   r"security\s+(?:officials?|forces|sources?)|police|special\s+forces|national\s+army|"
                                   r"state\s+government)\b")
# regions named like their people, a place only with the word "region" or "state" after ("Ethiopia's Somali Region")
_DEMONYM_REGIONS = {"Somali", "Afar", "Amhara"}
_REGION_WORD_AFTER = re.compile(r"\s+(?:[Rr]egion(?:al\s+[Ss]tate)?|[Ss]tate)\b")
# an Arabic article written in lower case before a capitalised name: "al-Khadim", "el-Arish", "ad-Dakhla"
_ARTICLE_PREFIX = re.compile(rf"(?:{WRITTEN_ARTICLES})-[A-Z]")
_INSTALLATION_LIST = re.compile(r"\b(?:airfields|air\s*bases|airbases|aerodromes|(?P<airports>airports))\b[^.;]{0,80}$",
                                re.IGNORECASE)  # "regional airports, including Izhevsk": Izhevsk's airport
# a ship's name follows a hull prefix or "the <kind of vessel>": "USS George Washington", "the tanker Eventin"
_PLURAL_CLASSES = r"(?:ships|vessels|destroyers|frigates|corvettes|cruisers|submarines|tankers)"
# the first of two names after a plural: "the landing ships Kaliningrad and Minsk" (not "the submarines Russia built")
_SHIPS_BEFORE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}" + _PLURAL_CLASSES + r"\s+$")
_AND_NAME_AFTER = re.compile(r"\s+and\s+[A-Z]")
_SHIP_NAME_BEFORE = re.compile(r"(?:\b(?:" + "|".join(NAVY_PREFIXES + ("USNS", "RFS", "CNS", "BAP", "ROCS", "KNM", "FGS")) +
                               r")(?:\s+(?:de|del|la|le|du|of))?|"
                               # a container line's name before its ship's: "Maersk Hangzhou", "MSC Busan", "Ever Given"
                               r"\b(?:Maersk|MSC|CMA\s+CGM|COSCO|Cosco|OOCL|HMM|Ever|Wan\s+Hai|Yang\s+Ming|Hapag-Lloyd)|"
                               r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}(?:destroyer|frigate|corvette|cruiser|carrier|submarine|"
                               r"tanker|ship|vessel|freighter|tug|icebreaker|trawler|yacht|ferry|barge)|"
                               # the second of two names after a plural: "the landing ships Kaliningrad and Minsk"
                               r"\b[Tt]he\s+(?:[\w-]+\s+){0,3}" + _PLURAL_CLASSES +
                               r"\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)?(?:\s+and|,)|"
                               # "the Yasen-M-class nuclear-powered submarine Krasnoyarsk"
                               r"\b(?:destroyer|frigate|corvette|cruiser|submarine|icebreaker|battlecruiser))"
                               r"(?:\s+[A-Z][\w.-]*(?:\s+(?:de|del|la|le|du|of))?){0,2}\s+$")
# an aircraft's name after its designator: "a P-3 Orion", "the P-8A Poseidon", "a C-130 Hercules"
_AIRCRAFT_NAME_BEFORE = re.compile(r"\b[A-Z]{1,3}-\d{1,3}[A-Z]{0,2}\s+(?:Super\s+)?$")  # "a C-130J Super Hercules"
# a fleet or a city's authority: "Russia's Baltic Fleet", "the Odesa regional administration said", "the Suez Canal
# Authority"
_AUTHORITY_AFTER = re.compile(r"\s+(?:Fleet|Flotilla|Air\s+Policing|Sentry|(?:District|City|Supreme|High|Appeals?)\s+Court|"
                              r"Military\s+District|"  # "Russia's Central Military District"
                              r"(?:Port\s+|Maritime\s+|Canal\s+)?Authority|Administration|Corporation|"  # "Suez Canal Authority"
                              r"Vessel\s+Traffic\s+Services?|"  # "Turkish Straits Vessel Traffic Services said"
                              r"(?:regional|city|oblast|district)\s+(?:military\s+)?"
                              r"(?:administration|authorities|council|governor|police)|governor|"
                              # "the Puntland administration has told travellers": its government (not "the Mykolaiv
                              # military state administration", which the tuning set reads as the city)
                              r"administration)\b")
_THE_BEFORE = re.compile(r"\b[Tt]he\s+$")
# a kind of vessel right after a name: "Turva patrol vessel", "Yamal icebreaker" (not "the Sevastopol submarine base")
_VESSEL_AFTER = re.compile(r"\s+(?:patrol\s+|research\s+|survey\s+|offshore\s+patrol\s+)?(?:vessel|ship|boat|cutter|frigate|"
                           r"corvette|destroyer|icebreaker|tanker)\b(?!\s+(?:base|pens?|piers?|port|yard|repair|facility|"
                           r"harbou?r|terminal|route|traffic|channel|lane))|"
                           # the group a ship leads is named after the ship: "the Iwo Jima Amphibious Ready Group"
                           r"\s+(?:(?:[Cc]arrier|[Ee]xpeditionary)\s+)?[Ss]trike\s+[Gg]roup\b|\s+Amphibious\s+Ready\s+Group\b|"
                           r"\s+(?:ARG|CSG|ESG)\b")
# an installation's kind in capitals after a town's name: "the Hodeidah Port", "the Kyaukphyu Special Economic Zone"
_KIND_IN_CAPITALS = (r"\s+(?:Port|Harbou?r|Naval\s+Base|Air\s+Base|Airport|Shipyard|Dockyard|Terminal|"
                     r"(?:Special\s+)?Economic\s+Zone|SEZ|(?:Oil\s+)?Industr(?:ial|y)\s+(?:Park|Zone|Estate)|Free\s+Zone|"
                     r"Oil\s+Terminal|Refinery|Power\s+(?:Plant|Station))\b")
_KIND_AFTER = re.compile(_KIND_IN_CAPITALS)
# "the Sinpo construction hall", "the Tuapse refinery": a place name used as an attribute (a noun follows, not a
# verb or a comma as after "the Angara")
_PLACE_NOUN_AFTER = re.compile(r"\s+(?!(?:has|had|was|were|is|are|will|would|could|can|did|does|may|might|must|"
                               r"and|or|but|which|who|that|on|in|at|to|from|with|for|by|as|left|sank|ran|came|"
                               r"went|made|took|set|hit|\w+ed)\b)[a-z]|"
                               # an installation's kind in capitals: "the Hodeidah Port"
                               r"(?=\s+[A-Z])" + _KIND_IN_CAPITALS + "|"
                               # two names sharing a plural noun: "the Domodedovo and Ramenskoye districts"
                               r"\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+"
                               r"(?:districts|regions|provinces|oblasts|"
                               r"areas|towns|cities|villages|ports|airports|airfields|air\s*bases|bases|counties|"
                               r"governorates)\b")
_KIND_BEFORE = re.compile(r"\b(?:(?P<air>Air\s+Station|Air\s+Base|Air\s+Force\s+Base|Naval\s+Air\s+Station|"
                          r"Airbase)|Naval\s+Station|Naval\s+Base|Fleet\s+Activities)\s+$")
_ADJECTIVE_USE = re.compile(r"\.?\s+(?:(?!(?:and|or|has|had|have|is|are|was|were|will|would|said|says|did|does|"
                            r"can|could|may|must|should|to|in|on|at|of|\w+ed|"
                            # a preposition after the noun: "has given the US until 15 September"
                            r"until|by|for|from|with|into|over|after|before|than|as|about|against|"
                            # an adverb before the verb: "The US reportedly used", "the UK also sent"
                            r"(?:reported|alleged|apparent|quick|repeated|previous|recent|immediate|initial|"
                            r"subsequent|final|eventual|official|public|formal|brief|secret|quiet|successful|"
                            r"probab|possib|swift|rapid|current)ly|also|then|still|never|already|now|again|soon|"
                            r"later|once|first|even|just|"
                            # an adverb after the noun as object: "threatened to hit the UAE harder", "the UK last week"
                            r"hard(?:er|est)?|heavily|directly|twice|repeatedly|instead|too|itself|last|yesterday|"
                            r"today|tonight|overnight|earlier|"
                            # a headline's verb in the present: "US reopens former Navy base", "UK sends jets"
                            r"sends|deploys|reopens|warns|launches|approves|seizes|accuses|denies|expands|opens|"
                            r"closes|halts|resumes|blames|vows|urges|confirms|rejects|intercepts|returns|dispatches|"
                            r"withdraws|pulls|bolsters|reinforces|unveils|announces|condemns|summons|detains|"
                            r"leaves|quits|exits|shuts|ends|says|agrees|signs|extends|"
                            # and the body's: "the field hospital the UAE runs in Amdjarass"
                            r"runs|operates|maintains|controls|owns|funds|backs|supplies|uses|builds|insists|"
                            # a verb in the past: "The U.S. sent", "The UAE began" (a noun, not "US forces")
                            + IRREGULAR_PAST + r")\b)[a-z]|[A-Z]{1,3}-\d|"  # "U.S. B-1B bombers"
                            # "59 U.S. Tomahawk missiles": a type's name, then what it is
                            r"[A-Z][a-z]+\s+(?:missiles?|jets?|bombers?|fighters?|drones?|warships?|destroyers?|"
                            r"frigates?|aircraft|helicopters?|troops|strikes?)\b|"
                            # "US and British aircraft": one of two adjectives before their noun
                            r"(?:and|or|&)\s+(?:[A-Z][a-z]+(?:ish|ian|ese|an|i|ch|ek|ic)|coalition|allied|partner|"
                            r"foreign|international|local)\s+[a-z]|"  # "US and coalition troops"
                            # "a US Virginia-class submarine", "the US Gulf Coast"
                            r"[A-Z][\w'’-]*-class\b|(?:Gulf|East|West|Pacific|Atlantic)\s+Coast\b)")
# a country's name as the topic of a noun after it: "amid Iran tensions", "the Iran nuclear deal", "China sanctions"
_TOPIC_AFTER = re.compile(r"(?:[-–](?:[A-Z][\w'’]*))?\s+(?:nuclear\s+)?(?:tensions|talks|deal|crisis|sanctions|conflict|"
                          r"policy|standoff|dispute|hawks?|envoy)\b")
_NEWSPAPER_AFTER = re.compile(r"\s+(?:Times|Post|Herald|Tribune|Independent|Journal|Gazette|Chronicle|Daily|Mail|"
                              r"Morning\s+Post|Observer|Telegraph|[Nn]ews\s+[Aa]gency)\b")  # "Iran's Fars news agency"
# an outlet, a delegation or a navy named for a place, after the rest of a name: "Ream Naval Base News", "a Ream
# Naval Base delegation", the "Vietnam People's Navy" (not "Iran's Fars News Agency": Iran's own agency)
_OUTLET_AFTER = re.compile(r"(?:\s+[A-Z][\w-]+){0,3}?\s+(?:News(?!\s+[Aa]gency)|delegation|"
                           r"People['’]s\s+(?:Navy|Army|Air\s+Force)|"
                           r"(?-i:verification|fact-checking|investigations?)\s+(?:agency|unit|team|desk))\b")
# ("Al Jazeera's Sanad verification agency": an outlet's unit, not the Serbian village of Sanad)
_INSTITUTION_AT_BEFORE = re.compile(r"\b(?:Institute|University|College|School|Cent(?:er|re))(?:\s+(?:of|for|and|"
                                    r"[A-Z][\w-]*))*\s+at\s+$")
_NEWSPAPER_BEFORE = re.compile(r"\b(?:Times|Star|Voice)\s+of\s+$")  # "the Times of Malta", "Voice of America"
# a title-case dateline before a colon at a body paragraph's start: "New Delhi: A Chinese research vessel …"
# (or a dash: "Khartoum -- At least five people were killed …", "Dongola — The Rapid Support Forces launched …")
_DATELINE_COLON = re.compile(r"(?::|\s+(?:--|—|–))\s+[A-Z][a-z]*\s+\w")
# news agencies named like towns (Xinhua is also a county in China)
_AGENCIES = {"Xinhua", "Yonhap", "Kyodo", "Interfax", "Tasnim", "Anadolu", "Bernama", "Antara", "Ukrinform", "Reuters",
             "SANA"}  # Syria's state agency, not Sana'a
_PAPER_BEFORE = re.compile(r"\b(?:Daily|Weekly)\s+$")  # a newspaper's name: "Daily Sabah", "Weekly Blitz"
# a state's formal name, whatever the gazetteer calls the place: "the Republic of Singapore Navy" (Singapore the city)
_STATE_OF_BEFORE = re.compile(r"\b(?:Republic|Kingdom|State|Commonwealth)\s+of\s+$")
_ORGANISATION_AFTER = re.compile(r"\.?\s+(?:(?:Central|Southern|Northern|European|Africa|Indo-Pacific|Pacific|Cyber|"
                                 r"Space|Strategic|Special\s+Operations|Transportation)\s+Command|Navy|Army|Air\s+Forces?|Marine\s+Corps|"
                                 r"Marines|Coast\s+Guard|Armed\s+Forces|Space\s+Force|Defen[cs]e\s+Ministry|"
                                 r"Ministry|Embassy|Department|State\s+Department|Forces|"
                                 r"military(?!\s+(?:bases?|installations?|facilit(?:y|ies)|sites?|air\s*bases?|airports?|airfields?))|troops|"
                                 # "The United States military has" (not "east Syria military airport")
                                 # "the Japan Maritime Self-Defense Force", "the UK Carrier Strike Group", "US Secretary
                                 # of State"
                                 r"(?:Maritime|Ground|Air)\s+Self-Defen[cs]e\s+Force|(?:Carrier\s+)?Strike\s+Group|"
                                 r"International(?!\s+(?:Airport|Airfield))|"  # "the news site Iran International"
                                 # "US Defense Secretary Lloyd Austin", "the Emirates Red Crescent"
                                 r"(?:Defen[cs]e|Foreign|Interior|Home|Army|Navy|Air\s+Force)\s+(?:Secretary|Minister)|"
                                 r"Red\s+(?:Crescent|Cross)|capital\s+airport|"  # "Al Shabaab shells Somalia capital airport"
                                 r"Task\s+(?:Force|Group)|(?:Vice\s+)?President|Secretary|Ambassador|Envoy|Treasury|Joint\s+Chiefs|(?:(?:\d+(?:st|nd|rd|th)|First|Second|Third|Fourth|"
                                 r"Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+)?Fleet|"
                                 # a company named after its country: "Iran Marine Industrial Company"
                                 r"(?:(?:[A-Z][\w&-]*|and|of)\s+){1,5}(?:Company|Corporation|Industries|Complex|Holdings|Agency|"
                                 r"Organi[sz]ation|Group|Lines|Airlines|Airways|Operations|Centre|Center|Command|"
                                 r"Service|Office|Bureau|Range|Institute|Academy))\b")  # "the UK Maritime Trade
# Operations centre"; "the China Air Weapon Test and Training Range" (a name of its own)
# a settlement's name as part of a feature's or a river's: "Vladivostok's Golden Horn Bay", "the Huangpu river"
_FEATURE_AFTER = re.compile(r"(?:\s+[A-Z][a-z]+)+\s+(?:Bay|Harbou?r|Strait|Sound|Island|Islands|Lake|Reef|Shoal|Spit)\b|"
                            r"\s+[Rr]iver\b(?!\s+port)|"
                            r"\s+(?:Bay|Gulf|Bight|Lagoon)\b")  # "Manila Bay" is water, not the city
_RIVER_AFTER = re.compile(r"\s+[Rr]iver\b(?!\s+(?:port|basin|delta|valley|region|state))")
# a body of water named after a place: "the Gulf of Gdańsk", "the Gulf of Finland"
# "Lake Maracaibo", "the Gulf of Finland", a post's lowercase "gulf of Aden"
_WATER_OF_BEFORE = re.compile(r"\b(?:[Gg]ulf|Bay|Sea|Bight)\s+of\s+(?:the\s+)?$|\bLake\s+$")
# sentence-initial words and words that continue a place, which a country's name may follow without being part of
# an organisation's name ("Virgin Australia", "Air China")
_NOT_A_NAME = {"the", "and", "or", "in", "at", "to", "of", "from", "near", "for", "by", "with", "on", "into", "off",
               "mainland", "communist", "said", "says"}
# "Russian-occupied Crimea", "Chinese-built": a people and a participle, no organisation's name
_HELD_BY = re.compile(r"[A-Z][a-z]+-(?:occupied|held|controlled|annexed|built|backed|run|owned|led|made|flagged)$")
_HARBOUR_WORDS = {"Anchorage", "Roads", "Harbour", "Harbor"}  # a port's named part after a capitalised word
_ROMAN = re.compile(r"\s+(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})\b")
# a word that puts what follows on the map: "at Kacha", "near Ochakiv", "the village of Ukrainka"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|off|from|to|outside|around|toward|towards|into|via|beside|past|over|"
                              r"out\s+of|"  # "C-17s rotate in and out of Ramstein"
                              r"pass(?:ed|es|ing)?|reach(?:ed|es)?|leav(?:e|es|ing)|left|enter(?:ed|s)?|"
                              r"approach(?:ed|es)?|[A-Z]\w+['’]s|"
                              # "rebel-held Khan Sheikhoun", "an attack on Kramatorsk"
                              r"\w+-(?:held|controlled|occupied)|(?:attacks?|strikes?|raids?) on|"
                              r"(?:in|at|near|outside|around|from|to|on) (?:temporarily )?occupied|"  # "near occupied Berdiansk"
                              r"(?:north|south|east|west|"
                              r"(?:north|south)-?(?:east|west)|images?|imagery|photos?|footage) of|"
                              # the second of a pair after a locative word: "near Pokrovsk and Kupiansk"
                              r"(?:in|at|near|off|outside|around|past|from|to|left|reached|entered|ports of) [A-Z][\w'’-]+"
                              r"(?: [A-Z][\w'’-]+)?,? and|"
                              r"(?:ports?|villages?|towns?|cit(?:y|ies)|settlements?|bases?|harbou?rs?|area|outskirts|district|coast|shores?|"
                              r"waters|mayors?) of)\s+$",  # (a town's mayor: "the mayor of Oleksandriia")
                              re.IGNORECASE)
# "at the Skagen anchorage", "off the Kirkenes harbour": a settlement's name before its installation
# a facility named after a settlement, its kind after words of its name: "the Powidz Army Prepositioned Stocks-2 (APS-2)
# site", "the Votkinsk Machine Building Plant", "The Votkinsk factory"
_NAMED_FACILITY_AFTER = re.compile(r"(?:\s+(?:[A-Z][\w-]*|\([A-Z][\w-]*\)|and)){0,5}?\s+(?i:site|facility|plant|depot|"
                                   r"complex|works|factory|stocks)\b")
# a ground vehicle's name: "M2 Bradley infantry fighting vehicles", "Bradley vehicles"
_VEHICLE_AFTER = re.compile(r"\s+(?:(?:infantry\s+)?fighting\s+vehicles?|vehicles?|tanks?|howitzers?|IFVs?)\b")
_LOCATIVE_THE_BEFORE = re.compile(r"\b(?:in|at|near|off|from|to|outside|into|toward|towards)\s+the\s+$", re.IGNORECASE)
_INSTALLATION_AFTER = re.compile(r"\s+(?:anchorage|roadstead|harbou?r|port|terminal|pier|quay|airfield|air\s+base|"
                                 r"airbase|naval\s+base|shipyard|dockyard|"
                                 # a range or a test site named after a village: "from the Kapustin Yar test site"
                                 r"(?:(?:missile|test|testing|launch)\s+)?(?:site|range)|cosmodrome|"
                                 r"(?:proving|testing)\s+ground)\b", re.IGNORECASE)
# a province by its English name between "in the" and its kind: "in the remote Xinjiang region"
_REGION_THE_BEFORE = re.compile(r"\b(?:in|across|throughout|from|to|into|of|near)\s+the\s+(?:[a-z][\w-]*\s+)?$",
                                re.IGNORECASE)
_REGION_WORD_AFTER = re.compile(r"\s+(?:region|province|prefecture|autonomous\s+region)\b")
# a later item of a list after a locative word: "strikes on Odesa, Chornomorsk and Pivdennyi"
_LOCATIVE_LIST_BEFORE = re.compile(r"\b(?:in|at|near|off|outside|around|past|on|from|to)\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?"
                                   r"(?:,\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?){0,6}(?:,|,?\s+and)\s+$")
_WAR_AFTER = re.compile(r"\s+War\b")
# an agreement named after the town it was signed in: "under the 1999 Istanbul agreement", "the Minsk agreements"
_AGREEMENT_AFTER = re.compile(r"\s+(?:agreements?|accords?|treaty|convention|protocol|declaration|communiqu[ée])\b",
                              re.IGNORECASE)
_TOKEN = re.compile(r"[^\W\d_][\w'’.\-]*|\d+", re.UNICODE)


def _named_facility(text: str, s0: int, e0: int, end: int) -> bool:
    """Whether the name at ``s0 … e0`` begins a facility's name after "the" ("the Powidz Army Prepositioned Stocks-2
    site"): the settlement it is named after is meant."""
    return bool(_THE_BEFORE.search(text, max(0, s0 - 4), s0) and _NAMED_FACILITY_AFTER.match(text, e0, end) and
                not text[s0:e0].isupper())


_PLURAL_AFTER = re.compile(r"(?:s|['’]s)?")
# (and "the Islamic State of Iraq and the Levant", "… of Iraq and Syria")
_GROUP_IN_BEFORE = re.compile(r"\b(?:(?:Resistance|Islamic\s+State|Qaeda|Qaida|Union\s+Mission|Assistance\s+Force)\s+(?:in|of)\s+(?:the\s+)?|"
                              r"Islamic\s+State\s+(?:in|of)\s+Iraq\s+and\s+(?:the\s+)?)$")
_BASE_AFTER = re.compile(r"\s+(?:(?:naval|submarine|air)\s*base|airfield)\b", re.IGNORECASE)
# a country's short name that is the country only after "the" (without it, an airline: "Emirates flights")
_COUNTRIES_AFTER_THE = {"Emirates"}


_AGENCY_AFTER = re.compile(r"\s+(?:news\s+)?agency\b", re.IGNORECASE)


def _out_of_context(text: str, tokens: list, i: int, n: int, place: Place, match: str = "exact",
                    end: int | None = None, landmark: bool = False) -> bool:
    """Tokens ``i … i+n`` name ``place``, but the words around them (up to ``end``, the sentence's end) say they do
    not mean it here. A ``landmark`` village (one a listed port or base is named after: Ust-Luga, Primorsk) needs
    no locative word before it."""
    end = len(text) if end is None else end
    words = [t[2] for t in tokens[i:i + n]]
    s0, e0 = tokens[i][0], tokens[i + n - 1][1]
    # (a region's name written with its accents needs no cue: "Falcón" is the state, "Falcon" may be a bird)
    accented = place.kind == "region" and not place.name.isascii() and text.startswith(place.name, s0)
    if (place.kind == "village" and not (landmark and match == "exact") or place.needs_cue and not accented or
            match == "variant" and place.kind == "town") and \
            not (_LOCATIVE_BEFORE.search(text, max(0, s0 - 24), s0) or _LOCATIVE_AFTER.match(text, e0, end) or
                 _LOCATIVE_LIST_BEFORE.search(text, max(0, s0 - 160), s0) or
                 _LOCATIVE_THE_BEFORE.search(text, max(0, s0 - 24), s0) and _INSTALLATION_AFTER.match(text, e0, end)
                 and not text[s0:e0].isupper() or  # "at the NATO pier" names no village
                 place.kind == "region" and _REGION_THE_BEFORE.search(text, max(0, s0 - 40), s0) and
                 _REGION_WORD_AFTER.match(text, e0, end) or  # "in the remote Xinjiang region"
                 _BASE_AFTER.match(text, e0, end) and not text[s0:e0].isupper() or
                 # "Zavety Ilyicha naval base": the village a base no list has is named after
                 _named_facility(text, s0, e0, end)):
        return True  # a settlement under 15,000 people, or another spelling of a town, only where the text says
        # it is a place ("Iskanders" are missiles, not the town of Iskandar)
    if place.kind in ("city", "town", "village") and _named_facility(text, s0, e0, end):
        return False  # "the Votkinsk Machine Building Plant": the town the facility is named after
    if n == 1 and words[0] in _HARBOUR_WORDS and i > 0 and tokens[i - 1][2][:1].isupper():
        return True  # "the Eastern Anchorage" of a port, not Anchorage, Alaska
    if _ROMAN.match(text, e0, end) or _SHIP_NAME_BEFORE.search(text, max(0, s0 - 64), s0) or \
            _SHIPS_BEFORE.search(text, max(0, s0 - 40), s0) and _AND_NAME_AFTER.match(text, e0, end) or \
            place.kind != "country" and _VESSEL_AFTER.match(text, e0, end):
        return True  # "the Sparta IV", "USS George Washington", "the destroyer Yinchuan", "the Border Guard's Turva
        # patrol vessel": a ship's name
    if _AIRCRAFT_NAME_BEFORE.search(text, max(0, s0 - 20), s0) or _AIRCRAFT_MODEL_AFTER.match(text, e0, end) or \
            _INDEFINITE_BEFORE.search(text, max(0, s0 - 4), s0) and _MODEL_NUMBER_AFTER.match(text, e0, end):
        return True  # "a Navy P-3 Orion flew over", "an Atlantique 2 maritime patrol aircraft", "a Falcon 50 flew":
        # an aircraft's name
    if place.kind != "country" and AIRCRAFT_NAME_RX.fullmatch(text, s0, _PLURAL_AFTER.match(text, e0).end()):
        return True  # "France's Rafales": the fighters, not the Spanish village of Ráfales
    if _PAPER_BEFORE.search(text, max(0, s0 - 8), s0):
        return True  # "Daily Sabah reported": a newspaper, not Malaysia's Sabah
    if place.kind in ("city", "town", "village") and text[max(0, s0 - 5):s0] == "Cape ":
        return True  # "Cape York", "Cape Cod": a cape, not the town of that name
    if n == 1 and place.kind in ("village", "region") and words[0].isupper() and len(words[0]) >= 4 and \
            not place.name.isupper():
        return True  # "NATO airspace": an acronym, not the village of Nato
    if n == 1 and words[0].isupper() and not place.name.isupper() and place.kind != "country" and \
            _AGENCY_AFTER.match(text, e0, end):
        return True  # "Egypt's MENA agency": a news agency's acronym, not the town of Mena
    if place.kind == "region" and _ADJECTIVE_NOUN_AFTER.match(text, e0, end):
        return True  # "the Somali government": a demonym, not Ethiopia's Somali Region
    if place.kind == "region" and n == 1 and words[0] in _DEMONYM_REGIONS and not _REGION_WORD_AFTER.match(text, e0, end):
        return True  # "the Somali town of Buloburte", "the Somali website": a demonym (the region is "Somali Region")
    if _WAR_AFTER.match(text, e0, end):
        return True  # "since the end of the Vietnam War": a war's name, not the country
    if place.kind in ("city", "town", "village") and _AGREEMENT_AFTER.match(text, e0, end):
        return True  # "the 1999 Istanbul agreement": an agreement's name, not the city
    if place.kind in ("country", "region") and _GROUP_IN_BEFORE.search(text, max(0, s0 - 40), s0):
        return True  # "the Islamic Resistance in Iraq", "Al-Qaeda in the Islamic Maghreb": an armed group's name
    if n == 1 and words[0] in _COUNTRIES_AFTER_THE and not _THE_BEFORE.search(text, max(0, s0 - 5), s0):
        return True  # "an Emirates flight": the airline; "the Emirates" is the country
    if place.kind != "country" and (authority := _AUTHORITY_AFTER.match(text, e0, end)) and \
            not (place.kind == "region" and authority.group().split()[-1].lower() == "governor"):
        return True  # "the Baltic Fleet", "the Odesa regional administration said": who acts, not where (a
        # region's governor names it: "Northern State's governor", "Hadramaut governor Faraj Salmeen al-Bahsani")
    if place.kind != "country" and _VEHICLE_AFTER.match(text, e0, end):
        return True  # "M2 Bradley infantry fighting vehicles": a vehicle's name, not a town
    if place.kind in ("city", "town", "village") and _THE_BEFORE.search(text, max(0, s0 - 5), s0) and \
            not _PLACE_NOUN_AFTER.match(text, e0, end) and words[-1] != "capital":  # "the Cuban capital" is Havana
        return True  # "the Angara", "the Liaoning": a river or a ship, not the town of that name
    if n == 1 and place.source != "curated" and (words[0].lower() in _COMMON_WORDS or words[0].isupper()
                                                 and len(words[0]) <= 3 and place.kind != "country"):
        # a city named like an English word ("docked at Male", "in Split") only right after a locative word
        return not (place.kind == "city" and words[0][1:].islower() and words[0].lower() not in _WEEKDAYS_MONTHS
                    and _LOCATIVE_BEFORE.search(text, max(0, s0 - 24), s0))
    if place.kind in ("country", "region") and _RIVER_AFTER.match(text, e0, end):
        return True  # "the Niger River", "the Congo river": water, not the country
    if place.kind in ("city", "town", "village") and _FEATURE_AFTER.match(text, e0, end):
        return True  # "Vladivostok's Golden Horn Bay" is no town of Golden; "the Huangpu river" no district
    if _WATER_OF_BEFORE.search(text, max(0, s0 - 16), s0):
        return True  # "the Gulf of Gdańsk", "the Gulf of Finland", "Lake Maracaibo": water
    if _NEWSPAPER_AFTER.match(text, e0, end) or _OUTLET_AFTER.match(text, e0, end) or \
            n == 1 and words[0] in _AGENCIES or \
            _NEWSPAPER_BEFORE.search(text, max(0, s0 - 10), s0):
        return True  # "The New York Times", "the Kyiv Independent", "according to Xinhua": a newspaper, an agency
    if _INSTITUTION_AT_BEFORE.search(text, max(0, s0 - 80), s0):
        return True  # "the Middlebury Institute of International Studies at Monterey": part of a name
    if (place.kind == "country" or _STATE_OF_BEFORE.search(text, max(0, s0 - 12), s0)) and \
            not _POSSESSIVE.search(text, s0, e0) and _ORGANISATION_AFTER.match(text, e0, end):
        return True  # "U.S. Central Command", "the China Coast Guard": an organisation of the country, no place
    if place.kind == "country" and not _POSSESSIVE.search(text, s0, e0) and _TOPIC_AFTER.match(text, e0, end):
        return True  # "amid Iran tensions", "the Iran nuclear deal": what the news is about, no place
    if place.kind == "country" and i > 1 and text[tokens[i - 1][1]:s0] == " " and tokens[i - 1][2][:1].isupper() \
            and not _POSSESSIVE.search(text, s0, e0) \
            and not tokens[i - 1][2].isupper() and tokens[i - 1][2].lower() not in _PLACE_WORDS | _TITLES | \
            _WEEKDAYS_MONTHS | _NOT_A_NAME and not _HELD_BY.match(tokens[i - 1][2]):
        return True  # "a Virgin Australia pilot", "Air China": a country's name inside an organisation's (a
        # title-case headline's "Leave Cambodia's Ream Naval Base" is the country's)
    return place.kind == "country" and n == 1 and words[0].replace(".", "").isupper() and \
        bool(_ADJECTIVE_USE.match(text, tokens[i][1], end)) and \
        not _QUESTION_BEFORE.search(text, max(0, s0 - 16), s0)  # "US forces", "UK officials": an adjective (not in
    # "Did the US underestimate …?", where a verb follows the subject)


_QUESTION_BEFORE = re.compile(r"\b(?:Did|Does|Do|Will|Would|Can|Could|Should|Has|Have|Is|Was)\s+the\s+$")


def reads_as_dateline(text: str, s0: int, e0: int) -> bool:
    """A name at a body paragraph's start before a colon — "New Delhi: A Chinese research vessel … said." — is
    where the report was filed, not a place of the claim (a headline's "Kaliningrad: Iskanders return" is)."""
    if s0 == 0 or text[s0 - 1] != "\n" or not _DATELINE_COLON.match(text, e0):
        return False
    line_end = text.find("\n", e0)
    line = text[e0:line_end if line_end >= 0 else len(text)].rstrip()
    return line.endswith((".", "!", "?", '"', "”")) and len(line) > 60


# a title in apposition after a name: ", secretary of …", ", the commander of …", ", a spokesman for …"
_TITLE_AFTER = re.compile(r",\s+(?:the\s+|a\s+|an\s+)?(?:[A-Za-z-]+\s+){0,2}?(?:" + "|".join(
    t for t in sorted(_TITLES) if len(t) > 3) + r")\b", re.IGNORECASE)
# countries that are also first names ("Israel Katz", "Jordan Peterson"): read as a person before a surname too
_FIRST_NAME_COUNTRIES = {"georgia", "jordan", "chad", "india", "israel", "kenya", "china"}


def _reads_as_surname(text: str, tokens: list, i: int, index: dict) -> bool:
    """Token ``i`` comes right after a capitalised word that is no place, a space between: a given name before a
    surname — for a word only spelt like a place's name ("Serhiy Tyurin", "Petro Franko")."""
    return i > 0 and text[tokens[i - 1][1]:tokens[i][0]] == " " and tokens[i - 1][2][:1].isupper() and \
        not tokens[i - 1][2].isupper() and _norm(tokens[i - 1][2]) not in index


def _reads_as_person(text: str, tokens: list, i: int, n: int, index: dict) -> bool:
    """Tokens ``i … i+n`` name a place, but read as a person: after a title (see :func:`_after_title`), or a
    one-word name followed, with nothing but a space between, by a capitalised word that is neither a place, a
    word continuing a place's name, a weekday nor a month ("Vladimir Putin")."""
    if _after_title(text, tokens, i, n):
        return True
    if n == 1 and _TITLE_AFTER.match(text, tokens[i][1]) and _reads_as_surname(text, tokens, i, index) and \
            tokens[i - 1][2].lower() not in _PLACE_WORDS | _TITLES:
        return True  # a given name, the surname, then the title: "Oleksiy Danilov, secretary of the Council"
    if n == 1 and i + 1 < len(tokens):
        key = _norm(tokens[i][2])
        if getattr(index.get(key), "kind", None) == "country" and key not in _FIRST_NAME_COUNTRIES:
            return False  # a country's name is read as a person's only after a title: "Taiwan Detains Freighter"
        nxt_start, _, nxt = tokens[i + 1]
        gap = text[tokens[i][1]:nxt_start]
        if _POSSESSIVE.search(text, tokens[i][0], tokens[i][1]) or _WATER.match(text, nxt_start):
            return False  # "Russia's Black Sea Fleet", "the Novorossiysk Black Sea port": no first name
        return (gap == " " and nxt[:1].isupper() and not nxt.isupper() and nxt.lower() not in _PLACE_WORDS
                and not any(c.isdigit() for c in nxt)  # "Aviano F-16s": a designator, no surname
                and not _KIND_AFTER.match(text, tokens[i][1])  # "Kyaukphyu Special Economic Zone": no surname
                and not _named_facility(text, tokens[i][0], tokens[i][1], len(text))  # "the Votkinsk Machine … Plant"
                and nxt.lower() not in _WEEKDAYS_MONTHS and nxt.lower() not in _HEADLINE_NOUNS and _norm(nxt) not in index
                and nxt.lower() not in _TOWN_TITLES  # "Melitopol Mayor Ivan Fedorov": the town's mayor, no surname
                and not any(_norm(f"{nxt} {t[2]}") in index for t in tokens[i + 2:i + 3]))
    return False


# the title of a town's office, which follows its name: "Melitopol Mayor Ivan Fedorov" (not "Saratov Governor Roman
# Busargin", whose office is the region's, not the city's)
_TOWN_TITLES = {"mayor"}
# a headline's noun after a place, no surname: "Punggye-ri Update: Ongoing Activity", "Sinpo Activity Continues"
_HEADLINE_NOUNS = {"update", "updates", "report", "activity", "imagery", "images", "photos", "expansion", "construction",
                   "overview", "analysis", "status", "latest", "continues", "test", "tests", "launch", "launches",
                   "developments", "changes", "progress", "snapshot"}


def _after_title(text: str, tokens: list, i: int, n: int) -> bool:
    """Tokens ``i … i+n`` follow a title ("President Jackson", "Gen. Florence"), or — one word — are a surname
    after a title or a byline's "By" and one to three given names ("Rear Adm. Roy Vincent Trinidad", "By Priam
    Nepomuceno")."""
    j, given = i - 1, 0
    while n == 1 and j >= 0 and given < 3 and text[tokens[j][1]:tokens[j + 1][0]] == " ":
        word = tokens[j][2]
        if not word[:1].isupper() or word.isupper() or word == "By" or \
                word.lower().rstrip(".") in _TITLES | _WEEKDAYS_MONTHS:
            break  # a given name may be a place's too ("Vincent"): the title or "By" before decides
        j, given = j - 1, given + 1
    if j < 0 or text[tokens[j][1]:tokens[j + 1][0]].strip(" .") != "":
        return False
    word = tokens[j][2]
    byline = given > 0 and word == "By" and (j == 0 or "\n" in text[tokens[j - 1][1]:tokens[j][0]])
    return word.lower().rstrip(".") in _TITLES or byline
