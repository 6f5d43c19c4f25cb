// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cli.h"

#include <QCoreApplication>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Voronka"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    return Voronka::Cli::run(args);
}
