// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "recordlistview.h"

#include "duplicates/duplicatefinder.h"
#include "duplicates/listexport.h"
#include "duplicates/recyclebindialog.h"
#include "lists/listdelegate.h"
#include "lists/listheader.h"
#include "lists/recordlistmodel.h"
#include "services/records.h"
#include "services/session.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

#include <climits>

namespace Voronka::Ui {

namespace {
constexpr int kDebounceMs = 150;
constexpr int kMaxPagesToFind = 50;

// Column widths: a floor that fits typical content, then a share of the spare width. Names
// and emails take most of it; a date never needs more than its floor.
struct ColumnFit
{
    int minimum;
    double weight;
};

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
{
    const QString key = pluralKey(kind);
    setObjectName(key + QStringLiteral("View"));
    const ThemeColors &c = Theme::current();

    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count->setObjectName(key + QStringLiteral("Count"));
    m_search->setObjectName(key + QStringLiteral("Search"));
    m_search->setPlaceholderText(kind == Core::EntityKind::Contact
                                     ? tr("Find contacts by name, phone or email")
                                     : tr("Find companies by name, phone or email"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search"), c.muted), QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(340);
    m_search->installEventFilter(this);

    auto *header = new QHBoxLayout;
    header->setSpacing(12);
    header->addWidget(m_title, 0, Qt::AlignBaseline);
    header->addWidget(m_count, 0, Qt::AlignBaseline);
    header->addStretch();
    m_notice->setObjectName(key + QStringLiteral("Notice"));
    m_notice->setProperty("listNotice", true);
    header->addWidget(m_notice, 0, Qt::AlignBaseline);
    const bool contacts = kind == Core::EntityKind::Contact;
    QToolButton *duplicates =
        toolButton(key + QStringLiteral("FindDuplicates"), tr("Find duplicates"));
    QToolButton *bin = toolButton(key + QStringLiteral("RecycleBin"), tr("Recycle bin"));
    QToolButton *exporter = toolButton(key + QStringLiteral("Export"), tr("Export…"));
    if (contacts) {
        // Contacts export as a spreadsheet or as address-book cards.
        auto *menu = new QMenu(exporter);
        menu->setObjectName(key + QStringLiteral("ExportMenu"));
        menu->addAction(tr("CSV spreadsheet…"), this,
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
    header->addWidget(duplicates);
    header->addWidget(bin);
    header->addWidget(exporter);
    header->addSpacing(6);
    header->addWidget(m_search);

    m_table->setObjectName(key + QStringLiteral("Table"));
    auto *listHeader = new ListHeader(m_table);
    listHeader->setObjectName(key + QStringLiteral("Header"));
    m_table->setHorizontalHeader(listHeader);
    m_table->setModel(m_model);
    m_table->setItemDelegate(new ListDelegate(kind == Core::EntityKind::Company, m_table));
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setShowGrid(false);
    m_table->setWordWrap(false);
    m_table->setCornerButtonEnabled(false);
    m_table->setFrameShape(QFrame::NoFrame);
    m_table->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_table->verticalHeader()->hide();
    // Fixed row heights let the view place a million rows without measuring any of them.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->verticalHeader()->setDefaultSectionSize(40);
    listHeader->setStretchLastSection(true);
    QPalette pal = m_table->palette();
    for (auto group : {QPalette::Active, QPalette::Inactive}) {
        pal.setColor(group, QPalette::Highlight, c.selection);
        pal.setColor(group, QPalette::HighlightedText, c.selectionText);
    }
    m_table->setPalette(pal);
    m_table->viewport()->installEventFilter(this);
    m_table->installEventFilter(this);
    m_table->setAccessibleName(titleFor(kind));

    auto *card = new QFrame(this);
    card->setObjectName(QStringLiteral("listCard"));
    auto *cardLayout = new QVBoxLayout(card);
    cardLayout->setContentsMargins(1, 1, 1, 1);
    cardLayout->addWidget(m_table);

    m_empty->setObjectName(key + QStringLiteral("Empty"));
    auto *emptyIcon = new QLabel(m_empty);
    emptyIcon->setPixmap(Icons::pixmap(QStringLiteral("empty"), c.muted, 48, devicePixelRatioF()));
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

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 20);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(card, 1);

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &RecordListView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &RecordListView::applyFilter);
    connect(listHeader, &ListHeader::sortRequested, m_model, &RecordListModel::sort);
    connect(m_model, &RecordListModel::totalCountChanged, this, &RecordListView::updateCount);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RecordListView::updateEmptyState);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RecordListView::updateEmptyState);
    connect(m_model, &RecordListModel::loadFailed, this, &RecordListView::updateEmptyState);
    connect(listHeader, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            m_userSizedColumns = true;
    });
    updateCount(0);
}

QString RecordListView::pluralKey(Core::EntityKind kind)
{
    return kind == Core::EntityKind::Contact ? QStringLiteral("contacts")
                                             : QStringLiteral("companies");
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
        m_bin = new RecycleBinDialog(m_session, m_kind, this);
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
    QList<qint64> ids;
    for (const QModelIndex &i : m_table->selectionModel()->selectedRows())
        ids << m_model->idAt(i.row());
    if (ids.isEmpty())
        return;
    Core::Records records(m_session);
    int moved = 0;
    QString error;
    for (qint64 id : std::as_const(ids)) {
        Core::Status st = records.remove(m_kind, id);
        if (!st) {
            error = st.error().message;
            break;
        }
        ++moved;
    }
    if (moved > 0) {
        m_model->reload();
        if (m_bin)
            m_bin->reload();
    }
    // Nothing is lost: the recycle bin restores, so no question is asked first.
    const QString done = m_kind == Core::EntityKind::Contact
                             ? tr("%Ln contact(s) moved to the recycle bin.", nullptr, moved)
                             : tr("%Ln company(s) moved to the recycle bin.", nullptr, moved);
    m_notice->setText(error.isEmpty() ? done : moved > 0 ? done + u' ' + error : error);
}

void RecordListView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    m_model->reload();
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
    m_count->setText(countText(count));
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
    const int columns = m_model->columnCount();
    const int width = m_table->viewport()->width();
    if (columns == 0 || width <= 0)
        return;
    // Every column gets at least its header's width (so no title is cut), then the rest of
    // the width is shared by weight.
    QList<int> widths(columns);
    QList<double> weights(columns);
    int fixed = 0;
    double total = 0;
    for (int i = 0; i < columns; ++i) {
        const ColumnFit fit = fitOf(
            m_model->headerData(i, Qt::Horizontal, RecordListModel::ColumnKeyRole).toString());
        widths[i] = qMax(fit.minimum, m_table->horizontalHeader()->sectionSizeHint(i));
        weights[i] = fit.weight;
        fixed += widths[i];
        total += weights[i];
    }
    // On a narrow window the text columns give up width first (they elide; a phone or a
    // date does not), down to 60% of their floor, before a horizontal scroll bar appears.
    if (fixed > width) {
        int shrinkable = 0;
        for (int i = 0; i < columns; ++i)
            if (weights[i] >= 1.0)
                shrinkable += widths[i];
        const double keep =
            shrinkable > 0 ? qMax(0.6, 1.0 - double(fixed - width) / shrinkable) : 1.0;
        fixed = 0;
        for (int i = 0; i < columns; ++i) {
            if (weights[i] >= 1.0)
                widths[i] = int(widths[i] * keep);
            fixed += widths[i];
        }
    }
    const int spare = qMax(0, width - fixed);
    m_fitting = true;
    int used = 0;
    for (int i = 0; i < columns; ++i) {
        const int w = i == columns - 1 ? qMax(widths[i], width - used)
                                       : widths[i] + int(spare * weights[i] / total);
        m_table->setColumnWidth(i, w);
        used += w;
    }
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
