#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs a Voronka package on this machine with apt-get, runs the installed programs as a
# user would (voronka-cli demo, an XLSX export through the run-time loaded libxlsxwriter,
# voronka --screenshot), then removes it and checks nothing of it is left under /usr.
# Needs root (or sudo): run it on a throwaway or test machine.
#   scripts/test-package.sh [voronka_<version>_amd64.deb]   (default: build/release/package)
set -euo pipefail
cd "$(dirname "$0")/.."
deb=${1:-$(ls build/release/package/voronka_*_amd64.deb 2>/dev/null | head -1)}
[ -f "$deb" ] || { echo "test-package.sh: no package; run scripts/package.sh first" >&2; exit 1; }
deb=$(realpath "$deb")
sudo_cmd=()
[ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
export DEBIAN_FRONTEND=noninteractive
if dpkg-query -W -f='${Status}' voronka 2>/dev/null | grep -q "install ok installed"; then
    echo "test-package.sh: voronka is already installed here; remove it first" >&2
    exit 1
fi

work=$(mktemp -d)
installed=0
cleanup() {
    [ "$installed" -eq 0 ] || "${sudo_cmd[@]}" apt-get remove -y -q voronka >/dev/null || true
    rm -rf "$work"
}
trap cleanup EXIT

# The directories the package puts files in, listed before it is there: afterwards they must
# hold exactly what they held (a file of ours left behind, or one made by our programs, shows).
dirs=$(dpkg-deb -c "$deb" | awk '$1 ~ /^d/ {sub(/^\./, "", $6); print $6}' | sed 's:/$::' | sort -u)
snapshot() {
    for d in $dirs; do
        [ -d "$d" ] && find "$d" -maxdepth 1 -mindepth 1 ! -type d
    done | sort
}
snapshot >"$work/before"

"${sudo_cmd[@]}" apt-get install -y -q --no-install-recommends "$deb" >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; exit 1; }
installed=1
echo "Installed $(dpkg-query -W -f='${Package} ${Version}' voronka)"
for program in voronka voronka-cli voronka-server; do
    [ "$(command -v "$program")" = "/usr/bin/$program" ] ||
        { echo "test-package.sh: $program is not /usr/bin/$program" >&2; exit 1; }
    man -w "$program" >/dev/null
done
# Everything the package documents sits in its one doc folder.
for doc in changelog.gz copyright manual/en/index.html manual/ru/index.html \
    server/voronka-server.service server/Caddyfile server/nginx.conf; do
    [ -f "/usr/share/doc/voronka/$doc" ] ||
        { echo "test-package.sh: /usr/share/doc/voronka/$doc is missing" >&2; exit 1; }
done
[ ! -e /usr/share/doc/Voronka ] ||
    { echo "test-package.sh: a second doc folder /usr/share/doc/Voronka" >&2; exit 1; }

# The installed programs, as a user runs them, with a home of their own.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_RUNTIME_DIR="$work/run" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
version=$(/usr/bin/voronka-cli --version)
server=$(/usr/bin/voronka-server --version)
echo "$version; $server"
/usr/bin/voronka-cli --db "$work/demo.voronka" demo --size tiny --seed 7 >/dev/null
VORONKA_PASSWORD=demo /usr/bin/voronka-cli --db "$work/demo.voronka" --user admin@example.com \
    export contacts --format xlsx --out "$work/contacts.xlsx"
[ "$(head -c 2 "$work/contacts.xlsx")" = "PK" ] ||
    { echo "test-package.sh: the XLSX export is not a workbook" >&2; exit 1; }
for lang in en ru; do
    png="$work/board-$lang.png"
    VORONKA_PASSWORD=demo /usr/bin/voronka --db "$work/demo.voronka" --user admin@example.com \
        --lang "$lang" --screenshot "$png"
    # A PNG starts with \x89PNG; an empty or tiny file is a failed render.
    [ "$(head -c 4 "$png" | tail -c 3)" = "PNG" ] && [ "$(stat -c %s "$png")" -gt 20000 ] ||
        { echo "test-package.sh: $png is not a rendered PNG" >&2; exit 1; }
    echo "Screenshot ($lang): $(file -b "$png")"
    [ -z "${VORONKA_PACKAGE_SCREENSHOTS:-}" ] || cp "$png" "$VORONKA_PACKAGE_SCREENSHOTS/"
done

"${sudo_cmd[@]}" apt-get remove -y -q voronka >"$work/apt.log" 2>&1 ||
    { cat "$work/apt.log" >&2; exit 1; }
installed=0
if dpkg-query -W -f='${Status}' voronka 2>/dev/null | grep -q "installed"; then
    echo "test-package.sh: voronka is still installed" >&2
    exit 1
fi
snapshot >"$work/after"
if ! diff -u "$work/before" "$work/after"; then
    echo "test-package.sh: files were left behind (above)" >&2
    exit 1
fi
echo "Package test passed: installed, ran, removed; nothing left."
