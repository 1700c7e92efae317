"""The class taxonomy, as data: categories, classes and reference dimensions of known types.

The defaults ship in ``taxonomy.toml`` beside this module. A user file
(``$XDG_CONFIG_HOME/annotate/taxonomy.toml``) and a project file
(``<project>.taxonomy.toml``) extend them: their classes are added and their
types replace ours of the same name.
"""

from __future__ import annotations

import os
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

__all__ = ["Taxonomy", "TypeReference", "DimensionHint", "load_taxonomy", "TaxonomyError"]

_DEFAULT = Path(__file__).with_name("taxonomy.toml")


class TaxonomyError(ValueError):
    """A taxonomy file is malformed, or a class is not in the taxonomy."""


@dataclass(frozen=True)
class TypeReference:
    """A known type (ship class, aircraft model) with its reference dimensions in metres."""

    name: str
    cls: str
    length_m: float | None
    width_m: float | None
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class DimensionHint:
    """How well a measured size fits a reference type."""

    type: TypeReference
    error: float  # relative error of length and width combined (0 = exact)

    def describe(self, length_m: float, width_m: float) -> str:
        """``112 × 15 m — fits a Ropucha-class landing ship, 112.5 × 15.0 m`` in plain English: ``an Il-76``,
        and no class repeated when the type's name already ends with it (``a harbour tug``)."""
        t = self.type
        return (f"{length_m:.0f} × {width_m:.0f} m — fits {type_phrase(t.name, t.cls)}, "
                f"{t.length_m:.1f} × {t.width_m:.1f} m")


def type_phrase(name: str, cls: str) -> str:
    """A type named in a sentence, with its article and its class unless the name already says it.

    >>> type_phrase("Ropucha-class", "landing ship"), type_phrase("harbour tug", "tug"), type_phrase("Il-76", "cargo aircraft")
    ('a Ropucha-class landing ship', 'a harbour tug', 'an Il-76 cargo aircraft')
    """
    words = type_words(name, cls)
    article = "an" if words[:1].lower() in "aeio" else "a"
    return f"{article} {words}"


def type_words(name: str, cls: str) -> str:
    """``Ropucha-class landing ship``, ``harbour tug`` (not ``harbour tug tug``)."""
    return name if name.lower().endswith(cls.lower()) else f"{name} {cls}"


@dataclass(frozen=True)
class Taxonomy:
    """Categories → classes, and known types."""

    categories: dict[str, tuple[str, ...]]
    types: tuple[TypeReference, ...]

    @property
    def classes(self) -> tuple[str, ...]:
        return tuple(c for classes in self.categories.values() for c in classes)

    def category_of(self, cls: str) -> str:
        for category, classes in self.categories.items():
            if cls in classes:
                return category
        raise TaxonomyError(f"unknown class {cls!r}; known classes: {', '.join(self.classes)}")

    def find_type(self, name: str) -> TypeReference | None:
        key = name.strip().lower()
        for t in self.types:
            if key == t.name.lower() or key in (a.lower() for a in t.aliases):
                return t
        return None

    def hints(self, length_m: float, width_m: float, cls: str | None = None,
              tolerance: float = 0.15) -> list[DimensionHint]:
        """Reference types whose length and width are within ``tolerance`` (relative) of the measurement, best first."""
        out = []
        for t in self.types:
            if cls and t.cls != cls or not t.length_m or not t.width_m:
                continue
            el = abs(length_m - t.length_m) / t.length_m
            ew = abs(width_m - t.width_m) / t.width_m
            if el <= tolerance and ew <= tolerance * 2:
                out.append(DimensionHint(t, (el**2 + ew**2) ** 0.5))
        return sorted(out, key=lambda h: h.error)


    def size_hint(self, length_m: float, width_m: float, cls: str | None = None,
                  type_name: str | None = None) -> str:
        """One line for the analyst: the measured size and the reference type it fits.

        A stated type (the annotation's type designation) is checked first, so a 112 × 16 m box typed
        "Ropucha-class" says whether it fits a Ropucha rather than naming the nearest other class.
        """
        size = f"{length_m:.0f} × {width_m:.0f} m"
        stated = self.find_type(type_name) if type_name else None
        if stated is not None and stated.length_m and stated.width_m:
            fits = [h for h in self.hints(length_m, width_m) if h.type == stated]
            if fits:
                return fits[0].describe(length_m, width_m)
            return (f"{size} — does not fit the stated {type_words(stated.name, stated.cls)} "
                    f"({stated.length_m:.1f} × {stated.width_m:.1f} m)")
        hints = self.hints(length_m, width_m, cls) or self.hints(length_m, width_m)
        return hints[0].describe(length_m, width_m) if hints else size


def _parse(data: dict, source: str) -> tuple[dict[str, list[str]], list[TypeReference]]:
    categories: dict[str, list[str]] = {}
    for name, body in (data.get("categories") or {}).items():
        classes = body.get("classes") if isinstance(body, dict) else None
        if not isinstance(classes, list) or not all(isinstance(c, str) for c in classes):
            raise TaxonomyError(f"{source}: [categories.{name}] needs a list of class names")
        categories[name] = classes
    types = []
    for i, t in enumerate(data.get("types") or []):
        if not isinstance(t, dict) or not isinstance(t.get("name"), str) or not isinstance(t.get("class"), str):
            raise TaxonomyError(f"{source}: [[types]] entry {i + 1} needs a name and a class")
        types.append(TypeReference(t["name"], t["class"], t.get("length_m"), t.get("width_m"),
                                   tuple(t.get("aliases") or ())))
    return categories, types


def _read(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise TaxonomyError(f"{path}: cannot read taxonomy: {exc}") from None


def user_taxonomy_path() -> Path:
    base = os.environ.get("XDG_CONFIG_HOME") or os.path.join(os.path.expanduser("~"), ".config")
    return Path(base) / "annotate" / "taxonomy.toml"


@lru_cache(maxsize=16)
def _load(extra: tuple[str, ...]) -> Taxonomy:
    categories, types = _parse(_read(_DEFAULT), str(_DEFAULT))
    by_name = {t.name: t for t in types}
    for file in extra:
        path = Path(file)
        if not path.is_file():
            continue
        more_categories, more_types = _parse(_read(path), str(path))
        for name, classes in more_categories.items():
            merged = categories.setdefault(name, [])
            merged.extend(c for c in classes if c not in merged)
        by_name.update({t.name: t for t in more_types})
    taxonomy = Taxonomy({k: tuple(v) for k, v in categories.items()}, tuple(by_name.values()))
    for t in taxonomy.types:
        taxonomy.category_of(t.cls)  # every type's class must exist
    return taxonomy


def load_taxonomy(project_path: str | os.PathLike | None = None) -> Taxonomy:
    """Defaults, extended by the user's file and the project's file when present."""
    extra = [str(user_taxonomy_path())]
    if project_path is not None:
        p = Path(project_path)
        extra.append(str(p.with_name(p.stem + ".taxonomy.toml")))
    return _load(tuple(extra))
