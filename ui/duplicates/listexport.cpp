// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "listexport.h"

#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/widgets/backgroundjob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLocale>
#include <QProgressDialog>
#include <QSaveFile>

namespace Voronka::Ui {

ListExport::ListExport(Core::Session &session, Core::EntityKind kind, QWidget *parent)
    : QObject(parent)
    , m_session(session)
    , m_kind(kind)
    , m_parent(parent)
{
}

ListExport::~ListExport() = default;

bool ListExport::allowed() const
{
    return Core::Exporter(m_session).allowed(m_kind);
}

QString ListExport::spreadsheetFilters(bool xlsxFirst)
{
    const QString xlsx = tr("Excel workbooks (*.xlsx)");
    const QString csv = tr("CSV files (*.csv)");
    return xlsxFirst ? xlsx + QStringLiteral(";;") + csv : csv + QStringLiteral(";;") + xlsx;
}

Core::ExportFormat ListExport::spreadsheetFormat(const QString &path, const QString &filter)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == u"xlsx")
        return Core::ExportFormat::Xlsx;
    if (suffix == u"csv")
        return Core::ExportFormat::Csv;
    return filter.contains(QStringLiteral("*.xlsx")) ? Core::ExportFormat::Xlsx
                                                     : Core::ExportFormat::Csv;
}

void ListExport::chooseAndExport(Core::ExportFormat format)
{
    const bool vcf = format == Core::ExportFormat::VCard;
    const QString base = m_kind == Core::EntityKind::Contact ? tr("contacts") : tr("companies");
    const QString suffix = vcf                                    ? QStringLiteral(".vcf")
                           : format == Core::ExportFormat::Xlsx ? QStringLiteral(".xlsx")
                                                                : QStringLiteral(".csv");
    const QString suggested = QDir::home().filePath(base + suffix);
    const QString filters = vcf ? tr("vCard files (*.vcf)")
                                : spreadsheetFilters(format == Core::ExportFormat::Xlsx);
    QString chosen;
    QString path =
        QFileDialog::getSaveFileName(m_parent, tr("Export"), suggested, filters, &chosen);
    if (path.isEmpty())
        return;
    if (!vcf) {
        format = spreadsheetFormat(path, chosen);
        if (QFileInfo(path).suffix().isEmpty())
            path += format == Core::ExportFormat::Xlsx ? QStringLiteral(".xlsx")
                                                       : QStringLiteral(".csv");
    }
    exportTo(path, format);
}

void ListExport::exportTo(const QString &path, Core::ExportFormat format)
{
    if (m_job)
        return;
    auto count = std::make_shared<qint64>(0);
    const Core::EntityKind kind = m_kind;
    m_job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [path, format, kind, count, filter = m_filter](Core::Session &s,
                                                       const BackgroundJob::Report &report) {
            QSaveFile out(path);
            if (!out.open(QIODevice::WriteOnly))
                return tr("Could not write %1: %2").arg(path, out.errorString());
            Core::Exporter exporter(s);
            exporter.setFilter(filter);
            Core::Result<qint64> n = exporter.write(kind, format, out, report);
            if (!n) {
                out.cancelWriting();
                return n.error().message;
            }
            if (!out.commit())
                return tr("Could not write %1: %2").arg(path, out.errorString());
            *count = *n;
            return QString();
        },
        this);
    m_progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 1000, m_parent);
    m_progress->setObjectName(QStringLiteral("exportProgress"));
    m_progress->setWindowTitle(tr("Export"));
    m_progress->setMinimumDuration(400);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, m_job, &BackgroundJob::cancel);
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        if (m_progress)
            m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &BackgroundJob::finished, this, [this, count, path](const QString &error) {
        const bool cancelled = m_job->isCancelled();
        m_job->deleteLater();
        m_job = nullptr;
        if (m_progress)
            m_progress->deleteLater();
        const QString file = QFileInfo(path).fileName();
        if (cancelled)
            emit finished(tr("The export was cancelled; no file was written."), false);
        else if (!error.isEmpty())
            emit finished(error, false);
        else
            emit finished(
                m_kind == Core::EntityKind::Contact
                    ? tr("Exported %1 contacts to %2.").arg(QLocale().toString(*count), file)
                    : tr("Exported %1 companies to %2.").arg(QLocale().toString(*count), file),
                true);
    });
    m_job->start();
}

bool ListExport::wait(int ms)
{
    return !m_job || m_job->wait(ms);
}

} // namespace Voronka::Ui
