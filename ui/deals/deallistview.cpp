// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "deallistview.h"

#include "core/services/session.h"
#include "core/storage/database.h"
#include "ui/board/boardview.h"
#include "ui/deals/deallistdelegate.h"
#include "ui/duplicates/listexport.h"
#include "ui/duplicates/recyclebindialog.h"
#include "ui/lists/listtable.h"
#include "ui/lists/recordbulkbar.h"
#include "ui/lists/recordlistmodel.h"
#include "ui/widgets/backgroundjob.h"
#include "ui/widgets/columnfit.h"
#include "ui/widgets/lossreasondialog.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"
#include "ui/widgets/undonotice.h"
#include "ui/widgets/undoscope.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Voronka::Ui {

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
        "#dealsColumnsButton, #dealsExportButton, #dealsRecycleBin { color: @text;"
        "  background: @surface; border: 1px solid @border; border-radius: 7px; padding: 5px 12px; }"
        "#dealsColumnsButton:hover, #dealsExportButton:hover, #dealsRecycleBin:hover {"
        "  border: 1px solid @accent; }"
        "#dealsEmpty { color: @muted; font-size: 11pt; }"
        "QToolButton#dealsColumnsButton::menu-indicator { image: none; width: 0px; }"
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

} // namespace

DealListView::DealListView(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_model(new RecordListModel(session, Core::EntityKind::Deal, this))
    , m_header(new QHBoxLayout)
    , m_title(new QLabel(BoardView::tr("Deals"), this))
    , m_pipelines(new QComboBox(this))
    , m_count(new QLabel(this))
    , m_columnsButton(new QToolButton(this))
    , m_columnsMenu(new QMenu(this))
    , m_exportButton(new QToolButton(this))
    , m_binButton(new QToolButton(this))
    , m_stageButton(new QToolButton)
    , m_stageMenu(new QMenu(this))
    , m_bar(new RecordBulkBar(session, Core::EntityKind::Deal, this, {m_stageButton}))
    , m_table(new QTableView(this))
    , m_empty(new QLabel(m_table->viewport()))
    , m_selection(new QFrame(this))
    , m_selectionText(new QLabel(m_selection))
    , m_undo(new QUndoStack(this))
{
    setObjectName(QStringLiteral("dealsList"));
    // Bulk edits and edits in place are undone here while the focus is in the list.
    makeUndoScope(m_undo, this);
    new UndoNotice(m_undo, this); // "3 contacts: responsible set · Undo"
    m_bar->setUndoStack(m_undo);
    m_model->setUndoStack(m_undo);
    setStyleSheet(listStyleSheet(Theme::current()));
    buildHeader();
    buildBar();
    buildTable();
    buildSelectionBanner();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 20);
    layout->setSpacing(12);
    layout->addLayout(m_header);
    layout->addWidget(m_selection);
    layout->addWidget(listCard(m_table, this), 1);
    layout->addWidget(m_bar); // under the table, in room kept for it: no row moves

    const QStringList remembered =
        QSettings().value(settingsKey(QStringLiteral("columns"))).toStringList();
    if (!remembered.isEmpty())
        m_model->setColumnKeys(remembered);
    buildColumnMenu();
    buildStageMenu();
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
    m_exportButton->setText(tr("Export…"));
    m_exportButton->setToolTip(tr("Export the selected deals, or all deals of the list when "
                                  "none are selected"));
    // The right is the role's: without it the action is not offered at all.
    m_exportButton->setVisible(Core::RecordList(m_session, Core::EntityKind::Deal).mayExport());

    m_header->setSpacing(12);
    m_header->addWidget(m_title, 0, Qt::AlignVCenter);
    m_header->addWidget(m_pipelines, 0, Qt::AlignVCenter);
    m_header->addWidget(m_count, 0, Qt::AlignVCenter);
    m_header->addStretch();
    m_binButton->setObjectName(QStringLiteral("dealsRecycleBin"));
    m_binButton->setText(tr("Recycle bin"));
    m_binButton->setToolTip(tr("Deleted deals: restore them, with their tasks, notes and "
                               "history"));
    connect(m_binButton, &QToolButton::clicked, this, &DealListView::openRecycleBin);
    m_header->addWidget(m_columnsButton, 0, Qt::AlignVCenter);
    m_header->addWidget(m_binButton, 0, Qt::AlignVCenter);
    m_header->addWidget(m_exportButton, 0, Qt::AlignVCenter);
}

