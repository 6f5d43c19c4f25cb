// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
// Admin: tags, loss reasons and the General options.
#include "admin.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QTimeZone>

namespace Voronka::Core {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Admin)
};

Error tagMissing(qint64 id)
{
    return makeError(Error::Code::NotFound,
                     Tr::tr("%1 #%2 does not exist.").arg(entityName(EntityKind::Tag)).arg(id),
                     entityKey(EntityKind::Tag));
}
} // namespace

// --- Tags ---

Result<QList<Admin::TagInfo>> Admin::tags()
{
    return guarded(m_s.db(), [&]() -> Result<QList<Admin::TagInfo>> {
        QList<TagInfo> out;
        Query q = m_s.sql().prepare(
            "SELECT t.id, t.name, (SELECT count(*) FROM entity_tags e WHERE e.tag_id = t.id) "
            "FROM tags t WHERE t.deleted = 0 ORDER BY t.name COLLATE NOCASE, t.id");
        while (q->step())
            out.append(TagInfo{q->int64(0), q->text(1), int(q->int64(2))});
        return out;
    });
}

Status Admin::renameTag(qint64 id, const QString &name)
{
    return rename(EntityKind::Tag, id, name);
}

namespace {
// Every record carrying tag `from` gets `into` instead (0: loses it), with history and outbox
// on each record as a card edit of its tags would write.
void retag(Change &c, qint64 from, const QString &fromName, qint64 into, const QString &intoName)
{
    QList<std::pair<int, qint64>> carriers;
    Query q = c.sql().prepare("SELECT kind, entity_id FROM entity_tags WHERE tag_id = ?1");
    q->bind(1, from);
    while (q->step())
        carriers.append({int(q->int64(0)), q->int64(1)});
    Query add = c.sql().prepare(
        "INSERT OR IGNORE INTO entity_tags(kind, entity_id, tag_id) VALUES(?1, ?2, ?3)");
    Query drop = c.sql().prepare(
        "DELETE FROM entity_tags WHERE kind = ?1 AND entity_id = ?2 AND tag_id = ?3");
    const QString field = QStringLiteral("tags");
    for (const auto &[kind, id] : std::as_const(carriers)) {
        if (into) {
            add->reset();
            add->bindAll(kind, id, into).run();
        }
        drop->reset();
        drop->bindAll(kind, id, from).run();
        c.history(EntityKind(kind), id, HistoryEvent::FieldChanged, field, fromName,
                  into ? QVariant(intoName) : QVariant());
        c.outbox(EntityKind(kind), id, OutboxOp::Update, {field});
    }
}

QString tagName(Connection &c, qint64 id)
{
    Query q = c.prepare("SELECT name FROM tags WHERE id = ?1 AND deleted = 0");
    q->bind(1, id);
    return q->step() ? q->text(0) : QString();
}
} // namespace

Status Admin::mergeTags(qint64 from, qint64 into)
{
    if (Status st = requireAdmin(); !st)
        return st;
    if (from == into)
        return makeError(Error::Code::Invalid, Tr::tr("Choose two different tags to merge."),
                         entityKey(EntityKind::Tag));
    const QString fromName = tagName(m_s.sql(), from);
    const QString intoName = tagName(m_s.sql(), into);
    if (fromName.isEmpty())
        return tagMissing(from);
    if (intoName.isEmpty())
        return tagMissing(into);
    return atomically([&]() -> Status {
        Change c(m_s, m_origin);
        retag(c, from, fromName, into, intoName);
        c.sql()
            .prepare("UPDATE tags SET deleted = 1, updated_at = ?1 WHERE id = ?2")
            ->bindAll(c.now(), from)
            .run();
        c.history(EntityKind::Tag, from, HistoryEvent::Merged, QStringLiteral("into"), fromName,
                  intoName);
        c.outbox(EntityKind::Tag, from, OutboxOp::Delete, {QStringLiteral("deleted")});
        c.commit();
        return Ok{};
    });
}

Status Admin::deleteTag(qint64 id)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const QString name = tagName(m_s.sql(), id);
    if (name.isEmpty())
        return tagMissing(id);
    return atomically([&]() -> Status {
        Change c(m_s, m_origin);
        retag(c, id, name, 0, {});
        c.sql()
            .prepare("UPDATE tags SET deleted = 1, updated_at = ?1 WHERE id = ?2")
            ->bindAll(c.now(), id)
            .run();
        c.history(EntityKind::Tag, id, HistoryEvent::Deleted);
        c.outbox(EntityKind::Tag, id, OutboxOp::Delete, {QStringLiteral("deleted")});
        c.commit();
        return Ok{};
    });
}

