// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/services/recordrow.h"

#include "core/services/entityspec.h"
#include "core/util/text.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>

#include <cmath>
#include <limits>

// The validator of Records: a patch applied to a row, each value normalised to its stored form,
// references checked, then the whole row validated against its kind's rules.

namespace Voronka::Core {

using namespace RecordValues;

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Records)
};

// A money field crosses Records in minor units, as the budget column does and as load()
// returns it: {"amount": kopecks, "currency": "RUB"}, or a bare amount in RUB. So a loaded
// value fed back is unchanged. normalizeFieldValue reads an amount as a person types it, so
// the amount goes on to it in major units.
Result<QVariant> moneyAsTyped(const FieldDef &def, const QVariant &in, const QString &label,
                              EntityKind kind)
{
    if (isNullish(in) || (in.typeId() == QMetaType::QVariantMap && in.toMap().isEmpty()))
        return QVariant();
    QVariantMap m = in.typeId() == QMetaType::QVariantMap
                        ? in.toMap()
                        : QVariantMap{{QStringLiteral("amount"), in}};
    const QVariant amount = m.value(QStringLiteral("amount"));
    bool ok = false;
    qint64 minor = 0;
    if (amount.typeId() == QMetaType::QString) {
        minor = amount.toString().trimmed().toLongLong(&ok);
    } else if (amount.typeId() == QMetaType::Double || amount.typeId() == QMetaType::Float) {
        // JSON gives whole numbers back as doubles.
        const double d = amount.toDouble();
        ok = std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15;
        minor = ok ? qint64(d) : 0;
    } else {
        minor = amount.toLongLong(&ok);
    }
    if (!ok)
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("Voronka::Core::Fields", "%1, field \"%2\": %3")
                .arg(label, def.name,
                     QCoreApplication::translate("Voronka::Core::Fields",
                                                 "\"%1\" is not an amount of money")
                         .arg(amount.toString())),
            entityKey(kind), def.key());
    m.insert(QStringLiteral("amount"), double(minor) / 100.0);
    return QVariant(m);
}
QString colLabel(const EntitySpec &spec, const char *key)
{
    return columnLabel(*spec.column(QLatin1String(key)));
}
} // namespace

Status Records::checkRef(const EntitySpec &spec, const QString &label, EntityKind refKind,
                         qint64 id, const QString &key)
{
    bool ok = false;
    switch (refKind) {
    case EntityKind::User: {
        const UserInfo u = m_s.user(id);
        ok = u.id != 0 && u.active;
        break;
    }
    case EntityKind::Stage:
        ok = m_s.stage(id) != nullptr;
        break;
    default: {
        if (isStaged(refKind, id)) { // staged in this batch, written with it
            ok = true;
            break;
        }
        Query q = m_s.sql().prepare(
            QStringLiteral("SELECT deleted FROM %1 WHERE id = ?1").arg(entityTable(refKind)));
        q->bind(1, id);
        ok = q->step() && q->int64(0) == 0;
    }
    }
    if (ok)
        return Ok{};
    const ColumnSpec *col = spec.column(key);
    const QString field = col ? columnLabel(*col) : Tr::tr("Contacts");
    return makeError(Error::Code::Invalid,
                     Tr::tr("%1, field \"%2\": %3 #%4 does not exist.")
                         .arg(label, field, entityName(refKind))
                         .arg(id),
                     entityKey(spec.kind), key);
}

