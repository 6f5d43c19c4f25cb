// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/importexport/xlsxwriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QLibrary>

#include <type_traits>

#include <xlsxwriter.h>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::XlsxTableWriter)
};

// Column widths in characters: wide enough for a date and a short name, never a screen wide.
constexpr int kMinWidth = 8;
constexpr int kMaxWidth = 50;

// libxlsxwriter is opened at run time with its own symbols first (RTLD_DEEPBIND): it zips
// with the system minizip, whose function names QuaZip (the XLSX reader) exports too, with
// other arguments. Linked normally, libxlsxwriter's zipOpen would run QuaZip's and crash.
// The library functions Voronka calls, listed once for the pointers and their lookup.
#define VORONKA_XLSX_FUNCTIONS(X) \
    X(workbook_new_opt) \
    X(workbook_add_worksheet) \
    X(workbook_add_format) \
    X(format_set_bold) \
    X(format_set_num_format) \
    X(worksheet_write_string) \
    X(worksheet_write_number) \
    X(worksheet_write_datetime) \
    X(worksheet_freeze_panes) \
    X(worksheet_set_column) \
    X(workbook_close) \
    X(lxw_strerror)

struct Api
{
#define VORONKA_XLSX_FN(name) decltype(&::name) name = nullptr;
    VORONKA_XLSX_FUNCTIONS(VORONKA_XLSX_FN)
#undef VORONKA_XLSX_FN
    QString error; // why the library could not be used; empty when it can
};

// The library's file. Windows finds a bare DLL name beside the program first; macOS's
// loader searches no bundle for one, so the app's Frameworks folder (packaging/macos) is
// named, and outside a bundle the library built against.
QString libraryFile()
{
#if defined(Q_OS_MACOS)
    const QString bundled = QCoreApplication::applicationDirPath() +
                            QStringLiteral("/../Frameworks/" VORONKA_XLSXWRITER_LIBRARY);
    if (QFile::exists(bundled))
        return bundled;
    return QStringLiteral(VORONKA_XLSXWRITER_PATH);
#else
    return QStringLiteral(VORONKA_XLSXWRITER_LIBRARY);
#endif
}

const Api &api()
{
    static const Api loaded = [] {
        Api a;
        static QLibrary lib(libraryFile());
        lib.setLoadHints(QLibrary::DeepBindHint);
        if (!lib.load()) {
            a.error = lib.errorString();
            return a;
        }
        bool all = true;
        const auto resolve = [&](auto &fn, const char *name) {
            fn = reinterpret_cast<std::remove_reference_t<decltype(fn)>>(lib.resolve(name));
            all = all && fn;
        };
#define VORONKA_XLSX_FN(name) resolve(a.name, #name);
        VORONKA_XLSX_FUNCTIONS(VORONKA_XLSX_FN)
#undef VORONKA_XLSX_FN
        if (!all)
            a.error = lib.errorString();
        return a;
    }();
    return loaded;
}

lxw_datetime excelDateTime(const QDate &d, const QTime &t)
{
    return lxw_datetime{d.year(), d.month(), d.day(), t.hour(), t.minute(),
                        t.second() + t.msec() / 1000.0};
}
} // namespace

