// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importhistory.h"

#include "core/importexport/importer.h"
#include "core/platform/process.h"
#include "core/services/recordrow.h"
#include "core/services/records.h"

#include <QCoreApplication>
#include <QHostInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <limits>

namespace Voronka::Core {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Voronka::Core::Import)
};

// A running import writes its heartbeat with every chunk, seconds apart: one silent this long
// is gone, wherever it ran.
constexpr qint64 kSilentMs = 10 * 60 * 1000;

bool processGone(const QString &owner)
{
    const qsizetype colon = owner.lastIndexOf(u':');
    if (colon < 0 || owner.left(colon) != QHostInfo::localHostName())
        return false; // another computer's: only its silence tells
    const qint64 pid = owner.mid(colon + 1).toLongLong();
    if (pid <= 0)
        return true;
    if (pid == QCoreApplication::applicationPid())
        return false;
    return !Platform::processRunning(pid);
}

const char *const kColumns =
    "b.id, b.file, b.kind, coalesce(b.user_id, 0), coalesce(u.name, ''), b.started_at, "
    "coalesce(b.finished_at, 0), b.state, b.rows_done, b.created, b.updated, b.skipped, "
    "b.failed, coalesce(b.mapping, ''), coalesce(b.options, '') FROM import_batches b "
    "LEFT JOIN users u ON u.id = b.user_id";

ImportBatch readBatch(const Query &q)
{
    ImportBatch b;
    b.id = q->int64(0);
    b.file = q->text(1);
    b.kind = EntityKind(q->int64(2));
    b.userId = q->int64(3);
    b.userName = q->text(4);
    b.startedAt = q->int64(5);
    b.finishedAt = q->int64(6);
    b.state = ImportState(q->int64(7));
    b.rowsDone = q->int64(8);
    b.created = q->int64(9);
    b.updated = q->int64(10);
    b.skipped = q->int64(11);
    b.failed = q->int64(12);
    b.mapping = q->text(13);
    b.options = q->text(14);
    return b;
}

Patch patchOf(const QString &json)
{
    return QJsonDocument::fromJson(json.toUtf8()).object().toVariantMap();
}

} // namespace

QString importStateKey(ImportState s)
{
    switch (s) {
    case ImportState::Running:
        return QStringLiteral("running");
    case ImportState::Done:
        return QStringLiteral("done");
    case ImportState::Cancelled:
        return QStringLiteral("cancelled");
    case ImportState::Interrupted:
        return QStringLiteral("interrupted");
    case ImportState::Undone:
        return QStringLiteral("undone");
    }
    return {};
}

QString ImportHistory::owner()
{
    return QStringLiteral("%1:%2").arg(QHostInfo::localHostName()).arg(QCoreApplication::applicationPid());
}

Result<int> ImportHistory::markInterrupted()
{
    return guarded(m_s.db(), [&]() -> Result<int> {
        QList<qint64> gone;
        {
            Query q = m_s.sql().prepare("SELECT id, coalesce(owner, ''), coalesce(heartbeat_at, "
                                        "started_at) FROM import_batches WHERE state = 0");
            const qint64 now = m_s.clock().nowMs();
            while (q->step())
                if (processGone(q->text(1)) || now - q->int64(2) > kSilentMs)
                    gone << q->int64(0);
        }
        if (gone.isEmpty())
            return 0;
        Transaction t(m_s.sql());
        Query u = m_s.sql().prepare(
            "UPDATE import_batches SET state = 3, finished_at = ?2 WHERE id = ?1 AND state = 0");
        for (qint64 id : std::as_const(gone)) {
            u->bindAll(id, m_s.clock().nowMs()).run();
            u->reset();
        }
        t.commit();
        return int(gone.size());
    });
}

