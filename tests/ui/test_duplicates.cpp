// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "support/wait.h"
#include "uifixture.h"

#include "ui/duplicates/duplicatefinder.h"
#include "ui/duplicates/duplicategroupmodel.h"
#include "ui/duplicates/listexport.h"
#include "ui/duplicates/mergewizard.h"
#include "ui/duplicates/recyclebindialog.h"
#include "ui/duplicates/recyclebinmodel.h"
#include "core/importexport/csv.h"
#include "core/importexport/importsource.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/lists/recordlistview.h"
#include "core/services/admin.h"
#include "core/services/records.h"
#include "core/services/recyclebin.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QUndoStack>
#include <QTableView>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Voronka;
using Core::EntityKind;
using Voronka::Test::UiFixture;

namespace {
const QString kName = QStringLiteral("name");

// Two contacts sharing a phone (written differently), and a third unrelated one.
struct Dupes : UiFixture
{
    qint64 first = 0, second = 0, other = 0, deal = 0;
    Dupes()
    {
        Core::Records r(*admin);
        first = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Анна Смирнова")},
                                                {QStringLiteral("phones"),
                                                 QStringList{QStringLiteral("+7 912 345-67-89")}}});
        clock.advance(60'000);
        second =
            *r.create(EntityKind::Contact,
                      {{kName, QStringLiteral("Смирнова Анна Викторовна")},
                       {QStringLiteral("position"), QStringLiteral("Директор")},
                       {QStringLiteral("phones"), QStringList{QStringLiteral("8 (912) 345 67 89")}},
                       {QStringLiteral("emails"), QStringList{QStringLiteral("anna@example.ru")}}});
        other = *r.create(EntityKind::Contact, {{kName, QStringLiteral("Олег Иванов")}});
        deal = *r.create(EntityKind::Deal, {{kName, QStringLiteral("Поставка")},
                                            {QStringLiteral("contacts"), QVariantList{second}}});
    }
};

QWidget *named(QWidget *root, const QString &name)
{
    QWidget *w = root->findChild<QWidget *>(name);
    INFO(name.toStdString());
    REQUIRE(w);
    return w;
}

void click(QWidget *root, const QString &name)
{
    QWidget *w = named(root, name);
    REQUIRE(w->isEnabled());
    QTest::mouseClick(w, Qt::LeftButton, {}, w->rect().center());
}
} // namespace

TEST_CASE("duplicateGroupModel_passesTheModelTesterThroughMergeAndUndo")
{
    Ui::DuplicateGroupModel model(nullptr, EntityKind::Contact);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const Ui::FoundGroup a{
        Core::SamePhone, {1, 2}, {{1, QStringLiteral("A")}, {2, QStringLiteral("A.")}}, true};
    const Ui::FoundGroup b{
        Core::SimilarName | Core::SameEmail,
        {3, 4, 5},
        {{3, QStringLiteral("B")}, {4, QStringLiteral("B")}, {5, QStringLiteral("b")}},
        true};
    model.setGroups({a, b});
    REQUIRE(model.rowCount() == 2);
    CHECK(model.data(model.index(1), Ui::DuplicateGroupModel::SizeRole).toInt() == 3);
    CHECK(model.data(model.index(0), Qt::DisplayRole).toString().contains(u"same phone"));
    model.removeMember(1, 5);
    CHECK(model.groupAt(1).members.size() == 2);
    CHECK(model.data(model.index(1), Ui::DuplicateGroupModel::SizeRole).toInt() == 2);
    model.removeMember(0, 2); // a group of one is no group
    REQUIRE(model.rowCount() == 1);
    model.putBack(0, a, true);
    CHECK(model.rowCount() == 2);
    CHECK(model.data(model.index(0), Ui::DuplicateGroupModel::IdsRole).toList() ==
          (QVariantList{1, 2}));
}

