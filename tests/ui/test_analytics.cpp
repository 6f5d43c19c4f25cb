// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/tempdb.h"
#include "support/wait.h"

#include "core/analytics/goals.h"
#include "core/analytics/reports.h"
#include "core/demo/demo.h"
#include "core/services/auth.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/analytics/analyticsview.h"
#include "ui/analytics/analyticsworkspace.h"
#include "ui/analytics/dashboardpage.h"
#include "ui/analytics/periodpicker.h"
#include "ui/analytics/reportpages.h"
#include "ui/deals/deallistview.h"
#include "ui/deals/dealsworkspace.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/tasks/tasksworkspace.h"
#include "ui/widgets/money.h"

#include <QAbstractBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMimeData>
#include <QPrinter>
#include <QRegularExpression>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

using namespace Voronka;
using Voronka::Test::TempDb;

namespace {
// The tiny demo (a head of sales, her department, a year of deals) with the clock on its day.
struct Demo
{
    QTemporaryDir dir;
    QString path = dir.filePath(QStringLiteral("demo.voronka"));
    std::unique_ptr<Core::Database> db;
    Core::ManualClock clock{TempDb::kStart};

    Demo()
    {
        Core::DemoOptions o;
        o.size = Core::DemoOptions::Size::Tiny;
        o.seed = 7;
        o.nowMs = TempDb::kStart;
        o.passwordStrength = Core::Auth::Strength::Fast;
        REQUIRE(Core::generateDemo(path, o).ok());
        db = std::move(Core::Database::open(path)).value();
    }

