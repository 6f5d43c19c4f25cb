// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "services/admin.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QUndoStack;

namespace Voronka::Ui {

// Settings → Loss reasons: the list a lost deal picks from, in the order it is offered. Add,
// rename (in place), move up and down, archive (the deals keep it; it is no longer offered)
// and unarchive; archived reasons stay listed at the end, greyed. Every change is on the
// page's undo stack.
class LossReasonsPage final : public QWidget
{
    Q_OBJECT
public:
    explicit LossReasonsPage(Core::Session &session, QWidget *parent = nullptr);

    QUndoStack *undoStack() const { return m_undo; }

private:
    void reload(qint64 select = 0);
    qint64 currentId() const;
    void updateButtons();
    void report(const Core::Status &status);
    void push(const QString &text, std::function<Core::Status()> redo,
              std::function<Core::Status()> undo, qint64 select);

    void add();
    void renameItem(QListWidgetItem *item);
    void move(int delta);
    void toggleArchived();

    Core::Session &m_session;
    Core::Admin m_admin;
    QUndoStack *m_undo;
    QList<Core::Admin::LossReasonInfo> m_reasons;
    bool m_filling = false;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_archive;
    QLabel *m_error;
};

} // namespace Voronka::Ui
