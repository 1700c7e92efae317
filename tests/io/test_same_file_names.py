"""Two tiles with the same file name in different folders (two providers' scene.tif): every export keeps both,
under names unique in the export, and our COCO import puts each annotation back on its own tile."""

from __future__ import annotations

import json
import shutil

from pycocotools.coco import COCO

from annotate.model import PixelGeometry
from annotate.store import create_project, open_project
from annotate.tiles import add_tile_file
from tests.conftest import SAMPLES, run_cli


cli = run_cli  # `annotate …` in its own process (tests/conftest.py)


def test_two_scene_tifs_are_both_exported_and_come_back_to_their_own_tile(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    shutil.copy(SAMPLES / "dunai_2025-05-18.tif", tmp_path / "a" / "scene.tif")
    shutil.copy(SAMPLES / "sunan_2025-05-20.tif", tmp_path / "b" / "scene.tif")
    path = tmp_path / "p.gpkg"
    with create_project(path) as p:
        dunai = add_tile_file(p, tmp_path / "a" / "scene.tif")
        sunan = add_tile_file(p, tmp_path / "b" / "scene.tif")
        p.add_annotation(dunai.sha256, PixelGeometry.obb(1808, 2180, 225, 30, 90), "tug")
        p.add_annotation(sunan.sha256, PixelGeometry.obb(2000, 2000, 93, 101, 10), "cargo aircraft")
    for fmt, folder in (("dota", "labelTxt"), ("yolo-obb", "labels")):
        out = tmp_path / fmt
        proc = cli("export", path, "--format", fmt, "-o", out)
        assert proc.returncode == 0 and "2 " in proc.stdout, proc.stdout
        names = sorted(f.name for f in (out / folder).iterdir())
        assert names == sorted([f"scene_{dunai.sha256[:8]}.txt", f"scene_{sunan.sha256[:8]}.txt"])
    coco = tmp_path / "c.json"
    assert cli("export", path, "--format", "coco", "-o", coco).returncode == 0
    api = COCO(str(coco))
    names = sorted(im["file_name"] for im in api.dataset["images"])
    assert len(set(names)) == 2 and len(api.getAnnIds()) == 2
    # our own import: each image's annotations onto its own tile, by the SHA-256 the export carries
    back = tmp_path / "back.gpkg"
    assert cli("new", back).returncode == 0
    for tile_path, expected in ((tmp_path / "a" / "scene.tif", "tug"), (tmp_path / "b" / "scene.tif", "cargo aircraft")):
        proc = cli("import", back, "--format", "coco", "--tile", tile_path, coco, "--json")
        assert proc.returncode == 0, proc.stderr
        assert json.loads(proc.stdout)["by_class"] == {expected: 1}
    with open_project(back, read_only=True) as p:
        assert sorted(a.cls for a in p.annotations()) == ["cargo aircraft", "tug"]
