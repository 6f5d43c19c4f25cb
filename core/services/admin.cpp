// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "admin.h"

#include "core/storage/schema.h"

#include "core/util/text.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Admin)
};
} // namespace

Status Admin::requireAdmin()
{
    if (m_bootstrap || m_s.principal().admin)
        return Ok{};
    return makeError(Error::Code::Permission, Tr::tr("Only an administrator may change settings."));
}

Result<qint64> Admin::insertNamed(const char *table, EntityKind kind, const QString &name,
                                  const QStringList &extraCols, const QVariantList &extraValues)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    const QString clean = name.simplified();
    if (clean.isEmpty() || clean.size() > 255)
        return makeError(
            Error::Code::Invalid,
            Tr::tr("%1: the name must have between 1 and 255 characters.").arg(entityName(kind)),
            entityKey(kind), QStringLiteral("name"));
    try {
        Change c(m_s, m_origin);
        QStringList cols{QStringLiteral("uid"),        QStringLiteral("name"),
                         QStringLiteral("created_at"), QStringLiteral("updated_at"),
                         QStringLiteral("author_id"),  QStringLiteral("hlc")};
        cols << extraCols;
        QStringList params;
        for (int i = 1; i <= cols.size(); ++i)
            params << QStringLiteral("?%1").arg(i);
        Query q =
            c.sql().prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                .arg(QLatin1String(table), cols.join(u','), params.join(u',')));
        q->bindAll(c.newUid(), clean, c.now(), c.now(),
                   c.author(), c.hlc());
        int i = 6;
        for (const QVariant &v : extraValues)
            q->bind(++i, v);
        q->run();
        const qint64 id = c.sql().lastInsertId();
        QStringList fields{QStringLiteral("name")};
        fields << extraCols;
        c.outbox(kind, id, OutboxOp::Create, fields);
        c.commit();
        m_s.invalidate();
        return id;
    } catch (const SqlError &e) {
        if (e.code() == 19) // SQLITE_CONSTRAINT: a unique name or email is taken
            return makeError(Error::Code::Conflict,
                             Tr::tr("%1 \"%2\" already exists.").arg(entityName(kind), clean),
                             entityKey(kind), QStringLiteral("name"));
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<qint64> Admin::initialize(Database &db, const Clock &clock, const QString &email,
                                 const QString &name, const QString &password,
                                 Auth::Strength strength, bool defaultPipeline)
{
    const Status done = guarded(db, [&]() -> Status {
        if (db.sql().scalar("SELECT count(*) FROM users") > 0)
            return makeError(Error::Code::Conflict, Tr::tr("The database already has users."));
        return Ok{};
    });
    if (!done)
        return done.error();
    if (password.isEmpty())
        return makeError(Error::Code::Invalid, Tr::tr("The administrator needs a password."),
                         entityKey(EntityKind::User), QStringLiteral("password"));
    Session s(db, clock, UserInfo{});
    Admin a(s);
    a.m_bootstrap = true;
    Result<qint64> role =
        a.createRole(Tr::tr("Administrator"), RoleMatrix::filled(Scope::All), true);
    if (!role)
        return role;
    Result<qint64> user = a.createUser(email, name.isEmpty() ? Tr::tr("Administrator") : name,
                                       Auth::hashPassword(password, strength), *role, 0);
    if (!user)
        return user;
    for (auto [n, icon, color, b] :
         {std::tuple{Tr::tr("Follow-up"), "phone", "#2F80ED", BuiltinTaskType::FollowUp},
          std::tuple{Tr::tr("Meeting"), "people", "#27AE60", BuiltinTaskType::Meeting}})
        if (Result<qint64> t = a.createTaskType(n, QLatin1String(icon), QLatin1String(color), b);
            !t)
            return t;
    if (!defaultPipeline)
        return *user;
    Result<qint64> p =
        a.createPipeline(Tr::tr("Sales"), {{Tr::tr("First contact"), QStringLiteral("#99CCFF"), 10},
                                           {Tr::tr("Negotiation"), QStringLiteral("#FFCC66"), 40},
                                           {Tr::tr("Decision"), QStringLiteral("#FF9966"), 70}});
    if (!p)
        return p.error();
    return *user;
}


Status Admin::setColumn(EntityKind kind, qint64 id, const QString &column, const QVariant &value)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return writeColumn(kind, id, column, value);
}

