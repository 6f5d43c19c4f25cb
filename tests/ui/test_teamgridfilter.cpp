// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/calendar/daytasksdialog.h"
#include "ui/calendar/teamgridmodel.h"
#include "ui/calendar/teamgridview.h"
#include "core/services/records.h"
#include "core/tasks/taskquery.h"
#include "ui/widgets/clientpicker.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <random>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
const QTimeZone kZone = QTimeZone::utc();
const QDate kFirst(2026, 3, 2);
constexpr int kDays = 14;

struct Made
{
    qint64 user;
    int day;
    int status;
    qint64 type;
    Core::EntityKind kind;
    qint64 link;
};

// Three users and four clients, 240 tasks over 16 days: some on no client.
struct GridFixture
{
    UiFixture t;
    QList<qint64> users;
    QList<qint64> types;
    QList<std::pair<Core::EntityKind, qint64>> clients;
    QList<Made> made;

    GridFixture()
    {
        users = {t.adminId, t.addUser(QStringLiteral("ann@example.com"), 0),
                 t.addUser(QStringLiteral("bob@example.com"), 0)};
        Core::Result<QList<Core::TaskTypeInfo>> all = Core::TaskQuery(*t.admin).types();
        REQUIRE(all.ok());
        for (const Core::TaskTypeInfo &i : *all)
            types << i.id;
        const qint64 company = t.addCompany(QStringLiteral("Teplo Service"));
        clients << std::pair{Core::EntityKind::Company, company};
        // Irina works at the company and the boiler room deal is the company's: the company's
        // grid counts their tasks too.
        clients << std::pair{Core::EntityKind::Contact,
                             t.addContact(QStringLiteral("Irina Belova"), 0, company)};
        clients << std::pair{Core::EntityKind::Contact, t.addContact(QStringLiteral("Oleg Belov"))};
        Core::Records r(*t.admin);
        clients << std::pair{Core::EntityKind::Deal,
                             *r.create(Core::EntityKind::Deal,
                                       {{QStringLiteral("name"), QStringLiteral("Boiler room")},
                                        {QStringLiteral("company_id"), company}})};
        std::mt19937 rng(5);
        t.admin->beginBatch();
        for (int i = 0; i < 240; ++i) {
            Made m{users[int(rng() % 3)],  int(rng() % 16),
                   rng() % 4 == 0 ? 1 : 0, types[int(rng() % types.size())],
                   Core::EntityKind::None, 0};
            Core::Patch p{{QStringLiteral("text"), QStringLiteral("task %1").arg(i)},
                          {QStringLiteral("due_at"),
                           QDateTime(kFirst.addDays(m.day), QTime(8 + int(rng() % 10), 0), kZone)
                               .toMSecsSinceEpoch()},
                          {QStringLiteral("responsible_id"), m.user},
                          {QStringLiteral("status"), m.status},
                          {QStringLiteral("type_id"), m.type}};
            if (m.status == 1)
                p.insert(QStringLiteral("result"), QStringLiteral("done"));
            if (const int c = int(rng() % 6); c < clients.size()) {
                m.kind = clients[c].first;
                m.link = clients[c].second;
                p.insert(QStringLiteral("entity_kind"), int(m.kind));
                p.insert(QStringLiteral("entity_id"), m.link);
            }
            REQUIRE(r.create(Core::EntityKind::Task, p).ok());
            made << m;
        }
        REQUIRE(t.admin->commitBatch().ok());
    }

    int direct(qint64 user, int day, const Core::TeamGridFilter &f) const
    {
        int n = 0;
        for (const Made &m : made)
            n += m.user == user && m.day == day &&
                 (f.statuses.isEmpty() || f.statuses.contains(Core::TaskStatus(m.status))) &&
                 (f.typeIds.isEmpty() || f.typeIds.contains(m.type)) &&
                 (!f.linkId || belongsTo(m, f.linkKind, f.linkId));
        return n;
    }

    // The task is the client's: on the record itself, or, for the company, on Irina or the
    // boiler room deal.
    bool belongsTo(const Made &m, Core::EntityKind kind, qint64 id) const
    {
        if (m.kind == kind && m.link == id)
            return true;
        return kind == Core::EntityKind::Company && id == clients[0].second &&
               ((m.kind == clients[1].first && m.link == clients[1].second) ||
                (m.kind == clients[3].first && m.link == clients[3].second));
    }
};

// Every cell against a direct count; returns the grid's total.
int checkCells(const GridFixture &fx, Ui::TeamGridView &view)
{
    const Core::TeamGridFilter f = view.filter();
    const Ui::TeamGridModel *m = view.model();
    REQUIRE(m->rowCount() == 3);
    REQUIRE(m->columnCount() == kDays);
    int total = 0;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            const qint64 user = i.data(Ui::TeamGridModel::UserIdRole).toLongLong();
            INFO("user " << user << ", day " << c);
            CHECK(i.data(Ui::TeamGridModel::CountRole).toInt() == fx.direct(user, c, f));
            total += i.data(Ui::TeamGridModel::CountRole).toInt();
        }
    return total;
}

