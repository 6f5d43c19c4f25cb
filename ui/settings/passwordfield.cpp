// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "passwordfield.h"

#include "core/services/admin.h"

#include <QApplication>
#include <QClipboard>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>

namespace Voronka::Ui {

PasswordField::PasswordField(const QString &name, QWidget *parent)
    : QWidget(parent)
    , m_edit(new QLineEdit(this))
    , m_generate(new QPushButton(tr("Generate"), this))
    , m_copy(new QPushButton(tr("Copy"), this))
{
    m_edit->setObjectName(name);
    m_edit->setEchoMode(QLineEdit::Password);
    m_edit->setAccessibleName(tr("Password"));
    m_generate->setObjectName(name + QStringLiteral("Generate"));
    m_generate->setToolTip(tr("Make a random password to hand to the colleague"));
    m_copy->setObjectName(name + QStringLiteral("Copy"));
    m_copy->setToolTip(tr("Copy the password to the clipboard"));
    m_copy->hide();
    for (QPushButton *b : {m_generate, m_copy})
        b->setAutoDefault(false);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(6);
    layout->addWidget(m_edit, 1);
    layout->addWidget(m_generate);
    layout->addWidget(m_copy);
    setFocusProxy(m_edit);

    connect(m_generate, &QPushButton::clicked, this, &PasswordField::generate);
    connect(m_copy, &QPushButton::clicked, this, [this] {
        QApplication::clipboard()->setText(m_edit->text());
        m_copy->setText(tr("Copied"));
    });
    // Typed by hand: hidden again, nothing to copy.
    connect(m_edit, &QLineEdit::textEdited, this, [this] {
        m_edit->setEchoMode(QLineEdit::Password);
        m_copy->hide();
    });
}

QString PasswordField::text() const
{
    return m_edit->text();
}

void PasswordField::generate()
{
    m_edit->setText(Core::Admin::generatePassword());
    m_edit->setEchoMode(QLineEdit::Normal);
    m_copy->setText(tr("Copy"));
    m_copy->show();
}

} // namespace Voronka::Ui
