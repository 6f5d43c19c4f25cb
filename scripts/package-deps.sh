#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 tools that check and bundle the packages (scripts/package.sh,
# scripts/test-package.sh, scripts/portable.sh), on top of scripts/install-deps.sh's.
# Safe to run repeatedly: it only calls apt-get when something is missing.
set -euo pipefail
packages=(
    lintian            # the Debian package's checks
    desktop-file-utils # desktop-file-validate
    appstream          # appstreamcli validate-tree
    patchelf           # the portable build: its programs and libraries find each other
    file xz-utils
)
bash "$(dirname "$0")/apt-missing.sh" --no-recommends "${packages[@]}"
