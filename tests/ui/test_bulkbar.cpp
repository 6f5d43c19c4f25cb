// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "core/permissions/permissions.h"
#include "core/services/admin.h"
#include "core/services/records.h"
#include "ui/deals/deallistview.h"
#include "ui/lists/recordbulkbar.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"

#include <QLabel>
#include <QMenu>
#include <QSettings>
#include <QToolButton>
#include <QTableView>
#include <QTest>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
// Clicks row `row`, then double-clicks where it was: the record opened must be that row's.
// The bar the first click shows must not have moved the row.
qint64 clickThenDoubleClick(QTableView *table, QWidget *bar, int row, int column = 0)
{
    table->clearSelection();
    Test::flushEvents();
    REQUIRE(bar->isHidden());
    const QModelIndex index = table->model()->index(row, column);
    const QPoint point = table->visualRect(index).center();
    const QPoint global = table->viewport()->mapToGlobal(point);
    qint64 opened = 0;
    const QMetaObject::Connection c = QObject::connect(
        table, &QAbstractItemView::activated, table, [&](const QModelIndex &i) {
            opened = i.data(Ui::RecordListModel::IdRole).toLongLong();
        });
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {}, point);
    Test::flushEvents();
    CHECK(bar->isVisible());
    CHECK(table->viewport()->mapToGlobal(table->visualRect(index).center()) == global);
    QTest::mouseDClick(table->viewport(), Qt::LeftButton, {}, point);
    QObject::disconnect(c);
    return opened;
}

// The last row the table shows whole.
int lastWholeRow(QTableView *table)
{
    int row = table->rowAt(table->viewport()->height() - 1);
    if (table->visualRect(table->model()->index(row, 0)).bottom() >= table->viewport()->height())
        --row;
    return row;
}
} // namespace

TEST_CASE("contactList_aDoubleClickRightAfterTheSelectingClickOpensThatRow")
{
    UiFixture t;
    t.addNumberedContacts(40);
    Ui::RecordListView view(*t.admin, Core::EntityKind::Contact);
    view.resize(1200, 700);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    Test::flushEvents();
    QTableView *table = view.table();
    Ui::RecordListModel *model = view.model();
    REQUIRE(model->rowCount() >= 20);
    for (int row : {2, lastWholeRow(table)}) {
        INFO("row " << row);
        CHECK(clickThenDoubleClick(table, view.bulkBar(), row) == model->idAt(row));
    }
}

TEST_CASE("dealList_aDoubleClickRightAfterTheSelectingClickOpensThatRow")
{
    Test::BoardFixture t;
    QSettings().remove(QStringLiteral("deals"));
    t.admin->beginBatch();
    for (int i = 1; i <= 30; ++i)
        t.addDeal(QStringLiteral("Deal %1").arg(i), t.firstOpenStage(0), i * 100, i);
    REQUIRE(t.admin->commitBatch().ok());
    Ui::DealListView view(*t.admin);
    view.setScope(t.admin->pipelines().first().id, {});
    view.resize(1300, 700);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    Test::flushEvents();
    QTableView *table = view.table();
    auto *bar = view.findChild<Ui::RecordBulkBar *>(QStringLiteral("dealsBulkBar"));
    REQUIRE(bar);
    // The creation date is not edited in place: a double-click there opens the deal.
    const int created = view.model()->columnOf(QStringLiteral("created"));
    REQUIRE(created >= 0);
    for (int row : {1, lastWholeRow(table)}) {
        INFO("row " << row);
        CHECK(clickThenDoubleClick(table, bar, row, created) == view.model()->idAt(row));
    }
}

namespace {
// Alice sees every contact but may edit and delete only her own (`deleteAll`: she may delete
// any).
struct SharedContacts : UiFixture
{
    qint64 alice = 0;
    QList<qint64> hers, others;

