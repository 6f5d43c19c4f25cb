// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "duplicatefinder.h"

#include "ui/duplicates/mergewizard.h"
#include "ui/widgets/dates.h"
#include "core/services/bulkedit.h"
#include "core/services/merge.h"
#include "ui/duplicates/mergecommand.h"
#include "ui/widgets/undoscope.h"
#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/widgets/backgroundjob.h"

#include <QCheckBox>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListView>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QPointer>
#include <QTableWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

DuplicateFinder::DuplicateFinder(Core::Session &session, Core::EntityKind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_model(new DuplicateGroupModel(&session, kind, this))
    , m_scan(new QPushButton(tr("Scan"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
    , m_progress(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_groups(new QListView(this))
    , m_members(new QTableWidget(this))
    , m_merge(new QPushButton(tr("Merge…"), this))
    , m_undo(new QPushButton(tr("Undo merge"), this))
    , m_stack(parent ? undoScopeOf(parent) : nullptr)
{
    if (!m_stack)
        m_stack = new QUndoStack(this);
    // Ctrl+Z in this window undoes the section's steps, as in the section itself.
    makeUndoScope(m_stack, this);
    const bool contacts = kind == Core::EntityKind::Contact;
    setObjectName(QStringLiteral("duplicateFinder"));
    setWindowTitle(contacts ? tr("Duplicate contacts") : tr("Duplicate companies"));
    setWindowFlag(Qt::Window);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(24, 20, 24, 18);
    layout->setSpacing(12);
    auto *title = new QLabel(windowTitle(), this);
    title->setObjectName(QStringLiteral("dialogTitle"));
    layout->addWidget(title);
    auto *hint = new QLabel(contacts ? tr("Contacts that share a phone number or an email, or "
                                          "whose names differ only in case, spelling of ё, "
                                          "punctuation or word order.")
                                     : tr("Companies that share a phone number or an email, or "
                                          "whose names differ only in case, spelling of ё, "
                                          "punctuation or word order."),
                            this);
    hint->setObjectName(QStringLiteral("dialogHint"));
    hint->setWordWrap(true);
    layout->addWidget(hint);

    auto *bar = new QHBoxLayout;
    bar->setSpacing(10);
    m_scan->setObjectName(QStringLiteral("duplicateScan"));
    m_scan->setDefault(true);
    bar->addWidget(m_scan);
    if (contacts) {
        m_sameCompany = new QCheckBox(tr("Similar names only within one company"), this);
        m_sameCompany->setObjectName(QStringLiteral("duplicateSameCompany"));
        m_sameCompany->setChecked(true);
        m_sameCompany->setToolTip(tr("Common names repeat across a large base; off, every "
                                     "“Ivan Petrov” would be one group."));
        bar->addWidget(m_sameCompany);
    }
    m_progress->setObjectName(QStringLiteral("duplicateProgress"));
    m_progress->setRange(0, 1000);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(10);
    bar->addWidget(m_progress, 1);
    m_cancel->setObjectName(QStringLiteral("duplicateCancel"));
    bar->addWidget(m_cancel);
    bar->addStretch();
    layout->addLayout(bar);
    m_status->setObjectName(QStringLiteral("duplicateStatus"));
    layout->addWidget(m_status);

    m_groups->setObjectName(QStringLiteral("duplicateGroups"));
    m_groups->setModel(m_model);
    m_groups->setUniformItemSizes(true);
    m_groups->setAlternatingRowColors(true);
    m_groups->setMinimumWidth(400);
    m_groups->setSpacing(2);
    m_members->setObjectName(QStringLiteral("duplicateMembers"));
    QStringList headers{tr("Name")};
    if (contacts)
        headers << tr("Company");
    headers << tr("Phones") << tr("Emails") << tr("Responsible") << tr("Created");
    m_members->setColumnCount(int(headers.size()));
    m_members->setHorizontalHeaderLabels(headers);
    m_members->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_members->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_members->verticalHeader()->hide();
    m_members->horizontalHeader()->setStretchLastSection(true);
    m_members->horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    m_members->verticalHeader()->setDefaultSectionSize(30);
    m_members->setShowGrid(false);
    m_members->setWordWrap(false);
    auto *split = new QSplitter(this);
    split->setObjectName(QStringLiteral("duplicateSplit"));
    split->addWidget(m_groups);
    split->addWidget(m_members);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 5);
    split->setSizes({440, 700});
    layout->addWidget(split, 1);

    auto *actions = new QHBoxLayout;
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("duplicateMergeHint"));
    m_hint->setWordWrap(true);
    actions->addWidget(m_hint, 1);
    m_undo->setObjectName(QStringLiteral("duplicateUndo"));
    m_undo->setEnabled(false);
    m_merge->setObjectName(QStringLiteral("duplicateMerge"));
    m_merge->setEnabled(false);
    auto *close = new QPushButton(tr("Close"), this);
    close->setObjectName(QStringLiteral("duplicateClose"));
    actions->addWidget(m_undo);
    actions->addWidget(m_merge);
    actions->addWidget(close);
    layout->addLayout(actions);

    connect(m_scan, &QPushButton::clicked, this, &DuplicateFinder::startScan);
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        if (m_job)
            m_job->cancel();
    });
    connect(close, &QPushButton::clicked, this, &QDialog::close);
    connect(m_groups->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DuplicateFinder::showGroup);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DuplicateFinder::showGroup);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DuplicateFinder::showGroup);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DuplicateFinder::showGroup);
    connect(m_members->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DuplicateFinder::updateMergeOffer);
    connect(m_merge, &QPushButton::clicked, this, &DuplicateFinder::openWizard);
    connect(m_groups, &QListView::doubleClicked, this, &DuplicateFinder::openWizard);
    connect(m_undo, &QPushButton::clicked, this, &DuplicateFinder::undoMerge);
    connect(m_stack, &QUndoStack::indexChanged, this, &DuplicateFinder::updateUndoButton);
    setScanning(false);
    m_status->setText(tr("Press Scan to look through the whole base."));
    updateMergeOffer();
    resize(1180, 660);
}

