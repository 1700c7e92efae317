"""What each sentence of a report is about, and whether imagery can check it.

A claim is **checkable** when it names an observable object (a vessel or an
aircraft) or describes activity at a place and time; casualty estimates,
intentions and opinions are not, whatever else they mention. Checkable claims
get a score (higher = more specific: a type designation, a named place, a day)
so they can be ranked.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from datetime import date

from annotate.model.taxonomy import Taxonomy

from .anaphora import PlaceMemory
from .captions import CAPTION_LABEL
from .activity_words import ACTIVITY
from .checkable_words import (_ACCUSED_OF, _NAMED_KILLING, _AND_THEN_ACTED, _APPEARS_STRUCK, _A_DAY, _BRACKETED,
    _CASUALTY, _CLAUSES, _CONSTRUCTION, _END_EXPECTED, _DOCK_NOUN_BEFORE, _DOUBT, _DRONE_TALLY, _DURING_BEFORE,
    _AS_CLAUSE,
    _ATTACKS_SITE, _CASUALTY_CLAUSE, _FUTURE_STATE, _INCIDENT_RELATIVE, _WITHDRAWAL, _GENERIC_SITE, _HEADLINE_GETTING,
    _FLIGHTS_STOPPED, _HEADLINE_TO_COME, _HEDGE, _HOSTS_UNIT, _ON_AN_ISLAND, _POLITICAL, _SITE_NOUN, _HISTORY_YEARS,
    _MADE_IN, _PERIOD_TALLY,
    _PLACE_DESCRIPTION, _IMAGERY_SHOWS, _INTENTION, _JUDGED, _MEDIA_SHOWS, _MODAL_RELATIVE, _MONITORED, _NEXT_CLAUSE,
    _ACT_HURT_NONE, _NONE_HURT, _NO_SIGHTING, _NO_TRACE, _OBJECT_DAMAGED, _OPINION, _PARENTHETICAL, _PAST_RELATIVE,
    _PAST_VERB,
    _PER_IMAGERY, _PHYSICAL, _REPORTED, _REPORT_CLAUSE, _SEEN_AT_A_PLACE, _SENSOR, _SITE_AFTER, _SPECULATED,
    _STATE_SEEN, _TALLY, _TIME_OF, _TO_COME, _TOLL_AFTER, _TYPE_DESCRIPTION, _UNDER_A_RULE, _UNVERIFIED, _VERDICT,
    _VIEWS_BEFORE)
from .no_sight_words import (_ALARM_RAISED, _BUILT_FOR_COST, _CLAUSE_BESIDE, _DESCRIBED_AS, _RANKED, _RECORD, _REFUSAL,
    _ROLE, _SERVICE, _SUPPORT_OF, _TALKS_VISIT)
from .combatants import people_called_fighters
from .dates import DateMention, find_dates
from .gazetteer import Gazetteer, PlaceMention
from .document_places import (cued_names_again, organisations_named_again, people_named_again, possessor_towns,
                              settle_homonyms, shipyards_in_town, short_forms, towns_of_the_same_name)
from .place_model import _NATIONALITIES, INSTALLATION_KINDS, Place
from .objects import ObjectMention, Quantity, find_objects, find_quantities
from .on_cores import map_on_cores
from .sentences import sentence_spans
from .sightings import sighting
from .airfield_lookup import airfields_named_alone, town_airfields_meant
from .unlisted_installations import airfields_named_like_far_towns, service_stations, unlisted_air_bases
from .unlisted_villages import unlisted_villages
from .ship_names import ship_name_objects, ship_names, with_named_classes, without_ship_names

__all__ = ["ClaimAnalysis", "analyze_document", "sentence_spans"]

@dataclass
class ClaimAnalysis:
    start: int
    end: int
    places: list[PlaceMention] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    objects: list[ObjectMention] = field(default_factory=list)
    quantities: list[Quantity] = field(default_factory=list)
    checkable: bool = False
    score: float = 0.0
    reasons: list[str] = field(default_factory=list)

    def extracted(self) -> dict:
        """The JSON stored in the claim's ``extracted`` field."""
        return {"places": [p.to_dict() for p in self.places], "dates": [d.to_dict() for d in self.dates],
                "objects": [o.to_dict() for o in self.objects], "quantities": [q.to_dict() for q in self.quantities],
                "score": round(self.score, 2), "reasons": self.reasons}


