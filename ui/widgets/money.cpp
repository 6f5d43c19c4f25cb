// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "money.h"

#include <cmath>

namespace Voronka::Ui {

namespace {
constexpr qint64 kWholeUnitsFrom = 10'000 * 100; // from 10 000 units on, kopecks are noise
}

QStringList Money::currencies()
{
    return {QStringLiteral("RUB"), QStringLiteral("USD"), QStringLiteral("EUR"),
            QStringLiteral("GBP"), QStringLiteral("KZT"), QStringLiteral("UAH"),
            QStringLiteral("CNY")};
}

QString Money::symbol(const QString &currency)
{
    if (currency == u"RUB")
        return QStringLiteral("₽");
    if (currency == u"USD")
        return QStringLiteral("$");
    if (currency == u"EUR")
        return QStringLiteral("€");
    if (currency == u"GBP")
        return QStringLiteral("£");
    if (currency == u"KZT")
        return QStringLiteral("₸");
    if (currency == u"UAH")
        return QStringLiteral("₴");
    return currency;
}

QString Money::format(qint64 minor, const QString &currency, const QLocale &locale)
{
    const QString sign = symbol(currency.isEmpty() ? QStringLiteral("RUB") : currency);
    const bool whole = qAbs(minor) >= kWholeUnitsFrom || minor % 100 == 0;
    const double units = double(minor) / 100.0;
    return locale.toCurrencyString(whole ? double(qRound64(units)) : units, sign, whole ? 0 : 2);
}

std::optional<qint64> Money::parse(const QString &text, const QLocale &locale)
{
    QString s = text.trimmed();
    s.remove(u' ').remove(QChar(0x00A0)).remove(QChar(0x202F)); // spaces group digits
    bool ok = false;
    double d = locale.toDouble(s, &ok);
    if (!ok)
        d = s.replace(u',', u'.').toDouble(&ok);
    if (!ok || !std::isfinite(d) || std::fabs(d) > 1e13)
        return std::nullopt;
    return qint64(std::llround(d * 100));
}

} // namespace Voronka::Ui
