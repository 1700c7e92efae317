"""The project aggregate on a real GeoPackage: invariants, derived measures, events, undo/redo, audit."""

from __future__ import annotations

import pytest

from annotate.model import Assessment, InvariantError, NotFoundError, PixelGeometry, Relation
from annotate.model.geometry import GeometryError
from annotate.store import open_project
from annotate.store.audit import verify_chain
from tests.annotate.conftest import REPORT

SHIP = PixelGeometry.obb(1808, 2180, 225, 30, -90)  # the sample landing ship, bow north


def test_annotation_is_measured_and_located(project, dunai_ref):
    project.add_tile(dunai_ref)
    a = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship", type="Ropucha-class", confidence="confirmed")
    assert a.category == "vessel" and a.analyst == "analyst-a"
    assert a.length_m == pytest.approx(112.5, rel=2e-3) and a.width_m == pytest.approx(15.0, rel=2e-3)
    assert a.heading_deg == pytest.approx(358.2, abs=0.3)  # grid north at Dunai is 1.8° west of true north
    ring = a.lonlat["coordinates"][0]
    assert a.lonlat["type"] == "Polygon" and len(ring) == 5 and ring[0] == ring[-1]
    assert all(132.3 < lon < 132.4 and 42.8 < lat < 42.95 for lon, lat in ring)
    hint = project.taxonomy.hints(a.length_m, a.width_m, a.cls)[0]
    assert hint.type.name == "Ropucha-class"
    assert hint.describe(a.length_m, a.width_m) == "112 × 15 m — fits a Ropucha-class landing ship, 112.5 × 15.0 m"


def test_size_hint_checks_the_stated_type_first(project):
    tax = project.taxonomy
    # a hand-drawn 112 × 15.6 m box is nearest an Alligator, but the analyst typed Ropucha: say if it fits
    assert tax.size_hint(112.2, 15.6, "landing ship").startswith("112 × 16 m — fits an Alligator-class")
    assert tax.size_hint(112.2, 15.6, "landing ship", "Ropucha-class").startswith(
        "112 × 16 m — fits a Ropucha-class landing ship")
    assert tax.size_hint(60.0, 10.0, "landing ship", "Ropucha") == \
        "60 × 10 m — does not fit the stated Ropucha-class landing ship (112.5 × 15.0 m)"
    assert tax.size_hint(3.0, 2.0, "tug") == "3 × 2 m"


def test_invariants(project, dunai_ref):
    with pytest.raises(NotFoundError):
        project.add_annotation("0" * 64, SHIP, "landing ship")
    project.add_tile(dunai_ref)
    with pytest.raises(InvariantError, match="unknown class"):
        project.add_annotation(dunai_ref.sha256, SHIP, "yacht")
    with pytest.raises(InvariantError, match="outside the image"):
        project.add_annotation(dunai_ref.sha256, PixelGeometry.box(4000, 4000, 4200, 4100), "tug")
    with pytest.raises(GeometryError):
        PixelGeometry.box(10, 10, 5, 20)
    a = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship")
    with pytest.raises(NotFoundError):
        project.link(a.id, "no-such-claim", "corroborates")
    s = project.add_source(REPORT)
    c = project.add_claim(s.id, 28, 97)
    project.link(a.id, c.id, "corroborates")
    with pytest.raises(InvariantError, match="already"):
        project.link(a.id, c.id, "corroborates")


def test_deleting_an_annotation_deletes_its_links_in_one_audited_transaction(project, dunai_ref):
    project.add_tile(dunai_ref)
    a = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship")
    s = project.add_source(REPORT)
    c = project.add_claim(s.id, 28, 97)
    k = project.link(a.id, c.id, Relation.CORROBORATES)
    assert project.assessment(c.id) == Assessment.CORROBORATED
    project.delete_annotation(a.id)
    assert project.links() == [] and project.assessment(c.id) == Assessment.UNASSESSED
    last = project.log()[-2:]
    assert [(e.action, e.object_type, e.object_id) for e in last] == [("delete", "link", k.id),
                                                                     ("delete", "annotation", a.id)]
    assert last[0].time == last[1].time


