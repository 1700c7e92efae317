"""The annotation table's rows without Qt: order, filters, and sizes in pixels on a pixel-only tile."""

from __future__ import annotations

from annotate.io.importing import import_annotations
from annotate.model.annotation_rows import AnnotationRows
from annotate.model.geometry import pixel_size
from annotate.store import create_project
from annotate.tiles import add_tile_file
from tests.conftest import needs_testdata


def test_rows_of_the_real_harbour_sort_filter_and_give_pixel_sizes(tmp_path):
    image = needs_testdata("labeled", "dota", "P0706.png")
    labels = tmp_path / "P0706.txt"  # without its gsd: line, the tile has no ground scale: sizes in pixels
    labels.write_text("\n".join(ln for ln in image.with_suffix(".txt").read_text().splitlines()
                                if not ln.startswith("gsd:")) + "\n")
    with create_project(tmp_path / "h.gpkg") as p:
        tile = add_tile_file(p, image)
        import_annotations(p, tile.sha256, "dota", labels)
        rows = AnnotationRows(p, tile.sha256)
        assert len(rows) == 536
        rows.sort("size m", descending=True)
        assert rows.cell(0, "size m").endswith(" px")
        longest = max(p.annotations(), key=lambda a: pixel_size(a.geometry)[0])
        assert rows.id_at(0) == longest.id  # a harbour: the longest outline first
        lengths = [pixel_size(p.annotation(rows.id_at(r)).geometry)[0] for r in range(len(rows))]
        assert lengths == sorted(lengths, reverse=True)
        rows.filter(cls="other")
        assert len(rows) == 5 and all(rows.cell(r, "class") == "other" for r in range(5))
        rows.filter("unknown", review="unreviewed")
        assert len(rows) == 531
        rows.filter(only={rows.ids[0], rows.ids[1]})
        assert len(rows) == 2


def test_a_stated_scale_gives_sizes_in_metres(tmp_path):
    image = needs_testdata("labeled", "dota", "P0706.png")
    with create_project(tmp_path / "h.gpkg") as p:
        tile = add_tile_file(p, image)
        import_annotations(p, tile.sha256, "dota", image.with_suffix(".txt"))  # its gsd: 0.146 m
        rows = AnnotationRows(p, tile.sha256)
        rows.sort("size m", descending=True)
        a = p.annotation(rows.id_at(0))
        assert rows.cell(0, "size m") == f"{a.length_m:.1f} × {a.width_m:.1f}"  # metres, not " px"
        assert a.length_m == pixel_size(a.geometry)[0] * p.tile(tile.sha256).gsd_m
