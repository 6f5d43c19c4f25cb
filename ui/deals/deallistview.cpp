// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "deallistview.h"

#include "board/boardview.h"
#include "board/lossreasondialog.h"
#include "deals/dealbulkfielddialog.h"
#include "deals/deallistdelegate.h"
#include "deals/deallistmodel.h"
#include "services/session.h"
#include "storage/database.h"
#include "lists/listtable.h"
#include "widgets/columnfit.h"
#include "widgets/theme.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFile>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QThread>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <atomic>
#include <climits>

namespace Voronka::Ui {

// What the export thread reports to the UI thread; written there, read here.
struct ExportState
{
    std::atomic<qint64> done{0};
    std::atomic<qint64> total{0};
    std::atomic<bool> cancel{false};
    bool ok = false; // read after the thread finished
    QString error;
};

namespace {
// Column widths (see columnfit.h): names take most of the spare width, money little.
ColumnFit fitOf(const QString &key)
{
    if (key == u"name")
        return {220, 3.0};
    if (key == u"company" || key == u"contact")
        return {150, 1.8};
    if (key == u"stage")
        return {150, 1.4};
    if (key == u"responsible" || key == u"tags")
        return {130, 1.2};
    if (key == u"budget")
        return {110, 0.6};
    if (key.startsWith(u"cf."))
        return {120, 1.0};
    return {100, 0.2};
}

QString listStyleSheet(const ThemeColors &c)
{
    QString css = QStringLiteral(
        "#dealsCount { color: @muted; font-size: 10.5pt; }"
        "#dealsSelectionBar { background: @selection; border-radius: 8px; }"
        "#dealsSelectionCount { color: @selectionText; font-weight: 600; }"
        "#dealsSelectionBar QToolButton { color: @selectionText; background: transparent;"
        "  border: none; border-radius: 6px; padding: 4px 10px; }"
        "#dealsSelectionBar QToolButton:hover { background: @hover; }"
        "#dealsSelectionBar QToolButton#dealsBulkDelete { color: @danger; }"
        "#dealsColumnsButton, #dealsExportButton { color: @text; background: @surface;"
        "  border: 1px solid @border; border-radius: 7px; padding: 5px 12px; }"
        "#dealsColumnsButton:hover, #dealsExportButton:hover { border: 1px solid @accent; }"
        "#dealsEmpty { color: @muted; font-size: 11pt; }"
        "QToolButton#dealsColumnsButton::menu-indicator, #dealsSelectionBar "
        "QToolButton::menu-indicator"
        "  { image: none; width: 0px; }"
        "QHeaderView#dealsHeader::section { background: @header; color: @headerText;"
        "  border: none; border-bottom: 1px solid @border; padding: 9px 12px; font-weight: 600; }"
        "QHeaderView#dealsHeader::section:hover { color: @text; }");
    const std::pair<const char *, QColor> colors[] = {{"@selectionText", c.selectionText},
                                                      {"@selection", c.selection},
                                                      {"@muted", c.muted},
                                                      {"@headerText", c.headerText},
                                                      {"@header", c.header},
                                                      {"@hover", c.hover},
                                                      {"@danger", c.danger},
                                                      {"@text", c.text},
                                                      {"@surface", c.surface},
                                                      {"@border", c.border},
                                                      {"@accent", c.accent}};
    for (const auto &[name, color] : colors)
        css.replace(QLatin1String(name), color.name());
    return css;
}

const QString kChevron = QStringLiteral(" \u25BE");

QToolButton *barButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QToolButton(parent);
    b->setText(text);
    b->setObjectName(QLatin1String(name));
    b->setToolButtonStyle(Qt::ToolButtonTextOnly);
    b->setCursor(Qt::PointingHandCursor);
    return b;
}
} // namespace

