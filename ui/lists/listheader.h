// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QHeaderView>

namespace Voronka::Ui {

// A flat header for the record lists that shows which columns sort: sortable columns carry
// a faint up/down mark and react to clicks, the others do neither. The model's
// RecordListModel::SortableRole decides.
class ListHeader final : public QHeaderView
{
    Q_OBJECT
public:
    explicit ListHeader(QWidget *parent = nullptr);

    QSize sectionSizeFromContents(int logicalIndex) const override;

signals:
    void sortRequested(int column, Qt::SortOrder order);

protected:
    void paintSection(QPainter *painter, const QRect &rect, int logicalIndex) const override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void leaveEvent(QEvent *event) override;

private:
    bool sortable(int logicalIndex) const;
    void onClicked(int logicalIndex);
    int m_hover = -1;
};

} // namespace Voronka::Ui
