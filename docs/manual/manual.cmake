# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
# The user manual's files, relative to docs/manual: compiled into the application (ui/) and
# installed beside it (packaging/). Pictures are made by scripts/manual-screenshots.sh.
set(voronka_manual_pages index board cards tasks calendar lists analytics import settings
    backups sync)
set(voronka_manual_images board card tasks calendar contacts analytics users roles backups)
set(voronka_manual_files manual.css)
foreach(lang en ru)
    foreach(page ${voronka_manual_pages})
        list(APPEND voronka_manual_files "${lang}/${page}.html")
    endforeach()
    foreach(image ${voronka_manual_images})
        list(APPEND voronka_manual_files "${lang}/img/${image}.png")
    endforeach()
endforeach()
