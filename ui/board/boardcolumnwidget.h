// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/board.h"

#include <QFrame>

class QLabel;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BoardColumnModel;
class CardList;
class QuickAdd;

// One stage: its name over a bar in the stage's colour, the deal count and budget sum, and
// the cards.
class BoardColumnWidget final : public QFrame
{
    Q_OBJECT
public:
    static constexpr int kWidth = 264;

    BoardColumnWidget(Core::Session &session, qint64 pipelineId, const Core::StageInfo &stage,
                      QWidget *parent = nullptr);

    void setColumn(const Core::BoardColumn &column, const Core::BoardFilter &filter);
    const Core::StageInfo &stage() const { return m_stage; }
    BoardColumnModel *model() const { return m_model; }
    CardList *list() const { return m_list; }
    QuickAdd *quickAdd() const { return m_quickAdd; } // null in Won and Lost
    void openQuickAdd();
    QString countText() const;
    QString sumText() const;

signals:
    void cardsDropped(const QList<qint64> &dealIds, qint64 fromStageId, qint64 toStageId,
                      qint64 beforeDealId);

protected:
    void paintEvent(QPaintEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void elideName();

    Core::StageInfo m_stage;
    BoardColumnModel *m_model;
    CardList *m_list;
    QLabel *m_name;
    QLabel *m_count;
    QLabel *m_sum;
    QuickAdd *m_quickAdd = nullptr;
};

} // namespace Voronka::Ui
