#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds, creates a demo database on first run and starts the
# desktop app on it. Extra arguments go to the app (e.g. --lang en).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh release
data="${XDG_DATA_HOME:-$HOME/.local/share}/voronka"
db="$data/demo.voronka"
mkdir -p "$data"
if [ ! -f "$db" ]; then
    echo "Creating the demo database $db (first run only)..."
    ./build/release/app/cli/voronka-cli --db "$db" demo --size small
fi
echo "Users: admin@example.com, head@example.com, manager1@example.com ... password: demo"
if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ] && [ -z "${QT_QPA_PLATFORM:-}" ]; then
    echo "No display found: starting under a virtual X server (xvfb-run)."
    exec xvfb-run -a -s "-screen 0 1600x1000x24" ./build/release/app/desktop/voronka --db "$db" "$@"
fi
exec ./build/release/app/desktop/voronka --db "$db" "$@"
