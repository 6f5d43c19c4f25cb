// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "cli.h"

#include "app/version.h"
#include "core/platform/allocator.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    Voronka::Core::Platform::tuneAllocator();
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("voronka-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Voronka"));
    QStringList args = QCoreApplication::arguments();
    args.removeFirst();
    if (args == QStringList{QStringLiteral("--version")}) {
        std::printf("voronka-cli %s\n", VORONKA_VERSION_FULL);
        return 0;
    }
    return Voronka::Cli::run(args);
}
