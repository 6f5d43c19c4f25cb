// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "userspage.h"

#include "core/services/admin.h"
#include "ui/settings/deactivatedialog.h"
#include "ui/settings/resetpassworddialog.h"
#include "ui/settings/settingsdelegate.h"
#include "ui/settings/userdialog.h"
#include "ui/settings/usersmodel.h"
#include "ui/widgets/columnfit.h"
#include "ui/widgets/theme.h"

#include <QEvent>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

#include <memory>

namespace Voronka::Ui {

namespace {
QPushButton *button(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QLatin1String(name));
    b->setAutoDefault(false);
    return b;
}

Core::Admin::UserEdit editOf(const Core::UserInfo &u)
{
    return {u.email, u.name, u.roleId, u.departmentId};
}
} // namespace

UsersPage::UsersPage(Core::Session &session, QWidget *parent)
    : SettingsPage(session, QStringLiteral("users"), tr("Users"), parent)
    , m_strength(Core::Auth::strengthOfFile(session.db()))
    , m_model(new UsersModel(session, this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_edit(button(tr("Edit…"), "userEdit", this))
    , m_reset(button(tr("Reset password…"), "userResetPassword", this))
    , m_deactivate(button(tr("Deactivate…"), "userDeactivate", this))
    , m_reactivate(button(tr("Reactivate"), "userReactivate", this))
    , m_guard(new QLabel(this))
{
    auto *add = button(tr("Add user…"), "userAdd", this);
    add->setProperty("settingsPrimary", true);
    actions()->addWidget(add);

    m_search->setObjectName(QStringLiteral("userSearch"));
    m_search->setPlaceholderText(tr("Search by name or email"));
    m_search->setClearButtonEnabled(true);
    m_search->setFixedWidth(300);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(UsersModel::SearchRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setAccessibleName(tr("Users"));
    m_table->setModel(m_proxy);
    m_table->setItemDelegate(new SettingsDelegate(UsersModel::Name, m_table));
    styleTable(m_table);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->viewport()->installEventFilter(this);

    m_guard->setObjectName(QStringLiteral("userGuard"));
    m_guard->setProperty("settingsHint", true);
    m_guard->setWordWrap(true);

    auto *tools = new QHBoxLayout;
    tools->setSpacing(8);
    tools->addWidget(m_search);
    tools->addStretch();
    tools->addWidget(m_edit);
    tools->addWidget(m_reset);
    tools->addWidget(m_deactivate);
    tools->addWidget(m_reactivate);

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("listCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(m_table);

    body()->setSpacing(10);
    body()->addLayout(tools);
    body()->addWidget(card, 1);
    body()->addWidget(m_guard);

    connect(add, &QPushButton::clicked, this, &UsersPage::addUser);
    connect(m_edit, &QPushButton::clicked, this, &UsersPage::editUser);
    connect(m_reset, &QPushButton::clicked, this, &UsersPage::resetPassword);
    connect(m_deactivate, &QPushButton::clicked, this, &UsersPage::deactivateUser);
    connect(m_reactivate, &QPushButton::clicked, this, &UsersPage::reactivateUser);
    connect(m_table, &QTableView::doubleClicked, this, &UsersPage::editUser);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text.trimmed());
        updateActions();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &UsersPage::updateActions);
    reload();
}

bool UsersPage::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitColumns(m_table, m_table->horizontalHeader(), [](int column) -> ColumnFit {
            switch (column) {
            case UsersModel::Name:
                return {210, 2};
            case UsersModel::Email:
                return {190, 2};
            case UsersModel::Role:
                return {130, 1};
            case UsersModel::Department:
                return {170, 1.5};
            case UsersModel::Active:
                return {100, 0};
            default:
                return {130, 0};
            }
        });
    return SettingsPage::eventFilter(watched, event);
}

void UsersPage::reload()
{
    const qint64 keep = selectedId();
    m_model->reload();
    if (!keep || !selectUser(keep))
        m_table->clearSelection();
    updateActions();
}

bool UsersPage::selectUser(qint64 userId)
{
    const int row = m_model->rowOf(userId);
    if (row < 0)
        return false;
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (!index.isValid())
        return false;
    m_table->setCurrentIndex(index);
    m_table->selectRow(index.row());
    return true;
}

qint64 UsersPage::selectedId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(UsersModel::IdRole).toLongLong();
}

QString UsersPage::deactivationBlocker(const Core::UserInfo &user)
{
    if (user.admin) {
        int admins = 0;
        for (const Core::UserInfo &u : m_session.users())
            admins += u.active && u.admin;
        if (admins <= 1)
            return tr("%1 is the last active administrator: give another user an administrator "
                      "role first.")
                .arg(user.name);
    }
    if (user.id == m_session.actor().id)
        return tr("You cannot deactivate yourself: another administrator can.");
    return {};
}

