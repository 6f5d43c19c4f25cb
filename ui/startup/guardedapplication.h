// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QApplication>

namespace Voronka::Core {
class SqlError;
}

namespace Voronka::Ui {

// The desktop's application object. A storage error that reaches the event loop — a page of
// the file damaged where no service expected it — would abort the process (an uncaught
// exception); here it is caught at the one place every event passes, the user is told which
// file is damaged and what to do, and Voronka closes with exit code 2, leaving the file as the
// last committed change left it.
class GuardedApplication final : public QApplication
{
    Q_OBJECT
public:
    GuardedApplication(int &argc, char **argv);

    bool notify(QObject *receiver, QEvent *event) override;

    // The file the user works on, for the message (set when a file opens).
    static void setDatabasePath(const QString &path);
    // What the user reads for that error.
    static QString messageFor(const Core::SqlError &error);

private:
    void fail(const QString &message);
    bool m_failed = false;
};

} // namespace Voronka::Ui
