"""The evidence report and publication figures, as a reader sees them."""

from __future__ import annotations

import re
import subprocess
import sys

import numpy as np
from PIL import Image

from annotate.report.evidence import write_html, write_markdown
from annotate.report.figure import make_figure
from tests.conftest import ROOT


def test_html_report_is_self_contained_escaped_and_complete(filled, tmp_path):
    p = filled["project"]
    source = p.add_source('Officials said: <script>alert("x")</script> a tanker docked at Nakhodka on June 1.')
    claim = p.add_claim(source.id, 0, len(source.text))
    p.link(filled["annotations"][1].id, claim.id, "contradicts")
    out = tmp_path / "report.html"
    report = write_html(p, out)
    html = out.read_text()
    assert "<script>" not in html and "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert "bow ramp &lt;script&gt;" in html  # annotation notes are escaped too
    assert not re.search(r"(src|href)=['\"](?!data:|https?:)", html)  # nothing outside the file but links
    assert html.count("data:image/png;base64,") == 4  # one chip per linked annotation
    assert report.counts["corroborated"] == 2 and report.counts["contradicted"] == 1
    assert "112.5 × 15.0 m" in html and "Ropucha-class" in html and "MGRS" in html
    assert "verified" in html and filled["tiles"][0].sha256 in html
    assert "Northern Wire" in html and "2025-07-02" in html


def test_report_shows_integrity_problems(filled, tmp_path):
    import shutil

    p = filled["project"]
    moved = tmp_path / "moved.tif"
    dunai = filled["tiles"][0]
    shutil.copy(dunai.path, moved)
    p.relink_tile(dunai.sha256, str(tmp_path / "gone.tif"))
    out = tmp_path / "report.html"
    report = write_html(p, out)
    assert not report.integrity_ok and "image missing" in out.read_text()


def test_markdown_report(filled, tmp_path):
    out = tmp_path / "report.md"
    write_markdown(filled["project"], out)
    text = out.read_text()
    chips = sorted((tmp_path / "report_files").glob("*.png"))
    assert len(chips) == 3 and f"report_files/{chips[0].name}" in text
    assert "## CORROBORATED" in text and "\\<script\\>" not in text and "&lt;script&gt;" in text


def test_figure_has_box_scale_bar_north_arrow_and_caption(filled, tmp_path):
    p = filled["project"]
    ship_claim = filled["claims"][0]
    out = make_figure(p, filled["tiles"][0].sha256, tmp_path / "fig.png", claim_id=ship_claim.id)
    img = np.asarray(Image.open(out).convert("RGB"))
    h, w, _ = img.shape
    assert w == 1600 and h > 1000
    green = (img[..., 1] > 180) & (img[..., 0] < 90) & (img[..., 2] < 120)  # the corroborating outline
    assert green.sum() > 500
    assert (img[-60:, :, :] > 240).all(axis=2).mean() > 0.5  # white caption band at the bottom
    red_arrow = (img[:120, -110:, 0] > 190) & (img[:120, -110:, 1] < 80)
    assert red_arrow.sum() > 50  # north arrow's red half, top right


def test_figure_and_report_cli_errors(filled, tmp_path):
    def cli(*args):
        return subprocess.run([sys.executable, "-m", "annotate.cli", *map(str, args)], capture_output=True, text=True,
                              cwd=ROOT, timeout=300)

    path = filled["project"].path
    out = tmp_path / "r.html"
    assert cli("report", path, "-o", out).returncode == 0
    again = cli("report", path, "-o", out)
    assert again.returncode == 2 and "--force" in again.stderr
    assert cli("report", path, "-o", out, "--force").returncode == 0
    nowhere = cli("report", path, "-o", tmp_path / "missing" / "r.html")
    assert nowhere.returncode == 2 and "does not exist" in nowhere.stderr and len(nowhere.stderr.splitlines()) == 1
    empty_class = cli("export", path, "--format", "coco", "-o", tmp_path / "c.json", "--class", "submarine")
    assert empty_class.returncode == 2 and "matches no annotation" in empty_class.stderr
    assert not (tmp_path / "c.json").exists()
    fig = cli("figure", path, "--tile", filled["tiles"][1].sha256[:12], "-o", tmp_path / "f.png")
    assert fig.returncode == 0 and (tmp_path / "f.png").stat().st_size > 10_000
    bad = tmp_path / "bad.json"
    bad.write_text("{oops")
    imp = cli("import", path, "--format", "coco", "--tile", filled["tiles"][0].sha256[:12], bad)
    assert imp.returncode == 2 and "bad.json" in imp.stderr and "Traceback" not in imp.stderr


def test_a_dense_real_scene_is_outlined_not_buried_under_labels(tmp_path):
    """P0706's 536 labelled boats: coloured outlines and a count per class in the caption, no label plates
    (pure black boxes) over the boats; 20 annotations: numbered marks and a key."""
    from annotate.io.importing import import_annotations
    from annotate.model import PixelGeometry
    from annotate.report.figure import MAX_LABELLED, MAX_NUMBERED, make_figure
    from annotate.store import create_project
    from annotate.tiles import add_tile_file
    from tests.conftest import needs_testdata

    image = needs_testdata("labeled", "dota", "P0706.png")
    with create_project(tmp_path / "h.gpkg") as p:
        tile = add_tile_file(p, image)
        import_annotations(p, tile.sha256, "dota", image.with_suffix(".txt"))
        assert len(p.annotations()) > MAX_NUMBERED
        out = make_figure(p, tile.sha256, tmp_path / "dense.png")
        few = tmp_path / "few.gpkg"
    pixels = np.asarray(Image.open(out).convert("RGB"))
    scene = pixels[: pixels.shape[0] - 200]  # above the caption
    black = np.all(scene == 0, axis=2).mean()
    assert black < 0.001, f"{black:.2%} of the scene is label plates"
    with create_project(few) as p:
        tile = add_tile_file(p, image)
        rows = [{"geometry": PixelGeometry.box(40 + 50 * i, 400, 70 + 50 * i, 440), "cls": "tug"} for i in range(20)]
        p.add_annotations(p.new_annotations(tile.sha256, rows))
        assert MAX_LABELLED < 20 <= MAX_NUMBERED
        numbered = np.asarray(Image.open(make_figure(p, tile.sha256, tmp_path / "few.png")).convert("RGB"))
    discs = np.all(numbered[:-200] == 0, axis=2).sum()
    assert 20 * 50 < discs < 20 * 2000  # twenty small dark number discs, not twenty label plates
