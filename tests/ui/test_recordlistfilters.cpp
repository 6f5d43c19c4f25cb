// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/deals/dealbulkfielddialog.h"
#include "ui/duplicates/recyclebindialog.h"
#include "ui/duplicates/recyclebinmodel.h"
#include "ui/lists/recordbulkbar.h"
#include "ui/lists/recordfilterbutton.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "ui/lists/recordlistworkspace.h"
#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/storage/database.h"
#include "ui/widgets/createdperiod.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Voronka;
using Core::EntityKind;
using Voronka::Test::UiFixture;

namespace {
template<typename T = QWidget> T *named(QObject *root, const QString &name)
{
    T *w = root->findChild<T *>(name);
    REQUIRE(w);
    return w;
}

// Eight contacts: four old ones (bob's, tagged "Old") and, 40 days later, four new ones
// (carol's), two of them in Kazan (a custom text field).
struct Lists : UiFixture
{
    qint64 bob = 0, carol = 0, city = 0;
    QList<qint64> oldIds, newIds;
    Lists()
    {
        QSettings().remove(QStringLiteral("lists"));
        Core::Admin admin(*this->admin);
        const qint64 role =
            *admin.createRole(QStringLiteral("All"), Core::RoleMatrix::filled(Core::Scope::All));
        bob = addUser(QStringLiteral("bob@example.com"), role);
        carol = addUser(QStringLiteral("carol@example.com"), role);
        city = *admin.createFieldDef(Core::FieldDef{0,
                                                    EntityKind::Contact,
                                                    QStringLiteral("City"),
                                                    Core::FieldType::Text,
                                                    {},
                                                    {},
                                                    1,
                                                    0,
                                                    false});
        Core::Records r(*this->admin);
        for (int i = 0; i < 4; ++i) {
            oldIds << addContact(QStringLiteral("Old %1").arg(i), bob);
            REQUIRE(r.update(EntityKind::Contact, oldIds.last(),
                             {{QStringLiteral("tags"), QStringList{QStringLiteral("Old")}}})
                        .ok());
        }
        clock.advance(40LL * 24 * 3600 * 1000);
        for (int i = 0; i < 4; ++i) {
            newIds << addContact(QStringLiteral("New %1").arg(i), carol);
            if (i < 2)
                REQUIRE(r.update(EntityKind::Contact, newIds.last(),
                                 {{QStringLiteral("cf.%1").arg(city), QStringLiteral("Kazan")}})
                            .ok());
        }
    }
};

void check(QListWidget *list, const QString &text)
{
    const QList<QListWidgetItem *> items = list->findItems(text, Qt::MatchExactly);
    REQUIRE(items.size() == 1);
    items.first()->setCheckState(Qt::Checked);
}

// The count label as "N contact(s)" reads in any build (plural forms come from translations).
bool counted(Ui::RecordListView &view, int n)
{
    return named<QLabel>(&view, QStringLiteral("contactsCount"))
        ->text()
        .startsWith(QStringLiteral("%1 contact").arg(n));
}
} // namespace

TEST_CASE("recordListFilters_panelNarrowsTheRowsAndTheCount")
{
    Lists t;
    Ui::RecordListView view(*t.admin, EntityKind::Contact);
    view.model()->setPageSize(2); // several pages: the filtered count runs in the background
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1400, 700);
    view.show();
    view.activate();
    CHECK(counted(view, 8));

    auto *button = named<Ui::RecordFilterButton>(&view, QStringLiteral("contactsFilterButton"));
    QTest::mouseClick(button, Qt::LeftButton);
    QFrame *panel = named<QFrame>(&view, QStringLiteral("contactsFilterPanel"));
    CHECK(panel->isVisible());

    check(named<QListWidget>(panel, QStringLiteral("filterResponsible")), QStringLiteral("bob"));
    QTRY_VERIFY(counted(view, 4));
    // The view reads further pages as it shows them: every row is bob's.
    const int responsible = view.model()->columnOf(QStringLiteral("responsible"));
    CHECK(view.model()->rowCount() > 0);
    for (int row = 0; row < view.model()->rowCount(); ++row)
        CHECK(view.model()->index(row, responsible).data().toString() == u"bob");
    CHECK(button->text().contains(u"1"));
    // The background count reads on a connection of its own and writes nothing: the poll
    // sees no change and does not start over.
    QSignalSpy resets(view.model(), &QAbstractItemModel::modelReset);
    view.refreshIfChanged();
    CHECK(resets.isEmpty());

    // Bob's contacts that are also tagged: still four; then the last 30 days: none of his.
    check(named<QListWidget>(panel, QStringLiteral("filterTags")), QStringLiteral("Old"));
    QTRY_VERIFY(counted(view, 4));
    auto *period = named<QComboBox>(panel, QStringLiteral("filterPeriod"));
    period->setCurrentIndex(period->findData(Ui::CreatedPeriod::Last30Days));
    CHECK(view.model()->rowCount() == 0);
    QTRY_VERIFY(counted(view, 0));
    CHECK(named<QWidget>(&view, QStringLiteral("contactsEmpty"))->isVisible());

    named<QPushButton>(panel, QStringLiteral("filterReset"))->click();
    QTRY_VERIFY(counted(view, 8));
    CHECK(button->text() == u"Filters");

    // A custom-field condition: City equals "kazan".
    auto *field = named<QComboBox>(panel, QStringLiteral("filterField"));
    field->setCurrentIndex(field->findText(QStringLiteral("City")));
    auto *op = named<QComboBox>(panel, QStringLiteral("filterFieldOp"));
    op->setCurrentIndex(op->findText(QStringLiteral("equals")));
    auto *value = named<QLineEdit>(panel, QStringLiteral("filterFieldValue"));
    value->setFocus();
    QTest::keyClicks(value, QStringLiteral("kazan"));
    QTest::keyClick(value, Qt::Key_Return);
    QTRY_VERIFY(counted(view, 2));
    CHECK(view.model()->filter().fields.size() == 1);
    op->setCurrentIndex(op->findText(QStringLiteral("is empty")));
    QTRY_VERIFY(counted(view, 6));
}

