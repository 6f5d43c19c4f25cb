// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordcommands.h"

#include "cli.h"

#include "core/services/board.h"
#include "core/services/entityspec.h"
#include "core/services/recordlist.h"
#include "core/services/records.h"
#include "core/services/session.h"

#include <QDate>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimeZone>

#include <algorithm>
#include <cmath>
#include <optional>

namespace Voronka::Cli {

using namespace Core;

namespace {

enum class Verb { Add, Set, Move, Delete, Restore };

struct Request
{
    EntityKind kind = EntityKind::None;
    Verb verb = Verb::Add;
    qint64 id = 0;
    QList<QPair<QString, QString>> fields; // as given, in order
    QString stage, pipeline;               // move
};

// How a standard field's text becomes the value Records takes.
enum class Conv {
    Text,       // as typed; core validates it
    User,       // an email -> user id
    Pipeline,   // a name -> pipeline id
    Stage,      // a name within the deal's pipeline -> stage id
    Company,    // a name or id -> company id
    Contacts,   // comma-separated contact names or ids -> ids
    List,       // comma-separated -> list (phones, emails, tags)
    Money,      // an amount as people write it (1500.50) -> minor units
    Due,        // YYYY-MM-DD (all day) or YYYY-MM-DDTHH:MM, local time -> ms
    Bool,       // yes/no, true/false, 1/0
    Status,     // open/done/cancelled
    LossReason, // a name -> loss reason id
    Link,       // a task's linked deal, contact or company -> entity_kind + entity_id
};

struct StandardField
{
    const char *name; // what --field calls it
    const char *key;  // the Records patch key
    Conv conv;
    EntityKind link = EntityKind::None; // Conv::Link: the kind linked
};

QList<StandardField> standardFields(EntityKind kind)
{
    switch (kind) {
    case EntityKind::Deal:
        return {{"name", "name", Conv::Text},
                {"budget", "budget", Conv::Money},
                {"currency", "currency", Conv::Text},
                {"responsible", "responsible_id", Conv::User},
                {"pipeline", "pipeline_id", Conv::Pipeline},
                {"stage", "stage_id", Conv::Stage},
                {"company", "company_id", Conv::Company},
                {"contacts", "contacts", Conv::Contacts},
                {"source", "source", Conv::Text},
                {"close_date", "close_date", Conv::Text},
                {"loss_reason", "loss_reason_id", Conv::LossReason},
                {"loss_detail", "loss_detail", Conv::Text},
                {"tags", "tags", Conv::List}};
    case EntityKind::Contact:
        return {{"name", "name", Conv::Text},
                {"position", "position", Conv::Text},
                {"company", "company_id", Conv::Company},
                {"phones", "phones", Conv::List},
                {"emails", "emails", Conv::List},
                {"responsible", "responsible_id", Conv::User},
                {"tags", "tags", Conv::List}};
    case EntityKind::Company:
        return {{"name", "name", Conv::Text},       {"phones", "phones", Conv::List},
                {"emails", "emails", Conv::List},   {"website", "website", Conv::Text},
                {"address", "address", Conv::Text}, {"responsible", "responsible_id", Conv::User},
                {"tags", "tags", Conv::List}};
    case EntityKind::Task:
        return {{"text", "text", Conv::Text},
                {"due", "due_at", Conv::Due},
                {"all_day", "all_day", Conv::Bool},
                {"duration", "duration_min", Conv::Text},
                {"type", "type_id", Conv::Text},
                {"responsible", "responsible_id", Conv::User},
                {"status", "status", Conv::Status},
                {"result", "result", Conv::Text},
                {"deal", "entity_id", Conv::Link, EntityKind::Deal},
                {"contact", "entity_id", Conv::Link, EntityKind::Contact},
                {"company", "entity_id", Conv::Link, EntityKind::Company}};
    default:
        return {};
    }
}

std::optional<qint64> positiveId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.trimmed().toLongLong(&ok);
    return ok && id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

// The words after the entity kind as a request, or a usage message.
std::variant<Request, QString> parse(const QString &command, QStringList args)
{
    Request r;
    r.kind = entityFromKey(command);
    if (args.isEmpty())
        return QStringLiteral("%1 needs add, set, move, delete or restore.").arg(command);
    const QString verb = args.takeFirst();
    if (verb == u"add")
        r.verb = Verb::Add;
    else if (verb == u"set")
        r.verb = Verb::Set;
    else if (verb == u"move" && r.kind == EntityKind::Deal)
        r.verb = Verb::Move;
    else if (verb == u"delete")
        r.verb = Verb::Delete;
    else if (verb == u"restore")
        r.verb = Verb::Restore;
    else if (verb == u"move")
        return QStringLiteral("only deals move between stages; use %1 set.").arg(command);
    else
        return QStringLiteral("%1 add, set, %2delete or restore, not '%3'.")
            .arg(command, r.kind == EntityKind::Deal ? QStringLiteral("move, ") : QString(), verb);
    if (r.verb != Verb::Add) {
        const std::optional<qint64> id = args.isEmpty() ? std::nullopt : positiveId(args.first());
        if (!id)
            return QStringLiteral("%1 %2 needs the record's ID.").arg(command, verb);
        r.id = *id;
        args.removeFirst();
    }
    const bool takesFields = r.verb == Verb::Add || r.verb == Verb::Set || r.verb == Verb::Move;
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        const bool known = (a == u"--field" && takesFields) ||
                           (r.verb == Verb::Move && (a == u"--stage" || a == u"--pipeline"));
        if (!known)
            return QStringLiteral("unexpected argument '%1'.").arg(a);
        if (args.isEmpty() || args.first().isEmpty())
            return QStringLiteral("%1 needs a value.").arg(a);
        const QString v = args.takeFirst();
        if (a == u"--stage") {
            r.stage = v;
        } else if (a == u"--pipeline") {
            r.pipeline = v;
        } else {
            const qsizetype eq = v.indexOf(u'=');
            if (eq <= 0)
                return QStringLiteral("--field needs NAME=VALUE, not '%1'.").arg(v);
            r.fields.append({v.left(eq).trimmed(), v.mid(eq + 1)});
        }
    }
    if (r.verb == Verb::Set && r.fields.isEmpty())
        return QStringLiteral("%1 set needs at least one --field NAME=VALUE.").arg(command);
    if (r.verb == Verb::Move && r.stage.isEmpty())
        return QStringLiteral("deal move needs --stage NAME.");
    return r;
}

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &item : text.split(u',', Qt::SkipEmptyParts))
        if (!item.trimmed().isEmpty())
            out << item.trimmed();
    return out;
}

