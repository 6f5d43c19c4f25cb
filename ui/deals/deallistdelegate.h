// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/lists/listdelegate.h"

#include <QIcon>

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The record list's cell painting for deals (the stage after its colour dot, money
// right-aligned: the model says so) with in-place editing: the editor a column's field
// needs: text, money, a date, a user or a stage of the deal's pipeline. The model writes the
// value through core; a refused value never reaches the row.
class DealListDelegate final : public ListDelegate
{
    Q_OBJECT
public:
    explicit DealListDelegate(Core::Session &session, QObject *parent = nullptr);

    // A stage's colour as a dot, for menus and editors.
    static QIcon stageIcon(const QString &color);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option,
                          const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model,
                      const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;

private:
    Core::Session &m_session;
};

} // namespace Voronka::Ui