def _specific(places: list[PlaceMention]) -> list[PlaceMention]:
    """The places a tile can be matched to: not a country or a region, with coordinates."""
    return [p for p in places if not p.vague and p.place.lat is not None]


def _score(a: ClaimAnalysis, sentence: str, published: date | None = None, in_place: bool = False) -> None:
    """Score ``a`` and say whether it is checkable; ``in_place``: the sentence before named a specific place, so
    that damage with no place of its own ("The third shelter is completely destroyed") is that place's."""
    reasons = a.reasons
    specific_place = _specific(a.places)
    # (not an attack named as a time: "The day after the attack, Trump thanked Iran")
    activity = next((x for x in ACTIVITY.finditer(sentence)
                     if not _TIME_OF.search(sentence, max(0, x.start() - 30), x.start()) and
                     not (x.group().lower() == "dock" and _DOCK_NOUN_BEFORE.search(sentence, max(0, x.start() - 30),
                                                                                  x.start()))), None)
    casualty = _CASUALTY.search(sentence)
    if casualty and activity and (none := _NONE_HURT.search(sentence)) and \
            activity.start() < none.start() <= casualty.start() < none.end() and \
            not _ACT_HURT_NONE.match(sentence, activity.end()):
        casualty = None  # "sustained damage to its mast, but no crew member was injured": the damage is the claim
    if casualty and activity and activity.start() < casualty.start() and \
            (_CASUALTY_CLAUSE.match(sentence, max(0, casualty.start() - 4), casualty.end()) or
             _TOLL_AFTER.fullmatch(sentence, activity.end(), casualty.start())):
        casualty = None  # "Rebels seized a military airport on Tuesday, killing … 40 troops": the act is the claim,
        # its toll a clause after it
    if casualty and a.objects and _OBJECT_DAMAGED.search(sentence):
        casualty = None  # "Three servicemen were killed and two aircraft were damaged": the aircraft are the claim
    if casualty and a.objects and activity and activity.start() < casualty.start() and \
            _NAMED_KILLING.match(sentence, casualty.start()):
        casualty = None  # "letting an aircraft take off … to take part in the killing of Qassem Soleimani": an event
        # named, no casualty figure; the aircraft's take-off is the claim
    opinion = _OPINION.search(sentence)
    score = 0.0
    if a.objects:
        score += 3 + (1.5 if any(o.type for o in a.objects) else 0)
        reasons.append("names an observable object")
    if specific_place:
        score += 2
        reasons.append("names a place")
    elif a.places:
        score += 0.5
    if any(d.precision in ("day", "part-of-month", "week") for d in a.dates):
        score += 2
        reasons.append("dated to the day or week")
    elif a.dates:
        score += 1
    if activity:
        score += 1
        reasons.append(f"activity: {activity.group().lower()}")
    imagery_shows = _IMAGERY_SHOWS.search(sentence)
    # an image's caption naming a place and a day: the image itself is the claim ("Figure 1: The naval facility
    # at Tartus on 21 February 2025.")
    caption = (CAPTION_LABEL.match(sentence) or _SENSOR.search(sentence)) and specific_place and \
        any(d.precision == "day" for d in a.dates) or \
        bool(imagery_shows and (specific_place or activity and a.places)) or \
        bool(activity and specific_place and _MEDIA_SHOWS.search(sentence))
    seen = sighting(sentence)
    if casualty and seen and seen.start() < casualty.start():
        casualty = None  # "Satellite images … showed the devastation of an explosion …, as the death toll rose to 46"
    if seen:
        reasons.append(f"an image or a sighting says what is there: {seen.group()!r}")
    checkable = bool(a.objects) or bool(activity and (specific_place or a.dates)) or bool(caption) or bool(seen)
    if not checkable and activity:  # (the costlier checks only where the cheap ones left it open)
        physical = any(_PHYSICAL.match(x.group()) for x in ACTIVITY.finditer(sentence))
        # "drones hit Russian base": a country's unnamed installation struck
        countries = [p for p in a.places if p.vague and p.place.kind == "country"]
        # (or its flights stopped: "Flights suspended at Libya airport"; not "the ground around an air base")
        left = any(_WITHDRAWAL.match(x.group()) or x.group("flights") and _FLIGHTS_STOPPED.search(x.group("flights"))
                   for x in ACTIVITY.finditer(sentence))
        # (or a region's, attacked: "Strikes on Airfield in Chernihiv Region")
        struck_site = (left and bool(_SITE_NOUN.search(sentence)) and bool(countries) or
                       bool(_ATTACKS_SITE.search(sentence)) and (any(p.vague for p in a.places) or _headline(sentence))) \
            or physical and (
            any(p.vague and _GENERIC_SITE.search(p.text) for p in a.places) or
            bool(countries and _SITE_NOUN.search(sentence)) or
            # "Iranian missile hit communications dome at Qatar base": the country's name before "base"
            any(a.start <= p.start and p.end < a.end and _SITE_AFTER.match(sentence, p.end - a.start)
                for p in countries) or
            bool(imagery_shows) or  # "Earlier satellite images had shown that the strike hit"
            bool(_APPEARS_STRUCK.search(sentence)))  # "A third appears to have struck a hangar"
        # (or seen there: "Changes were seen at the west high bay of a new horizontal assembly building")
        sighted = bool(_STATE_SEEN.search(sentence))
        checkable = bool(in_place and (physical or sighted) and not _NO_TRACE.search(sentence)) or struck_site
    if checkable and not a.places and not a.dates and not activity and not seen and \
            all(_SUPPORT_OF.search(sentence, max(0, o.start - a.start - 48), o.start - a.start) for o in a.objects):
        checkable = False  # "the advance was made with the support of Russian warplanes": where or when, not said
        reasons.append("aircraft named only as support, nowhere seen")
    checkable = checkable or bool((a.dates or specific_place or in_place) and _CONSTRUCTION.search(sentence)) or \
        bool(a.places) and any(rx.search(sentence) for rx in _SEEN_AT_A_PLACE) or bool(_ON_AN_ISLAND.search(sentence))
    # the main clause decides future or past (not "…, confirming earlier reports that the facility would get a dock")
    main = _MODAL_RELATIVE.sub("", _REPORT_CLAUSE.sub("", _PARENTHETICAL.sub(" ", sentence)))
    intention = _main_intention(main) or _TO_COME.match(sentence) or _headline_to_come(a, sentence)
    main_activity = ACTIVITY.search(main)
    if casualty:
        checkable = False
        reasons.append("casualty figures: not observable from above")
    if checkable and not seen and not imagery_shows and (act := _POLITICAL.search(sentence)):
        checkable = False
        reasons.append(f"a political act, no trace on the ground: {act.group()!r}")
    if checkable and not seen and (veto := _not_a_sight(a, sentence)) is not None:
        checkable = False
        reasons.append(veto)
    if checkable and not seen and (described := _TYPE_DESCRIPTION.match(sentence) or _UNDER_A_RULE.match(sentence) or
                                   not _CONSTRUCTION.search(sentence) and not _HOSTS_UNIT.search(sentence) and
                                   _PLACE_DESCRIPTION.match(sentence)):
        checkable = False
        reasons.append(f"what a type, a rule or a place is, not what was there: {described.group().strip()!r}")
    if checkable and not a.objects and not seen and activity and (tally := _DRONE_TALLY.search(sentence)) and \
            all(tally.start() <= x.start() < tally.end() or  # (or the drones' own flight: "drones flying over")
                x.start() == tally.end() + 1 and x.group().lower().startswith("flying") or
                # or the attack the drones came in: "during a … attack", "the fourth day in a row of such attacks"
                x.start() >= tally.end() and _DURING_BEFORE.search(sentence, max(0, x.start() - 40), x.start())
                for x in ACTIVITY.finditer(sentence)):
        checkable = False  # "air defence units had destroyed 26 drones": a tally, no trace on the ground
        reasons.append(f"a tally of drones or missiles downed: {tally.group()!r}")
    if intention and seen and seen.start() < intention.start() and _HEDGE.match(intention.group()):
        intention = None  # hedged, but what an image shows: "satellite images suggest … may have struck a dome"
    if intention and not (a.objects and not _SPECULATED.search(main) and (main_activity and _past_tense(main_activity.group())
                                         and not _FUTURE_STATE.search(main, 0, main_activity.end())
                                         or _factual_clause_beside(main) or _INCIDENT_RELATIVE.search(sentence)) or
                          # "Construction of the wharf at Garden Island began in March and is expected to end in 2027"
                          # (a guess only in a later clause: "Russia came under drone attack on the night of December
                          # 29, and an airfield in Adygea may have been hit")
                          a.places and a.dates and not _SPECULATED.search(_CLAUSES.split(main)[0]) and
                          _factual_clause_beside(main) or
                          # "Workers are rehabilitating a 400-metre section of it, and the work is expected to be
                          # finished within a month": the work is there, only its end to come
                          (specific_place or in_place) and _CONSTRUCTION.search(_CLAUSES.split(main)[0]) and
                          _END_EXPECTED.search(main)):
        checkable = False  # "is expected to arrive": not yet there; "the ship, which will be retired, docked": there
        reasons.append(f"intention or speculation: {intention.group()!r}")
    if doubt := _DOUBT.search(sentence):
        checkable = False
        reasons.append(f"a doubt, not a claim: {doubt.group()!r}")
    if no_sighting := _NO_SIGHTING.search(sentence):
        checkable = False
        reasons.append(f"a condition, an assessment or no imagery, not a sighting: {no_sighting.group()!r}")
    if opinion and (not activity or _JUDGED.search(sentence)):
        checkable = False
        reasons.append("opinion")
    reported = _REPORTED.search(sentence)
    # an act with objects, then what was said of it, stays a claim — not one denied with no place to look at ("Russia
    # denied that any aircraft were damaged"; "Russia denied that a frigate docked at Tartus on 3 May" is one)
    denied_unplaced = reported is not None and activity is not None and not specific_place and \
        reported.group().lower().startswith("den") and reported.start() < activity.start()
    # an accusation of an act names the act ("accused Russia of striking the port")
    accused_of_act = reported is not None and activity is not None and \
        (accusation := _ACCUSED_OF.match(sentence, reported.start())) is not None and activity.start() >= accusation.end()
    if reported and not (a.objects and activity and _past_tense(activity.group()) and not denied_unplaced) and \
            not accused_of_act and not _AND_THEN_ACTED.search(sentence, reported.end()) and \
            not (activity and a.places and activity.end() < reported.start() and _past_tense(activity.group()) and
                 " and " in sentence[activity.end():reported.start()]):
        # "warned Washington … and fired missiles at the base"; "inspected the facility … and called for its
        # modernisation": an act, then what was said
        checkable = False
        reasons.append(f"reported, advised or denied, not seen: {reported.group()!r}")
    if monitored := _MONITORED.search(sentence):
        checkable = False
        reasons.append(f"watched by the speaker's forces, not a sighting: {monitored.group()!r}")
    if (unverified := _UNVERIFIED.search(_NEXT_CLAUSE.split(_BRACKETED.sub(" ", main), 1)[0])) and \
            not (unverified.group().lower().startswith(("probably", "likely")) and _PER_IMAGERY.search(sentence)):
        checkable = False
        reasons.append(f"claimed or guessed, not seen: {unverified.group()!r}")
    if checkable and not a.places and (period := _PERIOD_TALLY.search(sentence)):
        checkable = False  # "over the past day Ukrainian defenders had destroyed six helicopters": where is not said
        reasons.append(f"a tally over a period, with no place: {period.group()!r}")
    if checkable and published is not None and (made := _MADE_IN.search(sentence)) and \
            int(made.group(1)) <= published.year - _HISTORY_YEARS:
        checkable = False  # "The damaged berth was commissioned in 2013": history
        reasons.append(f"when it was made, years before the report: {made.group()!r}")
    if (tally := _TALLY.search(sentence)) and not _VIEWS_BEFORE.search(sentence, max(0, tally.start() - 30), tally.start()):
        checkable = False  # "attacked more than 30 times since July 2023": a tally of events, no one event to see
        reasons.append(f"a tally of events: {tally.group()!r}")
    # (not an event prepared for: "struck Kubinka air base as Russia prepares for its May 9 celebrations")
    when = [d for d in a.dates if not _PREPARED_FOR.search(sentence, 0, max(0, d.start - a.start))]
    if published is not None and when and all(d.precision == "day" and d.window_start > published + _A_DAY
                                              for d in when):
        checkable = False  # "the public can tour the ship on Saturday 22 August": every date of it is to come
        reasons.append("every date it gives is after publication: to come, not yet seen")
    if sentence.rstrip().endswith("?"):
        checkable = False
        reasons.append("a question")
    if _VERDICT.search(sentence):
        checkable = False
        reasons.append("a verdict on a claim or a question put, not a claim")
    a.checkable = checkable
    a.score = score if checkable else 0.0


