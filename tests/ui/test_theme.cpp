// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "support/catch.h"
#include "uifixture.h"

#include "ui/widgets/theme.h"

#include <QAbstractButton>
#include <QApplication>
#include <QDialogButtonBox>
#include <QRegularExpression>

using namespace Voronka;

TEST_CASE("theme_styleSheet_replacesEveryColourNameInBothModes")
{
    for (const auto mode : {Ui::Theme::Mode::Light, Ui::Theme::Mode::Dark}) {
        Ui::Theme::apply(*qApp, mode);
        const Ui::ThemeColors &c = Ui::Theme::current();
        const QString css = qApp->styleSheet();
        // A name left in would be an invalid value that Qt drops without a word.
        const QRegularExpressionMatch left = QRegularExpression(QStringLiteral("@\\w+")).match(css);
        CHECK(left.captured() == QString());
        CHECK(css.contains(QStringLiteral("background: %1; color: %2;")
                               .arg(c.header.name(), c.headerText.name())));
    }
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
}

TEST_CASE("theme_dialogButtonsCarryNoStockIcons")
{
    Ui::Theme::apply(*qApp, Ui::Theme::Mode::Light);
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save);
    for (QAbstractButton *b : box.buttons())
        CHECK(b->icon().isNull());
    // Segmented switches: the one in use is drawn filled, by the style sheet.
    CHECK(qApp->styleSheet().contains(QStringLiteral("QToolButton[segment=\"true\"]:checked")));
}
