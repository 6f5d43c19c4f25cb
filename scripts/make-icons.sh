#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Makes the Windows and macOS application icons from the PNGs scripts/render-icons.sh renders
# out of resources/icons/logo.svg (packaging/linux/icons): packaging/windows/voronka.ico
# (16-256 px; 256 stored as PNG) and packaging/macos/voronka.icns (16-512 px). Run after
# render-icons.sh when the logo changes; the files are committed so that building needs
# neither tool. Needs icotool (icoutils) and png2icns (icnsutils).
set -euo pipefail
cd "$(dirname "$0")/.."
for tool in icotool png2icns; do
    command -v "$tool" >/dev/null || {
        echo "$tool is missing: apt-get install icoutils icnsutils" >&2
        exit 1
    }
done
png() { echo "packaging/linux/icons/$1x$1/voronka.png"; }
icotool --create --output=packaging/windows/voronka.ico \
    "$(png 16)" "$(png 24)" "$(png 32)" "$(png 48)" "$(png 64)" "$(png 128)" --raw="$(png 256)"
# png2icns picks each image's slot by its size (icp4 ic07 ic08 ic09 and their 32-bit kin).
png2icns packaging/macos/voronka.icns \
    "$(png 16)" "$(png 32)" "$(png 48)" "$(png 128)" "$(png 256)" "$(png 512)" >/dev/null
echo "packaging/windows/voronka.ico, packaging/macos/voronka.icns"
