// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "mainwindow.h"

#include "core/services/session.h"
#include "core/sync/replicasetup.h"
#include "core/sync/syncstate.h"
#include "ui/cards/cardhost.h"
#include "ui/help/manualwindow.h"
#include "ui/importwizard/importcommand.h"
#include "ui/importwizard/importhistorydialog.h"
#include "ui/importwizard/importwizard.h"
#include "ui/backups/backupcontroller.h"
#include "ui/mainwindow/aboutdialog.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/settingswatcher.h"
#include "ui/mainwindow/sharedfilebanner.h"
#include "ui/mainwindow/sidebar.h"
#include "ui/mainwindow/workspace.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/search/globalsearch.h"
#include "ui/sync/conflictsview.h"
#include "ui/sync/synccontroller.h"
#include "ui/sync/syncstatusdialog.h"
#include "ui/sync/syncstatusitem.h"
#include "ui/widgets/avatar.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/pagestack.h"
#include "ui/widgets/undoscope.h"

#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStatusBar>

namespace Voronka::Ui {

namespace {
const QString kLastSection = QStringLiteral("mainWindow/lastSection");
const QString kGeometry = QStringLiteral("mainWindow/geometry");
} // namespace

MainWindow::MainWindow(Core::Session &session, const Core::Clock &clock,
                       const WorkspaceRegistry &registry, QWidget *parent)
    : QMainWindow(parent)
    , m_session(session)
    , m_workspaces(registry.create(session))
    , m_sidebar(new Sidebar(this))
    , m_stack(new PageStack(this))
    , m_search(new GlobalSearch(session, this))
    , m_file(new FileActions(session, clock, this))
    , m_cards(new CardHost(session, this))
    , m_watcher(new SettingsWatcher(session, this))
    , m_sharedBanner(new SharedFileBanner(session, this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Voronka — %1").arg(QFileInfo(session.db().path()).fileName()));
    setWindowIcon(Icons::logo());
    resize(1280, 800);
    restoreGeometry(QSettings().value(kGeometry).toByteArray());

    m_stack->setObjectName(QStringLiteral("workspaceStack"));
    for (const auto &w : m_workspaces) {
        m_sidebar->addSection(w->id(), w->icon(), w->title());
        m_stack->addPage(w->widget());
        // A record opened inside a section opens its card; a kind without one, its section.
        w->setRecordOpener([this](Core::EntityKind kind, qint64 id, const QString &title) {
            if (!m_cards->open(kind, id))
                openRecord(kind, id, title);
        });
        w->setListOpener([this](const Workspace::ListRequest &request) { openList(request); });
    }

    auto *content = new QWidget(this);
    auto *contentLayout = new QVBoxLayout(content);
    contentLayout->setContentsMargins(0, 0, 0, 0);
    contentLayout->setSpacing(0);
    contentLayout->addWidget(buildTopBar());
    contentLayout->addWidget(m_sharedBanner);
    contentLayout->addWidget(m_stack, 1);

    auto *central = new QWidget(this);
    auto *layout = new QHBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_sidebar);
    layout->addWidget(content, 1);
    setCentralWidget(central);

    startSync();
    buildMenus();
    buildStatusBar();

    // A file dropped on the window opens the import wizard with it.
    setAcceptDrops(session.principal().canImport);
    connect(m_file, &FileActions::importRequested, this,
            [this] { openImportWizard(Core::EntityKind::None); });
    connect(m_file, &FileActions::importHistoryRequested, this, &MainWindow::openImportHistory);

    connect(m_search, &GlobalSearch::recordActivated, this, &MainWindow::openRecord);
    connect(m_cards, &CardHost::recordSaved, this, [this](Core::EntityKind kind, qint64 id) {
        for (const auto &w : m_workspaces)
            w->recordChanged(kind, id);
    });
    connect(m_cards, &CardHost::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 6000); });
    connect(m_sidebar, &Sidebar::sectionChanged, this, &MainWindow::onSectionChanged);
    connect(m_watcher, &SettingsWatcher::changed, this, &MainWindow::onSettingsChanged);
    connect(m_watcher, &SettingsWatcher::actorDeactivated, this, &MainWindow::onActorDeactivated);

    const QString last = QSettings().value(kLastSection).toString();
    if (!m_workspaces.empty() && !showSection(last))
        showSection(m_workspaces.front()->id());
}

