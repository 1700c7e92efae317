#!/usr/bin/env bash
# Quick start, step 1: set up, build the sample project (sample tiles + sample report, split into claims),
# list its checkable claims with candidate tiles, and open it in the napari viewer with the annotation panel.
# With no display the viewer runs under Xvfb and a screenshot is written (the path is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
A=.venv/bin/annotate
$A info sample_tiles/*.tif
mkdir -p demo
if [ ! -f demo/sample.gpkg ]; then
  $A new demo/sample.gpkg
  $A tiles add demo/sample.gpkg sample_tiles/*.tif
  $A sources add demo/sample.gpkg sample_tiles/sample_report.md
fi
$A claims demo/sample.gpkg
$A open demo/sample.gpkg "$@"
