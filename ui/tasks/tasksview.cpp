// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tasksview.h"

#include "core/services/session.h"
#include "ui/tasks/attentionview.h"
#include "ui/tasks/completebar.h"
#include "ui/tasks/taskboard.h"
#include "ui/tasks/tasklistmodel.h"
#include "ui/tasks/taskoutput.h"
#include "core/tasks/teamgrid.h"
#include "ui/widgets/columnfit.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/recordscommand.h"
#include "ui/widgets/taskdialog.h"
#include "ui/widgets/tasktypeicon.h"
#include "ui/widgets/taskundo.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/undonotice.h"
#include "ui/widgets/undoscope.h"

#include <algorithm>

#include <QAction>
#include <QButtonGroup>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStyledItemDelegate>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
// List rows with air: the default height packs a busy day's tasks too tightly to read.
class RowDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        return QStyledItemDelegate::sizeHint(option, index) + QSize(0, 10);
    }
};

// "tasks/board" (a bool) is what earlier versions remembered; it is still read once.
const QString kOldModeSetting = QStringLiteral("tasks/board");
const QString kModeSetting = QStringLiteral("tasks/mode");
const QString kWhoSetting = QStringLiteral("tasks/responsible");
enum class Period { Any, Today, Next7, Next30, Past30 };
} // namespace