MainWindow::~MainWindow()
{
    // The sections and cards close after this body: focus moving among dying widgets must
    // not reach the Edit menu any more.
    disconnect(qApp, nullptr, this, nullptr);
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_undoStack = nullptr;
}

void MainWindow::onSettingsChanged()
{
    for (const auto &w : m_workspaces)
        w->settingsChanged();
}

void MainWindow::onActorDeactivated()
{
    // Nothing more may be written in this user's name; unsaved card edits are dropped.
    centralWidget()->setEnabled(false);
    menuBar()->setEnabled(false);
    const QString message = tr("An administrator deactivated your account; Voronka closes.");
    statusBar()->showMessage(message);
    auto *box = new QMessageBox(QMessageBox::Information, tr("Account deactivated"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("deactivatedMessage"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this] {
        m_deactivated = true;
        close();
    });
    box->open();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // A deactivated user may not save: unsaved card edits are dropped without asking.
    if (!m_deactivated && !m_cards->closeAll()) {
        event->ignore();
        return;
    }
    QSettings().setValue(kGeometry, saveGeometry());
    QMainWindow::closeEvent(event);
}

QWidget *MainWindow::buildTopBar()
{
    auto *bar = new QWidget(this);
    bar->setObjectName(QStringLiteral("topBar"));
    bar->setAttribute(Qt::WA_StyledBackground);
    m_search->setMinimumWidth(220); // narrow with a card docked beside the section
    m_search->setMaximumWidth(520);

    auto *avatar = new Avatar(bar);
    avatar->setObjectName(QStringLiteral("userAvatar"));
    avatar->setName(m_session.actor().name);
    avatar->setColor(QColor(m_session.user(m_session.actor().id).avatarColor));
    auto *name = new QLabel(m_session.actor().name, bar);
    name->setObjectName(QStringLiteral("userName"));
    name->setToolTip(m_session.actor().email);

    auto *layout = new QHBoxLayout(bar);
    layout->setContentsMargins(28, 10, 20, 10);
    layout->setSpacing(10);
    // The search takes the room up to its maximum (its placeholder is long in Russian); the
    // spacer only what is left beyond that.
    layout->addWidget(m_search, 1);
    layout->addStretch(0);
    layout->addWidget(avatar);
    layout->addWidget(name);
    return bar;
}

void MainWindow::buildMenus()
{
    menuBar()->setObjectName(QStringLiteral("menuBar"));
    menuBar()->addMenu(m_file->menu());
    buildEditMenu();

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    go->setObjectName(QStringLiteral("goMenu"));
    QAction *find = go->addAction(tr("&Search everywhere"), m_search, &GlobalSearch::focusSearch);
    find->setObjectName(QStringLiteral("actionGlobalSearch"));
    find->setShortcut(QKeySequence(QStringLiteral("Ctrl+K")));
    go->addSeparator();
    int n = 1;
    for (const auto &w : m_workspaces) {
        const QString id = w->id();
        QAction *a = go->addAction(w->title(), this, [this, id] { showSection(id); });
        a->setObjectName(QStringLiteral("goTo_") + id);
        if (n <= 9)
            a->setShortcut(QKeySequence(QStringLiteral("Ctrl+%1").arg(n++)));
    }

    // The Settings section's pages this user may open, each a menu entry.
    if (m_sync) {
        go->addSeparator();
        QAction *conflicts = go->addAction(tr("Sync &conflicts…"), this, &MainWindow::openConflicts);
        conflicts->setObjectName(QStringLiteral("actionSyncConflicts"));
        QAction *status = go->addAction(tr("Team &server…"), this, &MainWindow::openSyncStatus);
        status->setObjectName(QStringLiteral("actionSyncStatus"));
    }

    if (Workspace *settings = workspace(QStringLiteral("settings"))) {
        QMenu *menu = menuBar()->addMenu(tr("&Settings"));
        menu->setObjectName(QStringLiteral("settingsMenu"));
        for (const Workspace::Page &page : settings->pages()) {
            const QString target = QStringLiteral("settings/") + page.id;
            QAction *a = menu->addAction(page.title + QStringLiteral("…"), this,
                                         [this, target] { showSection(target); });
            a->setObjectName(QStringLiteral("actionSettings_") + page.id);
        }
    }

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *manual = help->addAction(tr("User &manual"), this, [this] {
        ManualWindow::open(this, ManualWindow::languageOf(QLocale()));
    });
    manual->setObjectName(QStringLiteral("actionManual"));
    manual->setShortcut(QKeySequence::HelpContents);
    QAction *about = help->addAction(tr("&About Voronka"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("actionAbout"));
    about->setMenuRole(QAction::AboutRole);
}

// One Edit menu for the window: its Undo and Redo act on the undo scope the focus is in (a
// card, a settings page) or else the current section's, and name the step they take. Each
// scope's own Ctrl+Z works the same way; the menu shows the shortcut but leaves the key to the
// scopes, so one press never reaches two stacks.
void MainWindow::buildEditMenu()
{
    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    edit->setObjectName(QStringLiteral("editMenu"));
    m_undoAction = edit->addAction(tr("Undo"));
    m_undoAction->setObjectName(QStringLiteral("actionUndo"));
    m_redoAction = edit->addAction(tr("Redo"));
    m_redoAction->setObjectName(QStringLiteral("actionRedo"));
    connect(m_undoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->undo();
    });
    connect(m_redoAction, &QAction::triggered, this, [this] {
        if (m_undoStack)
            m_undoStack->redo();
    });
    connect(edit, &QMenu::aboutToShow, this, &MainWindow::followUndoScope);
    connect(qApp, &QApplication::focusChanged, this, &MainWindow::followUndoScope);
    showUndoState();
}

void MainWindow::followUndoScope()
{
    QUndoStack *stack = nullptr;
    QWidget *focus = QApplication::focusWidget();
    if (focus && focus->window() == window())
        stack = undoScopeOf(focus);
    if (!stack)
        stack = undoScopeWithin(m_stack->currentPage());
    if (stack == m_undoStack)
        return;
    if (m_undoStack)
        disconnect(m_undoStack, nullptr, this, nullptr);
    m_undoStack = stack;
    if (stack) {
        connect(stack, &QUndoStack::indexChanged, this, &MainWindow::showUndoState);
        connect(stack, &QUndoStack::undoTextChanged, this, &MainWindow::showUndoState);
    }
    showUndoState();
}

void MainWindow::showUndoState()
{
    const auto shortcut = [](const QKeySequence &key) -> QString {
        return QLatin1Char('\t') + key.toString(QKeySequence::NativeText);
    };
    const bool canUndo = m_undoStack && m_undoStack->canUndo();
    const bool canRedo = m_undoStack && m_undoStack->canRedo();
    m_undoAction->setEnabled(canUndo);
    m_redoAction->setEnabled(canRedo);
    m_undoAction->setText((canUndo ? tr("Undo %1").arg(m_undoStack->undoText()) : tr("Undo")) +
                          shortcut(QKeySequence(QKeySequence::Undo)));
    m_redoAction->setText((canRedo ? tr("Redo %1").arg(m_undoStack->redoText()) : tr("Redo")) +
                          shortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z)));
}

