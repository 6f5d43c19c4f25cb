// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlistview.h"
#include "ui/mainwindow/fileactions.h"
#include "ui/mainwindow/mainwindow.h"

#include "core/services/records.h"
#include "core/services/session.h"
#include "ui/duplicates/duplicatefinder.h"
#include "ui/duplicates/listexport.h"
#include "ui/duplicates/recyclebindialog.h"
#include "ui/lists/listdelegate.h"
#include "ui/lists/listheader.h"
#include "ui/lists/listtable.h"
#include "ui/lists/recordbulkbar.h"
#include "ui/lists/recordfilterbutton.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/widgets/columnfit.h"
#include "ui/widgets/flowlayout.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/undonotice.h"
#include "ui/widgets/undoscope.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <climits>

namespace Voronka::Ui {

namespace {
constexpr int kDebounceMs = 150;
constexpr int kMaxPagesToFind = 50;
constexpr int kWatchMs = 1500; // how often the file is checked for others' changes

// Names and emails take most of the spare width; a date never needs more than its floor.
ColumnFit fitOf(const QString &key)
{
    if (key == u"name")
        return {210, 3.0};
    if (key == u"email")
        return {190, 2.4};
    if (key == u"company" || key == u"website")
        return {160, 2.0};
    if (key == u"position")
        return {120, 1.4};
    if (key == u"phone")
        return {135, 0.8};
    if (key == u"responsible")
        return {130, 1.0};
    if (key == u"tags" || key.startsWith(u"cf."))
        return {120, 1.0};
    return {100, 0.1};
}
} // namespace

RecordListView::RecordListView(Core::Session &session, Core::EntityKind kind, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_kind(kind)
    , m_model(new RecordListModel(session, kind, this))
    , m_title(new QLabel(titleFor(kind), this))
    , m_count(new QLabel(this))
    , m_search(new QLineEdit(this))
    , m_table(new QTableView(this))
    , m_empty(new QWidget(m_table->viewport()))
    , m_emptyTitle(new QLabel(m_empty))
    , m_emptyText(new QLabel(m_empty))
    , m_notice(new QLabel(this))
    , m_export(new ListExport(session, kind, this))
    , m_filter(new RecordFilterButton(session, kind, this))
    , m_columnsButton(new QToolButton(this))
    , m_columnsMenu(new QMenu(m_columnsButton))
    , m_bar(new RecordBulkBar(session, kind, this))
    , m_undo(new QUndoStack(this))
{
    setObjectName(pluralKey(kind) + QStringLiteral("View"));
    // Bulk edits and restores are undone here while the focus is in the list.
    makeUndoScope(m_undo, this);
    new UndoNotice(m_undo, this); // "3 contacts: responsible set · Undo"
    m_bar->setUndoStack(m_undo);
    FlowLayout *header = buildHeader();
    ListHeader *listHeader = buildTable();
    buildEmptyState();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 20);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(listCard(m_table, this), 1);
    // Under the table, in room kept for it: the bar appearing with a double-click's first
    // click moves no row, so the second click opens the row the first one selected.
    layout->addWidget(m_bar);

    connectSearch();
    connectTable(listHeader);
    connectBulkBar();

    const QStringList saved = QSettings().value(columnsSettingsKey()).toStringList();
    if (!saved.isEmpty())
        m_model->setColumnKeys(saved);
    buildColumnsMenu();

    m_watch.setInterval(kWatchMs);
    connect(&m_watch, &QTimer::timeout, this, &RecordListView::refreshIfChanged);
    updateCount(0);
}

// Title and count, the notice, the tools and the search field; wraps when the list gets
// narrow (a card docked beside it) rather than scrolling sideways.
FlowLayout *RecordListView::buildHeader()
{
    const QString key = pluralKey(m_kind);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count->setObjectName(key + QStringLiteral("Count"));
    buildSearchField();
    auto *header = new FlowLayout(nullptr, 12, 8);
    header->addWidget(m_title);
    header->addWidget(m_count);
    header->addWidget(buildNewButton());
    header->addStretch();
    m_notice->setObjectName(key + QStringLiteral("Notice"));
    m_notice->setProperty("listNotice", true);
    header->addWidget(m_notice);
    m_columnsButton->setObjectName(key + QStringLiteral("Columns"));
    m_columnsButton->setText(tr("Columns") + QStringLiteral(" \u25BE"));
    m_columnsButton->setProperty("listTool", true);
    m_columnsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_columnsButton->setCursor(Qt::PointingHandCursor);
    m_columnsButton->setMenu(m_columnsMenu);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsMenu->setObjectName(key + QStringLiteral("ColumnsMenu"));
    header->addWidget(m_filter);
    header->addWidget(m_columnsButton);
    addTools(header);
    header->addWidget(m_search, 1);
    return header;
}

QPushButton *RecordListView::buildNewButton()
{
    const bool contacts = m_kind == Core::EntityKind::Contact;
    m_new = new QPushButton(contacts ? tr("New contact") : tr("New company"), this);
    m_new->setObjectName(pluralKey(m_kind) + QStringLiteral("New"));
    m_new->setProperty("sectionNew", true);
    m_new->setCursor(Qt::PointingHandCursor);
    const QString keys = QKeySequence(QKeySequence::New).toString(QKeySequence::NativeText);
    m_new->setToolTip(contacts ? tr("An empty card for a new contact (%1)").arg(keys)
                               : tr("An empty card for a new company (%1)").arg(keys));
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(newAction);
    connect(newAction, &QAction::triggered, this, &RecordListView::requestNew);
    connect(m_new, &QPushButton::clicked, this, &RecordListView::requestNew);
    // Core refuses too; the button says why before anyone clicks.
    if (Core::Permissions::scope(m_session.principal(),
                                 contacts ? Core::PermEntity::Contact : Core::PermEntity::Company,
                                 Core::PermAction::Create) == Core::Scope::None) {
        m_new->setEnabled(false);
        newAction->setEnabled(false);
        m_new->setToolTip(contacts ? tr("Your role does not let you create contacts.")
                                   : tr("Your role does not let you create companies."));
    }
    return m_new;
}

bool RecordListView::requestNew()
{
    if (!m_new->isEnabled())
        return false;
    emit newRequested();
    return true;
}

void RecordListView::buildSearchField()
{
    m_search->setObjectName(pluralKey(m_kind) + QStringLiteral("Search"));
    m_search->setPlaceholderText(m_kind == Core::EntityKind::Contact
                                     ? tr("Find contacts by name, phone or email")
                                     : tr("Find companies by name, phone or email"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search"), Theme::current().muted),
                        QLineEdit::LeadingPosition);
    // The header also holds the Filters and Columns buttons: on a narrow window the search
    // field gives up width first (down to a usable 220 px) rather than widening the window.
    m_search->setMinimumWidth(220);
    m_search->setMaximumWidth(340);
    m_search->installEventFilter(this);
}

// The duplicate finder, the recycle bin and the export.
void RecordListView::addTools(FlowLayout *header)
{
    const QString key = pluralKey(m_kind);
    QToolButton *duplicates =
        toolButton(key + QStringLiteral("FindDuplicates"), tr("Find duplicates"));
    QToolButton *bin = toolButton(key + QStringLiteral("RecycleBin"), tr("Recycle bin"));
    QToolButton *exporter = toolButton(key + QStringLiteral("Export"), tr("Export…"));
    if (m_kind == Core::EntityKind::Contact) {
        // Contacts export as a spreadsheet (CSV or Excel, picked in the save dialog) or as
        // address-book cards.
        auto *menu = new QMenu(exporter);
        menu->setObjectName(key + QStringLiteral("ExportMenu"));
        menu->addAction(tr("Spreadsheet (Excel or CSV)…"), this,
                        [this] { m_export->chooseAndExport(Core::ExportFormat::Csv); });
        menu->addAction(tr("vCard address book…"), this,
                        [this] { m_export->chooseAndExport(Core::ExportFormat::VCard); });
        exporter->setMenu(menu);
        exporter->setPopupMode(QToolButton::InstantPopup);
    } else {
        connect(exporter, &QToolButton::clicked, this,
                [this] { m_export->chooseAndExport(Core::ExportFormat::Csv); });
    }
    // Without the export right the action is not offered at all.
    exporter->setVisible(m_export->allowed());
    connect(duplicates, &QToolButton::clicked, this, &RecordListView::openDuplicateFinder);
    connect(bin, &QToolButton::clicked, this, &RecordListView::openRecycleBin);
    connect(m_export, &ListExport::finished, this,
            [this](const QString &message) { m_notice->setText(message); });
    // Import into this section: the wizard of the main window, preset to this kind. Without
    // the import right it is shown disabled with the reason (core refuses too).
    QToolButton *importer = toolButton(key + QStringLiteral("Import"), tr("Import…"));
    if (!m_session.principal().canImport) {
        importer->setEnabled(false);
        importer->setToolTip(FileActions::importRefusal());
    }
    connect(importer, &QToolButton::clicked, this, [this] {
        if (auto *w = qobject_cast<MainWindow *>(window()))
            w->openImportWizard(m_kind);
    });
    header->addWidget(duplicates);
    header->addWidget(bin);
    header->addWidget(importer);
    header->addWidget(exporter);
}

ListHeader *RecordListView::buildTable()
{
    const QString key = pluralKey(m_kind);
    m_table->setObjectName(key + QStringLiteral("Table"));
    auto *listHeader = new ListHeader(m_table);
    listHeader->setObjectName(key + QStringLiteral("Header"));
    m_table->setHorizontalHeader(listHeader);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ListDelegate(m_kind == Core::EntityKind::Company
                                                  ? ListDelegate::Avatars::Square
                                                  : ListDelegate::Avatars::Round,
                                              m_table));
    setUpListTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    listHeader->setStretchLastSection(true);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    m_table->setAccessibleName(titleFor(m_kind));
    m_table->setContextMenuPolicy(Qt::CustomContextMenu);
    return listHeader;
}

// What the table shows when nothing is listed: an icon, a title and why.
void RecordListView::buildEmptyState()
{
    m_empty->setObjectName(pluralKey(m_kind) + QStringLiteral("Empty"));
    auto *emptyIcon = new QLabel(m_empty);
    emptyIcon->setPixmap(
        Icons::pixmap(QStringLiteral("empty"), Theme::current().muted, 48, devicePixelRatioF()));
    emptyIcon->setAlignment(Qt::AlignCenter);
    m_emptyTitle->setObjectName(QStringLiteral("emptyTitle"));
    m_emptyTitle->setAlignment(Qt::AlignCenter);
    m_emptyText->setObjectName(QStringLiteral("emptyText"));
    m_emptyText->setAlignment(Qt::AlignCenter);
    m_emptyText->setWordWrap(true);
    auto *emptyLayout = new QVBoxLayout(m_empty);
    emptyLayout->addStretch(2);
    emptyLayout->addWidget(emptyIcon);
    emptyLayout->addSpacing(8);
    emptyLayout->addWidget(m_emptyTitle);
    emptyLayout->addWidget(m_emptyText);
    emptyLayout->addStretch(3);
    m_empty->hide();
}

void RecordListView::connectSearch()
{
    m_debounce.setObjectName(QStringLiteral("searchTimer"));
    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RecordListView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RecordListView::applyFilter);
    connect(m_filter, &RecordFilterButton::changed, this, [this] {
        Core::RecordFilter filter = m_filter->filter();
        filter.text = m_model->searchText(); // the search field's, kept
        m_model->setFilter(filter);
        m_export->setFilter(m_filter->filter());
    });
}