// One request against an open session.
class RecordCommand
{
public:
    RecordCommand(Session &s, const Request &r, bool json, QTextStream &out, QTextStream &err)
        : m_s(s)
        , m_r(r)
        , m_json(json)
        , m_out(out)
        , m_err(err)
    {
    }
    int run();

private:
    int usage(const QString &message) { return usageError(m_err, message); }
    int fail(const QString &message) { return dataError(m_err, message); }
    // The patch for the request's fields; an exit code after printing a refusal.
    std::variant<Patch, int> patch();
    Result<QVariant> convert(const StandardField &f, const QString &value, Patch &patch);
    Result<qint64> pipelineByName(const QString &name);
    Result<qint64> stageByName(const QString &name, qint64 pipelineId);
    Result<qint64> recordByName(EntityKind kind, const QString &text, const QString &field);
    // The pipeline a stage name is looked up in: the one named in this command, else the
    // deal's, else the first (where core puts a new deal without a stage).
    Result<qint64> stagePipeline(const Patch &patch);
    Error invalid(const QString &field, const QString &why) const
    {
        const QString label = m_r.id
                                  ? QStringLiteral("%1 #%2").arg(entityName(m_r.kind)).arg(m_r.id)
                                  : entityName(m_r.kind);
        return makeError(Error::Code::Invalid,
                         QStringLiteral("%1, field \"%2\": %3").arg(label, field, why));
    }
    QString columnName(const char *key) const
    {
        const ColumnSpec *c = entitySpec(m_r.kind)->column(QLatin1String(key));
        return c ? columnLabel(*c) : QLatin1String(key);
    }
    int report(qint64 id);

    Session &m_s;
    const Request &m_r;
    bool m_json;
    QTextStream &m_out;
    QTextStream &m_err;
};

