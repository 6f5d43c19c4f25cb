// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "fieldsetup.h"

#include "core/util/text.h"

#include <QCoreApplication>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::FieldSetup)
};

Error invalid(const FieldDef &def, const QString &why, const QString &field)
{
    return makeError(Error::Code::Invalid, Tr::tr("Custom field \"%1\": %2").arg(def.name, why),
                     entityKey(EntityKind::FieldDef), field);
}
} // namespace

Status FieldSetup::requireAdmin()
{
    if (m_s.principal().admin)
        return Ok{};
    return makeError(Error::Code::Permission,
                     Tr::tr("Only an administrator may change custom fields."));
}

Result<QList<FieldDef>> FieldSetup::list(EntityKind kind, bool archived)
{
    return guarded(m_s.db(), [&]() -> Result<QList<FieldDef>> {
        QList<FieldDef> out;
        Query q =
            m_s.sql().prepare("SELECT id, name, type, options, group_name, position, "
                              "coalesce(required_from_stage_id, 0), read_only FROM field_defs "
                              "WHERE entity_kind = ?1 AND deleted = ?2 ORDER BY position, id");
        q->bindAll(int(kind), archived ? 1 : 0);
        while (q->step()) {
            FieldDef d;
            d.id = q->int64(0);
            d.kind = kind;
            d.name = q->text(1);
            d.type = FieldType(q->int64(2));
            d.options = Text::splitJsonArray(q->text(3));
            d.group = q->text(4);
            d.position = int(q->int64(5));
            d.requiredFromStageId = q->int64(6);
            d.readOnly = q->int64(7) != 0;
            out << d;
        }
        return out;
    });
}

Status FieldSetup::update(const FieldDef &def)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const QString name = def.name.simplified();
    if (name.isEmpty() || name.size() > 100)
        return invalid(def, Tr::tr("a name needs between 1 and 100 characters."),
                       QStringLiteral("name"));
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Query q =
            c.sql().prepare("SELECT entity_kind, name, type, options, group_name, position, "
                            "required_from_stage_id, read_only FROM field_defs WHERE id = ?1");
        q->bind(1, def.id);
        if (!q->step())
            return makeError(Error::Code::NotFound,
                             Tr::tr("Custom field #%1 does not exist.").arg(def.id),
                             entityKey(EntityKind::FieldDef));
        const EntityKind kind = EntityKind(q->int64(0));
        const FieldType type = FieldType(q->int64(2));
        if (def.type != type)
            return invalid(def,
                           Tr::tr("a field's type cannot change after creation; create a new "
                                  "field of the type you need."),
                           QStringLiteral("type"));
        if ((type == FieldType::Select || type == FieldType::MultiSelect) && def.options.isEmpty())
            return invalid(def, Tr::tr("a list needs at least one choice."),
                           QStringLiteral("options"));
        if (def.requiredFromStageId &&
            (kind != EntityKind::Deal || !m_s.stage(def.requiredFromStageId)))
            return invalid(def, Tr::tr("only deal fields can be required from an existing stage."),
                           QStringLiteral("required_from_stage_id"));
        const QVariantList before{q->value(1), q->value(3), q->value(4),
                                  q->value(5), q->value(6), q->value(7)};
        const QVariantList after{name,
                                 Text::joinJsonArray(def.options),
                                 def.group.trimmed().isEmpty() ? QVariant() : def.group.trimmed(),
                                 def.position ? def.position : q->int64(5),
                                 def.requiredFromStageId ? QVariant(def.requiredFromStageId)
                                                         : QVariant(),
                                 def.readOnly ? 1 : 0};
        const QStringList columns{QStringLiteral("name"),
                                  QStringLiteral("options"),
                                  QStringLiteral("group_name"),
                                  QStringLiteral("position"),
                                  QStringLiteral("required_from_stage_id"),
                                  QStringLiteral("read_only")};
        QStringList changed;
        for (int i = 0; i < columns.size(); ++i) {
            const QVariant &o = before.at(i), &n = after.at(i);
            if ((o.isNull() && n.isNull()) ||
                (!o.isNull() && !n.isNull() && o.toString() == n.toString()))
                continue;
            c.sql()
                .prepare(QStringLiteral("UPDATE field_defs SET %1 = ?1, updated_at = ?2, hlc = ?3 "
                                        "WHERE id = ?4")
                             .arg(columns.at(i)))
                ->bindAll(n, c.now(), c.hlc(), def.id)
                .run();
            c.history(EntityKind::FieldDef, def.id, HistoryEvent::FieldChanged, columns.at(i), o,
                      n);
            changed << columns.at(i);
        }
        if (changed.isEmpty())
            return Ok{};
        c.outbox(EntityKind::FieldDef, def.id, OutboxOp::Update, changed);
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

Status FieldSetup::move(qint64 fieldId, int delta)
{
    if (Status st = requireAdmin(); !st)
        return st;
    for (EntityKind k : {EntityKind::Deal, EntityKind::Contact, EntityKind::Company}) {
        Result<QList<FieldDef>> read = list(k);
        if (!read)
            return read.error();
        QList<FieldDef> *fields = &read.value();
        int at = -1;
        for (int i = 0; i < fields->size(); ++i)
            if (fields->at(i).id == fieldId)
                at = i;
        if (at < 0)
            continue;
        const int to = at + delta;
        if (to < 0 || to >= fields->size())
            return Ok{};
        return guarded(m_s.db(), [&]() -> Status {
            Change c(m_s, m_origin);
            fields->move(at, to);
            // Positions become 1..n in the new order: a clean sequence, whatever came before.
            for (int i = 0; i < fields->size(); ++i) {
                const FieldDef &d = fields->at(i);
                if (d.position == i + 1)
                    continue;
                c.sql()
                    .prepare("UPDATE field_defs SET position = ?1, updated_at = ?2, hlc = ?3 "
                             "WHERE id = ?4")
                    ->bindAll(i + 1, c.now(), c.hlc(), d.id)
                    .run();
                c.history(EntityKind::FieldDef, d.id, HistoryEvent::FieldChanged,
                          QStringLiteral("position"), d.position, i + 1);
                c.outbox(EntityKind::FieldDef, d.id, OutboxOp::Update,
                         {QStringLiteral("position")});
            }
            c.commit();
            m_s.invalidate();
            return Ok{};
        });
    }
    return makeError(Error::Code::NotFound, Tr::tr("Custom field #%1 does not exist.").arg(fieldId),
                     entityKey(EntityKind::FieldDef));
}

Status FieldSetup::setArchived(qint64 fieldId, bool archived)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, m_origin);
        Query q = c.sql().prepare("SELECT deleted FROM field_defs WHERE id = ?1");
        q->bind(1, fieldId);
        if (!q->step())
            return makeError(Error::Code::NotFound,
                             Tr::tr("Custom field #%1 does not exist.").arg(fieldId),
                             entityKey(EntityKind::FieldDef));
        if ((q->int64(0) != 0) == archived)
            return Ok{};
        c.sql()
            .prepare("UPDATE field_defs SET deleted = ?1, updated_at = ?2, hlc = ?3 WHERE id = ?4")
            ->bindAll(archived ? 1 : 0, c.now(), c.hlc(), fieldId)
            .run();
        c.history(EntityKind::FieldDef, fieldId,
                  archived ? HistoryEvent::Deleted : HistoryEvent::Restored);
        c.outbox(EntityKind::FieldDef, fieldId, archived ? OutboxOp::Delete : OutboxOp::Restore,
                 {});
        c.commit();
        m_s.invalidate();
        return Ok{};
    });
}

} // namespace Voronka::Core
