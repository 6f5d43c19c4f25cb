// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardview.h"

#include "core/services/records.h"
#include "core/services/session.h"
#include "core/util/clock.h"
#include "ui/board/boardcolumnmodel.h"
#include "ui/board/boardcolumnwidget.h"
#include "ui/board/boardfilterbutton.h"
#include "ui/board/boardmover.h"
#include "ui/board/cardlist.h"
#include "ui/board/dropzone.h"
#include "ui/board/dropzonebar.h"
#include "ui/board/quickadd.h"
#include "ui/lists/listtable.h"
#include "ui/settings/pipelinesetupdialog.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/recordscommand.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/undonotice.h"
#include "ui/widgets/undoscope.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Voronka::Ui {

namespace {
const QString kPipelineSetting = QStringLiteral("board/pipeline/%1");
const QString kShowClosedSetting = QStringLiteral("board/showClosed");
constexpr int kDebounceMs = 200;
constexpr int kHeaderSpacing = 14;
constexpr int kWatchMs = 1500; // how often the file is checked for others' changes
// The responsible filter's entries other than a user's id.
constexpr qint64 kAllDeals = 0;
constexpr qint64 kMyDeals = -1;

// Per user: several people may sign in on one computer, each with their own habit.
bool isClosed(const Core::StageInfo &stage)
{
    return stage.kind == Core::StageKind::Won || stage.kind == Core::StageKind::Lost;
}

QString responsibleSetting(const Core::UserInfo &actor)
{
    return QStringLiteral("board/responsible/") + listSettingsUser(actor);
}

QString pipelineSetting(const Core::UserInfo &actor)
{
    return kPipelineSetting.arg(listSettingsUser(actor));
}
} // namespace

BoardView::BoardView(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Deals"), this))
    , m_pipelines(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_responsible(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_filters(new BoardFilterButton(session, this))
    , m_showClosed(new QCheckBox(tr("Show won and lost"), this))
    , m_setup(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget)
    , m_stripLayout(new QHBoxLayout(m_strip))
    , m_error(new QLabel(this))
    , m_dropZones(new DropZoneBar(this))
    , m_undo(new QUndoStack(this))
    , m_mover(new BoardMover(session, *m_undo, this))
{
    setObjectName(QStringLiteral("dealsBoard"));
    setUpControls();
    buildLayout();
    // Remembered per user; the first time, the pipeline holding most of the user's deals.
    const QVariant remembered = QSettings().value(pipelineSetting(m_session.actor()));
    m_pipelineId = refillPipelines(remembered.isValid() ? remembered.toLongLong()
                                                        : Core::Board::usualPipeline(m_session));
    fillResponsibleFilter();
    arrangeHeader();
    connectSignals();
    addShortcuts();
}

// The header's controls and the error line.
void BoardView::setUpControls()
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_pipelines->setObjectName(QStringLiteral("pipelineSelector"));
    m_pipelines->setAccessibleName(tr("Pipeline"));
    m_pipelines->setMinimumWidth(150);
    m_totals->setObjectName(QStringLiteral("boardTotals"));
    m_responsible->setObjectName(QStringLiteral("boardResponsibleFilter"));
    m_responsible->setAccessibleName(tr("Responsible"));
    // A long user name must not push the header wider than the window.
    m_responsible->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_responsible->setMinimumContentsLength(9);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setAccessibleName(tr("Filter deals"));
    m_search->setPlaceholderText(tr("Filter deals…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search"), Theme::current().muted),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(120);
    m_search->setMaximumWidth(320);
    m_showClosed->setObjectName(QStringLiteral("showClosedToggle"));
    m_showClosed->setChecked(QSettings().value(kShowClosedSetting, false).toBool());
    m_setup->setObjectName(QStringLiteral("boardSetupButton"));
    m_setup->setIcon(Icons::icon(QStringLiteral("settings"), Theme::current().text));
    m_setup->setToolTip(tr("Set up pipelines and stages"));
    m_setup->setAccessibleName(m_setup->toolTip());
    m_setup->setVisible(m_session.principal().admin);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    // Floats over the bottom of the columns (see resizeEvent): showing it mid-drag must not
    // shift the cards under the pointer.
    m_dropZones->hide();
}

void BoardView::buildLayout()
{
    // The header: pipeline and totals, then the filters. In a narrow board (a card docked
    // beside it) the filters take a second row, and the search a third (arrangeHeader).
    m_headerBox = new QWidget(this);
    m_headerBox->setObjectName(QStringLiteral("boardHeader"));
    auto *rows = new QVBoxLayout(m_headerBox);
    rows->setContentsMargins(0, 0, 0, 0);
    rows->setSpacing(10);
    auto *header = new QHBoxLayout;
    header->setSpacing(kHeaderSpacing);
    header->addWidget(m_title, 0, Qt::AlignVCenter);
    header->addWidget(m_pipelines, 0, Qt::AlignVCenter);
    // The totals take the room that is left (and wrap onto two lines when it is short), so a
    // long total in a narrow window never widens the window.
    m_totals->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    header->addWidget(m_totals, 1, Qt::AlignVCenter);
    header->addWidget(m_setup, 0, Qt::AlignVCenter);
    m_header = header;
    rows->addLayout(header);
    m_filterBar = new QWidget(m_headerBox);
    m_filterBar->setObjectName(QStringLiteral("boardFilterBar"));
    m_filterGrid = new QGridLayout(m_filterBar);
    m_filterGrid->setContentsMargins(0, 0, 0, 0);
    m_filterGrid->setHorizontalSpacing(kHeaderSpacing);
    m_filterGrid->setVerticalSpacing(10);
    m_secondRow = new QHBoxLayout;
    m_secondRow->setContentsMargins(0, 0, 0, 0);
    rows->addLayout(m_secondRow);
    m_strip->setObjectName(QStringLiteral("boardStrip"));
    m_stripLayout->setContentsMargins(0, 0, 0, 8);
    m_stripLayout->setSpacing(12);
    m_stripLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_strip->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 12);
    layout->setSpacing(16);
    layout->addWidget(m_headerBox);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);
}

