// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "ui/mainwindow/workspace.h"

#include <QMainWindow>
#include <QPointer>
#include <QUndoStack>

#include <memory>
#include <vector>

class QDragEnterEvent;
class QDropEvent;
class QLabel;
class QMimeData;

namespace Voronka::Core {
class Clock;
class Session;
} // namespace Voronka::Core

namespace Voronka::Ui {

class CardHost;
class ConflictsView;
class SyncController;
class SyncStatusDialog;
class FileActions;
class GlobalSearch;
class PageStack;
class SettingsWatcher;
class SharedFileBanner;
class Sidebar;
class ImportHistoryDialog;
class ImportWizard;
class WorkspaceRegistry;

// The frame around the sections: sidebar, top bar with the global search, the current
// section, the status bar and the menus. It knows sections only as Workspaces.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(Core::Session &session, const Core::Clock &clock, const WorkspaceRegistry &registry,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    // id, or id/page ("settings/users").
    bool showSection(const QString &path);
    Workspace *currentWorkspace() const;
    Workspace *workspace(const QString &id) const;
    GlobalSearch *globalSearch() const { return m_search; }
    Sidebar *sidebar() const { return m_sidebar; }
    FileActions *fileActions() const { return m_file; }
    CardHost *cards() const { return m_cards; }
    SettingsWatcher *settingsWatcher() const { return m_watcher; }
    SharedFileBanner *sharedFileBanner() const { return m_sharedBanner; }
    // The team server's sync when the file is a replica (sync_state.server_url set), else null.
    SyncController *syncController() const { return m_sync; }
    // The password the user signed in with: a replica signs in to its server with it.
    void setSyncPassword(const QString &password);
    SyncStatusDialog *openSyncStatus();
    ConflictsView *openConflicts();
    // A search hit: the record's section shows it and, for a deal, contact or company, its
    // card opens beside.
    void openRecord(Core::EntityKind kind, qint64 id, const QString &title);
    // The deals or tasks list another section asked for (a report's number), in its section.
    void openList(const Workspace::ListRequest &request);
    // The import wizard for contacts, companies or deals (None: the wizard asks), with `file`
    // already read when given. Sections' "Import…" buttons call this. One wizard at a time:
    // an open one is raised (and given the file when it is not busy).
    ImportWizard *openImportWizard(Core::EntityKind kind, const QString &file = {});
    ImportHistoryDialog *openImportHistory();
    ImportWizard *importWizard() const;

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildTopBar();
    void buildMenus();
    void buildEditMenu();
    // The Edit menu follows the undo scope around the focus (or the current section's).
    void followUndoScope();
    void showUndoState();
    void buildStatusBar();
    void startSync();
    void onSectionChanged(const QString &id);
    void showAbout();
    void onSettingsChanged();
    void onActorDeactivated();
    // An import (or its undo) changed records of `kind`: the sections read again.
    void onImported(Core::EntityKind kind, qint64 batchId, qint64 created, qint64 updated);
    QString importFileOf(const QMimeData *mime) const;

    Core::Session &m_session;
    std::vector<std::unique_ptr<Workspace>> m_workspaces;
    Sidebar *m_sidebar;
    PageStack *m_stack;
    GlobalSearch *m_search;
    FileActions *m_file;
    CardHost *m_cards;
    SettingsWatcher *m_watcher;
    SharedFileBanner *m_sharedBanner;
    SyncController *m_sync = nullptr;
    QPointer<SyncStatusDialog> m_syncStatus;
    QPointer<ConflictsView> m_conflicts;
    bool m_deactivated = false;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QPointer<QUndoStack> m_undoStack;
    QPointer<ImportWizard> m_importWizard;
    QPointer<ImportHistoryDialog> m_importHistory;
};

} // namespace Voronka::Ui
