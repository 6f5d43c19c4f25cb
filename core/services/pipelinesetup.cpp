// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "pipelinesetup.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::PipelineSetup)
};

constexpr int kMaxIdleDays = 3650;

bool isClosed(StageKind kind)
{
    return kind == StageKind::Won || kind == StageKind::Lost;
}

QString paramsJson(const QVariantMap &params)
{
    return QString::fromUtf8(
        QJsonDocument(QJsonObject::fromVariantMap(params)).toJson(QJsonDocument::Compact));
}

const PipelineInfo *findPipeline(const QList<PipelineInfo> &all, qint64 id)
{
    for (const PipelineInfo &p : all)
        if (p.id == id)
            return &p;
    return nullptr;
}

QList<StageInfo> openStages(const PipelineInfo &p)
{
    QList<StageInfo> out;
    for (const StageInfo &s : p.stages)
        if (!PipelineSetup::isFixed(s.kind))
            out << s;
    return out;
}

Status badName(EntityKind kind, const QString &current)
{
    return makeError(Error::Code::Invalid,
                     Tr::tr("%1 \"%2\": the name must have between 1 and 255 characters.")
                         .arg(entityName(kind), current),
                     entityKey(kind), QStringLiteral("name"));
}
} // namespace

Status PipelineSetup::requireAdmin()
{
    if (m_s.principal().admin)
        return Ok{};
    return makeError(Error::Code::Permission,
                     Tr::tr("Only an administrator may set up pipelines."));
}

Result<const StageInfo *> PipelineSetup::stageFor(qint64 stageId)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    const StageInfo *s = m_s.stage(stageId);
    if (!s)
        return makeError(Error::Code::NotFound, Tr::tr("Stage #%1 does not exist.").arg(stageId),
                         entityKey(EntityKind::Stage));
    return s;
}

Status PipelineSetup::setColumn(EntityKind kind, qint64 id, const QString &column,
                                const QVariant &value)
{
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        const QString table = entityTable(kind);
        QVariant old;
        {
            Query q =
                c.sql().prepare(QStringLiteral("SELECT %1 FROM %2 WHERE id = ?1 AND deleted = 0")
                                    .arg(column, table));
            q->bind(1, id);
            if (!q->step())
                return makeError(Error::Code::NotFound,
                                 Tr::tr("%1 #%2 does not exist.").arg(entityName(kind)).arg(id),
                                 entityKey(kind));
            old = q->value(0);
        }
        if (old == value)
            return Ok{};
        writeColumn(c, kind, id, column, old, value);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

void PipelineSetup::writeColumn(Change &c, EntityKind kind, qint64 id, const QString &column,
                                const QVariant &old, const QVariant &value)
{
    c.sql()
        .prepare(QStringLiteral("UPDATE %1 SET %2 = ?1, updated_at = ?2 WHERE id = ?3")
                     .arg(entityTable(kind), column))
        ->bindAll(value, c.now(), id)
        .run();
    c.history(kind, id, HistoryEvent::FieldChanged, column, old, value);
    c.outbox(kind, id, OutboxOp::Update, {column});
}

Status PipelineSetup::setStageColumn(qint64 stageId, const QString &column, const QVariant &value)
{
    return setColumn(EntityKind::Stage, stageId, column, value);
}

void PipelineSetup::rewritePositions(Change &c, EntityKind kind, const QList<qint64> &ids, int base)
{
    const QString table = entityTable(kind);
    int position = base;
    for (qint64 id : ids) {
        Query read =
            c.sql().prepare(QStringLiteral("SELECT position FROM %1 WHERE id = ?1").arg(table));
        read->bind(1, id);
        const qint64 old = read->step() ? read->int64(0) : -1;
        if (old != position) {
            c.sql()
                .prepare(
                    QStringLiteral("UPDATE %1 SET position = ?1, updated_at = ?2 WHERE id = ?3")
                        .arg(table))
                ->bindAll(position, c.now(), id)
                .run();
            c.history(kind, id, HistoryEvent::FieldChanged, QStringLiteral("position"), old,
                      position);
            c.outbox(kind, id, OutboxOp::Update, {QStringLiteral("position")});
        }
        ++position;
    }
}

Result<qint64> PipelineSetup::createStage(qint64 pipelineId, int index, const QString &name,
                                          const QString &color, int probability)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, pipelineId);
    if (!p)
        return makeError(Error::Code::NotFound,
                         Tr::tr("Pipeline #%1 does not exist.").arg(pipelineId),
                         entityKey(EntityKind::Pipeline));
    const QString clean = name.simplified();
    if (clean.isEmpty() || clean.size() > 255)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Pipeline \"%1\": a new stage needs a name of 1 to 255 characters.")
                             .arg(p->name),
                         entityKey(EntityKind::Stage), QStringLiteral("name"));
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!hex.match(color).hasMatch())
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Stage \"%1\": \"%2\" is not a color; use #RRGGBB.").arg(clean, color),
            entityKey(EntityKind::Stage), QStringLiteral("color"));
    if (probability < 0 || probability > 100)
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Stage \"%1\": the probability must be between 0 and 100 %.").arg(clean),
            entityKey(EntityKind::Stage), QStringLiteral("probability"));
    const QList<StageInfo> open = openStages(*p);
    QList<qint64> order;
    for (const StageInfo &s : open)
        order << s.id;
    const int at = index < 0 || index > order.size() ? int(order.size()) : index;
    const int base = open.isEmpty() ? 1 : open.first().position;
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        Change c(m_s, m_origin);
        c.sql()
            .prepare("INSERT INTO stages(uid, pipeline_id, name, position, color, kind, "
                     "probability, created_at, updated_at, author_id, hlc) "
                     "VALUES(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9, ?10)")
            ->bindAll(c.newUid(), pipelineId, clean, base + at, color.toUpper(),
                      int(StageKind::Open), probability, c.now(), c.author(), c.hlc())
            .run();
        const qint64 id = c.sql().lastInsertId();
        c.outbox(EntityKind::Stage, id, OutboxOp::Create,
                 {QStringLiteral("pipeline_id"), QStringLiteral("name"), QStringLiteral("position"),
                  QStringLiteral("color"), QStringLiteral("kind"), QStringLiteral("probability")});
        order.insert(at, id);
        rewritePositions(c, EntityKind::Stage, order, base);
        // Won and Lost follow the open stages, so position comparisons (fields required
        // "from a stage on") keep holding across kinds.
        QList<qint64> closed;
        for (const StageInfo &s : p->stages)
            if (isClosed(s.kind))
                closed << s.id;
        rewritePositions(c, EntityKind::Stage, closed, base + int(order.size()));
        c.commit();
        m_s.invalidate();
        return id;
    });
}

