// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/services/origin.h"
#include "core/util/result.h"

#include <QJsonObject>
#include <QMap>

namespace Voronka::Core {

class Session;

// One field as the merge wizard shows it: both values and which one wins by default.
struct MergeField
{
    QString key;   // a column key or "cf.<id>"
    QString label; // translated
    QVariant survivorValue;
    QVariant loserValue;
    QString survivorText; // for display
    QString loserText;
    bool differs = false;
    bool fromLoser = false; // the default choice: the loser's value when the survivor has none
    bool list = false;      // phones, emails: may be united instead of chosen
};

struct MergePlan
{
    EntityKind kind = EntityKind::Contact;
    qint64 survivorId = 0;
    qint64 loserId = 0;
    // Field keys whose value is taken from the loser; every other field keeps the survivor's
    // value, except that an empty survivor value takes the loser's (nothing is lost by
    // default). Keys mapped to false force the survivor's value even when it is empty.
    QMap<QString, bool> takeFromLoser;
    bool uniteTags = true;
    bool uniteLists = true; // phones and emails: the winner's first, then the other's new ones
};

// What a merge moved, for the wizard's summary and tests.
struct MergeSummary
{
    qint64 mergeId = 0; // the Merged history entry on the survivor: the undo handle
    int deals = 0;
    int contacts = 0; // company merges: contacts re-linked to the survivor
    int tasks = 0;
    int notes = 0;
    int historyEntries = 0;
};

// Merges two contacts or two companies into one. In ONE transaction: the survivor takes the
// chosen values, every deal link, contact link, task, note and history entry of the loser
// moves to the survivor, the loser goes to the recycle bin, and both get a Merged history
// entry. The survivor's entry keeps what undo needs (its values before and the ids of what
// moved) as JSON, so undo restores both records and every link exactly, without a schema change.
class Merge
{
public:
    // origin: why its changes happen (WriteMode::Undo for an undo step's merge and unmerge).
    explicit Merge(Session &s, const Origin &origin = {})
        : m_s(s)
        , m_origin(origin)
    {
    }

    // The fields of the pair side by side, in card order (standard fields, then custom).
    Result<QList<MergeField>> fields(EntityKind kind, qint64 survivorId, qint64 loserId);
    // What would move from the loser, counted without changing anything.
    Result<MergeSummary> preview(EntityKind kind, qint64 loserId);
    Result<MergeSummary> merge(const MergePlan &plan);
    // Whether a merge (its handle: MergeSummary::mergeId, the survivor's Merged history entry)
    // can be undone now: Ok, or the refusal undo() would give. Refused when the merge was
    // already undone, when a later merge of either record is not undone yet (merges are undone
    // newest first; the message names the record and the later merge), when the survivor is in
    // the recycle bin or the loser was purged, and when a field the merge set on the survivor
    // was changed since (compare-and-set: undo would overwrite it; the message names the
    // record and the field).
    Status canUndo(qint64 mergeId);
    // Undoes a merge given its handle, restoring both records and every link exactly.
    Status undo(qint64 mergeId);
    // The merges of a record that can still be undone, newest first (history entry ids).
    Result<QList<qint64>> undoable(EntityKind kind, qint64 survivorId);

private:
    QJsonObject undoRecord(qint64 mergeId); // empty when there is no such merge

    Session &m_s;
    Origin m_origin;
};

} // namespace Voronka::Core