void UsersPage::updateActions()
{
    const Core::UserInfo user = m_session.user(selectedId());
    const bool any = user.id != 0;
    m_edit->setEnabled(any);
    m_reset->setEnabled(any);
    m_reactivate->setVisible(any && !user.active);
    m_deactivate->setVisible(!any || user.active);
    const QString blocker = any && user.active ? deactivationBlocker(user) : QString();
    m_deactivate->setEnabled(any && user.active && blocker.isEmpty());
    m_deactivate->setToolTip(blocker.isEmpty()
                                 ? tr("The user can no longer sign in; their open records go "
                                      "to a colleague")
                                 : blocker);
    m_guard->setText(blocker);
    m_guard->setVisible(!blocker.isEmpty());
}

void UsersPage::addUser()
{
    const Core::Auth::Strength strength = m_strength;
    auto *dialog = new UserDialog(
        m_session, Core::UserInfo{},
        [this, strength](const UserDialog::Values &v) -> Core::Status {
            const QString hash = Core::Auth::hashPassword(v.password, strength);
            auto id = std::make_shared<qint64>(0);
            Core::Session &s = m_session;
            Core::Status st = apply(
                tr("Add user %1").arg(v.user.name.simplified()),
                [&s, v, hash, id](const Core::Origin &o) -> Core::Status {
                    if (*id) // redo after an undo: the same user comes back
                        return Core::Admin(s, o).reactivateUser(*id);
                    Core::Result<qint64> made =
                        Core::Admin(s, o).createUser(v.user.email, v.user.name.simplified(), hash,
                                                  v.user.roleId, v.user.departmentId);
                    if (!made)
                        return made.error();
                    *id = *made;
                    return Core::Ok{};
                },
                // Users are never deleted (their history is theirs): undo deactivates.
                [&s, id](const Core::Origin &o) -> Core::Status {
                    Core::Result<Core::Admin::Handover> h =
                        Core::Admin(s, o).deactivateUser(*id, 0);
                    if (!h)
                        return h.error();
                    return Core::Ok{};
                });
            if (st)
                selectUser(*id);
            return st;
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::editUser()
{
    const Core::UserInfo user = m_session.user(selectedId());
    if (!user.id)
        return;
    auto *dialog = new UserDialog(
        m_session, user,
        [this, user](const UserDialog::Values &v) -> Core::Status {
            // What someone else changed since is not overwritten: the step's compare-and-set
            // refuses, naming the user.
            Core::Session &s = m_session;
            const qint64 id = user.id;
            const auto step = [&s, id](const Core::Admin::UserEdit &to, const Core::Origin &o) {
                return Core::Admin(s, o).updateUser(id, to);
            };
            const Core::Admin::UserEdit before = editOf(user);
            return apply(
                tr("Edit %1").arg(user.name),
                [step, v](const Core::Origin &o) { return step(v.user, o); },
                [step, before](const Core::Origin &o) { return step(before, o); });
        },
        this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void UsersPage::resetPassword()
{
    const Core::UserInfo user = m_session.user(selectedId());
    if (!user.id)
        return;
    auto *dialog = new ResetPasswordDialog(user.name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        // Not an undo step: the old password is not known, only its hash.
        const Core::Status st = Core::Admin(m_session).setPassword(
            user.id, Core::Auth::hashPassword(dialog->password(), m_strength));
        if (st)
            showInfo(tr("%1's password has been reset.").arg(user.name));
        else
            showError(st.error());
    });
    dialog->open();
}

void UsersPage::deactivateUser()
{
    const Core::UserInfo user = m_session.user(selectedId());
    if (!user.id || !user.active)
        return;
    Core::Result<Core::Admin::Handover> plan = Core::Admin(m_session).handoverPlan(user.id);
    if (!plan) {
        showError(plan.error());
        return;
    }
    auto *dialog = new DeactivateDialog(m_session, user, *plan, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, user] {
        const qint64 to = dialog->handoverTo();
        auto moved = std::make_shared<Core::Admin::Handover>();
        Core::Session &s = m_session;
        const qint64 id = user.id;
        const Core::Status st = apply(
            tr("Deactivate %1").arg(user.name),
            [&s, moved, id, to](const Core::Origin &o) -> Core::Status {
                Core::Result<Core::Admin::Handover> h = Core::Admin(s, o).deactivateUser(id, to);
                if (!h)
                    return h.error();
                *moved = *h;
                return Core::Ok{};
            },
            [&s, moved, id](const Core::Origin &o) {
                return Core::Admin(s, o).reactivateUser(id, *moved);
            });
        if (st && moved->total() > 0)
            showInfo(tr("%1 is deactivated; %n open record(s) went to %2.", nullptr, moved->total())
                         .arg(user.name, s.user(to).name));
    });
    dialog->open();
}

void UsersPage::reactivateUser()
{
    const Core::UserInfo user = m_session.user(selectedId());
    if (!user.id || user.active)
        return;
    Core::Session &s = m_session;
    const qint64 id = user.id;
    // A refusal shows on the page.
    (void)apply(
        tr("Reactivate %1").arg(user.name),
        [&s, id](const Core::Origin &o) { return Core::Admin(s, o).reactivateUser(id); },
        [&s, id](const Core::Origin &o) -> Core::Status {
            Core::Result<Core::Admin::Handover> h = Core::Admin(s, o).deactivateUser(id, 0);
            if (!h)
                return h.error();
            return Core::Ok{};
        });
}

} // namespace Voronka::Ui
