// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QObject>

#include <functional>
#include <memory>

namespace Voronka::Server {

// Quits the application's event loop when the service manager or the console asks the
// server to stop, so the store closes as after any other request: the connection folds the
// WAL back and nothing is cut mid-transaction. POSIX: SIGTERM and SIGINT, through a socket
// pair the event loop watches. Windows: Ctrl+C, Ctrl+Break, closing the console, logoff and
// shutdown (SetConsoleCtrlHandler), whose handler runs on a thread of its own.
class QuitSignals final
{
public:
    // beforeQuit runs on the event loop's thread just before it quits.
    explicit QuitSignals(std::function<void()> beforeQuit);
    ~QuitSignals();
    QuitSignals(const QuitSignals &) = delete;
    QuitSignals &operator=(const QuitSignals &) = delete;

    bool ok() const { return m_ok; }

private:
    bool m_ok = false;
    std::unique_ptr<QObject> m_notifier;
};

} // namespace Voronka::Server
