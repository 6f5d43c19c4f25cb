// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "core/importexport/savedmappings.h"

#include "core/services/session.h"
#include "core/storage/schema.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::SavedMappings)
};

QString prefix(EntityKind kind)
{
    return QStringLiteral("import.mapping/") + entityKey(kind) + u'/';
}
} // namespace

Status SavedMappings::allowed() const
{
    if (!m_s.principal().canImport)
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not save import mappings: your role lacks the import "
                                "right."));
    return Ok{};
}

Result<QList<SavedMappings::Named>> SavedMappings::list(EntityKind kind)
{
    return guarded(m_s.db(), [&]() -> Result<QList<Named>> {
        const QString p = prefix(kind);
        // The prefix as a range (keys are compared as text): "…/" up to "…0", the next
        // character after '/'.
        Query q = m_s.sql().prepare("SELECT key, value FROM settings WHERE key >= ?1 AND key < ?2 "
                                    "AND deleted = 0 ORDER BY key");
        q->bindAll(p, p.chopped(1) + u'0');
        QList<Named> out;
        while (q->step()) {
            const QJsonObject o = QJsonDocument::fromJson(q->text(1).toUtf8()).object();
            if (!o.isEmpty())
                out << Named{q->text(0).mid(p.size()), o};
        }
        std::sort(out.begin(), out.end(), [](const Named &a, const Named &b) {
            return QString::localeAwareCompare(a.name, b.name) < 0;
        });
        return out;
    });
}

Status SavedMappings::save(const QString &name, const ImportMapping &mapping)
{
    if (Status st = allowed(); !st)
        return st;
    const QString n = name.simplified();
    if (n.isEmpty() || n.size() > kMaxName)
        return makeError(Error::Code::Invalid,
                         Tr::tr("A saved mapping needs a name of 1 to %1 characters.")
                             .arg(kMaxName));
    return write(prefix(mapping.kind) + n,
                 QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)),
                 false);
}

Status SavedMappings::remove(EntityKind kind, const QString &name)
{
    if (Status st = allowed(); !st)
        return st;
    return write(prefix(kind) + name.simplified(), {}, true);
}

Status SavedMappings::write(const QString &key, const QVariant &value, bool deleted)
{
    return guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, Origin::of(WriteMode::User));
        Query find = c.sql().prepare("SELECT id, value, deleted FROM settings WHERE key = ?1");
        find->bind(1, key);
        if (find->step()) {
            const qint64 id = find->int64(0);
            const QVariant old = find->value(1);
            const bool wasDeleted = find->int64(2) != 0;
            find->reset();
            if (wasDeleted == deleted && (deleted || old == value))
                return Ok{};
            c.sql()
                .prepare("UPDATE settings SET value = ?1, updated_at = ?2, deleted = ?3 WHERE id "
                         "= ?4")
                ->bindAll(deleted ? old : value, c.now(), deleted ? 1 : 0, id)
                .run();
            if (deleted) {
                c.history(EntityKind::Setting, id, HistoryEvent::Deleted);
                c.outbox(EntityKind::Setting, id, OutboxOp::Delete, {QStringLiteral("deleted")});
            } else {
                c.history(EntityKind::Setting, id, HistoryEvent::FieldChanged, key,
                          wasDeleted ? QVariant() : old, value);
                c.outbox(EntityKind::Setting, id, OutboxOp::Update,
                         {QStringLiteral("value"), QStringLiteral("deleted")});
            }
        } else {
            find->reset();
            if (deleted)
                return makeError(Error::Code::NotFound,
                                 Tr::tr("There is no saved mapping \"%1\".")
                                     .arg(key.section(u'/', 2)));
            c.sql()
                .prepare("INSERT INTO settings(uid, key, value, created_at, updated_at, "
                         "author_id, hlc) VALUES(?1, ?2, ?3, ?4, ?4, ?5, ?6)")
                ->bindAll(Schema::settingUid(key), key, value, c.now(), c.author(), c.hlc())
                .run();
            const qint64 id = c.sql().lastInsertId();
            c.history(EntityKind::Setting, id, HistoryEvent::FieldChanged, key, QVariant(), value);
            c.outbox(EntityKind::Setting, id, OutboxOp::Create,
                     {QStringLiteral("key"), QStringLiteral("value")});
        }
        c.commit();
        return Ok{};
    });
}

} // namespace Voronka::Core