int RecordCommand::run()
{
    Records records(m_s);
    if (m_r.verb == Verb::Delete || m_r.verb == Verb::Restore) {
        const Status st = m_r.verb == Verb::Delete ? records.remove(m_r.kind, m_r.id)
                                                   : records.restore(m_r.kind, m_r.id);
        return st ? report(m_r.id) : fail(st.error().message);
    }
    std::variant<Patch, int> built = patch();
    if (const int *code = std::get_if<int>(&built))
        return *code;
    Patch p = std::get<Patch>(built);
    if (m_r.verb == Verb::Add) {
        const Result<qint64> id = records.create(m_r.kind, p);
        return id ? report(*id) : fail(id.error().message);
    }
    // A deal changing stage takes the board's way (Board::move), so it lands at the end of its
    // column with the stage's rules and automations, as a drag does.
    const QString kStage = QStringLiteral("stage_id");
    if (m_r.kind == EntityKind::Deal && p.contains(kStage) && !p.value(kStage).isNull()) {
        const qint64 stageId = p.take(kStage).toLongLong();
        const StageInfo *stage = m_s.stage(stageId);
        const Status st = Board(m_s, stage ? stage->pipelineId : 0).move(m_r.id, stageId, 0, p);
        return st ? report(m_r.id) : fail(st.error().message);
    }
    const Status st = records.update(m_r.kind, m_r.id, p);
    return st ? report(m_r.id) : fail(st.error().message);
}

std::variant<Patch, int> RecordCommand::patch()
{
    const QList<StandardField> standard = standardFields(m_r.kind);
    const QList<FieldDef> &custom = m_s.fieldDefs(m_r.kind);
    Patch p;
    // Stages are named within a pipeline, which may be named in the same command: last.
    QList<QPair<QString, QString>> fields = m_r.fields;
    if (m_r.verb == Verb::Move) {
        if (!m_r.pipeline.isEmpty())
            fields.append({QStringLiteral("pipeline"), m_r.pipeline});
        fields.append({QStringLiteral("stage"), m_r.stage});
    }
    std::stable_partition(fields.begin(), fields.end(),
                          [](const auto &f) { return f.first != u"stage"; });
    for (const auto &[name, value] : std::as_const(fields)) {
        const StandardField *f = nullptr;
        for (const StandardField &s : standard)
            if (name == QLatin1String(s.name))
                f = &s;
        if (f) {
            const Result<QVariant> v = convert(*f, value, p);
            if (!v)
                return fail(v.error().message);
            p.insert(QLatin1String(f->key), *v);
            continue;
        }
        const FieldDef *def = nullptr;
        for (const FieldDef &d : custom)
            if (d.name.compare(name, Qt::CaseInsensitive) == 0 || d.key() == name)
                def = &d;
        if (!def) {
            QStringList known;
            for (const StandardField &s : standard)
                known << QLatin1String(s.name);
            for (const FieldDef &d : custom)
                known << QStringLiteral("\"%1\"").arg(d.name);
            return usage(QStringLiteral("a %1 has no field '%2'; its fields: %3.")
                             .arg(entityKey(m_r.kind), name, known.join(QStringLiteral(", "))));
        }
        QVariant v = value;
        if (def->type == FieldType::Money && !value.trimmed().isEmpty()) {
            // "1500.50" or "1500.50 USD", as a person writes it; Records takes minor units.
            const QStringList parts = value.simplified().split(u' ');
            bool ok = false;
            const double amount = QString(parts.first()).replace(u',', u'.').toDouble(&ok);
            if (ok && std::isfinite(amount) && parts.size() <= 2) {
                QVariantMap m{{QStringLiteral("amount"), qint64(std::llround(amount * 100))}};
                if (parts.size() == 2)
                    m.insert(QStringLiteral("currency"), parts.last().toUpper());
                v = m;
            }
        }
        p.insert(def->key(), v);
    }
    return p;
}

