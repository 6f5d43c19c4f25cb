// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recyclebindialog.h"

#include "ui/duplicates/recyclebinmodel.h"
#include "core/services/recyclebin.h"
#include "core/services/session.h"
#include "ui/widgets/backgroundjob.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

RecycleBinDialog::RecycleBinDialog(Core::Session &session, Core::EntityKind kind, QWidget *parent,
                                   QUndoStack *undo, RecordsCommand::Done done)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_model(new RecycleBinModel(session, kind, this))
    , m_table(new QTableView(this))
    , m_restore(new QPushButton(tr("Restore"), this))
    , m_purge(new QPushButton(tr("Delete for good…"), this))
    , m_status(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_undo(undo)
    , m_done(std::move(done))
{
    setObjectName(QStringLiteral("recycleBin"));
    setWindowTitle(kind == Core::EntityKind::Contact   ? tr("Recycle bin: contacts")
                   : kind == Core::EntityKind::Deal    ? tr("Recycle bin: deals")
                                                       : tr("Recycle bin: companies"));
    setWindowFlag(Qt::Window);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    auto *title = new QLabel(windowTitle(), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    auto *hint = new QLabel(tr("Deleted records stay here until an administrator deletes them "
                               "for good. Restoring brings a record back with its deals, tasks, "
                               "notes and history."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_table->setObjectName(QStringLiteral("binTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(RecycleBinModel::NameColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RecycleBinModel::DetailColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(RecycleBinModel::DeletedAtColumn, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RecycleBinModel::DeletedByColumn, QHeaderView::ResizeToContents);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_table->verticalHeader()->setDefaultSectionSize(32);
    layout->addWidget(m_table, 1);
    m_empty->setObjectName(QStringLiteral("binEmpty"));
    m_empty->setText(tr("The recycle bin is empty."));
    m_empty->setAlignment(Qt::AlignCenter);
    layout->addWidget(m_empty, 1);

    m_status->setObjectName(QStringLiteral("binStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_restore->setObjectName(QStringLiteral("binRestore"));
    m_purge->setObjectName(QStringLiteral("binPurge"));
    // Purging is for administrators only: others do not see the button at all.
    m_purge->setVisible(session.principal().admin);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("binClose"));
    buttons->addWidget(m_purge);
    buttons->addWidget(m_restore);
    buttons->addWidget(close);
    layout->addLayout(buttons);

    m_confirm = [this](const QString &question) {
        return QMessageBox::question(this, windowTitle(), question,
                                     QMessageBox::Yes | QMessageBox::Cancel,
                                     QMessageBox::Cancel) == QMessageBox::Yes;
    };
    connect(m_restore, &QPushButton::clicked, this, &RecycleBinDialog::restoreSelected);
    connect(m_purge, &QPushButton::clicked, this, &RecycleBinDialog::purgeSelected);
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecycleBinDialog::updateState);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RecycleBinDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecycleBinDialog::updateState);
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        if (m_model->lastError().isEmpty())
            m_status->clear();
    });
    resize(860, 520);
    reload();
}

void RecycleBinDialog::reload()
{
    if (m_job) {
        m_reloadAgain = true; // a change arrived while reading: read once more afterwards
        return;
    }
    auto page = std::make_shared<Core::BinPage>();
    const Core::EntityKind kind = m_kind;
    m_job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [page, kind](Core::Session &s, const BackgroundJob::Report &) {
            Core::Result<Core::BinPage> p =
                Core::RecycleBin(s).list(kind, RecycleBinModel::kPageSize);
            if (!p)
                return p.error().message;
            *page = *p;
            return QString();
        },
        this);
    connect(m_job, &BackgroundJob::finished, this, [this, page](const QString &error) {
        m_job->deleteLater();
        m_job = nullptr;
        if (m_reloadAgain) {
            m_reloadAgain = false;
            reload();
            return;
        }
        if (error.isEmpty()) {
            m_model->setFirstPage(*page);
        } else {
            m_model->setError(error);
            m_status->setText(error);
        }
        emit loaded();
    });
    m_status->setText(tr("Loading…"));
    m_job->start();
}

QList<int> RecycleBinDialog::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        rows << i.row();
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RecycleBinDialog::updateState()
{
    const bool empty = m_model->rowCount() == 0;
    m_table->setVisible(!empty);
    m_empty->setVisible(empty);
    const bool any = !selectedRows().isEmpty();
    m_restore->setEnabled(any);
    m_purge->setEnabled(any);
}

void RecycleBinDialog::restoreSelected()
{
    QList<qint64> ids;
    for (int row : selectedRows())
        ids << m_model->idAt(row);
    if (ids.isEmpty())
        return;
    RecordsCommand::Snapshot before;
    if (m_undo) {
        QList<RecordRef> refs;
        for (qint64 id : std::as_const(ids))
            refs << RecordRef{m_kind, id};
        before = RecordsCommand::take(m_session, refs);
    }
    int restored = 0;
    for (qint64 id : std::as_const(ids)) {
        Core::Status st = Core::RecycleBin(m_session).restore(m_kind, id);
        if (!st) {
            m_status->setText(st.error().message);
            break;
        }
        m_model->removeRecord(id);
        ++restored;
    }
    if (restored > 0) {
        if (m_undo) {
            auto *step = new RecordsCommand(
                m_session,
                m_kind == Core::EntityKind::Contact
                    ? tr("Restore %n contact(s) from the recycle bin", nullptr, restored)
                : m_kind == Core::EntityKind::Deal
                    ? tr("Restore %n deal(s) from the recycle bin", nullptr, restored)
                    : tr("Restore %n company(s) from the recycle bin", nullptr, restored),
                before, m_done);
            if (step->isObsolete())
                delete step;
            else
                m_undo->push(step); // done already: its first redo() does nothing
        }
        m_status->setText(tr("%Ln record(s) restored.", nullptr, restored));
        emit recordsChanged();
    }
}

void RecycleBinDialog::purgeSelected()
{
    QList<int> rows = selectedRows();
    if (rows.isEmpty())
        return;
    const QString question =
        rows.size() == 1
            ? tr("Delete «%1» for good? Its notes and history are deleted too, and it cannot be "
                 "restored or unmerged afterwards.")
                  .arg(m_model->nameAt(rows.first()))
            : tr("Delete %Ln record(s) for good? Their notes and history are deleted too, and "
                 "they cannot be restored or unmerged afterwards.",
                 nullptr, int(rows.size()));
    if (!m_confirm(question))
        return;
    QList<qint64> ids;
    for (int row : std::as_const(rows))
        ids << m_model->idAt(row);
    int purged = 0;
    for (qint64 id : std::as_const(ids)) {
        Core::Status st = Core::RecycleBin(m_session).purge(m_kind, id);
        if (!st) {
            m_status->setText(st.error().message);
            break;
        }
        m_model->removeRecord(id);
        ++purged;
    }
    if (purged > 0)
        m_status->setText(tr("%Ln record(s) deleted for good.", nullptr, purged));
}

} // namespace Voronka::Ui