TasksView::TasksView(Core::Session &session, QTimeZone zone, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_zone(std::move(zone))
    , m_dayTimer(new QTimer(this))
    , m_title(new QLabel(tr("Tasks"), this))
    , m_summary(new QLabel(this))
    , m_responsible(new QComboBox(this))
    , m_type(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_link(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_listMode(new QToolButton(this))
    , m_boardMode(new QToolButton(this))
    , m_attentionMode(new QToolButton(this))
    , m_completeAction(new QPushButton(tr("Complete…"), this))
    , m_reopenAction(new QPushButton(tr("Reopen"), this))
    , m_openLinked(new QPushButton(tr("Open linked record"), this))
    , m_newTask(new QPushButton(tr("New task"), this))
    , m_output(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_empty(new QLabel(tr("No tasks match these filters."), this))
    , m_stack(new QStackedWidget(this))
    , m_tree(new QTreeView(this))
    , m_model(new TaskListModel(session, m_zone, this))
    , m_board(new TaskBoard(session, m_zone, this))
    , m_attention(new AttentionView(session, m_zone, this))
    , m_complete(new CompleteBar(session, this))
    , m_outputJob(new TaskOutput(session, m_zone, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("tasksView"));
    setUpFilters();
    setUpModeButtons();
    setUpOutputMenu();
    setUpList();
    buildLayout();
    fillFilters();
    restoreMode();
    connectSignals();
    setUpUndo();
    updateActions();
}

// One undo history for the section: after an undo or a redo the view reads the tasks
// again, and a step refused (a colleague changed the task since) says so above the list.
void TasksView::setUpUndo()
{
    m_undo->setObjectName(QStringLiteral("tasksUndoStack"));
    makeUndoScope(m_undo, this);
    new UndoNotice(m_undo, this); // "Moved «Alpha» to Won · Undo"
    m_complete->setUndo(m_undo, undoDone());
    m_board->setUndo(m_undo, undoDone());
    connect(m_attention, &AttentionView::taskCreated, this, &TasksView::pushCreated);
}

TaskDialog *TasksView::newTask()
{
    if (!m_newTask->isEnabled())
        return nullptr;
    if (m_newDialog)
        return m_newDialog;
    const QDateTime now = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone);
    const QDateTime start(now.date(), QTime(now.time().hour(), 0), m_zone);
    m_newDialog = new TaskDialog(m_session, m_zone, start.addSecs(3600), false,
                                 m_session.actor().id, this);
    m_newDialog->setObjectName(QStringLiteral("tasksNewTaskDialog"));
    m_newDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_newDialog, &QDialog::accepted, this, [this, dialog = m_newDialog.data()] {
        reload();
        pushCreated(dialog->createdId());
        selectTask(dialog->createdId());
    });
    m_newDialog->open();
    return m_newDialog;
}

void TasksView::pushCreated(qint64 taskId)
{
    if (RecordsCommand *step = TaskUndo::created(m_session, taskId, undoDone()))
        m_undo->push(step);
}

RecordsCommand::Done TasksView::undoDone()
{
    return [this](const QList<Core::Records::Step> &, const QString &message) {
        reload();
        if (!message.isEmpty())
            showError(message);
    };
}

// The title, the summary and the filter row's boxes.
void TasksView::setUpFilters()
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_summary->setObjectName(QStringLiteral("tasksSummary"));
    m_responsible->setObjectName(QStringLiteral("tasksResponsibleFilter"));
    m_responsible->setAccessibleName(tr("Whose tasks"));
    m_responsible->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_responsible->setMinimumContentsLength(12);
    m_type->setObjectName(QStringLiteral("tasksTypeFilter"));
    m_type->setAccessibleName(tr("Task type"));
    m_status->setObjectName(QStringLiteral("tasksStatusFilter"));
    m_status->setAccessibleName(tr("Status"));
    m_period->setObjectName(QStringLiteral("tasksPeriodFilter"));
    m_period->setAccessibleName(tr("Period"));
    m_link->setObjectName(QStringLiteral("tasksLinkFilter"));
    m_link->setAccessibleName(tr("Linked to"));
    m_search->setObjectName(QStringLiteral("tasksSearch"));
    m_search->setAccessibleName(tr("Filter tasks"));
    m_search->setPlaceholderText(tr("Filter tasks…"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(180);
    m_search->addAction(Icons::icon(QStringLiteral("search"), Theme::current().muted),
                        QLineEdit::LeadingPosition);
    m_search->setMaximumWidth(260);
}

// List, board and attention: one exclusive group; the selected task's actions.
void TasksView::setUpModeButtons()
{
    m_listMode->setObjectName(QStringLiteral("tasksListMode"));
    m_listMode->setText(tr("List"));
    m_listMode->setCheckable(true);
    m_boardMode->setObjectName(QStringLiteral("tasksBoardMode"));
    m_boardMode->setText(tr("Board"));
    m_boardMode->setCheckable(true);
    auto *modes = new QButtonGroup(this);
    modes->setExclusive(true);
    modes->addButton(m_listMode);
    modes->addButton(m_boardMode);
    m_attentionMode->setObjectName(QStringLiteral("tasksAttentionMode"));
    m_attentionMode->setText(tr("Needs attention"));
    m_attentionMode->setToolTip(tr("Deals without an open task, and deals with an overdue one"));
    m_attentionMode->setCheckable(true);
    modes->addButton(m_attentionMode);
    for (QToolButton *b : {m_listMode, m_boardMode, m_attentionMode})
        b->setProperty("segment", true);
    m_completeAction->setObjectName(QStringLiteral("tasksCompleteAction"));
    m_reopenAction->setObjectName(QStringLiteral("tasksReopenAction"));
    m_openLinked->setObjectName(QStringLiteral("tasksOpenLinked"));
    m_newTask->setObjectName(QStringLiteral("tasksNewTask"));
    m_newTask->setProperty("sectionNew", true);
    m_newTask->setToolTip(tr("A new task of yours (%1)")
                              .arg(QKeySequence(QKeySequence::New)
                                       .toString(QKeySequence::NativeText)));
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &TasksView::newTask);
    connect(m_newTask, &QPushButton::clicked, this, &TasksView::newTask);
    if (Core::Permissions::scope(m_session.principal(), Core::PermEntity::Task,
                                 Core::PermAction::Create) == Core::Scope::None) {
        m_newTask->setEnabled(false);
        newAction->setEnabled(false);
        m_newTask->setToolTip(tr("Your role does not let you create tasks."));
    }
}

// Print, PDF and iCalendar, in one drop-down button.
void TasksView::setUpOutputMenu()
{
    m_output->setObjectName(QStringLiteral("tasksOutput"));
    m_output->setText(tr("Print / export") + QStringLiteral(" ▾"));
    m_output->setPopupMode(QToolButton::InstantPopup);
    // The style's menu arrow was drawn over the text's last letters: an arrow in the text.
    m_output->setStyleSheet(
        QStringLiteral("QToolButton::menu-indicator { image: none; width: 0px; }"));
    auto *menu = new QMenu(m_output);
    menu->setObjectName(QStringLiteral("tasksOutputMenu"));
    QAction *print = menu->addAction(tr("Print…"));
    print->setObjectName(QStringLiteral("tasksPrint"));
    print->setShortcut(QKeySequence::Print);
    connect(print, &QAction::triggered, this, &TasksView::print);
    QAction *pdf = menu->addAction(tr("Export PDF…"));
    pdf->setObjectName(QStringLiteral("tasksExportPdf"));
    connect(pdf, &QAction::triggered, this, &TasksView::exportPdfAs);
    QAction *ics = menu->addAction(tr("Export to iCalendar…"));
    ics->setObjectName(QStringLiteral("tasksExportIcs"));
    connect(ics, &QAction::triggered, this, &TasksView::exportIcsAs);
    QAction *xlsx = menu->addAction(tr("Export to Excel…"));
    xlsx->setObjectName(QStringLiteral("tasksExportXlsx"));
    connect(xlsx, &QAction::triggered, this, &TasksView::exportXlsxAs);
    m_output->setMenu(menu);
}

// The grouped task list, and the stack that shows it, the board or the attention view.
void TasksView::setUpList()
{
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_empty->setObjectName(QStringLiteral("tasksEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->hide();

    m_tree->setObjectName(QStringLiteral("tasksList"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new RowDelegate(m_tree));
    m_tree->setIconSize(QSize(14, 14));
    m_tree->setUniformRowHeights(true);
    m_tree->setRootIsDecorated(true);
    m_tree->setAlternatingRowColors(false);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Columns fill the width, the task's text taking most of what is spare; narrow (a card
    // docked beside), the text columns give way first (fitColumns), as in the other lists.
    m_tree->header()->setStretchLastSection(false);
    m_tree->viewport()->installEventFilter(this);
    m_stack->setObjectName(QStringLiteral("tasksStack"));
    m_stack->addWidget(m_tree);
    m_stack->addWidget(m_board);
    m_stack->addWidget(m_attention);
}

void TasksView::buildLayout()
{
    // Both rows wrap when the section gets narrow (a card docked beside it).
    auto *header = new FlowLayout(nullptr, 12, 8);
    header->addWidget(m_title);
    header->addWidget(m_summary);
    header->addWidget(m_newTask);
    header->addStretch();
    // The selected task's actions stand with the section's: the filter row keeps its room.
    header->addWidget(FlowLayout::group(this, {m_completeAction, m_reopenAction, m_openLinked}));
    header->addWidget(
        FlowLayout::group(this, {m_output, m_listMode, m_boardMode, m_attentionMode}));
    auto *filters = new FlowLayout(nullptr, 10, 8);
    filters->addWidget(m_responsible);
    filters->addWidget(m_type);
    filters->addWidget(m_status);
    filters->addWidget(m_period);
    filters->addWidget(m_link);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_attention->toolBar(), 1);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 12);
    layout->setSpacing(12);
    layout->addLayout(header);
    layout->addLayout(filters);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);
    layout->addWidget(m_empty, 1);
    layout->addWidget(m_complete);
}

// The mode the user left the section in (an earlier version's bool is read once).
void TasksView::restoreMode()
{
    QSettings settings;
    const Mode remembered =
        settings.contains(kModeSetting)
            ? Mode(std::clamp(settings.value(kModeSetting).toInt(), 0, 2))
            : (settings.value(kOldModeSetting, false).toBool() ? Mode::Board : Mode::List);
    m_listMode->setChecked(remembered == Mode::List);
    m_boardMode->setChecked(remembered == Mode::Board);
    m_attentionMode->setChecked(remembered == Mode::Attention);
    m_stack->setCurrentWidget(remembered == Mode::Board       ? static_cast<QWidget *>(m_board)
                              : remembered == Mode::Attention ? static_cast<QWidget *>(m_attention)
                                                              : m_tree);
    updateModeWidgets();
}

void TasksView::connectSignals()
{
    m_dayTimer->setObjectName(QStringLiteral("tasksDayTimer"));
    m_dayTimer->setSingleShot(true);
    connect(m_dayTimer, &QTimer::timeout, this, [this] {
        if (isVisible())
            reload();
        else
            m_loaded = false;
    });
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(250);
    connect(&m_debounce, &QTimer::timeout, this, &TasksView::reload);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    for (QComboBox *box : {m_responsible, m_type, m_status, m_period, m_link})
        connect(box, &QComboBox::currentIndexChanged, this, [this] {
            if (m_loaded)
                reload();
        });
    connect(m_responsible, &QComboBox::currentIndexChanged, this,
            [this] { QSettings().setValue(kWhoSetting, m_responsible->currentData()); });
    connect(m_listMode, &QToolButton::clicked, this, [this] { setMode(Mode::List); });
    connect(m_boardMode, &QToolButton::clicked, this, [this] { setMode(Mode::Board); });
    connect(m_attentionMode, &QToolButton::clicked, this, [this] { setMode(Mode::Attention); });
    connect(m_attention, &AttentionView::openRecordRequested, this,
            &TasksView::openRecordRequested);
    connect(m_attention, &AttentionView::summaryChanged, this, [this](const QString &text) {
        if (mode() == Mode::Attention)
            m_summary->setText(text);
    });
    connect(m_completeAction, &QPushButton::clicked, this, &TasksView::completeCurrent);
    connect(m_reopenAction, &QPushButton::clicked, this, &TasksView::reopenCurrent);
    connect(m_openLinked, &QPushButton::clicked, this, &TasksView::openCurrentLink);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &i) {
        if (m_model->task(i))
            openCurrentLink();
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TasksView::updateActions);
    connect(m_board, &TaskBoard::selectionChanged, this, &TasksView::updateActions);
    connect(m_board, &TaskBoard::taskActivated, this, [this] { openCurrentLink(); });
    connect(m_board, &TaskBoard::moveFailed, this, &TasksView::showError);
    connect(m_board, &TaskBoard::taskMoved, this, [this] {
        m_error->hide();
        m_model->reload(filter());
        expandGroups();
    });
    connect(m_model, &TaskListModel::loadFailed, this, &TasksView::showError);
    connect(m_complete, &CompleteBar::completed, this, [this] { reload(); });
    connect(m_outputJob, &TaskOutput::finished, this, [this](const QString &error) {
        m_output->setEnabled(true);
        if (!error.isEmpty())
            showError(error);
    });
}

void TasksView::fillFilters()
{
    QVariant remembered = QSettings().value(kWhoSetting);
    m_responsible->addItem(tr("My tasks"), QStringLiteral("mine"));
    Core::TeamGrid grid(m_session, m_zone);
    Core::Result<QList<Core::TeamGridUser>> users = grid.visibleUsers();
    if (users && users->size() > 1) {
        m_responsible->addItem(tr("All tasks"), QStringLiteral("all"));
        Core::Result<QList<QPair<qint64, QString>>> departments = grid.visibleDepartments();
        if (departments && !departments->isEmpty()) {
            m_responsible->insertSeparator(m_responsible->count());
            for (const auto &[id, name] : *departments)
                m_responsible->addItem(tr("Department: %1").arg(name),
                                       QStringLiteral("d:%1").arg(id));
        }
        m_responsible->insertSeparator(m_responsible->count());
        for (const Core::TeamGridUser &u : *users)
            if (u.id != m_session.actor().id)
                m_responsible->addItem(u.name, QStringLiteral("u:%1").arg(u.id));
    }
    if (!remembered.isValid()) {
        // First visit: your own tasks, unless you have none (an admin or a head who plans
        // for others): then everyone's.
        Core::TaskFilter mine;
        mine.responsibleIds = {m_session.actor().id};
        Core::Result<std::array<qint64, Core::kDueBuckets>> n =
            Core::TaskQuery(m_session, m_zone).counts(mine);
        const bool none = n && std::all_of(n->cbegin(), n->cend(), [](qint64 c) { return c == 0; });
        remembered = none ? QStringLiteral("all") : QStringLiteral("mine");
    }
    const int at = m_responsible->findData(remembered);
    m_responsible->setCurrentIndex(at >= 0 ? at : 0);

    m_type->addItem(tr("All types"), qint64(0));
    if (Core::Result<QList<Core::TaskTypeInfo>> types = Core::TaskQuery(m_session).types())
        for (const Core::TaskTypeInfo &t : *types)
            m_type->addItem(TaskTypeIcon::icon(t.icon, t.color), t.name, t.id);

    m_status->addItem(tr("Open"), int(Core::TaskStatus::Open));
    m_status->addItem(tr("Done"), int(Core::TaskStatus::Done));
    m_status->addItem(tr("Cancelled"), int(Core::TaskStatus::Cancelled));
    m_status->addItem(tr("Any status"), -1);

    m_period->addItem(tr("Any time"), int(Period::Any));
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Next 7 days"), int(Period::Next7));
    m_period->addItem(tr("Next 30 days"), int(Period::Next30));
    m_period->addItem(tr("Past 30 days"), int(Period::Past30));

    m_link->addItem(tr("Any record"), int(Core::EntityKind::None));
    m_link->addItem(tr("Deals"), int(Core::EntityKind::Deal));
    m_link->addItem(tr("Contacts"), int(Core::EntityKind::Contact));
    m_link->addItem(tr("Companies"), int(Core::EntityKind::Company));
}

Core::TaskFilter TasksView::filter() const
{
    Core::TaskFilter f;
    const QString who = m_responsible->currentData().toString();
    if (who == u"mine")
        f.responsibleIds = {m_session.actor().id};
    else if (who.startsWith(u"u:"))
        f.responsibleIds = {who.mid(2).toLongLong()};
    else if (who.startsWith(u"d:"))
        f.departmentId = who.mid(2).toLongLong();
    if (const qint64 type = m_type->currentData().toLongLong())
        f.typeIds = {type};
    if (const int status = m_status->currentData().toInt(); status >= 0)
        f.statuses = {Core::TaskStatus(status)};
    const QDate today = this->today();
    auto start = [this](QDate d) {
        return d.startOfDay(m_zone).toMSecsSinceEpoch();
    };
    switch (Period(m_period->currentData().toInt())) {
    case Period::Any:
        break;
    case Period::Today:
        f.dueFrom = start(today);
        f.dueTo = start(today.addDays(1));
        break;
    case Period::Next7:
        f.dueFrom = start(today);
        f.dueTo = start(today.addDays(7));
        break;
    case Period::Next30:
        f.dueFrom = start(today);
        f.dueTo = start(today.addDays(30));
        break;
    case Period::Past30:
        f.dueFrom = start(today.addDays(-30));
        f.dueTo = start(today.addDays(1));
        break;
    }
    f.linkKind = Core::EntityKind(m_link->currentData().toInt());
    f.text = m_search->text();
    return f;
}

bool TasksView::isLoaded() const
{
    return m_loaded && (mode() != Mode::Attention || !m_attention->isLoading());
}

QDate TasksView::today() const
{
    return QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs(), m_zone).date();
}

