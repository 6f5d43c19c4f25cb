// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "records.h"

#include "automation/stageautomation.h"
#include "search/searchindex.h"
#include "services/entityspec.h"
#include "util/text.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSet>

#include <cmath>
#include <limits>

namespace Voronka::Core {

namespace {
// lupdate reads the context from this declaration, so extraction and lookup agree.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Records)
};

const QString kTags = QStringLiteral("tags");
const QString kContacts = QStringLiteral("contacts");
const QString kCustomPrefix = QStringLiteral("cf.");

bool isNullish(const QVariant &v)
{
    return !v.isValid() || v.isNull() ||
           (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

QStringList toStringList(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList out;
        for (const auto &i : v.toList())
            out << i.toString();
        return out;
    }
    if (isNullish(v))
        return {};
    return v.toString().split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts);
}

QList<qint64> toIdList(const QVariant &v)
{
    QList<qint64> out;
    const QVariantList list = v.typeId() == QMetaType::QVariantList ? v.toList() : QVariantList{};
    for (const auto &i : list)
        if (i.toLongLong() > 0 && !out.contains(i.toLongLong()))
            out << i.toLongLong();
    if (list.isEmpty())
        for (const QString &s : toStringList(v))
            if (s.trimmed().toLongLong() > 0 && !out.contains(s.trimmed().toLongLong()))
                out << s.trimmed().toLongLong();
    return out;
}

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

bool sameValue(const QVariant &a, const QVariant &b)
{
    if (isNullish(a) || isNullish(b))
        return isNullish(a) == isNullish(b);
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    if (a.canConvert<qint64>() && b.canConvert<qint64>() && a.typeId() != QMetaType::QString &&
        b.typeId() != QMetaType::QString)
        return a.toLongLong() == b.toLongLong();
    return a.toString() == b.toString();
}
} // namespace

struct Records::Row
{
    qint64 id = 0;
    bool deleted = false;
    QVariantMap cols;
    QStringList tags;
    QList<qint64> contacts;
    QMap<qint64, QVariant> custom; // stored form
    QSet<QString> patched;         // keys the current patch touched
};

QString Records::labelOf(const EntitySpec &spec, const Row &row) const
{
    const QString name = spec.kind == EntityKind::Task
                             ? row.cols.value(QStringLiteral("text")).toString().left(40)
                             : row.cols.value(QStringLiteral("name")).toString();
    if (name.isEmpty())
        return row.id ? QStringLiteral("%1 #%2").arg(entityName(spec.kind)).arg(row.id)
                      : entityName(spec.kind);
    return QStringLiteral("%1 \u00AB%2\u00BB").arg(entityName(spec.kind), name);
}

// The SELECT of a record's standard columns, built once per kind: every update, delete and
// load reads the row first, and rebuilding the text each time showed on that path.
static const QByteArray &rowSelect(const EntitySpec &spec)
{
    static const QHash<int, QByteArray> sql = [] {
        QHash<int, QByteArray> out;
        for (EntityKind k :
             {EntityKind::Deal, EntityKind::Contact, EntityKind::Company, EntityKind::Task}) {
            QStringList cols;
            for (const auto &c : entitySpec(k)->columns)
                cols << QLatin1String(c.key);
            out.insert(int(k), QStringLiteral("SELECT %1, deleted FROM %2 WHERE id = ?1")
                                   .arg(cols.join(u','), entityTable(k))
                                   .toUtf8());
        }
        return out;
    }();
    return *sql.find(int(spec.kind));
}

