// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QFrame>
#include <QTimer>

class QCompleter;
class QLabel;
class QLineEdit;
class QStringListModel;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The small form at the top of a column: a deal's name, budget and contact, created in that
// stage with Enter, without opening a card. The contact is an existing one picked from the
// suggestions, or a new one with the typed name.
class QuickAdd final : public QFrame
{
    Q_OBJECT
public:
    QuickAdd(Core::Session &session, QWidget *parent = nullptr);

    void open(); // shows the form, empty, with the name focused
    void showError(const QString &message);

    struct Values
    {
        QString name;
        qint64 budget = 0; // minor units
        QString contactName;
        qint64 contactId = 0; // an existing contact the user picked; 0: create one
    };

signals:
    void submitted(const Values &values);
    void closed();

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    void submit();
    void suggestContacts();

    Core::Session &m_session;
    QLineEdit *m_name;
    QLineEdit *m_budget;
    QLineEdit *m_contact;
    QLabel *m_error;
    QStringListModel *m_suggestions;
    QCompleter *m_completer;
    QTimer m_debounce{this};            // a child, so tests find it by name and fire it
    QHash<QString, qint64> m_suggested; // name → id of the last suggestions
};

} // namespace Voronka::Ui
