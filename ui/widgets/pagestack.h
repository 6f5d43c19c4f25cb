// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QStackedWidget>

namespace Voronka::Ui {

// Pages one at a time, like QStackedWidget, but as narrow as the page shown needs rather than
// the widest page: a wide page elsewhere must not keep the card panel from docking beside this
// one. Each page sits in a scroll area that scrolls sideways when the page gets less than its
// minimum, so the stack never asks for more than `narrowest` of a page that wants more.
class PageStack final : public QStackedWidget
{
    Q_OBJECT
public:
    explicit PageStack(QWidget *parent = nullptr);

    // The page goes into a scroll area of its own, which the stack owns. (A page added with
    // QStackedWidget::addWidget() goes in as it is, and never gets less than its minimum.)
    void addPage(QWidget *page);
    QWidget *currentPage() const;
    void setCurrentPage(QWidget *page);
    // How narrow the stack may get before a page scrolls sideways (its own minimum when less).
    void setNarrowest(int width);
    int narrowest() const { return m_narrowest; }

    // What the page shown needs not to scroll sideways (minimumSizeHint() may ask for less).
    int pageMinimumWidth() const;

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;

private:
    QWidget *pageOf(QWidget *holder) const;

    int m_narrowest = 380;
};

} // namespace Voronka::Ui
