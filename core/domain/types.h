// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QVariantMap>

namespace Voronka::Core {

// Numeric values are stored in the database: never renumber.
enum class EntityKind : int {
    None = 0,
    Deal = 1,
    Contact = 2,
    Company = 3,
    Task = 4,
    Note = 5,
    User = 6,
    Department = 7,
    Role = 8,
    Pipeline = 9,
    Stage = 10,
    Tag = 11,
    TaskType = 12,
    LossReason = 13,
    FieldDef = 14,
    Automation = 15,
    Setting = 16, // a database-wide option (settings table), by key
    Goal = 17,    // a user's sales plan for a month (goals table)
};

QString entityTable(EntityKind kind); // "deals", ...
QString entityName(EntityKind kind);  // translated singular, for messages: "Deal"
QString entityKey(EntityKind kind);   // stable English key: "deal"
EntityKind entityFromKey(QStringView key);

// Incoming: the column before the first stage holding leads not yet accepted, one per
// pipeline. PipelineInfo::stages lists it last (after Lost), so stages[0] is the first
// working stage; the board shows it first.
enum class StageKind : int { Open = 0, Won = 1, Lost = 2, Incoming = 3 };
enum class TaskStatus : int { Open = 0, Done = 1, Cancelled = 2 };
enum class BuiltinTaskType : int { Custom = 0, FollowUp = 1, Meeting = 2 };

// Timeline/history event kinds.
enum class HistoryEvent : int {
    FieldChanged = 1,
    StageMoved = 2,
    Deleted = 3,
    Restored = 4,
    NoteAdded = 5,
    TaskCreated = 6,
    TaskCompleted = 7,
    Created = 8, // used only for records created by import or sync; normal creation is on the row
    Merged = 9,
    LinkAdded = 10,
    LinkRemoved = 11,
    Unmerged = 12, // a merge was undone; old_value: the Merged entry's id
};

// Delete and Restore move a record to and from the recycle bin (its "deleted" field); Purge
// erases it for good: nothing of it stays behind, not even its field clocks.
enum class OutboxOp : int { Create = 1, Update = 2, Delete = 3, Restore = 4, Purge = 5 };

struct UserInfo
{
    qint64 id = 0;
    QByteArray uid;
    QString email;
    QString name;
    qint64 roleId = 0;
    qint64 departmentId = 0;
    bool admin = false;
    bool active = true;
    QString avatarColor; // "#RRGGBB"; empty: derived from the name
    QString language;    // "ru", "en"; empty: the database's default
    int reminderLeadMin = 15;
};

// Settings rows: a change to one of these kinds changes what every session caches (users,
// rights, stages, fields...), so the write path bumps meta settings_version with it.
bool isSettingsKind(EntityKind kind);

struct StageInfo
{
    qint64 id = 0;
    qint64 pipelineId = 0;
    QString name;
    int position = 0;
    QString color;
    StageKind kind = StageKind::Open;
    int probability = 0;
    int idleDays = 0;
};

struct PipelineInfo
{
    qint64 id = 0;
    QString name;
    int position = 0;
    QList<StageInfo> stages;
};

struct HistoryEntry
{
    qint64 id = 0;
    EntityKind kind = EntityKind::None;
    qint64 entityId = 0;
    qint64 at = 0;
    qint64 userId = 0;
    HistoryEvent event = HistoryEvent::FieldChanged;
    QString field;
    QVariant oldValue;
    QVariant newValue;
};

// A record as read for display or editing: standard fields by column name, custom fields
// as "cf.<id>", tags as "tags" (QStringList), deal contacts as "contacts" (id list).
using Record = QVariantMap;
// A change to apply: the same keys as Record; only the keys present are changed.
using Patch = QVariantMap;

} // namespace Voronka::Core