DuplicateFinder::~DuplicateFinder()
{
    // An own stack dies with the window's children, after this part of it: it must not report.
    if (m_stack)
        m_stack->disconnect(this);
}

bool DuplicateFinder::isScanning() const
{
    return m_job != nullptr;
}

void DuplicateFinder::setScanning(bool scanning)
{
    m_scan->setEnabled(!scanning);
    m_cancel->setVisible(scanning);
    m_progress->setVisible(scanning);
    if (m_sameCompany)
        m_sameCompany->setEnabled(!scanning);
}

void DuplicateFinder::startScan()
{
    if (m_job)
        return;
    Core::DuplicateOptions options;
    options.kind = m_kind;
    options.nameNeedsSameCompany = !m_sameCompany || m_sameCompany->isChecked();
    auto found = std::make_shared<QList<FoundGroup>>();
    auto scanned = std::make_shared<qint64>(0);
    m_found = found;
    m_scanned = scanned;
    m_job = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [options, found, scanned](Core::Session &s, const BackgroundJob::Report &report) {
            Core::Duplicates d(s);
            Core::Result<Core::DuplicateScan> scan = d.scan(options, report);
            if (!scan)
                return scan.error().message;
            if (scan->cancelled)
                return QString();
            *scanned = scan->scanned;
            found->reserve(scan->groups.size());
            for (const Core::DuplicateGroup &g : scan->groups)
                found->append(FoundGroup{g.reasons, g.ids, {}, false});
            return QString();
        },
        this);
    connect(m_job, &BackgroundJob::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
    });
    connect(m_job, &BackgroundJob::finished, this, &DuplicateFinder::scanDone);
    m_progress->setValue(0);
    m_status->setText(tr("Scanning…"));
    setScanning(true);
    m_job->start();
}

void DuplicateFinder::scanDone(const QString &error)
{
    const bool cancelled = m_job->isCancelled();
    m_job->deleteLater();
    m_job = nullptr;
    setScanning(false);
    if (!error.isEmpty()) {
        m_status->setText(tr("The scan failed: %1").arg(error));
    } else if (cancelled) {
        m_status->setText(tr("The scan was cancelled."));
    } else {
        m_model->setGroups(std::move(*m_found));
        const QLocale l;
        const QString among = m_kind == Core::EntityKind::Contact
                                  ? tr("among %1 contacts").arg(l.toString(*m_scanned))
                                  : tr("among %1 companies").arg(l.toString(*m_scanned));
        m_status->setText(m_model->rowCount() == 0 ? tr("No duplicates found %1.").arg(among)
                                                   : tr("%Ln group(s) of likely duplicates %1.",
                                                        nullptr, m_model->rowCount())
                                                         .arg(among));
        if (m_model->rowCount() > 0)
            m_groups->setCurrentIndex(m_model->index(0));
    }
    m_found.reset();
    emit scanFinished();
}

void DuplicateFinder::showGroup()
{
    const QModelIndex current = m_groups->currentIndex();
    m_members->setRowCount(0);
    updateMergeOffer();
    if (!current.isValid())
        return;
    const FoundGroup &g = m_model->groupAt(current.row());
    const bool contacts = m_kind == Core::EntityKind::Contact;
    const QLocale l;
    m_members->setRowCount(int(g.members.size()));
    for (int r = 0; r < g.members.size(); ++r) {
        const Core::DuplicateMember &m = g.members[r];
        QStringList cells{m.name};
        if (contacts)
            cells << m.company;
        cells << m.phones.join(QStringLiteral(", ")) << m.emails.join(QStringLiteral(", "))
              << m.responsible
              << Dates::dateTimeMs(m.createdAt);
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, m.id);
            item->setToolTip(cells[c]);
            m_members->setItem(r, c, item);
        }
    }
    // Columns fit their content, but none takes more than a third of the table.
    m_members->resizeColumnsToContents();
    const int cap = m_members->viewport()->width() / 3;
    for (int c = 0; c < m_members->columnCount(); ++c)
        m_members->setColumnWidth(c, qMin(m_members->columnWidth(c) + 12, qMax(cap, 120)));
}

