#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs those of the given Debian packages that are not installed yet (apt-get through sudo
# unless run as root); nothing when all are. Shared by install-deps.sh and package-deps.sh.
#   scripts/apt-missing.sh [--no-recommends] PACKAGE...
set -euo pipefail
options=(-y -q)
if [ "${1:-}" = "--no-recommends" ]; then
    options+=(--no-install-recommends)
    shift
fi
missing=()
for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing: ${missing[*]}"
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    export DEBIAN_FRONTEND=noninteractive
    "${sudo_cmd[@]}" apt-get update -q
    "${sudo_cmd[@]}" apt-get install "${options[@]}" "${missing[@]}"
fi