TEST_CASE("duplicateFinder_scansOffTheUiThreadAndTheWizardMergesAndUndoes")
{
    Dupes t;
    Ui::DuplicateFinder finder(*t.admin, EntityKind::Contact);
    finder.setModalWizard(false);
    finder.show();
    QSignalSpy done(&finder, &Ui::DuplicateFinder::scanFinished);
    click(&finder, QStringLiteral("duplicateScan"));
    CHECK(finder.isScanning());
    REQUIRE(done.wait(20000));
    REQUIRE(finder.model()->rowCount() == 1);
    auto *members = finder.findChild<QTableWidget *>(QStringLiteral("duplicateMembers"));
    REQUIRE(members->rowCount() == 2);
    CHECK(
        finder.findChild<QLabel *>(QStringLiteral("duplicateStatus"))->text().contains(u"1 group"));

    click(&finder, QStringLiteral("duplicateMerge"));
    Ui::MergeWizard *wizard = finder.wizard();
    REQUIRE(wizard);
    REQUIRE(wizard->loaded());
    // The older record survives by default, and the newer one's deal would move to it.
    CHECK(wizard->survivorId() == t.first);
    CHECK(wizard->findChild<QLabel *>(QStringLiteral("mergeSummary"))->text().contains(u"1 deal"));
    // Keep the newer record instead, but the older one's name.
    click(wizard, QStringLiteral("mergeKeepB"));
    CHECK(wizard->survivorId() == t.second);
    click(wizard, QStringLiteral("mergeField_name_a"));
    CHECK(wizard->findChild<QRadioButton *>(QStringLiteral("mergeField_position_b"))->isChecked());
    click(wizard, QStringLiteral("mergeButton"));
    Test::flushEvents(); // the accepted wizard closes and deletes itself

    Core::Records r(*t.admin);
    const Core::Record merged = *r.load(EntityKind::Contact, t.second);
    CHECK(merged.value(kName).toString() == u"Анна Смирнова");
    CHECK(merged.value(QStringLiteral("position")).toString() == u"Директор");
    CHECK(r.load(EntityKind::Contact, t.first)->value(QStringLiteral("deleted")).toBool());
    CHECK(finder.model()->rowCount() == 0);

    click(&finder, QStringLiteral("duplicateUndo"));
    CHECK(r.load(EntityKind::Contact, t.second)->value(kName).toString() ==
          u"Смирнова Анна Викторовна");
    CHECK(!r.load(EntityKind::Contact, t.first)->value(QStringLiteral("deleted")).toBool());
    CHECK(finder.model()->rowCount() == 1);
    CHECK(!named(&finder, QStringLiteral("duplicateUndo"))->isEnabled());
}

TEST_CASE("duplicateFinder_cancelStopsTheScan")
{
    Dupes t;
    Ui::DuplicateFinder finder(*t.admin, EntityKind::Contact);
    finder.show();
    QSignalSpy done(&finder, &Ui::DuplicateFinder::scanFinished);
    click(&finder, QStringLiteral("duplicateScan"));
    click(&finder, QStringLiteral("duplicateCancel"));
    REQUIRE(done.wait(20000));
    CHECK(named(&finder, QStringLiteral("duplicateScan"))->isEnabled());
    // A tiny base may be scanned before Cancel arrives; a cancelled scan shows nothing.
    if (finder.findChild<QLabel *>(QStringLiteral("duplicateStatus"))
            ->text()
            .contains(u"cancelled"))
        CHECK(finder.model()->rowCount() == 0);
}

