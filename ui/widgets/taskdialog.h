// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QDateTime>
#include <QDialog>
#include <QTimeZone>

class QCheckBox;
class QStandardItemModel;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class ClientPicker;

// The small "new task" dialog of the calendar: text, type, responsible (the picked user by
// default), when, all day, duration. Saving goes through Records::create, so permissions,
// validation and history are core's; a refusal is shown in the dialog, which stays open.
class TaskDialog final : public QDialog
{
    Q_OBJECT
public:
    TaskDialog(Core::Session &session, QTimeZone zone, QDateTime start, bool allDay,
               qint64 responsibleId, QWidget *parent = nullptr);

    // Optional: the deal, contact or company the task is about (shown, and linked on save).
    void setLink(Core::EntityKind kind, qint64 id, const QString &name);
    qint64 createdId() const { return m_created; }
    // The deal, contact or company search behind the "About" field (global search, permission
    // filtered); pickLink() takes one of its rows.
    QStandardItemModel *linkHits() const;
    void pickLink(int row);
    // Creates the task; false (with the message shown) when core refuses.
    bool save();
    void accept() override;

private:
    Core::Session &m_session;
    QTimeZone m_zone;
    QLineEdit *m_text;
    QComboBox *m_type;
    QComboBox *m_responsible;
    QDateTimeEdit *m_when;
    QCheckBox *m_allDay;
    QSpinBox *m_duration;
    QLabel *m_link;
    ClientPicker *m_linkSearch;
    QLabel *m_error;
    qint64 m_created = 0;
};

} // namespace Voronka::Ui