DealListView::DealListView(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new DealListModel(session, this))
    , m_header(new QHBoxLayout)
    , m_title(new QLabel(BoardView::tr("Deals"), this))
    , m_pipelines(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_columnsButton(new QToolButton(this))
    , m_columnsMenu(new QMenu(this))
    , m_exportButton(new QToolButton(this))
    , m_bar(new QFrame(this))
    , m_selected(new QLabel(m_bar))
    , m_stageButton(barButton(tr("Stage"), "dealsBulkStage", m_bar))
    , m_stageMenu(new QMenu(this))
    , m_responsibleButton(barButton(tr("Responsible"), "dealsBulkResponsible", m_bar))
    , m_responsibleMenu(new QMenu(this))
    , m_tagButton(barButton(tr("Tags"), "dealsBulkTags", m_bar))
    , m_fieldButton(barButton(tr("Set field…"), "dealsBulkField", m_bar))
    , m_deleteButton(barButton(tr("Delete"), "dealsBulkDelete", m_bar))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
{
    setObjectName(QStringLiteral("dealsList"));
    setStyleSheet(listStyleSheet(Theme::current()));
    buildHeader();
    buildBar();
    buildTable();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 20);
    layout->setSpacing(12);
    layout->addLayout(m_header);
    layout->addWidget(m_bar);
    layout->addWidget(listCard(m_table, this), 1);

    const QStringList remembered =
        QSettings().value(settingsKey(QStringLiteral("columns"))).toStringList();
    if (!remembered.isEmpty())
        m_model->setColumnKeys(remembered);
    buildColumnMenu();
    buildBulkMenus();
    connectModel();
    connect(m_exportButton, &QToolButton::clicked, this, &DealListView::chooseExportFile);
    connect(m_pipelines, &QComboBox::activated, this,
            [this] { emit pipelineRequested(m_pipelines->currentData().toLongLong()); });
    updateCount();
}

// Title, pipeline and count; the Columns and Export buttons.
void DealListView::buildHeader()
{
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_count->setObjectName(QStringLiteral("dealsCount"));
    // The board's own selector's name and look: the two pages share one header style.
    m_pipelines->setObjectName(QStringLiteral("pipelineSelector"));
    m_pipelines->setAccessibleName(tr("Pipeline"));
    m_pipelines->setMinimumWidth(200);
    m_pipelines->addItem(tr("All pipelines"), qint64(0));
    for (const Core::PipelineInfo &p : m_session.visiblePipelines())
        m_pipelines->addItem(p.name, p.id);
    m_columnsButton->setObjectName(QStringLiteral("dealsColumnsButton"));
    // The menu buttons carry a chevron in their text: the style's own indicator is drawn
    // over the padding.
    m_columnsButton->setText(tr("Columns") + kChevron);
    m_columnsButton->setMenu(m_columnsMenu);
    m_columnsButton->setPopupMode(QToolButton::InstantPopup);
    m_columnsMenu->setObjectName(QStringLiteral("dealsColumnsMenu"));
    m_exportButton->setObjectName(QStringLiteral("dealsExportButton"));
    m_exportButton->setText(tr("Export to CSV…"));
    m_exportButton->setToolTip(tr("Export the selected deals, or all deals of the list when "
                                  "none are selected"));
    // The right is the role's: without it the action is not offered at all.
    m_exportButton->setVisible(Core::DealList(m_session).mayExport());

    m_header->setSpacing(12);
    m_header->addWidget(m_title, 0, Qt::AlignVCenter);
    m_header->addWidget(m_pipelines, 0, Qt::AlignVCenter);
    m_header->addWidget(m_count, 0, Qt::AlignVCenter);
    m_header->addStretch();
    m_header->addWidget(m_columnsButton, 0, Qt::AlignVCenter);
    m_header->addWidget(m_exportButton, 0, Qt::AlignVCenter);
}

