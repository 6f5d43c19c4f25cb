// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#define CATCH_CONFIG_RUNNER
#include "support/catch.h"

#ifdef VORONKA_TESTS_WITH_WIDGETS
#include <QApplication>
using TestApp = QApplication;
#else
#include <QCoreApplication>
using TestApp = QCoreApplication;
#endif
#include <QLocale>

int main(int argc, char **argv)
{
    // Tests never need a display; they run the same on CI and on a desktop.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    // The write audit (core/storage/writeaudit.h) is on for the whole suite and for every
    // program a test starts: a synced row changed without its outbox row stops the run.
    if (qEnvironmentVariableIsEmpty("VORONKA_WRITE_AUDIT"))
        qputenv("VORONKA_WRITE_AUDIT", "1");
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    TestApp app(argc, argv);
    return Catch::Session().run(argc, argv);
}
