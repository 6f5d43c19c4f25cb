// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "duplicategroupmodel.h"

namespace Voronka::Ui {

DuplicateGroupModel::DuplicateGroupModel(Core::Session *session, Core::EntityKind kind,
                                         QObject *parent)
    : QAbstractListModel(parent)
    , m_session(session)
    , m_kind(kind)
{
}

const FoundGroup &DuplicateGroupModel::groupAt(int row) const
{
    FoundGroup &g = m_groups[row];
    if (!g.loaded && m_session) {
        Core::Result<QList<Core::DuplicateMember>> members =
            Core::Duplicates(*m_session).members(m_kind, g.ids);
        if (members)
            g.members = *members;
        g.loaded = true;
    }
    return g;
}

int DuplicateGroupModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_groups.size());
}

QString DuplicateGroupModel::reasonsText(int reasons)
{
    QStringList parts;
    if (reasons & Core::SamePhone)
        parts << tr("same phone");
    if (reasons & Core::SameEmail)
        parts << tr("same email");
    if (reasons & Core::SimilarName)
        parts << tr("similar name");
    return parts.join(QStringLiteral(", "));
}

QVariant DuplicateGroupModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FoundGroup &g = role == Qt::DisplayRole || role == Qt::ToolTipRole
                              ? groupAt(index.row())
                              : m_groups.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QStringList names;
        for (const auto &m : g.members)
            if (!names.contains(m.name))
                names << m.name;
        return tr("%1 — %Ln record(s): %2", nullptr, int(g.ids.size()))
            .arg(names.value(0), reasonsText(g.reasons));
    }
    case Qt::ToolTipRole: {
        QStringList names;
        for (const auto &m : g.members)
            names << m.name;
        return names.join(u'\n');
    }
    case IdsRole: {
        QVariantList ids;
        for (qint64 id : g.ids)
            ids << id;
        return ids;
    }
    case ReasonsRole:
        return g.reasons;
    case SizeRole:
        return int(g.ids.size());
    default:
        return {};
    }
}

QHash<int, QByteArray> DuplicateGroupModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdsRole, "ids");
    names.insert(ReasonsRole, "reasons");
    names.insert(SizeRole, "size");
    return names;
}

void DuplicateGroupModel::setGroups(QList<FoundGroup> groups)
{
    beginResetModel();
    m_groups = std::move(groups);
    endResetModel();
}

void DuplicateGroupModel::removeMember(int row, qint64 id)
{
    if (row < 0 || row >= m_groups.size())
        return;
    FoundGroup &g = m_groups[row];
    g.members.removeIf([id](const Core::DuplicateMember &m) { return m.id == id; });
    g.ids.removeAll(id);
    if (g.ids.size() < 2) {
        beginRemoveRows({}, row, row);
        m_groups.removeAt(row);
        endRemoveRows();
    } else {
        emit dataChanged(index(row), index(row));
    }
}

void DuplicateGroupModel::putBack(int row, const FoundGroup &group, bool wasRemoved)
{
    if (wasRemoved) {
        row = std::clamp(row, 0, int(m_groups.size()));
        beginInsertRows({}, row, row);
        m_groups.insert(row, group);
        endInsertRows();
    } else if (row >= 0 && row < m_groups.size()) {
        m_groups[row] = group;
        emit dataChanged(index(row), index(row));
    }
}

} // namespace Voronka::Ui
