"""STAC as a tile source (issue 13 item 7): a static catalog built with pystac over COGs on a real HTTP server
(127.0.0.1, byte ranges), recorded without pixels, found by claims, opened remotely as a tile."""

from __future__ import annotations

import json
import shutil

import pystac
import pytest

from imagery import open_tile
from tests.conftest import SAMPLES, run_cli
from tests.imagery.range_server import RangeServer

TILES = ["dunai_2025-05-18.tif", "dunai_2025-06-03.tif", "sunan_2025-05-20.tif"]


def _catalog(folder, base_url):
    catalog = pystac.Catalog(id="provider", description="a provider's archive (test)")
    for name in TILES:
        shutil.copy(SAMPLES / name, folder / name)
        with open_tile(SAMPLES / name, compute_hash=False) as t:
            m = t.metadata
        ring = [list(p) for p in m.footprint_lonlat]
        xs, ys = [p[0] for p in ring], [p[1] for p in ring]
        item = pystac.Item(id=name[:-4], geometry={"type": "Polygon", "coordinates": [ring]},
                           bbox=[min(xs), min(ys), max(xs), max(ys)], datetime=m.acquired,
                           properties={"gsd": m.gsd_m, "platform": "synthetic-1"})
        item.add_asset("visual", pystac.Asset(href=f"{base_url}/{name}", media_type=pystac.MediaType.COG,
                                              roles=["visual"]))
        item.add_asset("thumbnail", pystac.Asset(href=f"{base_url}/{name}.png", media_type="image/png",
                                                 roles=["thumbnail"]))
        catalog.add_item(item)
    catalog.normalize_hrefs(f"{base_url}/stac")
    catalog.save(catalog_type=pystac.CatalogType.ABSOLUTE_PUBLISHED, dest_href=str(folder / "stac"))
    return f"{base_url}/stac/catalog.json"


@pytest.fixture
def served_catalog(tmp_path):
    www = tmp_path / "www"
    www.mkdir()
    with RangeServer(www) as server:
        yield server, _catalog(www, f"http://127.0.0.1:{server.port}")


def _ok(*args):
    done = run_cli(*args)
    assert done.returncode == 0 and "Traceback" not in done.stderr, done.stderr
    return done


def test_items_are_recorded_without_pixels_found_by_claims_and_opened_remotely(served_catalog, tmp_path):
    server, url = served_catalog
    project = tmp_path / "p.gpkg"
    _ok("new", project)
    server.reset_counts()
    out = json.loads(_ok("stac", "add", project, url, "--bbox", "132.2,42.8,132.5,43.0",
                         "--datetime", "2025-05-01/2025-06-30", "--json").stdout)
    assert len(out["recorded"]) == 2 and out["kind"] == "catalog"  # the two Dunai dates; Sunan is elsewhere
    assert not any(p.endswith(".tif") for _m, p, _r in server.requests)  # no pixels read
    items = json.loads(_ok("stac", "list", project, "--json").stdout)
    assert sorted(i["stac_id"] for i in items) == ["dunai_2025-05-18", "dunai_2025-06-03"]
    may = next(i for i in items if i["stac_id"] == "dunai_2025-05-18")
    assert may["gsd_m"] == pytest.approx(0.5, abs=0.01) and may["platform"] == "synthetic-1"
    assert may["asset_href"].endswith("/dunai_2025-05-18.tif") and may["acquired"].startswith("2025-05-18")
    again = _ok("stac", "add", project, url)
    assert "recorded 1 item(s)" in again.stdout and "2 already recorded" in again.stdout  # Sunan only
    # a claim about Dunai on 18 May finds the catalog item of that day first
    _ok("sources", "add", project, SAMPLES / "sample_report.md", "--published", "2025-06-20")
    claims = json.loads(_ok("claims", project, "--json").stdout)
    dunai = next(c for c in claims if "Dunai" in c["quote"] and "May 18" in c["quote"])
    best = dunai["candidate_tiles"][0]
    assert best["kind"] == "catalog item" and "dunai_2025-05-18" in best["tile"] and best["days_outside_window"] == 0
    # opening the candidate: its COG read remotely, recorded as a tile with the server's identity
    _ok("tiles", "add", project, "dunai_2025-05-18")
    from annotate.store import open_project

    with open_project(project, read_only=True) as p:
        (tile,) = p.tiles()
        assert tile.path == may["asset_href"] and tile.remote["etag"] and tile.footprint
    assert "verified: OK" in _ok("verify", project).stdout


def test_what_is_not_a_catalog_or_a_bad_filter_is_one_line(served_catalog, tmp_path):
    server, url = served_catalog
    project = tmp_path / "p.gpkg"
    _ok("new", project)
    for args, words in ((["stac", "add", project, server.url("dunai_2025-05-18.tif")], "not a readable STAC"),
                        (["stac", "add", project, server.url("nothing.json")], "not a readable STAC"),
                        (["stac", "add", project, url, "--bbox", "1,2,3"], "W,S,E,N"),
                        (["stac", "add", project, url, "--datetime", "last week"], "ISO date")):
        done = run_cli(*args)
        assert done.returncode != 0 and "Traceback" not in done.stderr and words in done.stderr, done.stderr
    assert json.loads(_ok("stac", "list", project, "--json").stdout) == []
