// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "boardcolumnwidget.h"

#include "ui/board/boardcolumnmodel.h"
#include "ui/board/carddelegate.h"
#include "ui/board/cardlist.h"
#include "ui/board/quickadd.h"
#include "core/services/session.h"
#include "ui/widgets/icons.h"
#include "ui/widgets/money.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"

#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QPainter>
#include <QPainterPath>
#include <QToolButton>
#include <QVBoxLayout>

namespace Voronka::Ui {

namespace {
QColor stageColor(const Core::StageInfo &stage)
{
    const QColor c(stage.color);
    if (c.isValid())
        return c;
    if (stage.kind == Core::StageKind::Won)
        return QColor(0x2f, 0xa8, 0x4f);
    if (stage.kind == Core::StageKind::Lost)
        return QColor(0xd6, 0x3b, 0x3b);
    return QColor(0x8a, 0x94, 0xa6);
}
} // namespace

BoardColumnWidget::BoardColumnWidget(Core::Session &session, qint64 pipelineId,
                                     const Core::StageInfo &stage, QWidget *parent)
    : QFrame(parent)
    , m_stage(stage)
    , m_model(new BoardColumnModel(session, pipelineId, this))
    , m_list(new CardList(m_model, new CardDelegate(session.clock(), stage, this), this))
    , m_name(new QLabel(stageDisplayName(stage), this))
    , m_count(new QLabel(this))
    , m_sum(new QLabel(this))
{
    const QString key = QString::number(stage.id);
    setObjectName(QStringLiteral("boardColumn_") + key);
    setFixedWidth(kWidth);
    m_list->setObjectName(QStringLiteral("boardCards_") + key);
    m_list->setAccessibleName(stageDisplayName(stage));
    m_name->setObjectName(QStringLiteral("boardColumnName"));
    m_name->setToolTip(stageDisplayName(stage));
    // The label takes the room left, not its full text's width; elideName() fits the text.
    m_name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_name->installEventFilter(this);
    m_count->setObjectName(QStringLiteral("boardColumnCount"));
    m_sum->setObjectName(QStringLiteral("boardColumnSum"));

    auto *top = new QHBoxLayout;
    top->setSpacing(8);
    top->addWidget(m_name, 1);
    top->addWidget(m_count);
    const bool closed = stage.kind == Core::StageKind::Won || stage.kind == Core::StageKind::Lost;
    if (!closed) {
        m_quickAdd = new QuickAdd(session, this);
        auto *add = new QToolButton(this);
        add->setObjectName(QStringLiteral("quickAddButton"));
        add->setIcon(Icons::icon(QStringLiteral("plus"), Theme::current().muted));
        add->setAutoRaise(true);
        add->setToolTip(tr("Add a deal to this stage (Ctrl+N)"));
        add->setAccessibleName(tr("Add a deal"));
        top->addWidget(add);
        connect(add, &QToolButton::clicked, this, &BoardColumnWidget::openQuickAdd);
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 14, 10, 0);
    layout->setSpacing(2);
    layout->addLayout(top);
    layout->addWidget(m_sum);
    layout->addSpacing(12);
    if (m_quickAdd) {
        layout->addWidget(m_quickAdd);
        layout->addSpacing(4);
    }
    layout->addWidget(m_list, 1);

    connect(m_list, &CardList::cardsDropped, this,
            [this](const QList<qint64> &deals, qint64 from, qint64 before) {
                emit cardsDropped(deals, from, m_stage.id, before);
            });
}

void BoardColumnWidget::setColumn(const Core::BoardColumn &column, const Core::BoardFilter &filter)
{
    m_stage = column.stage;
    if (auto *delegate = qobject_cast<CardDelegate *>(m_list->itemDelegate()))
        delegate->setStage(column.stage);
    m_model->setColumn(column, filter);
    m_count->setText(countText());
    m_sum->setText(sumText());
    m_name->setProperty("fullText", stageDisplayName(column.stage));
    elideName();
}

// The name gets what the count pill and the + button leave of the header row, known only once
// the layout has placed them: elided again whenever the label is resized.
void BoardColumnWidget::elideName()
{
    const QString full = m_name->property("fullText").toString();
    const int room = m_name->width() > 0 ? m_name->width() : kWidth / 2;
    m_name->setText(m_name->fontMetrics().elidedText(full, Qt::ElideRight, room));
}

bool BoardColumnWidget::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_name && event->type() == QEvent::Resize)
        elideName();
    return QFrame::eventFilter(watched, event);
}

void BoardColumnWidget::openQuickAdd()
{
    if (m_quickAdd)
        m_quickAdd->open();
}

QString BoardColumnWidget::countText() const
{
    return QLocale().toString(m_model->count());
}

QString BoardColumnWidget::sumText() const
{
    QString currency = QStringLiteral("RUB");
    if (m_model->rowCount() > 0)
        currency = m_model->cardAt(0).currency;
    return Money::format(m_model->budgetSum(), currency);
}

void BoardColumnWidget::paintEvent(QPaintEvent *)
{
    const ThemeColors &c = Theme::current();
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    p.setPen(Qt::NoPen);
    p.setBrush(c.dark ? QColor(0x1b, 0x1f, 0x27) : QColor(0xeb, 0xee, 0xf3));
    p.drawRoundedRect(QRectF(rect()), 10, 10);
    // The stage's colour as a thin bar along the top edge.
    QPainterPath clip;
    clip.addRoundedRect(QRectF(rect()), 10, 10);
    p.setClipPath(clip);
    p.setBrush(stageColor(m_stage));
    p.drawRect(QRectF(0, 0, width(), 4));
}

} // namespace Voronka::Ui
