// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "journalcommand.h"

#include "cli.h"

#include "core/services/journal.h"
#include "core/services/session.h"

#include <QDate>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <optional>

namespace Voronka::Cli {

using namespace Core;

namespace {

constexpr int kMaxLimit = 100000;

struct Request
{
    QString userEmail;
    JournalFilter filter;
    int limit = 50;
};

// The words after "journal" as a request, or a usage message.
std::variant<Request, QString> parse(QStringList args)
{
    Request r;
    QDate days[2];
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        const bool known = a == u"--user" || a == u"--entity" || a == u"--action" ||
                           a == u"--from" || a == u"--to" || a == u"--limit";
        if (!known)
            return QStringLiteral("unexpected argument '%1'.").arg(a);
        if (args.isEmpty() || args.first().isEmpty())
            return QStringLiteral("%1 needs a value.").arg(a);
        const QString v = args.takeFirst();
        if (a == u"--user") {
            r.userEmail = v;
        } else if (a == u"--entity") {
            if (v == u"sign-ins" || v == u"sign-in") {
                r.filter.signInsOnly = true;
            } else {
                r.filter.kind = entityFromKey(v);
                if (r.filter.kind == EntityKind::None)
                    return QStringLiteral("--entity must be sign-ins or an entity kind such as "
                                          "deal, contact, company, task, note, user, role, "
                                          "pipeline, stage, setting; not '%1'.")
                        .arg(v);
            }
        } else if (a == u"--action") {
            r.filter.action = journalActionFromKey(v);
            if (r.filter.action == JournalAction::Any) {
                QStringList keys;
                for (JournalAction x : journalActions())
                    keys << journalActionKey(x);
                return QStringLiteral("--action must be one of %1.").arg(keys.join(u", "));
            }
        } else if (a == u"--limit") {
            bool ok = false;
            r.limit = v.toInt(&ok);
            if (!ok || r.limit <= 0 || r.limit > kMaxLimit)
                return QStringLiteral("--limit must be between 1 and %1.").arg(kMaxLimit);
        } else {
            QDate &d = days[a == u"--from" ? 0 : 1];
            d = QDate::fromString(v, Qt::ISODate);
            if (!d.isValid())
                return QStringLiteral("%1 must be a date YYYY-MM-DD.").arg(a);
        }
    }
    if (days[0].isValid() && days[1].isValid() && days[1] < days[0])
        return QStringLiteral("--to is before --from.");
    // Local days, both included, as the export of tasks reads them.
    if (days[0].isValid())
        r.filter.fromMs = days[0].startOfDay().toMSecsSinceEpoch();
    if (days[1].isValid())
        r.filter.toMs = days[1].addDays(1).startOfDay().toMSecsSinceEpoch();
    return r;
}

QString entityText(const JournalEntry &e)
{
    return e.source == JournalEntry::Source::SignIn ? QStringLiteral("sign-in") : entityKey(e.kind);
}

QJsonObject toJson(const JournalEntry &e)
{
    return QJsonObject{
        {QStringLiteral("at"), e.at},
        {QStringLiteral("time"),
         QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODateWithMs)},
        {QStringLiteral("user_id"), e.userId ? QJsonValue(e.userId) : QJsonValue()},
        {QStringLiteral("user"), e.userName},
        {QStringLiteral("entity"), entityText(e)},
        {QStringLiteral("entity_id"), e.entityId ? QJsonValue(e.entityId) : QJsonValue()},
        {QStringLiteral("record"), e.recordName},
        {QStringLiteral("action"), journalActionKey(e.action)},
        {QStringLiteral("field"), e.field},
        {QStringLiteral("old"), e.oldValue},
        {QStringLiteral("new"), e.newValue},
        {QStringLiteral("detail"), e.detail},
    };
}

// Tabs and line breaks inside a value would split the line a script reads.
QString oneLine(QString s)
{
    return s.replace(u'\t', u' ').replace(u'\n', u' ').replace(u'\r', u' ');
}

QString toLine(const JournalEntry &e)
{
    QStringList cells{QDateTime::fromMSecsSinceEpoch(e.at, Qt::UTC).toString(Qt::ISODate),
                      e.userName,
                      journalActionKey(e.action),
                      entityText(e),
                      e.entityId ? QString::number(e.entityId) : QString(),
                      e.recordName,
                      e.field,
                      e.oldValue,
                      e.newValue,
                      e.detail};
    for (QString &c : cells)
        c = oneLine(c);
    return cells.join(u'\t');
}

} // namespace

int runJournal(QStringList args, bool json, QTextStream &out, QTextStream &err,
               const AdminSessionOpener &open)
{
    std::variant<Request, QString> parsed = parse(std::move(args));
    if (const QString *message = std::get_if<QString>(&parsed)) {
        return usageError(err, *message);
    }
    Request r = std::get<Request>(std::move(parsed));
    std::variant<int, Session *> opened = open();
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    Session &s = *std::get<Session *>(opened);
    if (!r.userEmail.isEmpty()) {
        for (const UserInfo &u : s.users())
            if (u.email.compare(r.userEmail, Qt::CaseInsensitive) == 0)
                r.filter.userId = u.id;
        if (!r.filter.userId) {
            err << "voronka-cli: no user with the email " << r.userEmail << ".\n";
            return DataError;
        }
    }

    Journal journal(s);
    QList<JournalEntry> entries;
    JournalCursor cursor;
    do {
        Result<JournalPage> page =
            journal.page(r.filter, cursor, std::min(r.limit - int(entries.size()), 1000));
        if (!page) {
            return dataError(err, page.error().message);
        }
        entries += page->entries;
        cursor = page->next;
    } while (cursor.valid() && entries.size() < r.limit);

    if (json) {
        QJsonArray a;
        for (const JournalEntry &e : std::as_const(entries))
            a.append(toJson(e));
        out << QJsonDocument(a).toJson(QJsonDocument::Compact) << "\n";
    } else {
        for (const JournalEntry &e : std::as_const(entries))
            out << toLine(e) << "\n";
    }
    if (cursor.valid())
        err << "voronka-cli: more entries follow; narrow the filter or raise --limit.\n";
    return Success;
}

} // namespace Voronka::Cli