void BoardView::connectSignals()
{
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BoardView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &BoardView::applyFilter);
    connect(m_responsible, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(responsibleSetting(m_session.actor()), m_responsible->currentData());
        applyFilter();
    });
    connect(m_pipelines, &QComboBox::currentIndexChanged, this,
            [this] { setPipeline(m_pipelines->currentData().toLongLong()); });
    connect(m_dropZones, &DropZoneBar::cardsDropped, this,
            [this](const QList<qint64> &deals, qint64 from, qint64 target) {
                if (target == DropZone::kDelete)
                    m_mover->remove(deals, from);
                else
                    moveCards(deals, from, target, 0);
            });
    connect(m_mover, &BoardMover::changed, this, [this](const QList<qint64> &stages) {
        m_dataVersion = m_session.db().dataVersion();
        reload(stages);
    });
    connect(m_mover, &BoardMover::failed, this, &BoardView::moveFailed);
    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, [this] { refreshIfChangedElsewhere(); });
    connect(m_showClosed, &QCheckBox::toggled, this, &BoardView::setShowClosed);
    connect(m_setup, &QToolButton::clicked, this, &BoardView::openSetup);
    connect(m_filters, &BoardFilterButton::changed, this, &BoardView::applyFilter);
    connect(m_filters, &BoardFilterButton::presetChosen, this, &BoardView::choosePreset);
    connect(m_filters, &BoardFilterButton::saveRequested, this, &BoardView::savePreset);
    connect(this, &BoardView::moveFailed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The deal was not moved"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("moveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): a drop must return to the event loop at once
    });
}

void BoardView::addShortcuts()
{
    // Undo and redo of what was done on the board; the shortcuts work wherever the focus is
    // within the board.
    makeUndoScope(m_undo, this);
    new UndoNotice(m_undo, this); // "Moved «Alpha» to Won · Undo"
    auto *newDeal = new QAction(tr("New deal"), this);
    newDeal->setObjectName(QStringLiteral("boardNewDeal"));
    newDeal->setShortcut(QKeySequence::New);
    newDeal->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(newDeal, &QAction::triggered, this, &BoardView::addDealInFocusedStage);
    addAction(newDeal);
}

