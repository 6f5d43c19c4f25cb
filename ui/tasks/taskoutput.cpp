// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "taskoutput.h"

#include "core/importexport/icalendar.h"
#include "core/importexport/taskexport.h"
#include "core/services/session.h"
#include "ui/tasks/taskprinter.h"
#include "ui/widgets/backgroundjob.h"

#include <QFile>
#include <QFileInfo>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSaveFile>

#include <filesystem>

namespace Voronka::Ui {

namespace {
// Progress is shown in thousandths; the PDF's two phases (reading rows, painting pages)
// each take half.
constexpr qint64 kScale = 1000;
qint64 scaled(qint64 done, qint64 total)
{
    return total > 0 ? std::min(done * kScale / total, kScale) : 0;
}

// A hidden name beside the target: the final move stays on one file system. The worker's
// QSaveFile creates it, with the permissions any new file gets.
QString stagingPathFor(const QString &target)
{
    const QFileInfo info(target);
    return QStringLiteral("%1/.%2.%3.part")
        .arg(info.absolutePath(), info.fileName())
        .arg(QRandomGenerator::global()->generate(), 8, 16, QLatin1Char('0'));
}
} // namespace

TaskOutput::TaskOutput(Core::Session &session, QTimeZone zone, QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_zone(std::move(zone))
    , m_dialogParent(dialogParent)
{
}

TaskOutput::~TaskOutput()
{
    delete m_dialog.data();
}

bool TaskOutput::exportPdf(const QString &path, const Core::TaskFilter &filter,
                           const QString &title)
{
    const QTimeZone zone = m_zone;
    const QString staging = stagingPathFor(path);
    return start(
        tr("Writing %1…").arg(QFileInfo(path).fileName()), path, staging,
        [=](Core::Session &s, const auto &report, const Count &count) {
            Core::Result<int> pages = TaskPrinter(s, zone).exportPdf(
                staging, filter, title,
                [&](qint64 done, qint64 total) { return report(scaled(done, total) / 2, kScale); },
                [&](qint64 done, qint64 total) {
                    return report(kScale / 2 + scaled(done, total) / 2, kScale);
                });
            if (!pages)
                return pages.error().message;
            count->store(*pages);
            return QString();
        });
}

bool TaskOutput::print(std::unique_ptr<QPrinter> printer, const Core::TaskFilter &filter,
                       const QString &title)
{
    // The worker owns the printer from here on: the UI thread never touches it again.
    std::shared_ptr<QPrinter> device(std::move(printer));
    const QTimeZone zone = m_zone;
    const QString where = device->outputFileName().isEmpty()
                              ? device->printerName()
                              : QFileInfo(device->outputFileName()).fileName();
    return start(
        tr("Printing %1…").arg(title), {}, {},
        [=](Core::Session &s, const auto &report, const Count &count) {
            TaskPrinter printer(s, zone);
            Core::Result<QString> html =
                printer.html(filter, title, [&](qint64 done, qint64 total) {
                    return report(scaled(done, total) / 2, kScale);
                });
            if (!html)
                return html.error().message;
            Core::Result<int> pages =
                printer.paint(*device, *html, where, [&](qint64 done, qint64 total) {
                    return report(kScale / 2 + scaled(done, total) / 2, kScale);
                });
            if (!pages)
                return pages.error().message;
            if (device->printerState() == QPrinter::Error)
                return TaskPrinter::tr("The task list could not be printed to %1.").arg(where);
            count->store(*pages);
            return QString();
        });
}

bool TaskOutput::exportIcs(const QString &path, const Core::TaskFilter &filter)
{
    Core::IcalendarWriter::Options options;
    options.zone = m_zone;
    options.stampMs = m_session.clock().nowMs();
    return exportTasks(path, filter,
                       [options](Core::Session &s, const Core::TaskFilter &f, QIODevice &out,
                                 const std::function<bool(qint64)> &progress) {
                           return Core::exportTasksIcs(s, f, out, options, progress);
                       });
}

bool TaskOutput::exportXlsx(const QString &path, const Core::TaskFilter &filter)
{
    const QTimeZone zone = m_zone;
    return exportTasks(path, filter,
                       [zone](Core::Session &s, const Core::TaskFilter &f, QIODevice &out,
                              const std::function<bool(qint64)> &progress) {
                           return Core::exportTasksXlsx(s, f, out, zone, progress);
                       });
}

bool TaskOutput::exportTasks(const QString &path, const Core::TaskFilter &filter,
                             const TaskWriter &write)
{
    const QString staging = stagingPathFor(path);
    const QTimeZone zone = m_zone;
    return start(tr("Exporting tasks to %1…").arg(QFileInfo(path).fileName()), path, staging,
                 [=](Core::Session &s, const auto &report, const Count &count) {
                     Core::TaskFilter f = filter;
                     f.action = Core::PermAction::Export;
                     // The total is only for the progress bar: one aggregate over the same filter.
                     qint64 total = 0;
                     if (auto n = Core::TaskQuery(s, zone).counts(f))
                         for (qint64 c : *n)
                             total += c;
                     if (!report(0, kScale))
                         return QString();
                     QSaveFile file(staging);
                     if (!file.open(QIODevice::WriteOnly))
                         return tr("Cannot write %1: %2").arg(path, file.errorString());
                     Core::Result<qint64> n = write(s, f, file, [&](qint64 read) {
                         return report(scaled(read, total), kScale);
                     });
                     if (!n) {
                         file.cancelWriting();
                         return n.error().message;
                     }
                     if (!file.commit())
                         return tr("Cannot write %1: %2").arg(path, file.errorString());
                     count->store(*n);
                     return QString();
                 });
}

bool TaskOutput::start(
    const QString &label, const QString &target, const QString &staging,
    std::function<QString(Core::Session &, const std::function<bool(qint64, qint64)> &,
                          const Count &)>
        work)
{
    if (m_job)
        return false;
    m_target = target;
    m_staging = staging;
    m_written = 0;
    m_count = std::make_shared<std::atomic<qint64>>(0);
    m_job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [work = std::move(work), count = m_count](Core::Session &s,
                                                  const BackgroundJob::Report &report) {
            return work(s, report, count);
        },
        this);
    m_job->setClock(&m_session.clock());

    delete m_dialog.data();
    m_dialog = new QProgressDialog(label, QString(), 0, int(kScale), m_dialogParent);
    m_dialog->setObjectName(QStringLiteral("taskOutputProgress"));
    m_dialog->setWindowTitle(tr("Tasks"));
    auto *cancel = new QPushButton(tr("Cancel"), m_dialog);
    cancel->setObjectName(QStringLiteral("taskOutputCancel"));
    m_dialog->setCancelButton(cancel);
    m_dialog->setWindowModality(Qt::WindowModal);
    m_dialog->setMinimumWidth(380); // room for a file name in the label
    m_dialog->setAutoClose(false);
    m_dialog->setAutoReset(false);
    // Short runs finish before the dialog would flash up.
    m_dialog->setMinimumDuration(400);
    m_dialog->setValue(0);
    connect(m_dialog, &QProgressDialog::canceled, this, [this] {
        if (m_dialog)
            m_dialog->setLabelText(tr("Cancelling…"));
        TaskOutput::cancel();
    });
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64) {
        if (m_dialog)
            m_dialog->setValue(int(std::min(done, kScale - 1)));
    });
    connect(m_job, &BackgroundJob::finished, this, &TaskOutput::done);
    m_job->start();
    return true;
}

