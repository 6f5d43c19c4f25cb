// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/fields/fieldtypes.h"

#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QTemporaryDir>
#include <QTimeZone>
#include <QVariant>

struct lxw_workbook;
struct lxw_worksheet;
struct lxw_format;

namespace Voronka::Core {

// One sheet of an Excel workbook (.xlsx) written row by row with libxlsxwriter in its
// constant-memory mode: a row goes to a temporary file as soon as the next one starts, so a
// million rows never sit in memory. Cells are typed so Excel sorts and sums them: numbers and
// money are numbers (money with a two-decimal format showing its currency), dates and times
// are Excel dates in the given zone, everything else text (never a formula, whatever it
// starts with). The header row is bold and frozen; each column is as wide as its longest
// value, within bounds.
//
// The workbook is built in a temporary folder and copied to the device by finish(), so a
// file on disk, a QSaveFile and standard output take it alike.
class XlsxTableWriter
{
public:
    enum class Kind { Text, Number, Money, Date, DateTime };
    struct Column
    {
        QString title;
        Kind kind = Kind::Text;
    };

    XlsxTableWriter(const QString &sheetName, const QList<Column> &columns,
                    const QTimeZone &zone = QTimeZone::systemTimeZone());
    ~XlsxTableWriter();
    XlsxTableWriter(const XlsxTableWriter &) = delete;
    XlsxTableWriter &operator=(const XlsxTableWriter &) = delete;

    // One value per column, null for an empty cell. Text: anything with a text form; Number:
    // a number; Money: a number in major units, or a map {"amount": minor units, "currency"};
    // Date: a QDate or "YYYY-MM-DD"; DateTime: ms since the epoch or a QDateTime (a QDate is
    // written as a date). A value that is not of its column's kind is written as its text.
    void writeRow(const QVariantList &cells);
    // Closes the workbook and copies it to `out`; false with errorString() when either fails.
    bool finish(QIODevice &out);
    bool ok() const { return m_error.isEmpty(); }
    QString errorString() const { return m_error; }

    // Excel's limit for a cell's text; longer text is cut there.
    static constexpr int kMaxCellText = 32767;

    // The kind of cell a custom field's values take, and a stored value (field_values.value)
    // as that cell.
    static Kind kindOf(FieldType type);
    static QVariant cellOf(const FieldDef &def, const QVariant &stored);

private:
    void writeText(int column, const QString &text);
    lxw_format *moneyFormat(const QString &currency);
    void fail(const QString &what);

    QList<Column> m_columns;
    QTimeZone m_zone;
    QTemporaryDir m_dir;
    QString m_path;
    lxw_workbook *m_book = nullptr;
    lxw_worksheet *m_sheet = nullptr;
    lxw_format *m_bold = nullptr;
    lxw_format *m_date = nullptr;
    lxw_format *m_dateTime = nullptr;
    QHash<QString, lxw_format *> m_money; // by currency
    QList<int> m_widths;                  // characters, per column
    quint32 m_row = 0;
    QString m_error;
};

} // namespace Voronka::Core