Status PipelineSetup::renameStage(qint64 stageId, const QString &name)
{
    Result<const StageInfo *> s = stageFor(stageId);
    if (!s)
        return s.error();
    const QString clean = name.simplified();
    if (clean.isEmpty() || clean.size() > 255)
        return badName(EntityKind::Stage, (*s)->name);
    return setStageColumn(stageId, QStringLiteral("name"), clean);
}

Status PipelineSetup::setStageColor(qint64 stageId, const QString &color)
{
    Result<const StageInfo *> s = stageFor(stageId);
    if (!s)
        return s.error();
    static const QRegularExpression hex(QStringLiteral("^#[0-9A-Fa-f]{6}$"));
    if (!hex.match(color).hasMatch())
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Stage \"%1\": \"%2\" is not a color; use #RRGGBB.").arg((*s)->name, color),
            entityKey(EntityKind::Stage), QStringLiteral("color"));
    return setStageColumn(stageId, QStringLiteral("color"), color.toUpper());
}

Status PipelineSetup::setStageProbability(qint64 stageId, int percent)
{
    Result<const StageInfo *> s = stageFor(stageId);
    if (!s)
        return s.error();
    if (isClosed((*s)->kind))
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Stage \"%1\": won and lost stages have a fixed probability.").arg((*s)->name),
            entityKey(EntityKind::Stage), QStringLiteral("probability"));
    if (percent < 0 || percent > 100)
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Stage \"%1\": the probability must be between 0 and 100 %.").arg((*s)->name),
            entityKey(EntityKind::Stage), QStringLiteral("probability"));
    return setStageColumn(stageId, QStringLiteral("probability"), percent);
}

Status PipelineSetup::setStageIdleDays(qint64 stageId, int days)
{
    Result<const StageInfo *> s = stageFor(stageId);
    if (!s)
        return s.error();
    if (isClosed((*s)->kind))
        return makeError(Error::Code::Invalid,
                         Tr::tr("Stage \"%1\": closed deals never idle.").arg((*s)->name),
                         entityKey(EntityKind::Stage), QStringLiteral("idle_days"));
    if (days < 0 || days > kMaxIdleDays)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Stage \"%1\": idle days must be between 0 (off) and %2.")
                             .arg((*s)->name)
                             .arg(kMaxIdleDays),
                         entityKey(EntityKind::Stage), QStringLiteral("idle_days"));
    return setStageColumn(stageId, QStringLiteral("idle_days"), days);
}

Status PipelineSetup::reorderStages(qint64 pipelineId, const QList<qint64> &openStageIds)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, pipelineId);
    if (!p)
        return makeError(Error::Code::NotFound,
                         Tr::tr("Pipeline #%1 does not exist.").arg(pipelineId),
                         entityKey(EntityKind::Pipeline));
    const QList<StageInfo> open = openStages(*p);
    QSet<qint64> expected;
    for (const StageInfo &s : open)
        expected.insert(s.id);
    const QSet<qint64> given(openStageIds.cbegin(), openStageIds.cend());
    if (given != expected || openStageIds.size() != open.size())
        return makeError(Error::Code::Invalid,
                         Tr::tr("Pipeline \"%1\": the new order must list each open stage once; "
                                "won, lost and incoming stages keep their place.")
                             .arg(p->name),
                         entityKey(EntityKind::Pipeline), QStringLiteral("stages"));
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        rewritePositions(c, EntityKind::Stage, openStageIds,
                         open.isEmpty() ? 1 : open.first().position);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

