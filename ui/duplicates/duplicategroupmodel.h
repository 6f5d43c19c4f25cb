// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "services/duplicates.h"

#include <QAbstractListModel>

namespace Voronka::Ui {

// One group the finder found, with its members as the finder shows them.
struct FoundGroup
{
    int reasons = 0; // Core::DuplicateReason bits
    QList<Core::DuplicateMember> members;
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

    explicit DuplicateGroupModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setGroups(QList<FoundGroup> groups);
    const FoundGroup &groupAt(int row) const { return m_groups.at(row); }
    // After a merge: the loser leaves its group; a group of one is no group and goes.
    void removeMember(int row, qint64 id);
    // After an undo: the group as it was, back at its row.
    void putBack(int row, const FoundGroup &group, bool wasRemoved);

    static QString reasonsText(int reasons);

private:
    QList<FoundGroup> m_groups;
};

} // namespace Voronka::Ui
