// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QObject>
#include <QPointer>

class QDockWidget;
class QMainWindow;
class QTabWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class CardEditor;

// Where cards live: tabs in a panel docked at the right of the main window, or windows of
// their own ("Open in window"). One card per record: opening an open record brings it forward.
class CardHost final : public QObject
{
    Q_OBJECT
public:
    CardHost(Core::Session &session, QMainWindow *window);
    ~CardHost() override;

    // Deals, contacts and companies open; false for other kinds or a record that cannot be
    // read (the reason goes to failed()). Id 0 opens an empty card for a new record of the kind
    // (the one already open, if any).
    bool open(Core::EntityKind kind, qint64 id);
    CardEditor *card(Core::EntityKind kind, qint64 id) const;
    QList<CardEditor *> cards() const;
    QDockWidget *dock() const { return m_dock; }
    QTabWidget *tabs() const { return m_tabs; }
    // Moves a docked card into a window of its own.
    void detach(CardEditor *card);
    // Closes one card, asking about unsaved edits; false when the user keeps it.
    bool close(CardEditor *card);
    // Before the main window closes: every card with edits asks; false cancels.
    bool closeAll();
    // Keeps the docked panel's width, when the user changed it, for the next card
    // (QSettings "cards/dockWidth"). Called when the panel hides and the window closes.
    void rememberWidth();

    // The narrowest a docked card gets; with less room beside the section it floats.
    static constexpr int kNarrowest = 420;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

signals:
    void failed(const QString &message);
    void recordSaved(Core::EntityKind kind, qint64 id);

private:
    void focus(CardEditor *card);
    void place();
    void applyWidth();
    void hideDock();
    int roomBeside() const;
    void updateTitle(CardEditor *card);

    Core::Session &m_session;
    QMainWindow *m_window;
    QDockWidget *m_dock;
    QTabWidget *m_tabs;
    QPointer<QWidget> m_dockTitle; // empty: no title bar while docked
    QList<QPointer<CardEditor>> m_cards;
    int m_placedWidth = 0;       // the width the panel was docked at
    int m_placedWindowWidth = 0; // and the window's width then
    bool m_widthPending = false; // placed before the window first showed
};

} // namespace Voronka::Ui
