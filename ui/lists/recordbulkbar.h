// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "services/bulkedit.h"

#include <QFrame>

class QLabel;
class QMenu;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

// The bar that appears over a contacts or companies list while rows are selected: how many,
// and the bulk edits (set responsible, add or remove tags, set a field, move to the recycle
// bin). The same actions fill the rows' context menu. Every edit goes through core in one
// transaction; records core refuses are listed by name in a message box.
class RecordBulkBar final : public QFrame
{
    Q_OBJECT
public:
    RecordBulkBar(Core::Session &session, Core::EntityKind kind, QWidget *parent = nullptr);

    void setSelection(const QList<qint64> &ids);
    QList<qint64> selection() const { return m_ids; }
    // The context menu for the selection; "Open" opens `current`.
    QMenu *contextMenu(qint64 current, QWidget *parent);

    void setResponsible(qint64 userId);
    void addTags(const QStringList &tags);
    void removeTags(const QStringList &tags);
    void setField(const QString &key, const QVariant &value);
    void moveToRecycleBin();
    // The message of the last bulk edit: empty when every record was changed.
    QString lastReport() const { return m_lastReport; }

signals:
    void changed(); // records were written: the list reads them again
    void openRequested(qint64 id);
    void reported(const QString &message); // a one-line outcome for the list's notice

private:
    QMenu *responsibleMenu(QWidget *parent);
    void askTags(bool add);
    void askField();
    void report(const Core::Result<Core::BulkResult> &result);
    QString key() const;

    Core::Session &m_session;
    Core::EntityKind m_kind;
    QList<qint64> m_ids;
    QLabel *m_count;
    QString m_lastReport;
};

} // namespace Voronka::Ui
