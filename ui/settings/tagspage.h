// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/admin.h"
#include "ui/settings/settingspage.h"

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Voronka::Ui {

// Settings → Tags: every tag with the number of records carrying it. Rename (in place, on the
// undo stack); merge one tag into another picked from the list; delete after a confirmation
// naming how many records lose it. Merging and deleting touch every carrier's history and are
// not undoable here: their dialogs say so.
class TagsPage final : public SettingsPage
{
    Q_OBJECT
public:
    explicit TagsPage(Core::Session &session, QWidget *parent = nullptr);

private:
    void reload() override { fill(0); }
    // Reads the tags again, keeping `select` (or else the current one) selected.
    void fill(qint64 select);
    qint64 currentId() const;
    const Core::Admin::TagInfo *current() const;
    void updateButtons();
    void report(const Core::Status &status);
    void renameItem(QTreeWidgetItem *item, int column);
    void merge();
    void remove();

    Core::Admin m_admin;
    QList<Core::Admin::TagInfo> m_tags;
    bool m_filling = false;
    QTreeWidget *m_list;
    QPushButton *m_rename;
    QPushButton *m_merge;
    QPushButton *m_delete;
    QLabel *m_empty;
};

} // namespace Voronka::Ui
