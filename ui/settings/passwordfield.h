// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QWidget>

class QLineEdit;
class QPushButton;

namespace Voronka::Ui {

// A password an administrator sets for someone: typed, or generated and then shown once in
// clear with a Copy button, to hand over to the colleague. Object names: `name`,
// `nameGenerate`, `nameCopy`.
class PasswordField final : public QWidget
{
    Q_OBJECT
public:
    PasswordField(const QString &name, QWidget *parent = nullptr);

    QString text() const;
    void generate();

private:
    QLineEdit *m_edit;
    QPushButton *m_generate;
    QPushButton *m_copy;
};

} // namespace Voronka::Ui
