// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Ui {

// Creates a new database file with its first administrator. The file exists and is
// initialized when the dialog is accepted.
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatabaseDialog(const Core::Clock &clock, QWidget *parent = nullptr);

    QString path() const;
    QString email() const;
    QString password() const;

    void accept() override;

private:
    void browse();
    QString validate() const;

    const Core::Clock &m_clock;
    QLineEdit *m_path;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QLabel *m_error;
    QPushButton *m_create;
};

} // namespace Voronka::Ui
