# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
# The SQLite Voronka links (find_package(SQLite3) before this), checked at configure time,
# and how a connection is opened (docs/platforms.md, "SQLite").
#
# core/storage/sqlite.cpp opens a file through Qt Sql's QSQLITE driver and borrows its sqlite3
# handle for the C API. That is only sound when the driver uses the very SQLite the program
# links: true of a Linux distribution's Qt (system SQLite), false of Qt's own Windows and
# macOS builds, whose plugin carries a private copy. There the file is opened directly.
if(UNIX AND NOT APPLE)
    set(sqlite_through_qt_default ON)
else()
    set(sqlite_through_qt_default OFF)
endif()
option(VORONKA_SQLITE_THROUGH_QT
    "Open database files through Qt's QSQLITE driver (only where it uses the system SQLite)"
    ${sqlite_through_qt_default})

# The oldest SQLite with everything core/storage uses: FTS5 (with remove_diacritics 2, 3.27),
# JSON functions (built in from 3.38, a compile option before), UPSERT with several
# conflict clauses and MATERIALIZED (3.35), sqlite3_total_changes64 (3.37).
set(VORONKA_SQLITE_MIN_VERSION 3.37.0)
set(VORONKA_SQLITE_MIN_NUMBER 3037000)

# Compiles and runs cmake/sqliteprobe.cpp against the SQLite found; once per library.
set(sqlite_key "${SQLite3_LIBRARY};${SQLite3_INCLUDE_DIR};${SQLite3_VERSION}")
if(NOT VORONKA_SQLITE_CHECKED STREQUAL sqlite_key)
    set(probe_dir ${CMAKE_BINARY_DIR}/sqlite-probe)
    file(MAKE_DIRECTORY ${probe_dir})
    set(probe_exe ${probe_dir}/sqliteprobe${CMAKE_EXECUTABLE_SUFFIX})
    try_compile(probe_built ${probe_dir}/build
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/sqliteprobe.cpp
        COMPILE_DEFINITIONS -DVORONKA_SQLITE_MIN_NUMBER=${VORONKA_SQLITE_MIN_NUMBER}
        LINK_LIBRARIES SQLite::SQLite3
        CXX_STANDARD 17
        OUTPUT_VARIABLE probe_log
        COPY_FILE ${probe_exe})
    if(NOT probe_built)
        message(FATAL_ERROR "The SQLite found (${SQLite3_INCLUDE_DIR}, ${SQLite3_LIBRARY}, "
            "version ${SQLite3_VERSION}) cannot be used: Voronka needs SQLite "
            "${VORONKA_SQLITE_MIN_VERSION} or newer with FTS5. Point SQLite3_ROOT at a newer "
            "one (docs/platforms.md). The probe's build said:\n${probe_log}")
    endif()
    if(CMAKE_CROSSCOMPILING)
        message(WARNING "Cross-compiling: the SQLite library's features (FTS5, JSON) are not "
            "checked, only its header's version.")
    else()
        if(WIN32)
            # The probe finds the DLL beside itself: vcpkg keeps it in bin/ next to lib/.
            get_filename_component(sqlite_lib_dir "${SQLite3_LIBRARY}" DIRECTORY)
            file(GLOB sqlite_dlls "${sqlite_lib_dir}/../bin/*sqlite3*.dll")
            if(sqlite_dlls)
                file(COPY ${sqlite_dlls} DESTINATION ${probe_dir})
            endif()
        endif()
        execute_process(COMMAND ${probe_exe} RESULT_VARIABLE probe_rc
            OUTPUT_VARIABLE probe_out ERROR_VARIABLE probe_err)
        string(REGEX MATCH "version=([^\n]*)" _ "${probe_out}")
        set(found_version "${CMAKE_MATCH_1}")
        string(REGEX MATCHALL "missing=[a-z0-9]+" missing "${probe_out}")
        list(TRANSFORM missing REPLACE "missing=" "")
        if(NOT probe_rc EQUAL 0 OR found_version STREQUAL "")
            message(FATAL_ERROR "The SQLite probe did not run (${probe_rc}): ${probe_err}. "
                "Is the SQLite library (${SQLite3_LIBRARY}) where the loader finds it?")
        endif()
        if(missing)
            list(JOIN missing ", " missing_text)
            message(FATAL_ERROR "The SQLite library found (${SQLite3_LIBRARY}, version "
                "${found_version}) lacks: ${missing_text}. Voronka needs SQLite "
                "${VORONKA_SQLITE_MIN_VERSION} or newer built with FTS5 (SQLITE_ENABLE_FTS5) "
                "and the JSON functions; vcpkg: sqlite3[fts5], Homebrew: sqlite "
                "(docs/platforms.md). The probe said:\n${probe_out}")
        endif()
        message(STATUS "SQLite ${found_version}: FTS5, JSON, UPSERT checked")
    endif()
    set(VORONKA_SQLITE_CHECKED "${sqlite_key}" CACHE INTERNAL "The SQLite the probe accepted")
endif()
