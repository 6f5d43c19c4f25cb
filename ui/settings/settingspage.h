// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/util/result.h"
#include "ui/widgets/admincommand.h"

#include <QWidget>

class QAbstractItemView;
class QFormLayout;
class QFrame;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QUndoStack;
class QTableView;
class QVBoxLayout;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// What the settings pages share: a title with the page's Undo and Redo (Ctrl+Z,
// Ctrl+Shift+Z) over its own undo stack, a line for what went wrong, and apply(), which
// runs a change through core and keeps it as an undo step when core accepted it.
// Object names start with the page's prefix: "usersUndo", "usersMessage"...
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    SettingsPage(Core::Session &session, const QString &prefix, const QString &title,
                 QWidget *parent);

    QUndoStack *undoStack() const { return m_undo; }
    // Settings changed elsewhere (another window or desktop): the page reads again, unless it
    // holds an unsaved draft the user is editing.
    virtual void refresh() { reload(); }
    // False while the page still computes what it shows (the screenshot mode waits).
    virtual bool isLoaded() const { return true; }
    // The look every settings list shares: no grid, alternating rows, left-aligned header,
    // the theme's selection colours, rows of 34 px.
    static void styleTable(QTableView *table);
    // The look of a list or tree widget on a settings page: rows of SettingsDelegate on
    // alternating colours, the settings header, no frame of its own; returns the "listCard"
    // frame holding it, to lay out in its place.
    static QFrame *listCard(QAbstractItemView *view);
    QLabel *message() const { return m_message; }

protected:
    // Runs `redo` now: on success it becomes an undo step (whose redo runs it again) and the
    // page reloads; otherwise the error shows. Returns what core said.
    Core::Status apply(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo);
    // The page's data changed (a step, its undo or redo): read it again.
    virtual void reload() = 0;
    void showError(const Core::Error &error);
    void showError(const QString &text);
    void showInfo(const QString &text);
    void clearMessage();

    // A form of options as the settings pages lay it out: labels right-aligned, fields at
    // their size hint.
    static QFormLayout *optionsForm();
    // The form in a settings card with a Save button (objectName saveName) at its bottom
    // right, in a row that leaves the rest of the width empty. The caller places the row and
    // connects the button.
    struct FormCard
    {
        QHBoxLayout *row;
        QPushButton *save;
    };
    FormCard formCard(QFormLayout *form, const QString &saveName);

    // A page that only reads (the journal) shows no Undo and Redo.
    void hideUndo();
    // Where the page puts its content, under the title.
    QVBoxLayout *body() const { return m_body; }
    // Beside the title, before Undo and Redo: the page's own buttons.
    QHBoxLayout *actions() const { return m_actions; }

    Core::Session &m_session;

private:
    QUndoStack *m_undo;
    QPushButton *m_undoButton = nullptr;
    QPushButton *m_redoButton = nullptr;
    QVBoxLayout *m_body;
    QHBoxLayout *m_actions;
    QLabel *m_message;
};

} // namespace Voronka::Ui