static Result<QVariant> normalizeColumn(const ColumnSpec &c, const QVariant &in,
                                        const QString &label, EntityKind kind)
{
    auto bad = [&](const QString &why) -> Error {
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("Voronka::Core::Records", "%1, field \"%2\": %3")
                .arg(label, columnLabel(c), why),
            entityKey(kind), QLatin1String(c.key));
    };
    if (isNullish(in) && c.type != ColumnType::PhoneList && c.type != ColumnType::EmailList) {
        if (c.required)
            return bad(Tr::tr("this field is required."));
        return QVariant();
    }
    const QString s = in.toString().trimmed();
    switch (c.type) {
    case ColumnType::Text: {
        const QString v = s.simplified();
        if (v.size() > c.maxValue)
            return bad(Tr::tr("at most %1 characters.").arg(c.maxValue));
        return QVariant(v);
    }
    case ColumnType::LongText:
        if (s.size() > c.maxValue)
            return bad(Tr::tr("at most %1 characters.").arg(c.maxValue));
        return QVariant(s);
    case ColumnType::Int:
    case ColumnType::Money:
    case ColumnType::Timestamp:
    case ColumnType::Enum:
    case ColumnType::Ref: {
        bool ok = false;
        const qint64 v = in.typeId() == QMetaType::QString ? s.toLongLong(&ok) : in.toLongLong(&ok);
        if (!ok)
            return bad(Tr::tr("\"%1\" is not a whole number.").arg(s));
        if (c.type == ColumnType::Ref && v == 0)
            return QVariant();
        if (v < 0 && c.type != ColumnType::Timestamp)
            return bad(Tr::tr("cannot be negative."));
        if ((c.type == ColumnType::Enum || (c.type == ColumnType::Int && c.maxValue > 0)) &&
            v > c.maxValue)
            return bad(Tr::tr("must be at most %1.").arg(c.maxValue));
        return QVariant(v);
    }
    case ColumnType::Real: {
        bool ok = false;
        const double v = in.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return bad(Tr::tr("\"%1\" is not a number.").arg(s));
        return QVariant(v);
    }
    case ColumnType::Bool:
        return QVariant(qint64(in.toBool() || s == u"1" ? 1 : 0));
    case ColumnType::Date: {
        const QDate d =
            in.typeId() == QMetaType::QDate ? in.toDate() : QDate::fromString(s, Qt::ISODate);
        if (!d.isValid())
            return bad(Tr::tr("\"%1\" is not a date (YYYY-MM-DD).").arg(s));
        return QVariant(d.toString(Qt::ISODate));
    }
    case ColumnType::PhoneList:
    case ColumnType::EmailList: {
        QStringList out;
        for (const QString &raw : toStringList(in)) {
            const QString item = raw.simplified();
            if (item.isEmpty())
                continue;
            if (c.type == ColumnType::PhoneList && Text::digitsOnly(item).size() < 5)
                return bad(Tr::tr("\"%1\" is not a phone number.").arg(item));
            if (c.type == ColumnType::EmailList && !Text::looksLikeEmail(item))
                return bad(Tr::tr("\"%1\" is not an email address.").arg(item));
            if (!out.contains(item, Qt::CaseInsensitive))
                out << item;
        }
        if (out.isEmpty())
            return QVariant();
        return QVariant(Text::joinJsonArray(out));
    }
    case ColumnType::Url:
        if (!Text::looksLikeUrl(s))
            return bad(Tr::tr("\"%1\" is not a web address.").arg(s));
        return QVariant(s);
    case ColumnType::Currency: {
        const QString v = s.toUpper();
        if (v.size() != 3 ||
            !std::all_of(v.cbegin(), v.cend(), [](QChar ch) { return ch >= u'A' && ch <= u'Z'; }))
            return bad(Tr::tr("\"%1\" is not a three-letter currency code.").arg(s));
        return QVariant(v);
    }
    }
    return bad(Tr::tr("unsupported value."));
}

Status Records::applyPatch(const EntitySpec &spec, Row &row, const Patch &patch)
{
    const QString label = labelOf(spec, row);
    for (auto it = patch.cbegin(); it != patch.cend(); ++it) {
        const QString &key = it.key();
        row.patched.insert(key);
        if (const ColumnSpec *c = spec.column(key)) {
            Result<QVariant> v = normalizeColumn(*c, it.value(), label, spec.kind);
            if (!v)
                return v.error();
            row.cols.insert(key, *v);
        } else if (key == kTags && spec.tags) {
            QStringList tags;
            for (const QString &t : toStringList(it.value())) {
                const QString name = t.simplified();
                if (name.size() > 50)
                    return makeError(
                        Error::Code::Invalid,
                        Tr::tr("%1: the tag \"%2\" is longer than 50 characters.").arg(label, name),
                        entityKey(spec.kind), kTags);
                if (!name.isEmpty() && !tags.contains(name, Qt::CaseInsensitive))
                    tags << name;
            }
            tags.sort(Qt::CaseInsensitive);
            if (m_origin.checksRights() && !principal().admin &&
                m_s.db().setting(QLatin1String(kTagsManagersMayCreate)).toString() == u"0")
                for (const QString &name : std::as_const(tags)) {
                    if (row.tags.contains(name))
                        continue;
                    Query q =
                        m_s.sql().prepare("SELECT 1 FROM tags WHERE name = ?1 AND deleted = 0");
                    q->bind(1, name);
                    if (!q->step())
                        return makeError(Error::Code::Permission,
                                         Tr::tr("%1: there is no tag \"%2\"; only administrators "
                                                "may create new tags.")
                                             .arg(label, name),
                                         entityKey(spec.kind), kTags);
                }
            row.tags = tags;
        } else if (key == kContacts && spec.kind == EntityKind::Deal) {
            row.contacts = toIdList(it.value());
        } else if (key.startsWith(kCustomPrefix) && spec.customFields) {
            const qint64 fid = key.mid(kCustomPrefix.size()).toLongLong();
            const FieldDef *def = m_s.fieldDef(fid);
            if (!def || def->kind != spec.kind)
                return makeError(Error::Code::Invalid,
                                 Tr::tr("%1: there is no custom field %2.").arg(label, key),
                                 entityKey(spec.kind), key);
            QVariant input = it.value();
            if (def->type == FieldType::Money) {
                Result<QVariant> typed = moneyAsTyped(*def, input, label, spec.kind);
                if (!typed)
                    return typed.error();
                input = *typed;
            }
            Result<QVariant> v = normalizeFieldValue(
                *def, input, label, QDateTime::fromMSecsSinceEpoch(m_s.clock().nowMs()).date());
            if (!v)
                return v.error();
            const QVariant old = row.custom.value(fid);
            if (def->readOnly && m_origin.checksRights() && !principal().admin &&
                !sameValue(old, *v))
                return makeError(
                    Error::Code::Permission,
                    Tr::tr("%1, field \"%2\": the field is read-only.").arg(label, def->name),
                    entityKey(spec.kind), key);
            if (v->isValid())
                row.custom.insert(fid, *v);
            else
                row.custom.remove(fid);
        } else {
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1: unknown field \"%2\".").arg(label, key),
                             entityKey(spec.kind), key);
        }
    }
    return Ok{};
}

