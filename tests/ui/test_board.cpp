// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"

#include "ui/board/boardcolumnmodel.h"
#include "ui/board/boardcolumnwidget.h"
#include "ui/board/boardview.h"
#include "ui/board/cardlist.h"
#include "core/permissions/permissions.h"
#include "core/services/admin.h"
#include "ui/widgets/money.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QScrollBar>
#include <QTest>

using namespace Voronka;
using namespace Voronka::Test;

TEST_CASE("boardColumnModel_pagesThroughMoreAndPassesTheModelTester")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    t.admin->beginBatch();
    for (int i = 1; i <= 120; ++i)
        t.addDeal(QStringLiteral("Deal %1").arg(i, 3, 10, QLatin1Char('0')), s0, 100, i);
    REQUIRE(t.admin->commitBatch().ok());
    const qint64 pipeline = t.admin->pipelines().first().id;
    const Core::BoardColumn first = Core::Board(*t.admin, pipeline).load()->at(1); // after Incoming

    Ui::BoardColumnModel model(*t.admin, pipeline);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setColumn(first, {});
    CHECK(model.count() == 120);
    CHECK(model.budgetSum() == 12000);
    REQUIRE(model.rowCount() == 50);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 100);
    model.fetchMore({});
    CHECK(model.rowCount() == 120);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(model.index(119, 0).data().toString() == u"Deal 120");
    CHECK(model.index(0, 0).data(Ui::BoardColumnModel::CanMoveRole).toBool());
}

TEST_CASE("boardView_scrollingAColumnLoadsTheNextPage")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    t.admin->beginBatch();
    for (int i = 1; i <= 80; ++i)
        t.addDeal(QStringLiteral("Deal %1").arg(i), s0, 100, i);
    REQUIRE(t.admin->commitBatch().ok());
    Ui::BoardView view(*t.admin);
    view.resize(1200, 700);
    view.show();
    view.activate();
    Ui::CardList *list = cardsOf(view, s0);
    REQUIRE(list);
    CHECK(list->model()->rowCount() == 50);
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
    CHECK(list->model()->rowCount() == 80);
}

TEST_CASE("boardDrag_toAnotherColumn_movesTheDealAndUpdatesTotals")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 150000, 1);
    t.addDeal(QStringLiteral("Bravo"), s0, 20000, 2);
    const qint64 c = t.addDeal(QStringLiteral("Charlie"), s1, 30000, 1);
    const qint64 d = t.addDeal(QStringLiteral("Delta"), s1, 40000, 2);

    Ui::BoardView view(*t.admin);
    view.resize(1400, 800);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    Ui::CardList *from = cardsOf(view, s0);
    Ui::CardList *to = cardsOf(view, s1);
    REQUIRE(from);
    REQUIRE(to);
    CHECK(view.column(s1)->countText() == u"2");

    // Into the second column, on the upper half of Delta: between Charlie and Delta.
    const QPoint target = to->visualRect(to->model()->index(1, 0)).topLeft() + QPoint(40, 10);
    CHECK(to->dealBefore(target) == d);
    REQUIRE(dragCard(from, centerOfRow(from, 0), to, target));

    CHECK(t.stageOf(a) == s1);
    {
        Core::Query history = t.db->sql().prepare(
            "SELECT old_value, new_value, user_id FROM history WHERE kind = 1 AND event = 2 "
            "AND entity_id = ?1");
        history->bindAll(a);
        REQUIRE(history->step());
        CHECK(history->int64(0) == s0);
        CHECK(history->int64(1) == s1);
        CHECK(history->int64(2) == t.adminId);
        CHECK_FALSE(history->step());
    }
    auto *toModel = view.column(s1)->model();
    REQUIRE(toModel->rowCount() == 3);
    CHECK(toModel->idAt(0) == c);
    CHECK(toModel->idAt(1) == a);
    CHECK(toModel->idAt(2) == d);
    CHECK(view.column(s1)->countText() == u"3");
    CHECK(view.column(s1)->sumText() == Ui::Money::format(220000, QStringLiteral("RUB")));
    CHECK(view.column(s0)->countText() == u"1");
    CHECK(view.column(s0)->model()->budgetSum() == 20000);
    CHECK(view.findChild<QLabel *>(QStringLiteral("boardColumnCount"))); // header labels exist
    CHECK_FALSE(errorBox(&view));
}

TEST_CASE("boardDrag_withinAColumn_reordersIt")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 100, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s0, 100, 2);
    const qint64 c = t.addDeal(QStringLiteral("Charlie"), s0, 100, 3);
    Ui::BoardView view(*t.admin);
    view.resize(1400, 800);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    Ui::CardList *list = cardsOf(view, s0);
    const QPoint top = list->visualRect(list->model()->index(0, 0)).topLeft() + QPoint(40, 6);
    REQUIRE(dragCard(list, centerOfRow(list, 2), list, top));
    auto *model = view.column(s0)->model();
    CHECK(model->idAt(0) == c);
    CHECK(model->idAt(1) == a);
    CHECK(model->idAt(2) == b);
}

