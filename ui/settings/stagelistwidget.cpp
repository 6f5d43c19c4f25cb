// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "stagelistwidget.h"

#include "core/services/pipelinesetup.h"
#include "ui/widgets/stagename.h"
#include "ui/widgets/theme.h"

#include <QDropEvent>
#include <QKeyEvent>
#include <QMimeData>
#include <QPainter>
#include <QStyledItemDelegate>
#include <QTimer>

#include <algorithm>

namespace Voronka::Ui {

namespace {
constexpr int kDot = 12;
constexpr int kPad = 10;
constexpr int kLinePad = 7; // above the name and under the facts
constexpr int kLineGap = 2;

// The dot and the name, with the stage's facts on a line under it: beside the name, the facts
// ("50 % · без движения 5 дн. · 3 сделки") left no room for the name in Russian. The name's
// editor sits where the name is drawn.
class StageDelegate final : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *p, const QStyleOptionViewItem &option,
               const QModelIndex &index) const override
    {
        QStyleOptionViewItem opt = option;
        initStyleOption(&opt, index);
        const QString name = opt.text;
        opt.text.clear();
        opt.widget->style()->drawControl(QStyle::CE_ItemViewItem, &opt, p, opt.widget);

        const ThemeColors &c = Theme::current();
        const bool selected = opt.state & QStyle::State_Selected;
        const QRect r = opt.rect.adjusted(kPad, kLinePad, -kPad, -kLinePad);
        const int line = opt.fontMetrics.height();
        const QRect nameRect(r.left() + kDot + 10, r.top(), r.width() - kDot - 10, line);
        p->save();
        p->setRenderHint(QPainter::Antialiasing);
        p->setPen(Qt::NoPen);
        p->setBrush(QColor(index.data(StageListWidget::ColorRole).toString()));
        p->drawEllipse(QRect(r.left(), nameRect.center().y() - kDot / 2 + 1, kDot, kDot));
        QFont f = opt.font;
        f.setItalic(index.data(StageListWidget::FixedRole).toBool());
        p->setFont(f);
        p->setPen(selected ? c.selectionText : c.text);
        p->drawText(nameRect, Qt::AlignVCenter | Qt::AlignLeft,
                    QFontMetrics(f).elidedText(name, Qt::ElideRight, nameRect.width()));
        p->setFont(opt.font);
        p->setPen(selected ? c.selectionText : c.muted);
        const QRect metaRect = nameRect.translated(0, line + kLineGap);
        p->drawText(metaRect, Qt::AlignVCenter | Qt::AlignLeft,
                    opt.fontMetrics.elidedText(index.data(StageListWidget::MetaRole).toString(),
                                               Qt::ElideRight, metaRect.width()));
        p->restore();
    }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        QSize s = QStyledItemDelegate::sizeHint(option, index);
        s.setHeight(2 * option.fontMetrics.height() + kLineGap + 2 * kLinePad);
        return s;
    }

    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &) const override
    {
        const int line = option.fontMetrics.height();
        editor->setGeometry(QRect(option.rect.left() + kPad + kDot + 6, option.rect.top() + 2,
                                  option.rect.width() - 2 * kPad - kDot - 6, line + 2 * kLinePad - 2));
    }
};
} // namespace

StageListWidget::StageListWidget(QWidget *parent)
    : QListWidget(parent)
{
    setObjectName(QStringLiteral("setupStageList"));
    setAccessibleName(tr("Stages"));
    setItemDelegate(new StageDelegate(this));
    setSelectionMode(QAbstractItemView::SingleSelection);
    setDragDropMode(QAbstractItemView::InternalMove);
    setDefaultDropAction(Qt::MoveAction);
    setDropIndicatorShown(true);
    setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    connect(this, &QListWidget::itemChanged, this, [this](QListWidgetItem *item) {
        if (m_filling)
            return;
        // Queued: the handler rebuilds the list, which must not happen inside the item
        // editor's commit.
        const qint64 id = item->data(StageIdRole).toLongLong();
        const QString name = item->text();
        QTimer::singleShot(0, this, [this, id, name] { emit renameRequested(id, name); });
    });
}

void StageListWidget::setStages(const QList<Core::StageInfo> &stages,
                                const QHash<qint64, qint64> &dealCounts, qint64 selectStageId)
{
    m_filling = true;
    clear();
    QListWidgetItem *select = nullptr;
    for (const Core::StageInfo &s : stages) {
        // Won, Lost and Incoming in the user's language, as the board names them.
        auto *item = new QListWidgetItem(stageDisplayName(s), this);
        const bool fixed = Core::PipelineSetup::isFixed(s.kind);
        item->setData(StageIdRole, s.id);
        item->setData(FixedRole, fixed);
        item->setData(ColorRole, s.color);
        QStringList meta;
        if (s.kind == Core::StageKind::Open)
            meta << tr("%1 %").arg(s.probability);
        if (s.idleDays > 0)
            meta << tr("idle %1 d").arg(s.idleDays);
        meta << tr("%n deal(s)", nullptr, int(dealCounts.value(s.id)));
        item->setData(MetaRole, meta.join(QStringLiteral(" · ")));
        item->setToolTip(fixed ? tr("A fixed stage: it can be renamed and recolored, not moved "
                                    "or deleted.")
                               : tr("Drag to reorder, double-click to rename."));
        Qt::ItemFlags flags = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
        if (!fixed)
            flags |= Qt::ItemIsDragEnabled;
        item->setFlags(flags);
        if (s.id == selectStageId)
            select = item;
    }
    m_filling = false;
    setCurrentItem(select ? select : item(0));
}

