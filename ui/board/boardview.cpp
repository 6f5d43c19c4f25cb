// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardview.h"

#include "board/boardcolumnmodel.h"
#include "board/boardcolumnwidget.h"
#include "board/cardlist.h"
#include "board/money.h"
#include "services/session.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QScrollArea>
#include <QScrollBar>
#include <QSettings>
#include <QVBoxLayout>

#include <climits>

namespace Voronka::Ui {

namespace {
const QString kPipelineSetting = QStringLiteral("board/pipeline");
const QString kShowClosedSetting = QStringLiteral("board/showClosed");
} // namespace

BoardView::BoardView(Core::Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_title(new QLabel(tr("Deals"), this))
    , m_pipelines(new QComboBox(this))
    , m_totals(new QLabel(this))
    , m_showClosed(new QCheckBox(tr("Show won and lost"), this))
    , m_scroll(new QScrollArea(this))
    , m_strip(new QWidget)
    , m_stripLayout(new QHBoxLayout(m_strip))
    , m_error(new QLabel(this))
{
    setObjectName(QStringLiteral("dealsBoard"));
    m_title->setObjectName(QStringLiteral("pageTitle"));
    m_pipelines->setObjectName(QStringLiteral("pipelineSelector"));
    m_pipelines->setAccessibleName(tr("Pipeline"));
    m_pipelines->setMinimumWidth(200);
    m_totals->setObjectName(QStringLiteral("boardTotals"));
    m_showClosed->setObjectName(QStringLiteral("showClosedToggle"));
    m_showClosed->setChecked(QSettings().value(kShowClosedSetting, false).toBool());
    m_error->setObjectName(QStringLiteral("errorLabel"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto *header = new QHBoxLayout;
    header->setSpacing(14);
    header->addWidget(m_title, 0, Qt::AlignVCenter);
    header->addWidget(m_pipelines, 0, Qt::AlignVCenter);
    header->addWidget(m_totals, 0, Qt::AlignVCenter);
    header->addStretch();
    header->addWidget(m_showClosed, 0, Qt::AlignVCenter);

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

    connect(m_pipelines, &QComboBox::currentIndexChanged, this,
            [this] { setPipeline(m_pipelines->currentData().toLongLong()); });
    connect(m_showClosed, &QCheckBox::toggled, this, &BoardView::setShowClosed);
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

void BoardView::setPipeline(qint64 pipelineId)
{
    if (pipelineId == m_pipelineId && !m_columns.isEmpty())
        return;
    m_pipelineId = pipelineId;
    QSettings().setValue(kPipelineSetting, pipelineId);
    const int index = m_pipelines->findData(pipelineId);
    if (index >= 0 && index != m_pipelines->currentIndex())
        m_pipelines->setCurrentIndex(index);
    qDeleteAll(m_columns);
    m_columns.clear();
    if (m_activated)
        reload();
}

void BoardView::setShowClosed(bool show)
{
    QSettings().setValue(kShowClosedSetting, show);
    if (m_showClosed->isChecked() != show)
        m_showClosed->setChecked(show);
    updateClosedVisibility();
    updateTotals();
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
    Core::Result<QList<Core::BoardColumn>> loaded = Core::Board(m_session, m_pipelineId).load();
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
        rebuildColumns(*loaded);
    } else {
        // Only the columns a move touched: the others keep their scroll and loaded pages.
        for (int i = 0; i < loaded->size(); ++i)
            if (stageIds.isEmpty() || stageIds.contains(loaded->at(i).stage.id))
                m_columns.at(i)->setColumn(loaded->at(i), {});
    }
    updateTotals();
}

void BoardView::rebuildColumns(const QList<Core::BoardColumn> &columns)
{
    qDeleteAll(m_columns);
    m_columns.clear();
    for (const Core::BoardColumn &col : columns) {
        auto *w = new BoardColumnWidget(m_session, m_pipelineId, col.stage, m_strip);
        w->setColumn(col, {});
        connect(w, &BoardColumnWidget::cardDropped, this, &BoardView::moveCard);
        connect(w->list(), &CardList::dragHovered, this, &BoardView::scrollNearEdge);
        m_stripLayout->insertWidget(m_stripLayout->count() - 1, w);
        m_columns << w;
    }
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

void BoardView::moveCard(qint64 dealId, qint64 fromStageId, qint64 toStageId, qint64 beforeDealId)
{
    const Core::Status moved =
        Core::Board(m_session, m_pipelineId).move(dealId, toStageId, beforeDealId);
    if (!moved) {
        emit moveFailed(moved.error().message);
        return;
    }
    reload({fromStageId, toStageId});
}

} // namespace Voronka::Ui
