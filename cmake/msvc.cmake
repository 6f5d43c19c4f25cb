# SPDX-License-Identifier: GPL-3.0-or-later
# SPDX-FileCopyrightText: Voronka contributors
# Compile flags for Microsoft's compiler (the windows-msvc preset), the counterpart of the
# GCC/Clang flags in CMakeLists.txt: sources are UTF-8, standard C++, warnings level 4.
target_compile_options(voronka_flags INTERFACE /W4 /utf-8 /permissive- /Zc:__cplusplus
    /wd4127 # "conditional expression is constant": if constexpr is not always the answer
    /wd4251 # "needs to have dll-interface": Qt's own classes, linked as DLLs
)
target_compile_definitions(voronka_flags INTERFACE _CRT_SECURE_NO_WARNINGS)
if(VORONKA_WERROR)
    target_compile_options(voronka_flags INTERFACE /WX)
endif()
