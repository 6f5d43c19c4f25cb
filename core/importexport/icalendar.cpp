// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "icalendar.h"

#include "core/services/session.h"
#include "core/util/ids.h"

#include <QCoreApplication>
#include <QDateTime>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Icalendar)
};

QString linkLabel(const TaskRow &t)
{
    if (t.linkKind == EntityKind::None || t.linkName.isEmpty())
        return {};
    return QStringLiteral("%1: %2").arg(entityName(t.linkKind), t.linkName);
}
} // namespace

IcalendarWriter::IcalendarWriter(QIODevice &out, Options options)
    : m_out(out)
    , m_o(std::move(options))
{
}

QString IcalendarWriter::escapeText(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        switch (c.unicode()) {
        case u'\\':
            out += QLatin1String("\\\\");
            break;
        case u';':
            out += QLatin1String("\\;");
            break;
        case u',':
            out += QLatin1String("\\,");
            break;
        case u'\r':
            if (i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            out += QLatin1String("\\n");
            break;
        case u'\n':
            out += QLatin1String("\\n");
            break;
        default:
            // Other control characters are not allowed in TEXT (RFC 5545 3.3.11).
            if (c.unicode() >= 0x20 || c == u'\t')
                out += c;
        }
    }
    return out;
}

void IcalendarWriter::foldInto(QByteArray &out, const QByteArray &line)
{
    qsizetype pos = 0;
    int limit = 75; // the first line: 75 octets; continuations: a space plus 74
    while (line.size() - pos > limit) {
        qsizetype cut = pos + limit;
        // Step back to the start of a UTF-8 sequence: continuation bytes are 10xxxxxx.
        while (cut > pos && (uchar(line.at(cut)) & 0xC0) == 0x80)
            --cut;
        out.append(line.constData() + pos, cut - pos);
        out.append("\r\n ", 3);
        pos = cut;
        limit = 74;
    }
    out.append(line.constData() + pos, line.size() - pos);
    out.append("\r\n", 2);
}

QByteArray IcalendarWriter::fold(const QByteArray &line)
{
    QByteArray out;
    foldInto(out, line);
    return out;
}

void IcalendarWriter::line(const QString &text)
{
    foldInto(m_buffer, text.toUtf8());
    // Written in blocks: a device call per content line cost more than the formatting.
    if (m_buffer.size() >= 64 * 1024)
        flush();
}

void IcalendarWriter::flush()
{
    if (m_ok && !m_buffer.isEmpty() && m_out.write(m_buffer) != m_buffer.size())
        m_ok = false;
    m_buffer.clear();
}

QString IcalendarWriter::dateTime(qint64 ms) const
{
    // Formatted by hand: QDateTime::toString(format) parses its pattern on every call, and an
    // export writes several of these per task.
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(ms, QTimeZone::utc());
    const QDate d = t.date();
    const QTime h = t.time();
    return QString::asprintf("%04d%02d%02dT%02d%02d%02dZ", d.year(), d.month(), d.day(), h.hour(),
                             h.minute(), h.second());
}

QString IcalendarWriter::date(QDate d)
{
    return QString::asprintf("%04d%02d%02d", d.year(), d.month(), d.day());
}

void IcalendarWriter::begin()
{
    line(QStringLiteral("BEGIN:VCALENDAR"));
    line(QStringLiteral("VERSION:2.0"));
    line(QStringLiteral("PRODID:-//Voronka//Voronka CRM//EN"));
    line(QStringLiteral("CALSCALE:GREGORIAN"));
}

void IcalendarWriter::end()
{
    line(QStringLiteral("END:VCALENDAR"));
    flush();
}

