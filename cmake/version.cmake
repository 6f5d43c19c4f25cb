# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
# Versions come from one place: project(VERSION), plus `git describe` when built from a git
# checkout. Every executable includes the generated "app/version.h" by linking voronka_version.
# The header is refreshed on every build (one git call) but rewritten only when the
# description changes, so a new commit recompiles the few files that print it, nothing else.
set(VORONKA_GENERATED_DIR ${CMAKE_BINARY_DIR}/generated)
set(voronka_version_header ${VORONKA_GENERATED_DIR}/app/version.h)
set(voronka_version_args -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUT=${voronka_version_header}
    -DVERSION=${PROJECT_VERSION} -P ${CMAKE_CURRENT_LIST_DIR}/versionheader.cmake)
# Once now, so the header exists before the first build.
execute_process(COMMAND ${CMAKE_COMMAND} ${voronka_version_args} COMMAND_ERROR_IS_FATAL ANY)
add_custom_target(voronka_version_header
    COMMAND ${CMAKE_COMMAND} ${voronka_version_args}
    BYPRODUCTS ${voronka_version_header}
    VERBATIM)
add_library(voronka_version INTERFACE)
target_include_directories(voronka_version INTERFACE ${VORONKA_GENERATED_DIR})
add_dependencies(voronka_version voronka_version_header)