void BoardView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_dataVersion = m_session.db().dataVersion();
    reload();
    m_watch.start();
}

void BoardView::refreshIfChangedElsewhere(bool force)
{
    // Not under a drag or an open prompt: the columns must not change beneath the user.
    if (!m_activated || m_dragging || m_mover->busy())
        return;
    const qint64 version = m_session.db().dataVersion();
    if (version == m_dataVersion && !force)
        return;
    m_dataVersion = version;
    // Settings may have changed too (stages, users, pipelines): the session reloads them only
    // when the file's settings_version moved, not on every deal a colleague drags.
    m_session.refreshIfStale();
    const qint64 shown = refillPipelines(m_pipelineId);
    if (shown != m_pipelineId)
        setPipeline(shown); // the one shown was deleted elsewhere
    else
        reload();
}

qint64 BoardView::refillPipelines(qint64 preferred)
{
    const QSignalBlocker block(m_pipelines);
    m_pipelines->clear();
    for (const Core::PipelineInfo &p : m_session.visiblePipelines())
        m_pipelines->addItem(p.name, p.id);
    const int index = m_pipelines->findData(preferred);
    m_pipelines->setCurrentIndex(index >= 0 ? index : 0);
    return m_pipelines->currentData().toLongLong();
}

void BoardView::addDealInFocusedStage()
{
    BoardColumnWidget *target = nullptr;
    for (BoardColumnWidget *c : std::as_const(m_columns))
        if (c->isAncestorOf(focusWidget()) && c->quickAdd())
            target = c;
    for (BoardColumnWidget *c : std::as_const(m_columns))
        if (!target && c->stage().kind == Core::StageKind::Open)
            target = c;
    if (target) {
        m_scroll->ensureWidgetVisible(target);
        target->openQuickAdd();
    }
}

void BoardView::refresh()
{
    if (m_activated)
        reload();
}

void BoardView::setPipeline(qint64 pipelineId)
{
    if (pipelineId == m_pipelineId && !m_columns.isEmpty())
        return;
    m_pipelineId = pipelineId;
    QSettings().setValue(pipelineSetting(m_session.actor()), pipelineId);
    emit pipelineChanged(pipelineId);
    const int index = m_pipelines->findData(pipelineId);
    if (index >= 0 && index != m_pipelines->currentIndex())
        m_pipelines->setCurrentIndex(index);
    qDeleteAll(m_columns);
    m_columns.clear();
    if (m_activated)
        reload();
}

void BoardView::openSetup()
{
    auto *dialog = new PipelineSetupDialog(m_session, m_pipelineId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->changed())
            return;
        const qint64 shown = refillPipelines(dialog->pipelineId());
        qDeleteAll(m_columns); // stages may have come, gone or moved: build the columns anew
        m_columns.clear();
        setPipeline(shown);
    });
    dialog->open();
}

void BoardView::setShowClosed(bool show)
{
    QSettings().setValue(kShowClosedSetting, show);
    if (m_showClosed->isChecked() != show)
        m_showClosed->setChecked(show);
    updateClosedVisibility();
    updateTotals();
}

void BoardView::fillResponsibleFilter()
{
    m_responsible->addItem(tr("All deals"), kAllDeals);
    m_responsible->addItem(tr("My deals"), kMyDeals);
    // The people whose deals the role lets the viewer see: a head their department, not names
    // that would only ever show empty columns.
    for (const Core::UserInfo &u : m_session.visibleResponsibles(Core::PermEntity::Deal))
        if (u.id != m_session.actor().id)
            m_responsible->addItem(u.name.isEmpty() ? u.email : u.name, u.id);
    const QVariant remembered = QSettings().value(responsibleSetting(m_session.actor()));
    const int index = remembered.isValid() ? m_responsible->findData(remembered.toLongLong()) : -1;
    m_responsible->setCurrentIndex(index >= 0 ? index : 0);
}

