// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/board.h"

#include <QList>
#include <QTimer>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QGridLayout;
class QHBoxLayout;
class QLabel;
class QLineEdit;
class QScrollArea;
class QUndoStack;
class QToolButton;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BoardColumnWidget;
class BoardFilterButton;
class BoardMover;
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
    QUndoStack *undoStack() const { return m_undo; }
    // Puts a widget at the end of the header's first row (the deals list's board/list toggle).
    void addHeaderWidget(QWidget *widget);

    // A drop of cards: see BoardMover (prompts, then the moves, one undo step); the columns
    // it touched are reloaded, or core's refusal is shown.
    void moveCards(const QList<qint64> &dealIds, qint64 fromStageId, qint64 toStageId,
                   qint64 beforeDealId);
    void moveCard(qint64 dealId, qint64 fromStageId, qint64 toStageId, qint64 beforeDealId)
    {
        moveCards({dealId}, fromStageId, toStageId, beforeDealId);
    }
    // Opens the quick-add form of the stage that has the keyboard focus (the first stage when
    // none has): Ctrl+N.
    void addDealInFocusedStage();
    // Others' changes to the file (another window, the CLI, another computer) show up:
    // checks the file's data version and reloads when it moved. Runs on a timer too.
    // force: reads again even when nothing was committed elsewhere (the rights changed).
    void refreshIfChangedElsewhere(bool force = false);

signals:
    void moveFailed(const QString &message);
    // Enter or a double click on a card.
    void openDealRequested(qint64 dealId);
    void filterChanged();
    void pipelineChanged(qint64 pipelineId);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void setUpControls();
    void buildLayout();
    void connectSignals();
    void addShortcuts();
    void showDropZones(bool show);
    void connectColumn(BoardColumnWidget *column);
    void focusNeighbour(BoardColumnWidget *from, int direction);
    void confirmDelete(const QList<qint64> &dealIds, qint64 fromStageId);
    void showCardMenu(BoardColumnWidget *column, const QList<qint64> &dealIds,
                      const QPoint &globalPos);
    void quickAdd(BoardColumnWidget *column, const QString &name, qint64 budget,
                  const QString &contactName, qint64 contactId);
    // Fills the selector from core and shows `preferred` (else the first); returns the shown.
    qint64 refillPipelines(qint64 preferred);
    void choosePreset(const Core::RecordFilter &preset);
    void savePreset();
    void placeDropZones();
    void reload(const QList<qint64> &stageIds = {});
    void rebuildColumns(const QList<Core::BoardColumn> &columns, const Core::BoardFilter &filter);
    void updateTotals();
    void arrangeHeader();
    void updateClosedVisibility();
    void fillResponsibleFilter();
    void applyFilter();
    void scrollNearEdge(const QPoint &globalPos);
    // The admin's pipeline setup; the board and the pipeline list reload if it changed.
    void openSetup();

    Core::Session &m_session;
    qint64 m_pipelineId = 0;
    QLabel *m_title;
    QHBoxLayout *m_header = nullptr; // the first row
    QWidget *m_headerBox = nullptr;
    QWidget *m_filterBar = nullptr; // responsible, filters, search, won and lost
    QGridLayout *m_filterGrid = nullptr;
    QHBoxLayout *m_secondRow = nullptr;
    enum class HeaderMode { Unset, OneRow, TwoRows, ThreeRows };
    HeaderMode m_headerMode = HeaderMode::Unset;
    QComboBox *m_pipelines;
    QLabel *m_totals;
    QComboBox *m_responsible;
    QLineEdit *m_search;
    BoardFilterButton *m_filters;
    QTimer m_debounce;
    QCheckBox *m_showClosed;
    QToolButton *m_setup;
    QScrollArea *m_scroll;
    QWidget *m_strip;
    QHBoxLayout *m_stripLayout;
    QLabel *m_error;
    DropZoneBar *m_dropZones;
    QList<BoardColumnWidget *> m_columns;
    QUndoStack *m_undo;
    BoardMover *m_mover;
    QTimer m_watch;
    qint64 m_dataVersion = -1;
    bool m_dragging = false;
    bool m_activated = false;
    bool m_loaded = false;
};

} // namespace Voronka::Ui
