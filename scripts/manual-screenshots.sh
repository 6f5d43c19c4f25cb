#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Retakes the user manual's pictures (docs/manual/<lang>/img/*.png) from a fresh demo file,
# with the app's own --screenshot, in English and in Russian. Run it after a UI change and
# look at the pictures before committing them.
#   scripts/manual-screenshots.sh [BUILD_DIR]     default build/ci
set -euo pipefail
cd "$(dirname "$0")/.."
build=${1:-build/ci}
app="$build/app/desktop/voronka"
cli="$build/app/cli/voronka-cli"
[ -x "$app" ] && [ -x "$cli" ] || { echo "manual-screenshots.sh: build $build first" >&2; exit 1; }
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/demo.voronka"
export VORONKA_PASSWORD=demo QT_QPA_PLATFORM=offscreen
"$cli" --db "$db" demo --size small --seed 7 >/dev/null

# picture  size  user  view  [extra options]: the administrator sees the settings, a manager
# their own day. The roles page needs a wider window to show its whole matrix.
shots=(
    "board     1200x750 admin@example.com    deals/board"
    "card      1200x750 admin@example.com    deals/board --open deal:9"
    "tasks     1200x750 manager1@example.com tasks/list"
    "calendar  1200x750 manager1@example.com calendar"
    "contacts  1200x750 admin@example.com    contacts"
    "analytics 1200x750 admin@example.com    analytics/managers"
    "users     1200x750 admin@example.com    settings/users"
    "roles     1440x800 admin@example.com    settings/roles"
    "backups   1200x750 admin@example.com    settings/backups"
)
for lang in en ru; do
    out="docs/manual/$lang/img"
    mkdir -p "$out"
    for shot in "${shots[@]}"; do
        read -r name size user view extra <<<"$shot"
        # shellcheck disable=SC2086 # the extra options are words on purpose
        "$app" --db "$db" --user "$user" --view "$view" $extra --lang "$lang" \
            --size "$size" --screenshot "$out/$name.png" 2>/dev/null
    done
done
du -ch docs/manual/*/img/*.png | tail -1