void MainWindow::buildStatusBar()
{
    const QString path = m_session.db().path();
    auto *file = new QLabel(QFileInfo(path).fileName(), this);
    file->setObjectName(QStringLiteral("statusFile"));
    file->setToolTip(QDir::toNativeSeparators(path));
    const Core::UserInfo &u = m_session.actor();
    auto *user = new QLabel(
        u.email.isEmpty() ? u.name : QStringLiteral("%1 · %2").arg(u.name, u.email), this);
    user->setObjectName(QStringLiteral("statusUser"));
    statusBar()->setObjectName(QStringLiteral("statusBar"));
    statusBar()->setSizeGripEnabled(false);
    statusBar()->addWidget(file);
    if (m_session.db().readOnly()) {
        auto *ro = new QLabel(tr("Read-only"), this);
        ro->setObjectName(QStringLiteral("statusReadOnly"));
        statusBar()->addWidget(ro);
    }
    if (m_sync) {
        auto *item = new SyncStatusItem(*m_sync, this);
        connect(item, &SyncStatusItem::detailsRequested, this, &MainWindow::openSyncStatus);
        statusBar()->addPermanentWidget(item);
    }
    statusBar()->addPermanentWidget(user);
}

void MainWindow::startSync()
{
    const Core::Result<Core::Sync::SyncState> state = Core::Sync::readSyncState(m_session.db());
    if (!state || state->serverUrl.isEmpty())
        return;
    // The device the replica was connected as (and the CLI signs in as): the server reads
    // the node of the device's clocks from its id, and a device's client seq is the file's.
    const Core::Result<qint64> node = Core::Sync::replicaNode(m_session.db());
    const QString device = Core::Sync::ReplicaSetup::deviceIdOf(node ? *node : 0);
    m_sync = new SyncController(
        m_session, m_session.clock(), state->serverUrl,
        std::make_unique<HttpConnector>(state->serverUrl, device, m_session.actor().email), this);
}

