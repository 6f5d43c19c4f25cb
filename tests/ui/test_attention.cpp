// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/services/admin.h"
#include "core/services/records.h"
#include "ui/tasks/attentionmodel.h"
#include "ui/tasks/attentionview.h"
#include "ui/tasks/tasksview.h"
#include "ui/widgets/taskdialog.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QToolButton>
#include <QTreeView>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
const QTimeZone kZone = QTimeZone::utc();
constexpr qint64 kDay = 86400000LL;

qint64 addDeal(UiFixture &t, const QString &name, qint64 responsible = 0, qint64 budget = 0)
{
    Core::Patch p{{QStringLiteral("name"), name}, {QStringLiteral("budget"), budget}};
    if (responsible)
        p.insert(QStringLiteral("responsible_id"), responsible);
    Core::Result<qint64> id = Core::Records(*t.admin).create(Core::EntityKind::Deal, p);
    REQUIRE(id.ok());
    return *id;
}

void addDealTask(UiFixture &t, qint64 deal, qint64 due)
{
    REQUIRE(Core::Records(*t.admin)
                .create(Core::EntityKind::Task, {{QStringLiteral("text"), QStringLiteral("call")},
                                                 {QStringLiteral("due_at"), due},
                                                 {QStringLiteral("entity_kind"), 1},
                                                 {QStringLiteral("entity_id"), deal}})
                .ok());
}

void waitForPage(Ui::AttentionModel *model)
{
    if (model->isLoading()) {
        QSignalSpy spy(model, &Ui::AttentionModel::pageLoaded);
        REQUIRE(spy.wait(30000));
    }
}

// The first page and the count both arrive from workers.
void waitForCount(Ui::AttentionView *view)
{
    waitForPage(view->model());
    if (view->isCounting()) {
        QSignalSpy spy(view, &Ui::AttentionView::counted);
        REQUIRE(spy.wait(30000));
    }
}
} // namespace

TEST_CASE("attentionModel_pagesLazilyAndPassesTheModelTester")
{
    UiFixture t;
    for (int i = 0; i < 25; ++i)
        addDeal(t, QStringLiteral("Deal %1").arg(i, 2, 10, QLatin1Char('0')), 0, 100 * i);
    const qint64 late = addDeal(t, QStringLiteral("Late deal"));
    addDealTask(t, late, TempDb::kStart - 3 * kDay);
    Ui::AttentionModel model(*t.admin, kZone);
    model.setPageSize(10);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload({});
    CHECK(model.isLoading());
    CHECK(!model.canFetchMore({})); // not while a page is being read
    waitForPage(&model);
    CHECK(model.rowCount() == 10);
    CHECK(model.columnCount() == Ui::AttentionModel::kColumns);
    // Newest first: the late deal leads, with its reason.
    CHECK(model.index(0, Ui::AttentionModel::DealColumn).data().toString() ==
          QStringLiteral("Late deal"));
    // (Plurals read "day(s)" until the English catalogue is loaded.)
    CHECK(model.index(0, Ui::AttentionModel::ReasonColumn)
              .data()
              .toString()
              .startsWith(QStringLiteral("Task overdue by 3 day")));
    CHECK(model.index(1, Ui::AttentionModel::ReasonColumn).data().toString() ==
          QStringLiteral("No open task"));
    CHECK(!model.index(1, Ui::AttentionModel::StageColumn).data().toString().isEmpty());
    CHECK(model.index(1, 0).data(Ui::AttentionModel::BudgetRole).toLongLong() == 2400);
    // (The tester itself asks for more as rows arrive.)
    while (model.isLoading() || model.canFetchMore({})) {
        if (model.canFetchMore({}))
            model.fetchMore({});
        waitForPage(&model);
    }
    CHECK(model.rowCount() == 26);
    CHECK(model.index(25, 0).data().toString() == QStringLiteral("Deal 00"));

    Core::Attention::Filter overdue;
    overdue.noOpenTask = false;
    model.reload(overdue);
    model.reload(overdue); // a second reload drops the first one's page
    waitForPage(&model);
    CHECK(model.rowCount() == 1);
    CHECK(!model.canFetchMore({}));
}

