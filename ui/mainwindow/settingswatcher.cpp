// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "settingswatcher.h"

#include "core/services/session.h"

namespace Voronka::Ui {

SettingsWatcher::SettingsWatcher(Core::Session &session, QObject *parent)
    : QObject(parent)
    , m_session(session)
    , m_seen(session.settingsVersionOnFile())
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, &SettingsWatcher::poll);
    m_timer.start();
}

void SettingsWatcher::poll()
{
    const qint64 version = m_session.settingsVersionOnFile();
    if (version == m_seen)
        return;
    m_seen = version;
    // A view's own poll may have reloaded the session already; either way it is fresh now.
    m_session.refreshIfStale();
    if (!m_session.actor().active) {
        m_timer.stop();
        emit actorDeactivated();
        return;
    }
    emit changed();
}

} // namespace Voronka::Ui