// The selection bar: how many, and the bulk edits (stage, responsible, tags, a field,
// delete).
void DealListView::buildBar()
{
    m_bar->setObjectName(QStringLiteral("dealsSelectionBar"));
    m_selected->setObjectName(QStringLiteral("dealsSelectionCount"));
    for (QToolButton *b : {m_stageButton, m_responsibleButton, m_tagButton})
        b->setText(b->text() + kChevron);
    m_stageButton->setMenu(m_stageMenu);
    m_stageButton->setPopupMode(QToolButton::InstantPopup);
    m_stageMenu->setObjectName(QStringLiteral("dealsBulkStageMenu"));
    m_responsibleButton->setMenu(m_responsibleMenu);
    m_responsibleButton->setPopupMode(QToolButton::InstantPopup);
    m_responsibleMenu->setObjectName(QStringLiteral("dealsBulkResponsibleMenu"));
    auto *tagMenu = new QMenu(this);
    tagMenu->setObjectName(QStringLiteral("dealsBulkTagsMenu"));
    QAction *addTag = tagMenu->addAction(tr("Add a tag…"));
    addTag->setObjectName(QStringLiteral("dealsAddTag"));
    QAction *removeTag = tagMenu->addAction(tr("Remove a tag…"));
    removeTag->setObjectName(QStringLiteral("dealsRemoveTag"));
    m_tagButton->setMenu(tagMenu);
    m_tagButton->setPopupMode(QToolButton::InstantPopup);
    auto *barLayout = new QHBoxLayout(m_bar);
    barLayout->setContentsMargins(14, 6, 8, 6);
    barLayout->setSpacing(4);
    barLayout->addWidget(m_selected);
    barLayout->addSpacing(12);
    for (QToolButton *b :
         {m_stageButton, m_responsibleButton, m_tagButton, m_fieldButton, m_deleteButton})
        barLayout->addWidget(b);
    barLayout->addStretch();
    m_bar->hide();
    connect(addTag, &QAction::triggered, this, [this] { askTag(true); });
    connect(removeTag, &QAction::triggered, this, [this] { askTag(false); });
    connect(m_fieldButton, &QToolButton::clicked, this, &DealListView::askField);
    connect(m_deleteButton, &QToolButton::clicked, this, &DealListView::confirmDelete);
}

void DealListView::buildTable()
{
    m_table->setObjectName(QStringLiteral("dealsTable"));
    m_table->setModel(m_model);
    m_table->setItemDelegate(new DealListDelegate(m_session, m_table));
    setUpListTable(m_table);
    m_table->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    QHeaderView *header = m_table->horizontalHeader();
    header->setObjectName(QStringLiteral("dealsHeader"));
    header->setSectionsClickable(true);
    header->setSortIndicatorShown(true);
    header->setHighlightSections(false);
    header->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    header->setMinimumSectionSize(60);
    header->setStretchLastSection(true);
    header->setSectionsMovable(false);
    m_table->setAccessibleName(tr("Deals"));
    m_table->viewport()->installEventFilter(this);

    m_empty->setObjectName(QStringLiteral("dealsEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();
    connect(header, &QHeaderView::sectionClicked, this, &DealListView::sortBy);
}

void DealListView::sortBy(int section)
{
    if (!m_model->isSortable(section)) {
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        return;
    }
    Qt::SortOrder order = Qt::AscendingOrder;
    // Money and dates are read biggest and newest first.
    const QString key =
        m_model->headerData(section, Qt::Horizontal, DealListModel::ColumnKeyRole).toString();
    if (key == u"budget" || key == u"created" || key == u"updated")
        order = Qt::DescendingOrder;
    if (m_model->sortColumn() == section)
        order = m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder
                                                           : Qt::AscendingOrder;
    // Orders without an index read the whole pipeline (seconds at 330k deals).
    QApplication::setOverrideCursor(Qt::WaitCursor);
    m_model->sort(section, order);
    QApplication::restoreOverrideCursor();
    m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
}

void DealListView::connectModel()
{
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        m_table->horizontalHeader()->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        updateCount();
        fitColumns();
    });
    connect(m_model, &DealListModel::totalCountChanged, this, &DealListView::updateCount);
    connect(m_model, &DealListModel::rowsInserted, this, &DealListView::updateCount);
    connect(m_model, &DealListModel::loadFailed, this, &DealListView::updateCount);
    connect(m_model, &DealListModel::editFailed, this, [this](const QString &message) {
        m_lastReport = message;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The deal was not changed"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("dealEditErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
    });
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DealListView::updateSelectionBar);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DealListView::updateSelectionBar);
}

QString DealListView::settingsKey(const QString &what) const
{
    return QStringLiteral("deals/list/%1/%2").arg(listSettingsUser(m_session.actor()), what);
}

