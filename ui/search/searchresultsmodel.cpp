// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "searchresultsmodel.h"

#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"

namespace Voronka::Ui {

SearchResultsModel::SearchResultsModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

int SearchResultsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_hits.size());
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Core::SearchHit &h = m_hits.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case TitleRole:
        return h.title;
    case Qt::ToolTipRole:
        return h.subtitle.isEmpty() ? h.title : QString(h.title + u'\n' + h.subtitle);
    case Qt::DecorationRole:
        return Icons::icon(Icons::forKind(h.kind), Theme::current().muted);
    case Qt::AccessibleTextRole:
        return QString(Core::entityName(h.kind) + QStringLiteral(": ") + h.title);
    case KindRole:
        return int(h.kind);
    case IdRole:
        return h.id;
    case SubtitleRole:
        return h.subtitle;
    case NameMatchRole:
        return h.nameMatch;
    default:
        return {};
    }
}

QHash<int, QByteArray> SearchResultsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(KindRole, "kind");
    names.insert(IdRole, "recordId");
    names.insert(TitleRole, "title");
    names.insert(SubtitleRole, "subtitle");
    names.insert(NameMatchRole, "nameMatch");
    return names;
}

void SearchResultsModel::setHits(const QList<Core::SearchHit> &hits)
{
    beginResetModel();
    m_hits = hits;
    endResetModel();
}

} // namespace Voronka::Ui
