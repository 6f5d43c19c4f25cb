// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Voronka::Bench {

enum ExitCode { Success = 0, Usage = 1, DataError = 2 };

struct Options
{
    enum class Mode { Bench, MakeDemo, MoveLoop, MemoryProbe, BackupProbe, Help };
    Mode mode = Mode::Bench;
    QString db;
    bool json = false;
    QString user = QStringLiteral("admin@example.com");
    QString manager = QStringLiteral("manager1@example.com");
    int rounds = 50;
    quint64 seed = 1;
    QStringList only;           // row name prefixes; empty: every row
    qint64 importRows = 100000; // the rows of the "import N contacts" rows
    QString server;             // the voronka-server of the sync rows; empty: beside this program
    QString serverPg; // the sync rows' store on PostgreSQL (voronka-server --pg); empty: a file
    // --make-demo
    QString demoSize = QStringLiteral("small");
    // --move-loop: how many moves (0: until killed)
    qint64 moveLoop = 0;
    // --memory-probe (internal: the child process that measures resident memory)
    QString probeSide;
    QString prefixFile;
    // --backup-probe (internal: the child process that makes one backup)
    QString backupOut;
};

extern const char *const kUsage;

// Parses the arguments without the program name. On failure returns false and sets error
// to a message that names the offending argument.
bool parseOptions(const QStringList &args, Options &out, QString &error);

} // namespace Voronka::Bench
