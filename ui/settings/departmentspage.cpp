// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "departmentspage.h"

#include "core/services/admin.h"

#include "ui/settings/movetodialog.h"

#include <QComboBox>
#include <QDialog>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <memory>

namespace Voronka::Ui {

namespace {
constexpr int kIdRole = Qt::UserRole + 1;
constexpr int kMembersRole = Qt::UserRole + 2;

QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}
} // namespace

DepartmentsPage::DepartmentsPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("departments"), tr("Departments"), parent)
    , m_list(new QTreeWidget(this))
    , m_newName(new QLineEdit(this))
    , m_rename(button(tr("Rename"), "departmentRename", this))
    , m_delete(button(tr("Delete…"), "departmentDelete", this))
{
    m_list->setObjectName(QStringLiteral("departmentsList"));
    m_list->setAccessibleName(tr("Departments"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Department"), tr("Users")});
    m_list->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    m_list->header()->setStretchLastSection(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_list->header()->setSectionResizeMode(1, QHeaderView::Fixed);
    m_list->header()->resizeSection(1, 150);
    m_list->headerItem()->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);

    m_newName->setObjectName(QStringLiteral("departmentName"));
    m_newName->setPlaceholderText(tr("New department"));
    m_newName->setMaxLength(255);
    auto *add = button(tr("Add"), "departmentAdd", this);
    add->setProperty("settingsPrimary", true);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_newName, 1);
    tools->addWidget(add);
    tools->addSpacing(16);
    tools->addWidget(m_rename);
    tools->addWidget(m_delete);

    QFrame *card = listCard(m_list);
    auto *hint = new QLabel(tr("Double-click a name to rename it. A role's \"department\" scope "
                               "lets its users see their department's records."),
                            this);
    hint->setProperty("settingsHint", true);
    hint->setWordWrap(true);

    // A list of names does not need the page's full width.
    auto *column = new QVBoxLayout;
    column->setSpacing(10);
    column->addLayout(tools);
    column->addWidget(card, 1);
    column->addWidget(hint);
    auto *row = new QHBoxLayout;
    row->addLayout(column, 3);
    row->addStretch(2);
    body()->addLayout(row, 1);

    connect(add, &QPushButton::clicked, this, &DepartmentsPage::add);
    connect(m_newName, &QLineEdit::returnPressed, this, &DepartmentsPage::add);
    connect(m_rename, &QPushButton::clicked, this, [this] {
        if (QTreeWidgetItem *item = m_list->currentItem())
            m_list->editItem(item, 0);
    });
    connect(m_delete, &QPushButton::clicked, this, &DepartmentsPage::remove);
    connect(m_list, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *item, int column) {
        if (!m_filling && column == 0)
            rename(item);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, [this] {
        const bool any = m_list->currentItem() != nullptr;
        m_rename->setEnabled(any);
        m_delete->setEnabled(any);
    });
    reload();
}

void DepartmentsPage::reload()
{
    const qint64 keep = selectedId();
    m_filling = true;
    m_list->clear();
    if (Core::Result<QList<Core::Admin::DepartmentInfo>> deps =
            Core::Admin(m_session).departments()) {
        for (const Core::Admin::DepartmentInfo &d : *deps) {
            auto *item = new QTreeWidgetItem(m_list, {d.name, QString::number(d.members)});
            item->setData(0, kIdRole, d.id);
            item->setData(0, kMembersRole, d.members);
            item->setFlags(item->flags() | Qt::ItemIsEditable);
            item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        }
    } else {
        showError(deps.error());
    }
    m_filling = false;
    select(keep);
    const bool any = m_list->currentItem() != nullptr;
    m_rename->setEnabled(any);
    m_delete->setEnabled(any);
}

qint64 DepartmentsPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, kIdRole).toLongLong() : 0;
}

qint64 DepartmentsPage::current(qint64 id) const
{
    while (m_newIds.contains(id))
        id = m_newIds.value(id);
    return id;
}

void DepartmentsPage::replaced(qint64 oldId, qint64 newId)
{
    if (oldId && oldId != newId)
        m_newIds.insert(oldId, newId);
}

void DepartmentsPage::select(qint64 id)
{
    for (int i = 0; i < m_list->topLevelItemCount(); ++i)
        if (m_list->topLevelItem(i)->data(0, kIdRole).toLongLong() == id) {
            m_list->setCurrentItem(m_list->topLevelItem(i));
            return;
        }
}