bool IcalendarWriter::write(const TaskRow &t)
{
    const bool todo = m_o.kind == Kind::Todo;
    if (!todo && !t.dueAt)
        return false;
    const QString comp = todo ? QStringLiteral("VTODO") : QStringLiteral("VEVENT");
    line(QStringLiteral("BEGIN:") + comp);
    line(QStringLiteral("UID:%1@voronka").arg(uuidToString(t.uid)));
    line(QStringLiteral("DTSTAMP:") + dateTime(m_o.stampMs));
    if (t.updatedAt)
        line(QStringLiteral("LAST-MODIFIED:") + dateTime(t.updatedAt));
    line(QStringLiteral("SUMMARY:") + escapeText(t.text));

    QStringList description;
    if (const QString link = linkLabel(t); !link.isEmpty())
        description << link;
    if (!t.responsibleName.isEmpty())
        description << Tr::tr("Responsible: %1").arg(t.responsibleName);
    if (!t.result.isEmpty())
        description << Tr::tr("Result: %1").arg(t.result);
    if (!description.isEmpty())
        line(QStringLiteral("DESCRIPTION:") + escapeText(description.join(u'\n')));
    if (!t.typeName.isEmpty())
        line(QStringLiteral("CATEGORIES:") + escapeText(t.typeName));

    if (t.dueAt) {
        const qint64 due = *t.dueAt;
        if (t.allDay) {
            const QDate day = QDateTime::fromMSecsSinceEpoch(due, m_o.zone).date();
            const QString d = date(day);
            if (todo) {
                line(QStringLiteral("DUE;VALUE=DATE:") + d);
            } else {
                line(QStringLiteral("DTSTART;VALUE=DATE:") + d);
                line(QStringLiteral("DTEND;VALUE=DATE:") + date(day.addDays(1)));
            }
        } else if (todo) {
            // A to-do starts at its due time and is due when its duration is over.
            if (t.durationMin > 0) {
                line(QStringLiteral("DTSTART:") + dateTime(due));
                line(QStringLiteral("DUE:") + dateTime(due + qint64(t.durationMin) * 60000));
            } else {
                line(QStringLiteral("DUE:") + dateTime(due));
            }
        } else {
            line(QStringLiteral("DTSTART:") + dateTime(due));
            if (t.durationMin > 0)
                line(QStringLiteral("DTEND:") + dateTime(due + qint64(t.durationMin) * 60000));
        }
    }

    switch (t.status) {
    case TaskStatus::Open:
        line(todo ? QStringLiteral("STATUS:NEEDS-ACTION") : QStringLiteral("STATUS:CONFIRMED"));
        break;
    case TaskStatus::Done:
        if (todo) {
            line(QStringLiteral("STATUS:COMPLETED"));
            if (t.completedAt)
                line(QStringLiteral("COMPLETED:") + dateTime(t.completedAt));
        } else {
            line(QStringLiteral("STATUS:CONFIRMED"));
        }
        break;
    case TaskStatus::Cancelled:
        line(QStringLiteral("STATUS:CANCELLED"));
        break;
    }
    line(QStringLiteral("END:") + comp);
    ++m_written;
    return true;
}

Result<qint64> exportTasksIcs(Session &s, TaskFilter filter, QIODevice &out,
                              const IcalendarWriter::Options &options,
                              const std::function<bool(qint64 read)> &progress)
{
    if (Permissions::scope(s.principal(), PermEntity::Task, PermAction::Export) == Scope::None ||
        Permissions::scope(s.principal(), PermEntity::Task, PermAction::View) == Scope::None)
        return makeError(Error::Code::Permission, Tr::tr("You may not export tasks."),
                         entityKey(EntityKind::Task));
    filter.action = PermAction::Export;
    IcalendarWriter w(out, options);
    w.begin();
    qint64 read = 0;
    bool stopped = false;
    Status st = TaskQuery(s, options.zone).scan(filter, [&](const TaskRow &row) {
        w.write(row);
        if (progress && !progress(++read)) {
            stopped = true;
            return false;
        }
        return w.ok();
    });
    if (!st)
        return st.error();
    if (stopped)
        return makeError(Error::Code::Invalid, Tr::tr("The export was cancelled."));
    w.end();
    if (!w.ok())
        return makeError(Error::Code::Storage,
                         Tr::tr("Could not write the calendar file: %1").arg(w.errorString()));
    return w.written();
}

} // namespace Voronka::Core
