// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"
#include "ui/settings/settingspage.h"

class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace Voronka::Ui {

// Settings → Loss reasons: the list a lost deal picks from, in the order it is offered. Add,
// rename (in place), move up and down, archive (the deals keep it; it is no longer offered)
// and unarchive; archived reasons stay listed at the end, greyed. Every change is on the
// page's undo stack.
class LossReasonsPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit LossReasonsPage(Core::Session &session, QWidget *parent = nullptr);

private:
    void reload() override { fill(0); }
    // Reads the reasons again, keeping `select` (or else the current one) selected.
    void fill(qint64 select);
    qint64 currentId() const;
    void updateButtons();
    void report(const Core::Status &status);
    void push(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
              qint64 select);

    void add();
    void renameItem(QListWidgetItem *item);
    void move(int delta);
    void toggleArchived();

    Core::Admin m_admin;
    QList<Core::Admin::LossReasonInfo> m_reasons;
    bool m_filling = false;
    QListWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_up;
    QPushButton *m_down;
    QPushButton *m_archive;
};

} // namespace Voronka::Ui
