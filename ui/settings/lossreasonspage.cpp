// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "lossreasonspage.h"

#include "widgets/admincommand.h"
#include "widgets/theme.h"

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
    : QWidget(parent)
    , m_session(session)
    , m_admin(session)
    , m_undo(new QUndoStack(this))
    , m_list(new QListWidget(this))
    , m_rename(new QPushButton(tr("Rename"), this))
    , m_up(new QPushButton(tr("Move up"), this))
    , m_down(new QPushButton(tr("Move down"), this))
    , m_archive(new QPushButton(tr("Archive"), this))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("lossReasonsPage"));
    m_list->setObjectName(QStringLiteral("lossReasonList"));
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->setMaximumWidth(520);
    m_rename->setObjectName(QStringLiteral("lossReasonRename"));
    m_up->setObjectName(QStringLiteral("lossReasonUp"));
    m_down->setObjectName(QStringLiteral("lossReasonDown"));
    m_archive->setObjectName(QStringLiteral("lossReasonArchive"));
    m_error->setObjectName(QStringLiteral("pageError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("color: #D64545;"));
    m_error->hide();
    auto *add = new QPushButton(tr("Add"), this);
    add->setObjectName(QStringLiteral("lossReasonAdd"));

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

    auto *hint = new QLabel(tr("The reasons a salesperson picks from when a deal is lost, in this "
                               "order. An archived reason stays on the deals that have it but is "
                               "no longer offered."),
                            this);
    hint->setWordWrap(true);
    hint->setMaximumWidth(520);
    auto *buttons = new QVBoxLayout;
    for (QPushButton *b : {add, m_rename, m_up, m_down, m_archive})
        buttons->addWidget(b);
    buttons->addStretch();
    auto *panes = new QHBoxLayout;
    panes->addWidget(m_list, 1);
    panes->addLayout(buttons);
    panes->addStretch();
    auto *bar = undoButtons(m_undo, this);
    bar->addSpacing(12);
    bar->addWidget(m_error, 1);
    bar->addStretch();
    auto *box = new QVBoxLayout(this);
    box->addWidget(hint);
    box->addLayout(panes, 1);
    box->addLayout(bar);
    reload();
}

qint64 LossReasonsPage::currentId() const
{
    const QListWidgetItem *item = m_list->currentItem();
    return item ? item->data(kIdRole).toLongLong() : 0;
}

void LossReasonsPage::reload(qint64 select)
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
    m_error->setVisible(!status);
    if (!status)
        m_error->setText(status.error().message);
}

void LossReasonsPage::push(const QString &text, std::function<Core::Status()> redo,
                           std::function<Core::Status()> undo, qint64 select)
{
    m_undo->push(new AdminCommand(text, std::move(redo), std::move(undo),
                                  [this, select](const Core::Status &st) {
                                      report(st);
                                      reload(select);
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
    const auto redo = [this, id, name]() -> Core::Status {
        if (*id)
            return m_admin.setLossReasonArchived(*id, false);
        Core::Result<qint64> made = m_admin.createLossReason(name);
        if (!made)
            return made.error();
        *id = *made;
        return Core::Ok{};
    };
    m_undo->push(new AdminCommand(
        tr("Add the loss reason \"%1\"").arg(name), redo,
        [this, id] { return m_admin.setLossReasonArchived(*id, true); },
        [this, id](const Core::Status &st) {
            report(st);
            reload(*id);
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
        [this, id, after] { return m_admin.renameLossReason(id, after); },
        [this, id, before] { return m_admin.renameLossReason(id, before); }, id);
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
        [this, after] { return m_admin.reorderLossReasons(after); },
        [this, before] { return m_admin.reorderLossReasons(before); }, id);
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
        [this, id = r.id, archive] { return m_admin.setLossReasonArchived(id, archive); },
        [this, id = r.id, archive] { return m_admin.setLossReasonArchived(id, !archive); }, r.id);
}

} // namespace Voronka::Ui
