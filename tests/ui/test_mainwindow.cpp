// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistworkspace.h"
#include "ui/mainwindow/mainwindow.h"
#include "ui/mainwindow/workspaceregistry.h"
#include "ui/search/globalsearch.h"
#include "ui/search/searchresultsmodel.h"
#include "core/services/admin.h"
#include "core/services/auth.h"
#include "ui/mainwindow/sharedfilebanner.h"
#include "core/storage/lockcanary.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QFile>
#include <QFrame>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QMenu>
#include <QTableView>
#include <QTest>

using namespace Voronka;
using Voronka::Test::UiFixture;

namespace {
Ui::WorkspaceRegistry registry()
{
    Ui::WorkspaceRegistry r;
    Ui::RecordListWorkspace::registerIn(r);
    return r;
}

qint64 currentId(QTableView *table)
{
    return table->currentIndex().data(Ui::RecordListModel::IdRole).toLongLong();
}
} // namespace

TEST_CASE("workspaceRegistry_onlyBuiltSections_areAvailable")
{
    const Ui::WorkspaceRegistry r = registry();
    CHECK(r.ids() == QStringList{QStringLiteral("contacts"), QStringLiteral("companies")});
    CHECK(r.has(QStringLiteral("contacts")));
    CHECK_FALSE(r.has(QStringLiteral("deals")));
    CHECK(Ui::WorkspaceRegistry::knownIds().contains(QStringLiteral("deals")));
}

TEST_CASE("mainWindow_globalSearch_findsRecordAndOpensItsSection")
{
    UiFixture t;
    t.addNumberedContacts(5);
    const qint64 company = t.addCompany(QStringLiteral("Ромашка"));
    const qint64 ivan = t.addContact(QStringLiteral("Иван Петров"), 0, company);
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    w.resize(1200, 800);
    w.show();
    REQUIRE(Test::waitExposed(&w));

    CHECK(w.windowTitle() == u"Voronka — test.voronka");
    auto *sidebar = w.findChild<QListWidget *>(QStringLiteral("sidebar"));
    REQUIRE(sidebar);
    REQUIRE(sidebar->count() == 2);
    CHECK(sidebar->item(0)->text() == u"Contacts");
    CHECK(sidebar->item(1)->text() == u"Companies");
    auto *contacts = w.findChild<QTableView *>(QStringLiteral("contactsTable"));
    auto *companies = w.findChild<QTableView *>(QStringLiteral("companiesTable"));
    REQUIRE(contacts);
    REQUIRE(companies);
    REQUIRE(w.showSection(QStringLiteral("contacts")));
    CHECK(contacts->model()->rowCount() == 6);
    auto *status = w.findChild<QLabel *>(QStringLiteral("statusFile"));
    REQUIRE(status);
    CHECK(status->text() == u"test.voronka");
    CHECK(
        w.findChild<QLabel *>(QStringLiteral("statusUser"))->text().contains(u"admin@example.com"));

    auto *search = w.findChild<QLineEdit *>(QStringLiteral("globalSearch"));
    REQUIRE(search);
    w.activateWindow();
    QTest::keyClick(&w, Qt::Key_K, Qt::ControlModifier);
    CHECK(Test::waitUntil([&] { return search->hasFocus(); }));

    Test::typeText(search, QStringLiteral("Пе")); // below three characters: no search yet
    auto *results = w.findChild<QListView *>(QStringLiteral("globalSearchResults"));
    CHECK((!results || !results->isVisible()));
    Test::typeText(search, QStringLiteral("тр"));
    results = w.findChild<QListView *>(QStringLiteral("globalSearchResults"));
    REQUIRE(results);
    CHECK(results->isVisible());
    REQUIRE(results->model()->rowCount() >= 1);
    CHECK(results->model()->index(0, 0).data(Ui::SearchResultsModel::TitleRole).toString() ==
          u"Иван Петров");

    QTest::keyClick(search, Qt::Key_Return);
    CHECK_FALSE(results->isVisible());
    CHECK(sidebar->currentItem()->text() == u"Contacts");
    CHECK(currentId(contacts) == ivan);
    CHECK(w.findChild<QLineEdit *>(QStringLiteral("contactsSearch"))->text() == u"Иван Петров");

    // A company hit opens the Companies section.
    search->setFocus();
    search->clear();
    Test::typeText(search, QStringLiteral("ромаш"));
    // The company by name first, then Иван, whose company matches.
    REQUIRE(results->model()->rowCount() == 2);
    CHECK(results->model()->index(0, 0).data(Ui::SearchResultsModel::KindRole).toInt() ==
          int(Core::EntityKind::Company));
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualRect(results->model()->index(0, 0)).center());
    CHECK(sidebar->currentItem()->text() == u"Companies");
    CHECK(currentId(companies) == company);
}

