#!/usr/bin/env bash
# Quick start, step 2: set up (Debian packages for Xvfb and Mesa included) and run the whole test suite.
# GUI tests use a real napari viewer on a virtual X display. Extra arguments go to pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=xcb
exec xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python -m pytest "$@"
