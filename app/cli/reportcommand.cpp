// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "reportcommand.h"

#include "cli.h"

#include "core/analytics/reports.h"
#include "core/services/session.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>
#include <optional>

namespace Voronka::Cli {

using namespace Core;

namespace {

const QStringList kReports{QStringLiteral("funnel"),   QStringLiteral("summary"),
                           QStringLiteral("managers"), QStringLiteral("plan"),
                           QStringLiteral("losses"),   QStringLiteral("forecast")};

struct Request
{
    QString report;
    QString pipeline, responsible, department;
    QDate from, to; // both included, as typed
    Granularity by = Granularity::Week;
    PlanPeriod plan = PlanPeriod::Month;
    QStringList tags; // names; a deal with any of them
    QString source;
};

// Takes every `--tag NAME` out of args (the option may repeat); a message when one has no value.
std::optional<QString> takeTags(QStringList &args, QStringList &tags)
{
    for (qsizetype i = 0; i < args.size();) {
        if (args.at(i) != u"--tag") {
            ++i; // no other option's value starts with "--": takeOptions judges them
            continue;
        }
        if (i + 1 >= args.size() || args.at(i + 1).isEmpty() || args.at(i + 1).startsWith(u"--"))
            return QStringLiteral("--tag needs a value.");
        tags << args.at(i + 1);
        args.remove(i, 2);
    }
    return std::nullopt;
}

// --by: the summary's buckets (day, week, month) or the plan's periods (month, quarter).
std::optional<QString> parseBy(const QString &by, Request &r)
{
    if (r.report == u"plan") {
        if (by == u"month")
            r.plan = PlanPeriod::Month;
        else if (by == u"quarter")
            r.plan = PlanPeriod::Quarter;
        else
            return QStringLiteral("report plan --by must be month or quarter, not '%1'.").arg(by);
        return std::nullopt;
    }
    if (by == u"day")
        r.by = Granularity::Day;
    else if (by == u"week")
        r.by = Granularity::Week;
    else if (by == u"month")
        r.by = Granularity::Month;
    else
        return QStringLiteral("--by must be day, week or month, not '%1'.").arg(by);
    return std::nullopt;
}

// Takes `--name VALUE` pairs from args; a message when an argument is unknown or has no value.
std::optional<QString> takeOptions(QStringList &args, const QStringList &known,
                                   QHash<QString, QString> &values)
{
    while (!args.isEmpty()) {
        const QString a = args.takeFirst();
        if (!known.contains(a))
            return QStringLiteral("unexpected argument '%1'.").arg(a);
        if (args.isEmpty() || args.first().isEmpty() || args.first().startsWith(u"--"))
            return QStringLiteral("%1 needs a value.").arg(a);
        values.insert(a, args.takeFirst());
    }
    return std::nullopt;
}

std::variant<Request, QString> parse(QStringList args)
{
    Request r;
    if (args.isEmpty() || !kReports.contains(args.first()))
        return QStringLiteral("report needs one of %1.").arg(kReports.join(u'|'));
    r.report = args.takeFirst();
    QHash<QString, QString> v;
    if (std::optional<QString> e = takeTags(args, r.tags))
        return *e;
    if (std::optional<QString> e = takeOptions(
            args,
            {QStringLiteral("--pipeline"), QStringLiteral("--from"), QStringLiteral("--to"),
             QStringLiteral("--responsible"), QStringLiteral("--department"),
             QStringLiteral("--by"), QStringLiteral("--source")},
            v))
        return *e;
    r.source = v.value(QStringLiteral("--source"));
    r.pipeline = v.value(QStringLiteral("--pipeline"));
    r.responsible = v.value(QStringLiteral("--responsible"));
    r.department = v.value(QStringLiteral("--department"));
    if (!r.responsible.isEmpty() && !r.department.isEmpty())
        return QStringLiteral("give --responsible or --department, not both.");
    for (const char *name : {"--from", "--to"}) {
        const QString key = QLatin1String(name);
        if (!v.contains(key))
            continue;
        const QDate d = QDate::fromString(v.value(key), Qt::ISODate);
        if (!d.isValid())
            return QStringLiteral("%1 must be a date YYYY-MM-DD, not '%2'.").arg(key, v.value(key));
        (key == u"--from" ? r.from : r.to) = d;
    }
    if (r.from.isValid() && r.to.isValid() && r.to < r.from)
        return QStringLiteral("--to is before --from.");
    if (v.contains(QStringLiteral("--by")))
        if (std::optional<QString> e = parseBy(v.value(QStringLiteral("--by")), r))
            return *e;
    return r;
}

// Money is kept in minor units: the table shows it with two decimals, JSON as the integer.
QString money(qint64 minor)
{
    const QString sign = minor < 0 ? QStringLiteral("-") : QString();
    const qint64 m = minor < 0 ? -minor : minor;
    return sign + QString::number(m / 100) + u'.' +
           QStringLiteral("%1").arg(m % 100, 2, 10, QChar(u'0'));
}

QString pct(double p)
{
    return QString::number(p, 'f', 1);
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(Qt::ISODate) : QStringLiteral("-");
}

QJsonObject amount(const Amount &a)
{
    return {{QStringLiteral("count"), a.count}, {QStringLiteral("sum"), a.sum}};
}

// A table: the header and rows, tab-separated, so that scripts and people both read it.
struct Table
{
    QStringList header;
    QList<QStringList> rows;
    void print(QTextStream &out) const
    {
        out << header.join(u'\t') << "\n";
        for (const QStringList &r : rows)
            out << r.join(u'\t') << "\n";
    }
};

std::optional<qint64> userByEmail(Session &s, const QString &email)
{
    for (const UserInfo &u : s.users())
        if (u.email.compare(email, Qt::CaseInsensitive) == 0)
            return u.id;
    return std::nullopt;
}

// Names to ids; a message naming what was not found.
std::optional<QString> resolve(Session &s, const Request &r, ReportScope &scope)
{
    if (!r.pipeline.isEmpty()) {
        for (const PipelineInfo &p : s.pipelines())
            if (p.name.compare(r.pipeline, Qt::CaseInsensitive) == 0)
                scope.pipelineId = p.id;
        if (!scope.pipelineId)
            return QStringLiteral("no pipeline named '%1'.").arg(r.pipeline);
    }
    if (!r.responsible.isEmpty()) {
        const std::optional<qint64> id = userByEmail(s, r.responsible);
        if (!id)
            return QStringLiteral("no user with the email %1.").arg(r.responsible);
        scope.responsibleId = *id;
    }
    if (!r.department.isEmpty()) {
        Query q = s.sql().prepare("SELECT id FROM departments WHERE deleted = 0 AND "
                                  "name = ?1 COLLATE NOCASE");
        q->bindAll(r.department);
        if (!q->step())
            return QStringLiteral("no department named '%1'.").arg(r.department);
        scope.departmentId = q->int64(0);
    }
    for (const QString &tag : r.tags) {
        Query q = s.sql().prepare("SELECT id FROM tags WHERE deleted = 0 AND name = ?1");
        q->bindAll(tag);
        if (!q->step())
            return QStringLiteral("no tag named '%1'.").arg(tag);
        scope.tagIds << q->int64(0);
    }
    scope.source = r.source;
    scope.from = r.from;
    scope.to = r.to.isValid() ? r.to.addDays(1) : QDate();
    return std::nullopt;
}

// The funnel report's table and JSON rows; the error message when core refuses it.
std::optional<QString> fillFunnel(Session &s, [[maybe_unused]] const Request &r,
                                  const ReportScope &scope, Table &t, QJsonArray &rows,
                                  [[maybe_unused]] QJsonObject &o)
{
    // A script reads every figure the screen can show: the stage times too.
    ReportScope withTimes = scope;
    withTimes.withStageTimes = true;
    Result<Funnel> f = Analytics::funnel(s, withTimes);
    if (!f)
        return f.error().message;
    t.header = QStringList{QStringLiteral("stage"),     QStringLiteral("reached"),
                           QStringLiteral("sum"),       QStringLiteral("entered"),
                           QStringLiteral("to_next_%"), QStringLiteral("to_won_%"),
                           QStringLiteral("drop_off"),  QStringLiteral("average_days")};
    for (const FunnelStage &st : f->stages) {
        t.rows << QStringList{st.name,
                              QString::number(st.reached.count),
                              money(st.reached.sum),
                              QString::number(st.entered.count),
                              pct(st.toNext),
                              pct(st.toWon),
                              QString::number(st.dropOff),
                              QString::number(double(st.averageMs) / 86400000.0, 'f', 1)};
        rows.append(QJsonObject{{QStringLiteral("stage_id"), st.stageId},
                                {QStringLiteral("stage"), st.name},
                                {QStringLiteral("reached"), amount(st.reached)},
                                {QStringLiteral("entered"), amount(st.entered)},
                                {QStringLiteral("to_next"), st.toNext},
                                {QStringLiteral("to_won"), st.toWon},
                                {QStringLiteral("drop_off"), st.dropOff},
                                {QStringLiteral("average_ms"), st.averageMs},
                                {QStringLiteral("stays"), st.stays}});
    }
    o.insert(QStringLiteral("pipeline_id"), f->pipelineId);
    o.insert(QStringLiteral("created"), amount(f->created));
    o.insert(QStringLiteral("won"), amount(f->won));
    o.insert(QStringLiteral("lost"), amount(f->lost));
    o.insert(QStringLiteral("average_cycle_days"), double(f->averageCycleMs) / 86400000.0);
    t.rows << QStringList{QStringLiteral("created"), QString::number(f->created.count),
                          money(f->created.sum)};
    t.rows << QStringList{QStringLiteral("won"), QString::number(f->won.count),
                          money(f->won.sum)};
    t.rows << QStringList{QStringLiteral("lost"), QString::number(f->lost.count),
                          money(f->lost.sum)};
    return std::nullopt;
}

// The summary report's table and JSON rows; the error message when core refuses it.
std::optional<QString> fillSummary(Session &s, [[maybe_unused]] const Request &r,
                                   const ReportScope &scope, Table &t, QJsonArray &rows,
                                   [[maybe_unused]] QJsonObject &o)
{
    Result<QList<SummaryBucket>> b = Analytics::summary(s, scope, r.by);
    if (!b)
        return b.error().message;
    t.header = QStringList{QStringLiteral("from"),        QStringLiteral("created"),
                           QStringLiteral("created_sum"), QStringLiteral("won"),
                           QStringLiteral("won_sum"),     QStringLiteral("lost"),
                           QStringLiteral("lost_sum")};
    for (const SummaryBucket &x : *b) {
        t.rows << QStringList{day(x.start),         QString::number(x.created.count),
                              money(x.created.sum), QString::number(x.won.count),
                              money(x.won.sum),     QString::number(x.lost.count),
                              money(x.lost.sum)};
        rows.append(QJsonObject{{QStringLiteral("from"), day(x.start)},
                                {QStringLiteral("created"), amount(x.created)},
                                {QStringLiteral("won"), amount(x.won)},
                                {QStringLiteral("lost"), amount(x.lost)}});
    }
    return std::nullopt;
}

// The managers report's table and JSON rows; the error message when core refuses it.
std::optional<QString> fillManagers(Session &s, [[maybe_unused]] const Request &r,
                                    const ReportScope &scope, Table &t, QJsonArray &rows,
                                    [[maybe_unused]] QJsonObject &o)
{
    Result<QList<ManagerRow>> m = Analytics::managers(s, scope);
    if (!m)
        return m.error().message;
    t.header = QStringList{QStringLiteral("user"),          QStringLiteral("open"),
                           QStringLiteral("open_sum"),      QStringLiteral("won"),
                           QStringLiteral("won_sum"),       QStringLiteral("lost"),
                           QStringLiteral("lost_sum"),      QStringLiteral("conversion_%"),
                           QStringLiteral("average_won"),   QStringLiteral("tasks_done"),
                           QStringLiteral("tasks_overdue"), QStringLiteral("notes"),
                           QStringLiteral("stage_moves")};
    for (const ManagerRow &x : *m) {
        t.rows << QStringList{x.name,
                              QString::number(x.open.count),
                              money(x.open.sum),
                              QString::number(x.won.count),
                              money(x.won.sum),
                              QString::number(x.lost.count),
                              money(x.lost.sum),
                              pct(x.conversion),
                              money(x.averageWon),
                              QString::number(x.tasksDone),
                              QString::number(x.tasksOverdue),
                              QString::number(x.notesAdded),
                              QString::number(x.stageMoves)};
        rows.append(QJsonObject{{QStringLiteral("user_id"), x.userId},
                                {QStringLiteral("user"), x.name},
                                {QStringLiteral("open"), amount(x.open)},
                                {QStringLiteral("won"), amount(x.won)},
                                {QStringLiteral("lost"), amount(x.lost)},
                                {QStringLiteral("conversion"), x.conversion},
                                {QStringLiteral("average_won"), x.averageWon},
                                {QStringLiteral("tasks_done"), x.tasksDone},
                                {QStringLiteral("tasks_overdue"), x.tasksOverdue},
                                {QStringLiteral("notes_added"), x.notesAdded},
                                {QStringLiteral("stage_moves"), x.stageMoves}});
    }
    return std::nullopt;
}

// The plan report's table and JSON rows; the error message when core refuses it.
std::optional<QString> fillPlan(Session &s, [[maybe_unused]] const Request &r,
                                const ReportScope &scope, Table &t, QJsonArray &rows,
                                [[maybe_unused]] QJsonObject &o)
{
    Result<QList<PlanRow>> p = Analytics::planProgress(s, scope, r.plan);
    if (!p)
        return p.error().message;
    t.header = QStringList{r.plan == PlanPeriod::Quarter ? QStringLiteral("quarter")
                                                         : QStringLiteral("month"),
                           QStringLiteral("user"),
                           QStringLiteral("target_sum"),
                           QStringLiteral("won_sum"),
                           QStringLiteral("expected_sum"),
                           QStringLiteral("progress_%"),
                           QStringLiteral("target_count"),
                           QStringLiteral("won")};
    for (const PlanRow &x : *p) {
        t.rows << QStringList{x.month,
                              x.name,
                              money(x.target.sum),
                              money(x.won.sum),
                              money(x.expectedSum),
                              pct(x.progress),
                              QString::number(x.target.count),
                              QString::number(x.won.count)};
        rows.append(QJsonObject{{QStringLiteral("month"), x.month},
                                {QStringLiteral("start"), day(x.start)},
                                {QStringLiteral("user_id"), x.userId},
                                {QStringLiteral("user"), x.name},
                                {QStringLiteral("target"), amount(x.target)},
                                {QStringLiteral("won"), amount(x.won)},
                                {QStringLiteral("expected_sum"), x.expectedSum},
                                {QStringLiteral("expected_count"), x.expectedCount},
                                {QStringLiteral("progress"), x.progress}});
    }
    return std::nullopt;
}

// The losses report's table and JSON rows; the error message when core refuses it.
std::optional<QString> fillLosses(Session &s, [[maybe_unused]] const Request &r,
                                  const ReportScope &scope, Table &t, QJsonArray &rows,
                                  [[maybe_unused]] QJsonObject &o)
{
    Result<QList<LossRow>> l = Analytics::losses(s, scope);
    if (!l)
        return l.error().message;
    t.header = QStringList{QStringLiteral("reason"), QStringLiteral("lost"),
                           QStringLiteral("sum"), QStringLiteral("share_%")};
    for (const LossRow &x : *l) {
        t.rows << QStringList{x.name, QString::number(x.lost.count), money(x.lost.sum),
                              pct(x.share)};
        rows.append(QJsonObject{{QStringLiteral("reason_id"), x.reasonId},
                                {QStringLiteral("reason"), x.name},
                                {QStringLiteral("lost"), amount(x.lost)},
                                {QStringLiteral("share"), x.share}});
    }
    return std::nullopt;
}

// The forecast report's table and JSON rows; the error message when core refuses it.
std::optional<QString> fillForecast(Session &s, [[maybe_unused]] const Request &r,
                                    const ReportScope &scope, Table &t, QJsonArray &rows,
                                    [[maybe_unused]] QJsonObject &o)
{
    Result<QList<ForecastRow>> f = Analytics::forecast(s, scope);
    if (!f)
        return f.error().message;
    t.header =
        QStringList{QStringLiteral("month"), QStringLiteral("user"), QStringLiteral("open"),
                    QStringLiteral("sum"), QStringLiteral("weighted")};
    for (const ForecastRow &x : *f) {
        const QString month = x.month.isValid() ? x.month.toString(QStringLiteral("yyyy-MM"))
                                                : QStringLiteral("-");
        t.rows << QStringList{month, x.name, QString::number(x.open.count), money(x.open.sum),
                              money(x.weighted)};
        rows.append(QJsonObject{
            {QStringLiteral("month"), x.month.isValid() ? QJsonValue(month) : QJsonValue()},
            {QStringLiteral("user_id"), x.responsibleId},
            {QStringLiteral("user"), x.name},
            {QStringLiteral("open"), amount(x.open)},
            {QStringLiteral("weighted"), x.weighted}});
    }
    return std::nullopt;
}

int print(Session &s, const Request &r, const ReportScope &scope, bool json, QTextStream &out,
          QTextStream &err)
{
    Table t;
    QJsonObject o{
        {QStringLiteral("report"), r.report},
        {QStringLiteral("from"), scope.from.isValid() ? day(scope.from) : QJsonValue()},
        {QStringLiteral("to"), scope.to.isValid() ? day(scope.to.addDays(-1)) : QJsonValue()}};
    QJsonArray rows;
    using Fill = std::optional<QString> (*)(Session &, const Request &, const ReportScope &, Table &,
                                            QJsonArray &, QJsonObject &);
    const std::pair<const char *, Fill> reports[] = {
        {"funnel", fillFunnel}, {"summary", fillSummary}, {"managers", fillManagers},
        {"plan", fillPlan},     {"losses", fillLosses},   {"forecast", fillForecast}};
    Fill fill = fillForecast;
    for (const auto &[name, f] : reports)
        if (r.report == QLatin1String(name))
            fill = f;
    if (const std::optional<QString> error = fill(s, r, scope, t, rows, o))
        return dataError(err, *error);
    if (json) {
        o.insert(QStringLiteral("rows"), rows);
        out << QJsonDocument(o).toJson(QJsonDocument::Compact) << "\n";
    } else {
        t.print(out);
    }
    return Success;
}

} // namespace

int runReport(QStringList args, bool json, QTextStream &out, QTextStream &err,
              const AdminSessionOpener &open)
{
    std::variant<Request, QString> parsed = parse(std::move(args));
    if (const QString *message = std::get_if<QString>(&parsed))
        return usageError(err, *message);
    const Request r = std::get<Request>(std::move(parsed));
    std::variant<int, Session *> opened = open();
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    Session &s = *std::get<Session *>(opened);
    ReportScope scope;
    if (std::optional<QString> e = resolve(s, r, scope))
        return dataError(err, *e);
    return print(s, r, scope, json, out, err);
}

int runGoal(QStringList args, bool json, QTextStream &out, QTextStream &err,
            const AdminSessionOpener &open)
{
    if (args.isEmpty() || args.takeFirst() != u"set")
        return usageError(err,
                          QStringLiteral("goal needs: set --user EMAIL --month YYYY-MM --sum N "
                                         "[--count N]."));
    QHash<QString, QString> v;
    if (std::optional<QString> e = takeOptions(args,
                                               {QStringLiteral("--user"), QStringLiteral("--month"),
                                                QStringLiteral("--sum"), QStringLiteral("--count")},
                                               v))
        return usageError(err, *e);
    for (const char *required : {"--user", "--month", "--sum"})
        if (!v.contains(QLatin1String(required)))
            return usageError(err,
                              QStringLiteral("goal set needs %1.").arg(QLatin1String(required)));
    bool ok = false;
    // --sum in currency units (two decimals at most), kept in minor units.
    const double sum = v.value(QStringLiteral("--sum")).toDouble(&ok);
    if (!ok || sum < 0 || sum > 1e15)
        return usageError(err,
                          QStringLiteral("--sum must be an amount such as 150000 or 1500.50."));
    qint64 count = 0;
    if (v.contains(QStringLiteral("--count"))) {
        count = v.value(QStringLiteral("--count")).toLongLong(&ok);
        if (!ok || count < 0)
            return usageError(err, QStringLiteral("--count must be a whole number, 0 or more."));
    }
    std::variant<int, Session *> opened = open();
    if (const int *code = std::get_if<int>(&opened))
        return *code;
    Session &s = *std::get<Session *>(opened);
    const QString email = v.value(QStringLiteral("--user"));
    const std::optional<qint64> user = userByEmail(s, email);
    if (!user)
        return dataError(err, QStringLiteral("no user with the email %1.").arg(email));
    const qint64 minor = std::llround(sum * 100);
    const QString month = v.value(QStringLiteral("--month"));
    if (Status st = Analytics::setGoal(s, *user, month, minor, count); !st)
        return dataError(err, st.error().message);
    if (json)
        out << QJsonDocument(QJsonObject{{QStringLiteral("user_id"), *user},
                                         {QStringLiteral("month"), month},
                                         {QStringLiteral("target"), amount(Amount{count, minor})}})
                   .toJson(QJsonDocument::Compact)
            << "\n";
    else
        out << "goal set: " << email << " " << month << " " << money(minor) << " / " << count
            << "\n";
    return Success;
}

} // namespace Voronka::Cli
