#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is missing, builds with warnings as errors and runs the whole test suite.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh ci
export QT_QPA_PLATFORM=offscreen
ctest --preset ci
# Smoke-run the desktop app offscreen on a small demo database, as a user would see it.
smoke=$(mktemp -d)
trap 'rm -rf "$smoke"' EXIT
./build/ci/app/cli/voronka-cli --db "$smoke/demo.voronka" demo --size tiny --seed 7 >/dev/null
VORONKA_PASSWORD=demo ./build/ci/app/desktop/voronka --db "$smoke/demo.voronka" \
    --user admin@example.com --view contacts --screenshot "$smoke/contacts.png"
test -s "$smoke/contacts.png"
echo "All tests passed."
