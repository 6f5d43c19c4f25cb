// SPDX-License-Identifier: GPL-3.0-or-later
// SPDX-FileCopyrightText: Voronka contributors
#pragma once

#include "core/services/records.h"

#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QVariant>

// What the three parts of Records share: the writer (records.cpp), the validator
// (recordvalidator.cpp) and the automation runner (recordautomation.cpp). Only they include it.
namespace Voronka::Core {

struct Records::Row
{
    qint64 id = 0;
    bool deleted = false;
    QVariantMap cols;
    QStringList tags;
    QList<qint64> contacts;
    QMap<qint64, QVariant> custom; // stored form
    QSet<QString> patched;         // keys the current patch touched
};

namespace RecordValues {

inline const QString kTags = QStringLiteral("tags");
inline const QString kContacts = QStringLiteral("contacts");
inline const QString kCustomPrefix = QStringLiteral("cf.");

inline bool isNullish(const QVariant &v)
{
    return !v.isValid() || v.isNull() ||
           (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

inline QStringList toStringList(const QVariant &v)
{
    if (v.typeId() == QMetaType::QStringList)
        return v.toStringList();
    if (v.typeId() == QMetaType::QVariantList) {
        QStringList out;
        for (const auto &i : v.toList())
            out << i.toString();
        return out;
    }
    if (isNullish(v))
        return {};
    return v.toString().split(QRegularExpression(QStringLiteral("[,;\\n]")), Qt::SkipEmptyParts);
}

inline QList<qint64> toIdList(const QVariant &v)
{
    QList<qint64> out;
    const QVariantList list = v.typeId() == QMetaType::QVariantList ? v.toList() : QVariantList{};
    for (const auto &i : list)
        if (i.toLongLong() > 0 && !out.contains(i.toLongLong()))
            out << i.toLongLong();
    if (list.isEmpty())
        for (const QString &s : toStringList(v))
            if (s.trimmed().toLongLong() > 0 && !out.contains(s.trimmed().toLongLong()))
                out << s.trimmed().toLongLong();
    return out;
}

inline bool sameValue(const QVariant &a, const QVariant &b)
{
    if (isNullish(a) || isNullish(b))
        return isNullish(a) == isNullish(b);
    if (a.typeId() == QMetaType::Double || b.typeId() == QMetaType::Double)
        return a.toDouble() == b.toDouble();
    if (a.canConvert<qint64>() && b.canConvert<qint64>() && a.typeId() != QMetaType::QString &&
        b.typeId() != QMetaType::QString)
        return a.toLongLong() == b.toLongLong();
    return a.toString() == b.toString();
}

} // namespace RecordValues

} // namespace Voronka::Core
