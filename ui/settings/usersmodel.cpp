// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "usersmodel.h"

#include "core/services/admin.h"
#include "ui/widgets/dates.h"
#include "core/services/session.h"
#include "core/services/auth.h"
#include "ui/settings/settingsdelegate.h"
#include "ui/widgets/theme.h"

#include <QCollator>
#include <QLocale>

#include <algorithm>

namespace Voronka::Ui {

UsersModel::UsersModel(Core::Session &session, QObject *parent)
    : QAbstractTableModel(parent)
    , m_session(session)
{
}

void UsersModel::reload()
{
    Core::Admin admin(m_session);
    QHash<qint64, QString> roles, departments;
    if (Core::Result<QList<Core::Admin::RoleInfo>> r = admin.roles())
        for (const Core::Admin::RoleInfo &i : *r)
            roles.insert(i.id, i.name);
    if (Core::Result<QList<Core::Admin::DepartmentInfo>> d = admin.departments())
        for (const Core::Admin::DepartmentInfo &i : *d)
            departments.insert(i.id, i.name);
    const Core::Result<QHash<qint64, qint64>> logged = Core::Auth::lastSignIns(m_session.db());
    const QHash<qint64, qint64> signIns = logged ? *logged : QHash<qint64, qint64>{};

    QList<Row> rows;
    const QHash<qint64, Core::UserInfo> &users = m_session.users();
    for (const Core::UserInfo &u : users) {
        Row r;
        r.id = u.id;
        r.name = u.name;
        r.email = u.email;
        r.roleId = u.roleId;
        r.role = roles.value(u.roleId);
        r.departmentId = u.departmentId;
        r.department = departments.value(u.departmentId);
        r.active = u.active;
        r.avatarColor = u.avatarColor;
        r.admin = u.admin;
        if (signIns.contains(u.id))
            r.lastSignIn = QDateTime::fromMSecsSinceEpoch(signIns.value(u.id));
        rows << r;
    }
    QCollator collator;
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    std::sort(rows.begin(), rows.end(), [&collator](const Row &a, const Row &b) {
        const int byName = collator.compare(a.name, b.name);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    beginResetModel();
    m_rows = std::move(rows);
    endResetModel();
}

int UsersModel::rowOf(qint64 userId) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).id == userId)
            return i;
    return -1;
}

int UsersModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int UsersModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UsersModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &r = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Name:
            return r.name;
        case Email:
            return r.email;
        case Role:
            return r.role.isEmpty() ? tr("No role") : r.role;
        case Department:
            return r.department.isEmpty() ? QStringLiteral("—") : r.department;
        case Active:
            return r.active ? tr("Active") : tr("Deactivated");
        case LastSignIn:
            return r.lastSignIn.isValid()
                       ? Dates::dateTime(r.lastSignIn.toLocalTime())
                       : tr("Never");
        default:
            return {};
        }
    case Qt::ForegroundRole:
        // Deactivated users stay listed (their history is theirs) but step back.
        if (!r.active || (index.column() == LastSignIn && !r.lastSignIn.isValid()) ||
            (index.column() == Department && r.department.isEmpty()))
            return Theme::current().muted;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Role && r.admin)
            return tr("An administrator: manages settings and users");
        return {};
    case SettingsDelegate::AvatarColorRole:
        return r.avatarColor;
    case IdRole:
        return r.id;
    case ActiveRole:
        return r.active;
    case AdminRole:
        return r.admin;
    case RoleIdRole:
        return r.roleId;
    case DepartmentIdRole:
        return r.departmentId;
    case SearchRole:
        return QString(r.name + u'\n' + r.email);
    default:
        return {};
    }
}

QVariant UsersModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Email:
        return tr("Email");
    case Role:
        return tr("Role");
    case Department:
        return tr("Department");
    case Active:
        return tr("Status");
    case LastSignIn:
        return tr("Last sign-in");
    default:
        return {};
    }
}

} // namespace Voronka::Ui