Status Records::validateRow(const EntitySpec &spec, Row &row, const Row *before)
{
    const QString label = labelOf(spec, row);
    if (spec.kind == EntityKind::Deal)
        if (Status st = validateDeal(spec, row, before, label); !st)
            return st;
    if (spec.kind == EntityKind::Task)
        if (Status st = validateTask(spec, row, before, label); !st)
            return st;
    return checkRefColumns(spec, row, before, label);
}

// A deal's stage follows its pipeline (and the pipeline its stage), a lost deal names why, and
// the custom fields required from its stage on are filled.
Status Records::validateDeal(const EntitySpec &spec, Row &row, const Row *before,
                             const QString &label)
{
    auto &cols = row.cols;
    const QString kStage = QStringLiteral("stage_id"),
                  kPipeline = QStringLiteral("pipeline_id");
    const QList<PipelineInfo> pipelines = m_s.pipelines();
    auto firstOpen = [&](qint64 pipelineId) -> qint64 {
        for (const auto &p : pipelines)
            if (p.id == pipelineId || pipelineId == 0)
                for (const auto &st : p.stages)
                    if (st.kind == StageKind::Open)
                        return st.id;
        return 0;
    };
    const bool stagePatched = row.patched.contains(kStage) && !isNullish(cols.value(kStage));
    const bool pipelinePatched =
        row.patched.contains(kPipeline) && !isNullish(cols.value(kPipeline));
    if (!stagePatched && pipelinePatched &&
        (!before || before->cols.value(kPipeline) != cols.value(kPipeline))) {
        const qint64 pid = cols.value(kPipeline).toLongLong();
        if (Status st = checkRef(spec, label, EntityKind::Pipeline, pid, kPipeline); !st)
            return st;
        cols.insert(kStage, firstOpen(pid));
    }
    if (isNullish(cols.value(kStage)))
        cols.insert(kStage, firstOpen(cols.value(kPipeline).toLongLong()));
    const StageInfo *stage = m_s.stage(cols.value(kStage).toLongLong());
    if (!stage)
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1, field \"%2\": choose an existing stage; there are no "
                                "pipelines yet.")
                             .arg(label, colLabel(spec, "stage_id")),
                         entityKey(spec.kind), kStage);
    if (pipelinePatched && stagePatched &&
        cols.value(kPipeline).toLongLong() != stage->pipelineId)
        return makeError(
            Error::Code::Invalid,
            Tr::tr("%1, field \"%2\": the stage \"%3\" is not in the chosen pipeline.")
                .arg(label, colLabel(spec, "stage_id"), stage->name),
            entityKey(spec.kind), kStage);
    cols.insert(kPipeline, stage->pipelineId);
    if (isNullish(cols.value(QStringLiteral("currency"))))
        cols.insert(QStringLiteral("currency"), QStringLiteral("RUB"));
    if (isNullish(cols.value(QStringLiteral("budget"))))
        cols.insert(QStringLiteral("budget"), qint64(0));
    if (isNullish(cols.value(QStringLiteral("sort_order"))))
        cols.insert(QStringLiteral("sort_order"), 0.0);

    const bool stageChanged = !before || before->cols.value(kStage).toLongLong() != stage->id;
    if (stageChanged && stage->kind == StageKind::Lost &&
        isNullish(cols.value(QStringLiteral("loss_reason_id"))) &&
        m_s.sql().scalar("SELECT count(*) FROM loss_reasons WHERE deleted = 0") > 0)
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1, field \"%2\": choose why the deal was lost.")
                             .arg(label, colLabel(spec, "loss_reason_id")),
                         entityKey(spec.kind), QStringLiteral("loss_reason_id"));
    // Custom fields required from a stage on: that stage and every later one (Won
    // included, Lost excluded) of its pipeline.
    if (stage->kind != StageKind::Lost) {
        for (const FieldDef &def : m_s.fieldDefs(EntityKind::Deal)) {
            if (!def.requiredFromStageId || row.custom.contains(def.id))
                continue;
            const StageInfo *from = m_s.stage(def.requiredFromStageId);
            if (!from || from->pipelineId != stage->pipelineId)
                continue;
            const bool applies =
                stage->kind == StageKind::Won || stage->position >= from->position;
            if (applies && (stageChanged || row.patched.contains(def.key())))
                return makeError(Error::Code::Invalid,
                                 Tr::tr("%1, field \"%2\": required from the stage \"%3\" on.")
                                     .arg(label, def.name, from->name),
                                 entityKey(spec.kind), def.key());
        }
    }
    for (qint64 cid : std::as_const(row.contacts))
        if (!before || !before->contacts.contains(cid))
            if (Status st = checkRef(spec, label, EntityKind::Contact, cid, kContacts); !st)
                return st;
    return Ok{};
}

