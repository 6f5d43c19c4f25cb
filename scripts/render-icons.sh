#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Renders the application icon (resources/icons/logo.svg) into the hicolor PNG sizes the
# Linux package installs (packaging/linux/icons). Run after changing the logo; the PNGs are
# committed so that building needs no SVG renderer. Needs rsvg-convert (librsvg2-bin).
set -euo pipefail
cd "$(dirname "$0")/.."
command -v rsvg-convert >/dev/null || { echo "rsvg-convert is missing: apt-get install librsvg2-bin" >&2; exit 1; }
for size in 16 22 24 32 48 64 128 256 512; do
    dir=packaging/linux/icons/${size}x${size}
    mkdir -p "$dir"
    rsvg-convert --width "$size" --height "$size" resources/icons/logo.svg -o "$dir/voronka.png"
done
