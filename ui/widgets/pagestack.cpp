// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "pagestack.h"

#include <QScrollArea>

namespace Voronka::Ui {

PageStack::PageStack(QWidget *parent)
    : QStackedWidget(parent)
{
    connect(this, &QStackedWidget::currentChanged, this, [this] { updateGeometry(); });
}

void PageStack::addPage(QWidget *page)
{
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("pageScroll_") + page->objectName());
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidgetResizable(true);
    // Pages scroll their own content up and down; only a too narrow page scrolls sideways.
    scroll->setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    scroll->viewport()->setAutoFillBackground(false);
    scroll->setWidget(page);
    addWidget(scroll);
}

QWidget *PageStack::pageOf(QWidget *holder) const
{
    auto *scroll = qobject_cast<QScrollArea *>(holder);
    return scroll ? scroll->widget() : holder;
}

QWidget *PageStack::currentPage() const
{
    return pageOf(currentWidget());
}

void PageStack::setCurrentPage(QWidget *page)
{
    for (int i = 0; i < count(); ++i)
        if (pageOf(widget(i)) == page)
            return setCurrentIndex(i);
}

void PageStack::setNarrowest(int width)
{
    m_narrowest = width;
    updateGeometry();
}

QSize PageStack::minimumSizeHint() const
{
    const QWidget *page = currentPage();
    if (!page)
        return QStackedWidget::minimumSizeHint();
    const QSize min = page->minimumSizeHint().expandedTo(page->minimumSize());
    // A page added with addWidget() has no scroll area: it gets its whole minimum.
    const bool scrolls = page != currentWidget();
    return {scrolls ? qMin(min.width(), m_narrowest) : min.width(), min.height()};
}

int PageStack::pageMinimumWidth() const
{
    const QWidget *page = currentPage();
    return page ? page->minimumSizeHint().expandedTo(page->minimumSize()).width() : 0;
}

QSize PageStack::sizeHint() const
{
    const QWidget *page = currentPage();
    return page ? page->sizeHint().expandedTo(minimumSizeHint()) : QStackedWidget::sizeHint();
}

} // namespace Voronka::Ui
