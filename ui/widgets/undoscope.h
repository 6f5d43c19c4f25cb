// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

class QUndoStack;
class QWidget;

namespace Voronka::Ui {

// Where Ctrl+Z goes. Every part of the window with an undo history of its own (the board, a
// list, the tasks, the calendar, a card, a settings page) makes itself an undo scope: Ctrl+Z
// and Ctrl+Shift+Z (or Ctrl+Y) undo and redo its stack while the focus is inside it, and the
// main window's Edit menu names the step of the scope the focus is in ("Undo Move 3 deals to
// «Won»"). Scopes nest: the innermost one around the focus wins.
void makeUndoScope(QUndoStack *stack, QWidget *scope);
// The stack of the innermost scope holding `w` (w itself included); nullptr outside any.
QUndoStack *undoScopeOf(const QWidget *w);
// The first scope inside `area` (itself or a descendant), for when the focus is elsewhere.
QUndoStack *undoScopeWithin(const QWidget *area);

} // namespace Voronka::Ui
