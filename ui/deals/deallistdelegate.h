// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "widgets/rowdelegate.h"

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Paints a deals-list cell (padded, elided, a dash when empty, the stage after its colour
// dot, money right-aligned) and edits it in place with the editor its field needs: text,
// money, a date, a user or a stage of the deal's pipeline. The model writes the value
// through core; a refused value never reaches the row.
class DealListDelegate final : public RowDelegate
{
    Q_OBJECT
public:
    explicit DealListDelegate(Core::Session &session, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
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
