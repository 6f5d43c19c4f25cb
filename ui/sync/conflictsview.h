// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"
#include "core/sync/conflictlog.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTableWidget;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// Where concurrent edits lost and what the server refused: per field the record, the field,
// this user's value, the value that won (or the server's reason), who and when. "Keep mine"
// writes the value again as a new edit, which goes out with a later clock and wins; "Accept"
// leaves the winner and takes the entry off the list. A row opens its record.
class ConflictsView final : public QDialog
{
    Q_OBJECT
public:
    explicit ConflictsView(Core::Session &session, QWidget *parent = nullptr);

    void reload();
    int rowCount() const;
    // Selects the row of a conflict_log entry (tests).
    bool selectEntry(qint64 entryId);

    enum Column { RecordColumn, FieldColumn, MineColumn, WinningColumn, WhoColumn, WhenColumn };

signals:
    void openRecordRequested(Core::EntityKind kind, qint64 id, const QString &title);
    // An entry was resolved here: the counts in the status bar change.
    void resolved();

private:
    QList<Core::Sync::ConflictEntry> selected() const;
    void keepMine();
    void accept();
    void openRecord();
    void showSelection();

    Core::Session &m_session;
    QList<Core::Sync::ConflictEntry> m_entries;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_message;
    QPushButton *m_keep;
    QPushButton *m_accept;
    QPushButton *m_open;
};

} // namespace Voronka::Ui