RecycleBinDialog *DealListView::openRecycleBin()
{
    if (!m_bin) {
        m_bin = new RecycleBinDialog(
            m_session, Core::EntityKind::Deal, this, m_undo,
            [bar = QPointer<RecordBulkBar>(m_bar)](const QList<Core::Records::Step> &,
                                                   const QString &message) {
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

// The record list's selection bar with the deals' own action first: the stage move (the
// stage's required fields and a loss reason apply as on the board). Deleting asks first.
void DealListView::buildBar()
{
    m_stageButton->setObjectName(QStringLiteral("dealsBulkStage"));
    m_stageButton->setText(tr("Stage") + kChevron);
    m_stageButton->setMenu(m_stageMenu);
    m_stageButton->setPopupMode(QToolButton::InstantPopup);
    m_stageMenu->setObjectName(QStringLiteral("dealsBulkStageMenu"));
    m_bar->setConfirmRecycle(true);
    connect(m_bar, &RecordBulkBar::changed, this, [this] {
        m_model->reload();
        if (m_bin)
            m_bin->reload(); // deals just moved there
    });
    connect(m_bar, &RecordBulkBar::edited, this,
            [this](const QString &message) { m_lastReport = message; });
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
        m_model->headerData(section, Qt::Horizontal, RecordListModel::ColumnKeyRole).toString();
    if (key == u"budget" || key == u"created" || key == u"updated")
        order = Qt::DescendingOrder;
    if (m_model->sortColumn() == section)
        order =
            m_model->sortOrder() == Qt::AscendingOrder ? Qt::DescendingOrder : Qt::AscendingOrder;
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
    connect(m_model, &RecordListModel::totalCountChanged, this, &DealListView::updateCount);
    connect(m_model, &RecordListModel::rowsInserted, this, &DealListView::updateCount);
    connect(m_model, &RecordListModel::loadFailed, this, &DealListView::updateCount);
    connect(m_model, &RecordListModel::undoDone, m_bar, &RecordBulkBar::undoDone);
    connect(m_model, &RecordListModel::editFailed, this, [this](const QString &message) {
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

void DealListView::setScope(qint64 pipelineId, const Core::RecordFilter &filter)
{
    m_selection->hide();
    m_model->setScope(pipelineId, filter);
    const int index = m_pipelines->findData(pipelineId);
    if (index >= 0)
        m_pipelines->setCurrentIndex(index); // activated() is for the user's choice only
    buildStageMenu();
}

void DealListView::buildSelectionBanner()
{
    m_selection->setObjectName(QStringLiteral("selectionBanner"));
    m_selectionText->setObjectName(QStringLiteral("selectionBannerText"));
    m_selectionText->setWordWrap(true);
    auto *clear = new QToolButton(m_selection);
    clear->setObjectName(QStringLiteral("selectionBannerClear"));
    clear->setText(tr("Show all deals"));
    clear->setCursor(Qt::PointingHandCursor);
    auto *row = new QHBoxLayout(m_selection);
    row->setContentsMargins(12, 6, 8, 6);
    row->addWidget(m_selectionText, 1);
    row->addWidget(clear);
    m_selection->hide();
    connect(clear, &QToolButton::clicked, this, [this] {
        m_selection->hide();
        emit selectionCleared();
    });
}

void DealListView::showSelection(const QList<qint64> &ids, const QString &title)
{
    m_selectionText->setText(tr("%1: %n deal(s)", nullptr, int(ids.size())).arg(title));
    m_selection->show();
    m_model->setOnlyIds(ids);
    const int all = m_pipelines->findData(qint64(0));
    if (all >= 0)
        m_pipelines->setCurrentIndex(all);
    buildStageMenu();
}

bool DealListView::showsSelection() const
{
    return m_model->showsOnlyIds();
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

void DealListView::buildStageMenu()
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
    const QList<qint64> ids = selectedIds();
    m_bar->setSelection(ids);
    m_exportButton->setText(!ids.isEmpty() ? tr("Export selection…") : tr("Export…"));
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
                             : (m_model->filter().isEmpty() ? tr("No deals here yet.")
                                                            : tr("No deals match the filter.")));
        m_empty->setGeometry(m_table->viewport()->rect());
    }
}

void DealListView::fitColumns()
{
    Ui::fitColumns(m_table, RecordListModel::ColumnKeyRole, fitOf);
}

bool DealListView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize) {
        m_empty->setGeometry(m_table->viewport()->rect());
        fitColumns();
    }
    return QWidget::eventFilter(watched, event);
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
            moveToStage(ids, stageId, extra);
        });
        dialog->open();
        return;
    }
    moveToStage(ids, stageId, {});
}

void DealListView::moveToStage(const QList<qint64> &ids, qint64 stageId, const Core::Patch &extra)
{
    const Core::StageInfo *stage = m_session.stage(stageId);
    const QString name = stage ? stageDisplayName(*stage) : QString();
    m_bar->run(
        ids, [name](int n) { return tr("Move %n deal(s) to «%1»", nullptr, n).arg(name); },
        [this, ids, stageId, extra] {
            return Core::RecordList(m_session, Core::EntityKind::Deal)
                .setStage(ids, stageId, extra);
        },
        tr("Some deals were not moved"));
}