Result<QList<ImportBatch>> ImportHistory::list()
{
    if (Result<int> marked = markInterrupted(); !marked)
        return marked.error();
    return guarded(m_s.db(), [&]() -> Result<QList<ImportBatch>> {
        QList<ImportBatch> out;
        Query q = m_s.sql().prepare(QStringLiteral("SELECT %1 ORDER BY b.started_at DESC, b.id DESC")
                                        .arg(QLatin1String(kColumns)));
        while (q->step())
            out << readBatch(q);
        return out;
    });
}

Result<ImportBatch> ImportHistory::batch(qint64 id)
{
    return guarded(m_s.db(), [&]() -> Result<ImportBatch> {
        Query q = m_s.sql().prepare(
            QStringLiteral("SELECT %1 WHERE b.id = ?1").arg(QLatin1String(kColumns)));
        q->bind(1, id);
        if (!q->step())
            return makeError(Error::Code::NotFound, Tr::tr("There is no import #%1.").arg(id));
        return readBatch(q);
    });
}

Result<qint64> ImportHistory::begin(const QString &file, const ImportMapping &mapping,
                                    const ImportOptions &options)
{
    return guarded(m_s.db(), [&]() -> Result<qint64> {
        Transaction t(m_s.sql());
        const qint64 now = m_s.clock().nowMs();
        m_s.sql()
            .prepare("INSERT INTO import_batches(file, kind, user_id, started_at, state, mapping, "
                     "options, owner, heartbeat_at) VALUES(?1, ?2, ?3, ?4, 0, ?5, ?6, ?7, ?4)")
            ->bindAll(file, int(mapping.kind), m_s.actor().id, now,
                      QString::fromUtf8(QJsonDocument(mapping.toJson()).toJson(QJsonDocument::Compact)),
                      QString::fromUtf8(QJsonDocument(options.toJson()).toJson(QJsonDocument::Compact)),
                      owner())
            .run();
        const qint64 id = m_s.sql().lastInsertId();
        t.commit();
        return id;
    });
}

void ImportHistory::progress(qint64 id, qint64 rowsDone, const ImportReport &r)
{
    m_s.sql()
        .prepare("UPDATE import_batches SET rows_done = ?2, created = ?3, updated = ?4, "
                 "skipped = ?5, failed = ?6, heartbeat_at = ?7 WHERE id = ?1")
        ->bindAll(id, rowsDone, r.created, r.updated, r.skipped, r.failed, m_s.clock().nowMs())
        .run();
}

Status ImportHistory::finish(qint64 id, ImportState state, const ImportReport &r)
{
    return guarded(m_s.db(), [&]() -> Status {
        Transaction t(m_s.sql());
        m_s.sql()
            .prepare("UPDATE import_batches SET state = ?2, finished_at = ?3, created = ?4, "
                     "updated = ?5, skipped = ?6, failed = ?7 WHERE id = ?1")
            ->bindAll(id, int(state), m_s.clock().nowMs(), r.created, r.updated, r.skipped, r.failed)
            .run();
        t.commit();
        return Ok{};
    });
}

Result<ImportBatch> ImportHistory::claim(qint64 id)
{
    if (Result<int> marked = markInterrupted(); !marked)
        return marked.error();
    Result<ImportBatch> b = batch(id);
    if (!b)
        return b;
    if (b->state != ImportState::Interrupted)
        return makeError(Error::Code::Conflict,
                         Tr::tr("Import #%1 is %2; only an interrupted import can be finished.")
                             .arg(id)
                             .arg(importStateKey(b->state)));
    if (!m_s.principal().canImport)
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not import records: your role lacks the import right."));
    return guarded(m_s.db(), [&]() -> Result<ImportBatch> {
        Transaction t(m_s.sql());
        m_s.sql()
            .prepare("UPDATE import_batches SET state = 0, finished_at = NULL, owner = ?2, "
                     "heartbeat_at = ?3 WHERE id = ?1")
            ->bindAll(id, owner(), m_s.clock().nowMs())
            .run();
        t.commit();
        return *b;
    });
}

