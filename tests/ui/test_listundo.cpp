// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"
#include "support/commits.h"
#include "support/consistency.h"

#include "ui/lists/recordlistmodel.h"
#include "ui/deals/deallistview.h"
#include "ui/duplicates/recyclebindialog.h"
#include "ui/duplicates/recyclebinmodel.h"
#include "ui/lists/recordbulkbar.h"
#include "ui/lists/recordlistview.h"
#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/storage/database.h"

#include <QAction>
#include <QApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QFrame>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QUndoStack>

#include <sqlite3.h>

#include <functional>
#include <utility>

using namespace Voronka;
using namespace Voronka::Test;

namespace {

// The state undo must give back: every record of the kind (those in the recycle bin too) as
// Records::load gives it — its columns, tags, contacts and custom values — without the two
// values every write moves on (updated_at and the field clock's hlc). History and outbox rows
// grow with an undo by design and are checked apart.
QString recordsState(Core::Session &session, Core::EntityKind kind, const char *table)
{
    QStringList out;
    Core::Query q = session.db().sql().prepare(
        QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QString::fromLatin1(table)));
    QList<qint64> ids;
    while (q->step())
        ids << q->int64(0);
    for (qint64 id : std::as_const(ids)) {
        Core::Result<Core::Record> r = Core::Records(session).load(kind, id);
        REQUIRE(r.ok());
        Core::Record fields = *r;
        fields.remove(QStringLiteral("updated_at"));
        fields.remove(QStringLiteral("hlc"));
        out << QString::number(id) + u':' +
                   QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(fields))
                                         .toJson(QJsonDocument::Compact));
    }
    return out.join(u'\n');
}