// Double-clicks a cell (openCell runs the day dialog modally) and returns what it lists.
int dayDialogCount(Ui::TeamGridView &view, const QModelIndex &cell, QString *summary = nullptr)
{
    int listed = -1;
    QTimer::singleShot(0, &view, [&] {
        auto *dialog = qobject_cast<Ui::DayTasksDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        listed = dialog->findChild<QListWidget *>(QStringLiteral("dayTasksList"))->count();
        if (summary)
            *summary = dialog->findChild<QLabel *>(QStringLiteral("dayTasksSummary"))->text();
        dialog->reject();
    });
    view.openCell(cell);
    return listed;
}
} // namespace

TEST_CASE("teamGridFilter_aPickedClientNarrowsEveryCellAndTheDayDialog")
{
    GridFixture fx;
    Ui::TeamGridView view(*fx.t.admin, kZone);
    QAbstractItemModelTester tester(view.model(),
                                    QAbstractItemModelTester::FailureReportingMode::Fatal);
    view.setPeriod(kFirst, kDays);
    view.reload();
    const int unfiltered = checkCells(fx, view);
    CHECK(unfiltered > 0);

    auto *field = view.findChild<QLineEdit *>(QStringLiteral("teamGridClient"));
    REQUIRE(field);
    Ui::ClientPicker *picker = view.clientPicker();
    // "Belov" finds both the contact Irina Belova and Oleg Belov; take Oleg.
    typeText(field, QStringLiteral("Belov"));
    REQUIRE(picker->hits()->rowCount() >= 2);
    int oleg = -1;
    for (int i = 0; i < picker->hits()->rowCount(); ++i)
        if (picker->hits()->item(i)->text().startsWith(QStringLiteral("Oleg")))
            oleg = i;
    REQUIRE(oleg >= 0);
    picker->pick(oleg);
    CHECK(field->text() == QStringLiteral("Oleg Belov"));
    CHECK(view.filter().linkKind == Core::EntityKind::Contact);
    CHECK(view.filter().linkId == fx.clients[2].second);
    const int olegs = checkCells(fx, view);
    CHECK(olegs > 0);
    CHECK(olegs < unfiltered);
    CHECK(view.model()->grid().total == olegs);
    view.resize(1100, 300);
    view.grab().save(QDir::temp().filePath(QStringLiteral("voronka-team-grid-client.png")));

    // The day dialog lists what its cell counted: a busy cell, and an empty one.
    const Ui::TeamGridModel *m = view.model();
    QModelIndex busy, empty;
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c) {
            const QModelIndex i = m->index(r, c);
            const int n = i.data(Ui::TeamGridModel::CountRole).toInt();
            if (n > 0 && (!busy.isValid() || n > busy.data(Ui::TeamGridModel::CountRole).toInt()))
                busy = i;
            if (n == 0 && !empty.isValid())
                empty = i;
        }
    REQUIRE(busy.isValid());
    REQUIRE(empty.isValid());
    QString summary;
    CHECK(dayDialogCount(view, busy, &summary) == busy.data(Ui::TeamGridModel::CountRole).toInt());
    CHECK(summary.contains(QStringLiteral("Oleg Belov"))); // says which client it shows
    CHECK(dayDialogCount(view, empty) == 0);

    // Status and type narrow the same way, in the grid and in the dialog.
    auto *status = view.findChild<QComboBox *>(QStringLiteral("teamGridStatus"));
    auto *type = view.findChild<QComboBox *>(QStringLiteral("teamGridType"));
    status->setCurrentIndex(status->findData(-1)); // any status
    type->setCurrentIndex(type->findData(fx.types.first()));
    checkCells(fx, view);
    for (int r = 0; r < m->rowCount(); ++r)
        for (int c = 0; c < m->columnCount(); ++c)
            if (const int n = m->index(r, c).data(Ui::TeamGridModel::CountRole).toInt())
                CHECK(dayDialogCount(view, m->index(r, c)) == n);

    // A company (with its contact's and deal's tasks) and a deal as the client; the day
    // dialog lists what each cell counted.
    for (int k : {0, 3}) {
        picker->setClient(fx.clients[k].first, fx.clients[k].second, QStringLiteral("x"));
        view.reload();
        CHECK(checkCells(fx, view) > 0);
        for (int r = 0; r < m->rowCount(); ++r)
            for (int c = 0; c < m->columnCount(); ++c)
                if (const int n = m->index(r, c).data(Ui::TeamGridModel::CountRole).toInt())
                    CHECK(dayDialogCount(view, m->index(r, c)) == n);
    }
    // Editing the text drops the client: every task counts again.
    type->setCurrentIndex(0);
    status->setCurrentIndex(status->findData(int(Core::TaskStatus::Open)));
    typeText(field, QStringLiteral("z"));
    CHECK(picker->id() == 0);
    CHECK(view.filter().linkKind == Core::EntityKind::None);
    CHECK(checkCells(fx, view) == unfiltered);
}
