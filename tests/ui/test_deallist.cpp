// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardfixture.h"
#include "support/catch.h"

#include "ui/board/boardview.h"
#include "ui/deals/dealbulkfielddialog.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/deals/deallistview.h"
#include "ui/deals/dealsworkspace.h"
#include "core/importexport/csv.h"
#include "core/importexport/importsource.h"
#include "core/services/admin.h"
#include "core/services/records.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QFile>
#include <QHeaderView>
#include <QLineEdit>
#include <QMessageBox>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>
#include <QToolButton>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
struct DealsFixture : BoardFixture
{
    DealsFixture() { QSettings().remove(QStringLiteral("deals")); }
    QVariant field(qint64 deal, const char *key)
    {
        return Core::Records(*admin)
            .load(Core::EntityKind::Deal, deal)
            ->value(QString::fromLatin1(key));
    }
};

void selectRows(QTableView *table, const QList<int> &rows)
{
    table->clearSelection();
    for (int r : rows)
        table->selectionModel()->select(table->model()->index(r, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
}

QPoint headerPoint(QHeaderView *header, int section)
{
    return {header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
            header->height() / 2};
}
} // namespace

TEST_CASE("dealListModel_pagesThroughMoreAndPassesTheModelTester")
{
    DealsFixture t;
    t.admin->beginBatch();
    for (int i = 1; i <= 45; ++i)
        t.addDeal(QStringLiteral("Deal %1").arg(i, 2, 10, QLatin1Char('0')),
                  t.firstOpenStage(i % 3), i * 100, i);
    REQUIRE(t.admin->commitBatch().ok());
    Ui::RecordListModel model(*t.admin, Core::EntityKind::Deal);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setPageSize(20);
    model.setScope(t.admin->pipelines().first().id, {});
    model.reload();
    CHECK(model.totalCount() == 45);
    REQUIRE(model.rowCount() == 20);
    model.fetchMore({});
    model.fetchMore({});
    CHECK(model.rowCount() == 45);
    CHECK_FALSE(model.canFetchMore({}));
    model.sort(model.columnOf(QStringLiteral("name")), Qt::AscendingOrder);
    CHECK(model.index(0, 0).data().toString() == u"Deal 01");
    const int stage = model.columnOf(QStringLiteral("stage"));
    REQUIRE(stage >= 0);
    CHECK(model.index(0, stage).data(Ui::RecordListModel::StageColorRole).value<QColor>().isValid());
    model.setColumnKeys({QStringLiteral("name"), QStringLiteral("source"), QStringLiteral("tags")});
    CHECK(model.columnCount() == 3);
    CHECK(model.rowCount() == 20);
}

TEST_CASE("dealsWorkspace_showPageOpensTheListOrTheBoard")
{
    DealsFixture t;
    Ui::DealsWorkspace ws(*t.admin);
    QWidget *page = ws.widget();
    CHECK(ws.showPage(QStringLiteral("list")));
    CHECK(ws.mode() == Ui::DealsWorkspace::Mode::List);
    CHECK(static_cast<QStackedWidget *>(page)->currentWidget() == ws.list());
    CHECK(ws.showPage(QStringLiteral("board")));
    CHECK(ws.mode() == Ui::DealsWorkspace::Mode::Board);
    CHECK_FALSE(ws.showPage(QStringLiteral("calendar")));
    CHECK(ws.mode() == Ui::DealsWorkspace::Mode::Board);
}

TEST_CASE("dealsWorkspace_toggleToTheListSortsAndEditsInPlace")
{
    DealsFixture t;
    const qint64 s0 = t.firstOpenStage(0), s1 = t.firstOpenStage(1);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 150000, 1);
    t.addDeal(QStringLiteral("Bravo"), s0, 20000, 2);
    const qint64 c = t.addDeal(QStringLiteral("Charlie"), s1, 990000, 1);

    Ui::DealsWorkspace ws(*t.admin);
    QWidget *page = ws.widget();
    page->resize(1300, 700);
    page->show();
    ws.activate();
    CHECK(ws.mode() == Ui::DealsWorkspace::Mode::Board);
    auto *listToggle = page->findChild<QToolButton *>(QStringLiteral("dealsListToggle"));
    REQUIRE(listToggle);
    QTest::mouseClick(listToggle, Qt::LeftButton);
    CHECK(ws.mode() == Ui::DealsWorkspace::Mode::List);
    CHECK(static_cast<QStackedWidget *>(page)->currentWidget() == ws.list());
    CHECK(QSettings()
              .value(QStringLiteral("deals/mode/%1")
                         .arg(QString::fromLatin1(t.admin->actor().uid.toHex())))
              .toString() == u"list");
    // The toggle moved into the list's header, and there is only one.
    CHECK(page->findChildren<QToolButton *>(QStringLiteral("dealsListToggle")).size() == 1);
    CHECK(ws.list()->isAncestorOf(listToggle));

    auto *table = page->findChild<QTableView *>(QStringLiteral("dealsTable"));
    REQUIRE(table);
    Ui::RecordListModel *model = ws.list()->model();
    CHECK(model->rowCount() == 3);

    // A click on the budget header sorts by it, largest first; a second click flips it.
    const int budget = model->columnOf(QStringLiteral("budget"));
    REQUIRE(budget >= 0);
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      headerPoint(table->horizontalHeader(), budget));
    CHECK(model->sortColumn() == budget);
    CHECK(model->sortOrder() == Qt::DescendingOrder);
    CHECK(model->idAt(0) == c);
    QTest::mouseClick(table->horizontalHeader()->viewport(), Qt::LeftButton, {},
                      headerPoint(table->horizontalHeader(), budget));
    CHECK(model->sortOrder() == Qt::AscendingOrder);
    CHECK(model->index(0, 0).data().toString() == u"Bravo");

    // Inline edit of Alpha's budget, read back from core.
    const int row = model->rowOf(a);
    const QModelIndex cell = model->index(row, budget);
    table->setCurrentIndex(cell);
    table->edit(cell);
    auto *editor = table->viewport()->findChild<QLineEdit *>(QStringLiteral("dealCellEditor"));
    REQUIRE(editor);
    editor->selectAll();
    typeText(editor, QStringLiteral("2500"));
    QTest::keyClick(editor, Qt::Key_Return);
    QCoreApplication::processEvents(); // the delegate commits in a queued call
    CHECK(t.field(a, "budget").toLongLong() == 250000);
    CHECK(model->index(model->rowOf(a), budget).data(Ui::RecordListModel::ValueRole).toLongLong() ==
          250000);

    // Back to the board: the toggle returns to its header.
    auto *boardToggle = page->findChild<QToolButton *>(QStringLiteral("dealsBoardToggle"));
    QTest::mouseClick(boardToggle, Qt::LeftButton);
    CHECK(ws.mode() == Ui::DealsWorkspace::Mode::Board);
    CHECK(ws.board()->isAncestorOf(boardToggle));
}