def _no_trace_of_alarm(a: ClaimAnalysis, sentence: str) -> bool:
    """An alarm set off is the claim only where nothing else is: no object, no act that leaves a trace."""
    return not a.objects and not any(_PHYSICAL.match(x.group()) for x in ACTIVITY.finditer(sentence))


def _refusal_alone(a: ClaimAnalysis, sentence: str) -> bool:
    """A refusal to say is the claim only where no clause beside it says what was seen ("…, but photos showed")."""
    refused = _REFUSAL.search(sentence)
    return refused is not None and not _CLAUSE_BESIDE.search(sentence, refused.end())


# what a sentence says that is no sight, in the order they are tried; each with, where needed, when it applies
_NOT_A_SIGHT = ((_RECORD, "a record, not what was there", None),
                (_REFUSAL, "a figure or a fact not given", _refusal_alone),
                (_ROLE, "a role, not what was there", None),
                (_ALARM_RAISED, "an alarm set off, no trace of it", _no_trace_of_alarm),
                (_BUILT_FOR_COST, "what it cost to build, not what is there", None),
                (_SERVICE, "a service a place gives, not a sighting", None),
                (_DESCRIBED_AS, "a characterisation, not a sighting", None),
                (_RANKED, "a rank among its kind, not a sighting", None),
                (_TALKS_VISIT, "a visit for talks, no trace of it", lambda a, sentence: not a.objects))


