// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "permissions.h"

#include <QStringList>

#include <algorithm>

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

Scope Permissions::scope(const Principal &p, PermEntity e, PermAction a, qint64 pipelineId)
{
    if (p.admin)
        return Scope::All;
    Scope s = p.matrix.get(e, a);
    if (e == PermEntity::Deal && pipelineId) {
        auto cap = p.pipelineCaps.constFind(pipelineId);
        if (cap != p.pipelineCaps.cend() && int(*cap) < int(s))
            s = *cap;
    }
    if (s == Scope::Department && p.departmentId == 0)
        return Scope::Own;
    return s;
}

bool Permissions::can(const Principal &p, PermEntity e, PermAction a, const Ownership &record)
{
    switch (scope(p, e, a, record.pipelineId)) {
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

namespace {
QString scopePredicate(const Principal &p, Scope s, const QString &responsibleColumn)
{
    switch (s) {
    case Scope::All: // TRUE and FALSE: SQLite's 1 and 0, PostgreSQL's booleans
        return QStringLiteral("TRUE");
    case Scope::None:
        return QStringLiteral("FALSE");
    case Scope::Own:
        return QStringLiteral("(%1 = %2)").arg(responsibleColumn).arg(p.userId);
    case Scope::Department:
        return QStringLiteral("(%1 IN (SELECT id FROM users WHERE department_id = %2))")
            .arg(responsibleColumn)
            .arg(p.departmentId);
    }
    return QStringLiteral("FALSE");
}
} // namespace

QString Permissions::sqlPredicate(const Principal &p, PermEntity e, PermAction a,
                                  const QString &responsibleColumn, const QString &pipelineColumn)
{
    const Scope base = scope(p, e, a);
    if (e != PermEntity::Deal || p.admin || p.pipelineCaps.isEmpty())
        return scopePredicate(p, base, responsibleColumn);
    QString pipe = pipelineColumn;
    if (pipe.isEmpty()) {
        pipe = responsibleColumn;
        pipe.replace(QLatin1String("responsible_id"), QLatin1String("pipeline_id"));
    }
    // Capped pipelines each get their own scope; the others keep the matrix's.
    QStringList capped, terms;
    QList<qint64> ids = p.pipelineCaps.keys();
    std::sort(ids.begin(), ids.end()); // a stable text for the same role
    for (qint64 id : ids) {
        capped << QString::number(id);
        const Scope s = scope(p, e, a, id);
        if (s != Scope::None)
            terms << QStringLiteral("(%1 = %2 AND %3)")
                         .arg(pipe)
                         .arg(id)
                         .arg(scopePredicate(p, s, responsibleColumn));
    }
    if (base != Scope::None)
        terms.prepend(
            QStringLiteral("(%1 NOT IN (%2) AND %3)")
                .arg(pipe, capped.join(u','), scopePredicate(p, base, responsibleColumn)));
    return terms.isEmpty() ? QStringLiteral("FALSE")
                           : QStringLiteral("(%1)").arg(terms.join(QLatin1String(" OR ")));
}

} // namespace Voronka::Core
