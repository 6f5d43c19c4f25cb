// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"

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
    // read (the reason goes to failed()).
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

signals:
    void failed(const QString &message);
    void recordSaved(Core::EntityKind kind, qint64 id);

private:
    void focus(CardEditor *card);
    void updateTitle(CardEditor *card);

    Core::Session &m_session;
    QMainWindow *m_window;
    QDockWidget *m_dock;
    QTabWidget *m_tabs;
    QList<QPointer<CardEditor>> m_cards;
};

} // namespace Voronka::Ui
