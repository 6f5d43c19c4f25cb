// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"

#include <QAbstractItemModelTester>
#include <QDateTime>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QTableView>
#include <QTest>

using namespace Voronka;
using Ui::RecordListModel;
using Voronka::Test::UiFixture;

namespace {
QStringList names(const RecordListModel &m)
{
    QStringList out;
    const int name = m.columnOf(QStringLiteral("name"));
    for (int r = 0; r < m.rowCount(); ++r)
        out << m.index(r, name).data().toString();
    return out;
}
} // namespace

TEST_CASE("recordListModel_underModelTester_staysConsistentThroughPagingSortAndSearch")
{
    UiFixture t;
    t.addNumberedContacts(45);
    t.addContact(QStringLiteral("Иван Петров"));
    RecordListModel model(*t.admin, Core::EntityKind::Contact);
    model.setPageSize(20);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 46);
    model.sort(model.columnOf(QStringLiteral("created")), Qt::DescendingOrder);
    model.setSearchText(QStringLiteral("петр"));
    CHECK(model.rowCount() == 1);
    model.setSearchText(QString());
    CHECK(model.rowCount() == 20);
}

TEST_CASE("companyListModel_underModelTester_staysConsistent")
{
    UiFixture t;
    t.addCompany(QStringLiteral("Ромашка"));
    t.addCompany(QStringLiteral("Acme Corp"));
    RecordListModel model(*t.admin, Core::EntityKind::Company);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    CHECK(model.rowCount() == 2);
    CHECK(model.columnOf(QStringLiteral("website")) >= 0);
    CHECK(names(model) == QStringList{QStringLiteral("Acme Corp"), QStringLiteral("Ромашка")});
}

TEST_CASE("recordListModel_largeList_fetchesPagesOnlyWhenAsked")
{
    UiFixture t;
    t.addNumberedContacts(450);
    RecordListModel model(*t.admin, Core::EntityKind::Contact);
    CHECK(model.rowCount() == 0); // nothing is read before the view is activated
    model.reload();
    CHECK(model.rowCount() == 200);
    CHECK(model.totalCount() == 450);
    REQUIRE(model.canFetchMore({}));
    model.fetchMore({});
    CHECK(model.rowCount() == 400);
    model.fetchMore({});
    CHECK(model.rowCount() == 450);
    CHECK_FALSE(model.canFetchMore({}));
    CHECK(names(model).first() == u"Contact 0450"); // newest first
    CHECK(names(model).last() == u"Contact 0001");
}

TEST_CASE("recordListModel_defaultsToNewestFirst_andSortsByName")
{
    UiFixture t;
    t.addContact(QStringLiteral("Boris"));
    t.addContact(QStringLiteral("Anna"));
    t.addContact(QStringLiteral("Carl"));
    RecordListModel model(*t.admin, Core::EntityKind::Contact);
    model.reload();
    CHECK(model.sortColumn() == model.columnOf(QStringLiteral("created")));
    CHECK(model.sortOrder() == Qt::DescendingOrder);
    CHECK(names(model) ==
          QStringList{QStringLiteral("Carl"), QStringLiteral("Anna"), QStringLiteral("Boris")});
    model.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
    CHECK(names(model) ==
          QStringList{QStringLiteral("Anna"), QStringLiteral("Boris"), QStringLiteral("Carl")});
    model.sort(model.columnOf(QStringLiteral("name")), Qt::DescendingOrder);
    CHECK(names(model) ==
          QStringList{QStringLiteral("Carl"), QStringLiteral("Boris"), QStringLiteral("Anna")});
}

TEST_CASE("recordListModel_unsortableColumn_isMarkedAndIgnored")
{
    UiFixture t;
    t.addContact(QStringLiteral("Boris"));
    t.addContact(QStringLiteral("Anna"));
    RecordListModel model(*t.admin, Core::EntityKind::Contact);
    model.reload();
    const int email = model.columnOf(QStringLiteral("email"));
    CHECK_FALSE(model.headerData(email, Qt::Horizontal, RecordListModel::SortableRole).toBool());
    CHECK(model
              .headerData(model.columnOf(QStringLiteral("name")), Qt::Horizontal,
                          RecordListModel::SortableRole)
              .toBool());
    model.sort(email, Qt::AscendingOrder);
    CHECK(model.sortColumn() == model.columnOf(QStringLiteral("created")));
    CHECK(names(model) == QStringList{QStringLiteral("Anna"), QStringLiteral("Boris")});
}

