// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "movetodialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

MoveToDialog::MoveToDialog(const Names &names, const QString &title, const QString &text,
                           const QString &choiceLabel, const QString &confirmText, QWidget *parent)
    : QDialog(parent)
    , m_choice(new QComboBox(this))
{
    setObjectName(names.dialog);
    setWindowTitle(title);
    setMinimumWidth(360);
    m_choice->setObjectName(names.choice);
    auto *sentence = new QLabel(text, this);
    sentence->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    QPushButton *ok = buttons->button(QDialogButtonBox::Ok);
    ok->setText(confirmText);
    if (!names.confirm.isEmpty())
        ok->setObjectName(names.confirm);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *form = new QFormLayout;
    form->addRow(choiceLabel, m_choice);
    auto *box = new QVBoxLayout(this);
    box->addWidget(sentence);
    box->addLayout(form);
    box->addWidget(buttons);
}

void MoveToDialog::addChoice(const QString &name, qint64 id)
{
    m_choice->addItem(name, id);
}

qint64 MoveToDialog::chosen() const
{
    return m_choice->currentData().toLongLong();
}

} // namespace Voronka::Ui
