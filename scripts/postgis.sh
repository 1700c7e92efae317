#!/usr/bin/env bash
# A local PostgreSQL 15 + PostGIS 3 server for a team trial of shared projects.
#   bash scripts/postgis.sh start   # sets up (first time) and starts; the last line printed is the project URL
#   bash scripts/postgis.sh stop
# Data live in $ANNOTATE_PG_DIR (default ~/.local/share/annotate/postgis). Loopback only, trust authentication:
# a trial server, not one to expose. Installs what it needs first (scripts/setup.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh >&2
exec .venv/bin/python -m annotate.store.pg_local "$@"