void DepartmentsPage::add()
{
    const QString name = m_newName->text().simplified();
    if (name.isEmpty()) {
        showError(tr("Department: type the new department's name first."));
        m_newName->setFocus();
        return;
    }
    auto made = std::make_shared<qint64>(0); // the first id it had
    Core::Session &s = m_session;
    if (apply(
            tr("Add department %1").arg(name),
            [this, &s, made, name](const Core::Origin &o) -> Core::Status {
                Core::Result<qint64> id = Core::Admin(s, o).createDepartment(name);
                if (!id)
                    return id.error();
                if (*made)
                    replaced(current(*made), *id);
                else
                    *made = *id;
                return Core::Ok{};
            },
            [this, &s, made](const Core::Origin &o) {
                return Core::Admin(s, o).deleteDepartment(current(*made), 0);
            })) {
        m_newName->clear();
        select(*made);
    }
}

void DepartmentsPage::rename(QTreeWidgetItem *item)
{
    const qint64 id = item->data(0, kIdRole).toLongLong();
    const QString to = item->text(0).simplified();
    QString from;
    if (Core::Result<QList<Core::Admin::DepartmentInfo>> deps =
            Core::Admin(m_session).departments())
        for (const Core::Admin::DepartmentInfo &d : *deps)
            if (d.id == id)
                from = d.name;
    if (to == from) {
        reload();
        return;
    }
    Core::Session &s = m_session;
    // A name someone changed since stays: the step's compare-and-set refuses to overwrite it.
    const auto step = [this, &s, id](const QString &name, const Core::Origin &o) {
        return Core::Admin(s, o).renameDepartment(current(id), name);
    };
    if (!apply(
            tr("Rename %1 to %2").arg(from, to),
            [step, to](const Core::Origin &o) { return step(to, o); },
            [step, from](const Core::Origin &o) { return step(from, o); }))
        reload(); // the refused name goes back to the stored one
}

void DepartmentsPage::remove()
{
    QTreeWidgetItem *item = m_list->currentItem();
    if (!item)
        return;
    const qint64 id = item->data(0, kIdRole).toLongLong();
    const QString name = item->text(0);
    if (item->data(0, kMembersRole).toInt() == 0) {
        removeTo(id, name, 0);
        return;
    }
    auto *dialog = new MoveToDialog(
        {QStringLiteral("departmentDeleteDialog"), QStringLiteral("departmentMoveTo"),
         QStringLiteral("departmentDeleteConfirm")},
        tr("Delete %1").arg(name),
        tr("%n user(s) of %1 move to:", nullptr, item->data(0, kMembersRole).toInt()).arg(name),
        tr("Department"), tr("Delete"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->addChoice(tr("No department"), 0);
    for (int i = 0; i < m_list->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *other = m_list->topLevelItem(i);
        if (other != item)
            dialog->addChoice(other->text(0), other->data(0, kIdRole).toLongLong());
    }
    connect(dialog, &QDialog::accepted, this,
            [this, id, name, dialog] { removeTo(id, name, dialog->chosen()); });
    dialog->open();
}

void DepartmentsPage::removeTo(qint64 id, const QString &name, qint64 moveTo)
{
    QList<qint64> members;
    for (const Core::UserInfo &u : m_session.users())
        if (u.departmentId == id)
            members << u.id;
    Core::Session &s = m_session;
    // A refusal shows on the page.
    (void)apply(
        tr("Delete department %1").arg(name),
        [this, &s, id, moveTo](const Core::Origin &o) {
            return Core::Admin(s, o).deleteDepartment(current(id), current(moveTo));
        },
        // The department comes back under a new id with the members that are still where
        // the deletion put them (the step is one transaction).
        [this, &s, id, name, members, moveTo](const Core::Origin &o) -> Core::Status {
            Core::Admin admin(s, o);
            Core::Result<qint64> made = admin.createDepartment(name);
            if (!made)
                return made.error();
            for (qint64 member : members)
                if (s.user(member).departmentId == current(moveTo))
                    if (Core::Status st = admin.setUserDepartment(member, *made); !st)
                        return st;
            replaced(current(id), *made);
            return Core::Ok{};
        });
}

} // namespace Voronka::Ui
