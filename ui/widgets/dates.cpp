// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "dates.h"

#include <QLocale>
#include <QRegularExpression>

namespace Voronka::Ui::Dates {

QString dateFormat()
{
    QString format = QLocale().dateFormat(QLocale::ShortFormat);
    if (!format.contains(QLatin1String("yyyy")))
        format.replace(QLatin1String("yy"), QLatin1String("yyyy"));
    return format;
}

QString timeFormat()
{
    // The short time format, without seconds or a zone name (some locales carry them).
    QString format = QLocale().timeFormat(QLocale::ShortFormat);
    format.remove(QLatin1String(":ss"));
    format.remove(QLatin1Char('t'));
    return format.trimmed();
}

QString dayMonthFormat()
{
    static const QRegularExpression year(QStringLiteral("[^dM]*y+[^dM]*"));
    QString f = dateFormat();
    f.remove(year);
    return f;
}

QString dateTimeFormat()
{
    return dateFormat() + QLatin1Char(' ') + timeFormat();
}

QString date(QDate d)
{
    return d.isValid() ? QLocale().toString(d, dateFormat()) : QString();
}

QString time(QTime t)
{
    return t.isValid() ? QLocale().toString(t, timeFormat()) : QString();
}

QString dateTime(const QDateTime &dt)
{
    return dt.isValid() ? QLocale().toString(dt, dateTimeFormat()) : QString();
}

QString dateTimeMs(qint64 msSinceEpoch)
{
    return dateTime(QDateTime::fromMSecsSinceEpoch(msSinceEpoch).toLocalTime());
}

} // namespace Voronka::Ui::Dates
