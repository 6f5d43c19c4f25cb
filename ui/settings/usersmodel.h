// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QAbstractTableModel>
#include <QDateTime>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The users of the file for Settings → Users: every user, active or not, by name, with their
// role, department and last sign-in. Read whole: a team has tens of users, not thousands.
class UsersModel final : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Email, Role, Department, Active, LastSignIn, ColumnCount };
    enum Roles {
        IdRole = Qt::UserRole + 1,
        ActiveRole,
        AdminRole,
        RoleIdRole,
        DepartmentIdRole,
        SearchRole, // name and email, for the search box
    };

    explicit UsersModel(Core::Session &session, QObject *parent = nullptr);

    void reload();
    int rowOf(qint64 userId) const; // -1 when not listed

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        qint64 id = 0;
        QString name, email, role, department, avatarColor;
        qint64 roleId = 0, departmentId = 0;
        bool active = true, admin = false;
        QDateTime lastSignIn; // invalid: never
    };
    Core::Session &m_session;
    QList<Row> m_rows;
};

} // namespace Voronka::Ui
