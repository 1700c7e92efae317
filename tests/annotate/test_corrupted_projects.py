"""Hypothesis corrupts one cell of a real project at random (any table, any column, any kind of value, as a
SQLite tool would); no command may then reach the crash guard (exit 70): each works, reports the problem
(verify: exit 1), or stops with one line (exit 2)."""

from __future__ import annotations

import os
import shutil
import sqlite3

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.cli import main
from annotate.model import PixelGeometry
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.annotate.conftest import REPORT
from tests.conftest import SAMPLES

COLUMNS = {
    "tiles": ["sha256", "path", "site", "acquired", "crs", "width", "height", "gsd_m", "georeferenced", "georef_json"],
    "annotations": ["geom", "id", "tile_sha256", "kind", "pixel_geometry", "category", "class", "type", "confidence",
                    "length_m", "heading_deg", "note", "created", "modified", "absent"],
    "sources": ["id", "sha256", "url", "published", "imported", "text", "media_type"],
    "claims": ["id", "source_id", "start_offset", "end_offset", "quote", "checkable", "extracted", "created"],
    "links": ["id", "annotation_id", "claim_id", "relation", "created"],
    "audit_log": ["time", "action", "object_type", "object_id", "before", "after", "hash"],
    "seals": ["seq", "head_hash", "public_key", "signature"],
    "annotate_meta": ["value"],
}

values = st.one_of(
    st.none(), st.integers(min_value=-2**63, max_value=2**63 - 1), st.floats(allow_nan=False),
    st.text(max_size=40), st.binary(max_size=40),
    st.sampled_from(["{", "[1,2", "[]", "{}", "null", "[NaN, 1]", '{"transform": [0,0,0,0,0,0]}',
                     '{"transform": null, "gcps": [[0,0,1,1]]}', "2025-13-45T99:00:00Z", "point", "polygon",
                     "confirmed", "corroborates", "\x1b[2J", "<script>x</script>", "9" * 400]))


@pytest.fixture(scope="module")
def template(tmp_path_factory):
    os.environ.setdefault("XDG_CONFIG_HOME", str(tmp_path_factory.mktemp("config")))
    path = tmp_path_factory.mktemp("template") / "case.gpkg"
    with create_project(path, analyst="a") as project:
        tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
        source = project.add_source(REPORT, title="wire", url="https://example.org/a")
        claim = project.add_claim(source.id, 0, 60)
        a = project.add_annotation(tile.sha256, PixelGeometry.box(1800, 2150, 1830, 2260), "landing ship")
        project.add_annotation(tile.sha256, PixelGeometry.polygon([(10, 10), (60, 12), (40, 50)]), "tug")
        project.add_annotation(tile.sha256, PixelGeometry.point(300, 300), "tug")
        project.link(a.id, claim.id, "corroborates")
        project.store.seal("a")
    return path


@settings(max_examples=int(os.environ.get("CORRUPTION_EXAMPLES", 40)), deadline=None,  # 400 were run by hand
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@given(data=st.data())
def test_no_corruption_of_one_cell_reaches_the_crash_guard(template, tmp_path, data, capsys):
    table = data.draw(st.sampled_from(sorted(COLUMNS)))
    column = data.draw(st.sampled_from(COLUMNS[table]))
    value = data.draw(values)
    path = tmp_path / "case.gpkg"
    shutil.copy(template, path)
    con = sqlite3.connect(path)
    for trigger in ("audit_log_append_only_update", "seals_append_only_update"):
        con.execute(f"DROP TRIGGER IF EXISTS {trigger}")
    try:
        con.execute(f"UPDATE {table} SET {column} = ? WHERE rowid = (SELECT min(rowid) FROM {table})", (value,))
        con.commit()
    except sqlite3.Error:
        con.rollback()  # a constraint refused it: the file is still as the template
    con.close()
    for args in (["verify", str(path)], ["list", str(path), "--json"], ["claims", str(path), "--json"],
                 ["log", str(path)],
                 ["export", str(path), "--format", "geojson", "-o", str(tmp_path / "out.geojson"), "--force"],
                 ["report", str(path), "-o", str(tmp_path / "r.html"), "--force"]):
        code = main(args)
        err = capsys.readouterr().err
        assert code in (0, 1, 2), (table, column, value, args, code, err)
        assert "internal error" not in err and "Traceback" not in err, (table, column, value, args, err)