TEST_CASE("boardView_withOwnScope_showsOnlyOwnDealsAndCannotDragOthers")
{
    BoardFixture t;
    Core::Admin admin(*t.admin);
    const qint64 ownRole =
        *admin.createRole(QStringLiteral("Own"), Core::RoleMatrix::filled(Core::Scope::Own));
    Core::RoleMatrix viewAll = Core::RoleMatrix::filled(Core::Scope::Own);
    viewAll.set(Core::PermEntity::Deal, Core::PermAction::View, Core::Scope::All);
    const qint64 viewAllRole = *admin.createRole(QStringLiteral("Viewer"), viewAll);
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), ownRole);
    const qint64 bob = t.addUser(QStringLiteral("bob@example.com"), viewAllRole);
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 mine = t.addDeal(QStringLiteral("Alice's"), s0, 700, 1, alice);
    t.addDeal(QStringLiteral("Someone else's"), s0, 300, 2, t.adminId);

    SECTION("own view scope: only own cards, and they move")
    {
        auto session = t.sessionFor(alice);
        Ui::BoardView view(*session);
        view.resize(1400, 800);
        view.show();
        REQUIRE(Test::waitExposed(&view));
        view.activate();
        auto *model = view.column(s0)->model();
        REQUIRE(model->rowCount() == 1);
        CHECK(model->idAt(0) == mine);
        CHECK(model->budgetSum() == 700);
        Ui::CardList *from = cardsOf(view, s0);
        REQUIRE(dragCard(from, centerOfRow(from, 0), cardsOf(view, s1), QPoint(60, 40)));
        CHECK(t.stageOf(mine) == s1);
    }
    SECTION("view all, edit own: another's card cannot be dragged")
    {
        auto session = t.sessionFor(bob);
        const qint64 bobs = t.addDeal(QStringLiteral("Bob's"), s0, 100, 3, bob);
        Ui::BoardView view(*session);
        view.resize(1400, 800);
        view.show();
        REQUIRE(Test::waitExposed(&view));
        view.activate();
        auto *model = view.column(s0)->model();
        REQUIRE(model->rowCount() == 3);
        CHECK_FALSE(model->canMove(0));
        CHECK(model->canMove(2));
        Ui::CardList *from = cardsOf(view, s0);
        Ui::CardList *to = cardsOf(view, s1);
        CHECK_FALSE(dragCard(from, centerOfRow(from, 0), to, QPoint(60, 40)));
        CHECK(t.stageOf(mine) == s0);
        CHECK(view.column(s1)->countText() == u"0");
        // The own card still moves.
        REQUIRE(dragCard(from, centerOfRow(from, 2), to, QPoint(60, 40)));
        CHECK(t.stageOf(bobs) == s1);
    }
}

TEST_CASE("boardView_pipelineSelector_switchesColumnsAndIsRemembered")
{
    BoardFixture t;
    REQUIRE(Core::Admin(*t.admin)
                .createPipeline(QStringLiteral("Partners"),
                                {{QStringLiteral("Talks"), QStringLiteral("#4c8dff")}})
                .ok());
    const QList<Core::PipelineInfo> pipelines = t.admin->pipelines();
    REQUIRE(pipelines.size() >= 2);
    const Core::PipelineInfo &second = pipelines.at(1);
    t.addDeal(QStringLiteral("Elsewhere"), second.stages.first().id, 990000, 1);
    {
        // The first time, the board opens where the user's deals are: the admin's one deal
        // is in "Partners".
        Ui::BoardView view(*t.admin);
        view.show();
        view.activate();
        CHECK(view.pipelineId() == second.id);
        REQUIRE(view.columns().size() == second.stages.size());
        CHECK(view.columns().first()->stage().kind == Core::StageKind::Incoming);
        CHECK(view.columns().at(1)->stage().id == second.stages.first().id);
        CHECK(view.columns().at(1)->model()->count() == 1);
        CHECK(view.totalsText().contains(Ui::Money::format(990000, QStringLiteral("RUB"))));
        auto *selector = view.findChild<QComboBox *>(QStringLiteral("pipelineSelector"));
        REQUIRE(selector);
        REQUIRE(selector->count() == pipelines.size());
        selector->setCurrentIndex(0);
        CHECK(view.pipelineId() == pipelines.first().id);
        CHECK(view.columns().size() == pipelines.first().stages.size());
    }
    Ui::BoardView again(*t.admin);
    CHECK(again.pipelineId() == pipelines.first().id);
}

namespace {
template<typename T> T *child(QWidget &view, const char *name)
{
    return view.findChild<T *>(QString::fromLatin1(name));
}
} // namespace

