// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "core/importexport/icalendar.h"
#include "core/importexport/importsource.h"
#include "core/services/records.h"
#include "core/tasks/clientdetails.h"
#include "ui/tasks/taskoutput.h"
#include "ui/tasks/taskprinter.h"
#include "ui/tasks/tasksview.h"

#include <QAction>
#include <QBuffer>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QMenu>
#include <QPrinter>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
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

namespace {
// Runs pdftotext (poppler-utils, from scripts/install-deps.sh) on a file.
QString pdfText(const QString &pdf, const QStringList &options = {})
{
    const QString pdftotext = QStandardPaths::findExecutable(QStringLiteral("pdftotext"));
    INFO("pdftotext (poppler-utils) must be installed");
    REQUIRE(!pdftotext.isEmpty());
    QProcess p;
    p.start(pdftotext, QStringList(options) << pdf << QStringLiteral("-"));
    REQUIRE(p.waitForFinished(30000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

// Waits for the background output of the view to end; returns (error, cancelled).
QPair<QString, bool> waitForOutput(Ui::TasksView &view, QSignalSpy &spy)
{
    if (spy.isEmpty())
        REQUIRE(spy.wait(30000));
    REQUIRE(spy.size() == 1);
    CHECK(!view.output()->isRunning());
    return {spy.at(0).at(0).toString(), spy.at(0).at(1).toBool()};
}
} // namespace

TEST_CASE("tasksView_pdfIsWrittenInTheBackgroundReadableWithTheClientsDetails")
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
    QSignalSpy spy(view.output(), &Ui::TaskOutput::finished);
    REQUIRE(view.exportPdf(pdf));
    CHECK(view.output()->isRunning());
    CHECK(!view.exportPdf(pdf)); // one output at a time
    const auto [error, cancelled] = waitForOutput(view, spy);
    CHECK(error == QString());
    CHECK(!cancelled);
    CHECK(view.output()->written() == 1); // pages
    QFile file(pdf);
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK(file.read(5) == "%PDF-");

    const QString text = pdfText(pdf);
    INFO(text.toStdString());
    CHECK(text.contains(QStringLiteral("Send the contract")));
    CHECK(text.contains(QStringLiteral("Ирина Белова")));
    CHECK(text.contains(QStringLiteral("+7 912 345-67-89")));
    CHECK(text.contains(QStringLiteral("ООО «Ромашка»")));
    // Words of one cell may wrap onto the next line of the page.
    const QString flat = text.simplified();
    CHECK(flat.contains(QStringLiteral("Agree the price"))); // the last completed task...
    CHECK(flat.contains(QStringLiteral("Agreed 5%"))); // ...and its result ("off": a ligature)

    // The scale: an A4 page (595 x 842 pt) whose 9 pt body text stands 8 to 13 pt tall
    // (a document laid out for the screen once printed it well under 1 pt).
    const QString boxes = pdfText(pdf, {QStringLiteral("-bbox")});
    QRegularExpression pageRe(QStringLiteral(R"re(<page width="([\d.]+)" height="([\d.]+)")re"));
    const QRegularExpressionMatch page = pageRe.match(boxes);
    REQUIRE(page.hasMatch());
    CHECK(std::abs(page.captured(1).toDouble() - 595.3) < 2);
    CHECK(std::abs(page.captured(2).toDouble() - 841.9) < 2);
    QRegularExpression wordRe(
        QStringLiteral(R"re(yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Белова<)re"));
    const QRegularExpressionMatch word = wordRe.match(boxes);
    REQUIRE(word.hasMatch());
    const double height = word.captured(2).toDouble() - word.captured(1).toDouble();
    CHECK(height > 8);
    CHECK(height < 13);
}

TEST_CASE("tasksView_icalendarFromTheAppIsTheFileCoreWrites")
{
    PrintFixture t;
    Ui::TasksView view(*t.admin, kZone);
    view.activate();
    QTemporaryDir dir;
    const QString ics = dir.filePath(QStringLiteral("tasks.ics"));
    QSignalSpy spy(view.output(), &Ui::TaskOutput::finished);
    REQUIRE(view.exportIcs(ics));
    const auto [error, cancelled] = waitForOutput(view, spy);
    CHECK(error == QString());
    CHECK(!cancelled);
    CHECK(view.output()->written() == 1); // as filtered: the list shows open tasks by default

    QBuffer expected;
    expected.open(QIODevice::WriteOnly);
    Core::IcalendarWriter::Options o;
    o.zone = kZone;
    o.stampMs = t.clock.nowMs();
    REQUIRE(Core::exportTasksIcs(*t.admin, view.filter(), expected, o).ok());
    QFile cal(ics);
    REQUIRE(cal.open(QIODevice::ReadOnly));
    const QByteArray bytes = cal.readAll();
    CHECK(bytes == expected.data());
    CHECK(bytes.startsWith("BEGIN:VCALENDAR"));
    CHECK(bytes.contains("Send the contract"));
    CHECK(!bytes.contains("Agree the price"));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("tasks.ics")}); // nothing staged is left behind

