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

#include <QSettings>
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