def _not_a_sight(a: ClaimAnalysis, sentence: str) -> str | None:
    """The reason a sentence names no sight (a record, a role, an alarm, a cost, a service), or ``None``."""
    for rx, why, applies in _NOT_A_SIGHT:
        if (found := rx.search(sentence)) and (applies is None or applies(a, sentence)):
            return f"{why}: {found.group()!r}"
    return None


# a clause of what came before the main one: "has completed its withdrawal …, after the junta ordered the troops to
# leave" — an order carried out, not one still to be
_EARLIER_CLAUSE = re.compile(r"(?:,\s+|\s+)(?:after|following)\s+(?:the|a|an|its|their|his|her|[A-Z])[^,;]*")


def _main_intention(main: str) -> re.Match | None:
    """The first intention word of ``main`` that is not in a clause of what came before it."""
    earlier = [m.span() for m in _EARLIER_CLAUSE.finditer(main)]
    return next((m for m in _INTENTION.finditer(main) if not any(a <= m.start() < b for a, b in earlier)), None)


_PREPARED_FOR = re.compile(r"\bprepar\w*\s+for\s+(?:the\s+|its\s+|their\s+)?$")


def _headline(sentence: str) -> bool:
    """Whether ``sentence`` reads as a headline: no full stop, no closing quote or bracket at its end."""
    return not sentence.rstrip().endswith((".", "!", "?", '"', "”", "’", "'", ")"))