void MainWindow::setSyncPassword(const QString &password)
{
    if (!m_sync || password.isEmpty())
        return;
    m_sync->setPassword(password);
    m_sync->syncNow();
}

SyncStatusDialog *MainWindow::openSyncStatus()
{
    if (!m_sync)
        return nullptr;
    if (!m_syncStatus) {
        m_syncStatus = new SyncStatusDialog(*m_sync, this);
        m_syncStatus->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_syncStatus, &SyncStatusDialog::conflictsRequested, this,
                &MainWindow::openConflicts);
    }
    m_syncStatus->show();
    m_syncStatus->raise();
    return m_syncStatus;
}

ConflictsView *MainWindow::openConflicts()
{
    if (!m_sync)
        return nullptr;
    if (!m_conflicts) {
        m_conflicts = new ConflictsView(m_session, this);
        m_conflicts->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_conflicts, &ConflictsView::openRecordRequested, this, &MainWindow::openRecord);
        // Keep mine is a new edit to send; Accept changes the count.
        connect(m_conflicts, &ConflictsView::resolved, m_sync, &SyncController::refreshCounts);
        connect(m_sync, &SyncController::finished, m_conflicts, &ConflictsView::reload);
    } else {
        m_conflicts->reload();
    }
    m_conflicts->show();
    m_conflicts->raise();
    return m_conflicts;
}

bool MainWindow::showSection(const QString &path)
{
    // "settings/users": the section, then a page inside it.
    const QString id = path.section(u'/', 0, 0);
    const QString page = path.section(u'/', 1);
    Workspace *w = workspace(id);
    if (!w)
        return false;
    if (m_sidebar->current() != id)
        m_sidebar->setCurrent(id); // comes back through onSectionChanged
    else
        onSectionChanged(id);
    return page.isEmpty() || w->showPage(page);
}

void MainWindow::onSectionChanged(const QString &id)
{
    Workspace *w = workspace(id);
    if (!w)
        return;
    m_stack->setCurrentPage(w->widget());
    w->activate();
    followUndoScope();
    QSettings().setValue(kLastSection, id);
}

Workspace *MainWindow::currentWorkspace() const
{
    for (const auto &w : m_workspaces)
        if (w->widget() == m_stack->currentPage())
            return w.get();
    return nullptr;
}

Workspace *MainWindow::workspace(const QString &id) const
{
    for (const auto &w : m_workspaces)
        if (w->id() == id)
            return w.get();
    return nullptr;
}

void MainWindow::openRecord(Core::EntityKind kind, qint64 id, const QString &title)
{
    const bool card = m_cards->open(kind, id);
    for (const auto &w : m_workspaces) {
        if (w->recordKind() != kind)
            continue;
        showSection(w->id());
        if (!w->showRecord(id, title) && !card)
            statusBar()->showMessage(tr("“%1” is no longer in the list.").arg(title), 6000);
        return;
    }
    if (card)
        return;
    statusBar()->showMessage(
        tr("%1 “%2” cannot be opened in this version yet.").arg(Core::entityName(kind), title),
        6000);
}