TEST_CASE("mainWindow_headerClick_sortsOnlySortableColumns")
{
    UiFixture t;
    t.addContact(QStringLiteral("Boris"));
    t.addContact(QStringLiteral("Anna"));
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.showSection(QStringLiteral("contacts")));
    auto *table = w.findChild<QTableView *>(QStringLiteral("contactsTable"));
    REQUIRE(table);
    auto *model = qobject_cast<Ui::RecordListModel *>(table->model());
    REQUIRE(model);
    QHeaderView *header = table->horizontalHeader();
    auto clickHeader = [&](const QString &key) {
        const int col = model->columnOf(key);
        const QPoint at(header->sectionViewportPosition(col) + header->sectionSize(col) / 2,
                        header->height() / 2);
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, at);
    };
    auto first = [&] {
        return model->index(0, model->columnOf(QStringLiteral("name"))).data();
    };
    CHECK(first().toString() == u"Anna"); // newest first by default
    clickHeader(QStringLiteral("email")); // not sortable: nothing changes
    CHECK(model->sortColumn() == model->columnOf(QStringLiteral("created")));
    clickHeader(QStringLiteral("name"));
    CHECK(model->sortColumn() == model->columnOf(QStringLiteral("name")));
    CHECK(model->sortOrder() == Qt::AscendingOrder);
    CHECK(first().toString() == u"Anna");
    clickHeader(QStringLiteral("name")); // already ascending: flips
    CHECK(model->sortOrder() == Qt::DescendingOrder);
    CHECK(first().toString() == u"Boris");
    clickHeader(QStringLiteral("created"));
    CHECK(model->sortColumn() == model->columnOf(QStringLiteral("created")));
    CHECK(model->sortOrder() == Qt::AscendingOrder);
    CHECK(first().toString() == u"Boris"); // oldest first
}

TEST_CASE("mainWindow_backup_isDisabledWithAReasonForANonAdministrator")
{
    UiFixture t;
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Own"), Core::RoleMatrix::filled(Core::Scope::Own));
    const auto manager = t.sessionFor(t.addUser(QStringLiteral("ivan@example.com"), role));
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*manager, t.clock, r);
    auto *backup = w.findChild<QAction *>(QStringLiteral("actionBackup"));
    REQUIRE(backup);
    CHECK_FALSE(backup->isEnabled());
    CHECK(backup->toolTip() == u"Only an administrator can back up or restore the database.");
    for (const char *name : {"actionBackupNow", "actionRestore"}) {
        auto *other = w.findChild<QAction *>(QString::fromLatin1(name));
        REQUIRE(other);
        CHECK_FALSE(other->isEnabled());
        CHECK(other->toolTip() == backup->toolTip());
    }

    Ui::MainWindow adminWindow(*t.admin, t.clock, r);
    auto *adminBackup = adminWindow.findChild<QAction *>(QStringLiteral("actionBackup"));
    REQUIRE(adminBackup);
    CHECK(adminBackup->isEnabled());
}