TEST_CASE("recycleBin_restoresAndPurgesBySelection")
{
    Dupes t;
    Core::Records r(*t.admin);
    REQUIRE(r.remove(EntityKind::Contact, t.other).ok());
    t.clock.advance(1000);
    REQUIRE(r.remove(EntityKind::Contact, t.first).ok());
    Ui::RecycleBinDialog bin(*t.admin, EntityKind::Contact);
    QAbstractItemModelTester tester(bin.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    bin.setConfirm([](const QString &) { return true; });
    QSignalSpy loaded(&bin, &Ui::RecycleBinDialog::loaded);
    bin.show();
    REQUIRE(loaded.wait(20000));
    REQUIRE(bin.model()->rowCount() == 2);
    CHECK(bin.model()->nameAt(0) == u"Анна Смирнова"); // the newest deletion first
    CHECK(!named(&bin, QStringLiteral("binRestore"))->isEnabled());
    QTableView *table = bin.table();
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(bin.model()->index(0, 0)).center());
    click(&bin, QStringLiteral("binRestore"));
    CHECK(!r.load(EntityKind::Contact, t.first)->value(QStringLiteral("deleted")).toBool());
    REQUIRE(bin.model()->rowCount() == 1);
    QTest::mouseClick(table->viewport(), Qt::LeftButton, {},
                      table->visualRect(bin.model()->index(0, 0)).center());
    click(&bin, QStringLiteral("binPurge"));
    CHECK(!r.load(EntityKind::Contact, t.other).ok());
    CHECK(named(&bin, QStringLiteral("binEmpty"))->isVisible());

    // Without admin rights there is no purge button.
    auto user = t.sessionFor(
        t.addUser(QStringLiteral("u@example.com"),
                  *Core::Admin(*t.admin).createRole(QStringLiteral("All"),
                                                    Core::RoleMatrix::filled(Core::Scope::All))));
    Ui::RecycleBinDialog userBin(*user, EntityKind::Contact);
    QSignalSpy userLoaded(&userBin, &Ui::RecycleBinDialog::loaded);
    userBin.show();
    REQUIRE(userLoaded.wait(20000));
    CHECK(!named(&userBin, QStringLiteral("binPurge"))->isVisible());
}

