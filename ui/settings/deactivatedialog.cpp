// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "deactivatedialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

DeactivateDialog::DeactivateDialog(Core::Session &session, const Core::UserInfo &user,
                                   const Core::Admin::Handover &plan, QWidget *parent)
    : QDialog(parent)
    , m_to(new QComboBox(this))
{
    setObjectName(QStringLiteral("deactivateDialog"));
    setWindowTitle(tr("Deactivate %1").arg(user.name));

    auto *intro = new QLabel(tr("%1 will no longer be able to sign in. Their history stays; "
                                "you can reactivate them later.")
                                 .arg(user.name),
                             this);
    intro->setWordWrap(true);

    auto *counts = new QFormLayout;
    counts->setLabelAlignment(Qt::AlignLeft);
    counts->setHorizontalSpacing(24);
    counts->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    const auto count = [this, counts](const QString &label, qsizetype n, const char *name) {
        auto *value = new QLabel(QString::number(n), this);
        value->setObjectName(QLatin1String(name));
        QFont bold = value->font();
        bold.setBold(true);
        value->setFont(bold);
        counts->addRow(label, value);
    };
    count(tr("Open deals"), plan.deals.size(), "handoverDeals");
    count(tr("Contacts"), plan.contacts.size(), "handoverContacts");
    count(tr("Companies"), plan.companies.size(), "handoverCompanies");
    count(tr("Open tasks"), plan.tasks.size(), "handoverTasks");

    m_to->setObjectName(QStringLiteral("handoverTo"));
    const QList<Core::UserInfo> users = session.activeUsersByName();
    for (const Core::UserInfo &u : users)
        if (u.id != user.id)
            m_to->addItem(u.name, u.id);
    m_to->addItem(tr("Leave them with %1").arg(user.name), qint64(0));
    if (plan.total() == 0)
        m_to->setCurrentIndex(m_to->count() - 1);
    auto *to = new QFormLayout;
    to->setLabelAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    to->setHorizontalSpacing(24);
    to->addRow(tr("Hand over to"), m_to);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("deactivateConfirm"));
    ok->setText(tr("Deactivate"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("deactivateCancel"));

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addLayout(counts);
    layout->addLayout(to);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 DeactivateDialog::handoverTo() const
{
    return m_to->currentData().toLongLong();
}

} // namespace Voronka::Ui
