#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package voronka_<version>_amd64.deb and checks it (lintian without errors,
# desktop-file-validate, appstreamcli validate-tree). Prints the package's path last.
#   scripts/package.sh                  release build of the packaged programs in build/release
#   scripts/package.sh --from BUILD_DIR package an existing build (CI: build/ci), no rebuild
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/release-build.sh "$@"
rm -f "$build"/package/voronka_*.deb
log=$(cd "$build" && cpack -G DEB 2>&1) || { echo "$log" >&2; exit 1; }
debs=("$build"/package/voronka_*_amd64.deb)
[ ${#debs[@]} -eq 1 ] && [ -f "${debs[0]}" ] || { echo "package.sh: cpack made no package" >&2; exit 1; }
deb=${debs[0]}

# lintian: errors fail; warnings and notes are printed (it also warns when run as root).
if ! report=$(lintian --fail-on error --display-level ">=info" "$deb" 2>&1); then
    echo "$report" >&2
    echo "package.sh: lintian found errors in $deb" >&2
    exit 1
fi
grep -v "running with root privileges" <<<"$report" || true
tree=$(mktemp -d)
trap 'rm -rf "$tree"' EXIT
dpkg-deb -x "$deb" "$tree"
desktop-file-validate "$tree"/usr/share/applications/org.voronka.Voronka.desktop
appstreamcli validate-tree --no-net "$tree"
echo "Package: $deb ($(du -h "$deb" | cut -f1))"