def _headline_to_come(a: ClaimAnalysis, sentence: str) -> re.Match | None:
    """A headline's (no full stop) infinitive of what is to come ("Pair of C-17s to rotate in and out of Ramstein")
    or progressive without its auxiliary ("Malmstrom AFB getting new helicopters"),
    unless a clause after it has what happens meanwhile ("… naval base as US warships visit")."""
    if not _headline(sentence) or \
            (to_come := _HEADLINE_TO_COME.match(sentence) or _HEADLINE_GETTING.match(sentence)) is None:
        return None
    meanwhile = _AS_CLAUSE.search(sentence, to_come.end())
    return None if meanwhile and any(o.start - a.start >= meanwhile.end() for o in a.objects) else to_come


def _factual_clause_beside(main: str) -> bool:
    """Whether ``main`` has several clauses and one of them states a past fact without an intention ("B-52 bombers
    rotated through Andersen in February, and we expect the next task force to arrive this summer")."""
    clauses = _CLAUSES.split(main)
    return len(clauses) > 1 and any(not _INTENTION.search(c) and _PAST_VERB.search(c) for c in clauses) or \
        bool(_PAST_RELATIVE.search(main))



def _past_tense(verb: str) -> bool:
    word = verb.lower().split()[0]  # "passed through"
    return word.endswith("ed") or word in ("seen", "left", "built", "present", "visible", "remain",
                                           "remains")  # a state now: "remain in the region"


