"""Places decided by the document as a whole (added after the sixth held-out scoring, issue 11): a shared
name takes the place near the document's other places, one sense per document, an installation's short form,
ship names that are no places; and the gazetteer's new sources. Each on sentences written for it."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.model.taxonomy import load_taxonomy


def _places(text: str) -> list[list[tuple[str, str | None]]]:
    analyses = analyze_document(text, date(2025, 6, 4), default_gazetteer(), load_taxonomy())
    return [[(p.place.name, p.place.country) for p in a.places if not p.inferred] for a in analyses]


def _objects(text: str) -> list[list[str]]:
    analyses = analyze_document(text, date(2025, 6, 4), default_gazetteer(), load_taxonomy())
    return [sorted({o.cls for o in a.objects}) for a in analyses]


def test_a_shared_name_takes_the_place_near_the_other_places():
    text = "Three warships held drills about 340 nautical miles off Eden on Friday. Flights to Sydney were diverted."
    assert _places(text)[0] == [("Eden", "AU")]  # not Eden, North Carolina
    assert _places("Strikes hit Ukraine overnight. The port of Odessa burned on Monday.")[1] == [("Odesa", "UA")]


def test_a_far_smaller_namesake_nearer_the_rest_does_not_win_over_a_near_town():
    text = "Drones hit the Tuapse refinery in Krasnodar Krai. Russian forces advanced near Pokrovsk."
    assert _places(text)[1] == [("Pokrovsk", "UA")]  # the Ukrainian town, not the village in Yakutia


def test_without_other_places_the_first_reading_stays():
    assert _places("A frigate docked at Eden on Monday.")[0] == [("Eden", "US")]


def test_a_name_read_as_an_installation_keeps_that_sense():
    text = ("Drones hit four air bases, including Olenya near Murmansk and Belaya near Irkutsk. "
            "Images of Belaya captured on Monday show bombers.")
    assert _places(text)[1] == [("Belaya Air Base", "RU")]  # not the village of Belaya in Ukraine


def test_an_installation_named_in_full_is_meant_by_its_short_form():
    text = "Bombers landed at Andersen Air Force Base in March. More B-52 bombers rotated through Andersen in May."
    assert _places(text)[1] == [("Andersen Afb Airport", "GU")]


def test_a_short_form_cued_as_an_airfield_is_not_the_naval_base_of_that_name():
    text = ("Four frigates were moored at the Cam Ranh naval base on Monday. "
            "Six fighters were seen at the airbase at Cam Ranh the same day. Tugs worked at Cam Ranh.")
    names = [[n for n, _ in s] for s in _places(text)]
    assert names[0] == ["Cam Ranh naval base"]
    assert names[1] == ["Cam Ranh Airport"]  # the air cue chose the airfield; the base does not take it over
    assert names[2] == ["Cam Ranh naval base"]  # the bare town name, after the full name: the base


def test_a_ship_named_before_is_no_place_and_is_its_ship_again():
    text = ("The aircraft carrier USS Harry S. Truman is in the Red Sea. "
            "A Super Hornet fell overboard from Truman's hangar bay on April 28.")
    assert _places(text)[1] == []  # not Truman, Minnesota
    assert _objects(text)[1] == ["fighter", "warship"]
    text2 = "The aircraft carrier Shandong operated east of Taiwan. On Monday, the Shandong group sailed from Sanya."
    assert _objects(text2)[1] == ["warship"]


def test_a_ship_name_written_as_a_place_stays_a_place():
    text = "The submarine Kazan left Havana on Monday. Officials later met in Kazan to discuss the visit."
    assert ("Kazan", "RU") in _places(text)[1]


@pytest.mark.parametrize("name, expected, kind", [
    ("Rhodes", "Rhodes", "island"), ("Crete", "Crete", "island"), ("Lesvos", "Lesbos", "island"),
    ("Rügen", "Rügen", "island"), ("Ouessant", "Ushant", "island"), ("Cape Arkona", "Kap Arkona", "cape"),
    ("Jiangnan yard", "Jiangnan shipyard", "shipyard"), ("Florida", "Florida", "region"), ("Goa", "Goa", "region"),
    ("Johor", "Johor", "region"), ("Chittagong", "Chattogram", "city"), ("Bombay", "Mumbai", "city"),
    ("Basra", "Basrah", "city"),  # a big city's other spelling wins over a village's own name
    ("Andersen Air Force Base", "Andersen Afb Airport", "airfield"),
    ("Naval Air Station Fallon", "Fallon Nas (Van Voorhis Field) Airport", "airfield"),
])
def test_gazetteer_sources(name, expected, kind):
    place = default_gazetteer().lookup(name)
    assert place is not None and (place.name, place.kind) == (expected, kind)


def test_a_one_word_state_gives_way_to_a_city_but_not_to_a_country():
    g = default_gazetteer()
    assert g.lookup("Georgia").kind == "country"  # the country keeps its name from the US state
    assert g.lookup("Puerto Rico").kind == "country"  # … and from a subdivision of the same name
    assert g.lookup("Texas").kind == "region"
    assert g.lookup("Central") is None or g.lookup("Central").kind != "region"  # an English word is no state