void TasksView::scheduleDayChange()
{
    m_loadedDay = today();
    const qint64 midnight = m_loadedDay.addDays(1).startOfDay(m_zone).toMSecsSinceEpoch();
    m_dayTimer->start(int(std::clamp<qint64>(midnight - m_session.clock().nowMs() + 1000, 1000,
                                             24 * 3600 * 1000LL)));
}

void TasksView::activate()
{
    if (!m_loaded || today() != m_loadedDay)
        reload();
}

void TasksView::reload()
{
    m_loaded = true;
    scheduleDayChange();
    m_error->hide();
    const Core::TaskFilter f = filter();
    if (mode() == Mode::Attention) {
        m_empty->hide();
        m_stack->show();
        m_attention->setScope(f.responsibleIds, f.departmentId);
        m_attention->reload();
        m_summary->setText(m_attention->summary());
        updateActions();
        return;
    }
    if (boardMode())
        m_board->reload(f);
    m_model->reload(f);
    expandGroups();
    const qint64 total = m_model->total();
    m_summary->setText(tr("%Ln task(s)", nullptr, int(std::min<qint64>(total, INT_MAX))));
    m_empty->setVisible(total == 0 && !boardMode());
    m_stack->setVisible(total != 0 || boardMode());
    updateActions();
}

