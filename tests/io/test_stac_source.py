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


def _items(folder, base_url) -> list[pystac.Item]:
    """One STAC item per sample tile, its COG copied to ``folder`` (served at ``base_url``)."""
    items = []
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
        items.append(item)
    return items


def _catalog(folder, base_url):
    catalog = pystac.Catalog(id="provider", description="a provider's archive (test)")
    for item in _items(folder, base_url):
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


def test_a_stac_api_is_searched_page_by_page_and_its_items_open_remotely(tmp_path):
    """pystac-client against a STAC API (item-search, one item per page, ``next`` links followed)."""
    from tests.io.stac_api_server import StacApiServer

    www = tmp_path / "www"
    www.mkdir()
    with RangeServer(www) as imagery:
        items = [i.to_dict() for i in _items(www, f"http://127.0.0.1:{imagery.port}")]
        with StacApiServer(items, page_size=1) as api:
            project = tmp_path / "p.gpkg"
            _ok("new", project)
            imagery.reset_counts()
            out = json.loads(_ok("stac", "add", project, api.base + "/", "--bbox", "132.2,42.8,132.5,43.0",
                                 "--datetime", "2025-05-01/2025-06-30", "--json").stdout)
            assert out["kind"] == "api" and len(out["recorded"]) == 2, out
            assert api.searches >= 2  # the second Dunai item came from the next page
            assert imagery.requests == []  # no pixels, not even a header
            listed = json.loads(_ok("stac", "list", project, "--json").stdout)
            assert sorted(i["stac_id"] for i in listed) == ["dunai_2025-05-18", "dunai_2025-06-03"]
            june = next(i for i in listed if i["stac_id"] == "dunai_2025-06-03")
            assert june["catalog"].startswith(api.base) and june["asset_href"] == imagery.url("dunai_2025-06-03.tif")
            _ok("tiles", "add", project, "dunai_2025-06-03")
            assert any(r[2] for r in imagery.requests)  # range reads of the COG
            assert "verified: OK" in _ok("verify", project).stdout


def test_a_stac_api_that_fails_is_one_line_and_nothing_recorded(tmp_path):
    from tests.io.stac_api_server import StacApiServer

    project = tmp_path / "p.gpkg"
    _ok("new", project)
    broken = [{"type": "Feature", "stac_version": "1.0.0", "id": "x", "bbox": [0, 0, 1, 1]}]  # no properties
    with StacApiServer(broken) as api:
        done = run_cli("stac", "add", project, api.base + "/")
    assert done.returncode == 2 and "Traceback" not in done.stderr and api.base in done.stderr, done.stderr
    assert "lacks its 'properties' field" in done.stderr
    down = run_cli("stac", "add", project, "http://127.0.0.1:9/")
    assert down.returncode == 2 and "Traceback" not in down.stderr and "127.0.0.1:9" in down.stderr
    assert json.loads(_ok("stac", "list", project, "--json").stdout) == []
