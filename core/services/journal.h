// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/util/result.h"

#include <QIODevice>
#include <QVariant>

#include <functional>

namespace Voronka::Core {

class Session;

// What happened in a journal entry. The history actions carry the HistoryEvent of the same
// value; the sign-in actions come from the sign_ins log.
enum class JournalAction : int {
    Any = 0, // a filter: every action
    Changed = int(HistoryEvent::FieldChanged),
    MovedStage = int(HistoryEvent::StageMoved),
    Deleted = int(HistoryEvent::Deleted),
    Restored = int(HistoryEvent::Restored),
    NoteAdded = int(HistoryEvent::NoteAdded),
    TaskCreated = int(HistoryEvent::TaskCreated),
    TaskCompleted = int(HistoryEvent::TaskCompleted),
    Created = int(HistoryEvent::Created),
    Merged = int(HistoryEvent::Merged),
    Linked = int(HistoryEvent::LinkAdded),
    Unlinked = int(HistoryEvent::LinkRemoved),
    Unmerged = int(HistoryEvent::Unmerged),
    SignedIn = 101,
    SignInFailed = 102, // wrong user or password; as a filter, also the locked-out refusals
    SignInLockedOut = 103,
};

QString journalActionName(JournalAction a); // translated: "Changed", "Sign-in failed"...
QString journalActionKey(JournalAction a);  // stable English key: "changed", "sign-in-failed"
JournalAction journalActionFromKey(QStringView key); // Any when unknown
QList<JournalAction> journalActions();               // every action a filter may pick, in order

struct JournalFilter
{
    qint64 userId = 0;                  // 0: everyone
    EntityKind kind = EntityKind::None; // None: every kind (and the sign-ins)
    bool signInsOnly = false;           // only the sign-in log ("entity: sign-ins")
    JournalAction action = JournalAction::Any;
    qint64 fromMs = 0; // inclusive; 0: no lower bound
    qint64 toMs = 0;   // exclusive; 0: no upper bound
};

// Where a page ends: the last entry's (at, source, id). Entries run newest first, and at
// equal times sign-ins before history, each by id descending, so the key is total.
struct JournalCursor
{
    qint64 at = 0;
    int source = 0;
    qint64 id = 0;
    bool valid() const { return id != 0; }
};

struct JournalEntry
{
    enum class Source : int { History = 0, SignIn = 1 };
    Source source = Source::History;
    qint64 id = 0; // the history or sign_ins row
    qint64 at = 0;
    qint64 userId = 0; // 0: unknown (a sign-in with an email nobody has, a system write)
    QString userName;  // a sign-in by an unknown email shows the email typed
    EntityKind kind = EntityKind::None; // None for sign-ins
    qint64 entityId = 0;
    QString recordName; // the record's name, title or key; sign-ins: the email typed
    JournalAction action = JournalAction::Changed;
    QString field;    // the field's label ("Budget", a custom field's name); empty if none
    QString oldValue; // as text: stage and user ids are named
    QString newValue;
    QString detail; // sign-ins: machine, OS account and client

    JournalCursor key() const { return {at, int(source), id}; }
};

struct JournalPage
{
    QList<JournalEntry> entries;
    JournalCursor next; // invalid when this was the last page
};

// The administrators' journal: every change of records and settings (the history the
// timelines show) and every sign-in attempt, newest first, filtered and read a page at a
// time with a keyset cursor, so the first page of millions of rows costs one index walk.
// Record creation is stored on the row itself, not in history, and is left out (merging the
// created_at of four large tables by time would need an index on each); creations by import
// or sync do have a history row and show as "Created".
class Journal
{
public:
    explicit Journal(Session &s)
        : m_s(s)
    {
    }

    Result<JournalPage> page(const JournalFilter &filter, const JournalCursor &after = {},
                             int pageSize = 100);
    // Writes the filtered journal as CSV, page by page; returns the number of entries.
    // `progress` hears the count after each page and stops the export by returning false.
    Result<qint64> exportCsv(const JournalFilter &filter, QIODevice &out, int pageSize = 1000,
                             const std::function<bool(qint64 written)> &progress = {});
    static QStringList csvHeader();
    static QStringList csvRow(const JournalEntry &e);

private:
    Status checkAdmin() const;
    QList<JournalEntry> readHistory(const JournalFilter &f, const JournalCursor &after, int n);
    bool fewHistoryRows(EntityKind kind);
    QString userName(qint64 id);
    QList<JournalEntry> readSignIns(const JournalFilter &f, const JournalCursor &after, int n);
    void describe(JournalEntry &e, const QString &field, const QVariant &oldValue,
                  const QVariant &newValue);

    Session &m_s;
};

} // namespace Voronka::Core