TEST_CASE("tasksView_needsAttentionListsDealsPlansATaskAndOpensTheDeal")
{
    UiFixture t;
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Own"), Core::RoleMatrix::filled(Core::Scope::Own));
    const qint64 ivan = t.addUser(QStringLiteral("ivan@example.com"), role);
    const qint64 idle = addDeal(t, QStringLiteral("Idle deal"), ivan, 500000);
    const qint64 late = addDeal(t, QStringLiteral("Late deal"), t.adminId);
    addDealTask(t, late, TempDb::kStart - 2 * kDay);
    const qint64 fine = addDeal(t, QStringLiteral("Planned deal"), t.adminId);
    addDealTask(t, fine, TempDb::kStart + kDay);

    QSettings().remove(QStringLiteral("tasks"));
    Ui::TasksView view(*t.admin, kZone);
    view.resize(1400, 700);
    view.show();
    view.activate();
    auto *who = view.findChild<QComboBox *>(QStringLiteral("tasksResponsibleFilter"));
    who->setCurrentIndex(who->findData(QStringLiteral("all")));
    auto *mode = view.findChild<QToolButton *>(QStringLiteral("tasksAttentionMode"));
    REQUIRE(mode);
    QTest::mouseClick(mode, Qt::LeftButton);
    REQUIRE(view.mode() == Ui::TasksView::Mode::Attention);
    // The task filters say nothing about deals without tasks: they step aside.
    CHECK(!view.findChild<QComboBox *>(QStringLiteral("tasksStatusFilter"))->isVisible());
    CHECK(view.findChild<QComboBox *>(QStringLiteral("tasksResponsibleFilter"))->isVisible());
    Ui::AttentionView *attention = view.attention();
    REQUIRE(attention->isVisible());
    waitForCount(attention);
    CHECK(attention->total() == 2);
    auto *summary = view.findChild<QLabel *>(QStringLiteral("tasksSummary"));
    CHECK(summary->text().startsWith(QStringLiteral("2 deal")));
    Ui::AttentionModel *model = attention->model();
    REQUIRE(model->rowCount() == 2);
    CHECK(model->rowOfDeal(fine) < 0);

    // Only the deals without an open task.
    auto *reasons = view.findChild<QComboBox *>(QStringLiteral("attentionReasons"));
    reasons->setCurrentIndex(reasons->findData(int(Ui::AttentionView::Reasons::NoOpenTask)));
    waitForCount(attention);
    CHECK(attention->total() == 1);
    REQUIRE(model->rowCount() == 1);
    CHECK(model->deal(0)->id == idle);

    // Whose: Ivan's deals only, then someone without any.
    who->setCurrentIndex(who->findData(QStringLiteral("u:%1").arg(ivan)));
    waitForCount(attention);
    CHECK(model->rowCount() == 1);
    who->setCurrentIndex(who->findData(QStringLiteral("mine")));
    waitForCount(attention);
    CHECK(model->rowCount() == 0);
    CHECK(view.findChild<QLabel *>(QStringLiteral("attentionEmpty"))->isVisible());
    who->setCurrentIndex(who->findData(QStringLiteral("all")));
    waitForCount(attention);

    // Open deal: the card opens as the task list opens linked records.
    REQUIRE(attention->selectDeal(idle));
    QSignalSpy open(&view, &Ui::TasksView::openRecordRequested);
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("attentionOpenDeal")),
                      Qt::LeftButton);
    REQUIRE(open.size() == 1);
    CHECK(open.at(0).at(0).value<Core::EntityKind>() == Core::EntityKind::Deal);
    CHECK(open.at(0).at(1).toLongLong() == idle);
    CHECK(open.at(0).at(2).toString() == QStringLiteral("Idle deal"));

    // Add task: the dialog comes prefilled with the deal and its responsible; once saved the
    // deal has an open task and leaves the list.
    QTest::mouseClick(view.findChild<QPushButton *>(QStringLiteral("attentionAddTask")),
                      Qt::LeftButton);
    auto *dialog = attention->findChild<Ui::TaskDialog *>();
    REQUIRE(dialog);
    auto *responsible = dialog->findChild<QComboBox *>(QStringLiteral("taskDialogResponsible"));
    CHECK(responsible->currentData().toLongLong() == ivan);
    typeText(dialog->findChild<QLineEdit *>(QStringLiteral("taskDialogText")),
             QStringLiteral("Позвонить"));
    dialog->accept();
    CHECK(model->rowCount() == 0);
    CHECK(attention->total() == 0);
    CHECK(summary->text().startsWith(QStringLiteral("0 deal")));
    Core::Attention::Filter idleOnly;
    idleOnly.overdueTask = false;
    CHECK(*Core::Attention(*t.admin).count(idleOnly) == 0);

    // The mode and the reasons are remembered.
    Ui::TasksView again(*t.admin, kZone);
    CHECK(again.mode() == Ui::TasksView::Mode::Attention);
    CHECK(again.attention()->reasons() == Ui::AttentionView::Reasons::NoOpenTask);
    again.setMode(Ui::TasksView::Mode::List);
    QSettings().remove(QStringLiteral("tasks"));
}
