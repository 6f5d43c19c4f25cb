// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "resetpassworddialog.h"

#include "ui/settings/passwordfield.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

ResetPasswordDialog::ResetPasswordDialog(const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_password(new PasswordField(QStringLiteral("resetPassword"), this))
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset the password of %1").arg(userName));
    auto *intro = new QLabel(tr("%1's old password stops working. Hand them the new one; they "
                                "can change it in My profile.")
                                 .arg(userName),
                             this);
    intro->setWordWrap(true);
    m_password->generate();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("resetSave"));
    ok->setText(tr("Set password"));
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(12);
    layout->addWidget(intro);
    layout->addWidget(m_password);
    layout->addWidget(buttons);
    setMinimumWidth(420);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (!password().isEmpty())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

QString ResetPasswordDialog::password() const
{
    return m_password->text();
}

} // namespace Voronka::Ui
