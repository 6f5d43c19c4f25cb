// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QFrame>

class QLabel;
class QTimer;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// A strip above the section while the file is a shared one: who else has it open (from the
// lock canary's slots) and, when file locks do not reach another computer, that this session
// is read-only and why. Hidden when there is nothing to say.
class SharedFileBanner final : public QFrame
{
    Q_OBJECT
public:
    explicit SharedFileBanner(Core::Session &session, QWidget *parent = nullptr);

    // Looks at the canary again (a timer does it every few seconds).
    void refresh();
    QString text() const;

    static constexpr int kPollMs = 5000;

private:
    Core::Session &m_session;
    QLabel *m_text;
    QTimer *m_timer;
};

} // namespace Voronka::Ui