XlsxTableWriter::XlsxTableWriter(const QString &sheetName, const QList<Column> &columns,
                                 const QTimeZone &zone)
    : m_columns(columns)
    , m_zone(zone)
{
    if (!m_dir.isValid()) {
        fail(m_dir.errorString());
        return;
    }
    if (!api().error.isEmpty()) {
        fail(Tr::tr("the Excel library (%1) could not be loaded: %2")
                 .arg(QStringLiteral(VORONKA_XLSXWRITER_LIBRARY), api().error));
        return;
    }
    m_path = m_dir.filePath(QStringLiteral("export.xlsx"));
    const QByteArray path = QFile::encodeName(m_path);
    const QByteArray tmp = QFile::encodeName(m_dir.path());
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE;
    options.tmpdir = const_cast<char *>(tmp.constData());
    options.use_zip64 = LXW_TRUE; // a sheet of a million rows passes 4 GB uncompressed
    m_book = api().workbook_new_opt(path.constData(), &options);
    if (!m_book) {
        fail(Tr::tr("the workbook could not be created"));
        return;
    }
    // Excel allows 31 characters and no []:*?/\ in a sheet name.
    QString name = sheetName;
    for (QChar c : {u'[', u']', u':', u'*', u'?', u'/', u'\\'})
        name.replace(c, u' ');
    m_sheet = api().workbook_add_worksheet(m_book, name.left(31).toUtf8().constData());
    m_bold = api().workbook_add_format(m_book);
    api().format_set_bold(m_bold);
    m_date = api().workbook_add_format(m_book);
    api().format_set_num_format(m_date, "yyyy-mm-dd");
    m_dateTime = api().workbook_add_format(m_book);
    api().format_set_num_format(m_dateTime, "yyyy-mm-dd hh:mm");
    for (int c = 0; c < m_columns.size(); ++c) {
        const Kind k = m_columns[c].kind;
        const int valueWidth = k == Kind::DateTime ? 16 : k == Kind::Date ? 10 : 0;
        m_widths << std::max<int>(int(m_columns[c].title.size()) + 2, valueWidth);
        api().worksheet_write_string(m_sheet, 0, lxw_col_t(c), m_columns[c].title.toUtf8().constData(),
                               m_bold);
    }
    api().worksheet_freeze_panes(m_sheet, 1, 0);
    m_row = 1;
}

XlsxTableWriter::~XlsxTableWriter()
{
    if (m_book)
        api().workbook_close(m_book); // frees it; the temporary folder goes with this object
}

void XlsxTableWriter::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = what;
}

void XlsxTableWriter::writeText(int column, const QString &text)
{
    if (text.isEmpty())
        return;
    const QString cut = text.size() > kMaxCellText ? text.left(kMaxCellText) : text;
    const lxw_error e = api().worksheet_write_string(m_sheet, m_row, lxw_col_t(column),
                                               cut.toUtf8().constData(), nullptr);
    if (e != LXW_NO_ERROR)
        fail(QString::fromUtf8(api().lxw_strerror(e)));
    // The first line decides the width: a long note should not make the column huge.
    const qsizetype line = cut.indexOf(u'\n');
    m_widths[column] = std::max<int>(m_widths[column], int(line < 0 ? cut.size() : line) + 1);
}

lxw_format *XlsxTableWriter::moneyFormat(const QString &currency)
{
    auto it = m_money.constFind(currency);
    if (it != m_money.cend())
        return *it;
    lxw_format *f = api().workbook_add_format(m_book);
    QString code = QStringLiteral("#,##0.00");
    QString safe = currency;
    safe.remove(u'"');
    if (!safe.isEmpty())
        code += QStringLiteral(" \"%1\"").arg(safe);
    api().format_set_num_format(f, code.toUtf8().constData());
    m_money.insert(currency, f);
    return f;
}