QList<qint64> DuplicateFinder::pair() const
{
    const QModelIndex current = m_groups->currentIndex();
    if (!current.isValid())
        return {};
    const FoundGroup &g = m_model->groupAt(current.row());
    QList<qint64> ids;
    for (const QModelIndex &i : m_members->selectionModel()->selectedRows())
        ids << g.members.value(i.row()).id;
    if (ids.size() != 2)
        ids = {g.members.value(0).id, g.members.value(1).id};
    std::sort(ids.begin(), ids.end()); // the older record first: it survives by default
    return ids;
}

void DuplicateFinder::updateMergeOffer()
{
    const QList<qint64> ids = pair();
    bool allowed = ids.size() == 2 && ids[0] && ids[1];
    if (allowed && !m_session.principal().admin) {
        Core::BulkEdit bulk(m_session, m_kind);
        const Core::Result<QList<qint64>> edit = bulk.permitted(ids, Core::PermAction::Edit);
        const Core::Result<QList<qint64>> remove = bulk.permitted(ids, Core::PermAction::Delete);
        // Unreadable rights leave it offered: core checks again when it merges.
        if (edit && remove)
            allowed = (edit->contains(ids[0]) && remove->contains(ids[1])) ||
                      (edit->contains(ids[1]) && remove->contains(ids[0]));
    }
    const bool refused = ids.size() == 2 && !allowed;
    m_merge->setEnabled(allowed);
    m_hint->setProperty("error", refused);
    m_hint->setText(refused ? tr("You may not merge these two: merging needs the right to edit "
                                 "one of them and to delete the other.")
                            : tr("Select two records of a group to merge them; the first two are "
                                 "used otherwise."));
}

void DuplicateFinder::openWizard()
{
    const QModelIndex current = m_groups->currentIndex();
    if (!current.isValid() || m_wizard)
        return;
    if (!m_merge->isEnabled())
        return; // a double-click on a group the user may not merge
    const FoundGroup &g = m_model->groupAt(current.row());
    const QList<qint64> ids = pair();
    m_lastRow = current.row();
    m_lastGroup = g;
    m_wizard = new MergeWizard(m_session, m_kind, ids[0], ids[1], this);
    m_wizard->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_wizard, &QDialog::finished, this, &DuplicateFinder::wizardClosed);
    if (m_modalWizard)
        m_wizard->open();
    else
        m_wizard->show();
}

void DuplicateFinder::wizardClosed(int result)
{
    if (result != QDialog::Accepted || !m_wizard)
        return;
    m_lastSerial = ++m_serial;
    m_lastLoser = m_wizard->loserId();
    const int before = m_model->rowCount();
    m_model->removeMember(m_lastRow, m_lastLoser);
    m_lastGroupRemoved = m_model->rowCount() < before;
    QString loserName, survivorName;
    for (const auto &m : std::as_const(m_lastGroup.members)) {
        if (m.id == m_wizard->loserId())
            loserName = m.name;
        if (m.id == m_wizard->survivorId())
            survivorName = m.name;
    }
    // The step outlives this window on the section's stack: it reports here while it is open.
    QPointer<DuplicateFinder> self(this);
    const int serial = m_lastSerial;
    m_stack->push(new MergeCommand(m_session, m_wizard->plan(), m_wizard->mergeId(), loserName,
                                   survivorName,
                                   [self, serial](bool undone, const QString &message) {
                                       if (self)
                                           self->mergeStepRan(serial, undone, message);
                                   }));
    updateUndoButton();
    m_status->setText(tr("Merged «%1» into «%2». Undo merge (Ctrl+Z) puts both back as they were.")
                          .arg(loserName, survivorName));
    emit recordsChanged();
}

void DuplicateFinder::mergeStepRan(int serial, bool undone, const QString &message)
{
    if (!message.isEmpty()) {
        m_status->setText(message);
        return;
    }
    if (serial == m_lastSerial) {
        if (undone) {
            m_model->putBack(m_lastRow, m_lastGroup, m_lastGroupRemoved);
            m_groups->setCurrentIndex(
                m_model->index(qBound(0, m_lastRow, m_model->rowCount() - 1)));
        } else {
            const int before = m_model->rowCount();
            m_model->removeMember(m_lastRow, m_lastLoser);
            m_lastGroupRemoved = m_model->rowCount() < before;
        }
    }
    m_status->setText(undone ? tr("The merge was undone.") : tr("Merged again."));
    emit recordsChanged();
}

void DuplicateFinder::updateUndoButton()
{
    const int at = m_stack->index();
    m_undo->setEnabled(at > 0 && dynamic_cast<const MergeCommand *>(m_stack->command(at - 1)));
    m_undo->setToolTip(m_undo->isEnabled() ? tr("Undo %1 (Ctrl+Z)").arg(m_stack->undoText())
                                           : QString());
}

void DuplicateFinder::undoMerge()
{
    if (m_undo->isEnabled())
        m_stack->undo();
}

} // namespace Voronka::Ui
