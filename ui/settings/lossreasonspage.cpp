// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "lossreasonspage.h"

#include "ui/widgets/theme.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

LossReasonsPage::LossReasonsPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("lossReasons"), tr("Loss reasons"), parent)
    , m_admin(session)
    , m_list(new QListWidget(this))
    , m_rename(new QPushButton(tr("Rename"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_archive(new QPushButton(tr("Archive"), this))
{
    m_list->setObjectName(QStringLiteral("lossReasonList"));
    m_list->setAccessibleName(tr("Loss reasons"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_rename->setObjectName(QStringLiteral("lossReasonRename"));
    m_up->setObjectName(QStringLiteral("lossReasonUp"));
    m_down->setObjectName(QStringLiteral("lossReasonDown"));
    m_archive->setObjectName(QStringLiteral("lossReasonArchive"));
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("lossReasonAdd"));
    add->setProperty("settingsPrimary", true);
    for (QPushButton *b : {add, m_rename, m_up, m_down, m_archive})
        b->setAutoDefault(false);

    connect(add, &QPushButton::clicked, this, &LossReasonsPage::add);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QListWidgetItem *item = m_list->currentItem())
            m_list->editItem(item);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(+1); });
    connect(m_archive, &QPushButton::clicked, this, &LossReasonsPage::toggleArchived);
    connect(m_list, &QListWidget::currentRowChanged, this, &LossReasonsPage::updateButtons);
    connect(m_list, &QListWidget::itemChanged, this, &LossReasonsPage::renameItem);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(add);
    tools->addStretch();
    for (QPushButton *b : {m_rename, m_up, m_down, m_archive})
        tools->addWidget(b);
    auto *hint = new QLabel(tr("The reasons a salesperson picks from when a deal is lost, in this "
                               "order. An archived reason stays on the deals that have it but is "
                               "no longer offered."),
                            this);
    hint->setProperty("settingsHint", true);
    hint->setWordWrap(true);

    // A list of names does not need the page's full width.
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addLayout(tools);
    column->addWidget(listCard(m_list), 1);
    column->addWidget(hint);
    auto *row = new QHBoxLayout;
    row->addLayout(column, 3);
    row->addStretch(2);
    body()->addLayout(row, 1);
    fill(0);
}

qint64 LossReasonsPage::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void LossReasonsPage::fill(qint64 select)
{
    Core::Result<QList<Core::Admin::LossReasonInfo>> list = m_admin.lossReasonList();
    if (!list) {
        report(list.error());
        return;
    }
    const qint64 keep = select ? select : currentId();
    bool sameRows = list->size() == m_list->count();
    for (int i = 0; sameRows && i < list->size(); ++i)
        sameRows = m_list->item(i)->data(kIdRole).toLongLong() == list->at(i).id;
    m_reasons = *list;
    m_filling = true;
    // The same rows in the same order are updated in place: a rename arrives while the list's
    // editor still holds its item.
    if (!sameRows)
        m_list->clear();
    const QColor muted = Theme::current().muted;
    for (int i = 0; i < m_reasons.size(); ++i) {
        const Core::Admin::LossReasonInfo &r = m_reasons.at(i);
        QListWidgetItem *item = sameRows ? m_list->item(i) : new QListWidgetItem(m_list);
        item->setText(r.name);
        item->setData(kIdRole, r.id);
        item->setData(kNameRole, r.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        QFont f = m_list->font();
        f.setItalic(r.archived);
        item->setFont(f);
        item->setForeground(r.archived ? QBrush(muted) : QBrush());
        item->setToolTip(r.archived ? tr("Archived: kept on its deals, no longer offered")
                                    : QString());
        if (r.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && !m_reasons.isEmpty())
        m_list->setCurrentRow(0);
    m_filling = false;
    updateButtons();
}

void LossReasonsPage::updateButtons()
{
    const int row = m_list->currentRow();
    const bool any = row >= 0 && row < m_reasons.size();
    const bool archived = any && m_reasons.at(row).archived;
    const int active = int(std::count_if(m_reasons.cbegin(), m_reasons.cend(),
                                         [](const auto &r) { return !r.archived; }));
    m_rename->setEnabled(any);
    m_archive->setEnabled(any);
    m_archive->setText(archived ? tr("Unarchive") : tr("Archive"));
    m_up->setEnabled(any && !archived && row > 0);
    m_down->setEnabled(any && !archived && row < active - 1);
}

void LossReasonsPage::report(const Core::Status &status)
{
    if (status)
        clearMessage();
    else
        showError(status.error());
}

void LossReasonsPage::push(const QString &text, AdminCommand::Step redo, AdminCommand::Step undo,
                           qint64 select)
{
    undoStack()->push(new AdminCommand(m_session, text, std::move(redo), std::move(undo),
                                       [this, select](const Core::Status &st) {
                                           report(st);
                                           fill(select);
                                       }));
}

void LossReasonsPage::add()
{
    QString name = tr("New reason");
    for (int n = 2;
         std::any_of(m_reasons.cbegin(), m_reasons.cend(),
                     [&](const auto &r) { return r.name.compare(name, Qt::CaseInsensitive) == 0; });
         ++n)
        name = tr("New reason") + QStringLiteral(" %1").arg(n);
    // Undone, a new reason is archived rather than erased: a deal may have picked it already.
    auto id = std::make_shared<qint64>(0);
    const auto redo = [this, id, name](const Core::Origin &o) -> Core::Status {
        if (*id)
            return Core::Admin(m_session, o).setLossReasonArchived(*id, false);
        Core::Result<qint64> made = Core::Admin(m_session, o).createLossReason(name);
        if (!made)
            return made.error();
        *id = *made;
        return Core::Ok{};
    };
    undoStack()->push(new AdminCommand(
        m_session, tr("Add the loss reason \"%1\"").arg(name), redo,
        [this, id](const Core::Origin &o) {
            return Core::Admin(m_session, o).setLossReasonArchived(*id, true);
        },
        [this, id](const Core::Status &st) {
            report(st);
            fill(*id);
        }));
    if (QListWidgetItem *item = m_list->currentItem(); item && currentId() == *id)
        m_list->editItem(item);
}

void LossReasonsPage::renameItem(QListWidgetItem *item)
{
    if (m_filling || !item)
        return;
    const qint64 id = item->data(kIdRole).toLongLong();
    const QString before = item->data(kNameRole).toString();
    const QString after = item->text().simplified();
    if (after == before) {
        m_filling = true;
        item->setText(before);
        m_filling = false;
        return;
    }
    push(
        tr("Rename the loss reason \"%1\" to \"%2\"").arg(before, after),
        [this, id, after](const Core::Origin &o) { return Core::Admin(m_session, o).renameLossReason(id, after); },
        [this, id, before](const Core::Origin &o) { return Core::Admin(m_session, o).renameLossReason(id, before); }, id);
}

void LossReasonsPage::move(int delta)
{
    const int row = m_list->currentRow();
    QList<qint64> before;
    for (const auto &r : std::as_const(m_reasons))
        if (!r.archived)
            before << r.id;
    const int to = row + delta;
    if (row < 0 || row >= before.size() || to < 0 || to >= before.size())
        return;
    QList<qint64> after = before;
    after.move(row, to);
    const qint64 id = before.at(row);
    push(
        tr("Move the loss reason \"%1\"").arg(m_reasons.at(row).name),
        [this, after](const Core::Origin &o) { return Core::Admin(m_session, o).reorderLossReasons(after); },
        [this, before](const Core::Origin &o) { return Core::Admin(m_session, o).reorderLossReasons(before); }, id);
}

void LossReasonsPage::toggleArchived()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_reasons.size())
        return;
    const Core::Admin::LossReasonInfo r = m_reasons.at(row);
    const bool archive = !r.archived;
    push(
        archive ? tr("Archive the loss reason \"%1\"").arg(r.name)
                : tr("Unarchive the loss reason \"%1\"").arg(r.name),
        [this, id = r.id, archive](const Core::Origin &o) { return Core::Admin(m_session, o).setLossReasonArchived(id, archive); },
        [this, id = r.id, archive](const Core::Origin &o) { return Core::Admin(m_session, o).setLossReasonArchived(id, !archive); }, r.id);
}

} // namespace Voronka::Ui