PipelineSetup::DealCount PipelineSetup::countDeals(const char *column, qint64 id)
{
    // Two statements, not one GROUP BY: the live deals of a stage count from the board's
    // partial index; only the recycle bin's need a scan.
    DealCount n;
    try {
        for (qint64 *out : {&n.active, &n.inRecycleBin}) {
            Query q = m_s.sql().prepare(
                QStringLiteral("SELECT count(*) FROM deals WHERE %1 = ?1 AND deleted %2 0")
                    .arg(QLatin1String(column), out == &n.active ? u"=" : u"<>"));
            q->bind(1, id);
            *out = q->step() ? q->int64(0) : 0;
        }
    } catch (const SqlError &) {
    }
    return n;
}

QHash<qint64, qint64> PipelineSetup::activeDealCounts(qint64 pipelineId)
{
    QHash<qint64, qint64> out;
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, pipelineId);
    if (!p)
        return out;
    try {
        Query q =
            m_s.sql().prepare("SELECT count(*) FROM deals WHERE stage_id = ?1 AND deleted = 0");
        for (const StageInfo &s : p->stages) {
            q->bind(1, s.id);
            out.insert(s.id, q->step() ? q->int64(0) : 0);
            q->reset();
        }
    } catch (const SqlError &) {
    }
    return out;
}

PipelineSetup::DealCount PipelineSetup::stageDealCount(qint64 stageId)
{
    return countDeals("stage_id", stageId);
}

PipelineSetup::DealCount PipelineSetup::pipelineDealCount(qint64 pipelineId)
{
    return countDeals("pipeline_id", pipelineId);
}

Status PipelineSetup::checkTarget(const QString &what, qint64 targetStageId,
                                  qint64 excludedPipeline, qint64 excludedStage)
{
    const StageInfo *t = m_s.stage(targetStageId);
    if (!t || t->id == excludedStage || t->pipelineId == excludedPipeline)
        return makeError(
            Error::Code::Invalid,
            excludedPipeline
                ? Tr::tr("%1: choose a stage of another pipeline for its deals.").arg(what)
                : Tr::tr("%1: choose another existing stage for its deals.").arg(what),
            entityKey(EntityKind::Stage), QStringLiteral("target_stage_id"));
    return Ok{};
}

void PipelineSetup::moveDeals(Change &c, const char *column, qint64 id, Removal &r)
{
    const StageInfo *target = m_s.stage(r.targetStageId);
    Connection &sql = c.sql();
    r.movedAt = c.now();
    // One scan collects the deals (the recycle bin's too) with the fields each move changes;
    // every later statement reaches them by id, so a stage of 330k deals moves in a few
    // set-based statements.
    sql.exec("CREATE TEMP TABLE IF NOT EXISTS setup_moves(id INTEGER PRIMARY KEY, "
             "stage_id INTEGER NOT NULL, pipeline_id INTEGER NOT NULL, entered_at INTEGER, "
             "fields TEXT NOT NULL)");
    sql.exec("DELETE FROM temp.setup_moves");
    sql.prepare(QStringLiteral("INSERT INTO temp.setup_moves SELECT id, stage_id, pipeline_id, "
                               "stage_entered_at, CASE WHEN pipeline_id = ?2 THEN "
                               "'stage_id,stage_entered_at' ELSE "
                               "'stage_id,pipeline_id,stage_entered_at' END "
                               "FROM deals WHERE %1 = ?1")
                    .arg(QLatin1String(column)))
        ->bindAll(id, target->pipelineId)
        .run();
    if (sql.changes() == 0)
        return;
    {
        Query q = sql.prepare("SELECT id, stage_id, pipeline_id, entered_at FROM temp.setup_moves");
        while (q->step())
            r.deals.append({q->int64(0), q->int64(1), q->int64(2), q->int64(3)});
    }
    const QString moves = QStringLiteral("temp.setup_moves");
    c.historyEach(EntityKind::Deal, moves, HistoryEvent::StageMoved, QStringLiteral("stage_id"),
                  QStringLiteral("stage_id"), r.targetStageId);
    c.outboxEach(EntityKind::Deal, moves, OutboxOp::Update, QStringLiteral("fields"));
    // As in Records::update: entering a stage restarts its idle clock.
    sql.prepare("UPDATE deals SET stage_id = ?1, pipeline_id = ?2, stage_entered_at = ?3, "
                "updated_at = ?3 WHERE id IN (SELECT id FROM temp.setup_moves)")
        ->bindAll(r.targetStageId, target->pipelineId, c.now())
        .run();
    sql.exec("DELETE FROM temp.setup_moves");
}