void TaskOutput::cancel()
{
    if (m_job)
        m_job->cancel();
}

bool TaskOutput::wait(int ms)
{
    return !m_job || m_job->wait(ms);
}

void TaskOutput::done(const QString &error)
{
    const bool cancelled = m_job->isCancelled();
    // A message about the hidden staging file names the file the user chose.
    QString failure = m_staging.isEmpty() ? error : QString(error).replace(m_staging, m_target);
    // The file takes its place only now, on the UI thread: a Cancel pressed at any moment
    // before this leaves the target as it was, even when the worker had already finished.
    if (!m_target.isEmpty()) {
        std::error_code ec;
        if (!cancelled && failure.isEmpty())
            std::filesystem::rename(std::filesystem::path(m_staging.toStdU16String()),
                                    std::filesystem::path(m_target.toStdU16String()), ec);
        if (ec)
            failure = tr("Cannot write %1: %2").arg(m_target, QString::fromStdString(ec.message()));
        if (cancelled || !failure.isEmpty())
            QFile::remove(m_staging);
        m_target.clear();
        m_staging.clear();
    }
    m_job->deleteLater();
    m_job = nullptr;
    m_written = m_count ? m_count->load() : 0;
    if (m_dialog) {
        m_dialog->hide();
        m_dialog->deleteLater();
    }
    emit finished(cancelled ? QString() : failure, cancelled);
}

} // namespace Voronka::Ui
