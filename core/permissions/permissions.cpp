// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "permissions.h"

namespace Voronka::Core {

RoleMatrix RoleMatrix::filled(Scope s)
{
    RoleMatrix m;
    m.m_cells.fill(s);
    return m;
}

RoleMatrix RoleMatrix::decode(const QString &text)
{
    RoleMatrix m;
    for (int i = 0; i < int(m.m_cells.size()) && i < text.size(); ++i) {
        const int d = text.at(i).digitValue();
        m.m_cells[i] = (d >= 0 && d <= 3) ? Scope(d) : Scope::None;
    }
    return m;
}

QString RoleMatrix::encode() const
{
    QString s;
    s.reserve(int(m_cells.size()));
    for (Scope c : m_cells)
        s.append(QChar(u'0' + int(c)));
    return s;
}

Scope Permissions::scope(const Principal &p, PermEntity e, PermAction a)
{
    if (p.admin)
        return Scope::All;
    const Scope s = p.matrix.get(e, a);
    if (s == Scope::Department && p.departmentId == 0)
        return Scope::Own;
    return s;
}

bool Permissions::can(const Principal &p, PermEntity e, PermAction a, const Ownership &record)
{
    switch (scope(p, e, a)) {
    case Scope::All:
        return true;
    case Scope::None:
        return false;
    case Scope::Own:
        return record.responsibleId != 0 && record.responsibleId == p.userId;
    case Scope::Department:
        return record.responsibleId != 0 && record.responsibleDepartmentId == p.departmentId;
    }
    return false;
}

QString Permissions::sqlPredicate(const Principal &p, PermEntity e, PermAction a,
                                  const QString &responsibleColumn)
{
    switch (scope(p, e, a)) {
    case Scope::All:
        return QStringLiteral("1");
    case Scope::None:
        return QStringLiteral("0");
    case Scope::Own:
        return QStringLiteral("(%1 = %2)").arg(responsibleColumn).arg(p.userId);
    case Scope::Department:
        return QStringLiteral("(%1 IN (SELECT id FROM users WHERE department_id = %2))")
            .arg(responsibleColumn)
            .arg(p.departmentId);
    }
    return QStringLiteral("0");
}

} // namespace Voronka::Core