    std::unique_ptr<Core::Session> session(const char *email)
    {
        const qint64 id = db->sql().scalar(
            QStringLiteral("SELECT id FROM users WHERE email = '%1'").arg(QLatin1String(email))
                .toUtf8()
                .constData());
        REQUIRE(id);
        return std::make_unique<Core::Session>(*db, clock, Core::Auth::readUser(*db, id));
    }
};

// The view on a year of the demo, loaded.
bool loadYear(Ui::AnalyticsView &view)
{
    view.periodPicker()->setKind(Ui::PeriodPicker::Kind::ThisYear);
    view.activate();
    return Test::waitUntil([&] { return view.isLoaded(); });
}

// The target a headline or tile link leads to.
int hrefOf(const QLabel *label)
{
    const QRegularExpressionMatch m =
        QRegularExpression(QStringLiteral("href=\"(\\d+)\"")).match(label->text());
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

int columnOf(const QStandardItemModel *model, const QString &header)
{
    for (int c = 0; c < model->columnCount(); ++c)
        if (model->headerData(c, Qt::Horizontal).toString() == header)
            return c;
    return -1;
}
} // namespace

TEST_CASE("analytics_dashboardTilesShowTheCoreFiguresAndOpenTheDealsBehindThem", "[analytics]")
{
    Demo demo;
    auto head = demo.session("head@example.com");
    QSettings().remove(QStringLiteral("analytics"));
    Ui::AnalyticsView view(*head);
    view.resize(1400, 900);
    REQUIRE(view.showPage(QStringLiteral("dashboard")));
    REQUIRE(loadYear(view));
    Ui::DashboardPage *dash = view.dashboard();

    const Core::ReportScope scope = view.context().scope;
    Core::Result<Core::Dashboard> d = Core::Analytics::dashboard(*head, scope);
    REQUIRE(d.ok());
    const QString currency = view.context().currency;
    CHECK(dash->tile(QStringLiteral("won"))->figureText() == Ui::Money::format(d->won.sum, currency));
    CHECK(dash->tile(QStringLiteral("noTask"))->figureText() ==
          QLocale().toString(d->dealsWithoutOpenTask));
    CHECK(dash->tile(QStringLiteral("overdue"))->figureText() == QLocale().toString(d->overdueTasks));

    // A click on the won figure opens exactly the deals it counts.
    QSignalSpy opened(&view, &Ui::AnalyticsView::listOpened);
    QLabel *won = dash->tile(QStringLiteral("won"))->figureLabel();
    REQUIRE(hrefOf(won) >= 0);
    emit won->linkActivated(QString::number(hrefOf(won)));
    REQUIRE(Test::waitUntil([&] { return opened.count() == 1; }));
    auto request = opened.takeFirst().at(0).value<Ui::Workspace::ListRequest>();
    CHECK(request.kind == Core::EntityKind::Deal);
    CHECK(request.ids.size() == d->won.count);

    // The overdue tasks figure opens the tasks of whose figures these are.
    QLabel *overdue = dash->tile(QStringLiteral("overdue"))->figureLabel();
    REQUIRE(hrefOf(overdue) >= 0);
    emit overdue->linkActivated(QString::number(hrefOf(overdue)));
    REQUIRE(opened.count() == 1);
    request = opened.takeFirst().at(0).value<Ui::Workspace::ListRequest>();
    CHECK(request.kind == Core::EntityKind::Task);
    CHECK(request.whose == QStringLiteral("d:%1").arg(head->actor().departmentId));
    CHECK(request.status == Core::TaskStatus::Open);

    // A bar of the stages chart opens that stage's open deals.
    auto *chart = dash->findChild<QChartView *>(QStringLiteral("dashboardStagesChart"));
    REQUIRE(chart);
    auto *bars = qobject_cast<QAbstractBarSeries *>(chart->chart()->series().first());
    REQUIRE(bars);
    // Bars are drawn bottom-up: the first stage is the top bar, the last index.
    qsizetype stage = 0;
    while (stage < d->openByStage.size() && d->openByStage[stage].open.count == 0)
        ++stage;
    REQUIRE(stage < d->openByStage.size());
    emit bars->clicked(int(d->openByStage.size() - 1 - stage), bars->barSets().first());
    REQUIRE(Test::waitUntil([&] { return opened.count() == 1; }));
    request = opened.takeFirst().at(0).value<Ui::Workspace::ListRequest>();
    CHECK(request.ids.size() == d->openByStage[stage].open.count);
}

TEST_CASE("analytics_dashboardTilesMoveHideAndAreRememberedPerUser", "[analytics]")
{
    Demo demo;
    auto head = demo.session("head@example.com");
    auto manager = demo.session("manager1@example.com");
    QSettings().remove(QStringLiteral("analytics"));
    const QStringList defaults = Ui::DashboardPage::defaultOrder();
    {
        Ui::DashboardPage page(*head);
        CHECK(page.order() == defaults);
        // Dropping "overdue" on "won" puts it first.
        Ui::DashboardTile *target = page.tile(QStringLiteral("won"));
        QMimeData mime;
        mime.setData(QStringLiteral("application/x-voronka-dashboard-tile"), "overdue");
        QDragEnterEvent enter(QPoint(10, 10), Qt::MoveAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(target, &enter);
        CHECK(enter.isAccepted());
        QDropEvent drop(QPointF(10, 10), Qt::MoveAction, &mime, Qt::LeftButton, {});
        QCoreApplication::sendEvent(target, &drop);
        CHECK(page.order().first() == QStringLiteral("overdue"));
        page.setTileVisible(QStringLiteral("activity"), false);
        CHECK(page.tile(QStringLiteral("activity"))->isHidden());
    }
    {
        Ui::DashboardPage again(*head);
        CHECK(again.order().first() == QStringLiteral("overdue"));
        CHECK(again.hidden() == QStringList{QStringLiteral("activity")});
        Ui::DashboardPage other(*manager); // another user keeps the default
        CHECK(other.order() == defaults);
        CHECK(other.hidden().isEmpty());
        again.resetLayout();
        CHECK(again.order() == defaults);
        CHECK(again.hidden().isEmpty());
    }
}

TEST_CASE("analytics_funnelTableAndBarsOpenTheDealsThatReachedAStage", "[analytics]")
{
    Demo demo;
    auto head = demo.session("head@example.com");
    QSettings().remove(QStringLiteral("analytics"));
    Ui::AnalyticsView view(*head);
    view.resize(1400, 900);
    view.show();
    REQUIRE(view.showPage(QStringLiteral("funnel")));
    REQUIRE(loadYear(view));
    auto *page = static_cast<Ui::FunnelPage *>(view.currentPage());
    Core::Result<Core::Funnel> f = Core::Analytics::funnel(*head, view.context().scope);
    REQUIRE(f.ok());
    REQUIRE(page->table()->rowCount() == f->stages.size());
    const int reached = columnOf(page->table(), Ui::FunnelPage::tr("Reached"));
    REQUIRE(reached > 0);
    CHECK(page->table()->item(1, reached)->data(Qt::UserRole + 1).toLongLong() ==
          f->stages[1].reached.count);

    QSignalSpy opened(&view, &Ui::AnalyticsView::listOpened);
    QTableView *table = page->tableView();
    const QRect cell = table->visualRect(table->model()->index(1, reached));
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, cell.center());
    REQUIRE(Test::waitUntil([&] { return opened.count() == 1; }));
    auto request = opened.takeFirst().at(0).value<Ui::Workspace::ListRequest>();
    CHECK(request.ids.size() == f->stages[1].reached.count);
    CHECK(request.title.contains(f->stages[1].name));

    // The funnel's bar of the first stage (the top one).
    auto *bars = qobject_cast<QAbstractBarSeries *>(page->chartView()->chart()->series().first());
    REQUIRE(bars);
    emit bars->clicked(int(f->stages.size()) - 1, bars->barSets().last());
    REQUIRE(Test::waitUntil([&] { return opened.count() == 1; }));
    request = opened.takeFirst().at(0).value<Ui::Workspace::ListRequest>();
    CHECK(request.ids.size() == f->stages[0].reached.count);
}

TEST_CASE("analytics_scopeOffersWhatTheRoleReadsAndSaysWhyWhenNothing", "[analytics]")
{
    Demo demo;
    QSettings().remove(QStringLiteral("analytics"));
    auto admin = demo.session("admin@example.com");
    auto head = demo.session("head@example.com");
    auto manager = demo.session("manager1@example.com");
    Ui::AnalyticsView forAdmin(*admin);
    CHECK(forAdmin.scopeBox()->itemData(0).toString() == QStringLiteral("all"));
    Ui::AnalyticsView forHead(*head);
    QComboBox *scope = forHead.scopeBox();
    CHECK(scope->itemData(0).toString() ==
          QStringLiteral("d:%1").arg(head->actor().departmentId));
    for (int i = 0; i < scope->count(); ++i) {
        const QString who = scope->itemData(i).toString();
        if (who.startsWith(u"u:"))
            CHECK(head->user(who.mid(2).toLongLong()).departmentId == head->actor().departmentId);
        CHECK(who != QStringLiteral("all"));
    }
    Ui::AnalyticsView forManager(*manager);
    CHECK_FALSE(forManager.scopeBox()->isEnabled());
    CHECK(forManager.scopeBox()->toolTip() == Ui::AnalyticsView::tr("Your role shows your own figures only."));
    CHECK(forManager.context().scope.responsibleId == manager->actor().id);
    // Goals: a manager sees why he cannot set one before the click.
    QToolButton *setGoal = forManager.plan()->setGoalButton();
    CHECK_FALSE(setGoal->isEnabled());
    CHECK(setGoal->toolTip() == Ui::PlanPage::tr("Only an administrator or the head of a department sets goals."));
    CHECK(forHead.plan()->setGoalButton()->isEnabled());
}

TEST_CASE("analytics_aGoalSetOnThePlanIsOneUndoableStep", "[analytics]")
{
    Demo demo;
    QSettings().remove(QStringLiteral("analytics"));
    auto head = demo.session("head@example.com");
    Ui::AnalyticsView view(*head);
    REQUIRE(view.showPage(QStringLiteral("plan")));
    REQUIRE(loadYear(view));
    const qint64 manager =
        demo.db->sql().scalar("SELECT id FROM users WHERE email = 'manager1@example.com'");
    const QString month = QDate::fromJulianDay(view.context().scope.from.toJulianDay())
                              .toString(QStringLiteral("yyyy-MM"));
    const auto before = Core::Analytics::goal(*head, manager, month);
    REQUIRE(before.ok());
    view.setGoal(manager, month, 1234500, 7);
    CHECK(view.lastMessage().isEmpty());
    auto stored = Core::Analytics::goal(*head, manager, month);
    REQUIRE((stored.ok() && stored->has_value()));
    CHECK(((*stored)->sum == 1234500 && (*stored)->count == 7));
    REQUIRE(Test::waitUntil([&] { return view.isLoaded(); }));
    QStandardItemModel *table = view.plan()->table();
    bool listed = false;
    for (int r = 0; r < table->rowCount(); ++r)
        listed = listed || (table->item(r, 0)->data(Qt::UserRole + 5).toLongLong() == manager &&
                            table->item(r, 1)->data(Qt::UserRole + 5).toString() == month);
    CHECK(listed);

    view.undoStack()->undo();
    stored = Core::Analytics::goal(*head, manager, month);
    REQUIRE(stored.ok());
    CHECK(stored->has_value() == before->has_value());
    view.undoStack()->redo();
    stored = Core::Analytics::goal(*head, manager, month);
    REQUIRE((stored.ok() && stored->has_value()));
    CHECK((*stored)->sum == 1234500);
}

TEST_CASE("analytics_exportsTheTableAsCsvThePageAsPngAndPdfAndPrints", "[analytics]")
{
    Demo demo;
    QSettings().remove(QStringLiteral("analytics"));
    auto head = demo.session("head@example.com");
    Ui::AnalyticsView view(*head);
    view.resize(1300, 860);
    view.show();
    REQUIRE(view.showPage(QStringLiteral("managers")));
    REQUIRE(loadYear(view));
    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("managers.csv"));
    QString error;
    REQUIRE(view.exportTo(csv, &error));
    QFile file(csv);
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QStringLiteral("\r\n"),
                                                                      Qt::SkipEmptyParts);
    CHECK(lines.size() == view.currentPage()->table()->rowCount() + 1);
    CHECK(lines.first().contains(Ui::ManagersPage::tr("Won, sum")));
    for (const char *suffix : {"png", "pdf"}) {
        const QString out = dir.filePath(QStringLiteral("managers.") + QLatin1String(suffix));
        REQUIRE(view.exportTo(out, &error));
        CHECK(QFileInfo(out).size() > 1000);
    }
    QPrinter printer;
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(dir.filePath(QStringLiteral("printed.pdf")));
    view.currentPage()->print(printer);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("printed.pdf"))).size() > 1000);
    // A folder that does not exist is named in the error.
    CHECK_FALSE(view.exportTo(dir.filePath(QStringLiteral("missing/out.csv")), &error));
    CHECK(error.contains(QStringLiteral("missing")));
}