Status Admin::atomically(const std::function<Status()> &step)
{
    const bool own = !m_s.inBatch();
    const Status done = guarded(m_s.db(), [&]() -> Status {
        if (own)
            m_s.beginBatch();
        return Ok{};
    });
    if (!done)
        return done.error();
    Status st = Ok{};
    try {
        st = step();
    } catch (const SqlError &e) {
        st = Database::errorFor(e, m_s.db().path());
        if (!own)
            m_s.breakBatch();
    }
    if (own) {
        if (!st) {
            m_s.rollbackBatch();
            m_s.invalidate();
        } else if (Status done = m_s.commitBatch(); !done) {
            m_s.invalidate();
            return done;
        }
    }
    return st;
}

Status Admin::writeColumn(EntityKind kind, qint64 id, const QString &column, const QVariant &value,
                          bool secret)
{
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        const QString table = entityTable(kind);
        QVariant old;
        {
            Query q = c.sql().prepare(
                QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1").arg(column, table));
            q->bind(1, id);
            if (!q->step())
                return makeError(Error::Code::NotFound,
                                 Tr::tr("%1 #%2 does not exist.").arg(entityName(kind)).arg(id),
                                 entityKey(kind));
            old = q->value(0);
        }
        c.sql()
            .prepare(QStringLiteral("UPDATE %1 SET %2 = ?1, updated_at = ?2 WHERE id = ?3")
                         .arg(table, column))
            ->bindAll(value, c.now(), id)
            .run();
        if (secret)
            c.history(kind, id, HistoryEvent::FieldChanged, column);
        else
            c.history(kind, id, HistoryEvent::FieldChanged, column, old, value);
        c.outbox(kind, id, OutboxOp::Update, {column});
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

Result<qint64> Admin::createPipeline(const QString &name, const QList<StageSpec> &stages)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    if (stages.isEmpty())
        return makeError(Error::Code::Invalid,
                         Tr::tr("Pipeline \"%1\" needs at least one stage.").arg(name),
                         entityKey(EntityKind::Pipeline), QStringLiteral("stages"));
    // All or nothing: the pipeline and its stages commit together.
    const bool ownBatch = !m_s.inBatch();
    if (ownBatch)
        m_s.beginBatch();
    Result<qint64> result = createPipelineRows(name, stages);
    if (ownBatch) {
        if (!result) {
            m_s.rollbackBatch();
            m_s.invalidate();
        } else if (Status st = m_s.commitBatch(); !st) {
            return st.error();
        }
    }
    return result;
}

Result<qint64> Admin::createPipelineRows(const QString &name, const QList<StageSpec> &stages)
{
    const qint64 position =
        m_s.sql().scalar("SELECT coalesce(max(position), 0) + 1 FROM pipelines");
    Result<qint64> pid = insertNamed("pipelines", EntityKind::Pipeline, name,
                                     {QStringLiteral("position")}, {position});
    if (!pid)
        return pid;
    QList<std::tuple<QString, QString, int, StageKind>> all;
    all.append({Schema::incomingStageName(), QString::fromLatin1(Schema::kIncomingColor), 0,
                StageKind::Incoming});
    for (const auto &s : stages)
        all.append({s.name, s.color, s.probability, StageKind::Open});
    all.append({Tr::tr("Won"), QStringLiteral("#6FCF97"), 100, StageKind::Won});
    all.append({Tr::tr("Lost"), QStringLiteral("#EB5757"), 0, StageKind::Lost});
    int pos = -1; // Incoming at 0, the first open stage at 1
    for (const auto &[sname, color, prob, kind] : all) {
        Result<qint64> sid = insertNamed("stages", EntityKind::Stage, sname,
                                         {QStringLiteral("pipeline_id"), QStringLiteral("position"),
                                          QStringLiteral("color"), QStringLiteral("kind"),
                                          QStringLiteral("probability")},
                                         {*pid, ++pos, color, int(kind), prob});
        if (!sid)
            return sid;
    }
    return pid;
}

const QStringList &Admin::taskTypeIcons()
{
    static const QStringList names{
        QStringLiteral("task"),  QStringLiteral("phone"),     QStringLiteral("people"),
        QStringLiteral("mail"),  QStringLiteral("letter"),    QStringLiteral("document"),
        QStringLiteral("money"), QStringLiteral("handshake"), QStringLiteral("car"),
        QStringLiteral("flag"),  QStringLiteral("check"),     QStringLiteral("screen")};
    return names;
}

namespace {
// Empty is accepted on create (callers that predate icons; drawn as "task"), never on a change.
Status checkIcon(const QString &icon, bool allowEmpty)
{
    if ((allowEmpty && icon.isEmpty()) || Admin::taskTypeIcons().contains(icon))
        return Ok{};
    return makeError(Error::Code::Invalid,
                     Tr::tr("\"%1\" is not a task type icon; choose one of: %2.")
                         .arg(icon, Admin::taskTypeIcons().join(QStringLiteral(", "))),
                     entityKey(EntityKind::TaskType), QStringLiteral("icon"));
}
} // namespace

Result<qint64> Admin::createTaskType(const QString &name, const QString &icon, const QString &color,
                                     BuiltinTaskType builtin)
{
    if (Status st = checkIcon(icon, true); !st)
        return st.error();
    const qint64 position = m_s.sql().scalar("SELECT count(*) FROM task_types");
    return insertNamed("task_types", EntityKind::TaskType, name,
                       {QStringLiteral("icon"), QStringLiteral("color"), QStringLiteral("builtin"),
                        QStringLiteral("position")},
                       {icon, color, int(builtin), position});
}

Status Admin::updateTaskType(qint64 id, const QString &name, const QString &color)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return makeError(Error::Code::Invalid, Tr::tr("A task type needs a name."),
                         entityKey(EntityKind::TaskType), QStringLiteral("name"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!hex.match(color).hasMatch())
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Task type \"%1\": \"%2\" is not a colour like #2F80ED.").arg(trimmed, color),
            entityKey(EntityKind::TaskType), QStringLiteral("color"));
    const bool ownBatch = !m_s.inBatch();
    if (ownBatch)
        m_s.beginBatch();
    Status st = setColumn(EntityKind::TaskType, id, QStringLiteral("name"), trimmed);
    if (st)
        st = setColumn(EntityKind::TaskType, id, QStringLiteral("color"), color.toUpper());
    if (ownBatch) {
        if (!st)
            m_s.rollbackBatch();
        else if (Status done = m_s.commitBatch(); !done)
            return done;
    }
    return st;
}

