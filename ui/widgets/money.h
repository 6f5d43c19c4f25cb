// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

#include <optional>

namespace Voronka::Ui {

// Budgets are stored in minor units (kopecks, cents); the board shows them in the user's
// locale with the currency's sign.
class Money
{
public:
    static QString symbol(const QString &currency);
    // The currencies the money editors offer, the default (RUB) first. A stored value in
    // another currency is kept and added to the editor's list.
    static QStringList currencies();
    // Whole units once the amount is large (column sums), two decimals only when needed.
    static QString format(qint64 minor, const QString &currency, const QLocale &locale = {});
    // An amount as people type it ("1 840 000,50" in Russian, "1,840,000.50" in English, or
    // with a dot either way) in minor units; nullopt when it is not a number.
    static std::optional<qint64> parse(const QString &text, const QLocale &locale = {});
};

} // namespace Voronka::Ui