void DealListView::activate()
{
    // Each time the list comes into view it reads again: deals may have moved on the board,
    // in a card or in another program since.
    m_activated = true;
    m_model->reload();
}

bool DealListView::isLoaded() const
{
    return m_model->isLoaded();
}

void DealListView::setScope(qint64 pipelineId, const Core::DealFilter &filter)
{
    m_model->setScope(pipelineId, filter);
    const int index = m_pipelines->findData(pipelineId);
    if (index >= 0)
        m_pipelines->setCurrentIndex(index); // activated() is for the user's choice only
    buildBulkMenus();
}

void DealListView::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget, 0, Qt::AlignVCenter);
}

void DealListView::setColumnKeys(const QStringList &keys)
{
    m_model->setColumnKeys(keys);
    QSettings().setValue(settingsKey(QStringLiteral("columns")), m_model->columnKeys());
    buildColumnMenu();
}

void DealListView::buildColumnMenu()
{
    m_columnsMenu->clear();
    fillColumnsMenu(m_columnsMenu, m_model->availableColumns(), m_model->columnKeys(),
                    QStringLiteral("dealsColumn_"), [this](const QString &key, bool on) {
                        // Keep the order of the available columns, whatever order they were
                        // ticked in.
                        QStringList keys;
                        const QStringList now = m_model->columnKeys();
                        for (const Core::ListColumn &c : m_model->availableColumns())
                            if (c.key == key ? on : now.contains(c.key))
                                keys << c.key;
                        setColumnKeys(keys);
                    });
}

void DealListView::buildBulkMenus()
{
    m_stageMenu->clear();
    const qint64 pipeline = m_model->pipelineId();
    const QList<Core::PipelineInfo> pipelines = m_session.visiblePipelines();
    for (const Core::PipelineInfo &p : pipelines) {
        if (pipeline && p.id != pipeline)
            continue;
        QMenu *menu = m_stageMenu;
        if (!pipeline && pipelines.size() > 1)
            menu = m_stageMenu->addMenu(p.name);
        for (const Core::StageInfo &st : p.stages) {
            QAction *a = menu->addAction(DealListDelegate::stageIcon(st.color), st.name);
            a->setObjectName(QStringLiteral("dealsBulkStage_%1").arg(st.id));
            connect(a, &QAction::triggered, this, [this, id = st.id] { bulkSetStage(id); });
        }
    }
    m_responsibleMenu->clear();
    for (const Core::UserInfo &u : m_session.activeUsersByName()) {
        QAction *a = m_responsibleMenu->addAction(u.name);
        a->setObjectName(QStringLiteral("dealsBulkResponsible_%1").arg(u.id));
        connect(a, &QAction::triggered, this, [this, id = u.id] { bulkSetResponsible(id); });
    }
}

QList<qint64> DealListView::selectedIds() const
{
    QList<qint64> out;
    QModelIndexList rows = m_table->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    for (const QModelIndex &i : rows)
        out << m_model->idAt(i.row());
    return out;
}

void DealListView::updateSelectionBar()
{
    const int n = int(m_table->selectionModel()->selectedRows().size());
    m_bar->setVisible(n > 0);
    m_selected->setText(tr("%n selected", nullptr, n));
    m_exportButton->setText(n > 0 ? tr("Export selection to CSV…") : tr("Export to CSV…"));
    const Core::Principal &p = m_session.principal();
    using Core::PermAction;
    using Core::PermEntity;
    using Core::Scope;
    const bool mayEdit =
        Core::Permissions::scope(p, PermEntity::Deal, PermAction::Edit) != Scope::None;
    for (QToolButton *b : {m_stageButton, m_responsibleButton, m_tagButton, m_fieldButton})
        b->setVisible(mayEdit);
    m_deleteButton->setVisible(Core::Permissions::scope(p, PermEntity::Deal, PermAction::Delete) !=
                               Scope::None);
}

