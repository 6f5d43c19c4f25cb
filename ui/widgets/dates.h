// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QTime>

// One date and one time format per language, everywhere a date is shown or edited: lists,
// timelines, task boards, editors and date pickers, prints. They come from the interface
// locale (QLocale() — set from the chosen language at start), with a four-digit year because
// "7/15/25" reads like a code: Russian "15.07.2025 14:30", English "7/15/2025 2:30 PM".
namespace Voronka::Ui::Dates {

QString dateFormat();     // "dd.MM.yyyy", "M/d/yyyy"
QString timeFormat();     // "HH:mm", "h:mm AP"
QString dateTimeFormat(); // the two joined by a space
QString dayMonthFormat(); // the date without its year: "dd.MM", "M/d" (chart axes)

QString date(QDate d);
QString time(QTime t);
// In the local time zone unless the value carries another.
QString dateTime(const QDateTime &dt);
QString dateTimeMs(qint64 msSinceEpoch);

} // namespace Voronka::Ui::Dates