Status Admin::setTaskTypeIcon(qint64 id, const QString &icon)
{
    if (Status st = requireAdmin(); !st)
        return st;
    if (Status st = checkIcon(icon, false); !st)
        return st;
    return setColumn(EntityKind::TaskType, id, QStringLiteral("icon"), icon);
}

Status Admin::removeTaskType(qint64 id)
{
    if (Status st = requireAdmin(); !st)
        return st;
    Query q =
        m_s.sql().prepare("SELECT name, builtin FROM task_types WHERE id = ?1 AND deleted = 0");
    q->bind(1, id);
    if (!q->step())
        return makeError(
            Error::Code::NotFound,
            Tr::tr("%1 #%2 does not exist.").arg(entityName(EntityKind::TaskType)).arg(id),
            entityKey(EntityKind::TaskType));
    const QString name = q->text(0);
    if (q->int64(1) != 0)
        return makeError(
            Error::Code::Invalid,
            Tr::tr("\"%1\" is built in and cannot be deleted; rename it instead.").arg(name),
            entityKey(EntityKind::TaskType));
    q->reset();
    return setColumn(EntityKind::TaskType, id, QStringLiteral("deleted"), 1);
}

Status Admin::restoreTaskType(qint64 id)
{
    if (Status st = requireAdmin(); !st)
        return st;
    Query q = m_s.sql().prepare("SELECT 1 FROM task_types WHERE id = ?1 AND deleted = 1");
    q->bind(1, id);
    const bool gone = q->step();
    q->reset();
    if (!gone)
        return makeError(
            Error::Code::NotFound,
            Tr::tr("%1 #%2 is not deleted.").arg(entityName(EntityKind::TaskType)).arg(id),
            entityKey(EntityKind::TaskType));
    return setColumn(EntityKind::TaskType, id, QStringLiteral("deleted"), 0);
}

Result<qint64> Admin::createLossReason(const QString &name)
{
    const qint64 position = m_s.sql().scalar("SELECT count(*) FROM loss_reasons");
    return insertNamed("loss_reasons", EntityKind::LossReason, name, {QStringLiteral("position")},
                       {position});
}

