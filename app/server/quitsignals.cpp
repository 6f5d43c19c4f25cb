// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "quitsignals.h"

#include <QCoreApplication>
#include <QMetaObject>

#if defined(Q_OS_WIN)
#include <cstdlib>
#include <windows.h>
#else
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Voronka::Server {

#if defined(Q_OS_WIN)

namespace {

// Set when the process exits (after main has closed the store): closing the console, logoff
// and shutdown end the process as soon as the handler returns, so the handler waits for
// it (the system allows about five seconds).
HANDLE g_exited = nullptr;
std::function<void()> g_beforeQuit;

BOOL WINAPI onConsoleEvent(DWORD event)
{
    switch (event) {
    case CTRL_C_EVENT:
    case CTRL_BREAK_EVENT:
    case CTRL_CLOSE_EVENT:
    case CTRL_LOGOFF_EVENT:
    case CTRL_SHUTDOWN_EVENT:
        QMetaObject::invokeMethod(
            QCoreApplication::instance(),
            [] {
                if (g_beforeQuit)
                    g_beforeQuit();
                QCoreApplication::quit();
            },
            Qt::QueuedConnection);
        if (event != CTRL_C_EVENT && event != CTRL_BREAK_EVENT && g_exited)
            WaitForSingleObject(g_exited, 4500);
        return TRUE;
    default:
        return FALSE;
    }
}

} // namespace

QuitSignals::QuitSignals(std::function<void()> beforeQuit)
{
    g_beforeQuit = std::move(beforeQuit);
    if (!g_exited) {
        g_exited = CreateEventW(nullptr, TRUE, FALSE, nullptr);
        std::atexit([] { SetEvent(g_exited); });
    }
    // The handler stays after this object: a late close event still waits for the exit.
    m_ok = g_exited && SetConsoleCtrlHandler(onConsoleEvent, TRUE);
}

QuitSignals::~QuitSignals()
{
    g_beforeQuit = nullptr; // the loop's thread, like its only caller
}

#else

namespace {

int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] const ssize_t n = ::write(g_signalPipe[1], &c, 1);
}

} // namespace

QuitSignals::QuitSignals(std::function<void()> beforeQuit)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return;
    auto notifier = std::make_unique<QSocketNotifier>(g_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(notifier.get(), &QSocketNotifier::activated, qApp,
                     [beforeQuit = std::move(beforeQuit)] {
                         char c = 0;
                         [[maybe_unused]] const ssize_t n = ::read(g_signalPipe[0], &c, 1);
                         if (beforeQuit)
                             beforeQuit();
                         QCoreApplication::quit();
                     });
    m_notifier = std::move(notifier);
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    m_ok = true;
}

QuitSignals::~QuitSignals() = default;

#endif

} // namespace Voronka::Server
