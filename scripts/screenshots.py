"""Walk through the main states of the viewer as an analyst would and save a screenshot of each.

Usage: ``xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots.py OUT_DIR``

Builds a fresh project from the sample tiles and report, then: opens it; picks the Ropucha claim, opens
its best candidate tile, draws the landing ship with the mouse, classifies and types it, links it;
blends the other date over it; shows both dates side by side. Writes gui_*.png into OUT_DIR.
"""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def main(out: Path) -> None:
    import napari
    from qtpy.QtWidgets import QApplication

    from annotate.claims.importer import import_document
    from annotate.napari._layers import overlay_text, tile_layer_data
    from annotate.napari._qt.annotation_widget import AnnotationWidget
    from annotate.store import create_project
    from annotate.tiles import add_tile_file
    from imagery import open_tile
    from tests.napari.canvas_mouse import drag, look_at

    out.mkdir(parents=True, exist_ok=True)
    tmp = Path(tempfile.mkdtemp())
    project = create_project(tmp / "tour.gpkg", analyst="analyst-a")
    for p in sorted((ROOT / "sample_tiles").glob("*.tif")):
        add_tile_file(project, p)
    import_document(project, ROOT / "sample_tiles" / "sample_report.md")

    viewer = napari.Viewer(title="annotate — tour", show=True)
    viewer.window.resize(1600, 1000)
    tiles = project.tiles()
    for i, t in enumerate(tiles):
        data, kwargs, _ = tile_layer_data(open_tile(t.path, compute_hash=False))
        viewer.add_image(data, visible=False, **kwargs)
    viewer.canvas.overlays.scale_bar.visible = True
    viewer.canvas.overlays.text.visible = True
    viewer.canvas.overlays.text.font_size = 10
    viewer.canvas.overlays.text.position = "top_left"
    viewer.canvas.overlays.text.text = overlay_text(viewer.layers[0].metadata["tile_metadata"])
    sunan = next(t for t in tiles if "Sunan" in t.label)
    widget = AnnotationWidget(viewer, project, tile_sha256=sunan.sha256)
    viewer.window.add_dock_widget(widget, name="Annotations", area="right")
    viewer.reset_view()

    def shot(name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        viewer.screenshot(str(out / name), canvas_only=False, flash=False)
        print(out / name)

    # 1. the claim about the landing ship: its candidate tiles, best first
    row = next(i for i in range(widget.claims.count()) if "Ropucha" in widget.claims.item(i).text())
    widget.claims.setCurrentRow(row)
    widget.claims_panel.open_candidate(widget.claims_panel.candidates.item(0))
    viewer.reset_view()
    shot("gui_claim_candidates.png")

    # 2. draw the ship with the mouse, classify with Alt+1, type it, link it
    layer = widget.bridge.layer
    layer.mode = "add_rectangle"
    look_at(viewer, layer, 2180, 1808, zoom=2.2)
    drag(viewer, layer, (2067.5, 1793.0), (2292.5, 1823.0))
    layer.mode = "select"
    widget.set_class("landing ship", apply=True)
    widget.type.setText("Ropucha-class")
    widget.apply_to_selected()
    widget._show_measurement()
    widget.claims_panel.link_note.setText("hull 112 m, bow ramp visible")
    widget.link_selected()
    shot("gui_tagged_linked.png")

    # 3. the later date blended over it, then both side by side
    widget.compare.blend.setValue(50)
    shot("gui_compare_blend.png")
    widget.compare.blend.setValue(0)
    widget.compare.side_by_side.setChecked(True)
    look_at(viewer, layer, 2180, 1808, zoom=1.2)
    shot("gui_compare_side_by_side.png")

    # 4. swipe: the later date right of the yellow divider, dragged a third of the way
    widget.compare.swipe_box.setChecked(True)
    look_at(viewer, layer, 2180, 1808, zoom=1.2)
    widget.compare.swipe.set_fraction(0.45)
    shot("gui_compare_swipe.png")
    widget.compare.swipe_box.setChecked(False)

    # 5. an absence: the pier on the later date is empty — recorded and linked as contradicting
    later = next(t for t in tiles if "Dunai" in t.label and t.acquired.month == 6)
    widget.open_tile(later.sha256)
    widget.absent.setChecked(True)
    widget.set_class("landing ship")
    layer = widget.bridge.layer
    viewer.layers.selection.active = layer
    layer.mode = "add_rectangle"
    look_at(viewer, layer, 2180, 1808, zoom=1.6)
    drag(viewer, layer, (2040.0, 1770.0), (2320.0, 1850.0))
    layer.mode = "select"
    widget.absent.setChecked(False)
    widget.navigation.go_to("42.889 132.357")
    shot("gui_absence_goto.png")
    viewer.close()
    project.close()
    dense_tour(out, tmp)


def dense_tour(out: Path, tmp: Path) -> None:
    """The real DOTA harbour P0706 (from ../shared/testdata): the annotation table and review mode."""
    import napari
    from qtpy.QtCore import Qt
    from qtpy.QtTest import QTest
    from qtpy.QtWidgets import QApplication

    from annotate.io.importing import import_annotations
    from annotate.napari._layers import tile_layer_data
    from annotate.napari._qt.annotation_widget import AnnotationWidget
    from annotate.store import create_project, open_project
    from annotate.tiles import add_tile_file
    from imagery import open_tile

    image = ROOT.parent / "shared" / "testdata" / "labeled" / "dota" / "P0706.png"
    if not image.exists():
        print(f"skipped the dense tour: {image} is not here")
        return
    with create_project(tmp / "harbour.gpkg", analyst="analyst-a") as p:
        tile = add_tile_file(p, image)
        import_annotations(p, tile.sha256, "dota", image.with_suffix(".txt"))
    project = open_project(tmp / "harbour.gpkg", analyst="analyst-b")
    viewer = napari.Viewer(title="annotate — harbour", show=True)
    viewer.window.resize(1600, 1100)
    data, kwargs, _ = tile_layer_data(open_tile(image, compute_hash=False))
    viewer.add_image(data, **kwargs)
    widget = AnnotationWidget(viewer, project)
    viewer.window.add_dock_widget(widget, name="Annotations", area="right")
    table = widget.table

    def shot(name: str) -> None:
        for _ in range(5):
            QApplication.processEvents()
        viewer.screenshot(str(out / name), canvas_only=False, flash=False)
        print(out / name)

    table.model.sort(3, Qt.SortOrder.DescendingOrder)  # the largest first
    table.table.selectRow(2)
    for _ in range(3):
        QTest.keyClick(table.table, Qt.Key.Key_N)
    shot("gui_annotation_table.png")
    QTest.mouseClick(table.review_mode, Qt.MouseButton.LeftButton)
    for _ in range(4):
        QTest.keyClick(table.table, Qt.Key.Key_A)
    QTest.keyClicks(table.comment, "a pontoon, not a boat")
    QTest.keyClick(table.table, Qt.Key.Key_C)
    shot("gui_review_mode.png")
    viewer.close()
    project.close()


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "screenshots"))
