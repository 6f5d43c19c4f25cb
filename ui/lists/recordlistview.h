// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/domain/types.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QMenu;
class QPushButton;
class QTableView;
class QToolButton;
class QUndoStack;

namespace Voronka::Core {
class Session;
}

namespace Voronka::Ui {

class DuplicateFinder;
class FlowLayout;
class ListExport;
class ListHeader;
class RecordBulkBar;
class RecordFilterButton;
class RecordListModel;
class RecycleBinDialog;

// The contacts or companies page: title and count, the search field, the Filters panel and
// the Columns menu (remembered per user), the table with a bulk-actions bar and context menu
// for a selection, and an empty state that says why nothing is shown. The list reads itself
// again when another connection commits (polled, as the board does).
class RecordListView final : public QWidget
{
    Q_OBJECT
public:
    RecordListView(Core::Session &session, Core::EntityKind kind, QWidget *parent = nullptr);

    static QString pluralKey(Core::EntityKind kind); // "contacts", "companies", "deals"
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
    QList<qint64> selectedIds() const;

    RecordFilterButton *filterButton() const { return m_filter; }
    QToolButton *columnsButton() const { return m_columnsButton; }
    QMenu *columnsMenu() const { return m_columnsMenu; }
    RecordBulkBar *bulkBar() const { return m_bar; }
    // The list's undo history: each bulk edit and each restore from the recycle bin is a step.
    QUndoStack *undoStack() const { return m_undo; }
    // Shows these columns (the name is always first) and remembers them for this user.
    void setColumnKeys(const QStringList &keys);
    // Reads the list again if another connection committed since the last look.
    void refreshIfChanged();
    // Reads the list again, keeping the selection where the records are still listed.
    void refresh();

    // "New contact" / "New company" (Ctrl+N): asks for an empty card; false when the role may
    // not create (the button says why).
    bool requestNew();

signals:
    void openRequested(qint64 id);
    void newRequested();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    FlowLayout *buildHeader();
    void buildSearchField();
    void addTools(FlowLayout *header);
    QPushButton *buildNewButton();
    ListHeader *buildTable();
    void buildEmptyState();
    void connectSearch();
    void connectTable(ListHeader *listHeader);
    void connectBulkBar();
    void applyFilter();
    void updateCount(qint64 count);
    void updateEmptyState();
    void fitColumns();
    QString countText(qint64 count) const;
    QToolButton *toolButton(const QString &name, const QString &text);
    void buildColumnsMenu();
    void updateSelection();
    void showContextMenu(const QPoint &pos);
    QString columnsSettingsKey() const;

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
    RecordFilterButton *m_filter;
    QToolButton *m_columnsButton;
    QPushButton *m_new = nullptr;
    QMenu *m_columnsMenu;
    RecordBulkBar *m_bar;
    QUndoStack *m_undo;
    QTimer m_debounce{this}; // a child, so tests find it by name and fire it
    QTimer m_watch;
    qint64 m_dataVersion = 0;
    bool m_activated = false;
    bool m_fitting = false;
    bool m_userSizedColumns = false;
};

} // namespace Voronka::Ui
