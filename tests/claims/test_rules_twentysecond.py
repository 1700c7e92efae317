"""Session 22 (issue 11), each tested on sentences written for it: a second verb phrase after "and" with its own
auxiliary ("left Severodvinsk in late October and is expected to join …") is a clause of its own, so the date
of the past verb is past; ship words after a designator are an aircraft only when an aircraft is called so
("two Il-78 tankers", not "the MEKO A-200 frigates"); the names listed after "believed to be", each with its
article, are ships that the document names again."""

from __future__ import annotations

from datetime import date

import pytest

from annotate.claims.analysis import analyze_document
from annotate.claims.gazetteer import default_gazetteer
from annotate.model.taxonomy import load_taxonomy

_PUBLISHED = date(2026, 11, 20)


def _analyses(text: str):
    return analyze_document(text, _PUBLISHED, default_gazetteer(), load_taxonomy())


def _dates(text: str) -> list[str]:
    return [f"{d.label}|{d.precision}" for a in _analyses(text) for d in a.dates]


@pytest.mark.parametrize("text, expected", [
    ("A fourth, the Generalissimus Suvorov, left Severodvinsk in late October and is expected to join the Pacific "
     "Fleet.", "late October 2026|part-of-month"),
    ("The destroyer docked at Tartus on October 3 and will stay for a week.", "2026-10-03|day"),
    ("The frigate arrived in Havana on October 3 and has been moored at the pier since.", "2026-10-03|day"),
    # controls: the second verb phrase in the present ("are open") keeps the sentence's future; a future clause
    # after "and" is still future
    ("The ships will stay until Friday and are open to the public on Wednesday.", "2026-11-25|day"),
    ("The carrier is expected to arrive in Busan on December 3 and will stay for five days.", "2026-12-03|day"),
])
def test_a_verb_phrase_after_and_has_its_own_tense(text, expected):
    assert expected in _dates(text)


@pytest.mark.parametrize("text, cls, category", [
    ("TKMS also builds the MEKO A-200 frigates for Egypt.", "warship", "vessel"),
    ("Two MEKO A-200 frigates were moored at Alexandria on Monday.", "warship", "vessel"),
    # controls: an aircraft called by a ship's word
    ("Two Il-78 tankers were parked at Engels on Monday.", "unknown aircraft", "aircraft"),
    ("Four Y-20 transports landed at Sunan on Monday.", "cargo aircraft", "aircraft"),
])
def test_ship_words_after_a_designator(text, cls, category):
    (a,) = _analyses(text)
    assert [(o.cls, o.category) for o in a.objects] == [(cls, category)]


def test_ships_listed_after_believed_to_be_are_named_again():
    text = ("Three boats were moored at Gadzhiyevo on 3 November. The boats, believed to be the Yury Dolgoruky, the "
            "Knyaz Vladimir and the Knyaz Oleg, had returned from patrol.\n"
            "On 9 November the Knyaz Oleg left the base.")
    last = _analyses(text)[-1]
    assert [o.text for o in last.objects] == ["Knyaz Oleg"]
    assert last.objects[0].category == "vessel"


@pytest.mark.parametrize("text, name, kind", [
    ("Two Chinese destroyers passed Cape Tappi on Monday.", "Cape Tappi", "cape"),
    ("A Russian submarine surfaced off North Cape on Monday.", "North Cape", "cape"),
    ("The carrier was seen off Cape Hatteras on Monday.", "Cape Hatteras", "cape"),
    ("Ukrainian drones struck a radar near Cape Fiolent on Monday.", "Cape Fiolent", "cape"),
    ("Six MV-22s landed at Robertson Barracks on Monday.", "Robertson Barracks", "airfield"),
    ("A tanker was moored at the Bashayer terminal on Monday.", "Bashayer oil terminal", "port"),
])
def test_capes_and_installations_no_list_had(text, name, kind):
    (a,) = _analyses(text)
    assert (name, kind) in [(p.place.name, p.place.kind) for p in a.places]