void RecordListView::connectTable(ListHeader *listHeader)
{
    connect(listHeader, &ListHeader::sortRequested, this, [this](int column, Qt::SortOrder order) {
        // A money field's order has no index: it reads every record, a second or two at a
        // million contacts.
        const QString key =
            m_model->headerData(column, Qt::Horizontal, RecordListModel::ColumnKeyRole).toString();
        const Core::FieldDef *def =
            key.startsWith(u"cf.") ? m_session.fieldDef(key.mid(3).toLongLong()) : nullptr;
        const bool slow = def && def->type == Core::FieldType::Money;
        if (slow)
            QApplication::setOverrideCursor(Qt::WaitCursor);
        m_model->sort(column, order);
        if (slow)
            QApplication::restoreOverrideCursor();
    });
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordListView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListView::updateEmptyState);
    connect(m_model, &RecordListModel::loadFailed, this, &RecordListView::updateEmptyState);
    connect(listHeader, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSizedColumns = true;
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RecordListView::updateSelection);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListView::updateSelection);
    connect(m_table, &QWidget::customContextMenuRequested, this, &RecordListView::showContextMenu);
}

void RecordListView::connectBulkBar()
{
    connect(m_bar, &RecordBulkBar::changed, this, [this] {
        refresh();
        if (m_bin)
            m_bin->reload();
    });
    connect(m_bar, &RecordBulkBar::reported, m_notice, &QLabel::setText);
    connect(m_bar, &RecordBulkBar::openRequested, this, &RecordListView::openRequested);
}

