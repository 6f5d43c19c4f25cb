// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"
#include "ui/widgets/admincommand.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QToolButton;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Settings → Task types: the admin's task types (name, icon and colour, shown on the
// calendar and in task lists) and whether completing a task needs a result. Every change applies at
// once through core (Admin), like the pipeline setup, and goes on the undo stack (Undo, Redo,
// Ctrl+Z) except deleting a type, which core cannot take back. Shown by its dialog and the
// Settings page.
class TaskTypesWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit TaskTypesWidget(Core::Session &session, QWidget *parent = nullptr)
        : TaskTypesWidget(session, nullptr, parent)
    {
    }
    // With the stack of a host (a Settings page, whose header has Undo and Redo) the steps go
    // there and the widget shows no Undo and Redo of its own.
    TaskTypesWidget(Core::Session &session, QUndoStack *hostUndo, QWidget *parent);

    // The colours offered, in order: a fixed palette keeps the calendar readable.
    static QStringList palette();

    QUndoStack *undoStack() const { return m_undo; }

private:
    void reload(qint64 select = 0);
    qint64 currentId() const;
    void showError(const QString &message);
    void add();
    void saveCurrent();
    void removeCurrent();
    void setIcon(const QString &icon);
    void showCurrent();
    // Runs redo now and keeps the step for Undo; a refusal is shown and leaves nothing to undo.
    void push(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
              std::function<qint64()> select);

    Core::Session &m_session;
    QUndoStack *m_undo;
    IdHandles m_handles;
    QListWidget *m_list;
    QLineEdit *m_name;
    QList<QPushButton *> m_swatches;
    QList<QToolButton *> m_icons;
    QString m_color;
    QPushButton *m_remove;
    QCheckBox *m_resultRequired;
    QLabel *m_error;
    bool m_filling = false;
};

} // namespace Voronka::Ui
