# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
# The macOS disk image (`cpack -G DragNDrop` in a build directory; the macos presets):
# Voronka.app with voronka-cli and voronka-server inside it (Contents/MacOS), every library
# they load copied in by macdeployqt, beside a link to /Applications. Signed with
# VORONKA_CODESIGN_IDENTITY when one is given, ad hoc otherwise (Apple silicon runs no
# unsigned code). Included from packaging/CMakeLists.txt; nothing here runs on Linux.
# Untested until the desktop workflow (.github/workflows/desktop.yml) runs it:
# docs/platforms.md.
set(VORONKA_CODESIGN_IDENTITY "" CACHE STRING
    "Developer ID to sign Voronka.app with (\"Developer ID Application: ...\"); empty: ad hoc")
set(VORONKA_BUNDLE_ID org.voronka.Voronka CACHE STRING "The app bundle's identifier")

set(icon ${CMAKE_CURRENT_LIST_DIR}/voronka.icns)
target_sources(voronka PRIVATE ${icon})
set_source_files_properties(${icon} DIRECTORY ${PROJECT_SOURCE_DIR}/app/desktop
    PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
# The target is MACOSX_BUNDLE already (app/desktop); the bundle is Voronka.app.
set_target_properties(voronka PROPERTIES
    OUTPUT_NAME Voronka
    MACOSX_BUNDLE_INFO_PLIST ${CMAKE_CURRENT_LIST_DIR}/Info.plist.in
    MACOSX_BUNDLE_GUI_IDENTIFIER ${VORONKA_BUNDLE_ID}
    MACOSX_BUNDLE_BUNDLE_NAME Voronka
    MACOSX_BUNDLE_BUNDLE_VERSION ${PROJECT_VERSION}
    MACOSX_BUNDLE_SHORT_VERSION_STRING ${PROJECT_VERSION}
    MACOSX_BUNDLE_ICON_FILE voronka.icns
    MACOSX_BUNDLE_COPYRIGHT "Voronka contributors, GPL-3.0-or-later")

set(app Voronka.app)
install(TARGETS voronka BUNDLE DESTINATION .)
install(TARGETS voronka-cli voronka-server RUNTIME DESTINATION ${app}/Contents/MacOS)
# libxlsxwriter is opened at run time from Contents/Frameworks under the name it was linked
# by (core/importexport/xlsxwriter.cpp); macdeployqt brings what it needs.
file(REAL_PATH "${XLSXWRITER_LIBRARY}" xlsxwriter_real)
install(FILES ${xlsxwriter_real} DESTINATION ${app}/Contents/Frameworks)
install(FILES ${PROJECT_SOURCE_DIR}/packaging/server/Caddyfile
    ${PROJECT_SOURCE_DIR}/packaging/server/nginx.conf DESTINATION ${app}/Contents/Resources/server)

find_program(VORONKA_MACDEPLOYQT macdeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${Qt6_DIR}/../../../bin"
    DOC "Qt's macdeployqt, run on the installed bundle")
if(NOT VORONKA_MACDEPLOYQT)
    message(FATAL_ERROR "macdeployqt not found next to Qt (${Qt6_DIR}): set VORONKA_MACDEPLOYQT.")
endif()
get_filename_component(xlsxwriter_name "${xlsxwriter_real}" NAME)
configure_file(${CMAKE_CURRENT_LIST_DIR}/deployqt.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/deployqt.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deployqt.cmake)

set(CPACK_GENERATOR DragNDrop)
set(CPACK_PACKAGE_NAME Voronka)
set(CPACK_PACKAGE_VENDOR "Voronka contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Local-first desktop CRM for small sales teams")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://voronka.org/")
if(CMAKE_OSX_ARCHITECTURES)
    string(REPLACE ";" "-" arch "${CMAKE_OSX_ARCHITECTURES}")
else()
    set(arch ${CMAKE_SYSTEM_PROCESSOR})
endif()
set(CPACK_PACKAGE_FILE_NAME "Voronka-${PROJECT_VERSION}-macos-${arch}")
set(CPACK_DMG_VOLUME_NAME Voronka)
set(CPACK_DMG_FORMAT UDZO)
set(CPACK_PACKAGE_ICON ${icon})
set(CPACK_STRIP_FILES OFF) # stripping after signing would break the signature
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
include(CPack)