Result<Records::Row> Records::readRow(const EntitySpec &spec, qint64 id)
{
    Query q = m_s.sql().prepare(rowSelect(spec).constData());
    q->bind(1, id);
    if (!q->step())
        return makeError(Error::Code::NotFound,
                         Tr::tr("%1 #%2 does not exist.").arg(entityName(spec.kind)).arg(id),
                         entityKey(spec.kind));
    Row row;
    row.id = id;
    for (int i = 0; i < spec.columns.size(); ++i)
        row.cols.insert(QLatin1String(spec.columns[i].key), q->value(i));
    row.deleted = q->int64(int(spec.columns.size())) != 0;
    if (spec.tags) {
        Query t =
            m_s.sql().prepare("SELECT t.name FROM entity_tags e JOIN tags t ON t.id = "
                              "e.tag_id WHERE e.kind = ?1 AND e.entity_id = ?2 ORDER BY t.name");
        t->bindAll(int(spec.kind), id);
        while (t->step())
            row.tags << t->text(0);
    }
    if (spec.kind == EntityKind::Deal) {
        Query t = m_s.sql().prepare("SELECT contact_id FROM deal_contacts WHERE deal_id = ?1 ORDER "
                                    "BY position, contact_id");
        t->bind(1, id);
        while (t->step())
            row.contacts << t->int64(0);
    }
    if (spec.customFields) {
        Query t = m_s.sql().prepare(
            "SELECT field_id, value FROM field_values WHERE kind = ?1 AND entity_id = ?2");
        t->bindAll(int(spec.kind), id);
        while (t->step())
            row.custom.insert(t->int64(0), t->value(1));
    }
    return row;
}

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
    const QString field = columnLabel(c);
    auto bad = [&](const QString &why) -> Error {
        return makeError(
            Error::Code::Invalid,
            QCoreApplication::translate("Voronka::Core::Records", "%1, field \"%2\": %3")
                .arg(label, field, why),
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
    auto &cols = row.cols;
    const auto colLabel = [&](const char *key) {
        return columnLabel(*spec.column(QLatin1String(key)));
    };

    if (spec.kind == EntityKind::Deal) {
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
                                 .arg(label, colLabel("stage_id")),
                             entityKey(spec.kind), kStage);
        if (pipelinePatched && stagePatched &&
            cols.value(kPipeline).toLongLong() != stage->pipelineId)
            return makeError(
                Error::Code::Invalid,
                Tr::tr("%1, field \"%2\": the stage \"%3\" is not in the chosen pipeline.")
                    .arg(label, colLabel("stage_id"), stage->name),
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
                                 .arg(label, colLabel("loss_reason_id")),
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
    }

    if (spec.kind == EntityKind::Task) {
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
                                 .arg(label, colLabel("entity_id")),
                             entityKey(spec.kind), QStringLiteral("entity_id"));
        if (linkKind && (linkKind < int(EntityKind::Deal) || linkKind > int(EntityKind::Company)))
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1, field \"%2\": a task links to a deal, contact or company.")
                                 .arg(label, colLabel("entity_kind")),
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
                                 .arg(label, colLabel("result")),
                             entityKey(spec.kind), QStringLiteral("result"));
    }

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

qint64 Records::tagId(Change &c, const QString &name)
{
    {
        Query q = c.sql().prepare("SELECT id, deleted FROM tags WHERE name = ?1");
        q->bind(1, name);
        if (q->step()) {
            const qint64 id = q->int64(0);
            const bool deleted = q->int64(1) != 0;
            if (!deleted)
                return id;
        }
    }
    c.sql()
        .prepare("INSERT INTO tags(uid, name, created_at, updated_at, author_id, hlc) "
                 "VALUES(?1, ?2, ?3, ?3, ?4, ?5) ON CONFLICT(name) DO UPDATE SET deleted = 0")
        ->bindAll(c.newUid(), name, c.now(), c.author(), c.hlc())
        .run();
    Query q = c.sql().prepare("SELECT id FROM tags WHERE name = ?1");
    q->bind(1, name);
    q->step();
    const qint64 id = q->int64(0);
    c.outbox(EntityKind::Tag, id, OutboxOp::Create, {QStringLiteral("name")});
    return id;
}