void DealListView::updateCount()
{
    const qint64 total = m_model->totalCount();
    m_count->setText(tr("%Ln deal(s)", nullptr, int(qMin<qint64>(total, INT_MAX))));
    const bool empty = m_model->isLoaded() && m_model->rowCount() == 0;
    m_empty->setVisible(empty);
    if (empty) {
        m_empty->setText(!m_model->lastError().isEmpty()
                             ? m_model->lastError()
                             : (m_model->query().filter.isEmpty()
                                    ? tr("No deals here yet.")
                                    : tr("No deals match the filter.")));
        m_empty->setGeometry(m_table->viewport()->rect());
    }
}

void DealListView::fitColumns()
{
    Ui::fitColumns(m_table, DealListModel::ColumnKeyRole, fitOf);
}

bool DealListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect());
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
}

void DealListView::report(const Core::Result<Core::BulkResult> &result, const QString &title)
{
    QString message;
    if (!result)
        message = result.error().message;
    else if (!result->complete())
        message = result->summary();
    m_lastReport = message;
    // What was applied shows in the rows; the deals core refused are listed by name.
    m_model->reload();
    if (message.isEmpty())
        return;
    auto *box = new QMessageBox(QMessageBox::Warning, title, message, QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("bulkResultBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void DealListView::bulkSetStage(qint64 stageId)
{
    const QList<qint64> ids = selectedIds();
    const Core::StageInfo *stage = m_session.stage(stageId);
    if (ids.isEmpty() || !stage)
        return;
    if (stage->kind == Core::StageKind::Lost && !m_session.lossReasons().isEmpty()) {
        // One reason for the whole selection, asked once, as the board asks for one deal.
        auto *dialog = new LossReasonDialog(m_session.lossReasons(),
                                            tr("%n deal(s)", nullptr, int(ids.size())), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &QDialog::accepted, this, [this, dialog, ids, stageId] {
            Core::Patch extra{{QStringLiteral("loss_reason_id"), dialog->reasonId()}};
            if (!dialog->detail().isEmpty())
                extra.insert(QStringLiteral("loss_detail"), dialog->detail());
            report(Core::DealList(m_session).setStage(ids, stageId, extra),
                   tr("Some deals were not moved"));
        });
        dialog->open();
        return;
    }
    report(Core::DealList(m_session).setStage(ids, stageId), tr("Some deals were not moved"));
}

void DealListView::bulkSetResponsible(qint64 userId)
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        report(Core::DealList(m_session).setResponsible(ids, userId),
               tr("Some deals were not changed"));
}

void DealListView::bulkAddTag(const QString &tag)
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && !tag.trimmed().isEmpty())
        report(Core::DealList(m_session).addTags(ids, {tag.trimmed()}),
               tr("Some deals were not changed"));
}

void DealListView::bulkRemoveTag(const QString &tag)
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty() && !tag.trimmed().isEmpty())
        report(Core::DealList(m_session).removeTags(ids, {tag.trimmed()}),
               tr("Some deals were not changed"));
}

void DealListView::bulkSetField(const QString &key, const QVariant &value)
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        report(Core::DealList(m_session).setField(ids, key, value),
               tr("Some deals were not changed"));
}

void DealListView::bulkDelete()
{
    const QList<qint64> ids = selectedIds();
    if (!ids.isEmpty())
        report(Core::DealList(m_session).remove(ids), tr("Some deals were not deleted"));
}