void PipelineSetup::dropStageRows(Change &c, qint64 stageId, qint64 requiredNext, Removal &r)
{
    Connection &sql = c.sql();
    const QString kRequired = QStringLiteral("required_from_stage_id");
    {
        QList<qint64> defs;
        Query q = sql.prepare("SELECT id FROM field_defs WHERE required_from_stage_id = ?1");
        q->bind(1, stageId);
        while (q->step())
            defs << q->int64(0);
        const QVariant next = requiredNext ? QVariant(requiredNext) : QVariant();
        for (qint64 def : std::as_const(defs)) {
            writeColumn(c, EntityKind::FieldDef, def, kRequired, stageId, next);
            r.required.append({def, stageId});
        }
    }
    for (const StageAutomation &a : Automations::forStage(m_s, stageId)) {
        setDeleted(c, EntityKind::Automation, a.id, true);
        r.automations << a.id;
    }
    // Other stages' "move to this stage" follow its deals to the target.
    {
        QList<std::pair<qint64, qint64>> moves; // automation, its own stage
        QList<QString> params;
        Query q = sql.prepare("SELECT id, stage_id, params FROM stage_automations WHERE "
                              "deleted = 0 AND action = ?1 AND "
                              "json_extract(params, '$.stage_id') = ?2");
        q->bindAll(int(AutomationAction::MoveToStage), stageId);
        while (q->step()) {
            moves.append({q->int64(0), q->int64(1)});
            params << q->text(2);
        }
        for (int i = 0; i < moves.size(); ++i) {
            const auto [id, own] = moves.at(i);
            if (own == r.targetStageId) {
                setDeleted(c, EntityKind::Automation, id, true);
                r.automations << id;
                continue;
            }
            QVariantMap p = QJsonDocument::fromJson(params.at(i).toUtf8()).object().toVariantMap();
            p.insert(QStringLiteral("stage_id"), r.targetStageId);
            writeColumn(c, EntityKind::Automation, id, QStringLiteral("params"), params.at(i),
                        paramsJson(p));
            r.retargeted.append({id, params.at(i)});
        }
    }
    setDeleted(c, EntityKind::Stage, stageId, true);
    r.stages << stageId;
}

Result<qint64> PipelineSetup::deleteStage(qint64 stageId, qint64 targetStageId)
{
    Result<Removal> r = removeStage(stageId, targetStageId);
    if (!r)
        return r.error();
    return qint64(r->deals.size());
}

Result<PipelineSetup::Removal> PipelineSetup::removeStage(qint64 stageId, qint64 targetStageId)
{

    Result<const StageInfo *> found = stageFor(stageId);
    if (!found)
        return found.error();
    const StageInfo stage = **found;
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, stage.pipelineId);
    if (isFixed(stage.kind))
        return makeError(Error::Code::Invalid,
                         Tr::tr("Stage \"%1\" is a fixed stage: it can be renamed and recolored "
                                "but not deleted.")
                             .arg(stage.name),
                         entityKey(EntityKind::Stage));
    const QList<StageInfo> open = p ? openStages(*p) : QList<StageInfo>{};
    if (open.size() <= 1)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Stage \"%1\" is the last open stage of the pipeline \"%2\"; add "
                                "another stage before deleting it.")
                             .arg(stage.name, p ? p->name : QString()),
                         entityKey(EntityKind::Stage));
    if (Status st = checkTarget(Tr::tr("Stage \"%1\"").arg(stage.name), targetStageId, 0, stageId);
        !st)
        return st.error();
    // Fields required from the deleted stage on are required from the next one on; after
    // the last open stage that is Won.
    qint64 next = 0;
    for (int i = 0; i < open.size(); ++i)
        if (open.at(i).id == stageId && i + 1 < open.size())
            next = open.at(i + 1).id;
    if (!next)
        for (const StageInfo &s : p->stages)
            if (s.kind == StageKind::Won)
                next = s.id;
    return guarded(m_s.db(), [&]() -> Result<Removal> {
        Change c(m_s, m_origin);
        Removal r;
        r.targetStageId = targetStageId;
        moveDeals(c, "stage_id", stageId, r);
        dropStageRows(c, stageId, next, r);
        c.commit();
        m_s.invalidate();
        return r;
    });
}

Status PipelineSetup::renamePipeline(qint64 pipelineId, const QString &name)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, pipelineId);
    if (!p)
        return makeError(Error::Code::NotFound,
                         Tr::tr("Pipeline #%1 does not exist.").arg(pipelineId),
                         entityKey(EntityKind::Pipeline));
    const QString clean = name.simplified();
    if (clean.isEmpty() || clean.size() > 255)
        return badName(EntityKind::Pipeline, p->name);
    return setColumn(EntityKind::Pipeline, pipelineId, QStringLiteral("name"), clean);
}

