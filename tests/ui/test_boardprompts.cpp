// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"

#include "ui/board/boardcolumnwidget.h"
#include "ui/board/boardview.h"
#include "ui/board/cardlist.h"
#include "ui/board/dropzone.h"
#include "ui/board/dropzonebar.h"
#include "core/services/admin.h"
#include "core/services/records.h"

#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QTest>

#include <memory>

using namespace Voronka;
using namespace Voronka::Test;

namespace {

// The board as a user sees it, with the closed columns shown so a card can be dropped on them.
std::unique_ptr<Ui::BoardView> openBoard(Core::Session &session)
{
    auto view = std::make_unique<Ui::BoardView>(session);
    view->resize(1800, 800);
    view->show();
    if (!Test::waitExposed(view.get()))
        return {};
    view->activate();
    view->setShowClosed(true);
    QCoreApplication::processEvents();
    return view;
}

QDialog *openDialog(QWidget *view, const char *name)
{
    for (QDialog *d : view->findChildren<QDialog *>(QString::fromLatin1(name)))
        if (d->isVisible())
            return d;
    return nullptr;
}

void click(QWidget *dialog, const char *buttonName)
{
    auto *button = dialog->findChild<QPushButton *>(QString::fromLatin1(buttonName));
    REQUIRE(button);
    QTest::mouseClick(button, Qt::LeftButton);
    QCoreApplication::processEvents();
}

qint64 stageMoves(BoardFixture &t, qint64 deal)
{
    Core::Query q = t.db->sql().prepare(
        "SELECT count(*) FROM history WHERE kind = 1 AND event = 2 AND entity_id = ?1");
    q->bindAll(deal);
    return q->step() ? q->int64(0) : -1;
}

} // namespace

TEST_CASE("boardDrag_toLost_asksForAReasonAndCancelLeavesTheDeal")
{
    BoardFixture t;
    Core::Admin admin(*t.admin);
    REQUIRE(admin.createLossReason(QStringLiteral("Price")).ok());
    const qint64 timing = *admin.createLossReason(QStringLiteral("Timing"));
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 lost = t.stageOfKind(Core::StageKind::Lost);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 5000, 1);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    Ui::CardList *from = cardsOf(*view, s0);
    REQUIRE(dragCard(from, centerOfRow(from, 0), cardsOf(*view, lost), QPoint(60, 40)));

    QDialog *dialog = openDialog(view.get(), "lossReasonDialog");
    REQUIRE(dialog);
    CHECK(t.stageOf(a) == s0); // nothing is written while the user decides
    auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("lossReasonOk"));
    REQUIRE(ok);
    CHECK_FALSE(ok->isEnabled()); // a reason must be chosen

    SECTION("a reason and a detail move the deal to Lost with both")
    {
        auto *reasons = dialog->findChild<QListWidget *>(QStringLiteral("lossReasonList"));
        REQUIRE(reasons);
        REQUIRE(reasons->count() == 2);
        QTest::mouseClick(reasons->viewport(), Qt::LeftButton, {},
                          reasons->visualItemRect(reasons->item(1)).center());
        CHECK(ok->isEnabled());
        auto *detail = dialog->findChild<QLineEdit *>(QStringLiteral("lossDetail"));
        REQUIRE(detail);
        typeText(detail, QStringLiteral("Budget moved to next year"));
        click(dialog, "lossReasonOk");

        const Core::Record deal = *Core::Records(*t.admin).load(Core::EntityKind::Deal, a);
        CHECK(deal.value(QStringLiteral("stage_id")).toLongLong() == lost);
        CHECK(deal.value(QStringLiteral("loss_reason_id")).toLongLong() == timing);
        CHECK(deal.value(QStringLiteral("loss_detail")).toString() == u"Budget moved to next year");
        Core::Query history = t.db->sql().prepare(
            "SELECT old_value, new_value FROM history WHERE kind = 1 AND event = 2 "
            "AND entity_id = ?1");
        history->bindAll(a);
        REQUIRE(history->step());
        CHECK(history->int64(0) == s0);
        CHECK(history->int64(1) == lost);
        CHECK_FALSE(history->step());
        CHECK(view->column(lost)->countText() == u"1");
        CHECK(view->column(s0)->countText() == u"0");
        CHECK_FALSE(errorBox(view.get()));
    }
    SECTION("Cancel writes nothing")
    {
        click(dialog, "lossReasonCancel");
        CHECK_FALSE(openDialog(view.get(), "lossReasonDialog"));
        CHECK(t.stageOf(a) == s0);
        CHECK(stageMoves(t, a) == 0);
        CHECK(view->column(s0)->countText() == u"1");
        CHECK(view->column(lost)->countText() == u"0");
    }
}

