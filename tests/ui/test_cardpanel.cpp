// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"
#include "support/wait.h"

#include "ui/board/boardview.h"
#include "ui/calendar/calendarworkspace.h"
#include "ui/cards/cardeditor.h"
#include "ui/cards/cardhost.h"
#include "ui/deals/dealsworkspace.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspace.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/tasks/tasksworkspace.h"
#include "ui/widgets/pagestack.h"

#include <QDockWidget>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

using namespace Voronka;
using Voronka::Test::BoardFixture;

namespace {
Ui::WorkspaceRegistry allSections()
{
    Ui::WorkspaceRegistry registry;
    Ui::DealsWorkspace::registerIn(registry);
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::TasksWorkspace::registerIn(registry);
    Ui::CalendarWorkspace::registerIn(registry);
    return registry;
}

struct Window
{
    Window(BoardFixture &t, QSize size)
        : registry(allSections())
        , w(*t.admin, t.clock, registry)
    {
        w.resize(size);
        w.show();
        ok = Test::waitExposed(&w) && w.size() == size;
    }

    bool openDeal(qint64 id, const QString &section = QStringLiteral("deals"))
    {
        if (!w.showSection(section) || !w.cards()->open(Core::EntityKind::Deal, id))
            return false;
        settle();
        return true;
    }

    // Delivers the posted layout requests and resizes of the dock and the sections.
    static void settle() { Test::flushEvents(); }

    // The card is in the main window, at its right, not in a window of its own.
    bool docked() const
    {
        const QDockWidget *dock = w.cards()->dock();
        return dock->isVisible() && !dock->isFloating() && dock->window() == &w &&
               w.dockWidgetArea(const_cast<QDockWidget *>(dock)) == Qt::RightDockWidgetArea &&
               dock->geometry().right() >= w.width() - 2;
    }

    Ui::WorkspaceRegistry registry;
    Ui::MainWindow w;
    bool ok = false;
};
} // namespace

TEST_CASE("cardPanel_at1400x860_docksBesideEverySectionWithoutScrollingTheBoard")
{
    BoardFixture t;
    QSettings().remove(QStringLiteral("cards/dockWidth"));
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    Window win(t, QSize(1400, 860));
    REQUIRE(win.ok);
    for (const QString &section :
         {QStringLiteral("deals"), QStringLiteral("contacts"), QStringLiteral("companies"),
          QStringLiteral("tasks"), QStringLiteral("calendar")}) {
        INFO(section.toStdString());
        REQUIRE(win.openDeal(deal, section));
        CHECK(win.docked());
        CHECK(win.w.cards()->dock()->width() == 520); // the default width
        CHECK(win.w.width() == 1400);                 // the window did not grow
        // The section's header rows wrap instead of making the section scroll sideways.
        const auto *stack = win.w.findChild<Ui::PageStack *>(QStringLiteral("workspaceStack"));
        REQUIRE(stack);
        const auto *page = qobject_cast<const QScrollArea *>(stack->currentWidget());
        REQUIRE(page);
        CHECK_FALSE(page->horizontalScrollBar()->isVisible());
        CHECK(stack->pageMinimumWidth() <= stack->width());
    }
    // The board keeps all of its header in view: its filters moved to a second row.
    REQUIRE(win.w.showSection(QStringLiteral("deals")));
    Window::settle();
    auto *board = win.w.findChild<Ui::BoardView *>();
    REQUIRE(board);
    auto *page = win.w.findChild<QScrollArea *>(QStringLiteral("pageScroll_dealsStack"));
    REQUIRE(page);
    CHECK_FALSE(page->horizontalScrollBar()->isVisible());
    auto *filters = board->findChild<QWidget *>(QStringLiteral("boardFilterBar"));
    auto *title = board->findChild<QLabel *>(QStringLiteral("pageTitle"));
    REQUIRE(filters);
    REQUIRE(title);
    CHECK(filters->mapTo(board, QPoint(0, 0)).y() >
          title->mapTo(board, QPoint(0, 0)).y() + title->height() / 2);
    CHECK(filters->mapTo(board, QPoint(filters->width(), 0)).x() <= board->width());

    // Without the card the header is one row again.
    REQUIRE(win.w.cards()->close(win.w.cards()->cards().first()));
    Window::settle();
    CHECK(filters->mapTo(board, QPoint(0, 0)).y() <
          title->mapTo(board, QPoint(0, 0)).y() + title->height());
}