void DealListView::askTag(bool add)
{
    auto *dialog = new QInputDialog(this);
    dialog->setObjectName(QStringLiteral("dealsTagDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(add ? tr("Add a tag") : tr("Remove a tag"));
    dialog->setLabelText(add ? tr("Tag to add to the selected deals:")
                             : tr("Tag to remove from the selected deals:"));
    dialog->setComboBoxEditable(true);
    dialog->setComboBoxItems(Core::dealTags(m_session));
    dialog->setTextValue(QString());
    connect(dialog, &QInputDialog::textValueSelected, this, [this, add](const QString &tag) {
        if (add)
            bulkAddTag(tag);
        else
            bulkRemoveTag(tag);
    });
    dialog->open();
}

void DealListView::askField()
{
    auto *dialog = new DealBulkFieldDialog(m_session, int(selectedIds().size()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this,
            [this, dialog] { bulkSetField(dialog->fieldKey(), dialog->value()); });
    dialog->open();
}

void DealListView::confirmDelete()
{
    const int n = int(selectedIds().size());
    if (n == 0)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, tr("Delete deals"),
                                tr("Move %n deal(s) to the recycle bin?", nullptr, n),
                                QMessageBox::Cancel, this);
    QAbstractButton *yes = box->addButton(tr("Delete"), QMessageBox::DestructiveRole);
    yes->setObjectName(QStringLiteral("confirmDelete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setObjectName(QStringLiteral("dealsDeleteConfirm"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::buttonClicked, this, [this, yes](QAbstractButton *clicked) {
        if (clicked == yes)
            bulkDelete();
    });
    box->open();
}

void DealListView::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export deals to CSV"),
                                     dir + QStringLiteral("/deals.csv"), tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

bool DealListView::exportTo(const QString &path)
{
    auto fail = [&](const QString &message) {
        m_lastReport = message;
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The deals were not exported"),
                                    message, QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("exportErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        return false;
    };
    if (m_exporting)
        return false;
    Core::DealList list(m_session);
    if (!list.mayExport())
        return fail(tr("Your role does not allow exporting deals. Ask an administrator for the "
                       "export right."));

    auto state = std::make_shared<ExportState>();
    m_exportState = state;
    m_exporting = true;
    Core::DealListQuery q = m_model->query();
    q.onlyIds = selectedIds();
    const QStringList keys = m_model->columnKeys();
    const QString dbPath = m_session.db().path();
    const Core::UserInfo actor = m_session.actor();
    const Core::Clock &clock = m_session.clock();
    // Its own connection: SQLite connections are not shared between threads, and the UI
    // keeps reading and writing through its own while the file is written.
    m_exportThread = QThread::create([state, q, keys, dbPath, actor, &clock, path] {
        Core::Result<std::unique_ptr<Core::Database>> db =
            Core::Database::open(dbPath, {true, 5000});
        if (!db) {
            state->error = db.error().message;
            return;
        }
        Core::Session session(**db, clock, actor);
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly)) {
            state->error =
                DealListView::tr("%1 could not be written: %2").arg(path, file.errorString());
            return;
        }
        Core::Result<qint64> written =
            Core::DealList(session).exportCsv(q, keys, file, [&](qint64 done, qint64 total) {
                state->done = done;
                state->total = total;
                return !state->cancel;
            });
        if (!written) {
            file.cancelWriting();
            state->error = written.error().message;
        } else if (state->cancel) {
            file.cancelWriting();
        } else if (!file.commit()) {
            state->error =
                DealListView::tr("%1 could not be written: %2").arg(path, file.errorString());
        } else {
            state->ok = true;
        }
    });
    auto *progress = new QProgressDialog(tr("Exporting deals…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    auto *poll = new QTimer(progress);
    poll->setInterval(100);
    connect(poll, &QTimer::timeout, progress, [state, progress] {
        const qint64 total = state->total;
        progress->setValue(total > 0 ? int(state->done * 100 / total) : 0);
    });
    connect(progress, &QProgressDialog::canceled, this, [state] { state->cancel = true; });
    poll->start();
    connect(m_exportThread, &QThread::finished, this, [this, state, progress] {
        progress->deleteLater();
        m_exportThread->deleteLater();
        m_exportThread = nullptr;
        m_exporting = false;
        m_lastReport = state->error;
        if (!state->error.isEmpty()) {
            auto *box = new QMessageBox(QMessageBox::Warning, tr("The deals were not exported"),
                                        state->error, QMessageBox::Ok, this);
            box->setObjectName(QStringLiteral("exportErrorBox"));
            box->setAttribute(Qt::WA_DeleteOnClose);
            box->open();
        }
        emit exportFinished(state->ok, state->error);
    });
    m_exportThread->start();
    return true;
}

DealListView::~DealListView()
{
    if (m_exportThread) {
        m_exportState->cancel = true;
        m_exportThread->wait();
        delete m_exportThread;
    }
}

} // namespace Voronka::Ui
