// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QColor>
#include <QList>
#include <QWidget>

namespace Voronka::Ui {

// A target cards can be dropped on while they are dragged, standing for a stage (Won, Lost,
// another pipeline's first stage) or for the recycle bin: lights up under the cards and
// hands the drop on.
class DropZone final : public QWidget
{
    Q_OBJECT
public:
    DropZone(const QColor &color, QWidget *parent = nullptr);

    static constexpr qint64 kDelete = -1; // the target of the Delete zone

    void setStage(qint64 stageId, const QString &text); // a stage id, or kDelete
    qint64 stageId() const { return m_stageId; }
    bool isHovered() const { return m_hovered; }
    QSize sizeHint() const override;

signals:
    void cardsDropped(const QList<qint64> &dealIds, qint64 fromStageId, qint64 target);

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
