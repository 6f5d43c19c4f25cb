// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <memory>

namespace Voronka::Cli::Terminal {

// Whether standard input / standard error is a terminal (a console on Windows), not a pipe
// or a file.
bool inputIsTerminal();
bool errorIsTerminal();

// Hides typing on standard input while it lives (passwords) and restores the terminal's
// mode after: termios ECHO on POSIX, the console's ENABLE_ECHO_INPUT on Windows.
class HiddenInput final
{
public:
    HiddenInput();
    ~HiddenInput();
    HiddenInput(const HiddenInput &) = delete;
    HiddenInput &operator=(const HiddenInput &) = delete;

private:
    struct Saved;
    std::unique_ptr<Saved> m_saved;
};

// Stops this process where it stands, for a test to kill it at a known point (SIGSTOP; the
// crash campaign runs on POSIX only, so nothing happens on Windows).
void stopForTest();

} // namespace Voronka::Cli::Terminal