Result<Admin::TagCarriers> Admin::tagCarriers(qint64 id, qint64 alsoWith)
{
    return guarded(m_s.db(), [&]() -> Result<TagCarriers> {
        TagCarriers out;
        Query q = m_s.sql().prepare(
            "SELECT kind, entity_id, EXISTS(SELECT 1 FROM entity_tags o WHERE o.kind = t.kind AND "
            "o.entity_id = t.entity_id AND o.tag_id = ?2) FROM entity_tags t WHERE tag_id = ?1 "
            "ORDER BY kind, entity_id");
        q->bindAll(id, alsoWith);
        while (q->step()) {
            const RecordTag r{int(q->int64(0)), q->int64(1)};
            out.records << r;
            if (q->int64(2))
                out.hadOther << r;
        }
        return out;
    });
}

Status Admin::restoreTag(qint64 id, const TagCarriers &carriers, qint64 mergedInto)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return atomically([&]() -> Status {
        Change c(m_s, m_origin);
        QString name;
        {
            Query q = c.sql().prepare("SELECT name FROM tags WHERE id = ?1 AND deleted = 1");
            q->bind(1, id);
            if (!q->step())
                return makeError(Error::Code::NotFound,
                                 Tr::tr("%1 #%2 is not deleted.")
                                     .arg(entityName(EntityKind::Tag))
                                     .arg(id),
                                 entityKey(EntityKind::Tag));
            name = q->text(0);
        }
        const QString intoName = mergedInto ? tagName(c.sql(), mergedInto) : QString();
        c.sql()
            .prepare("UPDATE tags SET deleted = 0, updated_at = ?1 WHERE id = ?2")
            ->bindAll(c.now(), id)
            .run();
        c.history(EntityKind::Tag, id, HistoryEvent::Restored);
        c.outbox(EntityKind::Tag, id, OutboxOp::Restore, {QStringLiteral("deleted")});
        Query add = c.sql().prepare(
            "INSERT OR IGNORE INTO entity_tags(kind, entity_id, tag_id) VALUES(?1, ?2, ?3)");
        Query drop = c.sql().prepare(
            "DELETE FROM entity_tags WHERE kind = ?1 AND entity_id = ?2 AND tag_id = ?3");
        const QString field = QStringLiteral("tags");
        for (const RecordTag &r : carriers.records) {
            add->reset();
            add->bindAll(r.kind, r.id, id).run();
            bool changed = c.sql().changes() > 0;
            // The tag the merge gave it goes, unless the record had it before the merge.
            if (mergedInto && !carriers.hadOther.contains(r)) {
                drop->reset();
                drop->bindAll(r.kind, r.id, mergedInto).run();
                changed = changed || c.sql().changes() > 0;
            }
            if (!changed)
                continue;
            c.history(EntityKind(r.kind), r.id, HistoryEvent::FieldChanged, field,
                      mergedInto ? QVariant(intoName) : QVariant(), name);
            c.outbox(EntityKind(r.kind), r.id, OutboxOp::Update, {field});
        }
        c.commit();
        return Ok{};
    });
}

// --- Loss reasons ---

Result<QList<Admin::LossReasonInfo>> Admin::lossReasonList()
{
    return guarded(m_s.db(), [&]() -> Result<QList<Admin::LossReasonInfo>> {
        QList<LossReasonInfo> out;
        Query q = m_s.sql().prepare(
            "SELECT id, name, deleted FROM loss_reasons ORDER BY deleted, position, id");
        while (q->step())
            out.append(LossReasonInfo{q->int64(0), q->text(1), q->int64(2) != 0});
        return out;
    });
}

Status Admin::renameLossReason(qint64 id, const QString &name)
{
    return rename(EntityKind::LossReason, id, name);
}

Status Admin::reorderLossReasons(const QList<qint64> &ids)
{
    if (Status st = requireAdmin(); !st)
        return st;
    return atomically([&]() -> Status {
        Query q = m_s.sql().prepare("SELECT position FROM loss_reasons WHERE id = ?1");
        for (int i = 0; i < ids.size(); ++i) {
            q->reset();
            q->bind(1, ids.at(i));
            if (!q->step())
                return makeError(Error::Code::NotFound,
                                 Tr::tr("%1 #%2 does not exist.")
                                     .arg(entityName(EntityKind::LossReason))
                                     .arg(ids.at(i)),
                                 entityKey(EntityKind::LossReason));
            if (q->int64(0) == i)
                continue;
            q->reset();
            if (Status st =
                    setColumn(EntityKind::LossReason, ids.at(i), QStringLiteral("position"), i);
                !st)
                return st;
        }
        return Ok{};
    });
}