TEST_CASE("sharedFileBanner_namesWhoElseHasTheFileOpenAndWhyItIsReadOnly")
{
    UiFixture t;
    const Ui::WorkspaceRegistry r = registry();
    {
        // A local file says nothing.
        Ui::MainWindow local(*t.admin, t.clock, r);
        CHECK(local.sharedFileBanner()->isHidden());
    }
    // Another computer's program beats in its slot, but its lock does not reach this one.
    {
        QFile side(Core::LockCanary::sidePath(t.path()));
        REQUIRE(side.open(QIODevice::WriteOnly));
        side.write(QStringLiteral("{\"v\":1,\"user\":\"Olga\",\"host\":\"pc-olga\",\"pid\":7,"
                                  "\"t\":%1,\"c\":1}")
                       .arg(QDateTime::currentMSecsSinceEpoch())
                       .toUtf8()
                       .leftJustified(Core::LockCanary::kSlotBytes, ' '));
    }
    Core::Database::Options o;
    o.shared = Core::Database::Options::Shared::On;
    std::unique_ptr<Core::Database> db = Core::Database::open(t.path(), o).value();
    REQUIRE(db->readOnly());
    Core::Session session(*db, t.clock, Core::Auth::readUser(*db, t.adminId), 42);
    Ui::MainWindow w(session, t.clock, r);
    w.show();
    REQUIRE(Test::waitExposed(&w));
    auto *banner = w.findChild<QFrame *>(QStringLiteral("sharedFileBanner"));
    REQUIRE(banner == w.sharedFileBanner());
    CHECK(banner->isVisible());
    CHECK(banner->property("warning").toBool());
    CHECK(w.findChild<QLabel *>(QStringLiteral("sharedFileBannerText"))->text() ==
          QStringLiteral("test.voronka is open read-only: file locks on its network share do not "
                         "reach the other computers using it (Olga on pc-olga has it open), and "
                         "writing without them would damage it. Ask your administrator to enable "
                         "locking on the share.\nAlso open by: Olga (pc-olga)."));
}

TEST_CASE("mainWindow_editMenu_namesAndTakesTheStepOfTheSectionTheFocusIsIn")
{
    UiFixture t;
    const qint64 anna = t.addContact(QStringLiteral("Anna"));
    t.addContact(QStringLiteral("Boris"));
    const Ui::WorkspaceRegistry r = registry();
    Ui::MainWindow w(*t.admin, t.clock, r);
    w.resize(1200, 800);
    w.show();
    REQUIRE(w.showSection(QStringLiteral("contacts")));
    auto *undo = w.findChild<QAction *>(QStringLiteral("actionUndo"));
    auto *redo = w.findChild<QAction *>(QStringLiteral("actionRedo"));
    REQUIRE(undo);
    REQUIRE(redo);
    CHECK_FALSE(undo->isEnabled()); // nothing done yet
    auto *table = w.findChild<QTableView *>(QStringLiteral("contactsTable"));
    REQUIRE(table);
    auto *model = qobject_cast<Ui::RecordListModel *>(table->model());
    REQUIRE(model);
    QApplication::setActiveWindow(&w);
    table->setFocus();
    table->selectRow(model->rowOf(anna));
    QTest::keyClick(table, Qt::Key_Delete);
    QCoreApplication::processEvents();
    REQUIRE(model->rowOf(anna) < 0);
    // The menu names the step, with the key that takes it too.
    CHECK(undo->isEnabled());
    CHECK(undo->text().startsWith(u"Undo Move 1 contact"));
    CHECK(undo->text().contains(u'\t'));
    undo->trigger();
    QCoreApplication::processEvents();
    CHECK(model->rowOf(anna) >= 0);
    CHECK_FALSE(undo->isEnabled());
    CHECK(redo->isEnabled());
    redo->trigger();
    QCoreApplication::processEvents();
    CHECK(model->rowOf(anna) < 0);
}
