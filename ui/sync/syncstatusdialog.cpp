// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "syncstatusdialog.h"

#include "ui/sync/synccontroller.h"
#include "ui/sync/syncstatusitem.h"
#include "ui/widgets/dates.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

SyncStatusDialog::SyncStatusDialog(SyncController &controller, QWidget *parent)
    : QDialog(parent)
    , m_controller(controller)
    , m_state(new QLabel(this))
    , m_server(new QLabel(this))
    , m_user(new QLabel(this))
    , m_last(new QLabel(this))
    , m_pending(new QLabel(this))
    , m_rejected(new QLabel(this))
    , m_conflicts(new QLabel(this))
    , m_error(new QLabel(this))
    , m_signIn(new QWidget(this))
    , m_password(new QLineEdit(this))
    , m_syncNow(new QPushButton(tr("Sync now"), this))
    , m_showConflicts(new QPushButton(tr("Show conflicts…"), this))
{
    setObjectName(QStringLiteral("syncStatusDialog"));
    setWindowTitle(tr("Team server"));
    setMinimumWidth(420);
    m_state->setObjectName(QStringLiteral("syncStatusState"));
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_server->setObjectName(QStringLiteral("syncStatusServer"));
    m_server->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_user->setObjectName(QStringLiteral("syncStatusUser"));
    m_last->setObjectName(QStringLiteral("syncStatusLast"));
    m_pending->setObjectName(QStringLiteral("syncStatusPending"));
    m_rejected->setObjectName(QStringLiteral("syncStatusRejected"));
    m_conflicts->setObjectName(QStringLiteral("syncStatusConflicts"));
    m_error->setObjectName(QStringLiteral("syncStatusError"));
    m_error->setWordWrap(true);
    m_password->setObjectName(QStringLiteral("syncStatusPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password on the team server"));
    m_syncNow->setObjectName(QStringLiteral("syncStatusSyncNow"));
    m_syncNow->setDefault(true);
    m_showConflicts->setObjectName(QStringLiteral("syncStatusShowConflicts"));

    auto *form = new QFormLayout;
    form->addRow(tr("Status:"), m_state);
    form->addRow(tr("Server:"), m_server);
    form->addRow(tr("Signed in as:"), m_user);
    form->addRow(tr("Last sync:"), m_last);
    form->addRow(tr("Waiting to be sent:"), m_pending);
    form->addRow(tr("Refused by the server:"), m_rejected);
    form->addRow(tr("Conflicts:"), m_conflicts);

    auto *signInLayout = new QHBoxLayout(m_signIn);
    signInLayout->setContentsMargins(0, 0, 0, 0);
    signInLayout->addWidget(m_password, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_showConflicts, QDialogButtonBox::ActionRole);
    buttons->addButton(m_syncNow, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_signIn);
    layout->addStretch(1);
    layout->addWidget(buttons);

    connect(m_syncNow, &QPushButton::clicked, this, [this] {
        if (m_controller.state() == SyncController::State::SignInNeeded)
            signIn();
        else
            m_controller.syncNow();
    });
    connect(m_password, &QLineEdit::returnPressed, this, &SyncStatusDialog::signIn);
    connect(m_showConflicts, &QPushButton::clicked, this, &SyncStatusDialog::conflictsRequested);
    connect(&m_controller, &SyncController::changed, this, &SyncStatusDialog::showState);
    showState();
}

void SyncStatusDialog::signIn()
{
    if (m_password->text().isEmpty())
        return;
    m_controller.setPassword(m_password->text());
    m_password->clear();
    m_controller.syncNow();
}

void SyncStatusDialog::showState()
{
    const Core::Sync::SyncStatus &n = m_controller.counts();
    m_state->setText(SyncStatusItem::stateText(m_controller));
    m_server->setText(m_controller.serverUrl());
    m_user->setText(m_controller.userEmail());
    m_last->setText(n.lastSyncAt > 0 ? Dates::dateTimeMs(n.lastSyncAt) : tr("Never"));
    m_pending->setText(tr("%n change(s)", nullptr, int(n.pending)));
    m_rejected->setText(tr("%n change(s)", nullptr, int(n.rejected)));
    m_conflicts->setText(tr("%n to look at", nullptr, int(n.conflicts)));
    m_showConflicts->setEnabled(n.conflicts > 0 || n.rejected > 0);

    const SyncController::State s = m_controller.state();
    QString why;
    if (s == SyncController::State::Offline)
        why = tr("The team server cannot be reached. You can keep working: your changes are "
                 "kept in this file and sent when the server answers again.");
    else if (s == SyncController::State::SignInNeeded)
        why = tr("Type your password on the team server to sync.");
    else if (s == SyncController::State::Failed)
        why = m_controller.lastError();
    m_error->setText(why);
    m_error->setVisible(!why.isEmpty());
    m_signIn->setVisible(s == SyncController::State::SignInNeeded);
    m_syncNow->setText(s == SyncController::State::SignInNeeded ? tr("Sign in and sync")
                                                                : tr("Sync now"));
    m_syncNow->setEnabled(s != SyncController::State::Syncing);
}

} // namespace Voronka::Ui
