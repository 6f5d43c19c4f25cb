// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "undonotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QUndoStack>

namespace Voronka::Ui {

UndoNotice::UndoNotice(QUndoStack *stack, QWidget *host)
    : QFrame(host)
    , m_stack(stack)
    , m_text(new QLabel(this))
    , m_action(new QPushButton(this))
    , m_timer(new QTimer(this))
{
    setObjectName(QStringLiteral("undoNotice"));
    m_text->setObjectName(QStringLiteral("undoNoticeText"));
    m_text->setTextFormat(Qt::PlainText); // record names are never markup
    m_action->setObjectName(QStringLiteral("undoNoticeAction"));
    m_action->setFlat(true);
    m_action->setCursor(Qt::PointingHandCursor);
    m_action->setFocusPolicy(Qt::NoFocus); // the focus stays in the section's view
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(14, 6, 8, 6);
    row->setSpacing(12);
    row->addWidget(m_text);
    row->addWidget(m_action);
    m_timer->setObjectName(QStringLiteral("undoNoticeTimer"));
    m_timer->setSingleShot(true);
    m_timer->setInterval(kShowMs);
    connect(m_timer, &QTimer::timeout, this, &QWidget::hide);
    connect(m_action, &QPushButton::clicked, this, &UndoNotice::act);
    m_index = stack->index();
    m_redoable = m_index < stack->count() ? stack->command(m_index) : nullptr;
    connect(stack, &QUndoStack::indexChanged, this, &UndoNotice::stackMoved);
    host->installEventFilter(this);
    hide();
}

void UndoNotice::stackMoved(int index)
{
    const int before = m_index;
    const QUndoCommand *redoable = m_redoable;
    m_index = index;
    m_redoable = index < m_stack->count() ? m_stack->command(index) : nullptr;
    const QUndoCommand *top = index > 0 ? m_stack->command(index - 1) : nullptr;
    if (index > before && top && top != redoable) {
        announce(top->text(), tr("Undo"), false); // a new step (QUndoStack::push)
    } else if (index < before) {
        if (m_redoable)
            announce(tr("Undone: %1").arg(m_redoable->text()), tr("Redo"), true);
    } else if (index > before) {
        hide(); // the user redid it: nothing to say
    }
}

void UndoNotice::announce(const QString &text, const QString &action, bool redo)
{
    if (text.isEmpty())
        return hide();
    m_text->setText(text);
    m_action->setText(action);
    m_redo = redo;
    m_target = m_index;
    adjustSize();
    place();
    raise();
    QFrame::show();
    m_timer->start();
}

void UndoNotice::act()
{
    // Only the step this note names: something else may have been done since.
    if (!m_stack || m_stack->index() != m_target)
        return hide();
    if (m_redo)
        m_stack->redo();
    else
        m_stack->undo();
}

void UndoNotice::place()
{
    const QWidget *host = parentWidget();
    if (!host)
        return;
    const QSize s = sizeHint().boundedTo(host->size() - QSize(24, 24));
    resize(s);
    move((host->width() - s.width()) / 2, host->height() - s.height() - 20);
}

bool UndoNotice::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == parentWidget() && event->type() == QEvent::Resize && isVisible())
        place();
    return QFrame::eventFilter(watched, event);
}

} // namespace Voronka::Ui
