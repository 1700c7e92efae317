"""A small real project with annotations of every kind, links and claims, on the sample tiles."""

from __future__ import annotations

import pytest

from annotate.claims.importer import import_document
from annotate.model import PixelGeometry
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES


@pytest.fixture
def filled(tmp_path):
    p = create_project(tmp_path / "case.gpkg", analyst="tester")
    dunai = add_tile_file(p, SAMPLES / "dunai_2025-05-18.tif")
    sunan = add_tile_file(p, SAMPLES / "sunan_2025-05-20.tif")
    claims = import_document(p, SAMPLES / "sample_report.md").claims
    ship_claim = next(c for c in claims if c.quote.startswith("A Ropucha"))
    il76_claim = next(c for c in claims if c.quote.startswith("Two Il-76"))
    ship = p.add_annotation(dunai.sha256, PixelGeometry.obb(1808, 2180, 225, 30, -90), "landing ship",
                            type="Ropucha-class", confidence="confirmed", note='bow ramp <script>alert(1)</script>')
    tug = p.add_annotation(dunai.sha256, PixelGeometry.box(1880, 2450, 1900, 2490), "tug")
    buoy = p.add_annotation(dunai.sha256, PixelGeometry.point(2000, 3000), "other", note="buoy")
    il76 = p.add_annotation(sunan.sha256, PixelGeometry.polygon([(2290, 2200), (2390, 2210), (2380, 2290),
                                                                   (2285, 2280)]), "cargo aircraft", type="Il-76")
    p.link(ship.id, ship_claim.id, "corroborates", note="hull 112 m")
    p.link(il76.id, il76_claim.id, "corroborates")
    p.link(tug.id, ship_claim.id, "context")
    yield {"project": p, "tiles": (dunai, sunan), "annotations": (ship, tug, buoy, il76),
           "claims": (ship_claim, il76_claim)}
    p.close()
