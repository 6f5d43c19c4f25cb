// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "guardedapplication.h"

#include "core/storage/database.h"

#include <QMessageBox>
#include <QTimer>

#include <cstdio>

namespace Voronka::Ui {

namespace {
QString &databasePath()
{
    static QString path;
    return path;
}
} // namespace

GuardedApplication::GuardedApplication(int &argc, char **argv)
    : QApplication(argc, argv)
{
}

void GuardedApplication::setDatabasePath(const QString &path)
{
    databasePath() = path;
}

QString GuardedApplication::messageFor(const Core::SqlError &error)
{
    return tr("%1\n\nVoronka closes so that nothing more is written to it. "
              "\"voronka-cli check\" tells what is damaged; a backup can be restored.")
        .arg(Core::Database::errorFor(error, databasePath()).message);
}

bool GuardedApplication::notify(QObject *receiver, QEvent *event)
{
    try {
        return QApplication::notify(receiver, event);
    } catch (const Core::SqlError &e) {
        fail(messageFor(e));
        return false;
    }
}

void GuardedApplication::fail(const QString &message)
{
    if (m_failed)
        return; // the first error says it; later ones are its echoes
    m_failed = true;
    std::fprintf(stderr, "voronka: %s\n", qPrintable(message));
    // After the event that failed has unwound: a modal box inside notify() would run the event
    // loop from within the failing event.
    QTimer::singleShot(0, this, [message] {
        if (QGuiApplication::platformName() != QLatin1String("offscreen"))
            QMessageBox::critical(nullptr, tr("The database is damaged"), message);
        QCoreApplication::exit(2);
    });
}

} // namespace Voronka::Ui
