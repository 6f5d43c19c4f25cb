// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include "ui/widgets/recordscommand.h"

#include <QDialog>
#include <QPointer>

#include <functional>

class QLabel;
class QPushButton;
class QTableView;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BackgroundJob;
class RecycleBinModel;

// The recycle bin of deals, contacts or companies: restore the selected records (the delete right),
// or purge them for good (administrators, after a confirmation). A restore is one undo step on
// the owning list's stack (`undo`; `done` runs after its undo or redo, when the dialog may be
// closed already); purging cannot be undone and is no step.
//
// Object names: binTable, binRestore, binPurge, binStatus, binEmpty.
class RecycleBinDialog final : public QDialog
{
    Q_OBJECT
public:
    RecycleBinDialog(Core::Session &session, Core::EntityKind kind, QWidget *parent = nullptr,
                     QUndoStack *undo = nullptr, RecordsCommand::Done done = {});

    RecycleBinModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    // Asks before purging; tests answer without a message box.
    void setConfirm(std::function<bool(const QString &question)> confirm)
    {
        m_confirm = std::move(confirm);
    }
    // Reads the first page in a worker thread: finding deleted records reads the whole table,
    // half a second at a million contacts.
    void reload();
    bool isLoading() const { return m_job != nullptr; }

signals:
    void recordsChanged();
    void loaded();

private:
    void restoreSelected();
    void purgeSelected();
    QList<int> selectedRows() const;
    void updateState();

    Core::Session &m_session;
    Core::EntityKind m_kind;
    RecycleBinModel *m_model;
    QTableView *m_table;
    QPushButton *m_restore;
    QPushButton *m_purge;
    QLabel *m_status;
    QLabel *m_empty;
    std::function<bool(const QString &)> m_confirm;
    BackgroundJob *m_job = nullptr;
    QPointer<QUndoStack> m_undo;
    RecordsCommand::Done m_done;
    bool m_reloadAgain = false;
};

} // namespace Voronka::Ui