QString RecordListView::columnsSettingsKey() const
{
    return QStringLiteral("lists/%1/%2/columns")
        .arg(pluralKey(m_kind), listSettingsUser(m_session.actor()));
}

void RecordListView::buildColumnsMenu()
{
    m_columnsMenu->clear();
    fillColumnsMenu(m_columnsMenu, m_model->availableColumns(), m_model->columnKeys(),
                    pluralKey(m_kind) + QStringLiteral("Column_"),
                    [this](const QString &key, bool on) {
                        QStringList keys = m_model->columnKeys();
                        if (on && !keys.contains(key))
                            keys << key;
                        else if (!on)
                            keys.removeAll(key);
                        setColumnKeys(keys);
                    });
    m_columnsMenu->addSeparator();
    QAction *reset = m_columnsMenu->addAction(tr("Default columns"));
    reset->setObjectName(pluralKey(m_kind) + QStringLiteral("ColumnsReset"));
    connect(reset, &QAction::triggered, this, [this] {
        QStringList keys;
        for (const Core::ListColumn &c : Core::RecordList::columns(m_kind))
            keys << c.key;
        setColumnKeys(keys);
        QSettings().remove(columnsSettingsKey());
    });
}

void RecordListView::setColumnKeys(const QStringList &keys)
{
    m_model->setColumnKeys(keys);
    QSettings().setValue(columnsSettingsKey(), m_model->columnKeys());
    m_userSizedColumns = false;
    fitColumns();
    // The menu's checks follow (a key may have been dropped as unknown).
    const QStringList shown = m_model->columnKeys();
    for (QAction *a : m_columnsMenu->actions())
        if (a->isCheckable()) {
            const QSignalBlocker block(a);
            a->setChecked(shown.contains(a->objectName().section(u'_', 1)));
        }
}

