"""One map per site (issue 10), in a real viewer under Xvfb: five tiles of one place on five grids — a real
Web Mercator COG (`../shared/testdata/georef/cogeo.tif`), its warps to WGS 84 and to UTM at another GSD, a
shifted crop, and a rotated copy — with a marker burnt in at a known lon/lat before warping. Every layer
must show the marker at the marker's world position; drawing on the WGS 84 tile where another tile shows a
ground point stores that tile's own pixels; Go to and Home land where they should."""

from __future__ import annotations

import numpy as np
import pytest

pytest.importorskip("napari")

import rasterio  # noqa: E402
from affine import Affine  # noqa: E402
from qtpy.QtCore import Qt  # noqa: E402
from qtpy.QtTest import QTest  # noqa: E402
from qtpy.QtWidgets import QApplication  # noqa: E402
from rasterio.warp import Resampling, calculate_default_transform, reproject, transform as warp_points  # noqa: E402
from rasterio.windows import Window  # noqa: E402

from annotate.napari import session_of  # noqa: E402
from annotate.napari._qt.annotation_widget import AnnotationWidget  # noqa: E402
from annotate.store import create_project  # noqa: E402
from annotate.tiles import add_tile_file  # noqa: E402
from tests.conftest import needs_testdata  # noqa: E402
from tests.napari.canvas_mouse import drag, look_at  # noqa: E402

MAGENTA = (255, 0, 255)


def _write(path, data, crs, transform):
    with rasterio.open(path, "w", driver="GTiff", width=data.shape[2], height=data.shape[1], count=3, dtype="uint8",
                       crs=crs, transform=transform) as out:
        out.write(data)


def _warp(src, crs, transform, width, height):
    out = np.zeros((3, height, width), dtype="uint8")
    for b in range(3):
        reproject(src["data"][b], out[b], src_transform=src["transform"], src_crs=src["crs"], dst_transform=transform,
                  dst_crs=crs, resampling=Resampling.nearest)
    return out


@pytest.fixture(scope="module")
def grids(tmp_path_factory):
    """Five tiles of one place on five grids, and the marker's lon/lat."""
    real = needs_testdata("georef", "cogeo.tif")
    tmp = tmp_path_factory.mktemp("grids")
    with rasterio.open(real) as ds:
        src = {"data": ds.read(), "crs": ds.crs, "transform": ds.transform}
    row, col = 600, 420  # the marker: a 7 × 7 magenta square burnt into the source
    src["data"][:, row - 3:row + 4, col - 3:col + 4] = np.array(MAGENTA, dtype="uint8")[:, None, None]
    x, y = src["transform"] * (col + 0.5, row + 0.5)
    (lon,), (lat,) = warp_points(src["crs"], "EPSG:4326", [x], [y])
    paths = {"mercator": tmp / "mercator.tif"}
    _write(paths["mercator"], src["data"], src["crs"], src["transform"])
    bounds = rasterio.transform.array_bounds(1024, 1024, src["transform"])
    for name, crs, res in (("wgs84", "EPSG:4326", None), ("utm_1m", "EPSG:32652", 1.0)):
        t, w, h = calculate_default_transform(src["crs"], crs, 1024, 1024, *bounds, resolution=res)
        paths[name] = tmp / f"{name}.tif"
        _write(paths[name], _warp(src, crs, t, w, h), crs, t)
    window = Window(300, 350, 500, 450)  # a crop shifted by 300 columns and 350 rows
    paths["crop"] = tmp / "crop.tif"
    _write(paths["crop"], src["data"][:, 350:800, 300:800], src["crs"],
           rasterio.windows.transform(window, src["transform"]))
    t, w, h = calculate_default_transform(src["crs"], "EPSG:32652", 1024, 1024, *bounds, resolution=0.6)
    centre = t * (w / 2, h / 2)
    rotated = Affine.translation(*centre) * Affine.rotation(20) * Affine.scale(0.6, -0.6) * \
        Affine.translation(-w / 2, -h / 2)
    paths["rotated"] = tmp / "rotated.tif"
    _write(paths["rotated"], _warp(src, "EPSG:32652", rotated, w, h), "EPSG:32652", rotated)
    return paths, (float(lon), float(lat))


@pytest.fixture
def opened(make_napari_viewer, grids, tmp_path):
    paths, marker = grids
    viewer = make_napari_viewer(show=True)
    project = create_project(tmp_path / "site.gpkg", analyst="tester")
    tiles = {name: add_tile_file(project, path) for name, path in paths.items()}
    widget = AnnotationWidget(viewer, project)
    viewer.window.add_dock_widget(widget, name="Annotations")
    for t in tiles.values():
        widget.image_layer(t.sha256)
    QApplication.processEvents()
    yield viewer, project, widget, tiles, marker
    project.close()


def _marker_pixel(path) -> tuple[float, float]:
    with rasterio.open(path) as ds:
        data = ds.read()
    hit = np.all(data == np.array(MAGENTA, dtype="uint8")[:, None, None], axis=0)
    rows, cols = np.nonzero(hit)
    return float(rows.mean()), float(cols.mean())