TEST_CASE("dealListView_inlineEditRefusedByCoreRevertsAndTellsWhy")
{
    DealsFixture t;
    Core::Admin admin(*t.admin);
    const qint64 contract = *admin.createFieldDef(Core::FieldDef{0,
                                                                 Core::EntityKind::Deal,
                                                                 QStringLiteral("Contract"),
                                                                 Core::FieldType::Text,
                                                                 {},
                                                                 {},
                                                                 1,
                                                                 t.firstOpenStage(1),
                                                                 false});
    Q_UNUSED(contract);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 100, 1);
    Ui::DealListView view(*t.admin);
    view.resize(1200, 600);
    view.show();
    view.activate();
    Ui::RecordListModel *model = view.model();
    const QModelIndex stage =
        model->index(model->rowOf(a), model->columnOf(QStringLiteral("stage")));
    CHECK_FALSE(model->setData(stage, t.firstOpenStage(1)));
    CHECK(view.lastReport().contains(QStringLiteral("Contract")));
    CHECK(model->index(model->rowOf(a), 0).data(Ui::RecordListModel::StageIdRole).toLongLong() ==
          t.firstOpenStage(0));
    CHECK(t.field(a, "stage_id").toLongLong() == t.firstOpenStage(0));
    auto *box = view.findChild<QMessageBox *>(QStringLiteral("dealEditErrorBox"));
    REQUIRE(box);
    box->close();
}