Result<qint64> Admin::createFieldDef(const FieldDef &def)
{
    if (def.kind != EntityKind::Deal && def.kind != EntityKind::Contact &&
        def.kind != EntityKind::Company)
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Custom field \"%1\": fields belong to deals, contacts or companies.")
                .arg(def.name),
            entityKey(EntityKind::FieldDef), QStringLiteral("entity_kind"));
    if ((def.type == FieldType::Select || def.type == FieldType::MultiSelect) &&
        def.options.isEmpty())
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Custom field \"%1\": a list needs at least one choice.").arg(def.name),
            entityKey(EntityKind::FieldDef), QStringLiteral("options"));
    if (def.requiredFromStageId &&
        (def.kind != EntityKind::Deal || !m_s.stage(def.requiredFromStageId)))
        return makeError(Error::Code::Invalid,
                         Tr::tr("Custom field \"%1\": only deal fields can be required from an "
                                "existing stage.")
                             .arg(def.name),
                         entityKey(EntityKind::FieldDef), QStringLiteral("required_from_stage_id"));
    const qint64 position =
        def.position ? def.position : m_s.sql().scalar("SELECT count(*) FROM field_defs") + 1;
    return insertNamed("field_defs", EntityKind::FieldDef, def.name,
                       {QStringLiteral("entity_kind"), QStringLiteral("type"),
                        QStringLiteral("options"), QStringLiteral("group_name"),
                        QStringLiteral("position"), QStringLiteral("required_from_stage_id"),
                        QStringLiteral("read_only")},
                       {int(def.kind), int(def.type), Text::joinJsonArray(def.options),
                        def.group.isEmpty() ? QVariant() : QVariant(def.group), position,
                        def.requiredFromStageId ? QVariant(def.requiredFromStageId) : QVariant(),
                        def.readOnly ? 1 : 0});
}

Result<qint64> Admin::createAutomation(const StageAutomation &a)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    if (Status st = Automations::validate(m_s, a); !st)
        return st.error();
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        Change c(m_s, m_origin);
        const qint64 position =
            a.position
                ? a.position
                : c.sql().scalar("SELECT coalesce(max(position), 0) + 1 FROM stage_automations");
        c.sql()
            .prepare("INSERT INTO stage_automations(uid, stage_id, action, on_create, params, "
                     "position, created_at, updated_at, author_id, hlc) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7, ?8, ?9)")
            ->bindAll(c.newUid(), a.stageId, int(a.action), a.onCreate,
                      QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(a.params))
                                            .toJson(QJsonDocument::Compact)),
                      position, c.now(), c.author(), c.hlc())
            .run();
        const qint64 id = c.sql().lastInsertId();
        c.outbox(EntityKind::Automation, id, OutboxOp::Create,
                 {QStringLiteral("stage_id"), QStringLiteral("action"), QStringLiteral("on_create"),
                  QStringLiteral("params"), QStringLiteral("position")});
        c.commit();
        return id;
    });
}

Status Admin::setSetting(const QString &key, const QVariant &value)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const QString k = key.trimmed();
    if (k.isEmpty() || k.size() > 100)
        return makeError(Error::Code::Invalid, Tr::tr("A setting needs a name."),
                         entityKey(EntityKind::Setting), QStringLiteral("key"));
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Query find = c.sql().prepare("SELECT id, value FROM settings WHERE key = ?1");
        find->bind(1, k);
        if (find->step()) {
            const qint64 id = find->int64(0);
            const QVariant old = find->value(1);
            find->reset();
            if (old == value)
                return Ok{};
            c.sql()
                .prepare("UPDATE settings SET value = ?1, updated_at = ?2, deleted = 0 "
                         "WHERE id = ?3")
                ->bindAll(value, c.now(), id)
                .run();
            c.history(EntityKind::Setting, id, HistoryEvent::FieldChanged, k, old, value);
            c.outbox(EntityKind::Setting, id, OutboxOp::Update, {QStringLiteral("value")});
        } else {
            find->reset();
            c.sql()
                .prepare("INSERT INTO settings(uid, key, value, created_at, updated_at, "
                         "author_id, hlc) VALUES(?1, ?2, ?3, ?4, ?4, ?5, ?6)")
                ->bindAll(Schema::settingUid(k), k, value, c.now(), c.author(), c.hlc())
                .run();
            const qint64 id = c.sql().lastInsertId();
            c.history(EntityKind::Setting, id, HistoryEvent::FieldChanged, k, QVariant(), value);
            c.outbox(EntityKind::Setting, id, OutboxOp::Create,
                     {QStringLiteral("key"), QStringLiteral("value")});
        }
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

} // namespace Voronka::Core
