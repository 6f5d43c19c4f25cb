// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "terminal.h"

#if defined(_WIN32)
#include <io.h>
#include <windows.h>

#include <cstdio>
#else
#include <csignal>
#include <termios.h>
#include <unistd.h>
#endif

namespace Voronka::Cli::Terminal {

#if defined(_WIN32)

bool inputIsTerminal()
{
    return _isatty(_fileno(stdin)) != 0;
}

bool errorIsTerminal()
{
    return _isatty(_fileno(stderr)) != 0;
}

struct HiddenInput::Saved
{
    HANDLE input = INVALID_HANDLE_VALUE;
    DWORD mode = 0;
};

HiddenInput::HiddenInput()
    : m_saved(std::make_unique<Saved>())
{
    m_saved->input = GetStdHandle(STD_INPUT_HANDLE);
    if (m_saved->input == INVALID_HANDLE_VALUE || !GetConsoleMode(m_saved->input, &m_saved->mode)) {
        m_saved->input = INVALID_HANDLE_VALUE;
        return;
    }
    SetConsoleMode(m_saved->input, m_saved->mode & ~DWORD(ENABLE_ECHO_INPUT));
}

HiddenInput::~HiddenInput()
{
    if (m_saved->input != INVALID_HANDLE_VALUE)
        SetConsoleMode(m_saved->input, m_saved->mode);
}

void stopForTest() {}

#else

bool inputIsTerminal()
{
    return isatty(STDIN_FILENO);
}

bool errorIsTerminal()
{
    return isatty(STDERR_FILENO);
}

struct HiddenInput::Saved
{
    termios mode{};
};

HiddenInput::HiddenInput()
    : m_saved(std::make_unique<Saved>())
{
    tcgetattr(STDIN_FILENO, &m_saved->mode);
    termios silent = m_saved->mode;
    silent.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &silent);
}

HiddenInput::~HiddenInput()
{
    tcsetattr(STDIN_FILENO, TCSANOW, &m_saved->mode);
}

void stopForTest()
{
    ::raise(SIGSTOP);
}

#endif

} // namespace Voronka::Cli::Terminal
