// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importhistorydialog.h"

#include "core/importexport/importer.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/importwizard/importcommand.h"
#include "ui/widgets/backgroundjob.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {

QString kindName(Core::EntityKind kind)
{
    switch (kind) {
    case Core::EntityKind::Company:
        return ImportHistoryDialog::tr("Companies");
    case Core::EntityKind::Deal:
        return ImportHistoryDialog::tr("Deals");
    default:
        return ImportHistoryDialog::tr("Contacts");
    }
}

QString stateName(Core::ImportState s)
{
    switch (s) {
    case Core::ImportState::Running:
        return ImportHistoryDialog::tr("Running");
    case Core::ImportState::Done:
        return ImportHistoryDialog::tr("Done");
    case Core::ImportState::Cancelled:
        return ImportHistoryDialog::tr("Stopped");
    case Core::ImportState::Interrupted:
        return ImportHistoryDialog::tr("Interrupted");
    case Core::ImportState::Undone:
        return ImportHistoryDialog::tr("Undone");
    }
    return {};
}

} // namespace

ImportHistoryDialog::ImportHistoryDialog(Core::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_undo(new QPushButton(tr("Undo import"), this))
    , m_finish(new QPushButton(tr("Finish"), this))
{
    setObjectName(QStringLiteral("importHistoryDialog"));
    setWindowTitle(tr("Import history"));
    resize(960, 480);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    auto *title = new QLabel(windowTitle(), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);

    m_table->setObjectName(QStringLiteral("importHistoryTable"));
    m_table->setColumnCount(9);
    m_table->setHorizontalHeaderLabels({tr("File"), tr("Records"), tr("Who"), tr("When"),
                                        tr("State"), tr("Created"), tr("Updated"), tr("Skipped"),
                                        tr("Errors")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    layout->addWidget(m_table, 1);

    m_message->setObjectName(QStringLiteral("importHistoryMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_progress->setObjectName(QStringLiteral("importHistoryProgress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    layout->addWidget(m_message);
    layout->addWidget(m_progress);

    auto *buttons = new QHBoxLayout;
    m_undo->setObjectName(QStringLiteral("importHistoryUndo"));
    m_finish->setObjectName(QStringLiteral("importHistoryFinish"));
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("importHistoryClose"));
    buttons->addWidget(m_undo);
    buttons->addWidget(m_finish);
    buttons->addStretch(1);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    connect(m_table, &QTableWidget::itemSelectionChanged, this,
            &ImportHistoryDialog::updateButtons);
    connect(m_undo, &QPushButton::clicked, this, &ImportHistoryDialog::undoSelected);
    connect(m_finish, &QPushButton::clicked, this, &ImportHistoryDialog::finishSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    reload();
}

void ImportHistoryDialog::reload()
{
    const qint64 selected = selectedBatch();
    Core::Result<QList<Core::ImportBatch>> batches = Core::ImportHistory(m_session).list();
    m_batches = batches ? *batches : QList<Core::ImportBatch>();
    if (!batches) {
        m_message->setText(batches.error().message);
        m_message->show();
    }
    m_table->setRowCount(int(m_batches.size()));
    const QLocale locale;
    for (int r = 0; r < m_batches.size(); ++r) {
        const Core::ImportBatch &b = m_batches[r];
        const QStringList cells{
            QFileInfo(b.file).fileName(),
            kindName(b.kind),
            b.userName,
            locale.toString(QDateTime::fromMSecsSinceEpoch(b.startedAt), QLocale::ShortFormat),
            stateName(b.state),
            Core::Importer::rowNumber(b.created),
            Core::Importer::rowNumber(b.updated),
            Core::Importer::rowNumber(b.skipped),
            Core::Importer::rowNumber(b.failed)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            if (c == 0)
                item->setToolTip(QDir::toNativeSeparators(b.file));
            if (c >= 5)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        if (b.id == selected)
            m_table->selectRow(r);
    }
    m_table->resizeColumnsToContents();
    for (int c = 1; c < m_table->columnCount(); ++c) // room between the cramped columns
        m_table->setColumnWidth(c, m_table->columnWidth(c) + 16);
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    if (m_table->currentRow() < 0 && !m_batches.isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

qint64 ImportHistoryDialog::selectedBatch() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_batches.size() ? m_batches[row].id : 0;
}

bool ImportHistoryDialog::isBusy() const
{
    return m_job && m_job->isRunning();
}

void ImportHistoryDialog::updateButtons()
{
    const int row = m_table->currentRow();
    const Core::ImportState state =
        row >= 0 && row < m_batches.size() ? m_batches[row].state : Core::ImportState::Undone;
    const bool busy = isBusy();
    m_undo->setEnabled(!busy && state != Core::ImportState::Undone &&
                       state != Core::ImportState::Running);
    m_finish->setVisible(state == Core::ImportState::Interrupted);
    m_finish->setEnabled(!busy);
}

void ImportHistoryDialog::undoSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    const Core::ImportBatch b = m_batches[row];
    Core::Result<Core::ImportHistory::UndoResult> r = undoImport(m_session, b.id, this);
    m_message->setText(
        !r ? r.error().message
        : r->refused.isEmpty()
            ? tr("The import of %1 is undone.").arg(QFileInfo(b.file).fileName())
            : tr("The import of %1 is undone; %n record(s) changed since were left as they "
                 "are: %2",
                 nullptr, int(r->refused.size()))
                  .arg(QFileInfo(b.file).fileName(), r->refused.join(QStringLiteral(", "))));
    m_message->show();
    reload();
    if (r)
        emit changed(b.kind);
}

// The rest of the file read again (its encoding and delimiter detected as at the start) in the
// background, with the batch's own mapping and options.
void ImportHistoryDialog::finishSelected()
{
    const int row = m_table->currentRow();
    if (row < 0 || row >= m_batches.size())
        return;
    const Core::ImportBatch b = m_batches[row];
    auto *job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [b](Core::Session &s, const BackgroundJob::Report &report) -> QString {
            Core::Result<std::unique_ptr<Core::ImportReader>> reader =
                Core::ImportReader::open(b.file);
            if (!reader)
                return reader.error().message;
            Core::Result<Core::ImportReport> r =
                Core::Importer::resume(s, b.id, **reader, [&report](double p, qint64) {
                    return report(qint64(p * 1000), 1000);
                });
            return r ? QString() : r.error().message;
        },
        this);
    job->setAccess(BackgroundJob::Access::ReadWrite);
    job->setClock(&m_session.clock());
    connect(job, &BackgroundJob::progress, m_progress,
            [this](qint64 done, qint64) { m_progress->setValue(int(done)); });
    connect(job, &BackgroundJob::finished, this, [this, job, b](const QString &error) {
        job->deleteLater();
        m_job = nullptr;
        m_progress->hide();
        m_message->setText(
            error.isEmpty() ? tr("The import of %1 is finished.").arg(QFileInfo(b.file).fileName())
                            : error);
        m_message->show();
        reload();
        emit changed(b.kind);
    });
    m_job = job;
    m_progress->setValue(0);
    m_progress->show();
    job->start();
    updateButtons();
}

} // namespace Voronka::Ui
