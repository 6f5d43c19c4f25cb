// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "conflictsview.h"

#include "core/services/session.h"
#include "ui/widgets/dates.h"
#include "ui/widgets/fieldtext.h"
#include "ui/widgets/theme.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace Sync = Core::Sync;

ConflictsView::ConflictsView(Core::Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_summary(new QLabel(this))
    , m_table(new QTableWidget(this))
    , m_message(new QLabel(this))
    , m_keep(new QPushButton(tr("Keep mine"), this))
    , m_accept(new QPushButton(tr("Accept"), this))
    , m_open(new QPushButton(tr("Open record"), this))
{
    setObjectName(QStringLiteral("conflictsView"));
    setWindowTitle(tr("Sync conflicts"));
    resize(940, 460);
    m_summary->setObjectName(QStringLiteral("conflictsSummary"));
    m_summary->setWordWrap(true);
    m_table->setObjectName(QStringLiteral("conflictsTable"));
    m_table->setColumnCount(6);
    m_table->setHorizontalHeaderLabels(
        {tr("Record"), tr("Field"), tr("Your value"), tr("Winning value"), tr("Who"), tr("When")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->setWordWrap(false);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_message->setObjectName(QStringLiteral("conflictsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_keep->setObjectName(QStringLiteral("conflictsKeepMine"));
    m_keep->setToolTip(tr("Write your value again as a new edit; it is sent to the team and "
                          "wins over the other value."));
    m_accept->setObjectName(QStringLiteral("conflictsAccept"));
    m_accept->setToolTip(tr("Leave the value as it is now and take the entry off the list."));
    m_open->setObjectName(QStringLiteral("conflictsOpen"));

    auto *actions = new QHBoxLayout;
    actions->addWidget(m_open);
    actions->addStretch(1);
    actions->addWidget(m_accept);
    actions->addWidget(m_keep);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(close);

    connect(m_keep, &QPushButton::clicked, this, &ConflictsView::keepMine);
    connect(m_accept, &QPushButton::clicked, this, &ConflictsView::accept);
    connect(m_open, &QPushButton::clicked, this, &ConflictsView::openRecord);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, &ConflictsView::openRecord);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &ConflictsView::showSelection);
    reload();
}

void ConflictsView::reload()
{
    const Core::Result<QList<Sync::ConflictEntry>> entries = Sync::ConflictLog(m_session).unseen();
    m_entries = entries ? *entries : QList<Sync::ConflictEntry>();
    if (!entries) {
        m_message->setText(entries.error().message);
        m_message->show();
    }
    const QColor muted = Theme::current().muted;
    m_table->setRowCount(int(m_entries.size()));
    for (int row = 0; row < m_entries.size(); ++row) {
        const Sync::ConflictEntry &e = m_entries.at(row);
        const auto put = [&](int column, const QString &text, bool dim = false) {
            auto *item = new QTableWidgetItem(text);
            item->setToolTip(text);
            if (dim)
                item->setForeground(muted);
            m_table->setItem(row, column, item);
        };
        const QString record =
            e.recordName.isEmpty()
                ? tr("%1 no longer in your copy").arg(Core::entityName(e.kind))
                : tr("%1 “%2”").arg(Core::entityName(e.kind), e.recordName);
        put(RecordColumn, record, e.recordName.isEmpty());
        put(FieldColumn, FieldText::label(m_session, e.kind, e.field));
        put(MineColumn, e.mine.isValid() ? FieldText::value(m_session, e.field, e.mine)
                                         : tr("(cannot be shown)"));
        if (e.refused)
            put(WinningColumn,
                e.reason.isEmpty() ? tr("Refused by the server")
                                   : tr("Refused by the server: %1").arg(e.reason),
                true);
        else
            put(WinningColumn, e.winning.isValid()
                                   ? FieldText::value(m_session, e.field, e.winning)
                                   : tr("(cannot be shown)"));
        put(WhoColumn, e.byId ? FieldText::who(m_session, e.byId) : QStringLiteral("—"));
        put(WhenColumn, Dates::dateTimeMs(e.at));
        m_table->item(row, RecordColumn)->setData(Qt::UserRole, e.id);
    }
    m_table->resizeColumnsToContents();
    for (int c = 0; c < m_table->columnCount(); ++c)
        m_table->setColumnWidth(c, std::min(m_table->columnWidth(c), 260));
    m_summary->setText(
        m_entries.isEmpty()
            ? tr("No conflicts: every change of yours reached the team server as you made it.")
            : tr("These fields were changed by someone else at the same time as by you, or the "
                 "team server refused your change. Keep your value or accept the one that won."));
    showSelection();
}

int ConflictsView::rowCount() const
{
    return m_table->rowCount();
}

bool ConflictsView::selectEntry(qint64 entryId)
{
    for (int row = 0; row < m_entries.size(); ++row)
        if (m_entries.at(row).id == entryId) {
            m_table->selectRow(row);
            return true;
        }
    return false;
}

QList<Sync::ConflictEntry> ConflictsView::selected() const
{
    QList<Sync::ConflictEntry> out;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    for (const QModelIndex &index : rows)
        if (index.row() < m_entries.size())
            out << m_entries.at(index.row());
    return out;
}

void ConflictsView::showSelection()
{
    const QList<Sync::ConflictEntry> rows = selected();
    bool canKeep = !rows.isEmpty();
    for (const Sync::ConflictEntry &e : rows)
        canKeep = canKeep && !e.recordName.isEmpty() && e.mine.isValid();
    m_keep->setEnabled(canKeep);
    m_accept->setEnabled(!rows.isEmpty());
    m_open->setEnabled(rows.size() == 1 && !rows.constFirst().recordName.isEmpty());
}

void ConflictsView::keepMine()
{
    QStringList failed;
    Sync::ConflictLog log(m_session);
    for (const Sync::ConflictEntry &e : selected())
        if (const Core::Status st = log.keepMine(e.id); !st)
            failed << st.error().message;
    reload();
    m_message->setText(failed.join(u'\n'));
    m_message->setVisible(!failed.isEmpty());
    emit resolved();
}

void ConflictsView::accept()
{
    QStringList failed;
    Sync::ConflictLog log(m_session);
    for (const Sync::ConflictEntry &e : selected())
        if (const Core::Status st = log.accept(e.id); !st)
            failed << st.error().message;
    reload();
    m_message->setText(failed.join(u'\n'));
    m_message->setVisible(!failed.isEmpty());
    emit resolved();
}

void ConflictsView::openRecord()
{
    const QList<Sync::ConflictEntry> rows = selected();
    if (rows.size() != 1 || rows.constFirst().recordName.isEmpty())
        return;
    const Sync::ConflictEntry &e = rows.constFirst();
    emit openRecordRequested(e.kind, e.entityId, e.recordName);
}

} // namespace Voronka::Ui