TEST_CASE("boardDrag_toLostWithoutAdminReasons_movesWithoutAsking")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 lost = t.stageOfKind(Core::StageKind::Lost);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 5000, 1);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    Ui::CardList *from = cardsOf(*view, s0);
    REQUIRE(dragCard(from, centerOfRow(from, 0), cardsOf(*view, lost), QPoint(60, 40)));
    CHECK_FALSE(openDialog(view.get(), "lossReasonDialog"));
    CHECK(t.stageOf(a) == lost);
}

TEST_CASE("boardDrag_intoStageWithRequiredField_asksForItAndRefusesInvalidValues")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    Core::FieldDef seats{0,
                         Core::EntityKind::Deal,
                         QStringLiteral("Seats"),
                         Core::FieldType::Number,
                         {},
                         {},
                         1,
                         s1,
                         false};
    const qint64 field = *Core::Admin(*t.admin).createFieldDef(seats);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 5000, 1);
    auto view = openBoard(*t.admin);
    REQUIRE(view);
    Ui::CardList *from = cardsOf(*view, s0);
    REQUIRE(dragCard(from, centerOfRow(from, 0), cardsOf(*view, s1), QPoint(60, 40)));

    QDialog *dialog = openDialog(view.get(), "requiredFieldsDialog");
    REQUIRE(dialog);
    CHECK_FALSE(openDialog(view.get(), "lossReasonDialog"));
    auto *editor = dialog->findChild<QLineEdit *>(QStringLiteral("requiredField_%1").arg(field));
    REQUIRE(editor);
    auto *error = dialog->findChild<QLabel *>(QStringLiteral("requiredFieldError_%1").arg(field));
    REQUIRE(error);
    CHECK_FALSE(error->isVisible());

    SECTION("empty or invalid: the error shows and the dialog stays")
    {
        click(dialog, "requiredFieldsOk");
        CHECK(dialog->isVisible());
        CHECK(error->isVisible());
        typeText(editor, QStringLiteral("many"));
        CHECK_FALSE(error->isVisible()); // editing clears the old complaint
        click(dialog, "requiredFieldsOk");
        CHECK(dialog->isVisible());
        CHECK(error->isVisible());
        CHECK(error->text().contains(QStringLiteral("many")));
        CHECK(t.stageOf(a) == s0);
        click(dialog, "requiredFieldsCancel");
        CHECK(t.stageOf(a) == s0);
        CHECK(stageMoves(t, a) == 0);
    }
    SECTION("a valid value moves the deal and is saved")
    {
        typeText(editor, QStringLiteral("12"));
        click(dialog, "requiredFieldsOk");
        const Core::Record deal = *Core::Records(*t.admin).load(Core::EntityKind::Deal, a);
        CHECK(deal.value(QStringLiteral("stage_id")).toLongLong() == s1);
        CHECK(deal.value(QStringLiteral("cf.%1").arg(field)).toDouble() == 12.0);
        CHECK(stageMoves(t, a) == 1);
        CHECK(view->column(s1)->countText() == u"1");
    }
}

TEST_CASE("boardDrag_ontoTheWonZone_showsZonesWhileDraggingAndMovesToWon")
{
    BoardFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 won = t.stageOfKind(Core::StageKind::Won);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 5000, 1);
    Ui::BoardView view(*t.admin);
    view.resize(1400, 800);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    auto *zones = view.findChild<Ui::DropZoneBar *>(QStringLiteral("dropZones"));
    REQUIRE(zones);
    CHECK_FALSE(zones->isVisible());
    auto *wonZone = zones->findChild<Ui::DropZone *>(QStringLiteral("dropZoneWon"));
    REQUIRE(wonZone);
    CHECK(wonZone->stageId() == won);

    bool shownWhileDragging = false;
    Ui::CardList *from = cardsOf(view, s0);
    REQUIRE(dragCardOnto(from, centerOfRow(from, 0), wonZone,
                         [&] { shownWhileDragging = zones->isVisible() && wonZone->isVisible(); }));
    CHECK(shownWhileDragging);
    CHECK_FALSE(zones->isVisible()); // the drag is over
    CHECK(t.stageOf(a) == won);
    CHECK(view.column(s0)->countText() == u"0");
    CHECK(view.column(won)->countText() == u"1");
}