def test_claim_quote_and_anchors(project):
    s = project.add_source(REPORT, title="Wire story")
    c = project.add_claim(s.id, 28, 97)
    assert c.quote == REPORT[28:97] and c.quote.startswith("A Ropucha-class")
    assert c.prefix == REPORT[0:28] and c.suffix == REPORT[97:129]
    assert s.sha256 == __import__("hashlib").sha256(REPORT.encode()).hexdigest()
    with pytest.raises(InvariantError):
        project.add_claim(s.id, 50, 5000)


def test_assessment_contested(project, dunai_ref):
    project.add_tile(dunai_ref)
    s = project.add_source(REPORT)
    c = project.add_claim(s.id, 28, 97)
    a1 = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship")
    a2 = project.add_annotation(dunai_ref.sha256, PixelGeometry.point(2000, 2000), "unknown vessel")
    project.link(a1.id, c.id, "corroborates")
    project.link(a2.id, c.id, "contradicts")
    assert project.assessment(c.id) == Assessment.CONTESTED


def test_events_fire_after_commit(project, dunai_ref):
    seen = []
    project.events.changed.connect(lambda t, action, oid: seen.append((t, action, oid)))
    project.add_tile(dunai_ref)
    a = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship")
    project.update_annotation(a.id, cls="warship")
    project.delete_annotation(a.id)
    assert seen == [("tile", "create", dunai_ref.sha256), ("annotation", "create", a.id),
                    ("annotation", "update", a.id), ("annotation", "delete", a.id)]


def test_update_recomputes_measures_and_keeps_created(project, dunai_ref):
    project.add_tile(dunai_ref)
    a = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship")
    b = project.update_annotation(a.id, geometry=PixelGeometry.obb(1808, 2180, 180, 28, -90), note="shorter")
    assert b.length_m == pytest.approx(90, rel=2e-3) and b.created == a.created and b.modified >= a.modified
    assert project.annotation(a.id).note == "shorter"


def test_undo_redo(project, dunai_ref):
    project.add_tile(dunai_ref)
    a = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship")
    s = project.add_source(REPORT)
    c = project.add_claim(s.id, 28, 97)
    project.link(a.id, c.id, "corroborates")
    project.delete_annotation(a.id)
    assert project.undo() == "delete landing ship"
    assert project.annotation(a.id).cls == "landing ship" and len(project.links(annotation_id=a.id)) == 1
    project.undo()  # the link
    assert project.links() == []
    project.redo()
    assert len(project.links()) == 1
    project.update_annotation(a.id, cls="warship")
    project.undo()
    assert project.annotation(a.id).cls == "landing ship"
    assert not verify_chain(project.log())
    actions = [e.action for e in project.log()]
    assert "undo-create" in actions and "redo-create" in actions and "undo-update" in actions


def test_everything_survives_reopen(tmp_path, project, dunai_ref):
    project.add_tile(dunai_ref)
    a = project.add_annotation(dunai_ref.sha256, SHIP, "landing ship", type="Ropucha-class", note="bow ramp down")
    s = project.add_source(REPORT, title="Wire", url="https://example.org/x")
    c = project.add_claim(s.id, 28, 97, checkable=True, extracted={"places": ["Dunai"]})
    k = project.link(a.id, c.id, "corroborates", note="hull length fits")
    project.close()
    with open_project(tmp_path / "case.gpkg", read_only=True) as again:
        b = again.annotation(a.id)
        assert b == a
        from shapely.geometry import shape

        assert shape(b.lonlat).equals_exact(shape(a.lonlat), 1e-12)
        assert again.tile(dunai_ref.sha256) == dunai_ref
        assert again.source(s.id) == s and again.claim(c.id) == c and again.links() == [k]
        assert len(again.log()) == 5 and not verify_chain(again.log())
        with pytest.raises(Exception, match="read-only"):
            again.add_source("x")


def test_pixel_only_tile_keeps_pixel_geometry(project, tmp_path):
    from PIL import Image

    from annotate.tiles import add_tile_file

    png = tmp_path / "screenshot.png"
    Image.new("RGB", (300, 200), (90, 90, 90)).save(png)
    tile = add_tile_file(project, png)
    a = project.add_annotation(tile.sha256, PixelGeometry.box(10, 20, 110, 60), "cargo ship")
    assert a.lonlat is None and a.length_m is None
    assert project.annotation(a.id).geometry.vertices[2] == (110.0, 60.0)
