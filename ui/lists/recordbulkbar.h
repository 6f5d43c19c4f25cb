// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/bulkedit.h"

#include <QFrame>

#include <functional>

class QLabel;
class QMenu;
class QToolButton;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The bar that appears under a record list (contacts, companies, deals) while rows are
// selected, in room its list keeps for it so that no row moves under the pointer: how many, the kind's own actions (`leading`: the deals' stage move), and the bulk
// edits every kind has (set responsible, add or remove tags, set a field, move to the recycle
// bin); actions the role does not allow are not offered. The same actions fill the rows'
// context menu. Every edit goes through core in one transaction; records core refuses are
// listed by name in a message box. With an undo stack each edit is one undo step there (a
// RecordsCommand: undone and redone in one transaction each, whatever the number of records).
class RecordBulkBar final : public QFrame
{
    Q_OBJECT
public:
    RecordBulkBar(Core::Session &session, Core::EntityKind kind, QWidget *parent = nullptr,
                  const QList<QToolButton *> &leading = {});

    // Where each bulk edit pushes its undo step; none: edits are not undoable.
    void setUndoStack(QUndoStack *stack) { m_undo = stack; }
    QUndoStack *undoStack() const { return m_undo; }

    void setSelection(const QList<qint64> &ids);
    QList<qint64> selection() const { return m_ids; }
    // Of the selection, the records the user may edit and those they may move to the recycle
    // bin; actions none of the selection allows are not offered, and the bar says how many
    // records the others will skip and why before they run.
    QList<qint64> editable() const { return m_editable; }
    QList<qint64> deletable() const { return m_deletable; }
    QString skipNote() const;
    // The context menu for the selection; "Open" opens `current`.
    QMenu *contextMenu(qint64 current, QWidget *parent);

    void setResponsible(qint64 userId);
    void addTags(const QStringList &tags);
    void removeTags(const QStringList &tags);
    void setField(const QString &key, const QVariant &value);
    void moveToRecycleBin();
    // Asks first, when set (the deals list does), before moveToRecycleBin().
    void setConfirmRecycle(bool confirm) { m_confirmRecycle = confirm; }
    // Reports a bulk edit run elsewhere (a kind's own action) as the bar's own are reported;
    // `title`: the message box's, when some records were refused.
    void report(const Core::Result<Core::BulkResult> &result, const QString &title = {});
    // Runs a bulk edit of `ids` (a kind's own action too) as one undo step named
    // stepText(number of records changed), and reports it as report() does.
    void run(const QList<qint64> &ids, const std::function<QString(int)> &stepText,
             const std::function<Core::Result<Core::BulkResult>()> &edit,
             const QString &title = {});
    // After an undo or redo of the list's steps: the list reads again, and what the step
    // refused (records a colleague changed since, named) shows as a bulk edit's refusals do.
    void undoDone(const QString &message);
    // The message of the last bulk edit (or undo): empty when every record was changed.
    QString lastReport() const { return m_lastReport; }

signals:
    void changed();                      // records were written: the list reads them again
    void edited(const QString &message); // a bulk edit ended; lastReport()
    void openRequested(qint64 id);
    void reported(const QString &message); // a one-line outcome for the list's notice

private:
    QMenu *responsibleMenu(QWidget *parent);
    void askTags(bool add);
    void askField();
    void confirmRecycle();
    void showAllowed();
    QString limit(Core::PermAction action) const;
    QString key() const;
    // One of three texts by the kind: the contacts', the companies' or the deals'.
    QString byKind(const QString &contacts, const QString &companies, const QString &deals) const;

    Core::Session &m_session;
    Core::EntityKind m_kind;
    QList<qint64> m_ids;
    QList<qint64> m_editable;
    QList<qint64> m_deletable;
    QLabel *m_count;
    QLabel *m_skipped;
    QList<QToolButton *> m_editButtons;
    QToolButton *m_recycleButton = nullptr;
    QString m_lastReport;
    bool m_confirmRecycle = false;
    QUndoStack *m_undo = nullptr;
};

} // namespace Voronka::Ui
