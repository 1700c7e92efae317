"""Importing documents into a project: formats, encodings, metadata, bad input, the sample report, re-anchoring."""

from __future__ import annotations

import json
import subprocess
import sys
import time
from datetime import date

import pytest

from annotate.claims.documents import DocumentError, load_document
from annotate.claims.importer import import_document, revise_document
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.conftest import ROOT, SAMPLES

WIRE = "NAKHODKA, June 3 (Test Wire): A tanker docked at Nakhodka on June 1. It left two days later.\n"


@pytest.fixture
def project(tmp_path):
    p = create_project(tmp_path / "claims.gpkg", analyst="tester")
    yield p
    p.close()


def minimal_pdf(text: str) -> bytes:
    """A one-page PDF with a real text layer (Helvetica), offsets computed."""
    stream = f"BT /F1 11 Tf 72 720 Td ({text}) Tj ET".encode()
    objects = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
               b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
               b"/Contents 4 0 R >>",
               b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
               b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"]
    out = b"%PDF-1.4\n"
    offsets = []
    for i, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


def test_plain_text_with_dateline(tmp_path):
    path = tmp_path / "wire.txt"
    path.write_text("date 2025-06-03\n" + WIRE, encoding="utf-8")
    doc = load_document(path)
    assert doc.published == date(2025, 6, 3) and doc.publisher == "Test Wire" and doc.encoding == "utf-8"


def test_html_reduced_to_text_with_meta(tmp_path):
    html = ('<!doctype html><html><head><title>Ignored</title><meta property="og:title" content="Port activity">'
            '<meta property="article:published_time" content="2025-06-03T08:00:00Z">'
            '<meta property="og:site_name" content="Example News"><link rel="canonical" href="https://example.org/a">'
            '<script>var x = "A tanker docked";</script></head><body><h1>Port activity</h1>'
            '<p>A tanker docked at <b>Nakhodka</b> on June 1.</p><p>It left two days later.</p></body></html>')
    path = tmp_path / "story.html"
    path.write_text(html, encoding="utf-8")
    doc = load_document(path)
    assert (doc.title, doc.url, doc.publisher, doc.published) == ("Port activity", "https://example.org/a",
                                                                 "Example News", date(2025, 6, 3))
    assert "A tanker docked at Nakhodka on June 1." in doc.text and "var x" not in doc.text


def test_pdf_text_layer(tmp_path, project):
    path = tmp_path / "brief.pdf"
    path.write_bytes(minimal_pdf("A tanker docked at Nakhodka on June 1, 2025."))
    result = import_document(project, path)
    assert result.source.media_type == "application/pdf"
    assert "Nakhodka" in result.source.text and result.claims[0].checkable


@pytest.mark.parametrize("encoding, bom", [("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe"),
                                           ("utf-16-be", b"\xfe\xff"), ("cp1252", b"")])
def test_encodings(tmp_path, encoding, bom):
    text = "A tanker docked at Nakhodka on June 1 — café. Déjà vu.\n"
    path = tmp_path / f"{encoding}.txt"
    path.write_bytes(bom + text.encode(encoding))
    doc = load_document(path)
    assert doc.text == text
    if encoding == "cp1252":
        assert any("Windows-1252" in n for n in doc.notes)


@pytest.mark.parametrize("content, message", [(b"", "empty"), (b"\x00\x01\x02\x03PK\x03\x04" * 100, "binary"),
                                              (b"   \n\n  ", "no text")])
def test_bad_documents(tmp_path, content, message):
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(DocumentError, match=message):
        load_document(path)


@pytest.mark.parametrize("name, content, kind", [
    ("labels.txt", "0 0.51 0.42 0.10 0.08\n1 0.20 0.33 0.05 0.04\n0 0.70 0.61 0.12 0.09\n", "YOLO"),
    ("obb.txt", "".join(f"10 {i} 20 {i} 20 {i + 9} 10 {i + 9} ship 0\n" for i in range(5)), "DOTA"),
    ("boxes.csv", "image,x0,y0,x1,y1,class\n" + "a.tif,1,2,30,40,ship\n" * 4, "CSV"),
])
def test_a_label_file_is_no_report(tmp_path, name, content, kind):
    path = tmp_path / name
    path.write_text(content)
    with pytest.raises(DocumentError, match=rf"annotation label file \({kind}\), not a report.*annotate import"):
        load_document(path)


@pytest.mark.parametrize("parts", [("labeled", "dota", "P0706.txt"),
                                   ("labeled", "dota_mmrotate_patch", "P2805__1024__0___0.txt"),
                                   ("labeled", "airbus_aircraft", "annotations.csv")])
def test_the_shared_label_files_are_no_reports(parts):
    from tests.conftest import needs_testdata

    with pytest.raises(DocumentError, match="annotation label file"):
        load_document(needs_testdata(*parts))