def _shore_establishment(o: ObjectMention, places: list[PlaceMention]) -> bool:
    """A hull-prefixed name the gazetteer has as an installation ("INS Hansa", "INS Rajali" are air stations)."""
    return o.cls == "warship" and any(p.start == o.start and p.end == o.end and
                                      p.place.kind in ("airfield", "naval base", "port", "shipyard") for p in places)


def _dateline_installations(text: str, spans: list[tuple[int, int]], gazetteer: Gazetteer) -> list[PlaceMention]:
    """The installations a paragraph's dateline names ("RAMSTEIN AIR BASE, Germany — …", trimmed off its first
    sentence): no place of that sentence, but the full name the document gives the base, in title case."""
    out: list[PlaceMention] = []
    last_end = 0
    for s, e in spans:
        # (the line break is searched back to the sentence before only: a text without one stays linear)
        newline = text.rfind("\n", last_end, s)
        line = newline + 1 if newline >= 0 else (0 if last_end == 0 else -1)
        if last_end <= line < s and not text[line:s].isspace():  # words before the line's first sentence
            out += [replace(m, text=m.text.title() if m.text.isupper() else m.text)
                    for m in gazetteer.find(text, line, s) if m.place.kind in INSTALLATION_KINDS]
        last_end = e
    return out


def _of_kind(gazetteer: Gazetteer, name: str, kind: str) -> Place | None:
    """The place the gazetteer knows as ``name`` if it is of ``kind`` ("Masirah Island" an island, "Mosul airport"
    an airfield), or ``None``."""
    place = gazetteer.lookup(name)
    return place if place is not None and place.kind == kind else None


def _capital_of(gazetteer: Gazetteer, code: str) -> Place | None:
    """The capital city of the country ``code``, as the gazetteer knows it ("the Sudanese capital": Khartoum), or
    ``None``."""
    return next((place for demonym, country in _NATIONALITIES.items() if country == code and
                 (place := _of_kind(gazetteer, f"{demonym} capital", "city")) is not None), None)


