"""Project fixtures: real GeoPackage files on disk, real sample tiles."""

from __future__ import annotations

import shutil

import pytest

from annotate.model import TileRef
from annotate.store import create_project
from imagery import open_tile
from tests.conftest import SAMPLES

REPORT = ("Vladivostok, May 20 (Wire): A Ropucha-class landing ship docked at Dunai port on May 18, "
          "officials said. No vessel left the port in June.")


@pytest.fixture
def project(tmp_path):
    p = create_project(tmp_path / "case.gpkg", analyst="analyst-a")
    yield p
    p.close()


@pytest.fixture
def dunai_ref():
    with open_tile(SAMPLES / "dunai_2025-05-18.tif") as tile:
        return TileRef.from_metadata(tile.metadata)


@pytest.fixture
def tile_copy(tmp_path):
    """A copy of a sample tile that tests may move, modify or delete."""
    dst = tmp_path / "images" / "dunai.tif"
    dst.parent.mkdir()
    shutil.copy(SAMPLES / "dunai_2025-05-18.tif", dst)
    return dst
