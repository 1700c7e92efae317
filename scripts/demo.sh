#!/usr/bin/env bash
# Quick start, step 1: set up, describe the sample tiles, and open them in the napari viewer.
# With no display the viewer runs under Xvfb and a screenshot is written (the path is printed).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/annotate info sample_tiles/*.tif
.venv/bin/annotate open sample_tiles/dunai_2025-05-18.tif sample_tiles/dunai_2025-06-03.tif \
  sample_tiles/sunan_2025-05-20.tif sample_tiles/sunan_2025-06-11.tif "$@"
