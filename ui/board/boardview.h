// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "services/board.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QToolButton;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BoardColumnWidget;
class DropZoneBar;

// The Deals page: the pipeline selector and totals over a horizontally scrolling row of
// stage columns. Moves go through Core::Board, so every stage rule applies; the columns a
// move touched are reloaded from core so counts and sums are the database's.
class BoardView final : public QWidget
{
    Q_OBJECT
public:
    explicit BoardView(Core::Session &session, QWidget *parent = nullptr);

    void activate();
    // Reads the columns again (a deal changed elsewhere); nothing before the first activate().
    void refresh();
    bool isLoaded() const { return m_loaded; }
    qint64 pipelineId() const { return m_pipelineId; }
    void setPipeline(qint64 pipelineId);
    void setShowClosed(bool show);
    QList<BoardColumnWidget *> columns() const { return m_columns; }
    BoardColumnWidget *column(qint64 stageId) const;
    QString totalsText() const;
    // What the header's responsible and search filters ask for; every load and page uses it.
    Core::BoardFilter filter() const;

    DropZoneBar *dropZones() const { return m_dropZones; }
    // Puts a widget at the end of the header row (the deals list's board/list toggle).
    void addHeaderWidget(QWidget *widget);

    // The drop of a card: first what the target stage asks for (its required fields, a loss
    // reason), each in a window-modal prompt whose Cancel leaves the deal untouched; then
    // the move, then either the reloaded columns or the core's refusal.
    void moveCard(qint64 dealId, qint64 fromStageId, qint64 toStageId, qint64 beforeDealId);

signals:
    void moveFailed(const QString &message);
    void filterChanged();
    void pipelineChanged(qint64 pipelineId);
    void openDealRequested(qint64 dealId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    struct PendingMove
    {
        qint64 dealId = 0;
        qint64 fromStageId = 0;
        qint64 toStageId = 0;
        qint64 beforeDealId = 0;
        Core::Patch extra;
    };
    void askRequiredFields(const PendingMove &move);
    void askLossReason(const PendingMove &move);
    void commitMove(const PendingMove &move);
    QString dealName(qint64 dealId);
    void showDropZones(bool show);
    void placeDropZones();
    void reload(const QList<qint64> &stageIds = {});
    void rebuildColumns(const QList<Core::BoardColumn> &columns, const Core::BoardFilter &filter);
    void updateTotals();
    void updateClosedVisibility();
    void fillResponsibleFilter();
    void applyFilter();
    void scrollNearEdge(const QPoint &globalPos);
    // The admin's pipeline setup; the board and the pipeline list reload if it changed.
    void openSetup();

    Core::Session &m_session;
    qint64 m_pipelineId = 0;
    QLabel *m_title;
    QHBoxLayout *m_header = nullptr;
    QComboBox *m_pipelines;
    QLabel *m_totals;
    QComboBox *m_responsible;
    QLineEdit *m_search;
    QTimer m_debounce;
    QCheckBox *m_showClosed;
    QToolButton *m_setup;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QHBoxLayout *m_stripLayout;
    QLabel *m_error;
    DropZoneBar *m_dropZones;
    QList<BoardColumnWidget *> m_columns;
    bool m_activated = false;
    bool m_loaded = false;
};

} // namespace Voronka::Ui