    explicit SharedContacts(bool deleteAll = false)
    {
        Core::RoleMatrix m;
        m.set(Core::PermEntity::Contact, Core::PermAction::View, Core::Scope::All);
        m.set(Core::PermEntity::Contact, Core::PermAction::Edit, Core::Scope::Own);
        m.set(Core::PermEntity::Contact, Core::PermAction::Delete,
              deleteAll ? Core::Scope::All : Core::Scope::Own);
        alice = addUser(QStringLiteral("alice@example.com"),
                        *Core::Admin(*admin).createRole(QStringLiteral("Seller"), m));
        hers << addContact(QStringLiteral("A1"), alice) << addContact(QStringLiteral("A2"), alice);
        others << addContact(QStringLiteral("B1")) << addContact(QStringLiteral("B2"))
               << addContact(QStringLiteral("B3"));
    }
};

// Clicks the rows of these records as a user does: the first plainly, the others with Ctrl.
void clickRows(Ui::RecordListView &view, const QList<qint64> &ids)
{
    QTableView *table = view.table();
    table->clearSelection();
    bool first = true;
    for (qint64 id : ids) {
        const int row = view.model()->rowOf(id);
        REQUIRE(row >= 0);
        QTest::mouseClick(table->viewport(), Qt::LeftButton,
                          first ? Qt::NoModifier : Qt::ControlModifier,
                          table->visualRect(view.model()->index(row, 0)).center());
        first = false;
    }
    Test::flushEvents();
}

QWidget *child(QWidget &view, const char *name)
{
    auto *w = view.findChild<QWidget *>(QString::fromLatin1(name));
    REQUIRE(w);
    return w;
}
} // namespace

TEST_CASE("contactBulkBar_saysHowManyOfTheSelectionAnActionWillSkip_andOffersNothingForOthers")
{
    SharedContacts t;
    auto alice = t.sessionFor(t.alice);
    Ui::RecordListView view(*alice, Core::EntityKind::Contact);
    view.resize(1200, 600);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    REQUIRE(view.model()->rowCount() == 5);
    QWidget *note = child(view, "contactsBulkSkipped");
    QWidget *responsible = child(view, "contactsBulkResponsible");
    QWidget *recycle = child(view, "contactsBulkRecycle");

    // Her own: everything offered, nothing to skip.
    clickRows(view, t.hers);
    CHECK(responsible->isVisible());
    CHECK(recycle->isVisible());
    CHECK(note->isHidden());

    // All five: the actions stay and say before running that three will be skipped.
    clickRows(view, t.hers + t.others);
    CHECK(responsible->isVisible());
    CHECK(recycle->isVisible());
    REQUIRE(note->isVisible());
    CHECK(static_cast<QLabel *>(note)->text() ==
          QStringLiteral("3 of 5 will be skipped: you may edit only your own contacts."));

    // Others' only: no action is offered, and the bar says why.
    clickRows(view, t.others);
    CHECK(responsible->isHidden());
    CHECK(recycle->isHidden());
    CHECK(static_cast<QLabel *>(note)->text() ==
          QStringLiteral("None of them may be changed: you may edit only your own contacts."));
    // Neither in the rows' context menu.
    QMenu *menu = view.bulkBar()->contextMenu(t.others.first(), &view);
    for (QAction *a : menu->actions())
        if (a->objectName() == u"contextRecycle" || a->objectName() == u"contextAddTags")
            CHECK_FALSE(a->isVisible());
    delete menu;

    // Core still refuses what the note announced: the two of hers go, the others stay.
    clickRows(view, t.hers + t.others);
    QTest::mouseClick(static_cast<QToolButton *>(recycle), Qt::LeftButton);
    Core::Records records(*t.admin);
    for (qint64 id : t.hers)
        CHECK(records.load(Core::EntityKind::Contact, id)->value(QStringLiteral("deleted")).toBool());
    for (qint64 id : t.others)
        CHECK_FALSE(
            records.load(Core::EntityKind::Contact, id)->value(QStringLiteral("deleted")).toBool());
}

TEST_CASE("contactBulkBar_whenEditsAndTheRecycleBinSkipDifferentlyEachIsNamed")
{
    SharedContacts t(true);
    auto alice = t.sessionFor(t.alice);
    Ui::RecordListView view(*alice, Core::EntityKind::Contact);
    view.resize(1200, 600);
    view.show();
    REQUIRE(Test::waitExposed(&view));
    view.activate();
    clickRows(view, {t.hers.first(), t.others.first()});
    CHECK(static_cast<QLabel *>(child(view, "contactsBulkSkipped"))->text() ==
          QStringLiteral("Edits will skip 1 of 2: you may edit only your own contacts."));
    clickRows(view, t.others);
    CHECK(child(view, "contactsBulkResponsible")->isHidden());
    CHECK(child(view, "contactsBulkRecycle")->isVisible());
    CHECK(static_cast<QLabel *>(child(view, "contactsBulkSkipped"))->text() ==
          QStringLiteral("None of them may be edited: you may edit only your own contacts."));
}
