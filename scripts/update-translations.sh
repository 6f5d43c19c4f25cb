#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Collects every user-visible string of core/, ui/ and app/ into translations/*.ts.
# Russian gets every message; English only the plural forms (English text is the source).
# Then translate what is new (Qt Linguist, or edit the .ts) until the ui tests pass:
# they fail listing every unfinished Russian message.
set -euo pipefail
cd "$(dirname "$0")/.."
lupdate=${LUPDATE:-}
if [ -z "$lupdate" ]; then
    for candidate in /usr/lib/qt6/bin/lupdate "$(command -v lupdate6 || true)" \
        "$(command -v lupdate || true)"; do
        if [ -n "$candidate" ] && [ -x "$candidate" ]; then lupdate=$candidate; break; fi
    done
fi
[ -n "$lupdate" ] || { echo "lupdate (Qt 6 Linguist tools) not found; set LUPDATE" >&2; exit 1; }
sources=(core ui app)
"$lupdate" -no-obsolete -locations relative -I . -source-language en -target-language ru \
    "${sources[@]}" -ts translations/voronka_ru.ts
"$lupdate" -no-obsolete -locations relative -I . -source-language en -target-language en \
    -pluralonly "${sources[@]}" -ts translations/voronka_en.ts
python3 "$(dirname "$0")/fill-en-plurals.py" translations/voronka_en.ts
