// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QTimer>
#include <QWidget>

class QLineEdit;
class QListWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Search-as-you-type for a contact or company to link: the matches (RecordList's text
// search) list under the field, the last row offers to create a new record with the text.
class RecordPicker final : public QWidget
{
    Q_OBJECT
public:
    RecordPicker(Core::Session &session, Core::EntityKind kind, const QString &name,
                 QWidget *parent = nullptr);

    QLineEdit *field() const { return m_field; }
    QListWidget *results() const { return m_results; }
    void search(); // now, without waiting for the typing pause

signals:
    void picked(qint64 id, const QString &name);
    void createRequested(const QString &name);

private:
    void activate(int row);

    Core::Session &m_session;
    Core::EntityKind m_kind;
    QLineEdit *m_field;
    QListWidget *m_results;
    QTimer m_debounce;
};

} // namespace Voronka::Ui
