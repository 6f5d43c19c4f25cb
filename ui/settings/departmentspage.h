// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/settings/settingspage.h"

#include <QHash>

class QLineEdit;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace Voronka::Ui {

// Settings → Departments: the teams users belong to (a role's "department" scope reads
// them), with how many users each has; add, rename in place, delete moving the members.
class DepartmentsPage final : public SettingsPage
{
    Q_OBJECT
public:
    DepartmentsPage(Core::Session &session, QWidget *parent = nullptr);

protected:
    void reload() override;

private:
    qint64 selectedId() const;
    // A department an undo brought back has a new id: the steps made with the old one
    // follow it here.
    qint64 current(qint64 id) const;
    void replaced(qint64 oldId, qint64 newId);
    void select(qint64 id);
    void add();
    void rename(QTreeWidgetItem *item);
    void remove();
    // Deletes the department, its members going to `moveTo`, as an undo step.
    void removeTo(qint64 id, const QString &name, qint64 moveTo);

    QTreeWidget *m_list;
    QLineEdit *m_newName;
    QPushButton *m_rename;
    QPushButton *m_delete;
    bool m_filling = false;
    QHash<qint64, qint64> m_newIds;
};

} // namespace Voronka::Ui