Result<QVariant> RecordCommand::convert(const StandardField &f, const QString &value, Patch &patch)
{
    const QString text = value.trimmed();
    const QString field = f.conv == Conv::Link ? entityName(f.link) : columnName(f.key);
    if (text.isEmpty())
        return f.conv == Conv::List || f.conv == Conv::Contacts ? QVariant(QStringList())
                                                                : QVariant();
    switch (f.conv) {
    case Conv::Text:
        return QVariant(value);
    case Conv::List:
        return QVariant(splitList(value));
    case Conv::User:
        for (const UserInfo &u : m_s.users())
            if (u.email.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(u.id);
        return invalid(field, QStringLiteral("no user has the email %1.").arg(text));
    case Conv::Pipeline: {
        const Result<qint64> id = pipelineByName(text);
        return id ? Result<QVariant>(QVariant(*id)) : Result<QVariant>(id.error());
    }
    case Conv::Stage: {
        const Result<qint64> pipeline = stagePipeline(patch);
        if (!pipeline)
            return pipeline.error();
        const Result<qint64> id = stageByName(text, *pipeline);
        return id ? Result<QVariant>(QVariant(*id)) : Result<QVariant>(id.error());
    }
    case Conv::Company: {
        const Result<qint64> id = recordByName(EntityKind::Company, text, field);
        return id ? Result<QVariant>(QVariant(*id)) : Result<QVariant>(id.error());
    }
    case Conv::Contacts: {
        QVariantList ids;
        for (const QString &item : splitList(value)) {
            const Result<qint64> id = recordByName(EntityKind::Contact, item, field);
            if (!id)
                return id.error();
            ids << *id;
        }
        return QVariant(ids);
    }
    case Conv::Link: {
        qint64 id = 0;
        if (f.link == EntityKind::Deal) {
            const std::optional<qint64> n = positiveId(text);
            if (!n)
                return invalid(field, QStringLiteral("give the deal's id, not \"%1\".").arg(text));
            id = *n;
        } else {
            const Result<qint64> found = recordByName(f.link, text, field);
            if (!found)
                return found.error();
            id = *found;
        }
        patch.insert(QStringLiteral("entity_kind"), int(f.link));
        return QVariant(id);
    }
    case Conv::Money: {
        bool ok = false;
        const double amount = QString(text).replace(u',', u'.').remove(u' ').toDouble(&ok);
        // Left as typed when it is no amount, so core's message names it.
        return ok && std::isfinite(amount) ? QVariant(qint64(std::llround(amount * 100)))
                                           : QVariant(value);
    }
    case Conv::Due: {
        const QTimeZone zone = QTimeZone::systemTimeZone();
        // QDate reads the date part of a date and time too: only a bare day is all-day.
        const QDate day = text.size() == 10 ? QDate::fromString(text, Qt::ISODate) : QDate();
        if (day.isValid()) {
            // All-day tasks are stored at 23:59 of their day, as the task dialog stores them.
            if (!patch.contains(QStringLiteral("all_day")))
                patch.insert(QStringLiteral("all_day"), true);
            return QVariant(QDateTime(day, QTime(23, 59), zone).toMSecsSinceEpoch());
        }
        const QDateTime at = QDateTime::fromString(text, Qt::ISODate);
        if (!at.isValid() || at.timeSpec() != Qt::LocalTime)
            return invalid(field, QStringLiteral("\"%1\" is not a date (YYYY-MM-DD) or a local "
                                                 "date and time (YYYY-MM-DDTHH:MM).")
                                      .arg(text));
        if (!patch.contains(QStringLiteral("all_day")))
            patch.insert(QStringLiteral("all_day"), false);
        return QVariant(QDateTime(at.date(), at.time(), zone).toMSecsSinceEpoch());
    }
    case Conv::Bool: {
        const QString t = text.toLower();
        if (t == u"yes" || t == u"true" || t == u"1")
            return QVariant(true);
        if (t == u"no" || t == u"false" || t == u"0")
            return QVariant(false);
        return invalid(field, QStringLiteral("\"%1\" is not yes or no.").arg(text));
    }
    case Conv::Status: {
        const QString t = text.toLower();
        if (t == u"open")
            return QVariant(int(TaskStatus::Open));
        if (t == u"done")
            return QVariant(int(TaskStatus::Done));
        if (t == u"cancelled" || t == u"canceled")
            return QVariant(int(TaskStatus::Cancelled));
        return invalid(field, QStringLiteral("\"%1\" is not open, done or cancelled.").arg(text));
    }
    case Conv::LossReason:
        for (const Session::Named &n : m_s.lossReasons())
            if (n.name.compare(text, Qt::CaseInsensitive) == 0)
                return QVariant(n.id);
        return invalid(field, QStringLiteral("there is no loss reason \"%1\".").arg(text));
    }
    return QVariant(value);
}

Result<qint64> RecordCommand::pipelineByName(const QString &name)
{
    QStringList names;
    for (const PipelineInfo &p : m_s.pipelines()) {
        if (p.name.compare(name, Qt::CaseInsensitive) == 0)
            return p.id;
        names << p.name;
    }
    return invalid(columnName("pipeline_id"), QStringLiteral("there is no pipeline \"%1\"; the "
                                                             "pipelines: %2.")
                                                  .arg(name, names.join(QStringLiteral(", "))));
}

Result<qint64> RecordCommand::stageByName(const QString &name, qint64 pipelineId)
{
    for (const PipelineInfo &p : m_s.pipelines()) {
        if (p.id != pipelineId)
            continue;
        QStringList names;
        for (const StageInfo &st : p.stages) {
            if (st.name.compare(name, Qt::CaseInsensitive) == 0)
                return st.id;
            names << st.name;
        }
        return invalid(columnName("stage_id"),
                       QStringLiteral("the pipeline \"%1\" has no stage \"%2\"; its stages: %3.")
                           .arg(p.name, name, names.join(QStringLiteral(", "))));
    }
    return invalid(columnName("stage_id"), QStringLiteral("there are no pipelines yet."));
}

Result<qint64> RecordCommand::stagePipeline(const Patch &patch)
{
    const QString kPipeline = QStringLiteral("pipeline_id");
    if (!patch.value(kPipeline).isNull())
        return patch.value(kPipeline).toLongLong();
    if (m_r.id) {
        const Result<Record> deal = Records(m_s).load(EntityKind::Deal, m_r.id);
        if (!deal)
            return deal.error();
        return deal->value(kPipeline).toLongLong();
    }
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    return pipelines.isEmpty() ? qint64(0) : pipelines.first().id;
}

// A company or contact by id, or by its exact name among those the acting user sees.
Result<qint64> RecordCommand::recordByName(EntityKind kind, const QString &text,
                                           const QString &field)
{
    if (const std::optional<qint64> id = positiveId(text))
        return *id; // core checks that it exists
    RecordList list(m_s, kind);
    ListQuery q;
    q.filter.text = text;
    q.columns = {QStringLiteral("name")};
    QList<qint64> found;
    ListCursor after;
    do {
        const Result<ListPage> page = list.fetch(q, after);
        if (!page)
            return page.error();
        for (qsizetype i = 0; i < page->ids.size(); ++i)
            if (page->rows.at(i).value(0).toString().compare(text, Qt::CaseInsensitive) == 0)
                found << page->ids.at(i);
        after = page->next;
    } while (after.valid());
    if (found.size() == 1)
        return found.first();
    const QString what = entityName(kind).toLower();
    if (found.isEmpty())
        return invalid(field, QStringLiteral("there is no %1 named \"%2\".").arg(what, text));
    return invalid(field, QStringLiteral("%1 records of the kind %2 are named \"%3\"; give the id.")
                              .arg(found.size())
                              .arg(what, text));
}

int RecordCommand::report(qint64 id)
{
    if (!m_json) {
        m_out << id << "\n";
        return Success;
    }
    const Result<Record> r = Records(m_s).load(m_r.kind, id);
    // Written but no longer visible (handed to a colleague the user may not see): the id.
    const QJsonObject o =
        r ? QJsonObject::fromVariantMap(*r) : QJsonObject{{QStringLiteral("id"), id}};
    m_out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    return Success;
}

} // namespace

bool isRecordCommand(const QString &command)
{
    return command == u"deal" || command == u"contact" || command == u"company" ||
           command == u"task";
}

int runRecord(const QString &command, QStringList args, bool json, QTextStream &out,
              QTextStream &err, const SessionOpener &open)
{
    std::variant<Request, QString> request = parse(command, std::move(args));
    if (const QString *message = std::get_if<QString>(&request)) {
        return usageError(err, *message);
    }
    const std::variant<int, Session *> session = open();
    if (const int *code = std::get_if<int>(&session))
        return *code;
    return RecordCommand(*std::get<Session *>(session), std::get<Request>(request), json, out, err)
        .run();
}

} // namespace Voronka::Cli