def analyze_document(text: str, published: date | None, gazetteer: Gazetteer, taxonomy: Taxonomy,
                     spans: list[tuple[int, int]] | None = None) -> list[ClaimAnalysis]:
    """Analyse every sentence (or the given spans). Dates resolve across the whole text, so "a month later"
    follows the previous sentence's date."""
    dates = find_dates(text, published)
    starts = [d.start for d in dates]
    out = []
    memory = PlaceMemory(country_of=gazetteer.country,
                         island_named=lambda word: _of_kind(gazetteer, f"{word} Island", "island") if len(word) >= 4
                         else None,
                         airport_of=lambda city: _of_kind(gazetteer, f"{city} airport", "airfield"),
                         capital_of=lambda code: _capital_of(gazetteer, code))
    in_place = False  # the sentence before named (or carried) a specific place
    spans = spans if spans is not None else sentence_spans(text)

    def named_in(i: int) -> tuple[list[PlaceMention], list[ObjectMention], list[Quantity]]:
        """What sentence ``i`` names by itself: its places, objects and quantities."""
        s, e = spans[i]
        places = gazetteer.find(text, s, e)
        # a navy's shore establishment is a place, not a ship: "P-8I aircraft from INS Rajali"
        return places, [o for o in find_objects(text, taxonomy, s, e) if not _shore_establishment(o, places)], \
            find_quantities(text, s, e)

    named_alone = map_on_cores(named_in, len(spans), gazetteer.places_by_id)
    found_places, objects, quantities = ([found[k] for found in named_alone] for k in range(3))
    objects = people_called_fighters(text, objects)  # "al-Shabaab fighters" … "a fighter taking a selfie"
    ships = ship_names(text, [o for found in objects for o in found])  # "the aircraft carrier Shandong"
    named = [without_ship_names(text, places, ships) for places in found_places]
    # "Halwara Air Force Station": a base no list has, at its town (or the listed one there under another name)
    unlisted_air_bases(text, named, gazetteer.airfield_named_after, gazetteer.airfield_at)
    service_stations(text, spans, named, gazetteer.lookup)  # "RAF Feltwell": a station at the village no list has
    unlisted_villages(text, spans, named)  # "the oil depot in the village of Kryachky": a village no list has
    settle_homonyms(named, text)  # which Eden: the one near the document's other places
    organisations_named_again(text, named)  # "Sky Mali cancels flights" above "The airline Sky Mali said"
    people_named_again(text, named)  # "Lodi urged residents" after "spokesman Arnu Ngutulu Lodi": the person
    airfields_named_like_far_towns(named, gazetteer.airfield_named)  # "the US leaves Manas" near Bishkek: the airport
    airfields_named_alone(text, spans, named, gazetteer.bare_airfield)  # "no fires at Ostafyevo": the airport
    town_airfields_meant(named, text, gazetteer.airfield_named_after)  # "Chelyabinsk airfield" in a report on Shagol
    # "Andersen" after "Andersen Air Force Base"; "Ramstein" after a dateline's "RAMSTEIN AIR BASE, Germany —"
    short_forms(text, spans, named, _dateline_installations(text, spans, gazetteer))
    cued_names_again(text, spans, named)  # "Kapustin Yar was founded …" after "from the Kapustin Yar test site"
    shipyards_in_town(text, named, gazetteer.shipyard_named_after)  # "CSBC's shipyard in Kaohsiung"
    towns_of_the_same_name(text, spans, named, gazetteer.lookup)  # "near the city of the same name"
    possessor_towns(named, gazetteer.lookup)  # "Misrata's air college": Misrata and its airport
    in_places = []  # whether the sentence before each named (or carried) a specific place
    for (s, e), places, found, amounts in zip(spans, named, objects, quantities):
        a = ClaimAnalysis(s, e)
        a.places = places
        carried = memory.refer(text, s, e, a.places)  # "the port", "its berth": an earlier place, inferred
        if carried:
            a.places += carried
            a.reasons.append(f"place carried over from an earlier sentence ({carried[0].place.name})")
        first = bisect.bisect_left(starts, s)  # dates are in order: the sentence's are a run of them
        a.dates = [d for d in dates[first:bisect.bisect_left(starts, e, first)] if d.end <= e]
        a.objects = sorted(with_named_classes(text, found, ships) + ship_name_objects(text, s, e, ships, found),
                           key=lambda o: o.start)
        a.quantities = amounts
        in_places.append(in_place)
        in_place = bool(_specific(a.places)) or \
            in_place and not a.places
        out.append(a)

    def scored(i: int) -> tuple[bool, float, list[str]]:
        a = out[i]
        _score(a, text[a.start:a.end], published, in_places[i])
        return a.checkable, a.score, a.reasons

    for a, (checkable, score, reasons) in zip(out, map_on_cores(scored, len(out))):
        a.checkable, a.score, a.reasons = checkable, score, reasons
    return out
