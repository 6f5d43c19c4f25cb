// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/widgets/rowdelegate.h"

namespace Voronka::Ui {

// Paints a cell of a settings list as the record lists do: padded, elided text in the
// model's colour and alignment; in the avatar column the person's avatar before the name
// (coloured by AvatarColorRole when the model gives one).
class SettingsDelegate final : public RowDelegate
{
    Q_OBJECT
public:
    static constexpr int AvatarColorRole = Qt::UserRole + 100;

    SettingsDelegate(int avatarColumn, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int m_avatarColumn;
};

} // namespace Voronka::Ui