Core::BoardFilter BoardView::filter() const
{
    Core::BoardFilter f;
    const qint64 responsible = m_responsible->currentData().toLongLong();
    // The board picks one person (or everyone); the filter could hold several.
    if (const qint64 who = responsible == kMyDeals ? m_session.actor().id : responsible)
        f.responsibleIds = {who};
    f.text = m_search->text().trimmed();
    m_filters->applyTo(f);
    return f;
}

void BoardView::choosePreset(const Core::RecordFilter &preset)
{
    {
        const QSignalBlocker b1(m_responsible), b2(m_search);
        const qint64 chosen = preset.responsibleIds.value(0);
        const qint64 who = chosen == m_session.actor().id ? kMyDeals : chosen;
        const int index = m_responsible->findData(who);
        m_responsible->setCurrentIndex(index >= 0 ? index : 0);
        m_search->setText(preset.text);
    }
    applyFilter();
}

void BoardView::savePreset()
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("Save filter preset"), tr("Name of the preset:"),
                              QLineEdit::Normal, QString(), &ok)
            .trimmed();
    if (ok && !name.isEmpty())
        m_filters->savePreset(name, filter());
}

void BoardView::applyFilter()
{
    m_debounce.stop();
    if (m_activated)
        reload();
    emit filterChanged();
}

void BoardView::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget, 0, Qt::AlignVCenter);
    m_headerMode = HeaderMode::Unset;
    arrangeHeader();
}

namespace {
int minWidthOf(const QWidget *w)
{
    return w->isHidden() ? 0 : w->minimumSizeHint().expandedTo(w->minimumSize()).width();
}
} // namespace

// One row while everything fits; else the filters go to a second
// row, and in a very narrow board the search to a third. The board's minimum is always the
// narrowest arrangement's, so a card docked beside it can take the room.
void BoardView::arrangeHeader()
{
    int top = 0, items = 0; // the first row without the filters
    for (int i = 0; i < m_header->count(); ++i)
        if (QWidget *w = m_header->itemAt(i)->widget(); w && w != m_filterBar && !w->isHidden()) {
            top += w == m_totals ? m_totals->minimumWidth() : minWidthOf(w);
            ++items;
        }
    top += kHeaderSpacing * qMax(0, items - 1);
    const int responsible = minWidthOf(m_responsible), filters = minWidthOf(m_filters),
              closed = minWidthOf(m_showClosed), search = minWidthOf(m_search);
    const int oneLine = responsible + filters + search + closed + 3 * kHeaderSpacing;
    const int stacked = qMax(responsible + filters + closed + 2 * kHeaderSpacing, search);
    m_headerBox->setMinimumWidth(qMax(top, stacked));

    constexpr int kSlack = 20; // beyond everyone's minimum, for one row
    const int room = m_headerBox->width();
    const HeaderMode mode = room >= top + kHeaderSpacing + oneLine + kSlack ? HeaderMode::OneRow
                            : room >= qMax(top, oneLine)                    ? HeaderMode::TwoRows
                                                                            : HeaderMode::ThreeRows;
    if (mode == m_headerMode)
        return;
    m_headerMode = mode;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_responsible, m_filters, m_search, m_showClosed})
        m_filterGrid->removeWidget(w);
    m_header->removeWidget(m_filterBar);
    m_secondRow->removeWidget(m_filterBar);
    const Qt::Alignment v = Qt::AlignVCenter;
    m_filterGrid->addWidget(m_responsible, 0, 0, v);
    m_filterGrid->addWidget(m_filters, 0, 1, v);
    if (mode == HeaderMode::ThreeRows) {
        m_filterGrid->addWidget(m_showClosed, 0, 2, v);
        m_filterGrid->addWidget(m_search, 1, 0, 1, 4);
        m_filterGrid->setColumnStretch(2, 0);
        m_filterGrid->setColumnStretch(3, 1);
    } else {
        m_filterGrid->addWidget(m_search, 0, 2, v);
        m_filterGrid->addWidget(m_showClosed, 0, 3, v);
        m_filterGrid->setColumnStretch(2, 1);
        m_filterGrid->setColumnStretch(3, 0);
    }
    // The search keeps its maximum in one row; under the filters it spans their width.
    m_search->setMaximumWidth(mode == HeaderMode::ThreeRows ? QWIDGETSIZE_MAX : 320);
    if (mode == HeaderMode::OneRow)
        m_header->insertWidget(m_header->indexOf(m_setup), m_filterBar, 2);
    else
        m_secondRow->addWidget(m_filterBar);
}