def test_every_grid_shows_the_marker_at_its_world_position(opened):
    viewer, project, widget, tiles, (lon, lat) = opened
    session = session_of(viewer)
    want = np.array(session.world_from_lonlat(lon, lat))
    assert len(session.frames) == 1 and session.frames[0].crs == "EPSG:32652"  # one map: UTM 52N, metres
    for name, t in tiles.items():
        layer = widget.image_layer(t.sha256, create=False)
        assert layer.metadata["tile_sha256"] == t.sha256 and layer.metadata["tile_path"] == t.path
        row, col = _marker_pixel(t.path)
        got = np.asarray(layer.data_to_world((row, col)))[-2:]  # napari's own mapping of that pixel
        pixel_m = layer.metadata["placement"].metres_per_pixel
        assert np.hypot(*(got - want)) <= 1.0 * pixel_m + 0.2, (name, got - want, pixel_m)
    widget.navigation.zoom_to_tile()
    shot = viewer.screenshot(canvas_only=True, flash=False)
    assert shot[..., :3].std() > 10  # the scene is drawn


def test_drawing_on_the_wgs84_tile_stores_its_own_pixels(opened):
    viewer, project, widget, tiles, (lon, lat) = opened
    wgs, utm = tiles["wgs84"], tiles["utm_1m"]
    bridge = widget.show_tile(wgs.sha256)
    viewer.layers.selection.active = bridge.layer
    bridge.layer.mode = "add_rectangle"
    # two ground points, taken where the UTM tile shows them, and the truth in the WGS 84 tile's pixels
    utm_layer = widget.image_layer(utm.sha256, create=False)
    utm_georef = utm.georef()
    mr, mc = _marker_pixel(utm.path)
    corners_utm = [(mr - 15.0, mc - 25.0), (mr + 15.0, mc + 25.0)]  # (row, col) pixel centres on the UTM tile
    lonlats = [tuple(float(v) for v in utm_georef.pixel_to_lonlat(r + 0.5, c + 0.5)) for r, c in corners_utm]
    truth = [tuple(float(v) for v in wgs.georef().lonlat_to_pixel(lo, la)) for lo, la in lonlats]
    look_at(viewer, utm_layer, mr, mc, zoom=3.0)
    drag(viewer, utm_layer, corners_utm[0], corners_utm[1])  # the mouse over those ground points
    (a,) = project.annotations(wgs.sha256)
    x0, y0, x1, y1 = a.geometry.bbox
    pixel_deg = abs(wgs.georef().transform.a)
    tolerance = 1.0 + 1 / 3.0 / (utm_layer.metadata["placement"].metres_per_pixel / 1.0)  # a screen pixel at zoom 3
    assert (y0, x0) == pytest.approx(truth[0], abs=tolerance) and (y1, x1) == pytest.approx(truth[1], abs=tolerance)
    assert pixel_deg > 0 and a.length_m is not None  # measured geodesically on its own tile


def test_go_to_takes_degrees_dms_and_mgrs_and_marks_the_spot(opened):
    import mgrs

    viewer, project, widget, tiles, (lon, lat) = opened
    widget.show_tile(tiles["rotated"].sha256)
    session = session_of(viewer)
    want = np.array(session.world_from_lonlat(lon, lat))

    def dms(v, pos, neg):
        d = abs(v)
        return f"{int(d)}°{int(d * 60 % 60)}'{d * 3600 % 60:.3f}\"{pos if v >= 0 else neg}"

    for text in (f"{lat:.7f} {lon:.7f}", f"{dms(lat, 'N', 'S')} {dms(lon, 'E', 'W')}",
                 mgrs.MGRS().toMGRS(lat, lon, MGRSPrecision=5)):
        box = widget.navigation.goto
        box.clear()
        QTest.keyClicks(box, text)
        QTest.keyClick(box, Qt.Key.Key_Return)
        QApplication.processEvents()
        assert np.hypot(*(np.asarray(viewer.camera.center[-2:]) - want)) < 1.5, text  # MGRS: 1 m precision
        marker = viewer.layers["Go to"]
        assert np.hypot(*(marker.data[0] - np.asarray(viewer.camera.center[-2:]))) < 1e-6
    box.clear()
    QTest.keyClicks(box, "somewhere north")
    QTest.keyClick(box, Qt.Key.Key_Return)
    assert "type decimal degrees" in widget.navigation.message.text()  # says which forms it reads


def test_home_fits_the_current_tile_not_the_union(opened):
    viewer, project, widget, tiles, marker = opened
    bridge = widget.show_tile(tiles["crop"].sha256)
    viewer.reset_view()  # napari's own: the union of every tile
    union_centre = np.asarray(viewer.camera.center[-2:])
    canvas = viewer.window._qt_viewer.canvas.native
    canvas.setFocus()
    QTest.keyClick(canvas, Qt.Key.Key_Home)
    QApplication.processEvents()
    t = tiles["crop"]
    want = np.asarray(bridge.layer.data_to_world((t.height / 2, t.width / 2)))[-2:]
    assert np.hypot(*(np.asarray(viewer.camera.center[-2:]) - want)) < 1.0
    assert np.hypot(*(union_centre - want)) > 20  # the union's centre was elsewhere
