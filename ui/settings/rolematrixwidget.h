// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/permissions/permissions.h"

#include <QWidget>

#include <array>

class QLabel;

namespace Voronka::Ui {

class PermissionFlask;

// The permissions matrix of one role: deals, contacts, companies and tasks × view, create,
// edit, delete and export, a flask per cell (objectName "cell_deal_view"...), and under it one
// line explaining the cell last hovered or focused in words ("... see only the deals they are
// responsible for"). An administrator's matrix shows every cell at "all", greyed.
class RoleMatrixWidget final : public QWidget
{
    Q_OBJECT
public:
    explicit RoleMatrixWidget(QWidget *parent = nullptr);

    Core::RoleMatrix matrix() const { return m_matrix; }
    void setMatrix(const Core::RoleMatrix &matrix); // no signal
    void setAdmin(bool admin);
    void setRoleName(const QString &name);

    static QString entityTitle(Core::PermEntity entity);
    static QString actionTitle(Core::PermAction action);
    static QString cellName(Core::PermEntity entity, Core::PermAction action);
    // One sentence: what users with the role may do with the records of that cell.
    static QString explain(const QString &role, Core::PermEntity entity, Core::PermAction action,
                           Core::Scope scope);

signals:
    void edited();

private:
    void explainCell(Core::PermEntity entity, Core::PermAction action);

    Core::RoleMatrix m_matrix;
    bool m_admin = false;
    QString m_role;
    int m_explained = -1; // entity * actions + action of the cell explained, -1: none yet
    std::array<PermissionFlask *, Core::kPermEntities * Core::kPermActions> m_cells{};
    QLabel *m_explanation;
};

} // namespace Voronka::Ui