TEST_CASE("boardFilter_myDeals_showsOnlyOwnDealsWithTheirTotalsAndIsRemembered")
{
    BoardFixture t;
    Core::Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("All"), Core::RoleMatrix::filled(Core::Scope::All));
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"), role);
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 mine = t.addDeal(QStringLiteral("Admin's"), s0, 700, 1, t.adminId);
    t.addDeal(QStringLiteral("Alice's first"), s0, 300, 2, alice);
    t.addDeal(QStringLiteral("Alice's second"), s1, 50, 1, alice);
    {
        Ui::BoardView view(*t.admin);
        view.resize(1400, 800);
        view.show();
        view.activate();
        auto *responsible = child<QComboBox>(view, "boardResponsibleFilter");
        REQUIRE(responsible);
        CHECK(responsible->currentIndex() == 0);
        CHECK(view.column(s0)->countText() == u"2");
        CHECK(view.column(s1)->countText() == u"1");

        responsible->setCurrentIndex(responsible->findText(QStringLiteral("My deals")));
        CHECK(view.filter().responsibleIds == QList<qint64>{t.adminId});
        auto *model = view.column(s0)->model();
        REQUIRE(model->rowCount() == 1);
        CHECK(model->idAt(0) == mine);
        CHECK(view.column(s0)->countText() == u"1");
        CHECK(view.column(s0)->sumText() == Ui::Money::format(700, QStringLiteral("RUB")));
        // Alice's only deal there is filtered out: the column shows its empty state.
        CHECK(view.column(s1)->countText() == u"0");
        CHECK(view.column(s1)->model()->rowCount() == 0);
        CHECK(view.totalsText().contains(Ui::Money::format(700, QStringLiteral("RUB"))));

        // Another user by name.
        const int aliceIndex = responsible->findData(alice);
        REQUIRE(aliceIndex >= 2);
        responsible->setCurrentIndex(aliceIndex);
        CHECK(view.column(s0)->countText() == u"1");
        CHECK(view.column(s0)->sumText() == Ui::Money::format(300, QStringLiteral("RUB")));
        CHECK(view.column(s1)->countText() == u"1");
        responsible->setCurrentIndex(responsible->findText(QStringLiteral("My deals")));
    }
    Ui::BoardView again(*t.admin);
    again.activate();
    CHECK(child<QComboBox>(again, "boardResponsibleFilter")->currentText() == u"My deals");
    CHECK(again.column(s0)->countText() == u"1");
    // Remembered per user: Alice's board starts unfiltered.
    auto session = t.sessionFor(alice);
    Ui::BoardView hers(*session);
    CHECK(child<QComboBox>(hers, "boardResponsibleFilter")->currentIndex() == 0);
}

TEST_CASE("boardFilter_typingInSearch_narrowsTheCardsAndClearingRestoresThem")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    t.addDeal(QStringLiteral("Alpha supply"), s0, 100, 1);
    const qint64 bravo = t.addDeal(QStringLiteral("Bravo turbines"), s0, 250, 2);
    t.addDeal(QStringLiteral("Charlie audit"), s1, 400, 1);
    Ui::BoardView view(*t.admin);
    view.resize(1400, 800);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    auto *search = child<QLineEdit>(view, "boardSearch");
    REQUIRE(search);
    CHECK_FALSE(search->placeholderText().isEmpty());
    auto *model = view.column(s0)->model();
    REQUIRE(model->rowCount() == 2);

    QTest::keyClicks(search, QStringLiteral("turb"));
    QTRY_COMPARE(model->rowCount(), 1);
    CHECK(model->idAt(0) == bravo);
    CHECK(view.column(s0)->countText() == u"1");
    CHECK(view.column(s0)->sumText() == Ui::Money::format(250, QStringLiteral("RUB")));
    CHECK(view.column(s1)->model()->rowCount() == 0);
    CHECK(view.column(s1)->countText() == u"0");
    CHECK(view.totalsText().contains(Ui::Money::format(250, QStringLiteral("RUB"))));

    search->clear();
    QTRY_COMPARE(model->rowCount(), 2);
    CHECK(view.column(s1)->countText() == u"1");
    CHECK(view.totalsText().contains(Ui::Money::format(750, QStringLiteral("RUB"))));
}

TEST_CASE("boardFilter_pagingAFilteredColumn_keepsTheFilter")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    t.admin->beginBatch();
    for (int i = 1; i <= 70; ++i) {
        t.addDeal(QStringLiteral("Turbine %1").arg(i, 3, 10, QLatin1Char('0')), s0, 100, 2 * i);
        t.addDeal(QStringLiteral("Audit %1").arg(i, 3, 10, QLatin1Char('0')), s0, 10, 2 * i + 1);
    }
    REQUIRE(t.admin->commitBatch().ok());
    Ui::BoardView view(*t.admin);
    view.resize(1200, 700);
    view.show();
    view.activate();
    auto *search = child<QLineEdit>(view, "boardSearch");
    REQUIRE(search);
    QTest::keyClicks(search, QStringLiteral("turbine"));
    auto *model = view.column(s0)->model();
    QTRY_COMPARE(model->count(), qint64(70));
    CHECK(model->budgetSum() == 7000);
    Ui::CardList *list = cardsOf(view, s0);
    REQUIRE(list);
    CHECK(model->rowCount() == 50);
    list->verticalScrollBar()->setValue(list->verticalScrollBar()->maximum());
    REQUIRE(model->rowCount() == 70);
    CHECK_FALSE(model->canFetchMore({}));
    for (int r = 0; r < model->rowCount(); ++r)
        CHECK(model->cardAt(r).name.startsWith(u"Turbine"));
}