qint64 StageListWidget::currentStageId() const
{
    return currentItem() ? currentItem()->data(StageIdRole).toLongLong() : 0;
}

QListWidgetItem *StageListWidget::itemFor(qint64 stageId) const
{
    for (int r = 0; r < count(); ++r)
        if (item(r)->data(StageIdRole).toLongLong() == stageId)
            return item(r);
    return nullptr;
}

QList<qint64> StageListWidget::openOrder() const
{
    QList<qint64> ids;
    for (int r = 0; r < count(); ++r)
        if (!item(r)->data(FixedRole).toBool())
            ids << item(r)->data(StageIdRole).toLongLong();
    return ids;
}

void StageListWidget::moveCurrent(int delta)
{
    const qint64 id = currentStageId();
    const QList<qint64> order = openOrder();
    const int at = int(order.indexOf(id));
    if (at < 0 || at + delta < 0 || at + delta >= order.size())
        return;
    requestOrder(id, at + delta);
}

void StageListWidget::requestOrder(qint64 stageId, int openIndex)
{
    QList<qint64> order = openOrder();
    order.removeOne(stageId);
    order.insert(std::clamp(openIndex, 0, int(order.size())), stageId);
    if (order == openOrder())
        return;
    emit reorderRequested(order, stageId);
}

void StageListWidget::startDrag(Qt::DropActions supportedActions)
{
    m_draggedId = currentStageId();
    QListWidget::startDrag(supportedActions);
}

void StageListWidget::mousePressEvent(QMouseEvent *event)
{
    m_draggedId = 0;
    QListWidget::mousePressEvent(event);
}

bool StageListWidget::ownDrag(const QDropEvent *event) const
{
    // Only rows dragged out of this list (a platform may not report the source widget).
    return m_draggedId && (event->source() == this || !event->source()) &&
           event->mimeData()->hasFormat(model()->mimeTypes().value(0));
}

void StageListWidget::dragEnterEvent(QDragEnterEvent *event)
{
    if (!ownDrag(event)) {
        event->ignore();
        return;
    }
    if (event->source() == this)
        QListWidget::dragEnterEvent(event); // the drop indicator
    event->acceptProposedAction();
}

void StageListWidget::dragMoveEvent(QDragMoveEvent *event)
{
    if (!ownDrag(event)) {
        event->ignore();
        return;
    }
    if (event->source() == this)
        QListWidget::dragMoveEvent(event);
    event->acceptProposedAction();
}

void StageListWidget::dropEvent(QDropEvent *event)
{
    QListWidgetItem *dragged = itemFor(m_draggedId);
    if (!ownDrag(event) || !dragged || dragged->data(FixedRole).toBool()) {
        event->ignore();
        return;
    }
    m_draggedId = 0;
    const QPoint pos = event->position().toPoint();
    const QModelIndex at = indexAt(pos);
    const int row =
        at.isValid() ? at.row() + (pos.y() > visualRect(at).center().y() ? 1 : 0) : count();
    const qint64 id = dragged->data(StageIdRole).toLongLong();
    int openIndex = 0;
    for (int r = 0; r < row; ++r)
        if (!item(r)->data(FixedRole).toBool() && item(r) != dragged)
            ++openIndex;
    // Copy, not Move: the view would otherwise remove the dragged row itself once the drag
    // ends. The list is rebuilt from core after the order is saved, outside the drag.
    event->setDropAction(Qt::CopyAction);
    event->accept();
    setState(NoState);
    viewport()->update();
    QTimer::singleShot(0, this, [this, id, openIndex] {
        QList<qint64> order = openOrder();
        order.removeOne(id);
        order.insert(std::clamp(openIndex, 0, int(order.size())), id);
        emit reorderRequested(order, id); // even unchanged: the reload repaints a clean list
    });
}

void StageListWidget::keyPressEvent(QKeyEvent *event)
{
    if (event->modifiers() & Qt::ControlModifier &&
        (event->key() == Qt::Key_Up || event->key() == Qt::Key_Down)) {
        moveCurrent(event->key() == Qt::Key_Up ? -1 : 1);
        return;
    }
    if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier &&
        state() != EditingState) {
        if (currentItem() && !currentItem()->data(FixedRole).toBool())
            emit deleteRequested();
        return;
    }
    QListWidget::keyPressEvent(event);
}

} // namespace Voronka::Ui
