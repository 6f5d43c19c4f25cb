// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDialog>

class QComboBox;

namespace Voronka::Ui {

// "Where do its users (records, members) go?": the question a settings page asks before it
// removes something others depend on — a role, a tag merged into another, a department. A
// sentence, one choice and a confirm button named for the action.
class MoveToDialog final : public QDialog
{
    Q_OBJECT
public:
    struct Names
    {
        QString dialog;  // objectName of the dialog
        QString choice;  // of its combo box
        QString confirm; // of its OK button (empty: none)
    };
    MoveToDialog(const Names &names, const QString &title, const QString &text,
                 const QString &choiceLabel, const QString &confirmText, QWidget *parent);

    void addChoice(const QString &name, qint64 id);
    qint64 chosen() const;

private:
    QComboBox *m_choice;
};

} // namespace Voronka::Ui
