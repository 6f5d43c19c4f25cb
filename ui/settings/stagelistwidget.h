// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QHash>
#include <QListWidget>

namespace Voronka::Ui {

// A pipeline's stages in board order: a colour dot, the name (editable in place) and a
// muted line of facts. Open stages are reordered by dragging or with Ctrl+Up/Down; fixed
// stages (won, lost, incoming) stay where they are; Delete asks to delete an open stage. The widget
// only asks for a new order; the dialog applies it through core and reloads the list.
class StageListWidget final : public QListWidget
{
    Q_OBJECT
public:
    enum Role { StageIdRole = Qt::UserRole + 1, FixedRole, ColorRole, MetaRole };

    explicit StageListWidget(QWidget *parent = nullptr);

    void setStages(const QList<Core::StageInfo> &stages, const QHash<qint64, qint64> &dealCounts,
                   qint64 selectStageId);
    qint64 currentStageId() const;
    QListWidgetItem *itemFor(qint64 stageId) const;
    QList<qint64> openOrder() const;
    // Moves the current open stage by `delta` places among the open stages.
    void moveCurrent(int delta);

signals:
    void reorderRequested(const QList<qint64> &openStageIds, qint64 movedStageId);
    void renameRequested(qint64 stageId, const QString &name);
    void deleteRequested(); // the Delete key on an open stage

protected:
    void startDrag(Qt::DropActions supportedActions) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragMoveEvent(QDragMoveEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;

private:
    void requestOrder(qint64 stageId, int openIndex);
    bool ownDrag(const QDropEvent *event) const;
    bool m_filling = false;
    qint64 m_draggedId = 0; // the open stage this list's last drag carries
};

} // namespace Voronka::Ui
