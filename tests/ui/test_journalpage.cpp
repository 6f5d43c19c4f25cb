// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/importexport/csv.h"
#include "core/services/journal.h"
#include "ui/settings/journalmodel.h"
#include "ui/settings/journalpage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>

using namespace Voronka;
using Core::EntityKind;
using Voronka::Test::TempDb;

namespace {

// Ivan's and the admin's history rows and sign-ins, a minute after TempDb's own settings
// history, one second apart.
struct JournalFixture : TempDb
{
    qint64 ivan = 0;
    qint64 t0 = kStart + 60000;
    explicit JournalFixture(int historyRows = 6)
    {
        Core::Admin a(*admin);
        ivan = addUser(
            QStringLiteral("ivan@example.com"),
            *a.createRole(QStringLiteral("All"), Core::RoleMatrix::filled(Core::Scope::All)));
        Core::Query h = db->sql().prepare(
            "INSERT INTO history(kind, entity_id, at, user_id, event, field, old_value, "
            "new_value) VALUES(1, ?1, ?2, ?3, 1, 'name', 'a', 'b')");
        for (int i = 0; i < historyRows; ++i) {
            h->reset();
            h->bindAll(qint64(i + 1), t0 + i * 1000, i % 2 ? ivan : adminId);
            h->run();
        }
        db->sql().exec(QStringLiteral("INSERT INTO sign_ins(at, email, user_id, machine, os_user, "
                                      "client, result) VALUES(%1, 'ivan@example.com', %2, 'PC-7', "
                                      "'ivan', 'desktop', 1)")
                           .arg(t0 + 500)
                           .arg(ivan));
    }
};

template<typename T> T *named(QWidget *parent, const char *name)
{
    T *w = parent->findChild<T *>(QLatin1String(name));
    REQUIRE(w);
    return w;
}

void pick(QComboBox *combo, const QVariant &data)
{
    const int i = combo->findData(data);
    REQUIRE(i >= 0);
    combo->setCurrentIndex(i);
}

} // namespace

TEST_CASE("journalModel_underModelTester_pagesThroughEveryEntry")
{
    JournalFixture t(45);
    Ui::JournalModel model(*t.admin);
    model.setPageSize(7);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Core::JournalFilter since;
    since.fromMs = t.t0;
    model.setFilter(since);
    CHECK(model.rowCount() == 7);
    while (model.canFetchMore({}))
        model.fetchMore({});
    REQUIRE(model.rowCount() == 46);
    for (int r = 1; r < model.rowCount(); ++r)
        CHECK(model.index(r - 1, 0).data(Ui::JournalModel::AtRole).toLongLong() >=
              model.index(r, 0).data(Ui::JournalModel::AtRole).toLongLong());
    // The sign-in at t0 + 0.5 s sits between the first two history rows.
    CHECK(model.index(44, Ui::JournalModel::Action).data().toString() == u"Signed in");
    CHECK(model.index(44, Ui::JournalModel::Detail).data().toString() == u"PC-7 / ivan (desktop)");
    CHECK(model.index(45, Ui::JournalModel::Record).data().toString() == u"#1");
    CHECK(model.index(45, Ui::JournalModel::Field).data().toString() == u"Name");

    Core::JournalFilter ivan = since;
    ivan.userId = t.ivan;
    model.setFilter(ivan);
    while (model.canFetchMore({}))
        model.fetchMore({});
    CHECK(model.rowCount() == 23);
}

TEST_CASE("journalPage_filtersNarrowTheTable")
{
    JournalFixture t;
    Ui::JournalPage page(*t.admin, nullptr);
    page.resize(1200, 600);
    page.show();
    auto *table = named<QTableView>(&page, "journalTable");
    const int all = table->model()->rowCount();
    CHECK(all >= 7); // ours plus TempDb's settings history

    auto *from = named<QDateEdit>(&page, "journalFrom");
    from->setDate(QDateTime::fromMSecsSinceEpoch(t.t0).date());
    CHECK(page.filter().fromMs > 0);
    CHECK(page.filter().fromMs <= t.t0);

    pick(named<QComboBox>(&page, "journalUser"), t.ivan);
    CHECK(table->model()->rowCount() == 4); // three changes and the sign-in
    pick(named<QComboBox>(&page, "journalEntity"), -1);
    REQUIRE(table->model()->rowCount() == 1);
    CHECK(table->model()->index(0, Ui::JournalModel::Entity).data().toString() == u"Sign-in");
    pick(named<QComboBox>(&page, "journalEntity"), int(EntityKind::Deal));
    CHECK(table->model()->rowCount() == 3);
    pick(named<QComboBox>(&page, "journalAction"), int(Core::JournalAction::Deleted));
    CHECK(table->model()->rowCount() == 0);
    CHECK(named<QLabel>(&page, "journalNotice")->isVisible());
    pick(named<QComboBox>(&page, "journalAction"), int(Core::JournalAction::Any));
    CHECK(table->model()->rowCount() == 3);
    CHECK(!named<QLabel>(&page, "journalNotice")->isVisible());

    auto *to = named<QDateEdit>(&page, "journalTo");
    to->setDate(from->date().addDays(-1));
    CHECK(named<QLabel>(&page, "journalNotice")->text().contains(u"ends before"));
}

TEST_CASE("journalPage_exportWritesTheFilteredEntries")
{
    JournalFixture t;
    Ui::JournalPage page(*t.admin, nullptr);
    pick(named<QComboBox>(&page, "journalUser"), t.ivan);
    const QString path = t.dir.filePath(QStringLiteral("journal.csv"));
    QSignalSpy done(&page, &Ui::JournalPage::exportFinished);
    CHECK(named<QPushButton>(&page, "journalExport")->isEnabled());
    page.exportTo(path);
    REQUIRE(done.wait(20000));
    CHECK(done.first().at(1).toBool());
    CHECK(done.first().at(0).toString().contains(u"4"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::ReadOnly));
    const QList<QStringList> rows = Core::parseCsv(f.readAll());
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == Core::Journal::csvHeader());
    CHECK(rows[1][1] == u"ivan");
}

TEST_CASE("journalPage_forANonAdmin_showsTheRefusalAndNoControls")
{
    JournalFixture t;
    auto ivan = t.sessionFor(t.ivan);
    Ui::JournalPage page(*ivan, nullptr);
    page.show();
    CHECK(named<QTableView>(&page, "journalTable")->model()->rowCount() == 0);
    CHECK(named<QLabel>(&page, "journalNotice")->text().contains(u"administrator"));
    CHECK(!named<QPushButton>(&page, "journalExport")->isEnabled());
    CHECK(!named<QComboBox>(&page, "journalUser")->isEnabled());
}