void Records::writeSets(Change &c, const EntitySpec &spec, qint64 id, const Row &row,
                        const Row *before)
{
    const int kind = int(spec.kind);
    if (spec.tags && (!before || before->tags != row.tags)) {
        c.sql()
            .prepare("DELETE FROM entity_tags WHERE kind = ?1 AND entity_id = ?2")
            ->bindAll(kind, id)
            .run();
        Query q = c.sql().prepare(
            "INSERT OR IGNORE INTO entity_tags(kind, entity_id, tag_id) VALUES(?1, ?2, ?3)");
        for (const QString &t : row.tags) {
            const qint64 tid = tagId(c, t);
            q->bindAll(kind, id, tid).run();
            q->reset();
        }
    }
    if (spec.kind == EntityKind::Deal && (!before || before->contacts != row.contacts)) {
        c.sql().prepare("DELETE FROM deal_contacts WHERE deal_id = ?1")->bind(1, id).run();
        Query q = c.sql().prepare("INSERT OR IGNORE INTO deal_contacts(deal_id, contact_id, "
                                  "position) VALUES(?1, ?2, ?3)");
        int position = 0;
        for (qint64 cid : row.contacts) {
            q->bindAll(id, cid, position++).run();
            q->reset();
        }
    }
    if (spec.customFields) {
        Query del = c.sql().prepare(
            "DELETE FROM field_values WHERE kind = ?1 AND entity_id = ?2 AND field_id = ?3");
        Query put = c.sql().prepare(
            "INSERT INTO field_values(kind, entity_id, field_id, value) VALUES(?1, ?2, ?3, ?4) "
            "ON CONFLICT(kind, entity_id, field_id) DO UPDATE SET value = excluded.value");
        if (before)
            for (auto it = before->custom.cbegin(); it != before->custom.cend(); ++it)
                if (!row.custom.contains(it.key())) {
                    del->bindAll(kind, id, it.key()).run();
                    del->reset();
                }
        for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it)
            if (!before || !sameValue(before->custom.value(it.key()), it.value())) {
                put->bindAll(kind, id, it.key(), it.value()).run();
                put->reset();
            }
    }
}

Ownership Records::ownerOf(const QVariantMap &cols)
{
    return m_s.ownershipOf(cols.value(QStringLiteral("responsible_id")).toLongLong(),
                           cols.value(QStringLiteral("pipeline_id")).toLongLong());
}

Status Records::runAutomations(qint64 dealId, qint64 stageId, bool creating)
{
    if (!m_origin.runsAutomations())
        return Ok{};
    const QList<StageAutomation> list = Automations::forStage(m_s, stageId);
    if (list.isEmpty())
        return Ok{};
    if (m_chain.contains(stageId)) {
        QStringList names;
        for (qint64 s : std::as_const(m_chain))
            names << (m_s.stage(s) ? m_s.stage(s)->name : QString::number(s));
        names << (m_s.stage(stageId) ? m_s.stage(stageId)->name : QString::number(stageId));
        return makeError(Error::Code::Invalid,
                         Tr::tr("Deal #%1: the stage automations loop (%2); nothing was changed. "
                                "Ask an administrator to fix the automations.")
                             .arg(dealId)
                             .arg(names.join(QStringLiteral(" → "))),
                         entityKey(EntityKind::Deal), QStringLiteral("stage_id"));
    }
    const WriteMode wasMode = m_origin.mode;
    m_origin.mode = WriteMode::Automation;
    m_chain.append(stageId);
    const auto restore = qScopeGuard([&] {
        m_origin.mode = wasMode;
        m_chain.removeLast();
    });
    for (const StageAutomation &a : list) {
        if (creating && !a.onCreate)
            continue;
        const QVariantMap &p = a.params;
        Status st = Ok{};
        switch (a.action) {
        case AutomationAction::CreateTask: {
            Result<Row> deal = readRow(*entitySpec(EntityKind::Deal), dealId);
            if (!deal)
                return deal.error();
            const qint64 now = m_s.clock().nowMs();
            Patch task{{QStringLiteral("text"), p.value(QStringLiteral("text"))},
                       {QStringLiteral("entity_kind"), int(EntityKind::Deal)},
                       {QStringLiteral("entity_id"), dealId},
                       {QStringLiteral("responsible_id"),
                        p.value(QStringLiteral("responsible_id"),
                                deal->cols.value(QStringLiteral("responsible_id")))}};
            if (p.contains(QStringLiteral("type_id")))
                task.insert(QStringLiteral("type_id"), p.value(QStringLiteral("type_id")));
            if (p.value(QStringLiteral("end_of_day")).toBool()) {
                const QDateTime end(QDateTime::fromMSecsSinceEpoch(now).date(), QTime(23, 59));
                task.insert(QStringLiteral("due_at"), end.toMSecsSinceEpoch());
                task.insert(QStringLiteral("all_day"), true);
            } else {
                task.insert(QStringLiteral("due_at"),
                            now + p.value(QStringLiteral("due_minutes"), 0).toLongLong() * 60000);
            }
            Result<qint64> id = create(EntityKind::Task, task);
            if (!id)
                st = id.error();
            break;
        }
        case AutomationAction::SetResponsible:
            st = update(EntityKind::Deal, dealId,
                        {{QStringLiteral("responsible_id"), p.value(QStringLiteral("user_id"))}});
            break;
        case AutomationAction::AddTag: {
            Result<Row> deal = readRow(*entitySpec(EntityKind::Deal), dealId);
            if (!deal)
                return deal.error();
            QStringList tags = deal->tags;
            tags << p.value(QStringLiteral("tag")).toString();
            st = update(EntityKind::Deal, dealId, {{kTags, tags}});
            break;
        }
        case AutomationAction::MoveToStage:
            st = update(EntityKind::Deal, dealId,
                        {{QStringLiteral("stage_id"), p.value(QStringLiteral("stage_id"))}});
            break;
        }
        if (!st)
            return st;
    }
    return Ok{};
}

