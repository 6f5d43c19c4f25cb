// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "tagspage.h"

#include "ui/settings/movetodialog.h"

#include <QComboBox>
#include <QDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole;
constexpr int kNameRole = Qt::UserRole + 1;
} // namespace

TagsPage::TagsPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("tags"), tr("Tags"), parent)
    , m_admin(session)
    , m_list(new QTreeWidget(this))
    , m_rename(new QPushButton(tr("Rename"), this))
    , m_merge(new QPushButton(tr("Merge into…"), this))
    , m_delete(new QPushButton(tr("Delete…"), this))
    , m_empty(new QLabel(tr("No tags yet: they appear here once a card is tagged."), this))
{
    m_list->setObjectName(QStringLiteral("tagList"));
    m_list->setAccessibleName(tr("Tags"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Tag"), tr("Records")});
    m_list->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::DoubleClicked);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_list->header()->resizeSection(1, 150);
    m_list->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    m_rename->setObjectName(QStringLiteral("tagRename"));
    m_merge->setObjectName(QStringLiteral("tagMerge"));
    m_delete->setObjectName(QStringLiteral("tagDelete"));
    m_empty->setObjectName(QStringLiteral("tagsEmpty"));
    m_empty->setProperty("settingsHint", true);
    for (QPushButton *b : {m_rename, m_merge, m_delete})
        b->setAutoDefault(false);

    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            m_list->editItem(item, 0);
    });
    connect(m_merge, &QPushButton::clicked, this, &TagsPage::merge);
    connect(m_delete, &QPushButton::clicked, this, &TagsPage::remove);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &TagsPage::updateButtons);
    connect(m_list, &QTreeWidget::itemChanged, this, &TagsPage::renameItem);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addStretch();
    for (QPushButton *b : {m_rename, m_merge, m_delete})
        tools->addWidget(b);
    auto *hint = new QLabel(tr("Double-click a name to rename it. Merging and deleting change the "
                               "tagged records; Undo gives the records their tags back."),
                            this);
    hint->setProperty("settingsHint", true);
    hint->setWordWrap(true);

    // A list of names does not need the page's full width.
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addLayout(tools);
    column->addWidget(m_empty);
    column->addWidget(listCard(m_list), 1);
    column->addWidget(hint);
    auto *row = new QHBoxLayout;
    row->addLayout(column, 3);
    row->addStretch(2);
    body()->addLayout(row, 1);
    fill(0);
}

qint64 TagsPage::currentId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

const Core::Admin::TagInfo *TagsPage::current() const
{
    const qint64 id = currentId();
    for (const Core::Admin::TagInfo &t : m_tags)
        if (t.id == id)
            return &t;
    return nullptr;
}

void TagsPage::fill(qint64 select)
{
    Core::Result<QList<Core::Admin::TagInfo>> tags = m_admin.tags();
    if (!tags) {
        report(tags.error());
        return;
    }
    const qint64 keep = select ? select : currentId();
    bool sameRows = tags->size() == m_list->topLevelItemCount();
    for (int i = 0; sameRows && i < tags->size(); ++i)
        sameRows = m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == tags->at(i).id;
    m_tags = *tags;
    m_filling = true;
    // Rows kept in place when only names or counts changed: a rename arrives mid-edit.
    if (!sameRows)
        m_list->clear();
    for (int i = 0; i < m_tags.size(); ++i) {
        const Core::Admin::TagInfo &t = m_tags.at(i);
        QTreeWidgetItem *item = sameRows ? m_list->topLevelItem(i) : new QTreeWidgetItem(m_list);
        item->setText(0, t.name);
        item->setText(1, QLocale().toString(t.uses));
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setData(0, kIdRole, t.id);
        item->setData(0, kNameRole, t.name);
        item->setFlags(item->flags() | Qt::ItemIsEditable);
        if (t.id == keep)
            m_list->setCurrentItem(item);
    }
    if (!m_list->currentItem() && !m_tags.isEmpty())
        m_list->setCurrentItem(m_list->topLevelItem(0));
    m_filling = false;
    m_empty->setVisible(m_tags.isEmpty());
    updateButtons();
}

