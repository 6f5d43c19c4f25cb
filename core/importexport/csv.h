// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QIODevice>
#include <QString>
#include <QStringList>

namespace Voronka::Core {

// RFC 4180 CSV as spreadsheets read it: UTF-8 with a byte-order mark (so Excel picks the
// encoding), CRLF line ends, and a field quoted only when it holds the separator, a quote,
// a line break or leading/trailing spaces. Cells that a spreadsheet would run as a formula
// (=, +, -, @, tab or carriage return first) are prefixed with an apostrophe: an exported CRM
// must not become an attack on whoever opens it. NUL characters are dropped.
class CsvWriter
{
public:
    explicit CsvWriter(QIODevice &out, QChar separator = QLatin1Char(','));

    void writeRow(const QStringList &cells);
    bool ok() const { return m_ok; }
    QString errorString() const { return m_out.errorString(); }

    static QString quoted(const QString &cell, QChar separator = QLatin1Char(','));

private:
    QIODevice &m_out;
    QChar m_sep;
    bool m_ok = true;
};

// Reads rows back (quoted fields, doubled quotes, line breaks inside quotes, BOM); used by
// tests and by import.
QList<QStringList> parseCsv(const QByteArray &data, QChar separator = QLatin1Char(','));

} // namespace Voronka::Core
