// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "domain/types.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QTableView;
class QToolButton;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class DuplicateFinder;
class ListExport;
class RecordListModel;
class RecycleBinDialog;

// The contacts or companies page: title and count, a filter field, the table, and an empty
// state that says why nothing is shown.
class RecordListView final : public QWidget
{
    Q_OBJECT
public:
    RecordListView(Core::Session &session, Core::EntityKind kind, QWidget *parent = nullptr);

    static QString pluralKey(Core::EntityKind kind); // "contacts", "companies"
    static QString titleFor(Core::EntityKind kind);

    void activate();
    bool isLoaded() const;
    // Filters the list down to the record's name and selects the record.
    bool showRecord(qint64 id, const QString &title);

    RecordListModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QLineEdit *searchField() const { return m_search; }
    // The list's tools: the duplicate finder, the recycle bin and the export.
    DuplicateFinder *openDuplicateFinder();
    RecycleBinDialog *openRecycleBin();
    ListExport *listExport() const { return m_export; }
    // Moves the selected records to the recycle bin (the Delete key).
    void deleteSelected();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void applyFilter();
    void updateCount(qint64 count);
    void updateEmptyState();
    void fitColumns();
    QString countText(qint64 count) const;
    QToolButton *toolButton(const QString &name, const QString &text);

    Core::Session &m_session;
    Core::EntityKind m_kind;
    RecordListModel *m_model;
    QLabel *m_title;
    QLabel *m_count;
    QLineEdit *m_search;
    QTableView *m_table;
    QWidget *m_empty;
    QLabel *m_emptyTitle;
    QLabel *m_emptyText;
    QLabel *m_notice;
    ListExport *m_export;
    QPointer<DuplicateFinder> m_finder;
    QPointer<RecycleBinDialog> m_bin;
    QTimer m_debounce;
    bool m_activated = false;
    bool m_fitting = false;
    bool m_userSizedColumns = false;
};

} // namespace Voronka::Ui
