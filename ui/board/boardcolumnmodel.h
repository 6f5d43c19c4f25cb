// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/board.h"

#include <QAbstractListModel>
#include <QHash>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The cards of one stage column. The first page comes from Board::load (all columns at
// once); further pages are fetched through Board::more as the column scrolls, so a stage of
// 330k deals never holds more than the pages the user scrolled through.
class BoardColumnModel final : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        CardRole,    // the Core::BoardCard, for the delegate
        CanMoveRole, // the user may edit the deal, so may drag it
    };

    BoardColumnModel(Core::Session &session, qint64 pipelineId, QObject *parent = nullptr);

    // Replaces the cards and totals with a freshly loaded column.
    void setColumn(const Core::BoardColumn &column, const Core::BoardFilter &filter);

    const Core::StageInfo &stage() const { return m_stage; }
    qint64 count() const { return m_count; }
    qint64 budgetSum() const { return m_budgetSum; }
    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    const Core::BoardCard &cardAt(int row) const { return m_cards.at(row); }
    bool canMove(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

signals:
    void loadFailed(const QString &message);

private:
    Core::Session &m_session;
    qint64 m_pipelineId;
    Core::StageInfo m_stage;
    Core::BoardFilter m_filter;
    qint64 m_count = 0;
    qint64 m_budgetSum = 0;
    bool m_more = false;
    bool m_busy = false; // inside a reset or a fetch: no nested fetch
    QList<Core::BoardCard> m_cards;
    mutable QHash<qint64, bool> m_canMove; // by responsible id
};

} // namespace Voronka::Ui

Q_DECLARE_METATYPE(Voronka::Core::BoardCard)
