// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Voronka::Core::Text {

// Digits only: "+7 (912) 345-67-89" -> "79123456789".
QString digitsOnly(QStringView phone);
// Phone search terms: the full digit string and, for long numbers, the national part
// without a country code, so both "7912..." and "912..." find it.
QStringList phoneSearchTerms(QStringView phone);
bool looksLikeEmail(QStringView email);
bool looksLikeUrl(QStringView url);
QString joinJsonArray(const QStringList &items);
QStringList splitJsonArray(const QString &json);

} // namespace Voronka::Core::Text
