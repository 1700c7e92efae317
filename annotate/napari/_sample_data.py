"""npe2 sample data: the synthetic sample tiles, as lazy multiscale layers in metres."""

from __future__ import annotations

from imagery import open_tile

from ._launch import default_sample_tiles
from ._layers import tile_layer_data

__all__ = ["dunai_2025_05_18", "dunai_2025_06_03", "sunan_2025_05_20", "sunan_2025_06_11"]


def _sample(key: str):
    path = next(p for p in default_sample_tiles() if p.stem == key)
    return [tile_layer_data(open_tile(path, compute_hash=False))]


def dunai_2025_05_18():
    return _sample("dunai_2025-05-18")


def dunai_2025_06_03():
    return _sample("dunai_2025-06-03")


def sunan_2025_05_20():
    return _sample("sunan_2025-05-20")


def sunan_2025_06_11():
    return _sample("sunan_2025-06-11")