Result<qint64> Records::create(EntityKind kind, const Patch &patch)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Records of this kind cannot be created here."));
    try {
        // Everything is read inside the transaction, so what is validated is what is written
        // even when another program writes the same file.
        Change c(m_s, m_origin);
        Row row;
        if (Status st = applyPatch(*spec, row, patch); !st)
            return st.error();
        const QString kResp = QStringLiteral("responsible_id");
        if (!row.patched.contains(kResp))
            row.cols.insert(kResp, c.actorId());
        for (const auto &c : spec->columns)
            if (c.required && isNullish(row.cols.value(QLatin1String(c.key))))
                return makeError(Error::Code::Invalid,
                                 Tr::tr("%1, field \"%2\": this field is required.")
                                     .arg(labelOf(*spec, row), columnLabel(c)),
                                 entityKey(kind), QLatin1String(c.key));
        if (Status st = validateRow(*spec, row, nullptr); !st)
            return st.error();
        const Ownership owner = ownerOf(row.cols);
        if (m_origin.checksRights() &&
            !Permissions::can(principal(), spec->perm, PermAction::Create, owner))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not create this %1 (%2).")
                                 .arg(entityName(kind).toLower(), labelOf(*spec, row)),
                             entityKey(kind));

        QStringList cols, params, fields;
        int n = 0;
        for (const auto &col : spec->columns) {
            const QString key = QLatin1String(col.key);
            cols << key;
            params << QStringLiteral("?%1").arg(++n);
            if (!isNullish(row.cols.value(key)))
                fields << key;
        }
        cols << QStringLiteral("uid") << QStringLiteral("created_at")
             << QStringLiteral("updated_at") << QStringLiteral("author_id")
             << QStringLiteral("hlc");
        for (int i = 0; i < 5; ++i)
            params << QStringLiteral("?%1").arg(++n);
        if (kind == EntityKind::Deal) {
            cols << QStringLiteral("stage_entered_at");
            params << QStringLiteral("?%1").arg(++n);
        }
        if (kind == EntityKind::Task &&
            row.cols.value(QStringLiteral("status")).toLongLong() == int(TaskStatus::Done)) {
            cols << QStringLiteral("completed_at");
            params << QStringLiteral("?%1").arg(++n);
        }
        {
            Query q =
                c.sql().prepare(QStringLiteral("INSERT INTO %1(%2) VALUES(%3)")
                                    .arg(entityTable(kind), cols.join(u','), params.join(u',')));
            int i = 0;
            for (const auto &col : spec->columns)
                q->bind(++i, row.cols.value(QLatin1String(col.key)));
            q->bind(i + 1, c.newUid());
            q->bind(i + 2, c.now());
            q->bind(i + 3, c.now());
            q->bind(i + 4, c.author());
            q->bind(i + 5, c.hlc());
            i += 5;
            if (i < n)
                q->bind(++i, c.now());
            if (i < n)
                q->bind(++i, c.now());
            q->run();
        }
        const qint64 id = c.sql().lastInsertId();
        row.id = id;
        writeSets(c, *spec, id, row, nullptr);
        if (kind == EntityKind::Deal)
            fields << QStringLiteral("stage_entered_at");
        if (kind == EntityKind::Task && cols.contains(QStringLiteral("completed_at")))
            fields << QStringLiteral("completed_at");
        if (!row.tags.isEmpty())
            fields << kTags;
        if (!row.contacts.isEmpty())
            fields << kContacts;
        for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it)
            fields << QStringLiteral("cf.%1").arg(it.key());
        c.outbox(kind, id, OutboxOp::Create, fields);
        if (kind == EntityKind::Task) {
            const qint64 lk = row.cols.value(QStringLiteral("entity_kind")).toLongLong();
            if (lk)
                c.history(EntityKind(lk), row.cols.value(QStringLiteral("entity_id")).toLongLong(),
                          HistoryEvent::TaskCreated, QStringLiteral("task"), {}, id);
        }
        SearchIndex::reindex(m_s, kind, id);
        if (kind == EntityKind::Deal)
            if (Status st = runAutomations(
                    id, row.cols.value(QStringLiteral("stage_id")).toLongLong(), true);
                !st)
                return st.error();
        c.commit();
        return id;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Status Records::update(EntityKind kind, qint64 id, const Patch &given)
{
    Patch patch = given;
    const qint64 restoreEntered = m_origin.mode == WriteMode::Undo
                                      ? patch.take(QStringLiteral("stage_entered_at")).toLongLong()
                                      : 0;
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Records of this kind cannot be edited here."));
    try {
        Change c(m_s, m_origin);
        Result<Row> current = readRow(*spec, id);
        if (!current)
            return current.error();
        const Row &before = *current;
        if (before.deleted)
            return makeError(
                Error::Code::NotFound,
                Tr::tr("%1 is in the recycle bin; restore it first.").arg(labelOf(*spec, before)),
                entityKey(kind));
        const QString kResp = QStringLiteral("responsible_id");
        if (m_origin.checksRights() &&
            !Permissions::can(principal(), spec->perm, PermAction::Edit, ownerOf(before.cols)))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not edit %1.").arg(labelOf(*spec, before)),
                             entityKey(kind));
        Row row = before;
        if (Status st = applyPatch(*spec, row, patch); !st)
            return st;
        if (Status st = validateRow(*spec, row, &before); !st)
            return st;
        // A deal moved to a pipeline the role caps must stay within what it may edit there.
        if (m_origin.checksRights() && kind == EntityKind::Deal &&
            !sameValue(before.cols.value(QStringLiteral("pipeline_id")),
                       row.cols.value(QStringLiteral("pipeline_id"))) &&
            !Permissions::can(principal(), spec->perm, PermAction::Edit, ownerOf(row.cols)))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not move %1 to that pipeline.").arg(labelOf(*spec, row)),
                             entityKey(kind), QStringLiteral("pipeline_id"));

        QStringList changed;
        for (const auto &col : spec->columns) {
            const QString key = QLatin1String(col.key);
            if (!sameValue(before.cols.value(key), row.cols.value(key)))
                changed << key;
        }
        const bool tagsChanged = before.tags != row.tags;
        const bool contactsChanged = before.contacts != row.contacts;
        QList<qint64> customChanged;
        for (auto it = row.custom.cbegin(); it != row.custom.cend(); ++it)
            if (!sameValue(before.custom.value(it.key()), it.value()))
                customChanged << it.key();
        for (auto it = before.custom.cbegin(); it != before.custom.cend(); ++it)
            if (!row.custom.contains(it.key()))
                customChanged << it.key();
        if (changed.isEmpty() && !tagsChanged && !contactsChanged && customChanged.isEmpty())
            return Ok{};

        QStringList sets;
        int n = 0;
        for (const QString &key : std::as_const(changed))
            sets << QStringLiteral("%1 = ?%2").arg(key).arg(++n);
        sets << QStringLiteral("updated_at = ?%1").arg(++n);
        const bool stageChanged = changed.contains(QStringLiteral("stage_id"));
        const bool statusChanged =
            kind == EntityKind::Task && changed.contains(QStringLiteral("status"));
        // Entering a stage restarts its idle clock (undo puts the earlier one back); a task's
        // completion time follows its status. Both are synced like the fields they follow.
        if (stageChanged)
            sets << QStringLiteral("stage_entered_at = ?%1").arg(++n);
        if (statusChanged)
            sets << QStringLiteral("completed_at = ?%1").arg(++n);
        {
            Query q = c.sql().prepare(QStringLiteral("UPDATE %1 SET %2 WHERE id = ?%3")
                                          .arg(entityTable(kind), sets.join(u','))
                                          .arg(n + 1));
            int i = 0;
            for (const QString &key : std::as_const(changed))
                q->bind(++i, row.cols.value(key));
            q->bind(++i, c.now());
            if (stageChanged)
                q->bind(++i, restoreEntered > 0 ? restoreEntered : c.now());
            if (statusChanged) {
                const bool done =
                    row.cols.value(QStringLiteral("status")).toLongLong() == int(TaskStatus::Done);
                q->bind(++i, done ? QVariant(c.now()) : QVariant());
            }
            q->bind(n + 1, id);
            q->run();
        }
        writeSets(c, *spec, id, row, &before);

        QStringList fields = changed;
        if (stageChanged)
            fields << QStringLiteral("stage_entered_at");
        if (statusChanged)
            fields << QStringLiteral("completed_at");
        for (const QString &key : std::as_const(changed)) {
            if (key == u"stage_id")
                c.history(kind, id, HistoryEvent::StageMoved, key, before.cols.value(key),
                          row.cols.value(key));
            else if (key == u"pipeline_id" || key == u"sort_order")
                continue; // implied by the stage move / manual order, not worth a timeline line
            else
                c.history(kind, id, HistoryEvent::FieldChanged, key, before.cols.value(key),
                          row.cols.value(key));
        }
        if (tagsChanged) {
            fields << kTags;
            c.history(kind, id, HistoryEvent::FieldChanged, kTags, before.tags.join(u", "),
                      row.tags.join(u", "));
        }
        if (contactsChanged) {
            fields << kContacts;
            QStringList o, nw;
            for (qint64 x : before.contacts)
                o << QString::number(x);
            for (qint64 x : row.contacts)
                nw << QString::number(x);
            c.history(kind, id, HistoryEvent::FieldChanged, kContacts, o.join(u','), nw.join(u','));
        }
        for (qint64 fid : std::as_const(customChanged)) {
            const QString key = QStringLiteral("cf.%1").arg(fid);
            fields << key;
            c.history(kind, id, HistoryEvent::FieldChanged, key, before.custom.value(fid),
                      row.custom.value(fid));
        }
        if (kind == EntityKind::Task && changed.contains(QStringLiteral("status")) &&
            row.cols.value(QStringLiteral("status")).toLongLong() == int(TaskStatus::Done)) {
            const qint64 lk = row.cols.value(QStringLiteral("entity_kind")).toLongLong();
            if (lk)
                c.history(EntityKind(lk), row.cols.value(QStringLiteral("entity_id")).toLongLong(),
                          HistoryEvent::TaskCompleted, QStringLiteral("task"), {}, id);
        }
        c.outbox(kind, id, OutboxOp::Update, fields);
        if (SearchIndex::affects(m_s, kind, fields))
            SearchIndex::reindex(m_s, kind, id);
        if (kind == EntityKind::Company && changed.contains(QStringLiteral("name")))
            SearchIndex::reindexCompanyDependents(m_s, id);
        if (stageChanged)
            if (Status st = runAutomations(
                    id, row.cols.value(QStringLiteral("stage_id")).toLongLong(), false);
                !st)
                return st;
        c.commit();
        return Ok{};
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Status Records::setDeleted(EntityKind kind, qint64 id, bool deleted)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Records of this kind cannot be deleted here."));
    try {
        Change c(m_s, m_origin);
        Result<Row> current = readRow(*spec, id);
        if (!current)
            return current.error();
        // The right first: a record already in the bin (or out of it) must not answer "done"
        // to someone who may not delete or restore it.
        if (m_origin.checksRights() &&
            !Permissions::can(principal(), spec->perm, PermAction::Delete, ownerOf(current->cols)))
            return makeError(Error::Code::Permission,
                             deleted
                                 ? Tr::tr("You may not delete %1.").arg(labelOf(*spec, *current))
                                 : Tr::tr("You may not restore %1.").arg(labelOf(*spec, *current)),
                             entityKey(kind));
        if (current->deleted == deleted)
            return Ok{};

        c.sql()
            .prepare(QStringLiteral("UPDATE %1 SET deleted = ?1, updated_at = ?2 WHERE id = ?3")
                         .arg(entityTable(kind)))
            ->bindAll(deleted, c.now(), id)
            .run();
        c.history(kind, id, deleted ? HistoryEvent::Deleted : HistoryEvent::Restored);
        c.outbox(kind, id, deleted ? OutboxOp::Delete : OutboxOp::Restore,
                 {QStringLiteral("deleted")});
        SearchIndex::reindex(m_s, kind, id);
        c.commit();
        return Ok{};
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Status Records::remove(EntityKind kind, qint64 id)
{
    return setDeleted(kind, id, true);
}

Status Records::restore(EntityKind kind, qint64 id)
{
    return setDeleted(kind, id, false);
}

Result<Record> Records::load(EntityKind kind, qint64 id)
{
    const EntitySpec *spec = entitySpec(kind);
    if (!spec)
        return makeError(Error::Code::Invalid, Tr::tr("Records of this kind cannot be read here."));
    try {
        Result<Row> row = readRow(*spec, id);
        if (!row)
            return row.error();
        if (!Permissions::can(
                m_s.principal(), spec->perm, PermAction::View,
                ownerOf(row->cols)))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not view %1 #%2.").arg(entityName(kind)).arg(id),
                             entityKey(kind));
        Record r = row->cols;
        r.insert(QStringLiteral("id"), id);
        r.insert(QStringLiteral("deleted"), row->deleted);
        for (const char *k : {"phones", "emails"})
            if (r.contains(QLatin1String(k)))
                r.insert(QLatin1String(k),
                         Text::splitJsonArray(r.value(QLatin1String(k)).toString()));
        if (spec->tags)
            r.insert(kTags, row->tags);
        if (kind == EntityKind::Deal) {
            QVariantList ids;
            for (qint64 x : row->contacts)
                ids << x;
            r.insert(kContacts, ids);
            Query entered = m_s.sql().prepare("SELECT stage_entered_at FROM deals WHERE id = ?1");
            entered->bind(1, id);
            if (entered->step())
                r.insert(QStringLiteral("stage_entered_at"), entered->int64(0));
        }
        for (auto it = row->custom.cbegin(); it != row->custom.cend(); ++it)
            if (const FieldDef *d = m_s.fieldDef(it.key()))
                r.insert(d->key(), fieldValueFromStorage(*d, it.value()));
        return r;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<QList<FieldDef>> Records::missingForStage(qint64 dealId, qint64 stageId)
{
    const StageInfo *stage = m_s.stage(stageId);
    if (!stage)
        return makeError(Error::Code::Invalid, Tr::tr("Stage #%1 does not exist.").arg(stageId),
                         entityKey(EntityKind::Deal), QStringLiteral("stage_id"));
    try {
        Result<Row> row = readRow(*entitySpec(EntityKind::Deal), dealId);
        if (!row)
            return row.error();
        QList<FieldDef> out;
        if (stage->kind == StageKind::Lost)
            return out;
        for (const FieldDef &def : m_s.fieldDefs(EntityKind::Deal)) {
            if (!def.requiredFromStageId || row->custom.contains(def.id))
                continue;
            const StageInfo *from = m_s.stage(def.requiredFromStageId);
            if (from && from->pipelineId == stage->pipelineId &&
                (stage->kind == StageKind::Won || stage->position >= from->position))
                out << def;
        }
        return out;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<qint64> Records::addNote(EntityKind kind, qint64 id, const QString &text)
{
    const EntitySpec *spec = entitySpec(kind);
    const QString body = text.trimmed();
    if (!spec || kind == EntityKind::Task)
        return makeError(Error::Code::Invalid,
                         Tr::tr("Notes belong to deals, contacts and companies."));
    try {
        Change c(m_s, m_origin);
        Result<Row> row = readRow(*spec, id);
        if (!row)
            return row.error();
        if (body.isEmpty() || body.size() > 20000)
            return makeError(Error::Code::Invalid,
                             Tr::tr("%1: a note needs between 1 and 20000 characters.")
                                 .arg(labelOf(*spec, *row)),
                             entityKey(EntityKind::Note), QStringLiteral("text"));
        if (m_origin.checksRights() &&
            !Permissions::can(principal(), spec->perm, PermAction::Edit, ownerOf(row->cols)))
            return makeError(Error::Code::Permission,
                             Tr::tr("You may not add notes to %1.").arg(labelOf(*spec, *row)),
                             entityKey(kind));

        c.sql()
            .prepare("INSERT INTO notes(uid, entity_kind, entity_id, text, created_at, updated_at, "
                     "author_id, hlc) VALUES(?1, ?2, ?3, ?4, ?5, ?5, ?6, ?7)")
            ->bindAll(c.newUid(), int(kind), id, body, c.now(), c.author(), c.hlc())
            .run();
        const qint64 noteId = c.sql().lastInsertId();
        c.history(kind, id, HistoryEvent::NoteAdded, QStringLiteral("note"), {}, noteId);
        c.outbox(
            EntityKind::Note, noteId, OutboxOp::Create,
            {QStringLiteral("entity_kind"), QStringLiteral("entity_id"), QStringLiteral("text")});
        c.commit();
        return noteId;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

Result<QList<HistoryEntry>> Records::history(EntityKind kind, qint64 id, int limit, qint64 beforeId)
{
    Result<Record> r = load(kind, id); // applies the view permission
    if (!r)
        return r.error();
    try {
        QList<HistoryEntry> out;
        Query q = m_s.sql().prepare("SELECT id, at, user_id, event, field, old_value, new_value "
                                    "FROM history WHERE kind = ?1 AND entity_id = ?2 AND id < ?4 "
                                    "ORDER BY id DESC LIMIT ?3");
        q->bindAll(int(kind), id, limit,
                   beforeId > 0 ? beforeId : std::numeric_limits<qint64>::max());
        while (q->step())
            out << HistoryEntry{q->int64(0), kind,        id,
                                q->int64(1), q->int64(2), HistoryEvent(q->int64(3)),
                                q->text(4),  q->value(5), q->value(6)};
        return out;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

} // namespace Voronka::Core

namespace Voronka::Core {

const Principal &Records::principal()
{
    if (!m_origin.actorId || m_origin.actorId == m_s.actor().id)
        return m_s.principal();
    if (m_otherPrincipal.userId != m_origin.actorId)
        m_otherPrincipal = m_s.principalFor(m_origin.actorId);
    return m_otherPrincipal;
}

// Whether the record holds `expect` now: the expected values go through the same
// normalisation as a patch, so "what load() gave" compares with what is stored.
bool Records::holds(const EntitySpec &spec, const Row &row, const Patch &expect)
{
    Patch fields = expect;
    const QString kDeleted = QStringLiteral("deleted");
    if (fields.contains(kDeleted) && fields.take(kDeleted).toBool() != row.deleted)
        return false;
    // Derived and ordering values: the stage's entry time follows the stage, the board order
    // is not a value anyone edits.
    fields.remove(QStringLiteral("stage_entered_at"));
    fields.remove(QStringLiteral("sort_order"));
    Row probe = row;
    const WriteMode mode = m_origin.mode;
    m_origin.mode = WriteMode::Migration; // compare only: no rights apply to a probe
    const Status normalized = applyPatch(spec, probe, fields);
    m_origin.mode = mode;
    if (!normalized)
        return false;
    for (auto it = fields.cbegin(); it != fields.cend(); ++it) {
        const QString &key = it.key();
        if (spec.column(key)) {
            if (!sameValue(probe.cols.value(key), row.cols.value(key)))
                return false;
        } else if (key == kTags) {
            if (probe.tags != row.tags)
                return false;
        } else if (key == kContacts) {
            if (probe.contacts != row.contacts)
                return false;
        } else if (key.startsWith(kCustomPrefix)) {
            const qint64 fid = key.mid(kCustomPrefix.size()).toLongLong();
            if (!sameValue(probe.custom.value(fid), row.custom.value(fid)))
                return false;
        }
    }
    return true;
}

Result<Records::StepsDone> Records::applySteps(const QList<Step> &steps)
{
    const QString kDeleted = QStringLiteral("deleted");
    try {
        Change all(m_s, m_origin); // the steps' changes join this one transaction
        StepsDone done;
        for (const Step &step : steps) {
            const EntitySpec *spec = entitySpec(step.kind);
            if (!spec)
                return makeError(Error::Code::Invalid,
                                 Tr::tr("Records of this kind cannot be edited here."));
            Result<Row> current = readRow(*spec, step.id);
            if (!current)
                return current.error();
            if (!holds(*spec, *current, step.expect)) {
                done.refused << Tr::tr("%1 (#%2)").arg(labelOf(*spec, *current)).arg(step.id);
                continue;
            }
            Patch fields = step.to;
            const bool moveBin = fields.contains(kDeleted);
            const bool toBin = fields.take(kDeleted).toBool();
            if (moveBin && !toBin && current->deleted)
                if (Status st = setDeleted(step.kind, step.id, false); !st)
                    return st.error();
            if (!fields.isEmpty())
                if (Status st = update(step.kind, step.id, fields); !st)
                    return st.error();
            if (moveBin && toBin && !current->deleted)
                if (Status st = setDeleted(step.kind, step.id, true); !st)
                    return st.error();
            ++done.applied;
        }
        all.commit();
        return done;
    } catch (const SqlError &e) {
        return Database::errorFor(e, m_s.db().path());
    }
}

} // namespace Voronka::Core