Status PipelineSetup::reorderPipelines(const QList<qint64> &pipelineIds)
{
    if (Status st = requireAdmin(); !st)
        return st;
    QSet<qint64> expected;
    for (const PipelineInfo &p : m_s.pipelines())
        expected.insert(p.id);
    const QSet<qint64> given(pipelineIds.cbegin(), pipelineIds.cend());
    if (given != expected || pipelineIds.size() != expected.size())
        return makeError(Error::Code::Invalid,
                         Tr::tr("The new order of pipelines must list each pipeline once."),
                         entityKey(EntityKind::Pipeline), QStringLiteral("position"));
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        rewritePositions(c, EntityKind::Pipeline, pipelineIds, 1);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

Result<qint64> PipelineSetup::deletePipeline(qint64 pipelineId, qint64 targetStageId)
{
    Result<Removal> r = removePipeline(pipelineId, targetStageId);
    if (!r)
        return r.error();
    return qint64(r->deals.size());
}

Result<PipelineSetup::Removal> PipelineSetup::removePipeline(qint64 pipelineId,
                                                             qint64 targetStageId)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, pipelineId);
    if (!p)
        return makeError(Error::Code::NotFound,
                         Tr::tr("Pipeline #%1 does not exist.").arg(pipelineId),
                         entityKey(EntityKind::Pipeline));
    if (pipelines.size() <= 1)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Pipeline \"%1\" is the only pipeline; create another one before "
                                "deleting it.")
                             .arg(p->name),
                         entityKey(EntityKind::Pipeline));
    if (Status st =
            checkTarget(Tr::tr("Pipeline \"%1\"").arg(p->name), targetStageId, pipelineId, 0);
        !st)
        return st.error();
    return guarded(m_s.db(), [&]() -> Result<Removal> {
        Change c(m_s, m_origin);
        Removal r;
        r.targetStageId = targetStageId;
        r.pipelineId = pipelineId;
        moveDeals(c, "pipeline_id", pipelineId, r);
        for (const StageInfo &s : p->stages)
            dropStageRows(c, s.id, 0, r);
        setDeleted(c, EntityKind::Pipeline, pipelineId, true);
        c.commit();
        m_s.invalidate();
        return r;
    });
}

QList<StageAutomation> PipelineSetup::automations(qint64 stageId)
{
    try {
        return Automations::forStage(m_s, stageId);
    } catch (const SqlError &) {
        return {};
    }
}

Status PipelineSetup::updateAutomation(const StageAutomation &automation)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Query q = c.sql().prepare("SELECT stage_id, action, on_create, params FROM "
                                  "stage_automations WHERE id = ?1 AND deleted = 0");
        q->bind(1, automation.id);
        if (!q->step())
            return makeError(Error::Code::NotFound,
                             Tr::tr("Stage automation #%1 does not exist.").arg(automation.id),
                             entityKey(EntityKind::Automation));
        StageAutomation a = automation;
        a.stageId = q->int64(0); // an automation stays with its stage
        const qint64 oldAction = q->int64(1);
        const bool oldOnCreate = q->int64(2) != 0;
        const QString oldParams = q->text(3);
        if (Status st = Automations::validate(m_s, a); !st)
            return st;
        const QString json = paramsJson(a.params);
        QStringList fields;
        if (oldAction != int(a.action)) {
            fields << QStringLiteral("action");
            c.history(EntityKind::Automation, a.id, HistoryEvent::FieldChanged, fields.last(),
                      oldAction, int(a.action));
        }
        if (oldOnCreate != a.onCreate) {
            fields << QStringLiteral("on_create");
            c.history(EntityKind::Automation, a.id, HistoryEvent::FieldChanged, fields.last(),
                      oldOnCreate, a.onCreate);
        }
        if (oldParams != json) {
            fields << QStringLiteral("params");
            c.history(EntityKind::Automation, a.id, HistoryEvent::FieldChanged, fields.last(),
                      oldParams, json);
        }
        if (fields.isEmpty())
            return Ok{};
        c.sql()
            .prepare("UPDATE stage_automations SET action = ?1, on_create = ?2, params = ?3, "
                     "updated_at = ?4 WHERE id = ?5")
            ->bindAll(int(a.action), a.onCreate, json, c.now(), a.id)
            .run();
        c.outbox(EntityKind::Automation, a.id, OutboxOp::Update, fields);
        c.commit();
        return Ok{};
    });
}

Status PipelineSetup::deleteAutomation(qint64 automationId)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        c.sql()
            .prepare("UPDATE stage_automations SET deleted = 1, updated_at = ?1 "
                     "WHERE id = ?2 AND deleted = 0")
            ->bindAll(c.now(), automationId)
            .run();
        if (c.sql().changes() == 0)
            return makeError(Error::Code::NotFound,
                             Tr::tr("Stage automation #%1 does not exist.").arg(automationId),
                             entityKey(EntityKind::Automation));
        c.history(EntityKind::Automation, automationId, HistoryEvent::Deleted);
        c.outbox(EntityKind::Automation, automationId, OutboxOp::Delete,
                 {QStringLiteral("deleted")});
        c.commit();
        return Ok{};
    });
}

