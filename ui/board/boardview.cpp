// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardview.h"

#include "board/boardcolumnmodel.h"
#include "board/boardcolumnwidget.h"
#include "board/cardlist.h"
#include "board/dropzonebar.h"
#include "board/lossreasondialog.h"
#include "board/money.h"
#include "board/requiredfieldsdialog.h"
#include "services/records.h"
#include "services/session.h"
#include "settings/pipelinesetupdialog.h"
#include "util/clock.h"
#include "widgets/icons.h"
#include "widgets/theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QSignalBlocker>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <climits>

namespace Voronka::Ui {

namespace {
const QString kPipelineSetting = QStringLiteral("board/pipeline");
const QString kShowClosedSetting = QStringLiteral("board/showClosed");
constexpr int kDebounceMs = 200;
// The responsible filter's entries other than a user's id.
constexpr qint64 kAllDeals = 0;
constexpr qint64 kMyDeals = -1;

// Per user: several people may sign in on one computer, each with their own habit.
QString responsibleSetting(const Core::UserInfo &actor)
{
    const QString who =
        actor.uid.isEmpty() ? QString::number(actor.id) : QString::fromLatin1(actor.uid.toHex());
    return QStringLiteral("board/responsible/") + who;
}
} // namespace

BoardView::BoardView(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Deals"), this))
    , m_pipelines(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_responsible(new QComboBox(this))
    , m_search(new QLineEdit(this))
    , m_showClosed(new QCheckBox(tr("Show won and lost"), this))
    , m_setup(new QToolButton(this))
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget)
    , m_stripLayout(new QHBoxLayout(m_strip))
    , m_error(new QLabel(this))
    , m_dropZones(new DropZoneBar(this))
{
    setObjectName(QStringLiteral("dealsBoard"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_pipelines->setObjectName(QStringLiteral("pipelineSelector"));
    m_pipelines->setAccessibleName(tr("Pipeline"));
    m_pipelines->setMinimumWidth(200);
    m_totals->setObjectName(QStringLiteral("boardTotals"));
    m_responsible->setObjectName(QStringLiteral("boardResponsibleFilter"));
    m_responsible->setAccessibleName(tr("Responsible"));
    // A long user name must not push the header wider than the window.
    m_responsible->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_responsible->setMinimumContentsLength(12);
    m_search->setObjectName(QStringLiteral("boardSearch"));
    m_search->setAccessibleName(tr("Filter deals"));
    m_search->setPlaceholderText(tr("Filter deals…"));
    m_search->setClearButtonEnabled(true);
    m_search->addAction(Icons::icon(QStringLiteral("search"), Theme::current().muted),
                        QLineEdit::LeadingPosition);
    m_search->setMinimumWidth(150);
    m_search->setMaximumWidth(320);
    m_showClosed->setObjectName(QStringLiteral("showClosedToggle"));
    m_showClosed->setChecked(QSettings().value(kShowClosedSetting, false).toBool());
    m_setup->setObjectName(QStringLiteral("boardSetupButton"));
    m_setup->setIcon(Icons::icon(QStringLiteral("settings"), Theme::current().text));
    m_setup->setToolTip(tr("Set up pipelines and stages"));
    m_setup->setAccessibleName(m_setup->toolTip());
    m_setup->setVisible(m_session.principal().admin);
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();
    // Floats over the bottom of the columns (see resizeEvent): showing it mid-drag must not
    // shift the cards under the pointer.
    m_dropZones->hide();

    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(m_title, 0, Qt::AlignVCenter);
    header->addWidget(m_pipelines, 0, Qt::AlignVCenter);
    header->addWidget(m_totals, 0, Qt::AlignVCenter);
    header->addStretch();
    header->addWidget(m_responsible, 0, Qt::AlignVCenter);
    header->addWidget(m_search, 1, Qt::AlignVCenter);
    header->addWidget(m_showClosed, 0, Qt::AlignVCenter);
    header->addWidget(m_setup, 0, Qt::AlignVCenter);
    m_header = header;

    m_strip->setObjectName(QStringLiteral("boardStrip"));
    m_stripLayout->setContentsMargins(0, 0, 0, 8);
    m_stripLayout->setSpacing(12);
    m_stripLayout->addStretch();
    m_scroll->setObjectName(QStringLiteral("boardScroll"));
    m_scroll->setWidget(m_strip);
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    m_scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_scroll->viewport()->setAutoFillBackground(false);
    m_strip->setAutoFillBackground(false);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(28, 22, 28, 12);
    layout->setSpacing(16);
    layout->addLayout(header);
    layout->addWidget(m_error);
    layout->addWidget(m_scroll, 1);

    const QList<Core::PipelineInfo> pipelines = m_session.pipelines();
    for (const Core::PipelineInfo &p : pipelines)
        m_pipelines->addItem(p.name, p.id);
    const qint64 remembered = QSettings().value(kPipelineSetting, 0).toLongLong();
    const int index = m_pipelines->findData(remembered);
    m_pipelines->setCurrentIndex(index >= 0 ? index : 0);
    m_pipelineId = m_pipelines->currentData().toLongLong();
    fillResponsibleFilter();

    m_debounce.setSingleShot(true);
    m_debounce.setInterval(kDebounceMs);
    connect(&m_debounce, &QTimer::timeout, this, &BoardView::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] { m_debounce.start(); });
    connect(m_search, &QLineEdit::returnPressed, this, &BoardView::applyFilter);
    connect(m_responsible, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(responsibleSetting(m_session.actor()), m_responsible->currentData());
        applyFilter();
    });
    connect(m_pipelines, &QComboBox::currentIndexChanged, this,
            [this] { setPipeline(m_pipelines->currentData().toLongLong()); });
    connect(m_dropZones, &DropZoneBar::cardDropped, this,
            [this](qint64 deal, qint64 from, qint64 to) { moveCard(deal, from, to, 0); });
    connect(m_showClosed, &QCheckBox::toggled, this, &BoardView::setShowClosed);
    connect(m_setup, &QToolButton::clicked, this, &BoardView::openSetup);
    connect(this, &BoardView::moveFailed, this, [this](const QString &message) {
        auto *box = new QMessageBox(QMessageBox::Warning, tr("The deal was not moved"), message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("moveErrorBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open(); // not exec(): a drop must return to the event loop at once
    });
}

void BoardView::activate()
{
    if (m_activated)
        return;
    m_activated = true;
    reload();
}

void BoardView::refresh()
{
    if (m_activated)
        reload();
}

void BoardView::setPipeline(qint64 pipelineId)
{
    if (pipelineId == m_pipelineId && !m_columns.isEmpty())
        return;
    m_pipelineId = pipelineId;
    QSettings().setValue(kPipelineSetting, pipelineId);
    emit pipelineChanged(pipelineId);
    const int index = m_pipelines->findData(pipelineId);
    if (index >= 0 && index != m_pipelines->currentIndex())
        m_pipelines->setCurrentIndex(index);
    qDeleteAll(m_columns);
    m_columns.clear();
    if (m_activated)
        reload();
}

void BoardView::openSetup()
{
    auto *dialog = new PipelineSetupDialog(m_session, m_pipelineId, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::finished, this, [this, dialog] {
        if (!dialog->changed())
            return;
        const qint64 shown = dialog->pipelineId();
        {
            const QSignalBlocker block(m_pipelines);
            m_pipelines->clear();
            for (const Core::PipelineInfo &p : m_session.pipelines())
                m_pipelines->addItem(p.name, p.id);
        }
        const int index = m_pipelines->findData(shown);
        m_pipelines->setCurrentIndex(index >= 0 ? index : 0);
        qDeleteAll(m_columns); // stages may have come, gone or moved: build the columns anew
        m_columns.clear();
        setPipeline(m_pipelines->currentData().toLongLong());
    });
    dialog->open();
}

void BoardView::setShowClosed(bool show)
{
    QSettings().setValue(kShowClosedSetting, show);
    if (m_showClosed->isChecked() != show)
        m_showClosed->setChecked(show);
    updateClosedVisibility();
    updateTotals();
}

void BoardView::fillResponsibleFilter()
{
    m_responsible->addItem(tr("All deals"), kAllDeals);
    m_responsible->addItem(tr("My deals"), kMyDeals);
    // Every active user: whose deals the viewer may see is the core's business, and a name
    // with no visible deals just shows empty columns.
    QList<Core::UserInfo> users;
    for (const Core::UserInfo &u : m_session.users())
        if (u.active && u.id != m_session.actor().id)
            users << u;
    std::sort(users.begin(), users.end(), [](const Core::UserInfo &a, const Core::UserInfo &b) {
        return QString::localeAwareCompare(a.name, b.name) < 0;
    });
    for (const Core::UserInfo &u : users)
        m_responsible->addItem(u.name.isEmpty() ? u.email : u.name, u.id);
    const QVariant remembered = QSettings().value(responsibleSetting(m_session.actor()));
    const int index = remembered.isValid() ? m_responsible->findData(remembered.toLongLong()) : -1;
    m_responsible->setCurrentIndex(index >= 0 ? index : 0);
}

Core::BoardFilter BoardView::filter() const
{
    Core::BoardFilter f;
    const qint64 responsible = m_responsible->currentData().toLongLong();
    f.responsibleId = responsible == kMyDeals ? m_session.actor().id : responsible;
    f.text = m_search->text().trimmed();
    return f;
}

void BoardView::applyFilter()
{
    m_debounce.stop();
    if (m_activated)
        reload();
    emit filterChanged();
}

void BoardView::addHeaderWidget(QWidget *widget)
{
    m_header->addWidget(widget, 0, Qt::AlignVCenter);
}

BoardColumnWidget *BoardView::column(qint64 stageId) const
{
    for (BoardColumnWidget *c : m_columns)
        if (c->stage().id == stageId)
            return c;
    return nullptr;
}

void BoardView::reload(const QList<qint64> &stageIds)
{
    const Core::BoardFilter current = filter();
    Core::Result<QList<Core::BoardColumn>> loaded =
        Core::Board(m_session, m_pipelineId).load(current);
    m_loaded = true;
    if (!loaded) {
        m_error->setText(loaded.error().message);
        m_error->show();
        return;
    }
    m_error->hide();
    bool sameStages = loaded->size() == m_columns.size();
    for (int i = 0; sameStages && i < loaded->size(); ++i)
        sameStages = loaded->at(i).stage.id == m_columns.at(i)->stage().id;
    if (!sameStages) {
        rebuildColumns(*loaded, current);
    } else {
        // Only the columns a move touched: the others keep their scroll and loaded pages.
        for (int i = 0; i < loaded->size(); ++i)
            if (stageIds.isEmpty() || stageIds.contains(loaded->at(i).stage.id))
                m_columns.at(i)->setColumn(loaded->at(i), current);
    }
    updateTotals();
}

void BoardView::rebuildColumns(const QList<Core::BoardColumn> &columns,
                               const Core::BoardFilter &filter)
{
    qDeleteAll(m_columns);
    m_columns.clear();
    Core::StageInfo won, lost;
    for (const Core::BoardColumn &col : columns) {
        if (col.stage.kind == Core::StageKind::Won)
            won = col.stage;
        else if (col.stage.kind == Core::StageKind::Lost)
            lost = col.stage;
        auto *w = new BoardColumnWidget(m_session, m_pipelineId, col.stage, m_strip);
        w->setColumn(col, filter);
        connect(w, &BoardColumnWidget::cardDropped, this, &BoardView::moveCard);
        connect(w->list(), &CardList::dragHovered, this, &BoardView::scrollNearEdge);
        connect(w->list(), &CardList::dragStarted, this, [this] { showDropZones(true); });
        connect(w->list(), &CardList::dragFinished, this, [this] { showDropZones(false); });
        connect(w->list(), &CardList::openRequested, this, &BoardView::openDealRequested);
        m_stripLayout->insertWidget(m_stripLayout->count() - 1, w);
        m_columns << w;
    }
    m_dropZones->setStages(won, lost);
    updateClosedVisibility();
}

void BoardView::scrollNearEdge(const QPoint &globalPos)
{
    // A card dragged towards a column out of view scrolls the board along.
    constexpr int kEdge = 60, kStep = 24;
    const int x = m_scroll->viewport()->mapFromGlobal(globalPos).x();
    QScrollBar *bar = m_scroll->horizontalScrollBar();
    if (x > m_scroll->viewport()->width() - kEdge)
        bar->setValue(bar->value() + kStep);
    else if (x < kEdge)
        bar->setValue(bar->value() - kStep);
}

void BoardView::updateClosedVisibility()
{
    for (BoardColumnWidget *c : m_columns)
        c->setVisible(c->stage().kind == Core::StageKind::Open || m_showClosed->isChecked());
}

QString BoardView::totalsText() const
{
    qint64 count = 0, sum = 0;
    QString currency = QStringLiteral("RUB");
    for (const BoardColumnWidget *c : m_columns) {
        if (c->stage().kind != Core::StageKind::Open && !m_showClosed->isChecked())
            continue;
        count += c->model()->count();
        sum += c->model()->budgetSum();
        if (c->model()->rowCount() > 0)
            currency = c->model()->cardAt(0).currency;
    }
    return tr("%Ln deal(s)", nullptr, int(qMin<qint64>(count, INT_MAX))) + QStringLiteral("  ·  ") +
           Money::format(sum, currency);
}

void BoardView::updateTotals()
{
    m_totals->setText(totalsText());
}

void BoardView::showDropZones(bool show)
{
    if (show) {
        placeDropZones();
        m_dropZones->raise();
        m_dropZones->show();
    } else {
        m_dropZones->hide();
    }
}

void BoardView::placeDropZones()
{
    constexpr int kHeight = 80, kMargin = 16, kMaxWidth = 720;
    const QRect area = m_scroll->geometry();
    const int width = qMin(area.width(), kMaxWidth);
    m_dropZones->setGeometry(area.left() + (area.width() - width) / 2,
                             area.bottom() - kHeight - kMargin, width, kHeight);
}

void BoardView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    placeDropZones();
}

QString BoardView::dealName(qint64 dealId)
{
    const Core::Result<Core::Record> deal =
        Core::Records(m_session).load(Core::EntityKind::Deal, dealId);
    return deal ? deal->value(QStringLiteral("name")).toString() : QString();
}

void BoardView::moveCard(qint64 dealId, qint64 fromStageId, qint64 toStageId, qint64 beforeDealId)
{
    const PendingMove move{dealId, fromStageId, toStageId, beforeDealId, {}};
    if (fromStageId == toStageId) { // a reorder: the deal is not entering the stage
        commitMove(move);
        return;
    }
    askRequiredFields(move);
}

void BoardView::askRequiredFields(const PendingMove &move)
{
    Core::Result<QList<Core::FieldDef>> missing =
        Core::Records(m_session).missingForStage(move.dealId, move.toStageId);
    if (!missing) {
        emit moveFailed(missing.error().message);
        return;
    }
    if (missing->isEmpty()) {
        askLossReason(move);
        return;
    }
    const Core::StageInfo *stage = m_session.stage(move.toStageId);
    const QDate today = QDateTime::fromMSecsSinceEpoch(m_session.clock().nowMs()).date();
    auto *dialog = new RequiredFieldsDialog(
        *missing, dealName(move.dealId), stage ? BoardColumnWidget::displayName(*stage) : QString(),
        today, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, move] {
        PendingMove filled = move;
        const Core::Patch values = dialog->values();
        for (auto it = values.begin(); it != values.end(); ++it)
            filled.extra.insert(it.key(), it.value());
        askLossReason(filled);
    });
    dialog->open(); // not exec(): the drop returns to the event loop (and the drag ends) first
}

void BoardView::askLossReason(const PendingMove &move)
{
    const Core::StageInfo *stage = m_session.stage(move.toStageId);
    const QList<Core::Session::Named> &reasons = m_session.lossReasons();
    // Without an admin's list core takes a loss without a reason; asking would be a dead end.
    if (!stage || stage->kind != Core::StageKind::Lost || reasons.isEmpty()) {
        commitMove(move);
        return;
    }
    auto *dialog = new LossReasonDialog(reasons, dealName(move.dealId), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog, move] {
        PendingMove reasoned = move;
        reasoned.extra.insert(QStringLiteral("loss_reason_id"), dialog->reasonId());
        reasoned.extra.insert(QStringLiteral("loss_detail"), dialog->detail());
        commitMove(reasoned);
    });
    dialog->open();
}

void BoardView::commitMove(const PendingMove &move)
{
    const Core::Status moved =
        Core::Board(m_session, m_pipelineId)
            .move(move.dealId, move.toStageId, move.beforeDealId, move.extra);
    if (!moved) {
        emit moveFailed(moved.error().message);
        return;
    }
    reload({move.fromStageId, move.toStageId});
}

} // namespace Voronka::Ui
