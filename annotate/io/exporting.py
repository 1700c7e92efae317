"""The export formats by name."""

from __future__ import annotations

from .claimreview import write_claimreview
from .coco import write_coco
from .csv_table import write_csv
from .cvat import write_cvat
from .dota import write_dota
from .geojson import write_geojson
from .gpkg_export import write_gpkg
from .kml import write_kml
from .label_studio import write_label_studio
from .w3c import write_w3c
from .yolo_obb import write_yolo_obb

__all__ = ["WRITERS", "FOLDER_FORMATS"]

WRITERS = {"geojson": write_geojson, "gpkg": write_gpkg, "kml": write_kml, "csv": write_csv, "coco": write_coco,
           "dota": write_dota, "yolo-obb": write_yolo_obb, "w3c": write_w3c, "claimreview": write_claimreview,
           "cvat": write_cvat, "label-studio": write_label_studio}

FOLDER_FORMATS = ("dota", "yolo-obb", "label-studio")  # and coco with --layout datumaro
