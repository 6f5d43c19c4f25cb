// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "ui/mainwindow/workspace.h"

#include <QPointer>

class QStackedWidget;
class QToolButton;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class BoardView;
class DealListView;
class WorkspaceRegistry;

// The Deals section: the kanban board of one pipeline, or the same deals as a list (a
// toggle in the header switches; the choice is remembered per user). The list follows the
// board's pipeline and filter.
class DealsWorkspace final : public Workspace
{
public:
    enum class Mode { Board, List };

    explicit DealsWorkspace(Core::Session &session);
    ~DealsWorkspace() override;

    QString id() const override { return QStringLiteral("deals"); }
    QString title() const override;
    QIcon icon() const override;
    QWidget *widget() override;
    void activate() override;
    bool isLoaded() const override;
    Core::EntityKind recordKind() const override { return Core::EntityKind::Deal; }
    // A deal opened on the board (double click, Enter) or in the list opens its card.
    void setRecordOpener(RecordOpener opener) override;
    void recordChanged(Core::EntityKind kind, qint64 id) override;
    void settingsChanged() override;
    // "board" or "list" (--view deals/list): shows that mode, as the toggle does.
    bool showPage(const QString &page) override;
    // The deals behind a report's number: the list, showing just them under a banner.
    bool showList(const ListRequest &request) override;

    static void registerIn(WorkspaceRegistry &registry);

    Mode mode() const { return m_mode; }
    void setMode(Mode mode);
    BoardView *board() const;
    DealListView *list() const;

private:
    void followBoard();
    QString modeSetting() const;

    Core::Session &m_session;
    // The main window's stack takes ownership of the pages; until then this owns them.
    QPointer<QStackedWidget> m_stack;
    QPointer<BoardView> m_view;
    QPointer<DealListView> m_list;
    QWidget *m_toggle = nullptr;
    // Import… into deals: like the toggle, one button moved into the header of the page shown.
    QToolButton *m_import = nullptr;
    QToolButton *m_boardButton = nullptr;
    QToolButton *m_listButton = nullptr;
    Mode m_mode = Mode::Board;
    bool m_activated = false;
    bool m_allPipelines = false;
};

} // namespace Voronka::Ui
