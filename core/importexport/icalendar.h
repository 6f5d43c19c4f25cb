// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/tasks/taskquery.h"
#include "core/util/result.h"

#include <QByteArray>
#include <QIODevice>
#include <QString>
#include <QTimeZone>

#include <functional>

namespace Voronka::Core {

class Session;

// iCalendar (RFC 5545) for tasks, written as a stream so a million tasks never sit in memory.
//
// Times: a timed task is written in UTC ("...Z"). A UTC time means the same instant to every
// client without a VTIMEZONE, whose rules we would have to derive from the system's zone data
// and which clients handle unevenly; each calendar shows the instant in its own zone, which is
// what a reminder needs. An all-day task is a local calendar day: a DATE value (its local
// date in `zone`), never shifted by the zone.
// Identity: UID is the task's UUIDv7 (stable across exports, so re-importing updates instead
// of duplicating); DTSTAMP is the export time from the injected clock.
class IcalendarWriter
{
public:
    enum class Kind { Todo, Event };
    struct Options
    {
        Kind kind = Kind::Todo;
        QTimeZone zone = QTimeZone::systemTimeZone(); // for all-day dates
        qint64 stampMs = 0;                           // DTSTAMP
    };

    IcalendarWriter(QIODevice &out, Options options);

    void begin(); // BEGIN:VCALENDAR with VERSION, PRODID, CALSCALE
    // One VTODO or VEVENT. A VEVENT needs a start, so a task without due is skipped (false).
    bool write(const TaskRow &task);
    void end(); // END:VCALENDAR, and everything still buffered written out
    bool ok() const { return m_ok; }
    QString errorString() const { return m_out.errorString(); }
    qint64 written() const { return m_written; }

    // TEXT value escaping: backslash, semicolon, comma and line breaks (as \n).
    static QString escapeText(const QString &text);
    // A content line (without CRLF) folded at 75 octets, continuation lines starting with a
    // space, never inside a UTF-8 sequence; each physical line ends with CRLF.
    static QByteArray fold(const QByteArray &line);
    static void foldInto(QByteArray &out, const QByteArray &line);

private:
    void line(const QString &text);
    void flush();
    QString dateTime(qint64 ms) const; // UTC "YYYYMMDDTHHMMSSZ"
    static QString date(QDate d);      // "YYYYMMDD"
    QIODevice &m_out;
    Options m_o;
    QByteArray m_buffer;
    bool m_ok = true;
    qint64 m_written = 0;
};

// Writes every task the user may export (PermAction::Export; a user without the right gets a
// Permission error and nothing is written) that matches `filter`, in creation order.
// `progress` (optional) hears the number of tasks read so far; returning false stops the
// export with an Invalid error, the output then being incomplete (a caller writing a file
// discards it).
Result<qint64> exportTasksIcs(Session &s, TaskFilter filter, QIODevice &out,
                              const IcalendarWriter::Options &options,
                              const std::function<bool(qint64 read)> &progress = {});

} // namespace Voronka::Core
