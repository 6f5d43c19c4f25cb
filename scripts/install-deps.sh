#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs the Debian 12 packages Voronka builds and tests with. Safe to run repeatedly:
# it only calls apt-get when something is missing.
set -euo pipefail
packages=(
    cmake ninja-build g++ ccache pkg-config
    qt6-base-dev qt6-charts-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    qt6-translations-l10n qt6-qpa-plugins libgl-dev
    libqt6sql6-sqlite
    libsqlite3-dev sqlite3 libsodium-dev catch2
    fiu-utils # fiu-run: the crash campaign injects I/O errors with it
    qtkeychain-qt6-dev # "Remember me": passwords in the system keychain
    xvfb xauth fonts-dejavu-core
    python3-vobject
    python3-icalendar # an independent iCalendar parser for the export tests
    poppler-utils     # pdftotext: the UI tests read the printed PDF back
    bindfs fuse3      # two mounts of one folder whose locks do not reach each other (shared-file tests)
    libuchardet-dev   # import: the encoding of a CSV file
    libquazip1-qt6-dev # import: the zip container of an XLSX workbook
    qt6-httpserver-dev # voronka-server: the HTTP front of the team server
    qt6-websockets-dev # Qt6HttpServer's CMake config needs it; Debian 12's package does not pull it in
    libxlsxwriter-dev  # export: XLSX workbooks with typed cells
    libpq-dev          # core/storage on PostgreSQL (the team server's store)
    postgresql-15      # the server programs of the tests' throwaway cluster (scripts/pg-cluster.sh)
)
# Recommends stay on: Qt's SQLite driver (libqt6sql6-sqlite) is only a recommendation of
# libqt6sql6, and it is listed above as well so nothing depends on that default.
bash "$(dirname "$0")/apt-missing.sh" "${packages[@]}"
