"""Precision and recall of claim analysis on our annotated fixture reports (tests/claims/fixtures).

Usage: ``python benchmarks/claims_eval.py [FOLDER] [--misses]``
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from annotate.claims.evaluation import evaluate  # noqa: E402

DEFAULT = Path(__file__).resolve().parents[1] / "tests" / "claims" / "fixtures"


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    folder = Path(args[0]) if args else DEFAULT
    scores = evaluate(folder)
    n = len(list(folder.glob("*.txt")))
    print(f"{n} annotated reports in {folder}")
    print(f"{'item':<16}{'precision':>10}{'recall':>8}{'tp':>5}{'fp':>4}{'fn':>4}")
    for key, s in scores.items():
        print(f"{key:<16}{s.precision:>10.3f}{s.recall:>8.3f}{s.tp:>5}{s.fp:>4}{s.fn:>4}")
    if "--misses" in sys.argv:
        for key, s in scores.items():
            for m in s.misses:
                print(f"  [{key}] {m}")


if __name__ == "__main__":
    main()
