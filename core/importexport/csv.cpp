// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/importexport/csv.h"

namespace Voronka::Core {

CsvWriter::CsvWriter(QIODevice &out, QChar separator)
    : m_out(out)
    , m_sep(separator)
{
    if (m_out.pos() == 0)
        m_ok = m_out.write("\xEF\xBB\xBF") == 3;
}

namespace {
// A cell that starts like a formula but cannot do anything as one: digits, spaces and the
// punctuation of numbers and phone numbers ("+7 912 345-67-89; 8 800 100-20-30", "-12.5").
// A formula that does harm needs a function name, a reference or a command (letters, "!",
// "|", ":"), or an "=" of its own. Such cells are written as they are, so that phones read
// back unchanged; anything else gets the apostrophe that keeps it text.
bool inertAfterSign(const QString &text)
{
    if (text.front() == QLatin1Char('=') || text.front() == QLatin1Char('@'))
        return false;
    for (const QChar c : text) {
        if (!(c.isDigit() || c == u' ' || c == u'+' || c == u'-' || c == u'(' || c == u')'
              || c == u'.' || c == u',' || c == u';' || c == u'/'))
            return false;
    }
    return true;
}
} // namespace

QString CsvWriter::quoted(const QString &cell, QChar separator)
{
    QString text = cell;
    // A NUL byte is never written: spreadsheets and parsers cut the cell (or the file) at it.
    text.remove(QChar(u'\0'));
    if (!text.isEmpty()) {
        const QChar first = text.front();
        if (first == QLatin1Char('\t') || first == QLatin1Char('\r')) {
            // Spreadsheets skip a leading tab or carriage return and then run what follows.
            text.prepend(QLatin1Char('\''));
        } else if ((first == QLatin1Char('=') || first == QLatin1Char('+')
                    || first == QLatin1Char('-') || first == QLatin1Char('@'))
                   && !inertAfterSign(text)) {
            text.prepend(QLatin1Char('\''));
        }
    }
    const bool needs = text.contains(separator) || text.contains(QLatin1Char('"'))
                       || text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r'))
                       || (!text.isEmpty() && (text.front().isSpace() || text.back().isSpace()));
    if (!needs)
        return text;
    text.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + text + QLatin1Char('"');
}

void CsvWriter::writeRow(const QStringList &cells)
{
    QString line;
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            line += m_sep;
        line += quoted(cells[i], m_sep);
    }
    line += QLatin1String("\r\n");
    const QByteArray bytes = line.toUtf8();
    if (m_out.write(bytes) != bytes.size())
        m_ok = false;
}

QList<QStringList> parseCsv(const QByteArray &data, QChar separator)
{
    QString text = QString::fromUtf8(data);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool inQuotes = false;
    bool any = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (inQuotes) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    cell += c;
                    ++i;
                } else {
                    inQuotes = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            inQuotes = true;
            any = true;
        } else if (c == separator) {
            row << cell;
            cell.clear();
            any = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            row << cell;
            rows << row;
            row.clear();
            cell.clear();
            any = false;
        } else {
            cell += c;
            any = true;
        }
    }
    if (any || !cell.isEmpty() || !row.isEmpty()) {
        row << cell;
        rows << row;
    }
    return rows;
}

} // namespace Voronka::Core