TEST_CASE("cardPanel_at1200x800_docksAndTheSectionKeepsItsRoom")
{
    BoardFixture t;
    QSettings().remove(QStringLiteral("cards/dockWidth"));
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    Window win(t, QSize(1200, 800));
    REQUIRE(win.ok);
    REQUIRE(win.openDeal(deal));
    CHECK(win.docked());
    const int card = win.w.cards()->dock()->width();
    CHECK(card >= Ui::CardHost::kNarrowest);
    CHECK(card <= 520);
    CHECK(win.w.width() == 1200);
    // The section beside keeps at least ~380 px.
    const auto *stack = win.w.findChild<Ui::PageStack *>(QStringLiteral("workspaceStack"));
    REQUIRE(stack);
    CHECK(stack->width() >= 380);
    // The card is narrow: its labels stand above their fields.
    Ui::CardEditor *editor = win.w.cards()->cards().first();
    CHECK(editor->labelsAbove());

    // Too narrow a window for both: the card floats rather than widen the window.
    REQUIRE(win.w.cards()->close(editor));
    Window::settle();
    win.w.resize(900, 800);
    Window::settle();
    REQUIRE(win.w.width() == 900);
    REQUIRE(win.openDeal(deal));
    CHECK(win.w.cards()->dock()->isFloating());
    CHECK(win.w.width() == 900);
}

TEST_CASE("cardPanel_widthChosenWithTheSplitter_persistsToTheNextCardAndWindow")
{
    BoardFixture t;
    QSettings().remove(QStringLiteral("cards/dockWidth"));
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), t.firstOpenStage(0), 5000, 2);
    {
        Window win(t, QSize(1400, 860));
        REQUIRE(win.ok);
        REQUIRE(win.openDeal(a));
        REQUIRE(win.w.cards()->dock()->width() == 520);
        // What dragging the splitter between the section and the card does.
        win.w.resizeDocks({win.w.cards()->dock()}, {600}, Qt::Horizontal);
        Window::settle();
        REQUIRE(win.w.cards()->dock()->width() == 600);
        REQUIRE(win.w.cards()->close(win.w.cards()->cards().first())); // the panel hides
        CHECK(QSettings().value(QStringLiteral("cards/dockWidth")).toInt() == 600);
        REQUIRE(win.openDeal(b));
        CHECK(win.w.cards()->dock()->width() == 600);
    }
    Window again(t, QSize(1400, 860));
    REQUIRE(again.ok);
    REQUIRE(again.openDeal(a));
    CHECK(again.docked());
    CHECK(again.w.cards()->dock()->width() == 600);
}

TEST_CASE("cardEditor_narrow_putsLabelsAboveFieldsAndBesideWhenWide")
{
    BoardFixture t;
    const qint64 deal = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 5000, 1);
    Ui::CardEditor card(*t.admin, Core::EntityKind::Deal, deal, QDate(2026, 3, 2));
    card.resize(1000, 800);
    card.show();
    REQUIRE(Test::waitExposed(&card));
    auto *label = card.findChild<QLabel *>(QStringLiteral("cardLabel_responsible_id"));
    auto *field = card.findChild<QWidget *>(QStringLiteral("cardResponsible"));
    REQUIRE(label);
    REQUIRE(field);
    auto at = [&](QWidget *w) {
        Window::settle();
        return QRect(w->mapTo(&card, QPoint(0, 0)), w->size());
    };
    CHECK_FALSE(card.labelsAbove());
    CHECK(at(label).right() < at(field).left()); // beside
    CHECK(at(label).top() < at(field).bottom());

    card.resize(520, 800);
    CHECK(card.labelsAbove());
    CHECK(at(label).bottom() <= at(field).top()); // above
    CHECK(at(label).left() == at(field).left());

    card.resize(700, 800);
    CHECK_FALSE(card.labelsAbove());
    CHECK(at(label).right() < at(field).left());
}