TEST_CASE("recordListModel_searchText_filtersRowsAndCount")
{
    UiFixture t;
    t.addContact(QStringLiteral("Иван Петров"));
    t.addContact(QStringLiteral("Ivan Smith"));
    t.addContact(QStringLiteral("Anna Lee"));
    RecordListModel model(*t.admin, Core::EntityKind::Contact);
    model.reload();
    CHECK(model.totalCount() == 3);
    model.setSearchText(QStringLiteral("ivan"));
    CHECK(names(model) == QStringList{QStringLiteral("Ivan Smith")});
    CHECK(model.totalCount() == 1);
    model.setSearchText(QStringLiteral("nobody-like-this"));
    CHECK(model.rowCount() == 0);
    CHECK(model.totalCount() == 0);
    model.setSearchText(QString());
    CHECK(model.rowCount() == 3);
}

TEST_CASE("recordListModel_createdAndResponsible_areFormattedForPeople")
{
    UiFixture t;
    const qint64 id = t.addContact(QStringLiteral("Anna"));
    RecordListModel model(*t.admin, Core::EntityKind::Contact);
    model.reload();
    REQUIRE(model.rowCount() == 1);
    CHECK(model.index(0, 0).data(RecordListModel::IdRole).toLongLong() == id);
    const QDate created = QDateTime::fromMSecsSinceEpoch(t.clock.nowMs()).toLocalTime().date();
    CHECK(model.index(0, model.columnOf(QStringLiteral("created"))).data().toString() ==
          QLocale().toString(created, QStringLiteral("M/d/yyyy")));
    CHECK(model.index(0, model.columnOf(QStringLiteral("responsible"))).data().toString() ==
          u"Admin");
}

TEST_CASE("recordListView_typingInFilter_narrowsListAfterPause")
{
    UiFixture t;
    t.addContact(QStringLiteral("Иван Петров"));
    t.addContact(QStringLiteral("Anna Lee"));
    Ui::RecordListView view(*t.admin, Core::EntityKind::Contact);
    view.resize(900, 500);
    view.show();
    view.activate();
    auto *table = view.findChild<QTableView *>(QStringLiteral("contactsTable"));
    auto *search = view.findChild<QLineEdit *>(QStringLiteral("contactsSearch"));
    REQUIRE(table);
    REQUIRE(search);
    CHECK(table->model()->rowCount() == 2);
    auto *pause = view.findChild<QTimer *>(QStringLiteral("searchTimer"));
    REQUIRE(pause);
    Test::typeText(search, QStringLiteral("анна")); // no such contact: empty state
    CHECK(table->model()->rowCount() == 2);         // not while typing
    REQUIRE(Test::fire(pause));
    CHECK(Test::waitUntil([&] { return table->model()->rowCount() == 0; }));
    auto *empty = view.findChild<QWidget *>(QStringLiteral("contactsEmpty"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    search->clear();
    Test::typeText(search, QStringLiteral("Петр"));
    REQUIRE(Test::fire(pause));
    CHECK(Test::waitUntil([&] { return table->model()->rowCount() == 1; }));
    CHECK_FALSE(empty->isVisible());
    auto *count = view.findChild<QLabel *>(QStringLiteral("contactsCount"));
    REQUIRE(count);
    CHECK(count->text().startsWith(u"1 "));
}

TEST_CASE("recordListView_showRecord_filtersToTheRecordAndSelectsIt")
{
    UiFixture t;
    t.addNumberedContacts(30);
    const qint64 id = t.addContact(QStringLiteral("Zoe Contact"));
    Ui::RecordListView view(*t.admin, Core::EntityKind::Contact);
    view.activate();
    REQUIRE(view.showRecord(id, QStringLiteral("Zoe Contact")));
    CHECK(view.searchField()->text() == u"Zoe Contact");
    const QModelIndex current = view.table()->currentIndex();
    REQUIRE(current.isValid());
    CHECK(current.data(RecordListModel::IdRole).toLongLong() == id);
}