void TasksView::expandGroups()
{
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QModelIndex g = m_model->index(r, 0);
        m_tree->setFirstColumnSpanned(r, {}, true);
        m_tree->expand(g);
    }
}

TasksView::Mode TasksView::mode() const
{
    if (m_stack->currentWidget() == m_board)
        return Mode::Board;
    return m_stack->currentWidget() == m_attention ? Mode::Attention : Mode::List;
}

void TasksView::showTasksOf(const QString &whose, Core::TaskStatus status)
{
    const bool loaded = m_loaded;
    m_loaded = false; // one read for the lot, not one per filter
    const QString mine = QStringLiteral("u:%1").arg(m_session.actor().id);
    int who = m_responsible->findData(whose == mine ? QStringLiteral("mine") : whose);
    if (who < 0)
        who = m_responsible->findData(QStringLiteral("all"));
    if (who >= 0)
        m_responsible->setCurrentIndex(who);
    m_type->setCurrentIndex(0);
    m_status->setCurrentIndex(std::max(0, m_status->findData(int(status))));
    m_period->setCurrentIndex(std::max(0, m_period->findData(int(Period::Any))));
    m_link->setCurrentIndex(0);
    m_search->clear();
    m_debounce.stop();
    m_loaded = loaded;
    setMode(Mode::List);
    if (m_loaded)
        reload();
}