void MainWindow::openList(const Workspace::ListRequest &request)
{
    for (const auto &w : m_workspaces) {
        // Tasks have no section of their own kind for search; their list is the Tasks section.
        const bool tasks = request.kind == Core::EntityKind::Task && w->id() == u"tasks";
        if (w->recordKind() != request.kind && !tasks)
            continue;
        showSection(w->id());
        if (!w->showList(request))
            statusBar()->showMessage(tr("This list cannot be shown here."), 6000);
        return;
    }
}

ImportWizard *MainWindow::openImportWizard(Core::EntityKind kind, const QString &file)
{
    if (!m_session.principal().canImport) {
        statusBar()->showMessage(FileActions::importRefusal(), 6000);
        return nullptr;
    }
    if (m_importWizard) {
        if (!file.isEmpty() && !m_importWizard->isBusy())
            m_importWizard->openFile(file);
    } else {
        m_importWizard = new ImportWizard(m_session, kind, file, this);
        m_importWizard->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importWizard, &ImportWizard::imported, this, &MainWindow::onImported);
        connect(m_importWizard, &ImportWizard::showRecordsRequested, this,
                [this](Core::EntityKind k) {
                    for (const auto &w : m_workspaces)
                        if (w->recordKind() == k) {
                            showSection(w->id());
                            return;
                        }
                });
    }
    m_importWizard->show();
    m_importWizard->raise();
    m_importWizard->activateWindow();
    return m_importWizard;
}

ImportWizard *MainWindow::importWizard() const
{
    return m_importWizard;
}

ImportHistoryDialog *MainWindow::openImportHistory()
{
    if (!m_importHistory) {
        m_importHistory = new ImportHistoryDialog(m_session, this);
        m_importHistory->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_importHistory, &ImportHistoryDialog::changed, this,
                [this](Core::EntityKind kind) { onImported(kind, 0, 0, 0); });
    } else {
        m_importHistory->reload();
    }
    m_importHistory->show();
    m_importHistory->raise();
    return m_importHistory;
}

// The import is one step on the undo stack of its kind's section ("Undo Import of 1 204
// contacts"); the sections read their records again.
void MainWindow::onImported(Core::EntityKind kind, qint64 batchId, qint64 created, qint64 updated)
{
    for (const auto &w : m_workspaces)
        w->settingsChanged();
    if (m_importHistory)
        m_importHistory->reload();
    if (batchId == 0 || created + updated == 0)
        return;
    for (const auto &w : m_workspaces) {
        if (w->recordKind() != kind)
            continue;
        QUndoStack *stack = undoScopeWithin(w->widget());
        if (!stack)
            return;
        stack->push(new ImportCommand(m_session, kind, batchId, created + updated, this,
                                      [this, kind](const QString &message) {
                                          if (!message.isEmpty())
                                              statusBar()->showMessage(message, 10000);
                                          // Not from inside the stack's undo(): the sections
                                          // read again once it returned.
                                          QMetaObject::invokeMethod(
                                              this, [this, kind] { onImported(kind, 0, 0, 0); },
                                              Qt::QueuedConnection);
                                      }));
        return;
    }
}

QString MainWindow::importFileOf(const QMimeData *mime) const
{
    if (!mime || !mime->hasUrls() || mime->urls().size() != 1)
        return {};
    const QString path = mime->urls().constFirst().toLocalFile();
    return ImportWizard::canRead(path) ? path : QString();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!importFileOf(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QString path = importFileOf(event->mimeData());
    if (path.isEmpty())
        return;
    event->acceptProposedAction();
    Workspace *w = currentWorkspace();
    const Core::EntityKind kind = w ? w->recordKind() : Core::EntityKind::None;
    const bool importable = kind == Core::EntityKind::Contact ||
                            kind == Core::EntityKind::Company || kind == Core::EntityKind::Deal;
    openImportWizard(importable ? kind : Core::EntityKind::None, path);
}

void MainWindow::showAbout()
{
    // Not exec(): the window keeps working, and tests find the dialog among its children.
    auto *about = new AboutDialog(m_session.db().path(), m_file->backups()->folder(), this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

} // namespace Voronka::Ui
