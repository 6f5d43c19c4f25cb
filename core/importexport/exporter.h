// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/recordfilter.h"
#include "core/util/result.h"

#include <QIODevice>
#include <QTimeZone>

#include <functional>

namespace Voronka::Core {

class Session;

enum class ExportFormat { Csv, VCard, Xlsx };

// Reports (done, total) rows; returning false cancels.
using ExportProgress = std::function<bool(qint64 done, qint64 total)>;

// Exports the contacts or companies the acting user may both view and export, streaming to
// a device row by row so a million contacts never sit in memory. CSV (contacts, companies):
// the list's columns plus tags, dates, the record's global id and every custom field. vCard
// 4.0 (RFC 6350, contacts only): one card per contact with its notes. XLSX (contacts,
// companies): the CSV's columns as typed cells (dates as Excel dates in the export's time
// zone, numbers and money as numbers). Refused with a clear message without the export right.
class Exporter
{
public:
    explicit Exporter(Session &s)
        : m_s(s)
    {
    }

    // Narrows what write() exports to the records the filter matches (as the list shows
    // them); by default everything the user may export.
    void setFilter(const RecordFilter &filter) { m_filter = filter; }
    // XLSX dates and times are written in this zone (the user's; by default the system's).
    void setTimeZone(const QTimeZone &zone) { m_zone = zone; }

    // The number of records written.
    Result<qint64> write(EntityKind kind, ExportFormat format, QIODevice &out,
                         const ExportProgress &progress = {});
    // Whether the acting user may export this kind at all (menus hide the action otherwise).
    bool allowed(EntityKind kind) const;

    // vCard text escaping: backslash, comma, semicolon and line breaks (RFC 6350 3.4).
    static QString vcardEscape(QStringView text);
    // A content line (without CRLF) folded at 75 octets, never inside a UTF-8 character,
    // each line ended by CRLF.
    static QByteArray vcardFold(const QByteArray &line);

private:
    // CSV or XLSX: one table of the same columns.
    Result<qint64> writeTable(EntityKind kind, ExportFormat format, QIODevice &out,
                              const ExportProgress &progress);
    Result<qint64> writeVCard(QIODevice &out, const ExportProgress &progress);
    // The WHERE on alias `r`, the filter's parameters from ?1 (statements using it bind
    // nothing else).
    QString where(EntityKind kind);
    qint64 count(EntityKind kind, const QString &where);
    Session &m_s;
    RecordFilter m_filter;
    FilterSql m_filterSql;
    QTimeZone m_zone = QTimeZone::systemTimeZone();
};

} // namespace Voronka::Core