void TagsPage::updateButtons()
{
    const bool any = current() != nullptr;
    m_rename->setEnabled(any);
    m_merge->setEnabled(any && m_tags.size() > 1);
    m_delete->setEnabled(any);
}

void TagsPage::report(const Core::Status &status)
{
    if (status)
        clearMessage();
    else
        showError(status.error());
}

void TagsPage::renameItem(QTreeWidgetItem *item, int column)
{
    if (m_filling || !item || column != 0)
        return;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    const QString before = item->data(0, kNameRole).toString();
    const QString after = item->text(0).simplified();
    if (after == before) {
        m_filling = true;
        item->setText(0, before);
        m_filling = false;
        return;
    }
    undoStack()->push(new AdminCommand(
        m_session, tr("Rename the tag \"%1\" to \"%2\"").arg(before, after),
        [this, id, after](const Core::Origin &o) { return Core::Admin(m_session, o).renameTag(id, after); },
        [this, id, before](const Core::Origin &o) { return Core::Admin(m_session, o).renameTag(id, before); },
        [this, id](const Core::Status &st) {
            report(st);
            fill(id);
        }));
}

void TagsPage::merge()
{
    const Core::Admin::TagInfo *from = current();
    if (!from)
        return;
    const Core::Admin::TagInfo gone = *from;
    MoveToDialog ask({QStringLiteral("tagMergeDialog"), QStringLiteral("tagMergeInto"), {}},
                     tr("Merge tags"),
                     tr("Every record tagged \"%1\" (%n in all) gets the tag chosen below "
                        "instead, and \"%1\" is removed.",
                        nullptr, gone.uses)
                         .arg(gone.name),
                     tr("Merge into"), tr("Merge"), this);
    for (const Core::Admin::TagInfo &t : std::as_const(m_tags))
        if (t.id != gone.id)
            ask.addChoice(t.name, t.id);
    if (ask.exec() != QDialog::Accepted)
        return;
    // Undone, the tag comes back onto its records, which lose the chosen one unless they had
    // it before: what they carried is read in the step's own transaction.
    const qint64 target = ask.chosen();
    auto carriers = std::make_shared<Core::Admin::TagCarriers>();
    undoStack()->push(new AdminCommand(
        m_session, tr("Merge the tag \"%1\"").arg(gone.name),
        [this, id = gone.id, target, carriers](const Core::Origin &o) -> Core::Status {
            Core::Admin admin(m_session, o);
            Core::Result<Core::Admin::TagCarriers> had = admin.tagCarriers(id, target);
            if (!had)
                return had.error();
            *carriers = *had;
            return admin.mergeTags(id, target);
        },
        [this, id = gone.id, target, carriers](const Core::Origin &o) {
            return Core::Admin(m_session, o).restoreTag(id, *carriers, target);
        },
        [this, target](const Core::Status &st) {
            report(st);
            fill(target);
        }));
}

void TagsPage::remove()
{
    const Core::Admin::TagInfo *tag = current();
    if (!tag)
        return;
    const Core::Admin::TagInfo gone = *tag;
    QMessageBox ask(QMessageBox::Warning, tr("Delete the tag"),
                    tr("Delete the tag \"%1\"? It is taken off %n record(s).",
                       nullptr, gone.uses)
                        .arg(gone.name),
                    QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("tagDeleteBox"));
    QPushButton *yes = ask.addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("tagDeleteConfirm"));
    ask.exec();
    if (ask.clickedButton() != yes)
        return;
    auto carriers = std::make_shared<Core::Admin::TagCarriers>();
    undoStack()->push(new AdminCommand(
        m_session, tr("Delete the tag \"%1\"").arg(gone.name),
        [this, id = gone.id, carriers](const Core::Origin &o) -> Core::Status {
            Core::Admin admin(m_session, o);
            Core::Result<Core::Admin::TagCarriers> had = admin.tagCarriers(id);
            if (!had)
                return had.error();
            *carriers = *had;
            return admin.deleteTag(id);
        },
        [this, id = gone.id, carriers](const Core::Origin &o) {
            return Core::Admin(m_session, o).restoreTag(id, *carriers);
        },
        [this, id = gone.id](const Core::Status &st) {
            report(st);
            fill(id);
        }));
}

} // namespace Voronka::Ui
