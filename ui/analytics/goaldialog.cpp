// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "goaldialog.h"

#include "core/analytics/goals.h"
#include "core/services/session.h"
#include "ui/widgets/money.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace Voronka::Ui {

GoalDialog::GoalDialog(Core::Session &session, const QString &currency, qint64 userId, QDate month,
                       QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_currency(currency)
    , m_user(new QComboBox(this))
    , m_month(new QDateEdit(this))
    , m_sum(new QLineEdit(this))
    , m_count(new QSpinBox(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(tr("Set goal"));
    m_user->setObjectName(QStringLiteral("goalUser"));
    for (const Core::UserInfo &u : Core::Analytics::goalPeople(session))
        m_user->addItem(u.name, u.id);
    m_user->setCurrentIndex(std::max(0, m_user->findData(userId)));
    m_month->setObjectName(QStringLiteral("goalMonth"));
    m_month->setDisplayFormat(QStringLiteral("MMMM yyyy"));
    m_month->setCalendarPopup(true);
    m_month->setDate(month.isValid() ? QDate(month.year(), month.month(), 1)
                                     : QDate::currentDate());
    m_sum->setObjectName(QStringLiteral("goalSum"));
    m_sum->setPlaceholderText(Money::format(100000000, currency));
    m_count->setObjectName(QStringLiteral("goalCount"));
    m_count->setRange(0, 100000);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("goalOk"));
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Set goal"));

    auto *form = new QFormLayout;
    form->addRow(tr("Person"), m_user);
    form->addRow(tr("Month"), m_month);
    form->addRow(tr("Sum to win, %1").arg(Money::symbol(currency)), m_sum);
    form->addRow(tr("Deals to win"), m_count);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(20, 18, 20, 16);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    setMinimumWidth(380);

    fillFromStored();
    connect(m_user, &QComboBox::currentIndexChanged, this, &GoalDialog::fillFromStored);
    connect(m_month, &QDateEdit::dateChanged, this, &GoalDialog::fillFromStored);
    connect(m_sum, &QLineEdit::textChanged, this, &GoalDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

qint64 GoalDialog::userId() const
{
    return m_user->currentData().toLongLong();
}

QString GoalDialog::month() const
{
    return m_month->date().toString(QStringLiteral("yyyy-MM"));
}

qint64 GoalDialog::sum() const
{
    return Money::parse(m_sum->text()).value_or(0);
}

qint64 GoalDialog::count() const
{
    return m_count->value();
}

void GoalDialog::fillFromStored()
{
    Core::Result<std::optional<Core::Analytics::Goal>> stored =
        Core::Analytics::goal(m_session, userId(), month());
    const bool has = stored && stored->has_value();
    const qint64 minor = has ? (*stored)->sum : 0;
    m_sum->setText(has ? QLocale().toString(double(minor) / 100.0, 'f', minor % 100 ? 2 : 0)
                       : QString());
    m_count->setValue(has ? int((*stored)->count) : 0);
    validate();
}

void GoalDialog::validate()
{
    const QString typed = m_sum->text().trimmed();
    const bool number = typed.isEmpty() || Money::parse(typed).has_value();
    const bool person = userId() != 0;
    m_error->setText(!person   ? tr("There is nobody whose goal you may set.")
                     : !number ? tr("The sum “%1” is not an amount of money.").arg(typed)
                               : QString());
    m_error->setVisible(!m_error->text().isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(person && number);
}

} // namespace Voronka::Ui
