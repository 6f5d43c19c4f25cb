// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QColor>
#include <QWidget>

namespace Voronka::Ui {

// A target a card can be dropped on while it is dragged, standing for one stage (Won,
// Lost): lights up under the card and hands the drop on.
class DropZone final : public QWidget
{
    Q_OBJECT
public:
    DropZone(const QColor &color, QWidget *parent = nullptr);

    void setStage(qint64 stageId, const QString &text);
    qint64 stageId() const { return m_stageId; }
    bool isHovered() const { return m_hovered; }
    QSize sizeHint() const override;

signals:
    void cardDropped(qint64 dealId, qint64 fromStageId, qint64 toStageId);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void setHovered(bool hovered);

    QString m_text;
    QColor m_color;
    qint64 m_stageId = 0;
    bool m_hovered = false;
};

} // namespace Voronka::Ui
