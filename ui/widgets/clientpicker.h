// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QWidget>

class QAction;
class QCompleter;
class QLineEdit;
class QStandardItemModel;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// One deal, contact or company, found as you type (the global search: permission filtered,
// from three characters) and picked from a popup; for the team grid's filter and the task
// dialog's "About". Editing the text drops the pick, so what is shown is what applies.
class ClientPicker final : public QWidget
{
    Q_OBJECT
public:
    // `name` is the line edit's objectName; the popup's hits are `name` + "Hits".
    ClientPicker(Core::Session &session, const QString &name, QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QStandardItemModel *hits() const { return m_hits; }
    QCompleter *completer() const { return m_completer; }
    void search(const QString &text); // fills hits() now
    void pick(int row);               // one of hits()
    void setClient(Core::EntityKind kind, qint64 id, const QString &name);
    void clear();

    Core::EntityKind kind() const { return m_kind; }
    qint64 id() const { return m_id; }
    QString name() const { return m_name; }

signals:
    void changed(); // a client was picked or the pick was dropped

private:
    void showKind();

    Core::Session &m_session;
    QLineEdit *m_field;
    QAction *m_kindIcon;
    QStandardItemModel *m_hits;
    QCompleter *m_completer;
    Core::EntityKind m_kind = Core::EntityKind::None;
    qint64 m_id = 0;
    QString m_name;
};

} // namespace Voronka::Ui
