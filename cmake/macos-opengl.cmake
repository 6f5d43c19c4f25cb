# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
# Included before anything else by the macos preset (CMAKE_PROJECT_TOP_LEVEL_INCLUDES).
# Qt before 6.8.4 and 6.9.2 links the AGL framework with OpenGL, and recent macOS SDKs no
# longer have AGL (QTBUG-137687): "ld: framework 'AGL' not found". Qt's FindWrapOpenGL takes
# a WrapOpenGL::WrapOpenGL that already exists as it is, so one with OpenGL alone is made here.
if(APPLE AND NOT TARGET WrapOpenGL::WrapOpenGL)
    find_library(VORONKA_OPENGL_FRAMEWORK OpenGL REQUIRED)
    add_library(WrapOpenGL::WrapOpenGL INTERFACE IMPORTED GLOBAL)
    target_link_libraries(WrapOpenGL::WrapOpenGL INTERFACE "${VORONKA_OPENGL_FRAMEWORK}")
    set(WrapOpenGL_FOUND ON)
endif()