Result<ImportHistory::UndoResult> ImportHistory::undo(qint64 id)
{
    if (Result<int> marked = markInterrupted(); !marked)
        return marked.error();
    Result<ImportBatch> b = batch(id);
    if (!b)
        return b.error();
    if (!m_s.principal().canImport)
        return makeError(Error::Code::Permission,
                         Tr::tr("You may not undo imports: your role lacks the import right."));
    if (b->state == ImportState::Running || b->state == ImportState::Undone)
        return makeError(Error::Code::Conflict,
                         Tr::tr("Import #%1 is %2 and cannot be undone.")
                             .arg(id)
                             .arg(importStateKey(b->state)));
    // Newest first, a thousand items per transaction: a large batch neither sits in memory
    // whole nor holds the file for long.
    UndoResult result;
    Records records(m_s, Origin::of(WriteMode::Undo));
    qint64 below = std::numeric_limits<qint64>::max();
    QSet<QString> tagsAdded; // by the import to records it updated
    for (;;) {
        Result<QList<Records::Step>> steps =
            guarded(m_s.db(), [&]() -> Result<QList<Records::Step>> {
                QList<Records::Step> out;
                Query q = m_s.sql().prepare(
                    "SELECT id, kind, entity_id, action, before, after FROM import_items "
                    "WHERE batch_id = ?1 AND id < ?2 ORDER BY id DESC LIMIT 1000");
                q->bindAll(id, below);
                while (q->step()) {
                    below = q->int64(0);
                    Records::Step s;
                    s.kind = EntityKind(q->int64(1));
                    s.id = q->int64(2);
                    s.expect = patchOf(q->text(5));
                    s.to = q->int64(3) == 1 ? Patch{{QStringLiteral("deleted"), true}}
                                            : patchOf(q->text(4));
                    if (q->int64(3) != 1) {
                        const QStringList before = s.to.value(RecordValues::kTags).toStringList();
                        for (const QString &t : s.expect.value(RecordValues::kTags).toStringList())
                            if (!before.contains(t))
                                tagsAdded.insert(t);
                    }
                    out << s;
                }
                return out;
            });
        if (!steps)
            return steps.error();
        if (steps->isEmpty())
            break;
        Result<Records::StepsDone> done = records.applySteps(*steps);
        if (!done)
            return done.error();
        result.reverted += done->applied;
        result.refused << done->refused;
    }
    Status st = guarded(m_s.db(), [&]() -> Status {
        Change c(m_s, Origin::of(WriteMode::Undo));
        // A tag the import brought only for records it updated is carried by nothing once
        // they have their tags back: it goes too. (Tags of the records it created stay, with
        // them in the recycle bin, for a restore.)
        Query orphan = c.sql().prepare(
            "SELECT id FROM tags WHERE name = ?1 AND deleted = 0 AND created_at >= ?2 AND NOT "
            "EXISTS (SELECT 1 FROM entity_tags WHERE tag_id = tags.id)");
        for (const QString &name : std::as_const(tagsAdded)) {
            orphan->reset();
            orphan->bindAll(name, b->startedAt);
            if (!orphan->step())
                continue;
            const qint64 tag = orphan->int64(0);
            c.sql()
                .prepare("UPDATE tags SET deleted = 1, updated_at = ?1 WHERE id = ?2")
                ->bindAll(c.now(), tag)
                .run();
            c.history(EntityKind::Tag, tag, HistoryEvent::Deleted);
            c.outbox(EntityKind::Tag, tag, OutboxOp::Delete, {QStringLiteral("deleted")});
        }
        c.sql()
            .prepare("UPDATE import_batches SET state = 4, finished_at = ?2 WHERE id = ?1")
            ->bindAll(id, m_s.clock().nowMs())
            .run();
        c.commit();
        return Ok{};
    });
    if (!st)
        return st.error();
    return result;
}

} // namespace Voronka::Core
