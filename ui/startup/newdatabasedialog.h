// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Voronka::Core {
class Clock;
}

namespace Voronka::Ui {

// Creates a new company database file with its first administrator, the company's name,
// language and currency (the General settings). The file exists and is initialized when the
// dialog is accepted. A language other than the one Voronka speaks now is switched to before
// the file is made, so its built-in pipeline and task types are named in it and the window
// that opens speaks it.
class NewDatabaseDialog final : public QDialog
{
    Q_OBJECT
public:
    explicit NewDatabaseDialog(const Core::Clock &clock, QWidget *parent = nullptr);

    QString path() const;
    QString email() const;
    QString password() const;
    QString language() const; // "ru" or "en"

    void accept() override;

protected:
    void showEvent(QShowEvent *event) override;

private:
    struct Problem
    {
        QWidget *field;
        QString text;
    };
    void browse();
    // What is wrong with what is typed, each problem beside its field; empty when Create may
    // go ahead.
    QList<Problem> validate() const;
    QList<Problem> showProblems();
    void fitHeight();
    // The file name the company's name suggests, until a path is typed or browsed.
    void followCompany();
    QString create();

    const Core::Clock &m_clock;
    QLineEdit *m_company;
    QLineEdit *m_name;
    QLineEdit *m_email;
    QLineEdit *m_password;
    QLineEdit *m_repeat;
    QComboBox *m_language;
    QComboBox *m_currency;
    QLineEdit *m_path;
    QLabel *m_error;
    QPushButton *m_create;
    QHash<QWidget *, QLabel *> m_fieldErrors;
    QList<std::pair<QLabel *, QWidget *>> m_captions;
    bool m_pathChosen = false;
    bool m_tried = false; // after the first Create the problems follow the typing
};

} // namespace Voronka::Ui
