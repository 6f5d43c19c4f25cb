// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"

#include "ui/widgets/flowlayout.h"

#include <QLineEdit>
#include <QPushButton>
#include <QWidget>

using Voronka::Ui::FlowLayout;

namespace {
// A button exactly `width` px wide, 24 high.
QPushButton *fixedButton(QWidget *parent, int width)
{
    auto *b = new QPushButton(parent);
    b->setFixedSize(width, 24);
    return b;
}
} // namespace

TEST_CASE("flowLayout_keepsOneLineWhileItFitsThenWrapsFromTheLeft")
{
    QWidget host;
    auto *flow = new FlowLayout(&host, 10, 6);
    QPushButton *title = fixedButton(&host, 100);
    flow->addWidget(title);
    flow->addStretch();
    QPushButton *a = fixedButton(&host, 80);
    QPushButton *b = fixedButton(&host, 80);
    flow->addWidget(a);
    flow->addWidget(b);

    // 100 + 10 + 80 + 10 + 80 = 280: one line; the stretch pushes a and b to the right.
    CHECK(flow->lineCount(400) == 1);
    CHECK(flow->heightForWidth(400) == 24);
    flow->setGeometry(QRect(0, 0, 400, 24));
    CHECK(title->geometry() == QRect(0, 0, 100, 24));
    CHECK(b->geometry().right() == 399);
    CHECK(a->geometry().right() == b->geometry().left() - 10 - 1);

    // Narrower: b goes to a second line, which starts at the left.
    CHECK(flow->lineCount(250) == 2);
    CHECK(flow->heightForWidth(250) == 24 + 6 + 24);
    flow->setGeometry(QRect(0, 0, 250, 54));
    CHECK(b->geometry() == QRect(0, 30, 80, 24));
    // The layout is as narrow as its widest item, and hidden items take no room.
    CHECK(flow->minimumSize().width() == 100);
    b->hide();
    CHECK(flow->lineCount(250) == 1);
}

TEST_CASE("flowLayout_aStretchingFieldGrowsToItsMaximumAndWrapsAtItsMinimum")
{
    QWidget host;
    auto *flow = new FlowLayout(&host, 10, 6);
    QPushButton *button = fixedButton(&host, 100);
    auto *search = new QLineEdit(&host);
    search->setMinimumWidth(150);
    search->setMaximumWidth(300);
    flow->addWidget(button);
    flow->addWidget(search, 1);

    flow->setGeometry(QRect(0, 0, 600, 40));
    CHECK(search->width() == 300); // grows, up to its maximum
    flow->setGeometry(QRect(0, 0, 360, 40));
    CHECK(search->width() == 250);    // what the line has left
    CHECK(flow->lineCount(260) == 1); // 100 + 10 + 150 fits at its minimum
    CHECK(flow->lineCount(259) == 2);
}
