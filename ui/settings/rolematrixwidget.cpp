// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "rolematrixwidget.h"

#include "permissionflask.h"

#include <QGridLayout>
#include <QLabel>
#include <QVBoxLayout>

namespace Voronka::Ui {

using Core::PermAction;
using Core::PermEntity;
using Core::Scope;

namespace {
const char *const kEntityKeys[] = {"deal", "contact", "company", "task"};
const char *const kActionKeys[] = {"view", "create", "edit", "delete", "export"};
} // namespace

RoleMatrixWidget::RoleMatrixWidget(QWidget *parent)
    : QWidget(parent)
    , m_explanation(new QLabel(this))
{
    setObjectName(QStringLiteral("roleMatrix"));
    auto *grid = new QGridLayout;
    // As narrow as the cells allow: the matrix shares the page with the list of roles.
    grid->setHorizontalSpacing(8);
    grid->setVerticalSpacing(2);
    for (int a = 0; a < Core::kPermActions; ++a) {
        auto *head = new QLabel(actionTitle(PermAction(a)), this);
        head->setObjectName(QStringLiteral("matrixHeader"));
        head->setStyleSheet(QStringLiteral("font-weight: 600;"));
        grid->addWidget(head, 0, a + 1, Qt::AlignLeft | Qt::AlignBottom);
    }
    for (int e = 0; e < Core::kPermEntities; ++e) {
        auto *row = new QLabel(entityTitle(PermEntity(e)), this);
        grid->addWidget(row, e + 1, 0, Qt::AlignLeft | Qt::AlignVCenter);
        for (int a = 0; a < Core::kPermActions; ++a) {
            auto *cell = new PermissionFlask(this);
            cell->setObjectName(
                QStringLiteral("cell_%1_%2")
                    .arg(QLatin1String(kEntityKeys[e]), QLatin1String(kActionKeys[a])));
            cell->setCellName(cellName(PermEntity(e), PermAction(a)));
            const auto entity = PermEntity(e);
            const auto action = PermAction(a);
            connect(cell, &PermissionFlask::levelEdited, this, [this, entity, action](Scope s) {
                m_matrix.set(entity, action, s);
                explainCell(entity, action);
                emit edited();
            });
            connect(cell, &PermissionFlask::highlighted, this,
                    [this, entity, action] { explainCell(entity, action); });
            grid->addWidget(cell, e + 1, a + 1);
            m_cells[std::size_t(e * Core::kPermActions + a)] = cell;
        }
    }
    grid->setColumnStretch(Core::kPermActions + 1, 1);

    m_explanation->setObjectName(QStringLiteral("matrixExplanation"));
    m_explanation->setWordWrap(true);
    m_explanation->setMinimumHeight(fontMetrics().height() * 2 + 4);
    m_explanation->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_explanation->setText(tr("Point at a cell or move to it with Tab to read what it allows."));

    auto *box = new QVBoxLayout(this);
    box->setContentsMargins(0, 0, 0, 0);
    box->setSpacing(8);
    box->addLayout(grid);
    box->addWidget(m_explanation);
}

void RoleMatrixWidget::setMatrix(const Core::RoleMatrix &matrix)
{
    m_matrix = matrix;
    for (int e = 0; e < Core::kPermEntities; ++e)
        for (int a = 0; a < Core::kPermActions; ++a)
            m_cells[std::size_t(e * Core::kPermActions + a)]->setLevel(
                matrix.get(PermEntity(e), PermAction(a)));
    if (m_explained >= 0)
        explainCell(PermEntity(m_explained / Core::kPermActions),
                    PermAction(m_explained % Core::kPermActions));
}

void RoleMatrixWidget::setAdmin(bool admin)
{
    m_admin = admin;
    for (PermissionFlask *cell : m_cells)
        cell->setForceAll(admin);
    if (m_admin)
        m_explanation->setText(tr("Users with the role \"%1\" are administrators: they have every "
                                  "right on every record and manage the settings.")
                                   .arg(m_role));
    else if (m_explained >= 0)
        explainCell(PermEntity(m_explained / Core::kPermActions),
                    PermAction(m_explained % Core::kPermActions));
}

void RoleMatrixWidget::setRoleName(const QString &name)
{
    m_role = name;
    setAdmin(m_admin);
}

void RoleMatrixWidget::explainCell(PermEntity entity, PermAction action)
{
    m_explained = int(entity) * Core::kPermActions + int(action);
    if (m_admin)
        return;
    m_explanation->setText(explain(m_role, entity, action, m_matrix.get(entity, action)));
}

QString RoleMatrixWidget::entityTitle(PermEntity entity)
{
    switch (entity) {
    case PermEntity::Deal:
        return tr("Deals");
    case PermEntity::Contact:
        return tr("Contacts");
    case PermEntity::Company:
        return tr("Companies");
    case PermEntity::Task:
        return tr("Tasks");
    }
    return {};
}

QString RoleMatrixWidget::actionTitle(PermAction action)
{
    switch (action) {
    case PermAction::View:
        return tr("View");
    case PermAction::Create:
        return tr("Create");
    case PermAction::Edit:
        return tr("Edit");
    case PermAction::Delete:
        return tr("Delete");
    case PermAction::Export:
        return tr("Export");
    }
    return {};
}

QString RoleMatrixWidget::cellName(PermEntity entity, PermAction action)
{
    return tr("%1, %2").arg(entityTitle(entity), actionTitle(action).toLower());
}

QString RoleMatrixWidget::explain(const QString &role, PermEntity entity, PermAction action,
                                  Scope scope)
{
    // The records in the plural as the object of a verb ("deals"; in Russian the accusative).
    QString records;
    switch (entity) {
    case PermEntity::Deal:
        records = tr("deals", "object of a verb");
        break;
    case PermEntity::Contact:
        records = tr("contacts", "object of a verb");
        break;
    case PermEntity::Company:
        records = tr("companies", "object of a verb");
        break;
    case PermEntity::Task:
        records = tr("tasks", "object of a verb");
        break;
    }
    if (action == PermAction::View) {
        switch (scope) {
        case Scope::None:
            return tr("Users with the role \"%1\" do not see %2 at all.").arg(role, records);
        case Scope::Own:
            return tr("Users with the role \"%1\" see only the %2 they are responsible for.")
                .arg(role, records);
        case Scope::Department:
            return tr("Users with the role \"%1\" see the %2 of everyone in their department.")
                .arg(role, records);
        case Scope::All:
            return tr("Users with the role \"%1\" see all %2.").arg(role, records);
        }
    }
    if (action == PermAction::Create) {
        switch (scope) {
        case Scope::None:
            return tr("Users with the role \"%1\" cannot create %2.").arg(role, records);
        case Scope::Own:
            return tr("Users with the role \"%1\" create %2 only with themselves responsible.")
                .arg(role, records);
        case Scope::Department:
            return tr("Users with the role \"%1\" create %2 for themselves and colleagues of their "
                      "department.")
                .arg(role, records);
        case Scope::All:
            return tr("Users with the role \"%1\" create %2 for anyone.").arg(role, records);
        }
    }
    QString verb;
    switch (action) {
    case PermAction::Edit:
        verb = tr("edit", "infinitive after 'can'");
        break;
    case PermAction::Delete:
        verb = tr("delete", "infinitive after 'can'");
        break;
    default:
        verb = tr("export", "infinitive after 'can'");
        break;
    }
    switch (scope) {
    case Scope::None:
        return tr("Users with the role \"%1\" cannot %3 %2.").arg(role, records, verb);
    case Scope::Own:
        return tr("Users with the role \"%1\" can %3 only the %2 they are responsible for.")
            .arg(role, records, verb);
    case Scope::Department:
        return tr("Users with the role \"%1\" can %3 the %2 of everyone in their department.")
            .arg(role, records, verb);
    case Scope::All:
        return tr("Users with the role \"%1\" can %3 all %2.").arg(role, records, verb);
    }
    return {};
}

} // namespace Voronka::Ui
