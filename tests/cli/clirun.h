// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVariant>

namespace Voronka::Test {

// One run of a program as a script would run it: exit code, standard output and error.
struct CliRun
{
    int code = -1; // 128 + the signal when the program crashed, so a crash never reads as 0
    QString out;
    QString err;
    QByteArray bytes; // standard output as written (a BOM, binary data)
};

struct CliEnv
{
    QString password = QStringLiteral("demo"); // VORONKA_PASSWORD; null: unset
    QString newPassword;                       // VORONKA_NEW_PASSWORD; null: unset
    QByteArray input;                          // standard input, closed after it
};

// A tiny demo file made once per seed for the test run (demo --size tiny --now 2026-03-02):
// tests copy it rather than generate their own.
QString tinyDemo(int seed);
// One value by SQL straight on a file, read-only: an integer, a text, or null.
QVariant fileValue(const QString &path, const QString &sql);
// SHA-256 of a file's bytes: "byte-identical" checks.
QByteArray fileHash(const QString &path);

// voronka-cli of this build with these arguments.
CliRun runCli(const QStringList &args, const CliEnv &env = {});
CliRun runProgram(const QString &program, const QStringList &args, const CliEnv &env = {});

} // namespace Voronka::Test
