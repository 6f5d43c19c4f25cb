// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDate>
#include <QDialog>

class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Set a person's goal for a month: the sum and the number of deals to win. Offers the people
// whose goals the user may set; shows the goal already set for the chosen person and month.
class GoalDialog final : public QDialog
{
    Q_OBJECT
public:
    GoalDialog(Core::Session &session, const QString &currency, qint64 userId, QDate month,
               QWidget *parent = nullptr);

    qint64 userId() const;
    QString month() const; // "YYYY-MM"
    qint64 sum() const;    // minor units
    qint64 count() const;

private:
    void fillFromStored();
    void validate();

    Core::Session &m_session;
    QString m_currency;
    QComboBox *m_user;
    QDateEdit *m_month;
    QLineEdit *m_sum;
    QSpinBox *m_count;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
};

} // namespace Voronka::Ui
