# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
# The Windows installer (`cpack -G NSIS` in a build directory; the windows-msvc presets):
# the three programs in bin\ with every DLL they load, Qt's through windeployqt, the others
# (vcpkg's, QuaZip's, QtKeychain's, the MSVC runtime) through CMake's runtime dependency
# resolution; a Start menu shortcut, an uninstaller, and .voronka files opening in Voronka.
# Included from packaging/CMakeLists.txt; nothing here runs on Linux. Untested until the
# desktop workflow (.github/workflows/desktop.yml) runs it: docs/platforms.md.

# The executable's icon (Explorer, the taskbar, the shortcut) and version resource.
configure_file(${CMAKE_CURRENT_LIST_DIR}/voronka.rc.in ${CMAKE_CURRENT_BINARY_DIR}/voronka.rc @ONLY)
target_sources(voronka PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/voronka.rc)

# Folders holding the DLLs the programs link: every prefix searched, vcpkg's, and the folders
# of the imported libraries (QuaZip and QtKeychain built beside Qt, say).
set(runtime_dirs "")
foreach(prefix IN LISTS CMAKE_PREFIX_PATH)
    list(APPEND runtime_dirs "${prefix}/bin")
endforeach()
if(DEFINED _VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
    list(APPEND runtime_dirs "${_VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}/bin")
endif()
foreach(target QuaZip::QuaZip qt6keychain)
    foreach(property IMPORTED_LOCATION_RELEASE IMPORTED_LOCATION_RELWITHDEBINFO IMPORTED_LOCATION)
        get_target_property(location ${target} ${property})
        if(location)
            get_filename_component(dir "${location}" DIRECTORY)
            list(APPEND runtime_dirs "${dir}")
            break()
        endif()
    endforeach()
endforeach()
get_filename_component(xlsxwriter_dll_dir "${XLSXWRITER_DLL}" DIRECTORY)
list(APPEND runtime_dirs "${xlsxwriter_dll_dir}")
list(REMOVE_DUPLICATES runtime_dirs)
set(VORONKA_RUNTIME_DIRS "${runtime_dirs}" CACHE STRING
    "Folders searched for the DLLs the Windows installer ships (besides Qt's)")

install(TARGETS voronka voronka-cli voronka-server
    RUNTIME_DEPENDENCY_SET voronka_runtime
    RUNTIME DESTINATION bin)
# libxlsxwriter is opened at run time (core/importexport/xlsxwriter.cpp), so no link names it:
# its DLL and the DLLs it needs (minizip, zlib) are added by hand.
add_library(voronka_xlsxwriter_dll SHARED IMPORTED)
set_target_properties(voronka_xlsxwriter_dll PROPERTIES
    IMPORTED_LOCATION "${XLSXWRITER_DLL}" IMPORTED_IMPLIB "${XLSXWRITER_LIBRARY}")
install(IMPORTED_RUNTIME_ARTIFACTS voronka_xlsxwriter_dll
    RUNTIME_DEPENDENCY_SET voronka_runtime
    RUNTIME DESTINATION bin)
install(RUNTIME_DEPENDENCY_SET voronka_runtime
    # Windows' own DLLs, and Qt's, which windeployqt installs with their plugins.
    PRE_EXCLUDE_REGEXES "^api-ms-" "^ext-ms-" "^Qt6" "^(vcruntime|msvcp|concrt)[0-9_]*\\.dll$"
    POST_EXCLUDE_REGEXES "[/\\\\][Ss]ystem32[/\\\\]" "[/\\\\][Ww]indows[/\\\\]"
    DIRECTORIES ${VORONKA_RUNTIME_DIRS}
    RUNTIME DESTINATION bin)
# The MSVC runtime (vcruntime140.dll, msvcp140.dll, ...) beside the programs.
set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION bin)
set(CMAKE_INSTALL_UCRT_LIBRARIES OFF) # Windows 10 and later carry the UCRT
include(InstallRequiredSystemLibraries)

# Qt's DLLs, plugins (platform, styles, SQL driver, TLS) and its own translations.
find_program(VORONKA_WINDEPLOYQT windeployqt
    HINTS "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}" "${Qt6_DIR}/../../../bin"
    DOC "Qt's windeployqt, run on the installed programs")
if(NOT VORONKA_WINDEPLOYQT)
    message(FATAL_ERROR "windeployqt not found next to Qt (${Qt6_DIR}): set VORONKA_WINDEPLOYQT.")
endif()
configure_file(${CMAKE_CURRENT_LIST_DIR}/deployqt.cmake.in
    ${CMAKE_CURRENT_BINARY_DIR}/deployqt.cmake @ONLY)
install(SCRIPT ${CMAKE_CURRENT_BINARY_DIR}/deployqt.cmake)
# Qt looks for its plugins and translations beside the programs, where windeployqt put them.
install(FILES ${CMAKE_CURRENT_LIST_DIR}/qt.conf DESTINATION bin)

install(FILES ${PROJECT_SOURCE_DIR}/packaging/server/Caddyfile
    ${PROJECT_SOURCE_DIR}/packaging/server/nginx.conf DESTINATION doc/server)
configure_file(${PROJECT_SOURCE_DIR}/LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt COPYONLY)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt DESTINATION .)

set(CPACK_GENERATOR NSIS)
set(CPACK_VERBATIM_VARIABLES ON) # backslashes below reach NSIS as written
set(CPACK_PACKAGE_NAME Voronka)
set(CPACK_PACKAGE_VENDOR "Voronka contributors")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "Local-first desktop CRM for small sales teams")
set(CPACK_PACKAGE_HOMEPAGE_URL "https://voronka.org/")
set(CPACK_PACKAGE_INSTALL_DIRECTORY Voronka)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY Voronka)
set(CPACK_PACKAGE_FILE_NAME "Voronka-${PROJECT_VERSION}-windows-x64")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_CURRENT_BINARY_DIR}/LICENSE.txt)
set(CPACK_STRIP_FILES OFF)
# Start menu: Voronka (bin\voronka.exe); the uninstaller is listed in Apps & features.
set(CPACK_PACKAGE_EXECUTABLES voronka Voronka)
set(CPACK_NSIS_PACKAGE_NAME Voronka)
set(CPACK_NSIS_DISPLAY_NAME Voronka)
set(CPACK_NSIS_MUI_ICON ${CMAKE_CURRENT_LIST_DIR}/voronka.ico)
set(CPACK_NSIS_MUI_UNIICON ${CMAKE_CURRENT_LIST_DIR}/voronka.ico)
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\voronka.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "https://voronka.org/")
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)
set(CPACK_NSIS_MODIFY_PATH OFF)
set(CPACK_NSIS_MUI_FINISHPAGE_RUN voronka.exe)
set(CPACK_NSIS_INSTALL_ROOT "$PROGRAMFILES64")
# .voronka files open in Voronka (the program takes the file as its argument).
file(READ ${CMAKE_CURRENT_LIST_DIR}/fileassoc-install.nsh CPACK_NSIS_EXTRA_INSTALL_COMMANDS)
file(READ ${CMAKE_CURRENT_LIST_DIR}/fileassoc-uninstall.nsh CPACK_NSIS_EXTRA_UNINSTALL_COMMANDS)
set(CPACK_PACKAGE_DIRECTORY ${CMAKE_BINARY_DIR}/package)
include(CPack)
