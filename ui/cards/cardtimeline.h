// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QDate>
#include <QWidget>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QVBoxLayout;

namespace Voronka::Core {
class Session;
struct NoteInfo;
} // namespace Voronka::Core

namespace Voronka::Ui {

// The history of a card, newest first: pinned notes on top, then notes, tasks and system
// events in words. Reads a page of history at a time ("Show earlier" reads the next), so a
// record with years of history opens as fast as a new one. Notes are added, edited (one's
// own) and pinned here; tasks are added and completed with a result.
class CardTimeline final : public QWidget
{
    Q_OBJECT
public:
    enum class Filter { All, Notes, Tasks, Changes };

    CardTimeline(Core::Session &session, Core::EntityKind kind, qint64 id, QDate today,
                 QWidget *parent = nullptr);

    void reload();
    // A new record's card was saved: the timeline is the new record's from now on.
    void setRecordId(qint64 id)
    {
        m_id = id;
        reload();
    }
    void loadMore();
    void setFilter(Filter filter);
    int pageSize() const { return m_pageSize; }
    void setPageSize(int size) { m_pageSize = size; }
    // The entries shown, top to bottom: "note:<id>", "task:<id>", "event:<history id>".
    QStringList shownKeys() const;

signals:
    void changed(); // a note or task was written
    // The record itself changed here (a merge was undone): the card reads it again.
    void recordChanged();

private:
    QWidget *buildComposer();
    void addEntry(const Core::HistoryEntry &e);
    QWidget *noteWidget(const Core::NoteInfo &note, bool pinnedSection);
    QWidget *taskWidget(qint64 taskId, qint64 at);
    void addMergeUndo(QWidget *frame, const Core::HistoryEntry &e);
    QWidget *entryFrame(const QString &key, const QString &icon, const QString &meta,
                        const QString &body);
    QString describe(const Core::HistoryEntry &e);
    QString valueText(const QString &field, const QVariant &value);
    QString who(qint64 userId) const;
    QString when(qint64 ms) const;
    void addNote();
    void addTask();
    void applyFilter();
    void showMessage(const QString &text);

    Core::Session &m_session;
    Core::EntityKind m_kind;
    qint64 m_id;
    QDate m_today;
    int m_pageSize = 50;
    qint64 m_lastHistoryId = 0;
    Filter m_filter = Filter::All;
    QList<qint64> m_undoableMerges; // this record's merges not undone yet

    QComboBox *m_filterBox;
    QPlainTextEdit *m_noteInput = nullptr;
    QLineEdit *m_taskText = nullptr;
    QDateTimeEdit *m_taskDue = nullptr;
    QComboBox *m_taskType = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_list = nullptr;
    QVBoxLayout *m_listLayout = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_more = nullptr;
};

} // namespace Voronka::Ui