TEST_CASE("contactList_exportFollowsTheExportRightAndWritesTheFile")
{
    Dupes t;
    Ui::RecordListView view(*t.admin, EntityKind::Contact);
    view.resize(1400, 700);
    view.show();
    CHECK(named(&view, QStringLiteral("contactsExport"))->isVisible());
    const QString path = t.dir.filePath(QStringLiteral("out.csv"));
    QSignalSpy done(view.listExport(), &Ui::ListExport::finished);
    view.listExport()->exportTo(path, Core::ExportFormat::Csv);
    REQUIRE(done.wait(20000));
    CHECK(done.first().at(1).toBool());
    CHECK(view.findChild<QLabel *>(QStringLiteral("contactsNotice"))->text().contains(u"3"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    CHECK(Core::parseCsv(f.readAll()).size() == 4);

    // An Excel workbook when the user picks one: by the file's suffix, else the dialog's filter.
    CHECK(Ui::ListExport::spreadsheetFormat(QStringLiteral("a.XLSX"), {}) == Core::ExportFormat::Xlsx);
    CHECK(Ui::ListExport::spreadsheetFormat(QStringLiteral("a.csv"), Ui::ListExport::spreadsheetFilters(true)) ==
          Core::ExportFormat::Csv);
    CHECK(Ui::ListExport::spreadsheetFormat(QStringLiteral("a"), QStringLiteral("Excel workbooks (*.xlsx)")) ==
          Core::ExportFormat::Xlsx);
    CHECK(Ui::ListExport::spreadsheetFormat(QStringLiteral("a"), QStringLiteral("CSV files (*.csv)")) ==
          Core::ExportFormat::Csv);
    const QString xlsx = t.dir.filePath(QStringLiteral("out.xlsx"));
    view.listExport()->exportTo(xlsx, Core::ExportFormat::Xlsx);
    REQUIRE(done.wait(20000));
    CHECK(done.last().at(1).toBool());
    CHECK(done.last().at(0).toString().contains(u"out.xlsx"));
    Core::Result<std::unique_ptr<Core::ImportReader>> sheet = Core::ImportReader::open(xlsx);
    REQUIRE(sheet.ok());
    qint64 sheetRows = 0;
    Core::ImportRow row;
    while ((*sheet)->next(row))
        ++sheetRows;
    CHECK(sheetRows == 3);

    Core::RoleMatrix noExport = Core::RoleMatrix::filled(Core::Scope::All);
    noExport.set(Core::PermEntity::Contact, Core::PermAction::Export, Core::Scope::None);
    auto user =
        t.sessionFor(t.addUser(QStringLiteral("n@example.com"),
                               *Core::Admin(*t.admin).createRole(QStringLiteral("No"), noExport)));
    Ui::RecordListView userView(*user, EntityKind::Contact);
    userView.show();
    CHECK(!named(&userView, QStringLiteral("contactsExport"))->isVisible());
    CHECK(named(&userView, QStringLiteral("contactsFindDuplicates"))->isVisible());
}

TEST_CASE("contactList_findDuplicatesAndRecycleBinOpenFromTheList")
{
    Dupes t;
    Ui::RecordListView view(*t.admin, EntityKind::Contact);
    view.show();
    view.activate();
    click(&view, QStringLiteral("contactsRecycleBin"));
    auto *bin = view.findChild<Ui::RecycleBinDialog *>(QStringLiteral("recycleBin"));
    REQUIRE(bin);
    CHECK(bin->isVisible());
    bin->close();
    click(&view, QStringLiteral("contactsFindDuplicates"));
    auto *finder = view.findChild<Ui::DuplicateFinder *>(QStringLiteral("duplicateFinder"));
    REQUIRE(finder);
    CHECK(finder->isVisible());
    finder->close();
}

TEST_CASE("contactList_deleteKeyMovesTheSelectionToTheRecycleBin")
{
    Dupes t;
    Ui::RecordListView view(*t.admin, EntityKind::Contact);
    view.resize(1200, 600);
    view.show();
    view.activate();
    const int row = view.model()->rowOf(t.other);
    REQUIRE(row >= 0);
    view.table()->selectRow(row);
    QTest::keyClick(view.table(), Qt::Key_Delete);
    Core::Records r(*t.admin);
    CHECK(r.load(EntityKind::Contact, t.other)->value(QStringLiteral("deleted")).toBool());
    CHECK(view.model()->rowOf(t.other) < 0);
    CHECK(view.findChild<QLabel *>(QStringLiteral("contactsNotice"))
              ->text()
              .contains(u"recycle bin"));
    Core::Result<Core::BinPage> bin = Core::RecycleBin(*t.admin).list(EntityKind::Contact);
    REQUIRE(bin->rows.size() == 1);
    CHECK(bin->rows[0].id == t.other);
}

namespace {
// The records' data as text, every table a merge touches (the history and the outbox grow
// by design), without the two values every write moves on (updated_at, hlc).
QString dataState(Core::Database &db)
{
    QStringList out;
    for (const char *table : {"contacts", "companies", "deals", "deal_contacts", "tasks", "notes",
                              "entity_tags", "field_values"}) {
        QStringList columns;
        {
            Core::Query info = db.sql().prepare(
                QStringLiteral("PRAGMA table_info(%1)").arg(QLatin1String(table)));
            while (info->step())
                if (info->text(1) != u"updated_at" && info->text(1) != u"hlc")
                    columns << info->text(1);
        }
        Core::Query q = db.sql().prepare(QStringLiteral("SELECT %1 FROM %2 ORDER BY 1, 2")
                                             .arg(columns.join(u','), QLatin1String(table)));
        out << QLatin1String(table);
        while (q->step()) {
            QStringList cells;
            for (int c = 0; c < columns.size(); ++c)
                cells << (q->isNull(c) ? QStringLiteral("NULL") : q->value(c).toString());
            out << cells.join(u'|');
        }
    }
    return out.join(u'\n');
}

qint64 undoHistoryAfter(Core::Database &db, qint64 after)
{
    Core::Query q = db.sql().prepare("SELECT count(*) FROM history WHERE id > ?1 AND origin = 2");
    q->bind(1, after);
    return q->step() ? q->int64(0) : 0;
}
} // namespace

TEST_CASE("duplicateFinder_mergeIsAStepOfTheListsStack_undoneRedoneExactly_andRefusedAfterAnEdit")
{
    Dupes t;
    Ui::RecordListView view(*t.admin, EntityKind::Contact);
    view.show();
    view.activate();
    Ui::DuplicateFinder *finder = view.openDuplicateFinder();
    finder->setModalWizard(false);
    QSignalSpy done(finder, &Ui::DuplicateFinder::scanFinished);
    click(finder, QStringLiteral("duplicateScan"));
    REQUIRE(done.wait(20000));
    const QString before = dataState(*t.db);
    click(finder, QStringLiteral("duplicateMerge"));
    REQUIRE(finder->wizard());
    click(finder->wizard(), QStringLiteral("mergeButton"));
    Test::flushEvents();
    const QString after = dataState(*t.db);
    REQUIRE(after != before);

    // The step is the list's: its Edit menu names it and Ctrl+Z there undoes it.
    QUndoStack *stack = view.undoStack();
    REQUIRE(finder->undoStack() == stack);
    REQUIRE(stack->count() == 1);
    CHECK(stack->undoText() == u"merge of «Смирнова Анна Викторовна» into «Анна Смирнова»");
    const qint64 history = t.db->sql().scalar("SELECT max(id) FROM history");
    stack->undo();
    CHECK(dataState(*t.db) == before);
    CHECK(undoHistoryAfter(*t.db, history) > 0);
    CHECK(undoHistoryAfter(*t.db, history) ==
          t.db->sql().scalar("SELECT max(id) FROM history") - history); // all of it Undo
    CHECK(finder->model()->rowCount() == 1);
    stack->redo();
    CHECK(dataState(*t.db) == after);
    CHECK(finder->model()->rowCount() == 0);

    SECTION("the undo button undoes the step")
    {
        click(finder, QStringLiteral("duplicateUndo"));
        CHECK(dataState(*t.db) == before);
        CHECK(stack->index() == 0);
    }
    SECTION("a colleague's later edit of a field the merge set is named and kept")
    {
        const qint64 colleague = t.addUser(
            QStringLiteral("mia@example.com"),
            *Core::Admin(*t.admin).createRole(QStringLiteral("All"),
                                              Core::RoleMatrix::filled(Core::Scope::All)));
        auto mia = t.sessionFor(colleague);
        REQUIRE(Core::Records(*mia)
                    .update(EntityKind::Contact, t.first,
                            {{QStringLiteral("position"), QStringLiteral("CEO")}})
                    .ok());
        const QString edited = dataState(*t.db);
        stack->undo();
        CHECK(dataState(*t.db) == edited);
        CHECK(finder->findChild<QLabel *>(QStringLiteral("duplicateStatus"))->text() ==
              u"Contact «Анна Смирнова» was changed by someone else since the merge (position); "
              u"left as it is.");
        CHECK(stack->count() == 0);
    }
}

TEST_CASE("duplicateFinder_mergeIsOfferedOnlyForAPairTheUserMayMerge")
{
    Dupes t;
    Core::RoleMatrix m;
    m.set(Core::PermEntity::Contact, Core::PermAction::View, Core::Scope::All);
    m.set(Core::PermEntity::Contact, Core::PermAction::Edit, Core::Scope::Own);
    m.set(Core::PermEntity::Contact, Core::PermAction::Delete, Core::Scope::Own);
    const qint64 alice = t.addUser(QStringLiteral("alice@example.com"),
                                   *Core::Admin(*t.admin).createRole(QStringLiteral("Seller"), m));
    auto session = t.sessionFor(alice);
    auto scan = [&](Ui::DuplicateFinder &finder) {
        QSignalSpy done(&finder, &Ui::DuplicateFinder::scanFinished);
        click(&finder, QStringLiteral("duplicateScan"));
        REQUIRE(done.wait(20000));
        REQUIRE(finder.model()->rowCount() == 1);
    };
    {
        // Both are the admin's: she sees them, but may not merge them.
        Ui::DuplicateFinder finder(*session, EntityKind::Contact);
        finder.show();
        scan(finder);
        CHECK_FALSE(named(&finder, QStringLiteral("duplicateMerge"))->isEnabled());
        CHECK(finder.findChild<QLabel *>(QStringLiteral("duplicateMergeHint"))->text() ==
              QStringLiteral("You may not merge these two: merging needs the right to edit one "
                             "of them and to delete the other."));
        // A double-click on the group opens no wizard either.
        auto *groups = finder.findChild<QListView *>(QStringLiteral("duplicateGroups"));
        REQUIRE(groups);
        QTest::mouseDClick(groups->viewport(), Qt::LeftButton, {},
                           groups->visualRect(finder.model()->index(0)).center());
        CHECK_FALSE(finder.wizard());
    }
    // Hers: offered.
    Core::Records r(*t.admin);
    for (qint64 id : {t.first, t.second})
        REQUIRE(r.update(EntityKind::Contact, id, {{QStringLiteral("responsible_id"), alice}}).ok());
    Ui::DuplicateFinder finder(*session, EntityKind::Contact);
    finder.show();
    scan(finder);
    CHECK(named(&finder, QStringLiteral("duplicateMerge"))->isEnabled());
}