void TasksView::setMode(Mode mode)
{
    m_listMode->setChecked(mode == Mode::List);
    m_boardMode->setChecked(mode == Mode::Board);
    m_attentionMode->setChecked(mode == Mode::Attention);
    QSettings().setValue(kModeSetting, int(mode));
    m_stack->setCurrentWidget(mode == Mode::Board       ? static_cast<QWidget *>(m_board)
                              : mode == Mode::Attention ? static_cast<QWidget *>(m_attention)
                                                        : m_tree);
    updateModeWidgets();
    if (m_loaded)
        reload();
}

void TasksView::updateModeWidgets()
{
    // The deals that need attention are narrowed by whose they are only: a task's type,
    // status, due or text says nothing about a deal without tasks.
    const bool tasks = mode() != Mode::Attention;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_type, m_status, m_period, m_link, m_search,
                                          m_completeAction, m_reopenAction, m_openLinked, m_output})
        w->setVisible(tasks);
    m_attention->toolBar()->setVisible(!tasks);
    // "Whose" reads as whose deals here.
    if (const int mine = m_responsible->findData(QStringLiteral("mine")); mine >= 0)
        m_responsible->setItemText(mine, tasks ? tr("My tasks") : tr("My deals"));
    if (const int all = m_responsible->findData(QStringLiteral("all")); all >= 0)
        m_responsible->setItemText(all, tasks ? tr("All tasks") : tr("All deals"));
}

