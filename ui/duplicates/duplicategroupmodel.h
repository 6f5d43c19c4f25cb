// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/duplicates.h"

#include <QAbstractListModel>

namespace Voronka::Ui {

namespace Voronka::Core {
class Session;
}

// One group the finder found. Its members' details are read when the group is first shown:
// on the reference base nearly a million contacts fall into groups, and reading them all
// up front took longer than the scan.
struct FoundGroup
{
    int reasons = 0; // Core::DuplicateReason bits
    QList<qint64> ids;
    QList<Core::DuplicateMember> members; // valid when loaded
    bool loaded = false;
};

// The groups of a duplicate scan, one row each: the members' names, and why they were grouped.
class DuplicateGroupModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdsRole = Qt::UserRole + 1, // QVariantList of record ids
        ReasonsRole,                // int, Core::DuplicateReason bits
        SizeRole,                   // int, members
    };

    // Without a session, groups must come loaded (tests).
    DuplicateGroupModel(Core::Session *session, Core::EntityKind kind, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setGroups(QList<FoundGroup> groups);
    const FoundGroup &groupAt(int row) const; // loads the members on first use
    // After a merge: the loser leaves its group; a group of one is no group and goes.
    void removeMember(int row, qint64 id);
    // After an undo: the group as it was, back at its row.
    void putBack(int row, const FoundGroup &group, bool wasRemoved);

    static QString reasonsText(int reasons);

private:
    Core::Session *m_session;
    Core::EntityKind m_kind;
    // Loading members on first display is a cache fill, not a change of the model's data.
    mutable QList<FoundGroup> m_groups;
};

} // namespace Voronka::Ui