TEST_CASE("dealListView_bulkEditsTheSelectionAndReportsRefusedDeals")
{
    DealsFixture t;
    Core::Admin admin(*t.admin);
    const qint64 role =
        *admin.createRole(QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    const qint64 mia = t.addUser(QStringLiteral("mia@example.com"), role);
    const qint64 contract = *admin.createFieldDef(Core::FieldDef{0,
                                                                 Core::EntityKind::Deal,
                                                                 QStringLiteral("Contract"),
                                                                 Core::FieldType::Text,
                                                                 {},
                                                                 {},
                                                                 1,
                                                                 t.firstOpenStage(2),
                                                                 false});
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 300, 1);
    const qint64 b = t.addDeal(QStringLiteral("Bravo"), s0, 200, 2);
    const qint64 c = t.addDeal(QStringLiteral("Charlie"), s0, 100, 3);
    REQUIRE(Core::Records(*t.admin)
                .update(Core::EntityKind::Deal, a,
                        {{QStringLiteral("cf.%1").arg(contract), QStringLiteral("K-1")}})
                .ok());

    Ui::DealListView view(*t.admin);
    view.setScope(t.admin->pipelines().first().id, {});
    view.resize(1300, 600);
    view.show();
    view.activate();
    Ui::RecordListModel *model = view.model();
    REQUIRE(model->rowCount() == 3);
    auto *bar = view.findChild<QWidget *>(QStringLiteral("dealsBulkBar"));
    REQUIRE(bar);
    CHECK_FALSE(bar->isVisible());

    // Responsible on two selected rows, through the bar's menu.
    selectRows(view.table(), {model->rowOf(a), model->rowOf(b)});
    CHECK(bar->isVisible());
    CHECK(view.selectedIds().size() == 2);
    auto *setMia = view.findChild<QAction *>(QStringLiteral("responsible_%1").arg(mia));
    REQUIRE(setMia);
    setMia->trigger();
    CHECK(view.lastReport().isEmpty());
    CHECK(t.field(a, "responsible_id").toLongLong() == mia);
    CHECK(t.field(b, "responsible_id").toLongLong() == mia);
    CHECK(t.field(c, "responsible_id").toLongLong() != mia);

    // A stage that requires the contract: Alpha has it and moves, Bravo is named and stays.
    selectRows(view.table(), {model->rowOf(a), model->rowOf(b)});
    auto *toStage =
        view.findChild<QAction *>(QStringLiteral("dealsBulkStage_%1").arg(t.firstOpenStage(2)));
    REQUIRE(toStage);
    toStage->trigger();
    CHECK(t.field(a, "stage_id").toLongLong() == t.firstOpenStage(2));
    CHECK(t.field(b, "stage_id").toLongLong() == s0);
    auto *box = view.findChild<QMessageBox *>(QStringLiteral("recordsBulkResultBox"));
    REQUIRE(box);
    CHECK(box->text().contains(QStringLiteral("Bravo")));
    CHECK(box->text().contains(QStringLiteral("Contract")));
    CHECK_FALSE(box->text().contains(QStringLiteral("Alpha")));
    box->close();

    // A tag and a field on the selection, then delete with confirmation.
    selectRows(view.table(), {model->rowOf(b), model->rowOf(c)});
    view.bulkAddTag(QStringLiteral("VIP"));
    CHECK(t.field(c, "tags").toStringList() == QStringList{QStringLiteral("VIP")});
    selectRows(view.table(), {model->rowOf(b), model->rowOf(c)});
    view.bulkSetField(QStringLiteral("source"), QStringLiteral("Fair"));
    CHECK(t.field(b, "source").toString() == u"Fair");
    selectRows(view.table(), {model->rowOf(c)});
    auto *del = view.findChild<QToolButton *>(QStringLiteral("dealsBulkRecycle"));
    QTest::mouseClick(del, Qt::LeftButton);
    auto *confirm = view.findChild<QMessageBox *>(QStringLiteral("dealsDeleteConfirm"));
    REQUIRE(confirm);
    auto *yes = confirm->findChild<QAbstractButton *>(QStringLiteral("confirmDelete"));
    REQUIRE(yes);
    QTest::mouseClick(yes, Qt::LeftButton);
    CHECK(model->rowCount() == 2);
    CHECK(model->rowOf(c) < 0);
    const QByteArray sql = "SELECT deleted FROM deals WHERE id = " + QByteArray::number(c);
    CHECK(t.db->sql().scalar(sql.constData()) == 1);
}