Status Admin::setLossReasonArchived(qint64 id, bool archived)
{
    return setColumn(EntityKind::LossReason, id, QStringLiteral("deleted"), archived ? 1 : 0);
}

// --- General ---

Admin::General Admin::general(Database &db)
{
    General g;
    try {
        const auto text = [&](const char *key, const QString &fallback) {
            const QVariant v = db.setting(QLatin1String(key));
            return v.isNull() ? fallback : v.toString();
        };
        const auto number = [&](const char *key, int fallback) {
            const QVariant v = db.setting(QLatin1String(key));
            return v.isNull() ? fallback : v.toInt();
        };
        g.companyName = text(SettingKey::kCompanyName, {});
        g.currency = text(SettingKey::kDefaultCurrency, g.currency);
        g.weekStart = number(SettingKey::kWeekStart, g.weekStart);
        g.workStartMin = number(SettingKey::kWorkStart, g.workStartMin);
        g.workEndMin = number(SettingKey::kWorkEnd, g.workEndMin);
        g.timeZone = text(SettingKey::kTimeZone, {});
        g.language = text(SettingKey::kDefaultLanguage, {});
        g.sharedFile = number(Database::kSharedFileSetting, 0) == 1;
    } catch (const SqlError &) {
        // A damaged settings table reads as the defaults; `check` reports the damage.
    }
    return g;
}

Status Admin::setSettings(const QList<std::pair<QString, QVariant>> &values)
{
    return atomically([&]() -> Status {
        for (const auto &[key, value] : values)
            if (Status st = setSetting(key, value); !st)
                return st;
        return Ok{};
    });
}

Status Admin::setGeneral(const General &g)
{
    if (Status st = requireAdmin(); !st)
        return st;
    const QString key = entityKey(EntityKind::Setting);
    if (g.companyName.size() > 200)
        return makeError(Error::Code::Invalid,
                         Tr::tr("The company name may have at most 200 characters."), key,
                         QLatin1String(SettingKey::kCompanyName));
    static const QRegularExpression code(QStringLiteral("^[A-Z]{3}$"));
    if (!code.match(g.currency).hasMatch())
        return makeError(Error::Code::Invalid,
                         Tr::tr("\"%1\" is not a currency code like RUB or EUR.").arg(g.currency),
                         key, QLatin1String(SettingKey::kDefaultCurrency));
    if (g.weekStart < 1 || g.weekStart > 7)
        return makeError(Error::Code::Invalid, Tr::tr("The week starts on a day from 1 to 7."), key,
                         QLatin1String(SettingKey::kWeekStart));
    if (g.workStartMin < 0 || g.workEndMin > 24 * 60 || g.workStartMin >= g.workEndMin)
        return makeError(Error::Code::Invalid,
                         Tr::tr("The working day must end after it starts, within one day."), key,
                         QLatin1String(SettingKey::kWorkEnd));
    if (!g.timeZone.isEmpty() && !QTimeZone(g.timeZone.toLatin1()).isValid())
        return makeError(Error::Code::Invalid,
                         Tr::tr("\"%1\" is not a time zone like Europe/Moscow.").arg(g.timeZone),
                         key, QLatin1String(SettingKey::kTimeZone));
    if (!g.language.isEmpty() && g.language != u"ru" && g.language != u"en")
        return makeError(
            Error::Code::Invalid,
            Tr::tr("Voronka speaks Russian (ru) and English (en), not \"%1\".").arg(g.language),
            key, QLatin1String(SettingKey::kDefaultLanguage));
    const General before = general(m_s.db());
    return atomically([&]() -> Status {
        const QList<std::tuple<const char *, QVariant, QVariant>> changes{
            {SettingKey::kCompanyName, g.companyName.simplified(), before.companyName},
            {SettingKey::kDefaultCurrency, g.currency, before.currency},
            {SettingKey::kWeekStart, g.weekStart, before.weekStart},
            {SettingKey::kWorkStart, g.workStartMin, before.workStartMin},
            {SettingKey::kWorkEnd, g.workEndMin, before.workEndMin},
            {SettingKey::kTimeZone, g.timeZone, before.timeZone},
            {SettingKey::kDefaultLanguage, g.language, before.language},
            {Database::kSharedFileSetting, g.sharedFile ? 1 : 0, before.sharedFile ? 1 : 0}};
        for (const auto &[k, now, was] : changes)
            if (now != was)
                if (Status st = setSetting(QLatin1String(k), now); !st)
                    return st;
        return Ok{};
    });
}

} // namespace Voronka::Core