BoardColumnWidget *BoardView::column(qint64 stageId) const
{
    for (BoardColumnWidget *c : m_columns)
        if (c->stage().id == stageId)
            return c;
    return nullptr;
}

void BoardView::reload(const QList<qint64> &stageIds)
{
    const Core::BoardFilter current = filter();
    Core::Result<QList<Core::BoardColumn>> loaded =
        Core::Board(m_session, m_pipelineId).load(current);
    m_loaded = true;
    if (!loaded) {
        m_error->setText(loaded.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    bool sameStages = loaded->size() == m_columns.size();
    for (int i = 0; sameStages && i < loaded->size(); ++i)
        sameStages = loaded->at(i).stage.id == m_columns.at(i)->stage().id;
    if (!sameStages) {
        rebuildColumns(*loaded, current);
    } else {
        // Only the columns a move touched: the others keep their scroll and loaded pages.
        for (int i = 0; i < loaded->size(); ++i)
            if (stageIds.isEmpty() || stageIds.contains(loaded->at(i).stage.id))
                m_columns.at(i)->setColumn(loaded->at(i), current);
    }
    updateTotals();
}

void BoardView::rebuildColumns(const QList<Core::BoardColumn> &columns,
                               const Core::BoardFilter &filter)
{
    qDeleteAll(m_columns);
    m_columns.clear();
    Core::StageInfo won, lost;
    for (const Core::BoardColumn &col : columns) {
        if (col.stage.kind == Core::StageKind::Won)
            won = col.stage;
        else if (col.stage.kind == Core::StageKind::Lost)
            lost = col.stage;
        auto *w = new BoardColumnWidget(m_session, m_pipelineId, col.stage, m_strip);
        w->setColumn(col, filter);
        connectColumn(w);
        m_stripLayout->insertWidget(m_stripLayout->count() - 1, w);
        m_columns << w;
    }
    QList<Core::PipelineInfo> others;
    for (const Core::PipelineInfo &p : m_session.visiblePipelines())
        if (p.id != m_pipelineId)
            others << p;
    m_dropZones->setTargets(won, lost, others,
                            Core::Permissions::scope(m_session.principal(), Core::PermEntity::Deal,
                                                     Core::PermAction::Delete) !=
                                Core::Scope::None);
    updateClosedVisibility();
}

void BoardView::scrollNearEdge(const QPoint &globalPos)
{
    // A card dragged towards a column out of view scrolls the board along.
    constexpr int kEdge = 60, kStep = 24;
    const int x = m_scroll->viewport()->mapFromGlobal(globalPos).x();
    QScrollBar *bar = m_scroll->horizontalScrollBar();
    if (x > m_scroll->viewport()->width() - kEdge)
        bar->setValue(bar->value() + kStep);
    else if (x < kEdge)
        bar->setValue(bar->value() - kStep);
}

void BoardView::updateClosedVisibility()
{
    for (BoardColumnWidget *c : m_columns)
        c->setVisible(!isClosed(c->stage()) || m_showClosed->isChecked());
}

QString BoardView::totalsText() const
{
    qint64 count = 0, sum = 0;
    QString currency = QStringLiteral("RUB");
    for (const BoardColumnWidget *c : m_columns) {
        if (isClosed(c->stage()) && !m_showClosed->isChecked())
            continue;
        count += c->model()->count();
        sum += c->model()->budgetSum();
        if (c->model()->rowCount() > 0)
            currency = c->model()->cardAt(0).currency;
    }
    return tr("%Ln deal(s)", nullptr, int(qMin<qint64>(count, INT_MAX))) + QStringLiteral("  ·  ") +
           Money::format(sum, currency);
}

void BoardView::updateTotals()
{
    // One line when it fits; else the count over the sum.
    const QString one = totalsText();
    const QString sep = QStringLiteral("  ·  ");
    const QString two = QString(one).replace(sep, QStringLiteral("\n"));
    const QFontMetrics fm = m_totals->fontMetrics();
    int widest = 0;
    for (const QString &line : two.split(QLatin1Char('\n')))
        widest = qMax(widest, fm.horizontalAdvance(line));
    m_totals->setMinimumWidth(widest + 4);
    m_totals->setText(m_totals->width() >= fm.horizontalAdvance(one) + 4 ? one : two);
    m_totals->setToolTip(one);
    arrangeHeader(); // the totals' minimum counts in the header's
}

void BoardView::showDropZones(bool show)
{
    if (show) {
        placeDropZones();
        m_dropZones->raise();
        m_dropZones->show();
    } else {
        m_dropZones->hide();
    }
}

void BoardView::placeDropZones()
{
    constexpr int kHeight = 80, kMargin = 16, kMaxWidth = 1040;
    const QRect area = m_scroll->geometry();
    const int width = qMin(area.width(), kMaxWidth);
    m_dropZones->setGeometry(area.left() + (area.width() - width) / 2,
                             area.bottom() - kHeight - kMargin, width, kHeight);
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    arrangeHeader();
    placeDropZones();
    updateTotals();
}

void BoardView::moveCards(const QList<qint64> &dealIds, qint64 fromStageId, qint64 toStageId,
                          qint64 beforeDealId)
{
    m_mover->move(dealIds, fromStageId, toStageId, beforeDealId);
}

void BoardView::connectColumn(BoardColumnWidget *w)
{
    CardList *list = w->list();
    connect(w, &BoardColumnWidget::cardsDropped, this, &BoardView::moveCards);
    connect(list, &CardList::dragHovered, this, &BoardView::scrollNearEdge);
    connect(list, &CardList::dragStarted, this, [this] {
        m_dragging = true;
        showDropZones(true);
    });
    connect(list, &CardList::dragFinished, this, [this] {
        m_dragging = false;
        showDropZones(false);
    });
    connect(list, &CardList::neighbourRequested, this,
            [this, w](int direction) { focusNeighbour(w, direction); });
    connect(list, &CardList::openRequested, this, &BoardView::openDealRequested);
    connect(list, &CardList::deleteRequested, this,
            [this, w](const QList<qint64> &deals) { confirmDelete(deals, w->stage().id); });
    connect(
        list, &CardList::menuRequested, this,
        [this, w](const QList<qint64> &deals, const QPoint &pos) { showCardMenu(w, deals, pos); });
    connect(list, &CardList::incomingDecided, this, [this, w](qint64 deal, bool accepted) {
        if (accepted)
            m_mover->accept(deal, w->stage().id);
        else
            m_mover->decline(deal, w->stage().id);
    });
    if (QuickAdd *form = w->quickAdd())
        connect(form, &QuickAdd::submitted, this, [this, w](const QuickAdd::Values &v) {
            quickAdd(w, v.name, v.budget, v.contactName, v.contactId);
        });
}

void BoardView::focusNeighbour(BoardColumnWidget *from, int direction)
{
    int i = int(m_columns.indexOf(from));
    const int row = from->list()->currentIndex().isValid() ? from->list()->currentIndex().row() : 0;
    for (i += direction; i >= 0 && i < m_columns.size(); i += direction) {
        BoardColumnWidget *c = m_columns.at(i);
        if (!c->isVisible() || c->model()->rowCount() == 0)
            continue;
        c->list()->setFocus(Qt::TabFocusReason);
        c->list()->selectRow(row);
        m_scroll->ensureWidgetVisible(c);
        return;
    }
}

void BoardView::confirmDelete(const QList<qint64> &dealIds, qint64 fromStageId)
{
    if (Core::Permissions::scope(m_session.principal(), Core::PermEntity::Deal,
                                 Core::PermAction::Delete) == Core::Scope::None)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete deals"),
                                tr("Move %n deal(s) to the recycle bin? Undo brings them back.",
                                   nullptr, int(dealIds.size())),
                                QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteDealsBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::accepted, this,
            [this, dealIds, fromStageId] { m_mover->remove(dealIds, fromStageId); });
    box->open();
}

void BoardView::showCardMenu(BoardColumnWidget *column, const QList<qint64> &dealIds,
                             const QPoint &globalPos)
{
    if (dealIds.isEmpty())
        return;
    const qint64 from = column->stage().id;
    auto *menu = new QMenu(this);
    menu->setObjectName(QStringLiteral("cardMenu"));
    menu->setAttribute(Qt::WA_DeleteOnClose);
    if (dealIds.size() == 1)
        menu->addAction(tr("Open"), this,
                        [this, id = dealIds.first()] { emit openDealRequested(id); });
    if (column->stage().kind == Core::StageKind::Incoming && dealIds.size() == 1) {
        menu->addAction(tr("Accept"), this,
                        [this, id = dealIds.first(), from] { m_mover->accept(id, from); });
        menu->addAction(tr("Decline…"), this,
                        [this, id = dealIds.first(), from] { m_mover->decline(id, from); });
    }
    QMenu *moveTo = menu->addMenu(tr("Move to"));
    for (const Core::PipelineInfo &p : m_session.visiblePipelines()) {
        if (p.id != m_pipelineId)
            moveTo->addSection(p.name);
        for (const Core::StageInfo &st : p.stages) {
            if (st.id == from || st.kind == Core::StageKind::Incoming)
                continue;
            moveTo->addAction(stageDisplayName(st), this, [this, dealIds, from, to = st.id] {
                moveCards(dealIds, from, to, 0);
            });
        }
    }
    if (Core::Permissions::scope(m_session.principal(), Core::PermEntity::Deal,
                                 Core::PermAction::Delete) != Core::Scope::None) {
        menu->addSeparator();
        menu->addAction(tr("Delete…"), this,
                        [this, dealIds, from] { confirmDelete(dealIds, from); });
    }
    menu->popup(globalPos);
}

void BoardView::quickAdd(BoardColumnWidget *column, const QString &name, qint64 budget,
                         const QString &contactName, qint64 contactId)
{
    Core::Records records(m_session);
    // The deal and its new contact commit together, or neither does.
    m_session.beginBatch();
    qint64 contact = contactId;
    if (!contactName.isEmpty() && !contact) {
        Core::Result<qint64> created =
            records.create(Core::EntityKind::Contact, {{QStringLiteral("name"), contactName}});
        if (!created) {
            m_session.rollbackBatch();
            column->quickAdd()->showError(created.error().message);
            return;
        }
        contact = *created;
    }
    // At the top of the column, where the user is looking.
    const BoardColumnModel *model = column->model();
    const double order = model->rowCount() > 0 ? model->cardAt(0).sortOrder - 1.0 : 0.0;
    Core::Patch deal{{QStringLiteral("name"), name},
                     {QStringLiteral("budget"), budget},
                     {QStringLiteral("stage_id"), column->stage().id},
                     {QStringLiteral("sort_order"), order},
                     {QStringLiteral("responsible_id"), m_session.actor().id}};
    if (contact)
        deal.insert(QStringLiteral("contacts"), QVariantList{contact});
    Core::Result<qint64> id = records.create(Core::EntityKind::Deal, deal);
    if (!id) {
        m_session.rollbackBatch();
        column->quickAdd()->showError(id.error().message);
        return;
    }
    if (Core::Status st = m_session.commitBatch(); !st) {
        column->quickAdd()->showError(st.error().message);
        return;
    }
    m_undo->push(new RecordsCommand(m_session, tr("Add «%1»").arg(name), {},
                                    [this, stage = column->stage().id](
                                        const QList<Core::Records::Step> &, const QString &error) {
                                        m_dataVersion = m_session.db().dataVersion();
                                        reload({stage});
                                        if (!error.isEmpty())
                                            emit moveFailed(error);
                                    },
                                    {RecordRef{Core::EntityKind::Deal, *id}}));
    column->quickAdd()->open(); // ready for the next one
    reload({column->stage().id});
}

} // namespace Voronka::Ui
