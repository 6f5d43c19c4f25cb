// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/search/search.h"

#include <QAbstractListModel>

namespace Voronka::Ui {

// The hits of one global search, in core's order (name matches first).
class SearchResultsModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // int(Core::EntityKind)
        IdRole,                      // qint64
        TitleRole,
        SubtitleRole,
        NameMatchRole, // bool: matched the name rather than a phone, email...
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    void setHits(const QList<Core::SearchHit> &hits);
    const Core::SearchHit &hit(int row) const { return m_hits.at(row); }

private:
    QList<Core::SearchHit> m_hits;
};

} // namespace Voronka::Ui