void DealListView::bulkSetResponsible(qint64 userId)
{
    m_bar->setSelection(selectedIds());
    m_bar->setResponsible(userId);
}

void DealListView::bulkAddTag(const QString &tag)
{
    m_bar->setSelection(selectedIds());
    if (!tag.trimmed().isEmpty())
        m_bar->addTags({tag.trimmed()});
}

void DealListView::bulkRemoveTag(const QString &tag)
{
    m_bar->setSelection(selectedIds());
    if (!tag.trimmed().isEmpty())
        m_bar->removeTags({tag.trimmed()});
}

void DealListView::bulkSetField(const QString &key, const QVariant &value)
{
    m_bar->setSelection(selectedIds());
    m_bar->setField(key, value);
}

void DealListView::bulkDelete()
{
    m_bar->setSelection(selectedIds());
    m_bar->moveToRecycleBin();
}

void DealListView::chooseExportFile()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    QString chosen;
    QString path =
        QFileDialog::getSaveFileName(this, tr("Export deals"), dir + QStringLiteral("/deals.csv"),
                                     ListExport::spreadsheetFilters(), &chosen);
    if (path.isEmpty())
        return;
    const Core::ExportFormat format = ListExport::spreadsheetFormat(path, chosen);
    if (QFileInfo(path).suffix().isEmpty())
        path += format == Core::ExportFormat::Xlsx ? QStringLiteral(".xlsx")
                                                   : QStringLiteral(".csv");
    exportTo(path);
}

bool DealListView::exportTo(const QString &path)
{
    if (m_exportJob)
        return false;
    if (!Core::RecordList(m_session, Core::EntityKind::Deal).mayExport()) {
        showExportError(tr("Your role does not allow exporting deals. Ask an administrator for "
                           "the export right."));
        return false;
    }
    Core::ListQuery q = m_model->query();
    q.onlyIds = selectedIds();
    const QStringList keys = m_model->columnKeys();
    const bool xlsx = ListExport::spreadsheetFormat(path, {}) == Core::ExportFormat::Xlsx;
    // Its own connection (the job's): the UI keeps reading and writing through its own while
    // the file is written, a whole pipeline being 330k rows.
    m_exportJob = new BackgroundJob(
        m_session.db().path(), m_session.actor(),
        [q, keys, path, xlsx](Core::Session &session, const BackgroundJob::Report &report) {
            QSaveFile file(path);
            if (!file.open(QIODevice::WriteOnly))
                return DealListView::tr("%1 could not be written: %2")
                    .arg(path, file.errorString());
            bool cancelled = false;
            const auto progress = [&](qint64 done, qint64 total) {
                cancelled = !report(done, total);
                return !cancelled;
            };
            Core::RecordList list(session, Core::EntityKind::Deal);
            Core::Result<qint64> written = xlsx ? list.exportXlsx(q, keys, file, progress)
                                                : list.exportCsv(q, keys, file, progress);
            if (!written || cancelled) {
                file.cancelWriting();
                return written ? QString() : written.error().message;
            }
            if (!file.commit())
                return DealListView::tr("%1 could not be written: %2")
                    .arg(path, file.errorString());
            return QString();
        },
        this);
    m_exportJob->setClock(&m_session.clock());
    auto *progress = new QProgressDialog(tr("Exporting deals…"), tr("Cancel"), 0, 100, this);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setMinimumDuration(400);
    progress->setAutoReset(false);
    progress->setAutoClose(false);
    connect(progress, &QProgressDialog::canceled, m_exportJob, &BackgroundJob::cancel);
    connect(m_exportJob, &BackgroundJob::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? int(done * 100 / total) : 0);
    });
    connect(m_exportJob, &BackgroundJob::finished, this, [this, progress](const QString &error) {
        const bool cancelled = m_exportJob->isCancelled();
        progress->deleteLater();
        m_exportJob->deleteLater();
        m_exportJob = nullptr;
        m_lastReport = error;
        if (!error.isEmpty())
            showExportError(error);
        emit exportFinished(error.isEmpty() && !cancelled, error);
    });
    m_exportJob->start();
    return true;
}

bool DealListView::isExporting() const
{
    return m_exportJob != nullptr;
}

void DealListView::showExportError(const QString &message)
{
    m_lastReport = message;
    auto *box = new QMessageBox(QMessageBox::Warning, tr("The deals were not exported"), message,
                                QMessageBox::Ok, this);
    box->setObjectName(QStringLiteral("exportErrorBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

} // namespace Voronka::Ui