qint64 TasksView::currentTask() const
{
    if (mode() == Mode::Attention)
        return 0;
    if (boardMode())
        return m_board->selectedTask();
    const Core::TaskRow *t = m_model->task(m_tree->currentIndex().siblingAtColumn(0));
    return t ? t->id : 0;
}

bool TasksView::selectTask(qint64 taskId)
{
    if (mode() == Mode::Attention) // the task list is not read in this mode
        setMode(Mode::List);
    const QModelIndex i = m_model->indexOfTask(taskId);
    if (!i.isValid())
        return false;
    setMode(Mode::List);
    m_tree->setCurrentIndex(m_model->indexOfTask(taskId));
    return true;
}

void TasksView::completeCurrent()
{
    const qint64 id = currentTask();
    if (!id)
        return;
    Core::Result<Core::TaskRow> t = Core::TaskQuery(m_session, m_zone).task(id);
    if (!t) {
        showError(t.error().message);
        return;
    }
    m_complete->start(id, t->text);
}

void TasksView::reopenCurrent()
{
    const qint64 id = currentTask();
    if (!id)
        return;
    const RecordsCommand::Snapshot before =
        RecordsCommand::take(m_session, {{Core::EntityKind::Task, id}});
    const Core::Status st = Core::Records(m_session).update(
        Core::EntityKind::Task, id, {{QStringLiteral("status"), int(Core::TaskStatus::Open)}});
    if (!st) {
        showError(st.error().message);
        return;
    }
    m_undo->push(new RecordsCommand(
        m_session,
        TaskUndo::reopen(before.records.first().value(QStringLiteral("text")).toString()), before,
        undoDone()));
    reload();
}