QList<qint64> RecordListView::selectedIds() const
{
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    return ids;
}

void RecordListView::updateSelection()
{
    m_bar->setSelection(selectedIds());
}

void RecordListView::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_table->indexAt(pos);
    if (!index.isValid())
        return;
    // A right click outside the selection selects that row, as file managers do.
    if (!m_table->selectionModel()->isRowSelected(index.row(), {}))
        m_table->selectRow(index.row());
    QMenu *menu = m_bar->contextMenu(m_model->idAt(index.row()), this);
    menu->setAttribute(Qt::WA_DeleteOnClose);
    menu->popup(m_table->viewport()->mapToGlobal(pos));
}

void RecordListView::refresh()
{
    const QList<qint64> selected = selectedIds();
    const qint64 current = m_model->idAt(m_table->currentIndex().row());
    const int loaded = m_model->rowCount();
    const int scroll = m_table->verticalScrollBar()->value();
    m_dataVersion = m_session.db().dataVersion();
    m_model->reload();
    // A colleague's change must not throw the user back to the top: the pages read before
    // are read again (each a page of an index walk when the order has an index; an order
    // without one costs a full pass per page, so there only the first page is read).
    const QString sortKey = m_model->sortKey();
    if (sortKey == u"name" || sortKey == u"created")
        for (int pages = 0;
             m_model->rowCount() < loaded && m_model->canFetchMore({}) && pages < kMaxPagesToFind;
             ++pages)
            m_model->fetchMore({});
    m_table->verticalScrollBar()->setValue(scroll);
    // The selection survives for the records still in the pages read.
    for (qint64 id : selected) {
        const int row = m_model->rowOf(id);
        if (row >= 0)
            m_table->selectionModel()->select(
                m_model->index(row, 0), QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }
    if (const int row = m_model->rowOf(current); row >= 0)
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::NoUpdate);
}

void RecordListView::refreshIfChanged()
{
    if (!m_activated || !isVisible())
        return;
    const qint64 version = m_session.db().dataVersion();
    if (version == m_dataVersion)
        return;
    // Field definitions and users may have changed too (reloaded only if they did).
    m_session.refreshIfStale();
    refresh();
}

QString RecordListView::pluralKey(Core::EntityKind kind)
{
    return kind == Core::EntityKind::Contact   ? QStringLiteral("contacts")
           : kind == Core::EntityKind::Company ? QStringLiteral("companies")
                                               : QStringLiteral("deals");
}

QString RecordListView::titleFor(Core::EntityKind kind)
{
    return kind == Core::EntityKind::Contact ? tr("Contacts") : tr("Companies");
}

QToolButton *RecordListView::toolButton(const QString &name, const QString &text)
{
    auto *b = new QToolButton(this);
    b->setObjectName(name);
    b->setText(text);
    b->setProperty("listTool", true);
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}

DuplicateFinder *RecordListView::openDuplicateFinder()
{
    if (!m_finder) {
        m_finder = new DuplicateFinder(m_session, m_kind, this);
        m_finder->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_finder, &DuplicateFinder::recordsChanged, m_model, &RecordListModel::reload);
    }
    m_finder->show();
    m_finder->raise();
    m_finder->activateWindow();
    return m_finder;
}