void selectRows(QTableView *table, const QList<int> &rows)
{
    table->clearSelection();
    for (int r : rows)
        table->selectionModel()->select(table->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

// Brings the list's window forward with the focus in its table, where Ctrl+Z is the list's.
void focusTable(QWidget *view, QTableView *table)
{
    QApplication::setActiveWindow(view);
    table->setFocus();
    QCoreApplication::processEvents();
    REQUIRE(table->hasFocus());
}

// Does `action`, then undoes and redoes it with the keys on the list's table, checking the
// records' exact state before and after each way and that each way is one transaction.
void checkUndoRedo(Core::Session &session, Core::Database &db, Core::EntityKind kind,
                   const char *table, QWidget *view, QTableView *tableView, QUndoStack *stack,
                   const std::function<void()> &action, const QString &stepText)
{
    const QString before = recordsState(session, kind, table);
    const int steps = stack->count();
    action();
    QCoreApplication::processEvents();
    const QString after = recordsState(session, kind, table);
    REQUIRE(after != before);
    REQUIRE(stack->count() == steps + 1); // one action, one step
    CHECK(stack->undoText() == stepText);

    focusTable(view, tableView);
    Commits commits(db);
    QTest::keyClick(tableView, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(commits.take() == 1);
    CHECK(recordsState(session, kind, table) == before);
    CHECK(stack->index() == steps);

    QTest::keyClick(tableView, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
    QCoreApplication::processEvents();
    CHECK(commits.take() == 1);
    CHECK(recordsState(session, kind, table) == after);
    CHECK(stack->index() == steps + 1);
}

std::unique_ptr<Ui::RecordListView> openList(Core::Session &session, Core::EntityKind kind)
{
    auto view = std::make_unique<Ui::RecordListView>(session, kind);
    view->resize(1200, 600);
    view->show();
    view->activate();
    return view;
}

} // namespace

TEST_CASE("contactList_eachBulkEditIsOneUndoStepUndoneAndRedoneExactly")
{
    UiFixture t;
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    const qint64 mia = t.addUser(QStringLiteral("mia@example.com"), role);
    const qint64 a = t.addContact(QStringLiteral("Anna Lee"));
    const qint64 b = t.addContact(QStringLiteral("Boris Gray"));
    t.addContact(QStringLiteral("Carl Stone"));
    REQUIRE(Core::Records(*t.admin)
                .update(Core::EntityKind::Contact, a,
                        {{QStringLiteral("tags"), QStringList{QStringLiteral("Old")}}})
                .ok());
    auto view = openList(*t.admin, Core::EntityKind::Contact);
    Ui::RecordListModel *model = view->model();
    QTableView *table = view->table();
    Ui::RecordBulkBar *bar = view->bulkBar();
    REQUIRE(model->rowCount() == 3);
    auto select = [&] {
        selectRows(table, {model->rowOf(a), model->rowOf(b)});
    };
    auto check = [&](const std::function<void()> &action, const QString &text) {
        checkUndoRedo(*t.admin, *t.db, Core::EntityKind::Contact, "contacts", view.get(), table,
                      view->undoStack(), action, text);
    };

    SECTION("set responsible")
    {
        check(
            [&] {
                select();
                auto *setMia =
                    view->findChild<QAction *>(QStringLiteral("responsible_%1").arg(mia));
                REQUIRE(setMia);
                setMia->trigger();
            },
            QStringLiteral("Set responsible of 2 contact(s)"));
    }
    SECTION("add tags")
    {
        check(
            [&] {
                select();
                bar->addTags({QStringLiteral("VIP"), QStringLiteral("Fair")});
            },
            QStringLiteral("Add tags to 2 contact(s)"));
    }
    SECTION("remove tags")
    {
        check(
            [&] {
                select();
                bar->removeTags({QStringLiteral("Old")});
            },
            QStringLiteral("Remove tags from 2 contact(s)"));
    }
    SECTION("set a field")
    {
        check(
            [&] {
                select();
                bar->setField(QStringLiteral("position"), QStringLiteral("Buyer"));
            },
            QStringLiteral("Set a field of 2 contact(s)"));
    }
    SECTION("move to the recycle bin, with the Delete key")
    {
        check(
            [&] {
                select();
                focusTable(view.get(), table);
                QTest::keyClick(table, Qt::Key_Delete);
            },
            QStringLiteral("Move 2 contact(s) to the recycle bin"));
        // Undo brought them back into the list, redo took them out again.
        CHECK(model->rowOf(a) < 0);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCoreApplication::processEvents();
        CHECK(model->rowOf(a) >= 0);
        CHECK(model->rowOf(b) >= 0);
    }
    requireConsistent(*t.db);
}

TEST_CASE("companyList_recycleAndRestoreFromTheBinAreUndoneInTheList")
{
    UiFixture t;
    const qint64 acme = t.addCompany(QStringLiteral("Acme"));
    const qint64 bolt = t.addCompany(QStringLiteral("Bolt"));
    t.addCompany(QStringLiteral("Crane"));
    auto view = openList(*t.admin, Core::EntityKind::Company);
    Ui::RecordListModel *model = view->model();
    QTableView *table = view->table();
    REQUIRE(model->rowCount() == 3);

    checkUndoRedo(
        *t.admin, *t.db, Core::EntityKind::Company, "companies", view.get(), table,
        view->undoStack(),
        [&] {
            selectRows(table, {model->rowOf(acme), model->rowOf(bolt)});
            auto *recycle = view->findChild<QToolButton *>(QStringLiteral("companiesBulkRecycle"));
            REQUIRE(recycle);
            QTest::mouseClick(recycle, Qt::LeftButton);
        },
        QStringLiteral("Move 2 company(s) to the recycle bin"));
    CHECK(model->rowCount() == 1);

    // Restored from the bin: one step on the list's stack, which Ctrl+Z in the list takes back.
    Ui::RecycleBinDialog *bin = view->openRecycleBin();
    REQUIRE(QTest::qWaitFor([&] { return bin->model()->rowCount() == 2; }, 5000));
    checkUndoRedo(
        *t.admin, *t.db, Core::EntityKind::Company, "companies", view.get(), table,
        view->undoStack(),
        [&] {
            bin->table()->selectAll();
            auto *restore = bin->findChild<QPushButton *>(QStringLiteral("binRestore"));
            REQUIRE(restore);
            QTest::mouseClick(restore, Qt::LeftButton);
            CHECK(bin->model()->rowCount() == 0);
        },
        QStringLiteral("Restore 2 company(s) from the recycle bin"));
    CHECK(model->rowCount() == 3);
    // The bin dialog may be gone when the list undoes its restore.
    bin->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(model->rowCount() == 1);
    CHECK(view->bulkBar()->lastReport().isEmpty());
    requireConsistent(*t.db);
}

TEST_CASE("dealList_theRecycleBinBesideTheListRestoresAsAStepOfTheList")
{
    BoardFixture t;
    QSettings().remove(QStringLiteral("deals"));
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 300, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s0, 200, 2);
    t.addDeal(QStringLiteral("Charlie"), s0, 100, 3);
    Ui::DealListView view(*t.admin);
    view.setScope(t.admin->pipelines().first().id, {});
    view.resize(1300, 600);
    view.show();
    view.activate();
    Ui::RecordListModel *model = view.model();
    QTableView *table = view.table();
    REQUIRE(model->rowCount() == 3);
    REQUIRE(Core::Records(*t.admin).remove(Core::EntityKind::Deal, a).ok());
    REQUIRE(Core::Records(*t.admin).remove(Core::EntityKind::Deal, b).ok());
    model->reload();
    REQUIRE(model->rowCount() == 1);

    auto *binButton = view.findChild<QToolButton *>(QStringLiteral("dealsRecycleBin"));
    REQUIRE(binButton);
    CHECK(binButton->isVisible());
    QTest::mouseClick(binButton, Qt::LeftButton);
    auto *bin = view.findChild<Ui::RecycleBinDialog *>(QStringLiteral("recycleBin"));
    REQUIRE(bin);
    CHECK(bin->isVisible());
    CHECK(bin->windowTitle() == QStringLiteral("Recycle bin: deals"));
    REQUIRE(QTest::qWaitFor([&] { return bin->model()->rowCount() == 2; }, 5000));
    CHECK(bin->model()->headerData(Ui::RecycleBinModel::DetailColumn, Qt::Horizontal, Qt::DisplayRole).toString() ==
          QStringLiteral("Pipeline"));
    CHECK(bin->model()->index(0, Ui::RecycleBinModel::DetailColumn).data().toString() ==
          t.admin->pipelines().first().name);
    checkUndoRedo(
        *t.admin, *t.db, Core::EntityKind::Deal, "deals", &view, table, view.undoStack(),
        [&] {
            bin->table()->selectAll();
            auto *restore = bin->findChild<QPushButton *>(QStringLiteral("binRestore"));
            REQUIRE(restore);
            QTest::mouseClick(restore, Qt::LeftButton);
            CHECK(bin->model()->rowCount() == 0);
        },
        QStringLiteral("Restore 2 deal(s) from the recycle bin"));
    CHECK(model->rowCount() == 3);
    requireConsistent(*t.db);
}

TEST_CASE("dealList_bulkEditsStageMoveAndInlineEditsAreOneUndoStepEach")
{
    BoardFixture t;
    QSettings().remove(QStringLiteral("deals"));
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    const qint64 mia = t.addUser(QStringLiteral("mia@example.com"), role);
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 300, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s0, 200, 2);
    const qint64 c = t.addDeal(QStringLiteral("Charlie"), s0, 100, 3);
    REQUIRE(Core::Records(*t.admin)
                .update(Core::EntityKind::Deal, b,
                        {{QStringLiteral("tags"), QStringList{QStringLiteral("Old")}}})
                .ok());
    Ui::DealListView view(*t.admin);
    view.setScope(t.admin->pipelines().first().id, {});
    view.resize(1300, 600);
    view.show();
    view.activate();
    Ui::RecordListModel *model = view.model();
    QTableView *table = view.table();
    REQUIRE(model->rowCount() == 3);
    auto select = [&] {
        selectRows(table, {model->rowOf(a), model->rowOf(b), model->rowOf(c)});
    };
    auto check = [&](const std::function<void()> &action, const QString &text) {
        checkUndoRedo(*t.admin, *t.db, Core::EntityKind::Deal, "deals", &view, table,
                      view.undoStack(), action, text);
        CHECK(view.lastReport().isEmpty());
    };

    SECTION("stage move")
    {
        t.clock.advance(3'600'000); // the stage entry time must come back too
        check(
            [&] {
                select();
                auto *toStage =
                    view.findChild<QAction *>(QStringLiteral("dealsBulkStage_%1").arg(s1));
                REQUIRE(toStage);
                toStage->trigger();
                CHECK(t.stageOf(a) == s1);
            },
            QStringLiteral("Move 3 deal(s) to «%1»").arg(t.admin->stage(s1)->name));
        CHECK(model->index(model->rowOf(a), 0).data(Ui::RecordListModel::StageIdRole).toLongLong() ==
              s1);
        QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
        QCoreApplication::processEvents();
        // The list read again: the rows show the stage they went back to.
        CHECK(model->index(model->rowOf(a), 0).data(Ui::RecordListModel::StageIdRole).toLongLong() ==
              s0);
    }
    SECTION("set responsible")
    {
        check(
            [&] {
                select();
                view.findChild<QAction *>(QStringLiteral("responsible_%1").arg(mia))->trigger();
            },
            QStringLiteral("Set responsible of 3 deal(s)"));
    }
    SECTION("add and remove tags")
    {
        check(
            [&] {
                select();
                view.bulkAddTag(QStringLiteral("VIP"));
            },
            QStringLiteral("Add tags to 3 deal(s)"));
        check(
            [&] {
                select();
                view.bulkRemoveTag(QStringLiteral("Old"));
            },
            QStringLiteral("Remove tags from 3 deal(s)"));
    }
    SECTION("set a field")
    {
        check(
            [&] {
                select();
                view.bulkSetField(QStringLiteral("source"), QStringLiteral("Fair"));
            },
            QStringLiteral("Set a field of 3 deal(s)"));
    }
    SECTION("move to the recycle bin")
    {
        check(
            [&] {
                select();
                view.bulkDelete();
                CHECK(model->rowCount() == 0);
            },
            QStringLiteral("Move 3 deal(s) to the recycle bin"));
    }
    SECTION("an edit in place, through the cell's editor")
    {
        check(
            [&] {
                const QModelIndex name =
                    model->index(model->rowOf(b), model->columnOf(QStringLiteral("name")));
                focusTable(&view, table);
                table->setCurrentIndex(name);
                table->edit(name);
                auto *editor = table->findChild<QLineEdit *>(QStringLiteral("dealCellEditor"));
                REQUIRE(editor);
                editor->setText(QStringLiteral("Bravo Two"));
                QTest::keyClick(editor, Qt::Key_Return);
                QCoreApplication::processEvents(); // the delegate commits queued
                CHECK(Core::Records(*t.admin)
                          .load(Core::EntityKind::Deal, b)
                          ->value(QStringLiteral("name"))
                          .toString() == u"Bravo Two");
            },
            QStringLiteral("Change Name of «Bravo»"));
        CHECK(model->index(model->rowOf(b), model->columnOf(QStringLiteral("name"))).data() ==
              QStringLiteral("Bravo Two"));
        // Two edits in place: two steps, the last one undone first.
        check(
            [&] {
                const QModelIndex budget =
                    model->index(model->rowOf(b), model->columnOf(QStringLiteral("budget")));
                table->setCurrentIndex(budget);
                table->edit(budget);
                auto *editor = table->findChild<QLineEdit *>(QStringLiteral("dealCellEditor"));
                REQUIRE(editor);
                editor->setText(QStringLiteral("950"));
                QTest::keyClick(editor, Qt::Key_Return);
                QCoreApplication::processEvents();
            },
            QStringLiteral("Change Budget of «Bravo Two»"));
        REQUIRE(view.undoStack()->count() == 2);
    }
    requireConsistent(*t.db);
}

TEST_CASE("recordList_undoLeavesARecordAColleagueChangedSinceAndNamesIt")
{
    UiFixture t;
    const qint64 role = *Core::Admin(*t.admin).createRole(
        QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    const qint64 mia = t.addUser(QStringLiteral("mia@example.com"), role);
    const qint64 olga = t.addUser(QStringLiteral("olga@example.com"), role);
    const qint64 a = t.addContact(QStringLiteral("Anna Lee"));
    const qint64 b = t.addContact(QStringLiteral("Boris Gray"));
    const qint64 c = t.addContact(QStringLiteral("Carl Stone"));
    auto view = openList(*t.admin, Core::EntityKind::Contact);
    Ui::RecordListModel *model = view->model();
    QTableView *table = view->table();
    selectRows(table, {model->rowOf(a), model->rowOf(b), model->rowOf(c)});
    view->findChild<QAction *>(QStringLiteral("responsible_%1").arg(mia))->trigger();
    REQUIRE(view->undoStack()->count() == 1);
    // The bulk edit is announced at the foot of the list, with its Undo.
    auto *undoNote = view->findChild<QFrame *>(QStringLiteral("undoNotice"));
    REQUIRE(undoNote);
    CHECK(undoNote->isVisible());
    CHECK(undoNote->findChild<QLabel *>(QStringLiteral("undoNoticeText"))->text() ==
          view->undoStack()->undoText());
    auto responsible = [&](qint64 id) {
        return Core::Records(*t.admin)
            .load(Core::EntityKind::Contact, id)
            ->value(QStringLiteral("responsible_id"))
            .toLongLong();
    };
    REQUIRE(responsible(b) == mia);

    // Olga, at her own desk, gives Boris to herself.
    std::unique_ptr<Core::Session> colleague = t.sessionFor(olga);
    REQUIRE(colleague);
    REQUIRE(Core::Records(*colleague)
                .update(Core::EntityKind::Contact, b, {{QStringLiteral("responsible_id"), olga}})
                .ok());

    focusTable(view.get(), table);
    Commits commits(*t.db);
    QTest::keyClick(table, Qt::Key_Z, Qt::ControlModifier);
    QCoreApplication::processEvents();
    CHECK(commits.take() == 1);
    CHECK(responsible(a) != mia);
    CHECK(responsible(c) != mia);
    CHECK(responsible(b) == olga); // hers stays
    const QString message = view->bulkBar()->lastReport();
    CHECK(message.contains(QStringLiteral("Boris Gray")));
    CHECK_FALSE(message.contains(QStringLiteral("Anna Lee")));
    auto *box = view->findChild<QMessageBox *>(QStringLiteral("recordsUndoResultBox"));
    REQUIRE(box);
    CHECK(box->isVisible());
    CHECK(box->text() == message);
    auto *notice = view->findChild<QLabel *>(QStringLiteral("contactsNotice"));
    REQUIRE(notice);
    CHECK(notice->text() == message.section(u'\n', 0, 0));
    // The list shows what the file holds now.
    CHECK(model->index(model->rowOf(b), model->columnOf(QStringLiteral("responsible")))
              .data()
              .toString() !=
          model->index(model->rowOf(a), model->columnOf(QStringLiteral("responsible")))
              .data()
              .toString());
    box->close();
    requireConsistent(*t.db);
}