TEST_CASE("recordListColumns_menuShowsACustomFieldAndRemembersItPerUser")
{
    Lists t;
    const QString key = QStringLiteral("cf.%1").arg(t.city);
    {
        Ui::RecordListView view(*t.admin, EntityKind::Contact);
        QAbstractItemModelTester tester(view.model(),
                                        QAbstractItemModelTester::FailureReportingMode::Fatal);
        view.show();
        view.activate();
        CHECK(view.model()->columnOf(key) < 0);
        QMenu *menu = view.columnsMenu();
        named<QAction>(menu, QStringLiteral("contactsColumn_") + key)->trigger();
        const int column = view.model()->columnOf(key);
        REQUIRE(column >= 0);
        CHECK(view.model()->headerData(column, Qt::Horizontal).toString() == u"City");
        const int row = view.model()->rowOf(t.newIds[0]);
        REQUIRE(row >= 0);
        CHECK(view.model()->index(row, column).data().toString() == u"Kazan");
        named<QAction>(menu, QStringLiteral("contactsColumn_tags"))->trigger();
        named<QAction>(menu, QStringLiteral("contactsColumn_phone"))->trigger(); // off
        CHECK(view.model()->columnOf(QStringLiteral("phone")) < 0);
        // Sorting by the custom field pages like any other column.
        view.model()->sort(view.model()->columnOf(key), Qt::DescendingOrder);
        CHECK(view.model()->idAt(0) == t.newIds[1]);
    }
    // Another view for the same user opens with the same columns; another user's does not.
    Ui::RecordListView again(*t.admin, EntityKind::Contact);
    CHECK(again.model()->columnOf(key) >= 0);
    CHECK(again.model()->columnOf(QStringLiteral("tags")) >= 0);
    CHECK(again.model()->columnOf(QStringLiteral("phone")) < 0);
    auto bob = t.sessionFor(t.bob);
    Ui::RecordListView other(*bob, EntityKind::Contact);
    CHECK(other.model()->columnOf(key) < 0);
}

