// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "services/records.h"
#include "tasks/clientdetails.h"
#include "tasks/taskprinter.h"
#include "tasks/tasksview.h"

#include <QDateTime>
#include <QFile>
#include <QMenu>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QToolButton>

using namespace Voronka;
using namespace Voronka::Test;

namespace {
const QTimeZone kZone = QTimeZone::utc();

struct PrintFixture : UiFixture
{
    qint64 company = 0, contact = 0;

    PrintFixture()
    {
        company = addCompany(QStringLiteral("ООО «Ромашка»"));
        contact = addContact(QStringLiteral("Ирина Белова"), 0, company);
        REQUIRE(Core::Records(*admin)
                    .update(Core::EntityKind::Contact, contact,
                            {{QStringLiteral("phones"),
                              QStringList{QStringLiteral("+7 912 345-67-89")}}})
                    .ok());
        task(QStringLiteral("Agree the price"), 1, QStringLiteral("Agreed 5% off"), -2);
        task(QStringLiteral("Send the contract"), 0, {}, 3);
    }
    void task(const QString &text, int status, const QString &result, int hours)
    {
        Core::Patch p{{QStringLiteral("text"), text},
                      {QStringLiteral("due_at"), clock.nowMs() + hours * 3600000LL},
                      {QStringLiteral("status"), status},
                      {QStringLiteral("entity_kind"), int(Core::EntityKind::Contact)},
                      {QStringLiteral("entity_id"), contact}};
        if (!result.isEmpty())
            p.insert(QStringLiteral("result"), result);
        REQUIRE(Core::Records(*admin).create(Core::EntityKind::Task, p).ok());
    }
};
} // namespace

TEST_CASE("clientDetails_readsTheCardAndTheLastCompletedTask")
{
    PrintFixture t;
    Core::Result<Core::ClientDetails> d =
        Core::ClientDetailsReader(*t.admin).read(Core::EntityKind::Contact, t.contact);
    REQUIRE(d.ok());
    CHECK(d->visible);
    CHECK(d->name == QStringLiteral("Ирина Белова"));
    CHECK(d->phones == QStringList{QStringLiteral("+7 912 345-67-89")});
    CHECK(d->company == QStringLiteral("ООО «Ромашка»"));
    CHECK(d->lastDoneText == QStringLiteral("Agree the price"));
    CHECK(d->lastDoneResult == QStringLiteral("Agreed 5% off"));
    CHECK(d->lastDoneAt > 0);
}

TEST_CASE("taskPrinter_theFilteredListCarriesTheClientsDetails")
{
    PrintFixture t;
    Core::TaskFilter open;
    open.statuses = {Core::TaskStatus::Open};
    Core::Result<QString> html = Ui::TaskPrinter(*t.admin, kZone).html(open, QStringLiteral("T"));
    REQUIRE(html.ok());
    CHECK(html->contains(QStringLiteral("Send the contract")));
    CHECK(!html->contains(QStringLiteral("<b>Agree the price"))); // filtered out as a row...
    CHECK(html->contains(QStringLiteral("Agree the price")));     // ...but it is the last done
    CHECK(html->contains(QStringLiteral("Ирина Белова")));
    CHECK(html->contains(QStringLiteral("+7 912 345-67-89")));
    CHECK(html->contains(QStringLiteral("ООО «Ромашка»").toHtmlEscaped()));
}

TEST_CASE("tasksView_exportsThePdfAndTheIcalendarOfTheList")
{
    PrintFixture t;
    Ui::TasksView view(*t.admin, kZone);
    view.activate();
    auto *output = view.findChild<QToolButton *>(QStringLiteral("tasksOutput"));
    REQUIRE(output);
    REQUIRE(output->menu());
    CHECK(output->menu()->findChild<QAction *>(QStringLiteral("tasksExportPdf")));

    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("tasks.pdf"));
    REQUIRE(view.exportPdf(pdf).ok());
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.size() > 1000);
    CHECK(file.read(5) == "%PDF-");
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    if (!pdftotext.isEmpty()) {
        QProcess p;
        p.start(pdftotext, {pdf, QStringLiteral("-")});
        REQUIRE(p.waitForFinished(30000));
        CHECK(
            QString::fromUtf8(p.readAllStandardOutput()).contains(QStringLiteral("Ирина Белова")));
    }

    const QString ics = dir.filePath(QStringLiteral("tasks.ics"));
    Core::Result<qint64> n = view.exportIcs(ics);
    REQUIRE(n.ok());
    CHECK(*n == 1); // as filtered: the list shows open tasks by default
    QFile cal(ics);
    REQUIRE(cal.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(cal.readAll());
    CHECK(text.startsWith(QStringLiteral("BEGIN:VCALENDAR")));
    CHECK(text.contains(QStringLiteral("Send the contract")));
    CHECK(!text.contains(QStringLiteral("Agree the price")));
}