void XlsxTableWriter::writeRow(const QVariantList &cells)
{
    if (!m_sheet || !ok())
        return;
    for (int c = 0; c < m_columns.size() && c < cells.size(); ++c) {
        const QVariant &v = cells[c];
        if (v.isNull() || !v.isValid())
            continue;
        const lxw_col_t col = lxw_col_t(c);
        lxw_error e = LXW_NO_ERROR;
        int width = 0;
        // A date alone in a date-and-time column (an all-day task) is a date.
        const Kind kind = m_columns[c].kind == Kind::DateTime && v.typeId() == QMetaType::QDate
                              ? Kind::Date
                              : m_columns[c].kind;
        switch (kind) {
        case Kind::Number: {
            bool isNumber = false;
            const double d = v.toDouble(&isNumber);
            if (!isNumber || v.typeId() == QMetaType::QString) {
                writeText(c, v.toString());
                continue;
            }
            e = api().worksheet_write_number(m_sheet, m_row, col, d, nullptr);
            width = int(QString::number(d).size()) + 1;
            break;
        }
        case Kind::Money: {
            double major = 0;
            QString currency;
            if (v.typeId() == QMetaType::QVariantMap) {
                const QVariantMap m = v.toMap();
                major = double(m.value(QStringLiteral("amount")).toLongLong()) / 100.0;
                currency = m.value(QStringLiteral("currency")).toString();
            } else {
                bool isNumber = false;
                major = v.toDouble(&isNumber);
                if (!isNumber) {
                    writeText(c, v.toString());
                    continue;
                }
            }
            e = api().worksheet_write_number(m_sheet, m_row, col, major, moneyFormat(currency));
            width = int(QString::number(major, 'f', 2).size() * 4 / 3 + currency.size()) + 2;
            break;
        }
        case Kind::Date: {
            const QDate d = v.typeId() == QMetaType::QDate
                                ? v.toDate()
                                : QDate::fromString(v.toString(), Qt::ISODate);
            if (!d.isValid() || d.year() < 1900) { // Excel has no dates before 1900
                writeText(c, v.toString());
                continue;
            }
            lxw_datetime dt = excelDateTime(d, QTime(0, 0));
            e = api().worksheet_write_datetime(m_sheet, m_row, col, &dt, m_date);
            break;
        }
        case Kind::DateTime: {
            const QDateTime utc = v.typeId() == QMetaType::QDateTime
                                      ? v.toDateTime()
                                      : QDateTime::fromMSecsSinceEpoch(v.toLongLong(), Qt::UTC);
            const QDateTime local = utc.toTimeZone(m_zone);
            if (!local.isValid() || local.date().year() < 1900) {
                writeText(c, v.toString());
                continue;
            }
            lxw_datetime dt = excelDateTime(local.date(), local.time());
            e = api().worksheet_write_datetime(m_sheet, m_row, col, &dt, m_dateTime);
            break;
        }
        case Kind::Text:
            writeText(c, v.toString());
            continue;
        }
        if (e != LXW_NO_ERROR)
            fail(QString::fromUtf8(api().lxw_strerror(e)));
        m_widths[c] = std::max(m_widths[c], width);
    }
    if (m_row == LXW_ROW_MAX - 1)
        fail(Tr::tr("a sheet holds at most %1 rows").arg(LXW_ROW_MAX));
    ++m_row;
}

XlsxTableWriter::Kind XlsxTableWriter::kindOf(FieldType type)
{
    switch (type) {
    case FieldType::Number:
        return Kind::Number;
    case FieldType::Money:
        return Kind::Money;
    case FieldType::Date:
    case FieldType::Birthday:
        return Kind::Date;
    case FieldType::DateTime:
        return Kind::DateTime;
    default:
        return Kind::Text;
    }
}

QVariant XlsxTableWriter::cellOf(const FieldDef &def, const QVariant &stored)
{
    if (!stored.isValid() || stored.isNull())
        return {};
    switch (kindOf(def.type)) {
    case Kind::Number:
    case Kind::Money:
    case Kind::DateTime:
        return fieldValueFromStorage(def, stored);
    case Kind::Date:
        return QDate::fromString(stored.toString(), Qt::ISODate);
    case Kind::Text:
        break;
    }
    return fieldValueText(def, stored);
}

bool XlsxTableWriter::finish(QIODevice &out)
{
    if (!m_book)
        return false;
    for (int c = 0; c < m_widths.size(); ++c)
        api().worksheet_set_column(m_sheet, lxw_col_t(c), lxw_col_t(c),
                             std::clamp(m_widths[c], kMinWidth, kMaxWidth), nullptr);
    const lxw_error e = api().workbook_close(m_book);
    m_book = nullptr;
    m_sheet = nullptr;
    if (e != LXW_NO_ERROR)
        fail(QString::fromUtf8(api().lxw_strerror(e)));
    if (!ok())
        return false;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(file.errorString());
        return false;
    }
    QByteArray chunk;
    while (!(chunk = file.read(1 << 20)).isEmpty()) {
        if (out.write(chunk) != chunk.size()) {
            fail(out.errorString());
            return false;
        }
    }
    file.close();
    QFile::remove(m_path);
    return true;
}

} // namespace Voronka::Core