Status PipelineSetup::restoreAutomation(qint64 automationId)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return guarded(m_s.db(), [&]() -> Status {
        Query q = m_s.sql().prepare("SELECT 1 FROM stage_automations a JOIN stages s ON s.id = "
                                    "a.stage_id AND s.deleted = 0 WHERE a.id = ?1 AND a.deleted = 1");
        q->bind(1, automationId);
        const bool restorable = q->step();
        q->reset();
        if (!restorable)
            return makeError(Error::Code::NotFound,
                             Tr::tr("Stage automation #%1 cannot be brought back: it or its stage "
                                    "is gone.")
                                 .arg(automationId),
                             entityKey(EntityKind::Automation));
        Change c(m_s, m_origin);
        setDeleted(c, EntityKind::Automation, automationId, false);
        c.commit();
        return Ok{};
    });
}

QList<Session::Named> PipelineSetup::taskTypes()
{
    QList<Session::Named> out;
    try {
        Query q = m_s.sql().prepare(
            "SELECT id, name FROM task_types WHERE deleted = 0 ORDER BY position, id");
        while (q->step())
            out.append({q->int64(0), q->text(1)});
    } catch (const SqlError &) {
    }
    return out;
}

QStringList PipelineSetup::tagNames()
{
    QStringList out;
    try {
        Query q = m_s.sql().prepare("SELECT name FROM tags WHERE deleted = 0 ORDER BY name");
        while (q->step())
            out << q->text(0);
    } catch (const SqlError &) {
    }
    return out;
}

} // namespace Voronka::Core

