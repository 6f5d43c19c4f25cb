// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "undoscope.h"

#include <QAction>
#include <QPointer>
#include <QUndoStack>
#include <QWidget>

namespace Voronka::Ui {

namespace {
constexpr const char *kProperty = "voronkaUndoStack";

QUndoStack *stackOf(const QWidget *w)
{
    return qobject_cast<QUndoStack *>(w->property(kProperty).value<QObject *>());
}
} // namespace

void makeUndoScope(QUndoStack *stack, QWidget *scope)
{
    scope->setProperty(kProperty, QVariant::fromValue<QObject *>(stack));
    auto *undo = stack->createUndoAction(scope);
    auto *redo = stack->createRedoAction(scope);
    undo->setObjectName(QStringLiteral("scopeUndo"));
    redo->setObjectName(QStringLiteral("scopeRedo"));
    undo->setShortcut(QKeySequence::Undo);
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    undo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    redo->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    scope->addAction(undo);
    scope->addAction(redo);
}

QUndoStack *undoScopeOf(const QWidget *w)
{
    for (; w; w = w->parentWidget())
        if (QUndoStack *s = stackOf(w))
            return s;
    return nullptr;
}

QUndoStack *undoScopeWithin(const QWidget *area)
{
    if (!area)
        return nullptr;
    if (QUndoStack *s = stackOf(area))
        return s;
    const QList<QWidget *> children = area->findChildren<QWidget *>();
    for (const QWidget *c : children)
        if (QUndoStack *s = stackOf(c))
            return s;
    return nullptr;
}

} // namespace Voronka::Ui
