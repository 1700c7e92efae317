"""How far two analysts agree on one tile: their annotations matched one to one, and the figures an annotation
team reads (precision, recall, F1 of B against A, and Cohen's kappa on the classes of the matched pairs).

Matching is by overlap in the tile's pixels: intersection over union of the outlines (boxes, oriented boxes
and polygons as drawn; a point as a disc of :data:`POINT_RADIUS_PX`), candidates found with an STR-tree, and
the pairs chosen by the Hungarian method (``scipy.optimize.linear_sum_assignment``) to maximise the total IoU;
a pair below the threshold is not a match.

>>> from annotate.model.annotation import Annotation
>>> from annotate.model.geometry import PixelGeometry
>>> def ann(i, who, cls, x): return Annotation(str(i), "t", PixelGeometry.box(x, 0, x + 10, 10), "vessel", cls,
...                                             analyst=who)
>>> r = compare_analysts([ann(1, "a", "tug", 0), ann(2, "a", "tug", 50), ann(3, "b", "tug", 1),
...                       ann(4, "b", "cargo ship", 51), ann(5, "b", "tug", 200)], "a", "b")
>>> (len(r.matches), round(r.precision, 3), r.recall, r.class_agreement, [d.b_class for d in r.disagreements])
(2, 0.667, 1.0, 0.5, ['cargo ship'])
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Sequence

import numpy as np

from .annotation import Annotation

__all__ = ["Match", "Agreement", "compare_analysts", "POINT_RADIUS_PX"]

POINT_RADIUS_PX = 5.0


@dataclass(frozen=True)
class Match:
    a_id: str
    b_id: str
    iou: float
    a_class: str
    b_class: str


@dataclass
class Agreement:
    analyst_a: str
    analyst_b: str
    count_a: int
    count_b: int
    matches: list[Match] = field(default_factory=list)
    only_a: list[tuple[str, str]] = field(default_factory=list)  # (id, class) with no partner
    only_b: list[tuple[str, str]] = field(default_factory=list)
    kappa: float | None = None

    @property
    def precision(self) -> float:
        return len(self.matches) / self.count_b if self.count_b else 0.0

    @property
    def recall(self) -> float:
        return len(self.matches) / self.count_a if self.count_a else 0.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    @property
    def class_agreement(self) -> float:
        return sum(m.a_class == m.b_class for m in self.matches) / len(self.matches) if self.matches else 0.0

    @property
    def disagreements(self) -> list[Match]:
        return [m for m in self.matches if m.a_class != m.b_class]

    def to_dict(self) -> dict:
        d = asdict(self)
        d.update(precision=self.precision, recall=self.recall, f1=self.f1, class_agreement=self.class_agreement,
                 disagreements=[asdict(m) for m in self.disagreements])
        return d


def _shape(a: Annotation):
    from shapely.geometry import Point, Polygon

    if a.geometry.kind == "point":
        return Point(a.geometry.vertices[0]).buffer(POINT_RADIUS_PX)
    return Polygon(a.geometry.vertices)


def compare_analysts(annotations: Sequence[Annotation], analyst_a: str, analyst_b: str, *,
                     iou_threshold: float = 0.5) -> Agreement:
    """Match ``analyst_a``'s annotations (the reference) with ``analyst_b``'s, all on one tile."""
    import shapely
    from scipy.optimize import linear_sum_assignment

    a_items = [x for x in annotations if x.analyst == analyst_a]
    b_items = [x for x in annotations if x.analyst == analyst_b]
    result = Agreement(analyst_a, analyst_b, len(a_items), len(b_items))
    a_shapes = np.array([_shape(x) for x in a_items], dtype=object)
    b_shapes = np.array([_shape(x) for x in b_items], dtype=object)
    iou = np.zeros((len(a_items), len(b_items)))
    if len(a_items) and len(b_items):
        ia, ib = shapely.STRtree(b_shapes).query(a_shapes, predicate="intersects")
        inter = shapely.area(shapely.intersection(a_shapes[ia], b_shapes[ib]))
        union = shapely.area(a_shapes[ia]) + shapely.area(b_shapes[ib]) - inter
        iou[ia, ib] = np.where(union > 0, inter / np.where(union > 0, union, 1), 0.0)
        rows, cols = linear_sum_assignment(-iou)
        for r, c in zip(rows, cols):
            if iou[r, c] >= iou_threshold:
                result.matches.append(Match(a_items[r].id, b_items[c].id, float(iou[r, c]), a_items[r].cls,
                                            b_items[c].cls))
    matched_a = {m.a_id for m in result.matches}
    matched_b = {m.b_id for m in result.matches}
    result.only_a = [(x.id, x.cls) for x in a_items if x.id not in matched_a]
    result.only_b = [(x.id, x.cls) for x in b_items if x.id not in matched_b]
    result.kappa = cohen_kappa([m.a_class for m in result.matches], [m.b_class for m in result.matches])
    return result


def cohen_kappa(labels_a: Sequence[str], labels_b: Sequence[str]) -> float | None:
    """Cohen's kappa of two raters' labels of the same items; ``None`` when chance agreement is total.

    >>> cohen_kappa(["tug", "tug", "ship", "ship"], ["tug", "ship", "ship", "ship"])
    0.5
    """
    n = len(labels_a)
    if n == 0:
        return None
    classes = sorted(set(labels_a) | set(labels_b))
    observed = sum(x == y for x, y in zip(labels_a, labels_b)) / n
    expected = sum((list(labels_a).count(c) / n) * (list(labels_b).count(c) / n) for c in classes)
    if expected >= 1.0:
        return None
    return (observed - expected) / (1 - expected)
