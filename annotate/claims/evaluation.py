"""Precision and recall of claim analysis against hand-annotated reports.

A fixture is ``NAME.txt`` (the report; a leading ``date YYYY-MM-DD`` line gives
the publication date) and ``NAME.expected.json``: for every sentence, a
substring that finds it (``s``) and the expected ``places`` (gazetteer names),
``dates`` (``"label|precision"``), ``objects`` (taxonomy classes) and
``checkable``, and once per document the ``coordinates`` of every labelled
place (``[lat, lon]``: a country's is its entry's point; ``null`` for a region
known only by name). Items are compared as sets per sentence and pooled over
all fixtures.

A place found under a label's name counts as right only within
:data:`SAME_PLACE_KM` of the labelled coordinates: farther away it is another
place of that name (Alexandria, Virginia for Alexandria, Egypt) and counts as
wrong.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from annotate.model.taxonomy import load_taxonomy

from .analysis import analyze_document
from .documents import load_document
from .gazetteer import Place
from .gazetteer_build import default_gazetteer
from .place_model import km_to_nearest

__all__ = ["SAME_PLACE_KM", "Score", "evaluate"]

SAME_PLACE_KM = 50.0


@dataclass
class Score:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    misses: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    def add(self, expected: set, got: set, where: str) -> None:
        self.tp += len(expected & got)
        self.fp += len(got - expected)
        self.fn += len(expected - got)
        for item in sorted(got - expected):
            self.misses.append(f"{where}: unexpected {item}")
        for item in sorted(expected - got):
            self.misses.append(f"{where}: missed {item}")


def evaluate(folder: str | Path) -> dict[str, Score]:
    """Scores for ``places``, ``dates``, ``date_precision``, ``objects`` and ``checkable`` over a fixture folder."""
    gazetteer, taxonomy = default_gazetteer(), load_taxonomy()
    scores = {k: Score() for k in ("places", "dates", "date_precision", "objects", "checkable")}
    for txt in sorted(Path(folder).glob("*.txt")):
        expected = json.loads(txt.with_name(txt.stem + ".expected.json").read_text(encoding="utf-8"))
        unplaced = {p for exp in expected["sentences"] for p in exp["places"]} - set(expected.get("coordinates", {}))
        if unplaced:
            raise ValueError(f"{txt.stem}.expected.json: no coordinates for {', '.join(sorted(unplaced))}")
        doc = load_document(txt)
        analyses = analyze_document(doc.text, doc.published, gazetteer, taxonomy)
        for exp in expected["sentences"]:
            hits = [a for a in analyses if exp["s"] in doc.text[a.start:a.end]]
            where = f"{txt.stem}: {exp['s']!r}"
            if len(hits) != 1:
                for key in ("places", "dates", "objects"):
                    scores[key].add(set(exp[key]), set(), where + " (sentence not found)")
                continue
            a = hits[0]
            found = {_place_key(p.place, expected["coordinates"]) for p in a.places}
            scores["places"].add(set(exp["places"]), found, where)
            scores["dates"].add(set(exp["dates"]), {f"{d.label}|{d.precision}" for d in a.dates}, where)
            scores["date_precision"].add({d.split("|")[1] for d in exp["dates"]}, {d.precision for d in a.dates}, where)
            scores["objects"].add(set(exp["objects"]), {o.cls for o in a.objects}, where)
            scores["checkable"].add({True} if exp["checkable"] else set(), {True} if a.checkable else set(), where)
    return scores


def _place_key(place: Place, coordinates: dict[str, list[float] | None]) -> str:
    """``place``'s name when it is the labelled place of that name, else its name with where it lies."""
    point = coordinates.get(place.name)
    if point is None or place.lat is None or place.lon is None:
        return place.name
    km = km_to_nearest(place, [(point[0], point[1])])
    if km <= SAME_PLACE_KM:
        return place.name
    return f"{place.name} at {place.lat:.2f},{place.lon:.2f} ({km:,.0f} km from the labelled one)"