void TasksView::openCurrentLink()
{
    const qint64 id = currentTask();
    if (!id)
        return;
    Core::Result<Core::TaskRow> t = Core::TaskQuery(m_session, m_zone).task(id);
    if (t && t->linkKind != Core::EntityKind::None)
        emit openRecordRequested(t->linkKind, t->linkId, t->linkName);
}

void TasksView::updateActions()
{
    const qint64 id = currentTask();
    bool open = false, closed = false, linked = false;
    if (id) {
        if (Core::Result<Core::TaskRow> t = Core::TaskQuery(m_session, m_zone).task(id)) {
            open = t->status == Core::TaskStatus::Open;
            closed = !open;
            linked = t->linkKind != Core::EntityKind::None;
        }
    }
    m_completeAction->setEnabled(open);
    m_reopenAction->setEnabled(closed);
    m_openLinked->setEnabled(linked);
}

void TasksView::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
}

QString TasksView::printTitle() const
{
    QString title = tr("Tasks");
    for (QComboBox *box : {m_responsible, m_period})
        if (box->currentIndex() > 0)
            title += QStringLiteral(" · ") + box->currentText();
    return title;
}

bool TasksView::printTo(std::unique_ptr<QPrinter> printer)
{
    const bool started = m_outputJob->print(std::move(printer), filter(), printTitle());
    m_output->setEnabled(!started);
    return started;
}

bool TasksView::exportPdf(const QString &path)
{
    const bool started = m_outputJob->exportPdf(path, filter(), printTitle());
    m_output->setEnabled(!started);
    return started;
}

bool TasksView::exportIcs(const QString &path)
{
    const bool started = m_outputJob->exportIcs(path, filter());
    m_output->setEnabled(!started);
    return started;
}

bool TasksView::exportXlsx(const QString &path)
{
    const bool started = m_outputJob->exportXlsx(path, filter());
    m_output->setEnabled(!started);
    return started;
}

void TasksView::print()
{
    if (m_outputJob->isRunning())
        return;
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setDocName(printTitle());
    QPrintDialog dialog(printer.get(), this);
    dialog.setObjectName(QStringLiteral("tasksPrintDialog"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_error->hide();
    printTo(std::move(printer));
}

void TasksView::exportPdfAs()
{
    if (m_outputJob->isRunning())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export PDF"), dir + QStringLiteral("/tasks.pdf"), tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    m_error->hide();
    exportPdf(path);
}

void TasksView::exportIcsAs()
{
    if (m_outputJob->isRunning())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to iCalendar"),
                                                      dir + QStringLiteral("/tasks.ics"),
                                                      tr("iCalendar files (*.ics)"));
    if (path.isEmpty())
        return;
    m_error->hide();
    exportIcs(path);
}

void TasksView::exportXlsxAs()
{
    if (m_outputJob->isRunning())
        return;
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = QFileDialog::getSaveFileName(this, tr("Export to Excel"),
                                                      dir + QStringLiteral("/tasks.xlsx"),
                                                      tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    m_error->hide();
    exportXlsx(path);
}

bool TasksView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_tree->viewport() && event->type() == QEvent::Resize)
        fitColumns();
    return QWidget::eventFilter(watched, event);
}

void TasksView::fitColumns()
{
    Ui::fitColumns(m_tree, m_tree->header(), [](int column) {
        switch (column) {
        case TaskListModel::TextColumn:
            return ColumnFit{240, 3.0};
        case TaskListModel::DueColumn:
            return ColumnFit{130, 0.0};
        case TaskListModel::TypeColumn:
            return ColumnFit{100, 0.0};
        case TaskListModel::ResponsibleColumn:
            return ColumnFit{150, 1.0};
        case TaskListModel::LinkColumn:
            return ColumnFit{190, 1.5};
        default:
            return ColumnFit{150, 1.0};
        }
    });
}

} // namespace Voronka::Ui