TEST_CASE("analytics_inTheMainWindowAFigureOpensTheDealsListWithJustThoseDeals", "[analytics]")
{
    Demo demo;
    QSettings().remove(QStringLiteral("analytics"));
    auto head = demo.session("head@example.com");
    Ui::WorkspaceRegistry registry;
    Ui::DealsWorkspace::registerIn(registry);
    Ui::TasksWorkspace::registerIn(registry);
    Ui::AnalyticsWorkspace::registerIn(registry);
    Ui::MainWindow w(*head, demo.clock, registry);
    w.resize(1400, 900);
    w.show();
    REQUIRE(w.showSection(QStringLiteral("analytics/funnel")));
    auto *view = w.findChild<Ui::AnalyticsView *>();
    REQUIRE(view);
    REQUIRE(loadYear(*view));
    Ui::ReportPage *page = view->currentPage();
    const Core::Result<Core::Funnel> f = Core::Analytics::funnel(*head, view->context().scope);
    REQUIRE(f.ok());
    const int won = page->targetOf(0, 1); // the first stage's reached count
    REQUIRE(won >= 0);
    page->activateTarget(won);
    auto *list = w.findChild<Ui::DealListView *>();
    REQUIRE(list);
    REQUIRE(Test::waitUntil([&] {
        return list->isVisible() && list->showsSelection() && list->isLoaded() &&
               !list->model()->isCounting();
    }));
    auto *banner = list->findChild<QWidget *>(QStringLiteral("selectionBanner"));
    REQUIRE(banner);
    CHECK(banner->isVisible());
    while (list->model()->canFetchMore({}))
        list->model()->fetchMore({});
    CHECK(list->model()->rowCount() == f->stages[0].reached.count);
    // "Show all deals" goes back to the board's scope.
    auto *clear = banner->findChild<QToolButton *>(QStringLiteral("selectionBannerClear"));
    REQUIRE(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    CHECK_FALSE(list->showsSelection());
    CHECK_FALSE(banner->isVisible());
}

TEST_CASE("analytics_summaryShowsDealsAndTheTeamsOtherWorkPerWeek", "[analytics]")
{
    Demo demo;
    QSettings().remove(QStringLiteral("analytics"));
    auto head = demo.session("head@example.com");
    Ui::AnalyticsView view(*head);
    REQUIRE(view.showPage(QStringLiteral("summary")));
    REQUIRE(loadYear(view));
    auto *page = static_cast<Ui::SummaryPage *>(view.currentPage());
    CHECK(page->granularity() == Core::Granularity::Week);
    const auto weeks = Core::Analytics::activity(*head, view.context().scope, Core::Granularity::Week);
    REQUIRE(weeks.ok());
    QStandardItemModel *table = page->table();
    REQUIRE(table->rowCount() == weeks->size());
    const int done = columnOf(table, Ui::SummaryPage::tr("Tasks done"));
    const int contacts = columnOf(table, Ui::SummaryPage::tr("New contacts"));
    REQUIRE((done > 0 && contacts > 0));
    qint64 shown = 0, expected = 0;
    for (int r = 0; r < table->rowCount(); ++r) {
        shown += table->item(r, done)->data(Qt::UserRole + 1).toLongLong();
        expected += weeks->at(r).tasksDone;
        CHECK(table->item(r, contacts)->data(Qt::UserRole + 1).toLongLong() ==
              weeks->at(r).contactsCreated);
    }
    CHECK(shown == expected);
    CHECK(expected > 0);
    // By month: the page reads again with month buckets.
    page->setGranularity(Core::Granularity::Month);
    REQUIRE(Test::waitUntil([&] { return view.isLoaded() && table->rowCount() <= 12; }));
    CHECK(table->rowCount() == 12);
}

TEST_CASE("analytics_aTagFilterNarrowsTheReportsAndTheirListsButNotTheDashboard", "[analytics]")
{
    Demo demo;
    QSettings().remove(QStringLiteral("analytics"));
    auto admin = demo.session("admin@example.com");
    const auto tags = Core::Analytics::dealTags(*admin);
    REQUIRE((tags.ok() && !tags->isEmpty()));
    Ui::AnalyticsView view(*admin);
    view.resize(1400, 900);
    REQUIRE(view.showPage(QStringLiteral("funnel")));
    REQUIRE(loadYear(view));
    CHECK(view.filtersButton()->isVisibleTo(&view));
    view.setDealFilters({tags->first().id}, QString());
    REQUIRE(Test::waitUntil([&] { return view.isLoaded(); }));
    CHECK(view.filtersButton()->text() == Ui::AnalyticsView::tr("Filters · %1").arg(1));
    Core::ReportScope scope = view.context().scope;
    CHECK(scope.tagIds == QList<qint64>{tags->first().id});
    const auto filtered = Core::Analytics::funnel(*admin, scope);
    scope.tagIds.clear();
    const auto all = Core::Analytics::funnel(*admin, scope);
    REQUIRE((filtered.ok() && all.ok()));
    CHECK(filtered->created.count < all->created.count);
    Ui::ReportPage *page = view.currentPage();
    const int reached = columnOf(page->table(), Ui::FunnelPage::tr("Reached"));
    CHECK(page->table()->item(0, reached)->data(Qt::UserRole + 1).toLongLong() ==
          filtered->stages[0].reached.count);
    // The time in stage column is filled from the stage history.
    const int stay = columnOf(page->table(), Ui::FunnelPage::tr("Time in stage"));
    REQUIRE(stay > 0);
    // A click lists the tagged deals only.
    QSignalSpy opened(&view, &Ui::AnalyticsView::listOpened);
    const int target = page->targetOf(0, reached);
    if (filtered->stages[0].reached.count) {
        REQUIRE(target >= 0);
        page->activateTarget(target);
        REQUIRE(Test::waitUntil([&] { return opened.count() == 1; }));
        CHECK(opened.takeFirst().at(0).value<Ui::Workspace::ListRequest>().ids.size() ==
              filtered->stages[0].reached.count);
    }
    // The dashboard shows every deal: no filters there.
    REQUIRE(view.showPage(QStringLiteral("dashboard")));
    CHECK_FALSE(view.filtersButton()->isVisibleTo(&view));
    view.setDealFilters({}, QString());
    CHECK(view.filtersButton()->text() == Ui::AnalyticsView::tr("Filters"));
}

TEST_CASE("analytics_planByQuarterSumsTheMonthsGoals", "[analytics]")
{
    Demo demo;
    QSettings().remove(QStringLiteral("analytics"));
    auto admin = demo.session("admin@example.com");
    const qint64 manager =
        demo.db->sql().scalar("SELECT id FROM users WHERE email = 'manager1@example.com'");
    REQUIRE(Core::Analytics::setGoal(*admin, manager, QStringLiteral("2026-01"), 100000, 2));
    REQUIRE(Core::Analytics::setGoal(*admin, manager, QStringLiteral("2026-02"), 200000, 3));
    Ui::AnalyticsView view(*admin);
    REQUIRE(view.showPage(QStringLiteral("plan")));
    view.periodPicker()->setCustom(QDate(2026, 1, 1), QDate(2026, 3, 31));
    view.plan()->setByQuarter(true);
    view.activate();
    REQUIRE(Test::waitUntil([&] { return view.isLoaded(); }));
    QStandardItemModel *table = view.plan()->table();
    const int goal = columnOf(table, Ui::PlanPage::tr("Goal"));
    bool found = false;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 0)->data(Qt::UserRole + 5).toLongLong() == manager) {
            found = true;
            CHECK(table->item(r, goal)->data(Qt::UserRole + 1).toLongLong() == 300000);
            CHECK(table->item(r, 1)->text() == Ui::PlanPage::tr("Q%1 %2").arg(1).arg(2026));
        }
    CHECK(found);
    CHECK(table->headerData(1, Qt::Horizontal).toString() == Ui::PlanPage::tr("Quarter"));
}