// A task's defaults, its link to a deal, contact or company, and the result a completed task
// may be required to have.
Status Records::validateTask(const EntitySpec &spec, Row &row, const Row *before,
                             const QString &label)
{
    auto &cols = row.cols;
    if (isNullish(cols.value(QStringLiteral("type_id"))))
        cols.insert(QStringLiteral("type_id"), m_s.defaultTaskType());
    if (isNullish(cols.value(QStringLiteral("status"))))
        cols.insert(QStringLiteral("status"), qint64(0));
    if (isNullish(cols.value(QStringLiteral("all_day"))))
        cols.insert(QStringLiteral("all_day"), qint64(0));
    if (isNullish(cols.value(QStringLiteral("duration_min"))))
        cols.insert(QStringLiteral("duration_min"), qint64(0));
    // A task linked to nothing (Mini-CRM's "buy stationery") stores kind 0, not NULL.
    if (isNullish(cols.value(QStringLiteral("entity_kind"))))
        cols.insert(QStringLiteral("entity_kind"), qint64(0));
    const qint64 linkKind = cols.value(QStringLiteral("entity_kind")).toLongLong();
    const qint64 linkId = cols.value(QStringLiteral("entity_id")).toLongLong();
    if ((linkKind == 0) != (linkId == 0))
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1, field \"%2\": give both the kind and the id of the linked "
                                "record, or neither.")
                             .arg(label, colLabel(spec, "entity_id")),
                         entityKey(spec.kind), QStringLiteral("entity_id"));
    if (linkKind && (linkKind < int(EntityKind::Deal) || linkKind > int(EntityKind::Company)))
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1, field \"%2\": a task links to a deal, contact or company.")
                             .arg(label, colLabel(spec, "entity_kind")),
                         entityKey(spec.kind), QStringLiteral("entity_kind"));
    if (linkKind &&
        (!before || before->cols.value(QStringLiteral("entity_id")).toLongLong() != linkId))
        if (Status st = checkRef(spec, label, EntityKind(linkKind), linkId,
                                 QStringLiteral("entity_id"));
            !st)
            return st;
    const bool done =
        cols.value(QStringLiteral("status")).toLongLong() == int(TaskStatus::Done);
    const bool wasDone = before && before->cols.value(QStringLiteral("status")).toLongLong() ==
                                       int(TaskStatus::Done);
    if (done && !wasDone && isNullish(cols.value(QStringLiteral("result"))) &&
        m_s.db().setting(QLatin1String(kTaskResultRequired)).toLongLong() == 1)
        return makeError(Error::Code::Invalid,
                         Tr::tr("%1, field \"%2\": write the result to complete the task.")
                             .arg(label, colLabel(spec, "result")),
                         entityKey(spec.kind), QStringLiteral("result"));
    return Ok{};
}

// Every reference column the change touched points at a record that exists.
Status Records::checkRefColumns(const EntitySpec &spec, const Row &row, const Row *before,
                                const QString &label)
{
    const auto &cols = row.cols;
    for (const auto &c : spec.columns) {
        const QString key = QLatin1String(c.key);
        if (c.type != ColumnType::Ref || isNullish(cols.value(key)))
            continue;
        if (before && sameValue(before->cols.value(key), cols.value(key)))
            continue;
        if (Status st = checkRef(spec, label, c.refKind, cols.value(key).toLongLong(), key); !st)
            return st;
    }
    return Ok{};
}

} // namespace Voronka::Core