TEST_CASE("recordListBulk_setsResponsibleNamesRefusalsAndMovesToTheRecycleBinAndBack")
{
    Lists t;
    // Vera may view every contact but edit only her own.
    Core::RoleMatrix m = Core::RoleMatrix::filled(Core::Scope::Own);
    m.set(Core::PermEntity::Contact, Core::PermAction::View, Core::Scope::All);
    const qint64 vera = t.addUser(QStringLiteral("vera@example.com"),
                                  *Core::Admin(*t.admin).createRole(QStringLiteral("Viewer"), m));
    Core::Records r(*t.admin);
    REQUIRE(r.update(EntityKind::Contact, t.newIds[3], {{QStringLiteral("responsible_id"), vera}})
                .ok());
    auto session = t.sessionFor(vera);
    Ui::RecordListView view(*session, EntityKind::Contact);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.resize(1400, 700);
    view.show();
    view.activate();
    auto *bar = named<Ui::RecordBulkBar>(&view, QStringLiteral("contactsBulkBar"));
    CHECK(!bar->isVisible());

    QTableView *table = view.table();
    table->selectRow(view.model()->rowOf(t.newIds[3]));
    table->selectionModel()->select(view.model()->index(view.model()->rowOf(t.newIds[2]), 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    CHECK(bar->isVisible());
    CHECK(named<QLabel>(bar, QStringLiteral("contactsSelectedCount"))->text().startsWith(u"2 "));
    auto *who = named<QToolButton>(bar, QStringLiteral("contactsBulkResponsible"));
    named<QAction>(who->menu(), QStringLiteral("responsible_%1").arg(t.bob))->trigger();
    CHECK(r.load(EntityKind::Contact, t.newIds[3])->value(QStringLiteral("responsible_id")) ==
          t.bob);
    CHECK(r.load(EntityKind::Contact, t.newIds[2])->value(QStringLiteral("responsible_id")) ==
          t.carol);
    CHECK(bar->lastReport().contains(QStringLiteral("New 2")));
    auto *box = named<QMessageBox>(&view, QStringLiteral("recordsBulkResultBox"));
    CHECK(box->text().contains(QStringLiteral("New 2")));
    box->close();

    // The admin moves two contacts to the recycle bin from the context menu and restores one.
    Ui::RecordListView admin(*t.admin, EntityKind::Contact);
    admin.resize(1400, 700);
    admin.show();
    admin.activate();
    const int row = admin.model()->rowOf(t.oldIds[0]);
    admin.table()->selectRow(row);
    admin.table()->selectionModel()->select(
        admin.model()->index(admin.model()->rowOf(t.oldIds[1]), 0),
        QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QMenu *menu = admin.bulkBar()->contextMenu(t.oldIds[0], &admin);
    named<QAction>(menu, QStringLiteral("contextRecycle"))->trigger();
    delete menu;
    CHECK(admin.model()->rowOf(t.oldIds[0]) < 0);
    CHECK(admin.model()->rowOf(t.oldIds[1]) < 0);
    CHECK(counted(admin, 6));
    CHECK(named<QLabel>(&admin, QStringLiteral("contactsNotice"))->text().contains(u"recycle bin"));

    Ui::RecycleBinDialog *bin = admin.openRecycleBin();
    QSignalSpy loaded(bin, &Ui::RecycleBinDialog::loaded);
    REQUIRE(loaded.wait(20000));
    REQUIRE(bin->model()->rowCount() == 2);
    bin->table()->selectRow(0);
    named<QPushButton>(bin, QStringLiteral("binRestore"))->click();
    CHECK(admin.model()->totalCount() == 7);
}

TEST_CASE("recordList_readsAgainAfterACommitThroughASecondConnection")
{
    Lists t;
    Ui::RecordListView view(*t.admin, EntityKind::Contact);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.show();
    view.activate();
    REQUIRE(view.model()->totalCount() == 8);
    view.refreshIfChanged(); // nothing committed elsewhere: nothing read
    CHECK(view.model()->totalCount() == 8);
    view.model()->setPageSize(3);
    view.model()->reload();
    while (view.model()->canFetchMore({}))
        view.model()->fetchMore({});
    REQUIRE(view.model()->rowCount() == 8);

    {
        // Another program (the CLI, another window) on the same file.
        Core::Result<std::unique_ptr<Core::Database>> other = Core::Database::open(t.path());
        REQUIRE(other.ok());
        Core::Session session(**other, t.clock, t.admin->actor());
        REQUIRE(Core::Records(session)
                    .create(EntityKind::Contact,
                            {{QStringLiteral("name"), QStringLiteral("From the CLI")}})
                    .ok());
    }
    // The view polls the file; the poll is what runs here. The rows read before stay read.
    QTRY_COMPARE_WITH_TIMEOUT(view.model()->totalCount(), qint64(9), 5000);
    CHECK(view.model()->rowCount() >= 8);
    CHECK(view.model()->index(0, 0).data().toString() == u"From the CLI");

    // The bulk field dialog takes the list's kind: contacts' fields, not the deals'.
    Ui::DealBulkFieldDialog dialog(*t.admin, 2, &view, EntityKind::Contact);
    CHECK(dialog.fields()->findText(QStringLiteral("City")) >= 0);
    CHECK(dialog.fields()->findText(QStringLiteral("Budget")) < 0);
}

TEST_CASE("recordListWorkspace_readsAgainWhenACardSavesARecord")
{
    Lists t;
    Ui::RecordListWorkspace workspace(*t.admin, EntityKind::Contact);
    auto *view = static_cast<Ui::RecordListView *>(workspace.widget());
    view->show();
    workspace.activate();
    REQUIRE(view->model()->totalCount() == 8);
    // The same connection writes (as a card does): the file's data version does not move for
    // it, so the card host's signal is what tells the list.
    Core::Records r(*t.admin);
    REQUIRE(r.update(EntityKind::Contact, t.oldIds[0],
                     {{QStringLiteral("name"), QStringLiteral("Renamed in a card")}})
                .ok());
    const qint64 added =
        *r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Added")}});
    view->refreshIfChanged();
    CHECK(view->model()->totalCount() == 8);
    workspace.recordChanged(EntityKind::Contact, added);
    CHECK(view->model()->totalCount() == 9);
    const int row = view->model()->rowOf(t.oldIds[0]);
    REQUIRE(row >= 0);
    CHECK(view->model()->index(row, 0).data().toString() == u"Renamed in a card");
    // A deal saved elsewhere is no reason to read the contacts again.
    REQUIRE(
        r.create(EntityKind::Contact, {{QStringLiteral("name"), QStringLiteral("Later")}}).ok());
    workspace.recordChanged(EntityKind::Deal, 1);
    CHECK(view->model()->totalCount() == 9);
}