TEST_CASE("dealListView_exportsTheSelectionToCsvOrExcelOnlyWithTheRight")
{
    DealsFixture t;
    const qint64 s0 = t.firstOpenStage(0);
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), s0, 123456, 1);
    t.addDeal(QStringLiteral("Bravo"), s0, 200, 2);
    const qint64 c = t.addDeal(QStringLiteral("Charlie, Ltd"), s0, 100, 3);
    Ui::DealListView view(*t.admin);
    view.resize(1200, 600);
    view.show();
    view.activate();
    view.setColumnKeys({QStringLiteral("name"), QStringLiteral("budget"), QStringLiteral("stage")});
    auto *exportButton = view.findChild<QToolButton *>(QStringLiteral("dealsExportButton"));
    REQUIRE(exportButton);
    CHECK(exportButton->isVisible());
    Ui::RecordListModel *model = view.model();
    selectRows(view.table(), {model->rowOf(a), model->rowOf(c)});
    const QString path = t.dir.filePath(QStringLiteral("deals.csv"));
    QSignalSpy finished(&view, &Ui::DealListView::exportFinished);
    REQUIRE(view.exportTo(path));
    REQUIRE(finished.wait(20000));
    CHECK(finished.first().at(0).toBool());
    CHECK_FALSE(view.isExporting());
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = Core::parseCsv(f.readAll());
    const QString stage = t.admin->stage(s0)->name;
    REQUIRE(rows.size() == 3);
    CHECK(rows[0] == QStringList{QStringLiteral("Name"), QStringLiteral("Budget"),
                                 QStringLiteral("Currency"), QStringLiteral("Stage")});
    // The list's order: newest first.
    CHECK(rows[1] == QStringList{QStringLiteral("Charlie, Ltd"), QStringLiteral("1.00"),
                                 QStringLiteral("RUB"), stage});
    CHECK(rows[2] == QStringList{QStringLiteral("Alpha"), QStringLiteral("1234.56"),
                                 QStringLiteral("RUB"), stage});

    // The same selection as an Excel workbook: the budget a number Excel sorts.
    const QString xlsx = t.dir.filePath(QStringLiteral("deals.xlsx"));
    REQUIRE(view.exportTo(xlsx));
    REQUIRE(finished.wait(20000));
    CHECK(finished.last().at(0).toBool());
    Core::Result<std::unique_ptr<Core::ImportReader>> sheet = Core::ImportReader::open(xlsx);
    REQUIRE(sheet.ok());
    CHECK((*sheet)->detected().format == Core::ImportFormat::Xlsx);
    CHECK((*sheet)->detected().headers == rows[0]);
    Core::ImportRow row;
    REQUIRE((*sheet)->next(row));
    CHECK(row.cells == QVariantList{QStringLiteral("Charlie, Ltd"), 1.0, QStringLiteral("RUB"), stage});
    REQUIRE((*sheet)->next(row));
    CHECK(row.cells.value(1) == QVariant(1234.56));
    CHECK_FALSE((*sheet)->next(row));

    Core::Admin admin(*t.admin);
    Core::RoleMatrix m = Core::RoleMatrix::filled(Core::Scope::All);
    m.set(Core::PermEntity::Deal, Core::PermAction::Export, Core::Scope::None);
    const qint64 role = *admin.createRole(QStringLiteral("No export"), m);
    const qint64 eve = t.addUser(QStringLiteral("eve@example.com"), role);
    auto as = t.sessionFor(eve);
    Ui::DealListView theirs(*as);
    theirs.show();
    theirs.activate();
    auto *hidden = theirs.findChild<QToolButton *>(QStringLiteral("dealsExportButton"));
    REQUIRE(hidden);
    CHECK_FALSE(hidden->isVisible());
    CHECK_FALSE(theirs.exportTo(t.dir.filePath(QStringLiteral("no.csv"))));
    CHECK(theirs.lastReport().contains(QStringLiteral("export")));
    CHECK_FALSE(QFile::exists(t.dir.filePath(QStringLiteral("no.csv"))));
}

TEST_CASE("dealListView_columnChooserIsRememberedPerUser")
{
    DealsFixture t;
    Core::Admin admin(*t.admin);
    const qint64 region = *admin.createFieldDef(Core::FieldDef{0,
                                                               Core::EntityKind::Deal,
                                                               QStringLiteral("Region"),
                                                               Core::FieldType::Text,
                                                               {},
                                                               {},
                                                               1,
                                                               0,
                                                               false});
    const qint64 a = t.addDeal(QStringLiteral("Alpha"), t.firstOpenStage(0), 100, 1);
    const QString key = QStringLiteral("cf.%1").arg(region);
    {
        Ui::DealListView view(*t.admin);
        view.show();
        view.activate();
        auto *column = view.findChild<QAction *>(QStringLiteral("dealsColumn_") + key);
        REQUIRE(column);
        CHECK_FALSE(column->isChecked());
        column->trigger(); // as a click in the Columns menu does
        CHECK(view.model()->columnKeys().contains(key));
        // The custom field's cell edits in place like any text field.
        const QModelIndex cell =
            view.model()->index(view.model()->rowOf(a), view.model()->columnOf(key));
        CHECK(view.model()->flags(cell) & Qt::ItemIsEditable);
        REQUIRE(view.model()->setData(cell, QStringLiteral("North")));
        CHECK(cell.data().toString() == u"North");
        CHECK(t.field(a, key.toLatin1().constData()).toString() == u"North");
    }
    Ui::DealListView again(*t.admin);
    CHECK(again.model()->columnKeys().contains(key));
    // Another user keeps the default columns.
    const qint64 role =
        *admin.createRole(QStringLiteral("Sales"), Core::RoleMatrix::filled(Core::Scope::All));
    auto other = t.sessionFor(t.addUser(QStringLiteral("olga@example.com"), role));
    Ui::DealListView theirs(*other);
    CHECK_FALSE(theirs.model()->columnKeys().contains(key));
}
