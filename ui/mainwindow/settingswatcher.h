// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QObject>
#include <QTimer>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Notices settings changed on the file — users, roles, pipelines, fields — by this window,
// another window or another desktop, and tells the main window once the session reloaded them,
// so a manager whose rights shrink sees the views shrink without restarting. One cheap read of
// the file's settings_version per tick.
class SettingsWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SettingsWatcher(Core::Session &session, QObject *parent = nullptr);

    static constexpr int kIntervalMs = 2000;
    // One look now (the timer calls it; tests call it instead of waiting).
    void poll();

signals:
    void changed();
    // The signed-in user was deactivated: the window closes.
    void actorDeactivated();

private:
    Core::Session &m_session;
    QTimer m_timer;
    qint64 m_seen = -1;
};

} // namespace Voronka::Ui
