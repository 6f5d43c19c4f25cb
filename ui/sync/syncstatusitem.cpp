// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "syncstatusitem.h"

#include "ui/sync/synccontroller.h"
#include "ui/widgets/theme.h"

#include <QPainter>
#include <QPixmap>

namespace Voronka::Ui {

namespace {
QIcon dot(const QColor &color)
{
    QPixmap pixmap(QSize(16, 16) * 2);
    pixmap.setDevicePixelRatio(2);
    pixmap.fill(Qt::transparent);
    QPainter p(&pixmap);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(color);
    p.drawEllipse(QRectF(4, 4, 8, 8));
    return QIcon(pixmap);
}
} // namespace

SyncStatusItem::SyncStatusItem(SyncController &controller, QWidget *parent)
    : QToolButton(parent)
    , m_controller(controller)
{
    setObjectName(QStringLiteral("syncStatus"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setCursor(Qt::PointingHandCursor);
    connect(&controller, &SyncController::changed, this, &SyncStatusItem::showState);
    connect(this, &QToolButton::clicked, this, &SyncStatusItem::detailsRequested);
    showState();
}

QString SyncStatusItem::stateText(const SyncController &controller)
{
    switch (controller.state()) {
    case SyncController::State::Syncing:
        return tr("Syncing…");
    case SyncController::State::Offline:
        return tr("Offline");
    case SyncController::State::SignInNeeded:
        return tr("Sign in to sync");
    case SyncController::State::Failed:
        return tr("Sync failed");
    case SyncController::State::Idle:
        break;
    }
    return tr("Online");
}

void SyncStatusItem::showState()
{
    const Core::Sync::SyncStatus &n = m_controller.counts();
    QStringList parts{stateText(m_controller)};
    if (n.pending > 0)
        parts << tr("%n change(s) to send", nullptr, int(n.pending));
    if (n.conflicts > 0)
        parts << tr("%n conflict(s)", nullptr, int(n.conflicts));
    setText(parts.join(QStringLiteral(" · ")));

    const ThemeColors &t = Theme::current();
    QColor color = QColor(0x2e, 0x9e, 0x5b); // online
    switch (m_controller.state()) {
    case SyncController::State::Syncing:
        color = t.accent;
        break;
    case SyncController::State::Offline:
    case SyncController::State::SignInNeeded:
        color = t.muted;
        break;
    case SyncController::State::Failed:
        color = t.danger;
        break;
    case SyncController::State::Idle:
        if (n.conflicts > 0)
            color = QColor(0xd9, 0x8a, 0x1c);
        break;
    }
    setIcon(dot(color));
    setToolTip(m_controller.state() == SyncController::State::Failed ? m_controller.lastError()
                                                                     : tr("Team server: %1")
                                                                           .arg(m_controller.serverUrl()));
}

} // namespace Voronka::Ui