    // A folder that does not exist: the message names the file chosen, not the staging one.
    const QString nowhere = dir.filePath(QStringLiteral("missing/tasks.ics"));
    QSignalSpy failed(view.output(), &Ui::TaskOutput::finished);
    REQUIRE(view.exportIcs(nowhere));
    const auto [message, stopped] = waitForOutput(view, failed);
    CHECK(!stopped);
    CHECK(message.contains(nowhere));
    CHECK(!message.contains(QStringLiteral(".part")));
    CHECK(!QFile::exists(nowhere));
}

TEST_CASE("tasksView_excelExportHasTheFilteredTasksAsTypedCells")
{
    PrintFixture t;
    Ui::TasksView view(*t.admin, kZone);
    view.activate();
    auto *action = view.findChild<QAction *>(QStringLiteral("tasksExportXlsx"));
    REQUIRE(action);
    CHECK(action->isEnabled());
    QTemporaryDir dir;
    const QString xlsx = dir.filePath(QStringLiteral("tasks.xlsx"));
    QSignalSpy spy(view.output(), &Ui::TaskOutput::finished);
    REQUIRE(view.exportXlsx(xlsx));
    const auto [error, cancelled] = waitForOutput(view, spy);
    CHECK(error == QString());
    CHECK(!cancelled);
    CHECK(view.output()->written() == 1); // as filtered: the open task only
    Core::ImportReadOptions o;
    o.zone = kZone;
    Core::Result<std::unique_ptr<Core::ImportReader>> sheet = Core::ImportReader::open(xlsx, o);
    REQUIRE(sheet.ok());
    const QStringList headers = (*sheet)->detected().headers;
    CHECK(headers.mid(0, 3) == QStringList{QStringLiteral("Task"), QStringLiteral("Type"),
                                           QStringLiteral("Due")});
    Core::ImportRow row;
    REQUIRE((*sheet)->next(row));
    CHECK(row.cells.value(0).toString() == u"Send the contract");
    CHECK(row.cells.value(2).toDateTime().toMSecsSinceEpoch() == t.clock.nowMs() + 3 * 3600000LL);
    CHECK(row.cells.value(headers.indexOf(QStringLiteral("Linked to"))).toString() ==
          u"Contact: Ирина Белова");
    CHECK(row.cells.value(headers.indexOf(QStringLiteral("Status"))).toString() == u"Open");
    CHECK_FALSE((*sheet)->next(row));
    CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
          QStringList{QStringLiteral("tasks.xlsx")});
}

TEST_CASE("tasksView_cancelStopsTheIcalendarExportAndLeavesTheFileAsItWas")
{
    PrintFixture t;
    for (int i = 0; i < 400; ++i)
        t.task(QStringLiteral("Call %1").arg(i), 0, {}, i);
    Ui::TasksView view(*t.admin, kZone);
    view.activate();
    // Cancel while the worker runs, and after it has written everything but before the
    // window heard of it: either way nothing lands, and a file already there stays as it was.
    for (const bool afterWorker : {false, true}) {
        QTemporaryDir dir;
        const QString ics = dir.filePath(QStringLiteral("tasks.ics"));
        {
            QFile before(ics);
            REQUIRE(before.open(QIODevice::WriteOnly));
            before.write("earlier export");
        }
        QSignalSpy spy(view.output(), &Ui::TaskOutput::finished);
        REQUIRE(view.exportIcs(ics));
        QProgressDialog *progress = view.output()->progressDialog();
        REQUIRE(progress);
        CHECK(progress->objectName() == QStringLiteral("taskOutputProgress"));
        auto *cancel = progress->findChild<QPushButton *>(QStringLiteral("taskOutputCancel"));
        REQUIRE(cancel);
        if (afterWorker)
            REQUIRE(view.output()->wait(30000));
        cancel->click();
        const auto [error, cancelled] = waitForOutput(view, spy);
        CHECK(cancelled);
        CHECK(error == QString()); // a cancel is no error to show
        QFile after(ics);
        REQUIRE(after.open(QIODevice::ReadOnly));
        CHECK(after.readAll() == "earlier export");
        // No partial or staged file either.
        CHECK(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden) ==
              QStringList{QStringLiteral("tasks.ics")});
        auto *output = view.findChild<QToolButton *>(QStringLiteral("tasksOutput"));
        CHECK(output->isEnabled());
    }
}

TEST_CASE("tasksView_printsToThePrintersDeviceFromTheWorker")
{
    PrintFixture t;
    Ui::TasksView view(*t.admin, kZone);
    view.activate();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printed.pdf"));
    // What the print dialog hands over: a printer, here one that prints to a file.
    auto printer = std::make_unique<QPrinter>(QPrinter::HighResolution);
    printer->setOutputFormat(QPrinter::PdfFormat);
    printer->setOutputFileName(path);
    QSignalSpy spy(view.output(), &Ui::TaskOutput::finished);
    REQUIRE(view.printTo(std::move(printer)));
    const auto [error, cancelled] = waitForOutput(view, spy);
    CHECK(error == QString());
    CHECK(!cancelled);
    CHECK(view.output()->written() == 1);
    const QString text = pdfText(path);
    CHECK(text.contains(QStringLiteral("Send the contract")));
    CHECK(text.contains(QStringLiteral("Ирина Белова")));
    CHECK(text.contains(QStringLiteral("Page 1 of 1")));
}
