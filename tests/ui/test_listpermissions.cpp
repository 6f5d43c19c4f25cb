// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/lists/recordbulkbar.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "core/permissions/permissions.h"
#include "ui/search/globalsearch.h"
#include "ui/search/searchresultsmodel.h"
#include "core/services/admin.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Voronka;
using Ui::RecordListModel;
using Voronka::Test::UiFixture;

namespace {
struct OwnScope : UiFixture
{
    qint64 alice = 0, bob = 0;
    QList<qint64> aliceContacts;

    OwnScope()
    {
        Core::RoleMatrix m;
        m.set(Core::PermEntity::Contact, Core::PermAction::View, Core::Scope::Own);
        m.set(Core::PermEntity::Contact, Core::PermAction::Create, Core::Scope::Own);
        const qint64 role = *Core::Admin(*admin).createRole(QStringLiteral("Salesperson"), m);
        alice = addUser(QStringLiteral("alice@example.com"), role);
        bob = addUser(QStringLiteral("bob@example.com"), role);
        aliceContacts << addContact(QStringLiteral("Alina Orlova"), alice)
                      << addContact(QStringLiteral("Arkady Orlov"), alice);
        addContact(QStringLiteral("Boris Orlov"), bob);
        addContact(QStringLiteral("Olga Orlova"), adminId);
        addCompany(QStringLiteral("Orlov Trading"), alice);
    }
};
} // namespace

TEST_CASE("contactList_withOwnScope_showsOnlyOwnContacts")
{
    OwnScope t;
    auto session = t.sessionFor(t.alice);
    RecordListModel model(*session, Core::EntityKind::Contact);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.reload();
    CHECK(model.totalCount() == 2);
    REQUIRE(model.rowCount() == 2);
    for (int r = 0; r < model.rowCount(); ++r)
        CHECK(t.aliceContacts.contains(model.idAt(r)));
    model.setSearchText(QStringLiteral("orlov"));
    CHECK(model.rowCount() == 2);
    CHECK(model.totalCount() == 2);
}

TEST_CASE("mainWindow_withOwnScope_listsAndSearchesOnlyOwnRecords")
{
    OwnScope t;
    auto session = t.sessionFor(t.alice);
    Ui::WorkspaceRegistry registry;
    Ui::RecordListWorkspace::registerIn(registry);
    Ui::MainWindow w(*session, t.clock, registry);
    w.show();
    REQUIRE(w.showSection(QStringLiteral("contacts")));
    auto *contacts = w.findChild<QTableView *>(QStringLiteral("contactsTable"));
    REQUIRE(contacts);
    CHECK(contacts->model()->rowCount() == 2);

    // No view right on companies at all: an empty list that says why.
    REQUIRE(w.showSection(QStringLiteral("companies")));
    CHECK(w.findChild<QTableView *>(QStringLiteral("companiesTable"))->model()->rowCount() == 0);
    auto *empty = w.findChild<QWidget *>(QStringLiteral("companiesEmpty"));
    REQUIRE(empty);
    CHECK(empty->isVisible());
    CHECK(empty->findChild<QLabel *>(QStringLiteral("emptyTitle"))->text() ==
          u"No access to companies");

    auto *search = w.findChild<Ui::GlobalSearch *>(QStringLiteral("globalSearch"));
    REQUIRE(search);
    search->setFocus();
    Test::typeText(search, QStringLiteral("orlov"));
    const Ui::SearchResultsModel *hits = search->results();
    REQUIRE(hits->rowCount() == 2);
    for (int r = 0; r < hits->rowCount(); ++r)
        CHECK(t.aliceContacts.contains(
            hits->index(r, 0).data(Ui::SearchResultsModel::IdRole).toLongLong()));
}

TEST_CASE("contactListBulkBar_withoutEditOrDeleteRights_offersNoEdits")
{
    OwnScope t;
    auto session = t.sessionFor(t.alice);
    Ui::RecordListView view(*session, Core::EntityKind::Contact);
    view.resize(1200, 600);
    view.show();
    view.activate();
    REQUIRE(view.model()->rowCount() == 2);
    view.table()->selectAll();
    Ui::RecordBulkBar *bar = view.bulkBar();
    CHECK(bar->isVisible());
    CHECK(bar->selection().size() == 2);
    for (const char *name :
         {"contactsBulkResponsible", "contactsBulkAddTags", "contactsBulkRemoveTags",
          "contactsBulkField", "contactsBulkRecycle"}) {
        auto *button = bar->findChild<QToolButton *>(QLatin1String(name));
        REQUIRE(button);
        CHECK_FALSE(button->isVisible());
    }

    // The administrator may do all of it.
    Ui::RecordListView admin(*t.admin, Core::EntityKind::Contact);
    admin.resize(1200, 600);
    admin.show();
    admin.activate();
    admin.table()->selectRow(0);
    CHECK(admin.bulkBar()
              ->findChild<QToolButton *>(QStringLiteral("contactsBulkRecycle"))
              ->isVisible());
    CHECK(admin.bulkBar()
              ->findChild<QToolButton *>(QStringLiteral("contactsBulkField"))
              ->isVisible());
}