RecycleBinDialog *RecordListView::openRecycleBin()
{
    if (!m_bin) {
        m_bin =
            new RecycleBinDialog(m_session, m_kind, this, m_undo,
                                 [bar = QPointer<RecordBulkBar>(m_bar)](
                                     const QList<Core::Records::Step> &, const QString &message) {
                                     if (bar)
                                         bar->undoDone(message);
                                 });
        m_bin->setAttribute(Qt::WA_DeleteOnClose);
        connect(m_bin, &RecycleBinDialog::recordsChanged, m_model, &RecordListModel::reload);
    } else {
        m_bin->reload();
    }
    m_bin->show();
    m_bin->raise();
    m_bin->activateWindow();
    return m_bin;
}

void RecordListView::deleteSelected()
{
    m_bar->setSelection(selectedIds());
    m_bar->moveToRecycleBin();
}

void RecordListView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_dataVersion = m_session.db().dataVersion();
    m_model->reload();
    m_watch.start();
}

bool RecordListView::isLoaded() const
{
    return m_model->isLoaded();
}

bool RecordListView::showRecord(qint64 id, const QString &title)
{
    m_activated = true;
    m_search->setText(title);
    applyFilter();
    int row = m_model->rowOf(id);
    for (int pages = 0; row < 0 && pages < kMaxPagesToFind && m_model->canFetchMore({}); ++pages) {
        m_model->fetchMore({});
        row = m_model->rowOf(id);
    }
    if (row < 0)
        return false;
    const QModelIndex index = m_model->index(row, 0);
    m_table->selectRow(row);
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index, QAbstractItemView::PositionAtCenter);
    m_table->setFocus();
    return true;
}

void RecordListView::applyFilter()
{
    m_debounce.stop();
    m_model->setSearchText(m_search->text());
}

QString RecordListView::countText(qint64 count) const
{
    const int n = int(qMin<qint64>(count, INT_MAX));
    return m_kind == Core::EntityKind::Contact ? tr("%Ln contact(s)", nullptr, n)
                                               : tr("%Ln company(s)", nullptr, n);
}

void RecordListView::updateCount(qint64 count)
{
    m_count->setText(m_model->isCounting() ? tr("Counting…") : countText(count));
}

void RecordListView::updateEmptyState()
{
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (!empty)
        return;
    const bool contacts = m_kind == Core::EntityKind::Contact;
    if (!m_model->lastError().isEmpty()) {
        m_emptyTitle->setText(tr("The list could not be loaded"));
        m_emptyText->setText(m_model->lastError());
    } else if (Core::Permissions::scope(m_session.principal(),
                                        contacts ? Core::PermEntity::Contact
                                                 : Core::PermEntity::Company,
                                        Core::PermAction::View) == Core::Scope::None) {
        m_emptyTitle->setText(contacts ? tr("No access to contacts")
                                       : tr("No access to companies"));
        m_emptyText->setText(tr("Your role does not allow viewing them. Ask an administrator "
                                "if you need access."));
    } else if (m_model->filter().hasConditions()) {
        m_emptyTitle->setText(contacts ? tr("No contacts match the filters")
                                       : tr("No companies match the filters"));
        m_emptyText->setText(tr("Change or reset the filters to see more."));
    } else if (!m_model->searchText().isEmpty()) {
        m_emptyTitle->setText(contacts ? tr("No contacts found") : tr("No companies found"));
        m_emptyText->setText(
            tr("Nothing matches “%1”. Check the spelling, or search by phone or email.")
                .arg(m_model->searchText()));
    } else {
        m_emptyTitle->setText(contacts ? tr("No contacts yet") : tr("No companies yet"));
        m_emptyText->setText(contacts ? tr("Contacts you add or import will appear here.")
                                      : tr("Companies you add or import will appear here."));
    }
    m_empty->setGeometry(m_table->viewport()->rect());
    m_empty->raise();
}

void RecordListView::fitColumns()
{
    if (m_userSizedColumns)
        return;
    m_fitting = true;
    Ui::fitColumns(m_table, RecordListModel::ColumnKeyRole, fitOf);
    m_fitting = false;
}

bool RecordListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect());
        fitColumns();
    } else if (watched == m_table && event->type() == QEvent::KeyPress &&
               static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        deleteSelected();
        return true;
    } else if (watched == m_search && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Down && m_model->rowCount() > 0) {
            applyFilter();
            m_table->setFocus();
            if (!m_table->currentIndex().isValid())
                m_table->selectRow(0);
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Voronka::Ui
