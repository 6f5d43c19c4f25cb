// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QStringList>
#include <QVariant>

#include <optional>

// Cells of an import file as the values people meant: a reader gives strings, numbers, dates
// and booleans; these read them the way spreadsheets and other CRMs write them.
namespace Voronka::Core::ImportValues {

// A cell as text: a whole number without ".0", a date as YYYY-MM-DD, empty for null.
QString cellText(const QVariant &v);
// "a, b; c" and one value a line -> ["a", "b", "c"].
QStringList splitList(const QString &s);
// A date cell, or YYYY-MM-DD, DD.MM.YYYY, D.M.YYYY, DD/MM/YYYY, DD.MM.YY (a time is ignored).
QDate parseDate(const QVariant &v);
// A date-time cell, ISO 8601, "YYYY-MM-DD HH:MM[:SS]", "DD.MM.YYYY HH:MM[:SS]" (local time),
// or a date alone (midnight UTC).
QDateTime parseDateTime(const QVariant &v);
// An amount as people write it ("1 500,50", "1,500.50", "1500 ₽", a number cell) in minor
// units; nullopt when it is not one, or negative.
std::optional<qint64> parseMoney(const QVariant &v);
// yes/no in English and Russian, 1/0, true/false, x, +/-.
std::optional<bool> parseFlag(const QString &s);

} // namespace Voronka::Core::ImportValues
