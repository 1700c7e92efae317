#!/usr/bin/env bash
# Set up everything this project needs on a fresh Debian machine (idempotent, quick when already done):
#   * Debian packages for a virtual display (Xvfb) and OpenGL (Mesa), when missing — napari's canvas needs them —
#     and PostgreSQL 15 + PostGIS 3 for shared projects (installed, not started: see scripts/postgis.sh);
#   * a virtual environment in .venv with the project and its test/GUI extras.
# Run as root, or as a user with sudo, for the Debian part. PYTHON selects the interpreter (>= 3.11).
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(xvfb xauth libgl1-mesa-dri libglx-mesa0 libegl1 libxkbcommon-x11-0 libxcb-icccm4 libxcb-image0
  libxcb-keysyms1 libxcb-randr0 libxcb-render-util0 libxcb-xinerama0 libxcb-xfixes0 libxcb-shape0
  libxcb-cursor0 libdbus-1-3 libfontconfig1
  postgresql-15 postgresql-15-postgis-3  # shared projects: the tests start their own server (annotate/store/pg_local.py)
  gdal-bin)  # ogrinfo: GDAL's own PostgreSQL driver reads our PostGIS layer in the tests, as QGIS would

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "setup: installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
"$PYTHON" -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python >= 3.11 is required")'
if [ ! -x .venv/bin/python ]; then
  echo "setup: creating .venv"
  "$PYTHON" -m venv .venv
fi
stamp=".venv/.installed-$(cat pyproject.toml scripts/setup.sh | sha256sum | cut -c1-16)"
if [ ! -f "$stamp" ]; then
  echo "setup: installing Python packages into .venv (a few minutes the first time)"
  .venv/bin/python -m pip install -q --upgrade pip 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q -e ".[test,consumers]" 2>&1 | grep -v "^WARNING: Location" || true
  # Ultralytics' dataset loader reads our YOLO-OBB exports in the tests: the CPU build of torch (a file on
  # this kind of machine; a plain 'torch' would fetch a CUDA build of several GB) and ultralytics without its
  # plotting/GPU extras, which the loader does not import.
  .venv/bin/python -m pip install -q "torch==2.13.0" 2>&1 | grep -v "^WARNING: Location" || true
  .venv/bin/python -m pip install -q --no-deps "ultralytics==8.4.190" "torchvision==0.28.0" "ultralytics-thop" 2>&1 \
    | grep -v "^WARNING: Location" || true
  .venv/bin/python -c "import imagery, annotate, napari, rasterio, pytest" # fail loudly if the install did not work
  .venv/bin/python -c "import datumaro, fastkml, label_studio_sdk, ultralytics.data" >/dev/null
  rm -f .venv/.installed-*
  touch "$stamp"
fi