namespace Voronka::Core {

// --- The undo of a creation ---

Status PipelineSetup::checkBare(qint64 stageId, const QString &name)
{
    // Deals, automations and fields required from it make the stage more than what its creation
    // made: taking it back would have to decide where they go, which deleteStage asks.
    const qint64 deals = m_s.sql().scalar(
        QStringLiteral("SELECT count(*) FROM deals WHERE stage_id = %1").arg(stageId).toUtf8().constData());
    const qint64 ties = m_s.sql().scalar(
        QStringLiteral("SELECT (SELECT count(*) FROM stage_automations WHERE deleted = 0 AND "
                       "(stage_id = %1 OR json_extract(params, '$.stage_id') = %1)) + (SELECT "
                       "count(*) FROM field_defs WHERE deleted = 0 AND required_from_stage_id = %1)")
            .arg(stageId)
            .toUtf8()
            .constData());
    if (deals == 0 && ties == 0)
        return Ok{};
    return makeError(Error::Code::Conflict,
                     Tr::tr("Stage \u00AB%1\u00BB has deals, automations or required fields "
                            "now; left as it is (delete it instead, choosing where they go).")
                         .arg(name),
                     entityKey(EntityKind::Stage));
}

void PipelineSetup::setDeleted(Change &c, EntityKind kind, qint64 id, bool deleted)
{
    c.sql()
        .prepare(QStringLiteral("UPDATE %1 SET deleted = ?1, updated_at = ?2 WHERE id = ?3")
                     .arg(entityTable(kind)))
        ->bindAll(deleted ? 1 : 0, c.now(), id)
        .run();
    c.history(kind, id, deleted ? HistoryEvent::Deleted : HistoryEvent::Restored);
    c.outbox(kind, id, deleted ? OutboxOp::Delete : OutboxOp::Restore, {QStringLiteral("deleted")});
}

void PipelineSetup::placeStages(Change &c, const PipelineInfo &p, QList<qint64> open)
{
    const QList<StageInfo> was = openStages(p);
    const int base = was.isEmpty() ? 1 : was.first().position;
    rewritePositions(c, EntityKind::Stage, open, base);
    QList<qint64> closed;
    for (const StageInfo &s : p.stages)
        if (isClosed(s.kind))
            closed << s.id;
    rewritePositions(c, EntityKind::Stage, closed, base + int(open.size()));
}

Status PipelineSetup::withdrawStage(qint64 stageId)
{
    Result<const StageInfo *> found = stageFor(stageId);
    if (!found)
        return found.error();
    const StageInfo stage = **found;
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, stage.pipelineId);
    if (isFixed(stage.kind) || !p || openStages(*p).size() <= 1)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Stage \u00AB%1\u00BB cannot be taken back.").arg(stage.name),
                         entityKey(EntityKind::Stage));
    return guarded(m_s.db(), [&]() -> Status {
        if (Status st = checkBare(stageId, stage.name); !st)
            return st;
        Change c(m_s, m_origin);
        setDeleted(c, EntityKind::Stage, stageId, true);
        QList<qint64> open;
        for (const StageInfo &s : openStages(*p))
            if (s.id != stageId)
                open << s.id;
        placeStages(c, *p, open);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

Status PipelineSetup::restoreStage(qint64 stageId, int index)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return guarded(m_s.db(), [&]() -> Status {
        Query q = m_s.sql().prepare("SELECT pipeline_id FROM stages WHERE id = ?1 AND deleted = 1");
        q->bind(1, stageId);
        const qint64 pipelineId = q->step() ? q->int64(0) : 0;
        q->reset();
        const QList<PipelineInfo> pipelines = m_s.pipelines();
        const PipelineInfo *p = findPipeline(pipelines, pipelineId);
        if (!p)
            return makeError(Error::Code::NotFound,
                             Tr::tr("Stage #%1 cannot be brought back: it or its pipeline is "
                                    "gone.")
                                 .arg(stageId),
                             entityKey(EntityKind::Stage));
        QList<qint64> open;
        for (const StageInfo &s : openStages(*p))
            open << s.id;
        open.insert(index < 0 || index > open.size() ? int(open.size()) : index, stageId);
        Change c(m_s, m_origin);
        setDeleted(c, EntityKind::Stage, stageId, false);
        placeStages(c, *p, open);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

Result<QList<qint64>> PipelineSetup::withdrawPipeline(qint64 pipelineId)
{
    if (Status st = requireAdmin(); !st)
        return st.error();
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = findPipeline(pipelines, pipelineId);
    if (!p || pipelines.size() <= 1)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Pipeline #%1 cannot be taken back.").arg(pipelineId),
                         entityKey(EntityKind::Pipeline));
    return guarded(m_s.db(), [&]() -> Result<QList<qint64>> {
        for (const StageInfo &s : p->stages)
            if (Status st = checkBare(s.id, s.name); !st)
                return st.error();
        Change c(m_s, m_origin);
        QList<qint64> stages;
        for (const StageInfo &s : p->stages) {
            setDeleted(c, EntityKind::Stage, s.id, true);
            stages << s.id;
        }
        setDeleted(c, EntityKind::Pipeline, pipelineId, true);
        c.commit();
        m_s.invalidate();
        return stages;
    });
}

Status PipelineSetup::restorePipeline(qint64 pipelineId, const QList<qint64> &stageIds)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return guarded(m_s.db(), [&]() -> Status {
        Query q = m_s.sql().prepare("SELECT 1 FROM pipelines WHERE id = ?1 AND deleted = 1");
        q->bind(1, pipelineId);
        const bool gone = q->step();
        q->reset();
        if (!gone)
            return makeError(Error::Code::NotFound,
                             Tr::tr("Pipeline #%1 is not deleted.").arg(pipelineId),
                             entityKey(EntityKind::Pipeline));
        Change c(m_s, m_origin);
        setDeleted(c, EntityKind::Pipeline, pipelineId, false);
        for (qint64 s : stageIds)
            setDeleted(c, EntityKind::Stage, s, false);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

// --- The undo of a deletion ---

Status PipelineSetup::restoreRemoved(Removal &r)
{
    if (Status st = requireAdmin(); !st)
        return st;
    r.left.clear();
    return guarded(m_s.db(), [&]() -> Status {
        // The deletion's records must still be deleted as it left them, a stage's pipeline
        // still there (or coming back with it).
        if (r.pipelineId && !m_s.sql().scalar(QStringLiteral("SELECT count(*) FROM pipelines WHERE "
                                                             "id = %1 AND deleted = 1")
                                                  .arg(r.pipelineId)
                                                  .toUtf8()
                                                  .constData()))
            return makeError(Error::Code::NotFound,
                             Tr::tr("Pipeline #%1 is not deleted.").arg(r.pipelineId),
                             entityKey(EntityKind::Pipeline));
        for (qint64 stage : std::as_const(r.stages)) {
            Query q = m_s.sql().prepare("SELECT 1 FROM stages s JOIN pipelines p ON p.id = "
                                        "s.pipeline_id WHERE s.id = ?1 AND s.deleted = 1 AND "
                                        "(p.deleted = 0 OR p.id = ?2)");
            q->bindAll(stage, r.pipelineId);
            const bool restorable = q->step();
            q->reset();
            if (!restorable)
                return makeError(Error::Code::NotFound,
                                 Tr::tr("Stage #%1 cannot be brought back: it or its pipeline is "
                                        "gone.")
                                     .arg(stage),
                                 entityKey(EntityKind::Stage));
        }
        Change c(m_s, m_origin);
        if (r.pipelineId)
            setDeleted(c, EntityKind::Pipeline, r.pipelineId, false);
        for (qint64 s : std::as_const(r.stages))
            setDeleted(c, EntityKind::Stage, s, false);
        for (const auto &[def, stage] : std::as_const(r.required)) {
            Query q = m_s.sql().prepare("SELECT required_from_stage_id FROM field_defs WHERE id = ?1");
            q->bind(1, def);
            const QVariant now = q->step() ? q->value(0) : QVariant();
            q->reset();
            writeColumn(c, EntityKind::FieldDef, def, QStringLiteral("required_from_stage_id"),
                        now, stage);
        }
        for (qint64 a : std::as_const(r.automations))
            setDeleted(c, EntityKind::Automation, a, false);
        for (const auto &[a, params] : std::as_const(r.retargeted)) {
            Query q = m_s.sql().prepare("SELECT params FROM stage_automations WHERE id = ?1");
            q->bind(1, a);
            const QString now = q->step() ? q->text(0) : QString();
            q->reset();
            writeColumn(c, EntityKind::Automation, a, QStringLiteral("params"), now, params);
        }
        r.left = moveBack(c, r);
        if (!r.pipelineId)
            for (qint64 s : std::as_const(r.stages))
                placeRestored(c, s);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

QStringList PipelineSetup::moveBack(Change &c, const Removal &r)
{
    Connection &sql = c.sql();
    const StageInfo *target = m_s.stage(r.targetStageId);
    const qint64 targetPipeline = target ? target->pipelineId : 0;
    sql.exec("CREATE TEMP TABLE IF NOT EXISTS setup_back(id INTEGER PRIMARY KEY, "
             "stage_id INTEGER NOT NULL, pipeline_id INTEGER NOT NULL, entered_at INTEGER, "
             "fields TEXT NOT NULL)");
    sql.exec("DELETE FROM temp.setup_back");
    {
        Query add = sql.prepare("INSERT INTO temp.setup_back VALUES(?1, ?2, ?3, ?4, ?5)");
        for (const Removal::Deal &d : r.deals) {
            add->reset();
            add->bindAll(d.id, d.stageId, d.pipelineId, d.enteredAt,
                         d.pipelineId == targetPipeline
                             ? QStringLiteral("stage_id,stage_entered_at")
                             : QStringLiteral("stage_id,pipeline_id,stage_entered_at"))
                .run();
        }
    }
    // A deal that is no longer where the deletion put it (moved on, or out and back in since)
    // was moved by someone after it: it stays, and is named.
    const QString since = QStringLiteral(
        " FROM temp.setup_back b LEFT JOIN deals d ON d.id = b.id WHERE d.id IS NULL OR "
        "d.stage_id <> ?1 OR d.stage_entered_at <> ?2");
    QStringList left;
    {
        Query q = sql.prepare(QStringLiteral("SELECT b.id, d.name") + since);
        q->bindAll(r.targetStageId, r.movedAt);
        while (q->step()) {
            if (!q->isNull(1))
                left << q->text(1);
        }
    }
    sql.prepare(QStringLiteral("DELETE FROM temp.setup_back WHERE id IN (SELECT b.id%1)").arg(since))
        ->bindAll(r.targetStageId, r.movedAt)
        .run();
    QList<qint64> stages;
    {
        Query q = sql.prepare("SELECT DISTINCT stage_id FROM temp.setup_back");
        while (q->step())
            stages << q->int64(0);
    }
    for (qint64 stage : std::as_const(stages))
        c.historyEach(EntityKind::Deal,
                      QStringLiteral("(SELECT id FROM temp.setup_back WHERE stage_id = %1)")
                          .arg(stage),
                      HistoryEvent::StageMoved, QStringLiteral("stage_id"),
                      QString::number(r.targetStageId), stage);
    if (!stages.isEmpty()) {
        c.outboxEach(EntityKind::Deal, QStringLiteral("temp.setup_back"), OutboxOp::Update,
                     QStringLiteral("fields"));
        sql.prepare("UPDATE deals SET (stage_id, pipeline_id, stage_entered_at) = (SELECT "
                    "stage_id, pipeline_id, entered_at FROM temp.setup_back b WHERE b.id = "
                    "deals.id), updated_at = ?1 WHERE id IN (SELECT id FROM temp.setup_back)")
            ->bindAll(c.now())
            .run();
    }
    sql.exec("DELETE FROM temp.setup_back");
    return left;
}

void PipelineSetup::placeRestored(Change &c, qint64 stageId)
{
    // The stage comes back at its own position; only when another stage took it since (added
    // or reordered there) are the open stages renumbered, the restored one before that one.
    Query q = c.sql().prepare("SELECT count(*) FROM stages s JOIN stages r ON r.id = ?1 WHERE "
                              "s.pipeline_id = r.pipeline_id AND s.deleted = 0 AND s.id <> r.id "
                              "AND s.position = r.position");
    q->bind(1, stageId);
    const bool taken = q->step() && q->int64(0) > 0;
    q->reset();
    if (!taken)
        return;
    m_s.invalidate();
    const StageInfo *restored = m_s.stage(stageId);
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    const PipelineInfo *p = restored ? findPipeline(pipelines, restored->pipelineId) : nullptr;
    if (!p)
        return;
    QList<qint64> open;
    for (const StageInfo &s : openStages(*p))
        if (s.id != stageId)
            open << s.id;
    int at = 0;
    for (const StageInfo &s : openStages(*p))
        if (s.id != stageId && s.position < restored->position)
            ++at;
    open.insert(at, stageId);
    placeStages(c, *p, open);
}

QString PipelineSetup::leftNote(const Removal &r)
{
    if (r.left.isEmpty())
        return {};
    QStringList names;
    for (const QString &n : r.left.mid(0, 5))
        names << QStringLiteral("«%1»").arg(n);
    if (r.left.size() > 5)
        names << QStringLiteral("…");
    return Tr::tr("%n deal(s) moved since stayed where they are: %1.", nullptr,
                  int(r.left.size()))
        .arg(names.join(QStringLiteral(", ")));
}

} // namespace Voronka::Core
