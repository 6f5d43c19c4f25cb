// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#include "importvalues.h"

#include <QRegularExpression>
#include <QTimeZone>

#include <cmath>
#include <string_view>

namespace Voronka::Core::ImportValues {

QString cellText(const QVariant &v)
{
    switch (v.typeId()) {
    case QMetaType::Double: {
        const double d = v.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 1e15)
            return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QMetaType::Bool:
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toString(Qt::ISODate);
    default:
        return v.isNull() ? QString() : v.toString().trimmed();
    }
}

QStringList splitList(const QString &s)
{
    static const QRegularExpression sep(QStringLiteral("[,;\\n]"));
    QStringList out;
    for (const QString &part : s.split(sep, Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            out << part.trimmed();
    return out;
}

QDate parseDate(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate();
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime().date();
    const QString s = cellText(v);
    const QString day = s.section(u' ', 0, 0).section(u'T', 0, 0);
    for (const char *f : {"yyyy-MM-dd", "dd.MM.yyyy", "d.M.yyyy", "dd/MM/yyyy", "dd.MM.yy"}) {
        const QDate d = QDate::fromString(day, QLatin1String(f));
        if (d.isValid())
            return f == std::string_view("dd.MM.yy") && d.year() < 1950 ? d.addYears(100) : d;
    }
    return {};
}

QDateTime parseDateTime(const QVariant &v)
{
    if (v.typeId() == QMetaType::QDateTime)
        return v.toDateTime();
    if (v.typeId() == QMetaType::QDate)
        return QDateTime(v.toDate(), QTime(0, 0), QTimeZone::utc());
    const QString s = cellText(v);
    QDateTime dt = QDateTime::fromString(s, Qt::ISODate);
    for (const char *f : {"yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd.MM.yyyy HH:mm:ss",
                          "dd.MM.yyyy HH:mm"})
        if (!dt.isValid())
            dt = QDateTime::fromString(s, QLatin1String(f));
    if (!dt.isValid()) {
        const QDate d = parseDate(v);
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0), QTimeZone::utc());
    }
    return dt;
}

// An amount as people write it: "1 500,50", "1,500.50", "1500 ₽", a number cell -> minor units.
std::optional<qint64> parseMoney(const QVariant &v)
{
    double d = 0;
    if (v.typeId() == QMetaType::Double || v.typeId() == QMetaType::LongLong ||
        v.typeId() == QMetaType::Int) {
        d = v.toDouble();
    } else {
        QString s;
        for (QChar ch : cellText(v))
            if (ch.isDigit() || ch == u'.' || ch == u',' || ch == u'-')
                s += ch;
            else if (!ch.isSpace() && !ch.isLetter() && ch.category() != QChar::Symbol_Currency &&
                     ch != u'\u00A0' && ch != u'\'')
                return std::nullopt;
        if (s.contains(u'.') && s.contains(u','))
            s.remove(u',');
        s.replace(u',', u'.');
        bool ok = false;
        d = s.toDouble(&ok);
        if (!ok)
            return std::nullopt;
    }
    if (!std::isfinite(d) || d < 0 || d > 1e13)
        return std::nullopt;
    return qint64(std::llround(d * 100));
}

std::optional<bool> parseFlag(const QString &s)
{
    const QString t = s.toLower();
    for (const char *yes : {"1", "true", "yes", "y", "x", "да", "д", "+"})
        if (t == QString::fromUtf8(yes))
            return true;
    for (const char *no : {"0", "false", "no", "n", "нет", "н", "-"})
        if (t == QString::fromUtf8(no))
            return false;
    return std::nullopt;
}

} // namespace Voronka::Core::ImportValues
