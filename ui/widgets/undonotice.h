// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QFrame>
#include <QPointer>

class QLabel;
class QPushButton;
class QTimer;
class QUndoCommand;
class QUndoStack;

namespace Voronka::Ui {

// The short note a section shows after a change that leaves the view: "Moved «Alpha» to Won
// · Undo", at the bottom of the section for a few seconds, as web CRMs do after a drop on Won
// or Lost, a calendar move or a bulk edit. It follows the section's undo stack, so every
// change pushed there is announced without the action knowing: a new step shows its text and
// Undo; an undone step shows "Undone: …" and Redo. The buttons act on the stack only while
// the step they name is still the one they would undo or redo.
class UndoNotice final : public QFrame
{
    Q_OBJECT
public:
    // Shown over `host` (a child of it, outside its layout).
    UndoNotice(QUndoStack *stack, QWidget *host);

    static constexpr int kShowMs = 6000;
    QTimer *hideTimer() const { return m_timer; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void stackMoved(int index);
    void announce(const QString &text, const QString &action, bool redo);
    void act();
    void place();

    QPointer<QUndoStack> m_stack;
    QLabel *m_text;
    QPushButton *m_action;
    QTimer *m_timer;
    // The step a redo would bring back, as the stack stood after its last move: a step that
    // arrives on top and is not this one was pushed, not redone.
    const QUndoCommand *m_redoable = nullptr;
    int m_index = 0;
    bool m_redo = false;
    int m_target = -1; // the stack index the button expects before it acts
};

} // namespace Voronka::Ui
