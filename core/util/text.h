// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QString>
#include <QStringList>

namespace Voronka::Core::Text {

// Digits only: "+7 (912) 345-67-89" -> "79123456789".
QString digitsOnly(QStringView phone);
// Phone search terms: the full digit string, then the last ten digits (the national part
// without a country code) and each of its endings down to kPhoneSuffixMin digits, so that
// "7912…", "8 912…", "912…" and "345-67-89" all find "+7 (912) 345-67-89".
inline constexpr int kPhoneSuffixMin = 5;
QStringList phoneSearchTerms(QStringView phone);
// The digits a typed phone number is searched by: its last ten ("8 912 345-67-89" and
// "+7 912 345-67-89" both give "9123456789").
QString phoneQuery(QStringView typed);
bool looksLikeEmail(QStringView email);
bool looksLikeUrl(QStringView url);
QString joinJsonArray(const QStringList &items);
QStringList splitJsonArray(const QString &json);

} // namespace Voronka::Core::Text