def test_a_report_with_some_coordinate_lines_is_still_a_report(tmp_path):
    path = tmp_path / "report.txt"
    path.write_text("Published 3 March 2025\nA frigate docked at Tartus on 1 March.\nPositions:\n"
                    "34.89 35.87 0 0\n34.90 35.88 0 0\nThe ship left on 2 March, officials said.\n"
                    "Imagery from 2 March shows the pier empty.\n")
    assert "frigate docked" in load_document(path).text


def test_huge_document_refused_quickly(tmp_path):
    path = tmp_path / "dump.txt"
    path.write_text("The ship docked at Nakhodka. " * 360_000)  # ~10 MB
    t = time.perf_counter()
    with pytest.raises(DocumentError, match="split it"):
        load_document(path)
    assert time.perf_counter() - t < 30


def test_sample_report_end_to_end(tmp_path):
    project = tmp_path / "sample.gpkg"

    def cli(*args):
        proc = subprocess.run([sys.executable, "-m", "annotate.cli", *map(str, args)], capture_output=True,
                              text=True, cwd=ROOT, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return proc.stdout

    cli("new", project)
    cli("tiles", "add", project, *sorted(SAMPLES.glob("*.tif")))
    added = json.loads(cli("sources", "add", project, SAMPLES / "sample_report.md", "--json"))
    assert added["published"] == "2025-07-02" and added["publisher"] == "Northern Wire" and added["checkable"] >= 4
    claims = json.loads(cli("claims", project, "--json"))

    ship = next(c for c in claims if c["quote"].startswith("A Ropucha-class landing ship docked"))
    assert ship["checkable"] and [o["type"] for o in ship["objects"]] == ["Ropucha-class"]
    assert "Dunai port" in [p["name"] for p in ship["places"]]
    assert [(d["value"], d["precision"]) for d in ship["dates"]] == [("2025-05-18", "day")]
    assert ship["candidate_tiles"][0]["path"].endswith("dunai_2025-05-18.tif")

    moored = next(c for c in claims if c["quote"].startswith("The ship, which can carry"))
    assert [(d["value"], d["precision"]) for d in moored["dates"]] == [("early June 2025", "part-of-month")]
    assert moored["candidate_tiles"][0]["path"].endswith("dunai_2025-06-03.tif")  # the tile that contradicts it
    assert {"value": 400.0, "unit": "troops"}.items() <= moored["quantities"][0].items()

    il76 = next(c for c in claims if c["quote"].startswith("Two Il-76 cargo aircraft"))
    assert il76["objects"][0]["class"] == "cargo aircraft" and il76["dates"][0]["value"] == "2025-05-20"
    assert il76["candidate_tiles"][0]["path"].endswith("sunan_2025-05-20.tif")

    later = next(c for c in claims if c["quote"].startswith("A month later"))
    assert later["dates"][0]["inferred"] and later["dates"][0]["value"] == "2025-06"
    assert later["candidate_tiles"][0]["path"].endswith("sunan_2025-06-11.tif")

    not_checkable = [c for c in claims if not c["checkable"]]
    assert any("killed" in c["quote"] for c in not_checkable)
    assert any("intends" in c["quote"] for c in not_checkable)
    assert any("provocation" in c["quote"] for c in not_checkable)
    assert claims[0]["checkable"] and not claims[-1]["checkable"]  # checkable first

    listed = cli("claims", project)  # the text listing says which place of a name, and where
    assert "Dunai port (port, RU, 42.889, 132.357)" in listed


def test_revised_document_reanchors_claims(tmp_path, project):
    v1 = tmp_path / "v1.txt"
    v1.write_text("date 2025-06-03\nA tanker docked at Nakhodka on June 1. It left two days later. "
                  "Officials declined to comment.\n")
    first = import_document(project, v1)
    v2 = tmp_path / "v2.txt"
    v2.write_text("date 2025-06-04\nUPDATED. A tanker docked at Nakhodka on June 1. It left three days later. "
                  "A tug followed it.\n")
    result = revise_document(project, first.source.id, v2)
    moved = {c.quote: how for c, how in result.moved}
    assert moved["A tanker docked at Nakhodka on June 1."] == "exact"
    assert moved["It left three days later."] == "fuzzy"
    assert [c.quote for c in result.lost] == ["Officials declined to comment."]
    for claim, _ in result.moved:
        assert result.source.text[claim.start:claim.end] == claim.quote


def test_claims_link_to_annotations_and_assess(project):
    from annotate.model import PixelGeometry

    tile = add_tile_file(project, SAMPLES / "dunai_2025-06-03.tif")
    doc = SAMPLES / "sample_report.md"
    result = import_document(project, doc)
    moored = next(c for c in result.claims if c.quote.startswith("The ship, which can carry"))
    empty_pier = project.add_annotation(tile.sha256, PixelGeometry.box(1790, 1700, 1830, 2500), "other",
                                        note="pier A east face empty")
    project.link(empty_pier.id, moored.id, "contradicts")
    assert project.assessment(moored.id).value == "contradicted"


def _pdfs(tmp_path):
    from pypdf import PdfWriter

    good = tmp_path / "good.pdf"
    good.write_bytes(minimal_pdf("A tanker docked at Nakhodka on June 1, 2025."))
    data = good.read_bytes()
    encrypted = PdfWriter(clone_from=str(good))
    encrypted.encrypt("secret")
    with open(tmp_path / "encrypted.pdf", "wb") as fh:
        encrypted.write(fh)
    (tmp_path / "truncated.pdf").write_bytes(data[: len(data) // 2])
    assert b"trailer" in data
    fake = data.replace(b"trailer", b"trailer", 1).replace(b"/Root", b"/Encrypt 99 0 R /Root", 1)  # no such object
    (tmp_path / "fake_encrypted.pdf").write_bytes(fake)
    return {"encrypted.pdf": "encrypted PDF", "truncated.pdf": "damaged or truncated PDF",
            "fake_encrypted.pdf": "PDF"}


def test_bad_pdfs_are_one_line_and_exit_2(tmp_path):
    import subprocess
    import sys

    from tests.conftest import ROOT

    project = tmp_path / "p.gpkg"
    run = (lambda *a: subprocess.run([sys.executable, "-m", "annotate.cli", *map(str, a)], capture_output=True,
                                     text=True, cwd=ROOT, timeout=120))
    assert run("new", project).returncode == 0
    for name, words in _pdfs(tmp_path).items():
        proc = run("sources", "add", project, tmp_path / name)
        assert proc.returncode == 2, (name, proc.stdout, proc.stderr)
        assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("annotate: error: "), (name, proc.stderr)
        assert words in proc.stderr and "Traceback" not in proc.stderr


def test_text_without_punctuation_is_cut_into_bounded_sentences():
    """A run of words with no sentence end (or only dots, or one endless word) becomes sentences of at most
    MAX_SENTENCE characters, cut at clause boundaries or spaces, with offsets into the text."""
    from annotate.claims.sentences import MAX_SENTENCE, sentence_spans

    words = " ".join(["the", "landing", "ship", "docked", "at", "Dunai", "port"] * 4000)
    for text in (words, "." * 50_000, "a" * 50_000, "ship, " * 8000, "One. Two, three; four.\n\nFive"):
        spans = sentence_spans(text)
        assert spans and all(0 < b - a <= MAX_SENTENCE for a, b in spans)
        assert all(spans[i][1] <= spans[i + 1][0] for i in range(len(spans) - 1))
        covered = sum(b - a for a, b in spans)
        assert covered >= len(text.replace(" ", "").replace("\n", "")) * 0.9
    short = sentence_spans("One. Two, three; four.\n\nFive")
    assert [t for t in ("One.", "Two, three; four.", "Five")] == \
        ["One. Two, three; four.\n\nFive"[a:b] for a, b in short]


def test_text_without_sentence_punctuation_is_not_handed_to_the_sentence_splitter(monkeypatch):
    """pysbd finds no sentence in a run without '.', '!' or '?' — and spent most of a 2,000,000-character
    import looking; such runs go straight to the clause cutter, with the same result."""
    import pysbd

    from annotate.claims.sentences import sentence_spans

    handed = []
    real = pysbd.Segmenter.segment
    monkeypatch.setattr(pysbd.Segmenter, "segment", lambda self, text: handed.append(text) or real(self, text))
    words = " ".join(["the", "landing", "ship", "docked", "at", "Dunai", "port"] * 2000)
    spans = sentence_spans(words + "\n\nThe ship left. It sailed north.")
    assert handed == ["The ship left. It sailed north."]
    assert len(spans) > 20 and words.startswith((words + "x")[spans[0][0]:spans[0][1]])


@pytest.mark.parametrize("header, publisher", [
    ("date 2025-03-14 Seoul, March 14 (Yonhap) -- North Korea moved a destroyer to Nampo.", "Yonhap"),
    ("Published: 14 March 2025\n\nNorth Korea moved a destroyer to Nampo.", None),
    ("Posted on March 14, 2025 | Imagery analysis\n\nNorth Korea moved a destroyer to Nampo.", None),
    # a country between the city and the date (AP), the date in brackets (US Navy), a text dating its "today"
    ("GDYNIA, Poland, March 14, 2025 (AP) — A Polish minesweeper left Gdynia on Thursday.", "AP"),
    ("Navy release\nYOKOSUKA, Japan (March 14, 2025) – The destroyer departed for a patrol, March 12.", None),
    ("[JCS] North Korea fired missiles from Nampo at about 8 a.m. today (March 14, 2025).", None),
])
def test_the_publication_date_is_read_from_a_header_line(tmp_path, project, header, publisher):
    from datetime import date

    path = tmp_path / "wire.txt"
    path.write_text(header + "\n", encoding="utf-8")
    result = import_document(project, path)
    assert result.source.published == date(2025, 3, 14)
    if publisher:
        assert result.source.publisher == publisher
